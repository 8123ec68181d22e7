#pragma once
// The tables the stance-word scans (StanceWords.cpp) look words up in, built
// once from the stance patterns' words (StanceWordTables.cpp): the gate keys,
// the stems a pattern may start with, and one byte per three first letters
// saying whether either may begin there. Internal to the reaction reader.
#include "extract/AsciiClasses.h"
#include "extract/reaction/StanceWords.h"

#include <QVector>
#include <array>
#include <bitset>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas::reaction::stancewords {

// Open addressing over packed keys (never 0: a key has at least two letters).
class GateTable {
public:
    void add(quint32 key, quint32 bits)
    {
        quint32 i = slot(key);
        while (m_keys[i] && m_keys[i] != key)
            i = (i + 1) & kMask;
        m_keys[i] = key;
        m_bits[i] |= bits;
        // A key that starts with three letters marks them as a possible beginning.
        const int c0 = int(key & 0xFF) - 'a', c1 = int((key >> 8) & 0xFF) - 'a', c2 = int((key >> 16) & 0xFF) - 'a';
        if (c0 >= 0 && c0 < 26 && c1 >= 0 && c1 < 26 && c2 >= 0 && c2 < 26)
            m_threeLetters[size_t(threeLetterIndex(c0, c1, c2))] = true;
    }
    // False when no key begins with these three lower-case ASCII letters: a word
    // that begins with them opens no gate, whatever follows.
    bool mayBeginKey(int index) const { return m_threeLetters[size_t(index)]; }
    // The index of a word's first three letters (0 to 25 each) in the tables
    // of both passes: (c0 * 26 + c1) * 27 + c2 + 1; 0 in the last place is a
    // word of two letters.
    static int threeLetterIndex(int c0, int c1, int c2) { return (c0 * 26 + c1) * 27 + c2 + 1; }
    quint32 find(quint32 key) const
    {
        for (quint32 i = slot(key);; i = (i + 1) & kMask) {
            if (m_keys[i] == key)
                return m_bits[i];
            if (!m_keys[i])
                return 0;
        }
    }

private:
    static constexpr quint32 kSize = 512; // about 140 keys: mostly empty slots, short probes
    static constexpr quint32 kMask = kSize - 1;
    static quint32 slot(quint32 key) { return (key * 2654435761u) >> 23; }
    std::array<quint32, kSize> m_keys{};
    std::array<quint32, kSize> m_bits{};
    std::bitset<26 * 26 * 27> m_threeLetters; // a bit each: the table stays small in the cache
};

const GateTable &gateTable();

// The stems a pattern's match can begin with. "exact": the pattern wants a
// space or a word boundary right after, so the word must be the stem itself.
struct Stem {
    char text[16];
    int len;
    bool exact;
    unsigned longerBy; // how much longer than the stem a word may be: 0 (exact) or any
    quint32 bits;     // the start groups this stem begins
    quint32 needBits; // the start groups that need this (exact) word further on
    // text as bytes in two words, little-endian (text[0] lowest), and the bytes
    // of its len letters in each (all sixteen for a stem longer than fifteen,
    // whose sixteenth byte, 0, then equals no letter): see lookupPacked.
    quint64 packed[2];
    quint64 mask[2];
};

// A word's first sixteen units, lower-cased ASCII, one byte each, as
// Stem::packed lays a stem out (lookupPacked). Units past the word are
// whatever the text holds there: a stem is compared only with a word at least
// as long. d[0, 16) must be readable.
#if defined(__SSE2__)
inline void packLower16(const char16_t *d, quint64 *w)
{
    const __m128i lower = _mm_set1_epi16(0x20);
    const __m128i lo = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d)), lower);
    const __m128i hi = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + 8)), lower);
    const __m128i bytes = _mm_packus_epi16(lo, hi);
    w[0] = quint64(_mm_cvtsi128_si64(bytes));
    w[1] = quint64(_mm_cvtsi128_si64(_mm_unpackhi_epi64(bytes, bytes)));
}
#endif

class StartTable {
public:
    StartTable();

