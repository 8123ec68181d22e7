#include "extract/reaction/ActorTokens.h"

#include <QChar>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas::reaction {

namespace {
// The marks a word may open or close with. Every word's first and last
// characters are asked: ASCII ones (nearly all) are answered by one table look-up.
struct AsciiMarks {
    bool leading[128] = {};
    bool trailing[128] = {};
    constexpr AsciiMarks()
    {
        for (char c : {'"', '(', '[', '\''})
            leading[int(c)] = true;
        for (char c : {',', ';', ':', '!', '?', '"', ')', ']', '\''})
            trailing[int(c)] = true;
    }
};
constexpr AsciiMarks kAsciiMarks;

inline bool isLeadingMark(char16_t u)
{
    return u < 128 ? kAsciiMarks.leading[u] : (u == 0x201C || u == 0x2018 || u == 0x00AB);
}

inline bool isTrailingMark(char16_t u)
{
    return u < 128 ? kAsciiMarks.trailing[u] : (u == 0x201D || u == 0x2019 || u == 0x00BB);
}

// What ends a word: a space or a dash.
inline bool isBreak(char16_t u) { return QChar::isSpace(u) || u == 0x2014 || u == 0x2013; }

// The word d[start, end), a run of units that break nothing, without its
// marks (none when it is only marks).
inline void addWord(const char16_t *d, int start, int end, std::vector<ActorToken> *out)
{
    while (start < end && isLeadingMark(d[start]))
        ++start;
    if (start >= end)
        return;
    ActorToken t;
    t.start = start;
    t.rawEnd = end;
    int core = end;
    while (core > start && isTrailingMark(d[core - 1]))
        --core;
    // A footnote marker glued on ("States.[19]", "Japan[c]"): not part of the word.
    while (core - start > 3 && d[end - 1] == u']') {
        int k = end - 2;
        while (k > start && end - k <= 5 && QChar::isLetterOrNumber(d[k]))
            --k;
        if (d[k] != u'[' || k >= end - 2 || k <= start)
            break;
        end = k;
        core = end;
        while (core > start && isTrailingMark(d[core - 1]))
            --core;
    }
    // Possessive: 's or ’s
    if (core - start > 2 && (d[core - 1] == u's' || d[core - 1] == u'S') && (d[core - 2] == u'\'' || d[core - 2] == 0x2019)) {
        core -= 2;
        t.possessive = true;
    }
    t.coreEnd = core;
    t.bareEnd = core > start && d[core - 1] == u'.' ? core - 1 : core;
    if (t.coreEnd > t.start)
        out->push_back(t);
}

#if defined(__SSE2__)
// The first break at or after i, or n. Printable ASCII (0x21 to 0x7E) never
// breaks a word, so eight code units at a time only the others are looked at.
qsizetype nextBreak(const char16_t *d, qsizetype i, qsizetype n)
{
    const __m128i offset = _mm_set1_epi16(0x21);
    const __m128i flip = _mm_set1_epi16(short(0x8000));
    const __m128i lastPrintable = _mm_set1_epi16(short(0x5D ^ 0x8000)); // 0x7E - 0x21, flipped
    while (i + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        // u - 0x21 above 0x5D as unsigned 16-bit numbers: not printable ASCII.
        const __m128i shifted = _mm_xor_si128(_mm_sub_epi16(v, offset), flip);
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpgt_epi16(shifted, lastPrintable)));
        while (mask) {
            const int lane = __builtin_ctz(mask) / 2;
            if (isBreak(d[i + lane]))
                return i + lane;
            mask &= ~(3u << (2 * lane));
        }
        i += 8;
    }
    while (i < n && !isBreak(d[i]))
        ++i;
    return i;
}

// Bit k: d[at + k] breaks a word, for the sixteen units from at. ASCII spaces
// (0x20, 0x09 to 0x0D) from vector compares; units beyond ASCII (rare) asked
// one by one.
inline unsigned breakMask16(const char16_t *d, qsizetype at)
{
    // On the units packed into bytes (unsigned saturation: above 0xFF -> 0xFF,
    // 0x8000 and up -> 0), where only 0x20 and 0x09 to 0x0D themselves give
    // those bytes; beyond ASCII, u >> 7 is not 0, and stays so packed.
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8));
    const __m128i bytes = _mm_packus_epi16(lo, hi);
    const __m128i controls = _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(bytes, _mm_set1_epi8(9)), _mm_set1_epi8(4)), _mm_setzero_si128());
    unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x20)), controls)));
    const __m128i ascii = _mm_cmpeq_epi8(_mm_packus_epi16(_mm_srli_epi16(lo, 7), _mm_srli_epi16(hi, 7)), _mm_setzero_si128());
    for (unsigned w = ~unsigned(_mm_movemask_epi8(ascii)) & 0xFFFF; w; w &= w - 1) {
        const unsigned k = unsigned(__builtin_ctz(w));
        if (isBreak(d[at + k]))
            mask |= 1u << k;
    }
    return mask;
}

// The break mask of the sixteen units from base in d[0, n), n at least 16:
// units past n count as breaks (the last ones are read as the end of the
// sixteen before n, never past it).
inline unsigned breakMaskUpTo16(const char16_t *d, qsizetype base, qsizetype n)
{
    if (base + 16 <= n)
        return breakMask16(d, base);
    if (base >= n)
        return 0xFFFF;
    return (breakMask16(d, n - 16) >> (base + 16 - n)) | ((0xFFFFu << (n - base)) & 0xFFFF);
}
#endif
} // namespace

void actorTokensByCharacter(QStringView text, std::vector<ActorToken> *out)
{
    out->clear();
    const char16_t *d = text.utf16();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && isBreak(d[i]))
            ++i;
        if (i >= n)
            break;
        const int start = i;
        while (i < n && !isBreak(d[i]))
            ++i;
        addWord(d, start, i, out);
    }
}

void actorTokens(QStringView text, std::vector<ActorToken> *out)
{
#if defined(__SSE2__)
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    if (n < 16)
        return actorTokensByCharacter(text, out);
    out->clear();
    // Only the words' starts are visited, from the break mask of their block;
    // most words end within it or the next one.
    unsigned breaks = breakMaskUpTo16(d, 0, n);
    unsigned carry = 0; // the unit before the block is in a word
    for (qsizetype base = 0; base < n; base += 16) {
        const unsigned next = breakMaskUpTo16(d, base + 16, n);
        const unsigned inWord = ~breaks & 0xFFFF;
        unsigned starts = inWord & ~((inWord << 1) | carry);
        carry = (inWord >> 15) & 1;
        const quint32 window = breaks | next << 16;
        for (; starts; starts &= starts - 1) {
            const unsigned bit = unsigned(__builtin_ctz(starts));
            const quint32 ahead = window >> bit;
            // No break in the window (only when base + 32 <= n: units past n are breaks): read on.
            const qsizetype end = ahead ? base + bit + unsigned(__builtin_ctz(ahead)) : nextBreak(d, base + 32, n);
            addWord(d, int(base + bit), int(end), out);
        }
        breaks = next;
    }
#else
    actorTokensByCharacter(text, out);
#endif
}

} // namespace atlas::reaction
