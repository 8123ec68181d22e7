#include "extract/TrustedText.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {

bool isValidUtf16(QStringView text)
{
    const qsizetype n = text.size();
    // Nearly all text has no surrogate at all: that is answered four characters
    // at a time (a lane of (c & 0xF800) ^ 0xD800 is zero exactly for a
    // surrogate; the bit trick below flags a zero lane), and only text with
    // one is walked character by character.
    const char16_t *d = text.utf16();
    bool anySurrogate = false;
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight at a time where SSE2 is there (every x86-64): (c & 0xF800) == 0xD800.
    const __m128i mask = _mm_set1_epi16(short(0xF800));
    const __m128i surrogate = _mm_set1_epi16(short(0xD800));
    // Thirty-two at a time first, the four compares folded into one test: the
    // whole article passes through here once per extraction.
    auto hits = [&](qsizetype at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
        return _mm_cmpeq_epi16(_mm_and_si128(v, mask), surrogate);
    };
    for (; i + 32 <= n; i += 32) {
        const __m128i any = _mm_or_si128(_mm_or_si128(hits(i), hits(i + 8)), _mm_or_si128(hits(i + 16), hits(i + 24)));
        if (_mm_movemask_epi8(any) != 0) {
            anySurrogate = true;
            break;
        }
    }
    for (; i + 8 <= n && !anySurrogate; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        anySurrogate = _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, mask), surrogate)) != 0;
    }
#endif
    for (; i + 4 <= n && !anySurrogate; i += 4) {
        quint64 v;
        std::memcpy(&v, d + i, sizeof v);
        v = (v & 0xF800F800F800F800ULL) ^ 0xD800D800D800D800ULL;
        anySurrogate = ((v - 0x0001000100010001ULL) & ~v & 0x8000800080008000ULL) != 0;
    }
    for (; i < n && !anySurrogate; ++i)
        anySurrogate = (d[i] & 0xF800) == 0xD800;
    if (!anySurrogate)
        return true;
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = text.at(k);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && k + 1 < n && text.at(k + 1).isLowSurrogate()) {
            ++k;
            continue;
        }
        return false;
    }
    return true;
}

QString trustedText(const QString &text)
{
    if (isValidUtf16(text))
        return text;
    QString out = text;
    const qsizetype n = out.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = out.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < n && out.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace atlas
