#pragma once
// Cheap necessary conditions for the reaction reader's regular expressions.
//
// Most of its patterns can only match where some word is present ("\bwho\b",
// "\b(?:if|whether|unless)\b", "(?:has|have|had)\s+..."): when none of those
// words is in the text, the pattern cannot match, and the QRegularExpression
// call (about as costly as reading a sentence) is skipped. When one is present
// the pattern still decides, so the results are exactly those of the pattern.
//
// A word here is a run of ASCII letters, compared ignoring ASCII case. A
// pattern's \b-bounded word is always such a whole run, and a caseless pattern
// matches an ASCII word only in ASCII letters, except that PCRE also folds
// U+017F to "s" and U+212A to "k": a text holding either is always "maybe".
#include "extract/AsciiClasses.h"
#include <QStringView>
#include <QVector>
#include <array>
#include <initializer_list>

#include "extract/CharScan.h"

namespace atlas::reaction {

class AsciiWordSet {
public:
    AsciiWordSet() = default;
    AsciiWordSet(std::initializer_list<const char *> words);
    explicit AsciiWordSet(const QStringList &words); // each word's first run of ASCII letters

    // True when text holds one of the words (or a character PCRE folds to ASCII).
    bool maybeIn(QStringView text) const;
    // The same, read character by character: the definition maybeIn's walk over
    // word starts (for texts of sixteen units or more) is tested against.
    bool maybeInByCharacter(QStringView text) const;
    // Disabled (e.g. a phrase that does not start with an ASCII letter): always maybe.
    bool isAlwaysMaybe() const { return m_always; }

private:
    void add(const QByteArray &lowerWord);
    bool maybeInByMask(QStringView text) const;
    bool isWord(const char16_t *d, int len) const;
    struct Word {
        char text[24];
        int len;
    };
    QVector<Word> m_words; // by first letter: those of letter L are [m_byLetter[L], m_byLetter[L + 1])
    std::array<quint16, 27> m_byLetter{};
    quint32 m_firstLetters = 0; // bit per first letter a..z
    // Per first letter a..z, bit L for each length L of its words (all below 24):
    // the mask walk passes over a word of no such letter and length at once.
    std::array<quint32, 26> m_lengthsByLetter{};
    int m_minLen = 1000;
    int m_maxLen = 0;
    bool m_always = false;
};

// "\b(?:stem|stem...)" matched ignoring case, read by hand: does a word of text
// begin with one of the stems? A word begins at an ASCII letter that follows no
// ASCII word character ([A-Za-z0-9_], PCRE's \w without Unicode properties).
// Unknown when text holds a character PCRE folds to an ASCII letter (U+017F,
// U+212A): then the pattern must decide.
class AsciiStemSet {
public:
    enum Answer { No, Yes, Unknown };
    AsciiStemSet(std::initializer_list<const char *> stems);
    Answer beginsAWordIn(QStringView text) const;

private:
    struct Stem {
        char text[24];
        int len;
    };
    QVector<Stem> m_stems;
    quint32 m_firstLetters = 0;
};

// True when text holds a character PCRE's caseless matching folds to an ASCII letter.
bool hasAsciiFoldingChar(QStringView text);

// True when text holds a followed by b.
inline bool containsPair(QStringView text, char16_t a, char16_t b)
{
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(short(a)), vb = _mm_set1_epi16(short(b));
    for (; i + 9 <= n; i += 8) {
        const __m128i first = _mm_cmpeq_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i)), va);
        const __m128i second = _mm_cmpeq_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + 1)), vb);
        if (_mm_movemask_epi8(_mm_and_si128(first, second)))
            return true;
    }
#endif
    for (; i + 1 < n; ++i) {
        if (d[i] == a && d[i + 1] == b)
            return true;
    }
    return false;
}

// QStringView::contains(needle) for a short Latin-1 needle, without converting it.
bool containsLatin1(QStringView text, const char *needle);

// What the reader's parenthetical pattern needs: brackets, a dash, or a comma
// and one of its relative words ("..., who ... ,").
bool mayHoldParenthetical(QStringView region);

// "^\s*(He|She|It)\s*$" (ASCII \s) read by hand: a region that is only the pronoun,
// and where the pronoun is in it. Also the pronoun with an adverb or saying
// before the verb ("He also", "It said it had", "She said that she").
struct PronounSpan {
    bool found = false;
    int start = 0;
    int end = 0;
    bool neuter = false; // "It": an institution, not a person
    // "The ministry said": the office's head noun, which the sentence before must
    // name for the office to be the one it named (empty for a pronoun).
    QString officeNoun;
};
PronounSpan pronounSubject(QStringView region);

} // namespace atlas::reaction
