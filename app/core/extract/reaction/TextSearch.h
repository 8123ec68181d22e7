#pragma once
// Case-sensitive search for a name in a stretch of text: what
// QStringView::indexOf(needle, from) answers, eight code units a step. The
// reaction reader looks a surname up in everything the article said before the
// sentence ("Lee", "Lavrov": SentenceReader::fullNameBefore and
// dropUnsupportedSurnames), and in the sentence before (ReactionExtractor);
// Qt's search of a short needle in a long text costs about two instructions a
// character, this one about half a character: the needle's first two units are
// compared with eight places at once (16-bit compares, so any unit is exact),
// and only where both agree is the rest compared.
#include <QStringView>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas::reaction {

inline qsizetype indexOfText(QStringView text, QStringView needle, qsizetype from = 0)
{
    const qsizetype n = text.size(), m = needle.size();
    // (Qt's own answer where its rules for a negative start or an empty or
    // one-unit needle apply: not the cases this is for.)
    if (from < 0 || m < 2)
        return text.indexOf(needle, from);
    const char16_t *d = text.utf16();
    const char16_t *w = needle.utf16();
    const qsizetype last = n - m; // the last place a match can start
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi16(short(w[0]));
    const __m128i second = _mm_set1_epi16(short(w[1]));
    // Places i .. i + 7 need d[i + 8] readable for the second unit: i + 8 < n.
    for (; i + 8 < n && i <= last; i += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + 1));
        unsigned bits = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi16(a, first), _mm_cmpeq_epi16(b, second))));
        for (; bits; bits &= bits - 1, bits &= bits - 1) { // two mask bits a unit: clear both
            const qsizetype at = i + __builtin_ctz(bits) / 2;
            if (at > last)
                return -1;
            qsizetype k = 2;
            while (k < m && d[at + k] == w[k])
                ++k;
            if (k == m)
                return at;
        }
    }
#endif
    for (; i <= last; ++i) {
        qsizetype k = 0;
        while (k < m && d[i + k] == w[k])
            ++k;
        if (k == m)
            return i;
    }
    return -1;
}

inline bool containsText(QStringView text, QStringView needle) { return indexOfText(text, needle, 0) >= 0; }

} // namespace atlas::reaction
