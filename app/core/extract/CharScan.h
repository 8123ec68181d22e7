#pragma once
// Finding the next of a few given code units in UTF-16 text, eight at a time
// where SSE2 is there (every x86-64), one at a time elsewhere. The sentence
// splitter looks for line breaks and sentence-final punctuation this way:
// between them lie runs of letters that a plain loop tested one by one, a
// tenth of the extraction time.
#include "extract/AsciiClasses.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <initializer_list>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {

// PCRE's \s without Unicode properties (how the extractors' patterns read
// spaces): space, tab, line feed, vertical tab, form feed, carriage return.
inline bool isPcreSpace(char16_t u) { return u == ' ' || (u >= '\t' && u <= '\r'); }

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

// Where `word` (ASCII, case as given) occurs in d[from, n), or -1: its first
// letter found with findAnyOf, then the rest compared (Qt's search of a Latin-1
// word read every character at about ten instructions).
inline qsizetype indexOfAscii(const char16_t *d, qsizetype from, qsizetype n, QLatin1String word)
{
    const qsizetype len = word.size();
    if (len == 0)
        return -1;
    const char16_t first = char16_t(uchar(word.at(0).toLatin1()));
    for (qsizetype at = findAnyOf(d, from, n, {first}); at + len <= n; at = findAnyOf(d, at + 1, n, {first})) {
        qsizetype k = 1;
        while (k < len && d[at + k] == char16_t(uchar(word.at(k).toLatin1())))
            ++k;
        if (k == len)
            return at;
    }
    return -1;
}

// findAnyOf, sixteen code units a step: for scans that cross whole texts
// (line breaks, sentence ends), where findAnyOf's eight a step with a 16-bit
// compare per wanted unit was a few percent of all extraction. The block is
// narrowed to bytes (packus: 0x00-0xFF stay, 0x0100-0x7FFF become 0xFF,
// 0x8000 and up become 0x00) and the wanted units below 0xFF are compared as
// bytes; a block holding a 0xFF byte is compared again in 16 bits for the
// wanted units from 0xFF up (0x2026, 0x2028 ...). Wanted units of 0 or from
// 0x8000 up would be lost in the narrowing: with any of those, findAnyOf answers.
inline qsizetype findAnyOfWide(const char16_t *d, qsizetype from, qsizetype n, std::initializer_list<char16_t> units)
{
    qsizetype i = from;
#if defined(__SSE2__)
    __m128i narrow[4], wide[4];
    int narrowCount = 0, wideCount = 0;
    bool usable = units.size() <= 4;
    for (char16_t u : units) {
        if (!usable)
            break;
        if (u == 0 || u >= 0x8000)
            usable = false;
        else if (u < 0xFF)
            narrow[narrowCount++] = _mm_set1_epi8(char(u));
        else
            wide[wideCount++] = _mm_set1_epi16(short(u));
    }
    if (!usable)
        return findAnyOf(d, from, n, units);
    const __m128i saturated = _mm_set1_epi8(char(0xFF));
    for (; i + 16 <= n; i += 16) {
        const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + 8));
        const __m128i bytes = _mm_packus_epi16(lo, hi);
        __m128i hit = _mm_setzero_si128();
        for (int k = 0; k < narrowCount; ++k)
            hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, narrow[k]));
        const __m128i beyondLatin1 = wideCount > 0 ? _mm_cmpeq_epi8(bytes, saturated) : _mm_setzero_si128();
        int bits = _mm_movemask_epi8(_mm_or_si128(hit, beyondLatin1));
        if (bits == 0)
            continue;
        if (wideCount > 0 && _mm_movemask_epi8(beyondLatin1) != 0) {
            __m128i wideLo = _mm_setzero_si128(), wideHi = _mm_setzero_si128();
            for (int k = 0; k < wideCount; ++k) {
                wideLo = _mm_or_si128(wideLo, _mm_cmpeq_epi16(lo, wide[k]));
                wideHi = _mm_or_si128(wideHi, _mm_cmpeq_epi16(hi, wide[k]));
            }
            bits = _mm_movemask_epi8(_mm_or_si128(hit, _mm_packs_epi16(wideLo, wideHi)));
            if (bits == 0)
                continue;
        }
        return i + __builtin_ctz(unsigned(bits));
    }
