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

template <bool Record>
quint32 StemTrie::scanPlainWords(const char16_t *d, int start, int end, quint32 record, Starts *starts) const
{
    // Word starts come from a bit mask of letters, sixteen characters a step;
    // each word is walked down the trie from its start while it follows a stem.
    // The rest of a word, the spaces and the punctuation are never visited one
    // by one, which was most of the scalar loop's work.
    const qint16 *next = m_next.constData();
    const quint32 *prefixBits = m_prefixBits.constData();
    const quint32 *exactBits = m_exactBits.constData();
    const TwoSteps *twoSteps = m_twoSteps.constData();
    quint32 mask = 0;
    forEachAsciiWordStart(d, start, end, [&](qsizetype at, unsigned, unsigned, qsizetype) {
        const int p = int(at);
        // The first two letters in one step (m_twoSteps), then one letter a step.
        const unsigned first = kAscii.index[d[p]]; // a letter (so ASCII): 1..26
        const unsigned second = p + 1 < end && d[p + 1] < 128 ? kAscii.index[d[p + 1]] : 0;
        const TwoSteps &two = twoSteps[(first - 1) * kSecondStride + second];
        quint32 word = two.bits;
        int node = two.node;
        for (int q = p + 2; node; ++q) {
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
            if (word & record)
                starts->append(p);
        }
        return true;
    });
    return mask;
}
#endif

template <bool Record>
quint32 StemTrie::scanWords(const QChar *text, int start, int end, quint32 record, Starts *starts) const
{
#if defined(__SSE2__)
    if (isAsciiOrGeneralPunctuation(reinterpret_cast<const char16_t *>(text), start, end))
        return scanPlainWords<Record>(reinterpret_cast<const char16_t *>(text), start, end, record, starts);
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
            if (word & record)
                starts->append(wordStart);
        }
    }
    return mask;
}

quint32 StemTrie::scan(const QChar *text, int start, int end) const
{
    return scanWords<false>(text, start, end, 0, nullptr);
}

quint32 StemTrie::scan(const QChar *text, int start, int end, quint32 record, Starts *starts) const
{
    return scanWords<true>(text, start, end, record, starts);
}

} // namespace atlas
