#include "extract/reaction/WordChecks.h"
#include "extract/AsciiClasses.h"

#include "extract/CharScan.h"
#include "extract/reaction/LetterMasks.h"

#include <QRegularExpression>

#include <QStringList>
#include <algorithm>
#include <cstring>

namespace atlas::reaction {

namespace {
} // namespace

AsciiWordSet::AsciiWordSet(std::initializer_list<const char *> words)
{
    for (const char *w : words)
        add(QByteArray(w).toLower());
}

AsciiWordSet::AsciiWordSet(const QStringList &words)
{
    for (const QString &w : words) {
        // The first run of ASCII letters; a phrase that starts otherwise cannot be
        // ruled out by its words.
        int n = 0;
        while (n < w.size() && w.at(n).unicode() < 128 && isAsciiLetter(w.at(n).unicode()))
            ++n;
        if (n == 0) {
            m_always = true;
            continue;
        }
        add(w.left(n).toLatin1().toLower());
    }
}

void AsciiWordSet::add(const QByteArray &lowerWord)
{
    Word w{};
    if (lowerWord.isEmpty() || lowerWord.size() >= qsizetype(sizeof(w.text))) {
        m_always = true; // never expected: the sets are short words
        return;
    }
    std::memcpy(w.text, lowerWord.constData(), size_t(lowerWord.size()));
    w.len = int(lowerWord.size());
    // Kept in order of first letter, each letter's words a slice of m_words.
    const int letter = lowerWord.at(0) - 'a';
    m_words.insert(m_byLetter[size_t(letter) + 1], w);
    for (size_t l = size_t(letter) + 1; l < m_byLetter.size(); ++l)
        ++m_byLetter[l];
    m_firstLetters |= 1u << (lowerWord.at(0) - 'a');
    m_lengthsByLetter[size_t(letter)] |= 1u << w.len;

    m_minLen = std::min(m_minLen, w.len);
    m_maxLen = std::max(m_maxLen, w.len);
}

bool AsciiWordSet::maybeIn(QStringView text) const
{
    if (m_always)
        return true;
#if defined(__SSE2__)
    if (text.size() >= 16)
        return maybeInByMask(text);
#endif
    return maybeInByCharacter(text);
}

// Whether the run of ASCII letters d[0, len) is one of the words.
inline bool AsciiWordSet::isWord(const char16_t *d, int len) const
{
    if (len < m_minLen || len > m_maxLen)
        return false;
    const int letter = (d[0] | 0x20) - 'a';
    const Word *end = m_words.constData() + m_byLetter[size_t(letter) + 1];
    for (const Word *w = m_words.constData() + m_byLetter[size_t(letter)]; w != end; ++w) {
        if (w->len != len)
            continue;
        int k = 0;
        while (k < len && char(d[k] | 0x20) == w->text[k])
            ++k;
        if (k == len)
            return true;
    }
    return false;
}

#if defined(__SSE2__)
bool AsciiWordSet::maybeInByMask(QStringView text) const
{
    // Only the word starts are read, and a word's length from the mask: a word
    // of a first letter and length no word of the set has is passed over.
    // (Most words are such: the test is a branch the processor foretells,
    // where one on the first letter alone it often could not.)
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    // Thirty-two units a block (two sixteen-unit masks), as the stance scan.
    auto masks32 = [d, n](qsizetype at) {
        const LetterMasks lo = letterMasksUpTo16(d, at, n), hi = letterMasksUpTo16(d, at + 16, n);
        return LetterMasks{lo.letters | hi.letters << 16, lo.wide | hi.wide << 16};
    };
    LetterMasks masks = masks32(0);
    unsigned carry = 0; // the unit before the block is a letter
    for (qsizetype base = 0; base < n; base += 32) {
        for (unsigned wideBits = masks.wide; wideBits; wideBits &= wideBits - 1) {
            const char16_t c = d[base + __builtin_ctz(wideBits)];
            if (c == 0x017F || c == 0x212A)
                return true;
        }
        const LetterMasks next = masks32(base + 32);
        const quint64 window = masks.letters | quint64(next.letters) << 32;
        unsigned runStarts = masks.letters & ~((masks.letters << 1) | carry);
        carry = (masks.letters >> 31) & 1;
        for (; runStarts; runStarts &= runStarts - 1) {
            const unsigned bit = unsigned(__builtin_ctz(runStarts));
            const qsizetype s = base + bit;
            const quint64 ahead = window >> bit; // bit k: d[s + k] is a letter
            // (64 letters from bit 0 leave no zero, and ctz of 0 is undefined.)
            const quint64 gaps = ~ahead;
            const int inWindow = gaps ? __builtin_ctzll(gaps) : 64; // at most 64 - bit
            const qsizetype e = inWindow < int(64 - bit) ? s + inWindow : asciiLetterRunEnd(d, base + 64, n);
            const quint32 lengths = m_lengthsByLetter[size_t((d[s] | 0x20) - 'a')];
            if (!((lengths >> std::min<qsizetype>(e - s, 31)) & 1)) // (no word is 31 letters long)
                continue;
            if (isWord(d + s, int(e - s)))
                return true;
        }
        masks = next;
    }
    return false;
}
#endif

bool AsciiWordSet::maybeInByCharacter(QStringView text) const
{
    if (m_always)
        return true;
    const char16_t *d = text.utf16();
    return forEachAsciiLetterRun(d, text.size(), [&](qsizetype i, qsizetype runLength) {
        const int len = int(runLength);
        const int letter = (d[i] | 0x20) - 'a';
        if (len < m_minLen || len > m_maxLen || !(m_firstLetters & (1u << letter)))
            return false;
        const Word *end = m_words.constData() + m_byLetter[size_t(letter) + 1];
        for (const Word *w = m_words.constData() + m_byLetter[size_t(letter)]; w != end; ++w) {
            if (w->len != len)
                continue;
            int k = 0;
            while (k < len && char(d[i + k] | 0x20) == w->text[k])
                ++k;
            if (k == len)
                return true;
        }
        return false;
    });
}

AsciiStemSet::AsciiStemSet(std::initializer_list<const char *> stems)
{
    for (const char *stem : stems) {
        Stem s{};
        const QByteArray lower = QByteArray(stem).toLower();
        Q_ASSERT(!lower.isEmpty() && lower.size() < qsizetype(sizeof(s.text)));
        std::memcpy(s.text, lower.constData(), size_t(lower.size()));
        s.len = int(lower.size());
        m_stems << s;
        m_firstLetters |= 1u << (lower.at(0) - 'a');
    }
}

AsciiStemSet::Answer AsciiStemSet::beginsAWordIn(QStringView text) const
{
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    bool afterWordChar = false; // d[i - 1] is [A-Za-z0-9_]
    for (qsizetype i = 0; i < n;) {
        const char16_t u = d[i];
        if (!isAsciiLetter(u)) {
            if (u == 0x017F || u == 0x212A)
                return Unknown;
            afterWordChar = (u >= '0' && u <= '9') || u == '_';
            ++i;
            continue;
        }
        const qsizetype j = asciiLetterRunEnd(d, i + 1, n);
        if (!afterWordChar && (m_firstLetters & (1u << ((u | 0x20) - 'a')))) {
            const int len = int(j - i);
            for (const Stem &s : m_stems) {
                if (s.len > len)
                    continue;
                int k = 0;
                while (k < s.len && char(d[i + k] | 0x20) == s.text[k])
                    ++k;
                if (k == s.len)
                    return Yes; // a match in ASCII is a match, whatever folds elsewhere
            }
        }
        afterWordChar = true;
        i = j;
    }
    return No;
}

bool hasAsciiFoldingChar(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() == 0x017F || c.unicode() == 0x212A)
            return true;
    }
    return false;
}