#endif
    return findAnyOf(d, i, n, units);
}

// Whether text holds one of `units`.
inline bool containsAnyOf(QStringView text, std::initializer_list<char16_t> units)
{
    return findAnyOf(text.utf16(), 0, text.size(), units) < text.size();
}

// The index of the first code unit in d[from, n) that is not an ASCII letter,
// or n: the end of the ASCII part of a word.
inline qsizetype asciiLetterRunEnd(const char16_t *d, qsizetype from, qsizetype n)
{
    qsizetype i = from;
#if defined(__SSE2__)
    // (c | 0x20) - 'a' in 0..25 exactly for A-Z and a-z; code units from 0x8000
    // are negative as 16-bit signed numbers, so never letters here.
    const __m128i lower = _mm_set1_epi16(0x20);
    const __m128i a = _mm_set1_epi16(u'a');
    const __m128i minusOne = _mm_set1_epi16(-1);
    const __m128i twentySix = _mm_set1_epi16(26);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i x = _mm_sub_epi16(_mm_or_si128(v, lower), a);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(x, minusOne), _mm_cmplt_epi16(x, twentySix));
        const int notLetter = ~_mm_movemask_epi8(letter) & 0xFFFF;
        if (notLetter != 0)
            return i + __builtin_ctz(unsigned(notLetter)) / 2;
    }
#endif
    for (; i < n; ++i) {
        const char16_t l = d[i] | 0x20;
        if (d[i] >= 0x80 || l < u'a' || l > u'z')
            return i;
    }
    return n;
}

// Calls visit(start, length) for each run of ASCII letters in d[0, n), in order,
// and stops at the first that answers true. PCRE's caseless matching folds U+017F
// to "s" and U+212A to "k": at either one the walk stops too, answering true, so
// that a caller asking which words a pattern may need never answers "none" wrongly.
// Whether it stopped early.
template <class Visit>
bool forEachAsciiLetterRun(const char16_t *d, qsizetype n, Visit &&visit)
{
    for (qsizetype i = 0; i < n;) {
        const char16_t u = d[i];
        if (!isAsciiLetter(u)) {
            if (u == 0x017F || u == 0x212A)
                return true;
            ++i;
            continue;
        }
        const qsizetype j = asciiLetterRunEnd(d, i + 1, n);
        if (visit(i, j - i))
            return true;
        i = j;
    }
    return false;
}

#if defined(__SSE2__)
// Whether every code unit of d[start, end) is ASCII or general punctuation
// (U+2000-U+206F: curly quotes, dashes, special spaces): then a letter is
// exactly an ASCII letter, and words can be found sixteen characters at a time.
inline bool isAsciiOrGeneralPunctuation(const char16_t *d, qsizetype start, qsizetype end)
{
    const __m128i flip = _mm_set1_epi16(short(0x8000)); // unsigned order as signed
    const __m128i asciiEnd = _mm_set1_epi16(short(0x0080 ^ 0x8000));
    const __m128i punctStart = _mm_set1_epi16(0x2000);
    const __m128i punctSpan = _mm_set1_epi16(short(0x0070 ^ 0x8000));
    qsizetype i = start;
    __m128i good = _mm_set1_epi16(-1);
    for (; i + 8 <= end; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i ascii = _mm_cmplt_epi16(_mm_xor_si128(v, flip), asciiEnd);
        const __m128i punct = _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(v, punctStart), flip), punctSpan);
        good = _mm_and_si128(good, _mm_or_si128(ascii, punct));
    }
    if (_mm_movemask_epi8(good) != 0xFFFF)
        return false;
    for (; i < end; ++i) {
        if (d[i] >= 0x80 && (d[i] < 0x2000 || d[i] >= 0x2070))
            return false;
    }
    return true;
}

