#pragma once
// Finding the next of a few given code units in UTF-16 text, eight at a time
// where SSE2 is there (every x86-64), one at a time elsewhere. The sentence
// splitter looks for line breaks and sentence-final punctuation this way:
// between them lie runs of letters that a plain loop tested one by one, a
// tenth of the extraction time.
#include <QtGlobal>

#include <initializer_list>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {

// The index of the first code unit in d[from, n) that is one of `units`, or n.
inline qsizetype findAnyOf(const char16_t *d, qsizetype from, qsizetype n, std::initializer_list<char16_t> units)
{
    qsizetype i = from;
#if defined(__SSE2__)
    __m128i wanted[4];
    int count = 0;
    for (char16_t u : units) {
        if (count < 4)
            wanted[count++] = _mm_set1_epi16(short(u));
    }
    if (int(units.size()) <= 4) {
        for (; i + 8 <= n; i += 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
            __m128i hit = _mm_cmpeq_epi16(v, wanted[0]);
            for (int k = 1; k < count; ++k)
                hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, wanted[k]));
            const int bits = _mm_movemask_epi8(hit);
            if (bits != 0)
                return i + __builtin_ctz(unsigned(bits)) / 2;
        }
    }
#endif
    for (; i < n; ++i) {
        for (char16_t u : units) {
            if (d[i] == u)
                return i;
        }
    }
    return n;
}

} // namespace atlas
