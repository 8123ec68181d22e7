#pragma once
// Where a missile noun ("missile", "projectile", "rocket", "weapon") may start
// after a space: an m, p, r or w of either case right after a PCRE space
// (LaunchPhrases::determinerBeforeMissileNoun). Sixteen code units are judged
// at a time: the unit-by-unit test mispredicted at nearly every letter.
#include "extract/CharScan.h"

#include <QtCore/qalgorithms.h>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas::launch {

inline bool isSpacedNounStart(const char16_t *d, qsizetype i)
{
    const char16_t first = d[i] | 0x20;
    return (first == 'm' || first == 'p' || first == 'r' || first == 'w') && isPcreSpace(d[i - 1]);
}

// The first i in [from, n) with isSpacedNounStart(d, i), or n; from >= 1.
inline qsizetype nextSpacedNounStart(const char16_t *d, qsizetype from, qsizetype n)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i lowerCase = _mm_set1_epi16(0x20);
    const __m128i m = _mm_set1_epi16(u'm'), p = _mm_set1_epi16(u'p'), r = _mm_set1_epi16(u'r'), w = _mm_set1_epi16(u'w');
    const __m128i space = _mm_set1_epi16(u' '), tab = _mm_set1_epi16(u'\t');
    const __m128i flip = _mm_set1_epi16(short(0x8000)), controls = _mm_set1_epi16(short(0x8000 + 5)); // \t..\r: five units
    auto starts = [&](const __m128i at, const __m128i before) {
        const __m128i first = _mm_or_si128(at, lowerCase);
        const __m128i letter = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(first, m), _mm_cmpeq_epi16(first, p)),
                                            _mm_or_si128(_mm_cmpeq_epi16(first, r), _mm_cmpeq_epi16(first, w)));
        const __m128i spaceBefore = _mm_or_si128(_mm_cmpeq_epi16(before, space),
                                                 _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(before, tab), flip), controls));
        return _mm_and_si128(letter, spaceBefore);
    };
    for (; i + 16 <= n; i += 16) {
        const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + 8));
        const __m128i loBefore = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i - 1));
        const __m128i hiBefore = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + 7));
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_packs_epi16(starts(lo, loBefore), starts(hi, hiBefore))));
        if (mask)
            return i + qCountTrailingZeroBits(mask);
    }
#endif
    for (; i < n; ++i) {
        if (isSpacedNounStart(d, i))
            return i;
    }
    return n;
}

} // namespace atlas::launch
