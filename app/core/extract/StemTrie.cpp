#include "extract/StemTrie.h"

#include "extract/CharScan.h"

#include <QtCore/qalgorithms.h>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {

StemTrie::StemTrie()
{
    m_next.fill(0, kStride); // the root
    m_prefixBits.append(0);
    m_exactBits.append(0);
    m_twoSteps.resize(26 * kSecondStride);
}

void StemTrie::add(const char *letters, quint32 bits, bool exact)
{
    int node = 0;
    for (const char *c = letters; *c; ++c) {
        Q_ASSERT(*c >= 'a' && *c <= 'z');
        const int k = *c - 'a';
        if (!m_next[node * kStride + k]) {
            const int added = int(m_prefixBits.size());
            m_next.resize(m_next.size() + kStride, 0);
            m_prefixBits.append(0);
            m_exactBits.append(0);
            m_next[node * kStride + k] = qint16(added);
        }
        node = m_next[node * kStride + k];
    }
    (exact ? m_exactBits[node] : m_prefixBits[node]) |= bits;
    if (*letters) // an empty stem marks the root; no first letter's steps to remake
        remakeTwoSteps(letters[0] - 'a');
}

void StemTrie::remakeTwoSteps(int first)
{
    const int one = m_next[first];
    for (int second = 0; second <= 26; ++second) {
        TwoSteps &step = m_twoSteps[first * kSecondStride + second];
        step = TwoSteps();
        if (!one)
            continue; // off the trie at the first letter
        if (!second) {
            step.bits = m_prefixBits[one] | m_exactBits[one]; // a word of one letter
            continue;
        }
        const int two = m_next[one * kStride + second - 1];
        step.bits = m_prefixBits[one] | (two ? m_prefixBits[two] : 0);
        step.node = qint16(two);
        if (two) {
            step.third = m_exactBits[two] ? 1u : 0u;
            for (int k = 0; k < 26; ++k)
                step.third |= m_next[two * kStride + k] ? 2u << k : 0u;
        }
    }
}

quint32 StemTrie::word(const QChar *text, int start, int end) const
{
    quint32 mask = 0;
    int node = 0;
    for (int i = start; i < end; ++i) {
        const ushort c = text[i].unicode();
        const unsigned letter = unsigned((c | 0x20) - 'a');
        if (c >= 128 || letter >= 26)
            return mask;
        node = m_next[node * kStride + int(letter)];
        if (!node)
            return mask;
        mask |= m_prefixBits[node];
    }
    return mask | m_exactBits[node];
}

namespace {
// 1..26 for an ASCII letter (its index + 1), 0 for any other ASCII character.
struct AsciiLetters {
    quint8 index[128] = {};
    constexpr AsciiLetters()
    {
        for (int c = 'a'; c <= 'z'; ++c) {
            index[c] = quint8(c - 'a' + 1);
            index[c - 32] = quint8(c - 'a' + 1);
        }
    }
};
constexpr AsciiLetters kAscii;
constexpr quint8 kOtherLetter = 27; // a letter outside ASCII

// Four UTF-16 code units in a 64-bit word: ASCII letters are told in one go. A
// lane of c | 0x20 is a lower-case letter exactly when it lies in 'a'..'z';
// adding 0x8000 - 'a' (and 0x8000 - 'z' - 1) sets the lane's top bit when it is
// at least 'a' (after 'z'), without carries, since ASCII lanes are below 0x80.
constexpr quint64 kNonAsciiLanes = 0xFF80FF80FF80FF80ULL;
constexpr quint64 kLowerCaseLanes = 0x0020002000200020ULL;
constexpr quint64 kAtLeastA = 0x7F9F7F9F7F9F7F9FULL;
constexpr quint64 kAfterZ = 0x7F857F857F857F85ULL;
constexpr quint64 kTopBits = 0x8000800080008000ULL;

inline quint8 letterKind(ushort c)
{
    if (c < 128)
        return kAscii.index[c];
    if (c >= 0x2000 && c <= 0x206F)
        return 0; // general punctuation: quotes, dashes (common in news text)
    return QChar(c).isLetter() ? kOtherLetter : 0;
}
} // namespace

#if defined(__SSE2__)

