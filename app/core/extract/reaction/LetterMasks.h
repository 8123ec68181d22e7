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
    // Both tests on the sixteen units packed into bytes (unsigned saturation:
    // above 0xFF -> 0xFF, 0x8000 and up, negative as 16-bit numbers, -> 0), so
    // that each is one compare for all sixteen. A letter is a byte whose
    // (b | 0x20) - 'a' is below 26: no unit beyond ASCII packs to such a byte.
    // Beyond ASCII: u >> 7 is not 0, and stays so packed (1 to 255).
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8));
    const __m128i x = _mm_sub_epi8(_mm_or_si128(_mm_packus_epi16(lo, hi), _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i letters = _mm_cmpeq_epi8(_mm_subs_epu8(x, _mm_set1_epi8(25)), _mm_setzero_si128());
    const __m128i ascii = _mm_cmpeq_epi8(_mm_packus_epi16(_mm_srli_epi16(lo, 7), _mm_srli_epi16(hi, 7)), _mm_setzero_si128());
    return {unsigned(_mm_movemask_epi8(letters)), ~unsigned(_mm_movemask_epi8(ascii)) & 0xFFFF};
}

// The same, unit by unit: the definition letterMasks16 is tested against.
inline LetterMasks letterMasks16ByUnit(const char16_t *d, qsizetype at)
{
    LetterMasks m;
    for (int k = 0; k < 16; ++k) {
        const char16_t u = d[at + k];
        if (char16_t((u | 0x20) - 'a') < 26)
            m.letters |= 1u << k;
        if (u >= 0x80)
            m.wide |= 1u << k;
    }
    return m;
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