    // bits of every stem the ASCII letters d[0, len) begin with, ignoring case
    // (the word is exactly `len` letters long); *needs gets the groups that need it.
    quint32 lookup(const char16_t *d, int len, quint32 *needs) const
    {
        if (len < 2)
            return 0;
        const int b = (((d[0] | 0x20) - 'a') * 26 + ((d[1] | 0x20) - 'a')) * 27 + (len > 2 ? ((d[2] | 0x20) - 'a') + 1 : 0);
        return lookupIn(b, d, len, needs);
    }
    // Whether bucket b (GateTable::threeLetterIndex) holds any stem at all.
    bool anyIn(int b) const { return m_first[size_t(b) + 1] != m_first[size_t(b)]; }
    // The same as lookup(), b being the bucket of the word's first letters.
    quint32 lookupIn(int b, const char16_t *d, int len, quint32 *needs) const
    {
        const int count = m_first[size_t(b) + 1] - m_first[size_t(b)];
        if (!count)
            return 0;
        quint32 bits = 0;
        const Stem *s = m_stems.constData() + m_first[b];
        for (int k = 0; k < count; ++k, ++s) {
            if (s->exact ? len != s->len : len < s->len)
                continue;
            int c = 2; // the bucket says the first two letters agree (and the third, if any)
            while (c < s->len && char(d[c] | 0x20) == s->text[c])
                ++c;
            if (c == s->len) {
                bits |= s->bits;
                *needs |= s->needBits;
            }
        }
        return bits;
    }

    // The same as lookupIn, the word's first sixteen letters packed by
    // packLower16: two masked compares a stem instead of a loop over its letters.
    quint32 lookupPacked(int b, const quint64 *w, int len, quint32 *needs) const
    {
        quint32 bits = 0;
        const Stem *s = m_stems.constData() + m_first[size_t(b)];
        const Stem *end = m_stems.constData() + m_first[size_t(b) + 1];
        // Each stem's answer as a mask, without a branch on it: whether a word
        // matches a stem is what the processor cannot foretell.
        quint32 needBits = 0;
        for (; s != end; ++s) {
            const bool longEnough = unsigned(len - s->len) <= s->longerBy;
            const quint64 differ = ((w[0] ^ s->packed[0]) & s->mask[0]) | ((w[1] ^ s->packed[1]) & s->mask[1]);
            const quint32 take = 0u - quint32(longEnough & (differ == 0));
            bits |= s->bits & take;
            needBits |= s->needBits & take;
        }
        *needs |= needBits;
        return bits;
    }
    // lookup() of a word of two ASCII letters (c0, c1: 0 to 25), from a table:
    // every stem of such a word's bucket has two letters, so all of them match.
    quint32 lookupTwo(int c0, int c1, quint32 *needs) const
    {
        const TwoLetters &t = m_two[size_t(c0 * 26 + c1)];
        *needs |= t.needBits;
        return t.bits;
    }

private:
    static constexpr int kBuckets = 26 * 26 * 27;
    struct TwoLetters {
        quint32 bits = 0;
        quint32 needBits = 0;
    };
    std::array<TwoLetters, 26 * 26> m_two{};
    void add(quint32 bits, bool exact, const char *stems, quint32 needBits = 0);

public:
    quint32 m_needNothing = 0; // groups with no needed words
private:
    QVector<Stem> m_stems;
    std::array<quint16, kBuckets + 1> m_first; // bucket b: stems [m_first[b], m_first[b + 1])
};

const StartTable &startTable();

// What the first three letters of a word (GateTable::threeLetterIndex) say, one
// byte per bucket: whether a stem may start the word (StartTable::anyIn), and
// whether a gate key may begin with them (GateTable::mayBeginKey). The scan asks
// both of every word of three letters or more; one load answers.
enum WordBucket : quint8 { kMayStart = 1, kMayBeginKey = 2 };
const std::array<quint8, 26 * 26 * 27> &wordBuckets();
// The same bytes by the letters' low five bits (1 to 26 in either case), for a
// word of three ASCII letters or more: (c0 & 31) << 10 | (c1 & 31) << 5 | (c2 & 31),
// three masks and two shifts where the bucket's index takes two products.
const std::array<quint8, 32 * 32 * 32> &wordBucketsByLowBits();
inline int lowBitsIndex(const char16_t *d) { return (d[0] & 31) << 10 | (d[1] & 31) << 5 | (d[2] & 31); }

} // namespace atlas::reaction::stancewords