namespace {
// The sixteen code units from d[at]: bit k of *letters set when d[at + k] is an
// ASCII letter; returned, the bits of those that are neither ASCII nor general
// punctuation (U+2000-U+206F), which make a text not plain.
inline unsigned blockMasks(const char16_t *d, qsizetype at, unsigned *letters)
{
    const __m128i lowerCase = _mm_set1_epi16(0x20), a = _mm_set1_epi16(u'a');
    const __m128i minusOne = _mm_set1_epi16(-1), twentySix = _mm_set1_epi16(26);
    const __m128i flip = _mm_set1_epi16(short(0x8000)); // unsigned order as signed
    const __m128i asciiEnd = _mm_set1_epi16(short(0x0080 ^ 0x8000));
    const __m128i punctStart = _mm_set1_epi16(0x2000), punctSpan = _mm_set1_epi16(short(0x0070 ^ 0x8000));
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8));
    auto letter = [&](const __m128i v) {
        const __m128i x = _mm_sub_epi16(_mm_or_si128(v, lowerCase), a);
        return _mm_and_si128(_mm_cmpgt_epi16(x, minusOne), _mm_cmplt_epi16(x, twentySix));
    };
    auto plain = [&](const __m128i v) {
        return _mm_or_si128(_mm_cmplt_epi16(_mm_xor_si128(v, flip), asciiEnd),
                            _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(v, punctStart), flip), punctSpan));
    };
    *letters = unsigned(_mm_movemask_epi8(_mm_packs_epi16(letter(lo), letter(hi))));
    return ~unsigned(_mm_movemask_epi8(_mm_packs_epi16(plain(lo), plain(hi)))) & 0xFFFF;
}
} // namespace

template <bool Record>
bool StemTrie::scanPlainWords(const char16_t *d, int start, int end, quint32 record, Starts *starts, quint32 subset,
                              Starts *subsetStarts, quint32 *bits) const
{
    // Word starts come from a bit mask of letters, sixteen characters a step;
    // each word is walked down the trie from its start while it follows a stem.
    // The rest of a word, the spaces and the punctuation are never visited one
    // by one, which was most of the scalar loop's work. The same masks tell
    // whether the text is plain (ASCII and general punctuation only: then a
    // letter is exactly an ASCII letter); at the first block that is not, the
    // scan gives up (false) and the caller reads the text the general way.
    const qint16 *next = m_next.constData();
    const quint32 *prefixBits = m_prefixBits.constData();
    const quint32 *exactBits = m_exactBits.constData();
    const TwoSteps *twoSteps = m_twoSteps.constData();
    quint32 mask = 0;
    unsigned carry = 0; // the code unit before the block is a letter (none before start counts)
    for (int base = start; base < end; base += 16) {
        const int n = end - base;
        unsigned letters = 0, other = 0;
        if (n >= 16) {
            other = blockMasks(d, base, &letters);
        } else if (end >= 16) {
            // The last, short block: the sixteen code units ending at `end` (all of
            // them the text's), shifted down to the block's own.
            other = blockMasks(d, end - 16, &letters) >> (16 - n);
            letters >>= 16 - n;
        } else {
            for (int k = 0; k < n; ++k) {
                const char16_t c = d[base + k];
                letters |= unsigned(c < 128 && unsigned((c | 0x20) - u'a') < 26) << k;
                other |= unsigned(c >= 128 && (c < 0x2000 || c >= 0x2070)) << k;
            }
        }
        if (other)
            return false;
        unsigned wordStarts = letters & ~((letters << 1) | carry);
        carry = (letters >> 15) & 1;
        while (wordStarts) {
            const int p = base + int(qCountTrailingZeroBits(wordStarts));
            wordStarts &= wordStarts - 1;
            // The first two letters in one step (m_twoSteps), then one letter a step.
            const unsigned first = kAscii.index[d[p]]; // a letter (so ASCII): 1..26
            const unsigned second = p + 1 < end && d[p + 1] < 128 ? kAscii.index[d[p + 1]] : 0;
            const TwoSteps &two = twoSteps[(first - 1) * kSecondStride + second];
            quint32 word = two.bits;
            const unsigned third = p + 2 < end && d[p + 2] < 128 ? kAscii.index[d[p + 2]] : 0;
            int node = two.third >> third & 1 ? two.node : 0; // 0: done after two steps
            int q = p + 2;
            if (node && third) { // the third step, known by the mask to stay on the trie
                node = next[node * kStride + int(third) - 1];
                word |= prefixBits[node];
                ++q;
            }
            for (; node; ++q) {
                unsigned k;
                if (q == end || d[q] >= 128 || !(k = kAscii.index[d[q]])) {
                    word |= exactBits[node]; // the word ended on a trie node
                    break;
                }
                node = next[node * kStride + int(k) - 1];
                word |= prefixBits[node]; // node 0 (off the trie) has no bits
            }
            mask |= word;
            if constexpr (Record) {
                if (word & record) {
                    starts->append(p);
                    if (word & subset)
                        subsetStarts->append(p);
                }
            }
        }
    }
    *bits = mask;
    return true;
}
#endif

