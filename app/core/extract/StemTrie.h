#pragma once
// Word stems of lower-case ASCII letters, each with the bits it sets, walked
// letter by letter instead of compared one stem at a time: a word costs one
// table step per letter it shares with some stem (usually one or two), which is
// what lets the launch extractor read every word of every article cheaply.
//
// A "word" is a run of letters (QChar::isLetter, so "Hwasong-11" gives
// "Hwasong", "U.S." gives "U" and "S"); it is compared case-insensitively for
// ASCII letters only (a non-ASCII letter never equals a stem letter). A prefix
// stem matches every word that starts with it ("launch" in "launches"); an
// exact stem only the whole word ("the", not "there").
#include <QChar>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

namespace atlas {

class StemTrie {
public:
    StemTrie();
    // letters: lower-case a-z, at least one.
    void add(const char *letters, quint32 bits, bool exact);

    // Bits that scan() adds when a word has a letter outside ASCII (which may
    // fold to an ASCII one, or stand right before a word a pattern looks for).
    void setNonAsciiLetterBits(quint32 bits) { m_nonAsciiBits = bits; }

    // The union of the bits of every stem matched by a word of text[start, end).
    quint32 scan(const QChar *text, int start, int end) const;
    // The same, and appends to *starts where each word whose own bits meet
    // `record` starts (the launch cue candidates, found in the same pass).
    using Starts = QVarLengthArray<int, 16>;
    quint32 scan(const QChar *text, int start, int end, quint32 record, Starts *starts) const;
    // The same, and appends to *subsetStarts where each of those words whose bits
    // also meet `subset` starts (a second list from the same pass).
    quint32 scan(const QChar *text, int start, int end, quint32 record, Starts *starts, quint32 subset,
                 Starts *subsetStarts) const;
    // The bits of the one word text[start, end) (a run of letters).
    quint32 word(const QChar *text, int start, int end) const;

    // ASCII letters answered from a table, anything else by QChar.
    static bool isLetter(ushort c)
    {
        return c < 128 ? unsigned((c | 0x20) - 'a') < 26 : QChar(c).isLetter();
    }

private:
    // (subset 0: no second list.)
    template <bool Record>
    quint32 scanWords(const QChar *text, int start, int end, quint32 record, Starts *starts, quint32 subset,
                      Starts *subsetStarts) const;
    // The same for text of ASCII and general punctuation only (SSE2), into *bits;
    // false (with *starts to be cut back) when the text is not such.
    template <bool Record>
    bool scanPlainWords(const char16_t *d, int start, int end, quint32 record, Starts *starts, quint32 subset,
                        Starts *subsetStarts, quint32 *bits) const;

    // The trie, flat: node n's child for letter k is m_next[n * kStride + k] (0:
    // none; node 0 is the root). A power-of-two stride makes a step a shift, not
    // a multiplication.
    static constexpr int kStride = 32;
    QVector<qint16> m_next;
    QVector<quint32> m_prefixBits; // per node: stems ending here that match any word with this prefix
    QVector<quint32> m_exactBits;  // per node: stems ending here that match only the whole word
    // The first two steps of a word in one look-up (the plain scan's usual case:
    // most words leave the trie within two letters), by its first letter (0..25)
    // and second (1..26, or 0 where the word ends after one): the bits those
    // letters add, and the node to go on from at the third letter (0: stop).
    // Row k is remade whenever a stem starting with letter k is added.
    // `third`: bit k (1..26) set when the node has a child for the k-th letter,
    // bit 0 when a word ending there has exact bits: a word whose third letter
    // (0 for none) finds no bit here is done after two steps, which is most words
    // the two steps do not turn away ("and", "of", "north").
    struct TwoSteps {
        quint32 bits = 0;
        quint32 third = 0;
        qint16 node = 0;
    };
    static constexpr int kSecondStride = 32;
    QVector<TwoSteps> m_twoSteps;
    void remakeTwoSteps(int first);
    quint32 m_nonAsciiBits = 0;
};

} // namespace atlas
