#pragma once
// Where GatedRegex::firstMatch needs to look at all: the positions of a
// subject, sixteen at a time, at which a pattern's match might start.
//
// Why: nearly every gated pattern starts at a word start ("(?<![\w-])fired",
// "\bKCNA\b"), so the positions inside a word are certain misses. firstMatch
// used to visit each position, and skip the rest of a word with a search of
// its own for every word: two trips round the loop a word, most of its work.
// Here one mask of word characters per sixteen code units gives the positions
// right after a word character at once, and only the others are visited.
//
// Exactness: a position is left out only when the code unit before it is an
// ASCII word character ([A-Za-z0-9_], PCRE's \w without Unicode properties),
// it is itself ASCII, and it is none of the (case-folded) code units that the
// pattern may start with right after a word character. Those are exactly the
// positions GatedRegex's first-character table answers "cannot start" for,
// so firstMatch tries the same positions in the same order as before.
#include <QtGlobal>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {

// The ASCII word characters of PCRE's \w without Unicode properties.
inline bool isAsciiWordUnit(char16_t c)
{
    const char16_t lower = c | 0x20;
    return c < 128 && ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9') || c == '_');
}

// What a pattern may start with right after an ASCII word character.
struct StartsAfterWord {
    enum Kind : quint8 { Nothing, Some, Anything };
    Kind kind = Anything;
    // Some: each ASCII code unit c it may start with there, as c | 0x20 (so 'L'
    // and 'l' are both 'l'; a few other characters share a value too, which
    // only adds positions to judge). More than fifteen: Anything.
    static constexpr int kMaxFolded = 15;
    char16_t folded[kMaxFolded] = {};
    int count = 0;

    // Packed in two words (for a lock-free cache): the kind and the first seven,
    // then the other eight. A head of 0 means "not known yet".
    struct Packed {
        quint64 head = 0, rest = 0;
    };
    Packed pack() const
    {
        Packed p;
        p.head = quint64(kind) + 1;
        for (int i = 0; i < count; ++i) {
            if (i < 7)
                p.head |= quint64(folded[i]) << (8 * (i + 1));
            else
                p.rest |= quint64(folded[i]) << (8 * (i - 7));
        }
        return p;
    }
};

class CandidateStarts {
public:
    explicit CandidateStarts(StartsAfterWord::Packed packed) : m_kind(StartsAfterWord::Kind((packed.head & 0xFF) - 1))
    {
        // Folded values are never 0 (c | 0x20 >= 0x20): the first 0 byte ends the list.
        for (quint64 w = packed.head >> 8; w; w >>= 8)
            add(char16_t(w & 0xFF));
        for (quint64 w = packed.rest; w; w >>= 8)
            add(char16_t(w & 0xFF));
    }

    // Bit k set when d[base + k] (before `to`) may start a match. *afterWord
    // says whether d[base - 1] is an ASCII word character; it is left saying
    // the same of d[base + 15] for the next block.
    unsigned in(const char16_t *d, int base, int to, unsigned *afterWord) const
    {
        const int n = std::min(16, to - base);
        unsigned word = 0, wide = 0, first = 0;
#if defined(__SSE2__)
        // A short last block is read as the sixteen code units ending at `to`
        // (all of them the subject's, when it has sixteen), then shifted down.
        if (n == 16 || to >= 16) {
            const int at = n == 16 ? base : to - 16;
            const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
            const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8));
            // The sixteen units in one register of bytes: whether each is outside
            // ASCII (its bits from 7 up, saturated to a byte), and its low seven bits
            // (which only matter where it is ASCII) to classify.
            const __m128i high = _mm_packus_epi16(_mm_srli_epi16(lo, 7), _mm_srli_epi16(hi, 7));
            const __m128i low7 = _mm_set1_epi16(0x7F);
            const __m128i ascii = _mm_packus_epi16(_mm_and_si128(lo, low7), _mm_and_si128(hi, low7));
            wide = ~unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(high, _mm_setzero_si128()))) & 0xFFFF;
            const __m128i folded = _mm_or_si128(ascii, _mm_set1_epi8(0x20));
            word = (unsigned(_mm_movemask_epi8(wordBytes(ascii, folded))) & ~wide) >> (16 - n);
            wide >>= 16 - n;
            if (m_kind == StartsAfterWord::Some)
                first = unsigned(_mm_movemask_epi8(firstBytes(folded))) >> (16 - n);
        } else
#endif
        {
            for (int k = 0; k < n; ++k) {
                const char16_t c = d[base + k];
                word |= unsigned(isAsciiWordUnit(c)) << k;
                wide |= unsigned(c >= 128) << k;
                if (m_kind == StartsAfterWord::Some && c < 128)
                    first |= unsigned(std::find(m_folded, m_folded + m_count, char16_t(c | 0x20)) != m_folded + m_count) << k;
            }
        }
        if (m_kind == StartsAfterWord::Anything)
            first = 0xFFFF;
        const unsigned afterWordHere = (word << 1) | *afterWord;
        *afterWord = (word >> 15) & 1;
        const unsigned inRange = n == 16 ? 0xFFFFu : (1u << n) - 1;
        return (~afterWordHere | wide | first) & inRange;
    }

private:
    void add(char16_t folded)
    {
        m_folded[m_count] = folded;
#if defined(__SSE2__)
        m_wanted[m_count] = _mm_set1_epi8(char(folded));
#endif
        ++m_count;
    }
#if defined(__SSE2__)
    // Byte lanes of ASCII code units: a lane is in 'a'..'z' (say) exactly when
    // adding 0x80 - 'a' puts it, as a signed byte, below -128 + 26.
    static __m128i inRange(__m128i bytes, char first, int size)
    {
        return _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(char(0x80 - first))), _mm_set1_epi8(char(-128 + size)));
    }
    static __m128i wordBytes(__m128i ascii, __m128i folded)
    {
        return _mm_or_si128(_mm_or_si128(inRange(folded, 'a', 26), inRange(ascii, '0', 10)),
                            _mm_cmpeq_epi8(ascii, _mm_set1_epi8('_')));
    }
    __m128i firstBytes(__m128i folded) const
    {
        __m128i hit = _mm_setzero_si128();
        for (int i = 0; i < m_count; ++i)
            hit = _mm_or_si128(hit, _mm_cmpeq_epi8(folded, m_wanted[i]));
        return hit;
    }
    __m128i m_wanted[StartsAfterWord::kMaxFolded];
#endif
    StartsAfterWord::Kind m_kind;
    int m_count = 0;
    char16_t m_folded[StartsAfterWord::kMaxFolded] = {};
};

} // namespace atlas