template <bool Record>
quint32 StemTrie::scanWords(const QChar *text, int start, int end, quint32 record, Starts *starts, quint32 subset,
                            Starts *subsetStarts) const
{
#if defined(__SSE2__)
    {
        const qsizetype recorded = Record ? starts->size() : 0;
        const qsizetype subsetRecorded = Record && subset ? subsetStarts->size() : 0;
        quint32 bits = 0;
        if (scanPlainWords<Record>(reinterpret_cast<const char16_t *>(text), start, end, record, starts, subset, subsetStarts, &bits))
            return bits;
        if constexpr (Record) {
            starts->resize(recorded); // not plain: read again below
            if (subset)
                subsetStarts->resize(subsetRecorded);
        }
    }
#endif
    // One loop over the characters: a word is walked down the trie while it
    // follows a stem, then skipped to its end. ASCII characters (nearly all) are
    // classified by one table look-up; only others ask QChar.
    const qint16 *next = m_next.constData();
    const quint32 *prefixBits = m_prefixBits.constData();
    const char16_t *d = reinterpret_cast<const char16_t *>(text);
    quint32 mask = 0;
    int i = start;
    while (i < end) {
        char16_t c = d[i];
        quint8 k = c < 128 ? kAscii.index[c] : letterKind(c);
        if (!k) {
            ++i;
            continue;
        }
        const int wordStart = i;
        quint32 word = 0;
        int node = 0;
        while (k < kOtherLetter) {
            node = next[node * kStride + k - 1];
            if (!node)
                break;
            word |= prefixBits[node];
            if (++i == end) {
                k = 0;
                break;
            }
            c = d[i];
            k = c < 128 ? kAscii.index[c] : letterKind(c);
            if (!k)
                break;
        }
        if (!k) { // the word ended on a trie node
            word |= m_exactBits.at(node);
        } else {
            // Off the trie: skip the rest of the word, from d[i] (a letter) on,
            // four ASCII letters at a time where it can.
            bool other = false;
            while (i < end) {
                if (i + 4 <= end) {
                    quint64 v;
                    std::memcpy(&v, d + i, sizeof v);
                    if (!(v & kNonAsciiLanes)) {
                        const quint64 lower = v | kLowerCaseLanes;
                        const quint64 letters = (lower + kAtLeastA) & ~(lower + kAfterZ) & kTopBits;
                        if (letters == kTopBits) {
                            i += 4;
                            continue;
                        }
                        i += int(qCountTrailingZeroBits(~letters & kTopBits) >> 4); // the first lane that is no letter
                        break;
                    }
                }
                const char16_t ch = d[i];
                if (ch < 128) {
                    if (!kAscii.index[ch])
                        break;
                } else if (letterKind(ch)) {
                    other = true;
                } else {
                    break;
                }
                ++i;
            }
            if (other)
                word |= m_nonAsciiBits;
        }
        mask |= word;
        if constexpr (Record) {
            if (word & record) {
                starts->append(wordStart);
                if (word & subset)
                    subsetStarts->append(wordStart);
            }
        }
    }
    return mask;
}

quint32 StemTrie::scan(const QChar *text, int start, int end) const
{
    return scanWords<false>(text, start, end, 0, nullptr, 0, nullptr);
}

quint32 StemTrie::scan(const QChar *text, int start, int end, quint32 record, Starts *starts) const
{
    return scanWords<true>(text, start, end, record, starts, 0, nullptr);
}

quint32 StemTrie::scan(const QChar *text, int start, int end, quint32 record, Starts *starts, quint32 subset,
                       Starts *subsetStarts) const
{
    return scanWords<true>(text, start, end, record, starts, subset, subsetStarts);
}

} // namespace atlas