bool containsLatin1(QStringView text, const char *needle)
{
    const qsizetype m = qsizetype(std::strlen(needle));
    if (m == 0)
        return true;
    const char16_t *d = text.utf16();
    const char16_t first = uchar(needle[0]);
    const qsizetype last = text.size() - m; // the last place the needle can start
    auto matchesAt = [&](qsizetype i) {
        qsizetype k = 1;
        while (k < m && d[i + k] == uchar(needle[k]))
            ++k;
        return k == m;
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    // The needle's first character, eight places at a time.
    const __m128i f = _mm_set1_epi16(short(first));
    for (; i + 8 <= last + 1; i += 8) {
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i)), f)));
        while (mask) {
            const int lane = __builtin_ctz(mask) / 2;
            if (matchesAt(i + lane))
                return true;
            mask &= ~(3u << (2 * lane));
        }
    }
#endif
    for (; i <= last; ++i) {
        if (d[i] == first && matchesAt(i))
            return true;
    }
    return false;
}

bool mayHoldParenthetical(QStringView region)
{
    static const AsciiWordSet relatives{"who", "which", "where", "whose", "when"};
    return containsAnyOf(region, {u'(', u'\u2014', u'\u2013'})
           || (region.contains(QLatin1Char(',')) && relatives.maybeIn(region));
}