// Bit k set when d[at + k] is an ASCII letter, for the sixteen code units from at.
inline unsigned asciiLetterBits16(const char16_t *d, qsizetype at)
{
    const __m128i lowerCase = _mm_set1_epi16(0x20);
    const __m128i a = _mm_set1_epi16(u'a');
    const __m128i minusOne = _mm_set1_epi16(-1), twentySix = _mm_set1_epi16(26);
    auto letters = [&](const __m128i v) {
        const __m128i x = _mm_sub_epi16(_mm_or_si128(v, lowerCase), a);
        return _mm_and_si128(_mm_cmpgt_epi16(x, minusOne), _mm_cmplt_epi16(x, twentySix));
    };
    const __m128i lo = letters(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at)));
    const __m128i hi = letters(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8)));
    return unsigned(_mm_movemask_epi8(_mm_packs_epi16(lo, hi)));
}

// The letter mask of the sixteen code units from at, or of those before end
// when fewer are left (the bits past end clear).
inline unsigned asciiLetterBitsUpTo16(const char16_t *d, qsizetype at, qsizetype end)
{
    if (at + 16 <= end)
        return asciiLetterBits16(d, at);
    unsigned letters = 0;
    for (qsizetype k = 0; at + k < end; ++k) {
        const char16_t c = d[at + k];
        letters |= unsigned(c < 128 && unsigned((c | 0x20) - u'a') < 26) << k;
    }
    return letters;
}

// Calls visit(at, letters, bit, base) at the start of every run of ASCII
// letters in d[start, end), in order, reading sixteen code units a step: a run
// starts at base + bit, and letters is the mask of its block (bit k for
// d[base + k]), from which a short word's length can be read. A letter at
// start begins a run whatever comes before it. visit returns false to stop.
template <typename Visit>
inline void forEachAsciiWordStart(const char16_t *d, qsizetype start, qsizetype end, Visit &&visit)
{
    unsigned carry = 0; // the code unit before the block is a letter
    for (qsizetype base = start; base < end; base += 16) {
        const unsigned letters = asciiLetterBitsUpTo16(d, base, end);
        unsigned starts = letters & ~((letters << 1) | carry);
        carry = (letters >> 15) & 1;
        while (starts) {
            const unsigned bit = unsigned(__builtin_ctz(starts));
            starts &= starts - 1;
            if (!visit(base + qsizetype(bit), letters, bit, base))
                return;
        }
    }
}
#endif

// The index of the first ASCII digit in d[from, n), or n.
inline qsizetype findAsciiDigit(const char16_t *d, qsizetype from, qsizetype n)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i beforeZero = _mm_set1_epi16(u'0' - 1), afterNine = _mm_set1_epi16(u'9' + 1);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const int bits = _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi16(v, beforeZero), _mm_cmplt_epi16(v, afterNine)));
        if (bits != 0)
            return i + __builtin_ctz(unsigned(bits)) / 2;
    }
#endif
    for (; i < n; ++i) {
        if (d[i] >= u'0' && d[i] <= u'9')
            return i;
    }
    return n;
}

// Whether d[0, n) holds an ASCII digit.
inline bool containsAsciiDigit(const char16_t *d, qsizetype n)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i beforeZero = _mm_set1_epi16(u'0' - 1), afterNine = _mm_set1_epi16(u'9' + 1);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi16(v, beforeZero), _mm_cmplt_epi16(v, afterNine))))
            return true;
    }
#endif
    for (; i < n; ++i) {
        if (d[i] >= u'0' && d[i] <= u'9')
            return true;
    }
    return false;
}

} // namespace atlas
