#pragma once
// Sixteen code units at a time: which are ASCII letters, which ASCII digits and
// which lie beyond ASCII, as bit masks (bit k for the unit at + k), all three
// from one load of the block packed into bytes. The date filters (mayHoldDate,
// mayHoldTime) read a text once this way instead of three times (digits, then
// "is it plain ASCII", then the letters).
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>

namespace atlas::temporal {

struct BlockMasks {
    unsigned letters = 0;
    unsigned digits = 0;
    unsigned wide = 0; // at 0x80 and beyond
};

inline BlockMasks blockMasks16(const char16_t *d, qsizetype at)
{
    // Packed with unsigned saturation (above 0xFF -> 0xFF, 0x8000 and up ->
    // 0), no unit beyond ASCII becomes a letter's or a digit's byte; beyond
    // ASCII: u >> 7 is not 0, and stays so packed (1 to 255).
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8));
    const __m128i bytes = _mm_packus_epi16(lo, hi);
    const __m128i zero = _mm_setzero_si128();
    const __m128i x = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i letters = _mm_cmpeq_epi8(_mm_subs_epu8(x, _mm_set1_epi8(25)), zero);
    const __m128i y = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
    const __m128i digits = _mm_cmpeq_epi8(_mm_subs_epu8(y, _mm_set1_epi8(9)), zero);
    const __m128i ascii = _mm_cmpeq_epi8(_mm_packus_epi16(_mm_srli_epi16(lo, 7), _mm_srli_epi16(hi, 7)), zero);
    return {unsigned(_mm_movemask_epi8(letters)), unsigned(_mm_movemask_epi8(digits)),
            ~unsigned(_mm_movemask_epi8(ascii)) & 0xFFFF};
}

// The same, unit by unit: the definition blockMasks16 is tested against.
inline BlockMasks blockMasks16ByUnit(const char16_t *d, qsizetype at)
{
    BlockMasks m;
    for (int k = 0; k < 16; ++k) {
        const char16_t u = d[at + k];
        if (u < 0x80 && char16_t((u | 0x20) - 'a') < 26)
            m.letters |= 1u << k;
        if (u >= '0' && u <= '9')
            m.digits |= 1u << k;
        if (u >= 0x80)
            m.wide |= 1u << k;
    }
    return m;
}

// The masks of the sixteen units from base in d[0, n), n at least 16: units
// past n count as none of the three (the last block is read as the sixteen
// units before n, never past it, and shifted).
inline BlockMasks blockMasksUpTo16(const char16_t *d, qsizetype base, qsizetype n)
{
    if (base + 16 <= n)
        return blockMasks16(d, base);
    BlockMasks m = blockMasks16(d, n - 16);
    const unsigned shift = unsigned(base + 16 - n);
    m.letters >>= shift;
    m.digits >>= shift;
    m.wide >>= shift;
    return m;
}

} // namespace atlas::temporal
#endif