PronounSpan pronounSubject(QStringView region)
{
    auto space = [](QChar c) { return isPcreSpace(c.unicode()); };
    auto quoteMark = [](QChar c) { return c == u'"' || c == u'\u201C' || c == u'\u2018' || c == u'\''; };
    qsizetype i = 0, e = region.size();
    while (i < e && space(region.at(i)))
        ++i;
    // 'He said he "condemns" the launch': the quotation mark that opens the
    // quoted verb ends the region, and is no word of the subject.
    while (e > i && (space(region.at(e - 1)) || quoteMark(region.at(e - 1))))
        --e;
    const QStringView word = region.mid(i, e - i);
    if (word == QLatin1String("He") || word == QLatin1String("She") || word == QLatin1String("It"))
        return {true, int(i), int(e), word == QLatin1String("It")};
    const QStringView rest = region.mid(i, e - i);
    // "South Korea's presidential office convened a meeting. The office said the
    // launches were ...": an office named before, taken up by its head noun, speaks
    // as "It" would; so does 'The council "strongly condemned" the launches' (the
    // region ends at the stance, after an adverb and a quotation mark).
    if (rest.startsWith(QLatin1String("The "))) {
        static const QRegularExpression office(QStringLiteral(
            "^The\\s+(?:(?:presidential|foreign|defen[cs]e|unification|prime\\s+minister's|state)\\s+)?"
            "(?:office|ministry|department|agency|government|secretariat|council)"
            "(?=(?:\\s+[\"“]?(?:also|then|later|again|[a-z]+ly))?[\\s\"“]*$|"
            "\\s+(?:(?:also|then|later|again|[a-z]+ly)\\s+)?(?:said|says|added|stated|noted|announced)\\b)"));
        if (const auto m = office.match(rest); m.hasMatch()) {
            const QString words = m.captured().simplified();
            return {true, int(i), int(i + m.capturedEnd()), true, words.mid(words.lastIndexOf(u' ') + 1)};
        }
    }
    const bool possessive = rest.startsWith(QLatin1String("His ")) || rest.startsWith(QLatin1String("Her "));
    if (!possessive && !rest.startsWith(QLatin1String("He ")) && !rest.startsWith(QLatin1String("She "))
        && !rest.startsWith(QLatin1String("It ")))
        return {};
    if (!possessive) {
        // The second word must be a saying or an adverb ("He said he", "It also"):
        // most regions after "He" fail here, without the pattern.
        qsizetype w = rest.indexOf(QLatin1Char(' '));
        while (w < rest.size() && (space(rest.at(w)) || quoteMark(rest.at(w))))
            ++w;
        qsizetype we = w;
        while (we < rest.size() && isAsciiLetter(rest.at(we).unicode()))
            ++we;
        const QStringView second = rest.mid(w, we - w);
        static const AsciiWordSet secondWords{"said", "says", "added", "stated", "noted", "announced", "also", "then", "later", "again"};
        if (!second.endsWith(QLatin1String("ly")) && !secondWords.maybeIn(second))
            return {};
    }
    // The same pronoun again after a saying: "It said it had", "He said that he",
    // 'He said: "We condemn ..."';
    // "His office said it": the office of the person named last speaks for them;
    // "He said the "root cause" of the tension lay in ...": a judgement said, its
    // noun right after the saying (a clause's own subject would stand between).
    static const QRegularExpression longer(QStringLiteral(
        "^(?:(He|She)|(It)|((?:His|Her)\\s+(?:office|government|spokes(?:man|woman|person)|aides?)))"
        "(?:\\s+(?:also|then|later|again|[a-z]+ly))?(?:\\s+(?:said|says|added|stated|noted|announced)\\s*:?\\s+(?:that\\s+)?"
        "(?:(?(1)(?:he|she|[Ww]e|I)|(?(2)it|(?:it|he|she|they|[Ww]e)))(?:\\s+(?:had|has|have|was|is|were|are))?(?:\\s+(?:also|[a-z]+ly))?"
        "|(?:the|a|an|this|its))?)?$"));
    // ('He said he "strongly ...': the marks opening a quotation inside it are read as spaces.)
    QString plain = rest.toString();
    for (QChar &c : plain) {
        if (quoteMark(c))
            c = u' ';
    }
    const auto m = longer.match(plain);
    if (!m.hasMatch())
        return {};
    const int g = m.capturedStart(1) >= 0 ? 1 : m.capturedStart(2) >= 0 ? 2 : 3;
    return {true, int(i + m.capturedStart(g)), int(i + m.capturedEnd(g)), g == 2};
}

} // namespace atlas::reaction
