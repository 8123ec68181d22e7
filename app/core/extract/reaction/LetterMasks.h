#pragma once
// Sixteen code units at a time: which are ASCII letters and which lie beyond
// ASCII, as bit masks (bit k for the unit at + k). The reaction reader's word
// passes (the stance words, the word sets) walk word starts from these masks
// instead of reading every space and mark between words; a word's first
// letters and most words' ends are read from the mask of its block and the next.
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>

namespace atlas::reaction {

struct LetterMasks {
    unsigned letters = 0;
    unsigned wide = 0; // at 0x80 and beyond
};

inline LetterMasks letterMasks16(const char16_t *d, qsizetype at)
{
    const __m128i lowerCase = _mm_set1_epi16(0x20), a = _mm_set1_epi16(u'a');
    const __m128i minusOne = _mm_set1_epi16(-1), twentySix = _mm_set1_epi16(26);
    const __m128i asciiTop = _mm_set1_epi16(0x7F);
    auto letters = [&](const __m128i v) {
        const __m128i x = _mm_sub_epi16(_mm_or_si128(v, lowerCase), a);
        return _mm_and_si128(_mm_cmpgt_epi16(x, minusOne), _mm_cmplt_epi16(x, twentySix));
    };
    // Beyond ASCII as 16-bit signed numbers: above 0x7F, or negative (0x8000 up).
    auto wide = [&](const __m128i v) {
        return _mm_or_si128(_mm_cmpgt_epi16(v, asciiTop), _mm_cmplt_epi16(v, _mm_setzero_si128()));
    };
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8));
    return {unsigned(_mm_movemask_epi8(_mm_packs_epi16(letters(lo), letters(hi)))),
            unsigned(_mm_movemask_epi8(_mm_packs_epi16(wide(lo), wide(hi))))};
}

// The masks of the sixteen units from base in d[0, n), n at least 16: units
// past n count as neither (the last ones are read as the end of the sixteen
// before n, never past it).
inline LetterMasks letterMasksUpTo16(const char16_t *d, qsizetype base, qsizetype n)
{
    if (base + 16 <= n)
        return letterMasks16(d, base);
    if (base >= n)
        return {};
    LetterMasks m = letterMasks16(d, n - 16);
    m.letters >>= base + 16 - n;
    m.wide >>= base + 16 - n;
    return m;
}

} // namespace atlas::reaction
#endif
