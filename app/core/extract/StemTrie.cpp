#include "extract/StemTrie.h"

#include <cstring>

namespace atlas {

StemTrie::StemTrie()
{
    Node root;
    std::memset(root.next, 0, sizeof root.next);
    m_nodes.append(root);
}

void StemTrie::add(const char *letters, quint32 bits, bool exact)
{
    {
        int node = 0;
        for (const char *c = letters; *c; ++c) {
            Q_ASSERT(*c >= 'a' && *c <= 'z');
            const int k = *c - 'a';
            if (!m_nodes[node].next[k]) {
                Node n;
                std::memset(n.next, 0, sizeof n.next);
                m_nodes.append(n);
                m_nodes[node].next[k] = qint16(m_nodes.size() - 1);
            }
            node = m_nodes[node].next[k];
        }
        (exact ? m_nodes[node].exactBits : m_nodes[node].prefixBits) |= bits;
    }
}

quint32 StemTrie::word(const QChar *text, int start, int end) const
{
    const Node *nodes = m_nodes.constData();
    quint32 mask = 0;
    int node = 0;
    for (int i = start; i < end; ++i) {
        const ushort c = text[i].unicode();
        const unsigned letter = unsigned((c | 0x20) - 'a');
        if (c >= 128 || letter >= 26)
            return mask;
        node = nodes[node].next[letter];
        if (!node)
            return mask;
        mask |= nodes[node].prefixBits;
    }
    return mask | nodes[node].exactBits;
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

inline quint8 letterKind(ushort c)
{
    if (c < 128)
        return kAscii.index[c];
    if (c >= 0x2000 && c <= 0x206F)
        return 0; // general punctuation: quotes, dashes (common in news text)
    return QChar(c).isLetter() ? kOtherLetter : 0;
}
} // namespace

template <bool Record>
quint32 StemTrie::scanWords(const QChar *text, int start, int end, quint32 record, Starts *starts) const
{
    // One loop over the characters: a word is walked down the trie while it
    // follows a stem, then skipped to its end.
    const Node *nodes = m_nodes.constData();
    quint32 mask = 0;
    int i = start;
    while (i < end) {
        quint8 k = letterKind(text[i].unicode());
        if (!k) {
            ++i;
            continue;
        }
        const int wordStart = i;
        quint32 word = 0;
        int node = 0;
        while (k && k < kOtherLetter) {
            node = nodes[node].next[k - 1];
            if (!node)
                break;
            word |= nodes[node].prefixBits;
            k = ++i < end ? letterKind(text[i].unicode()) : 0;
        }
        if (!k) { // the word ended on a trie node
            word |= nodes[node].exactBits;
        } else {
            // Off the trie: skip the rest of the word.
            while (k) {
                if (k == kOtherLetter)
                    word |= m_nonAsciiBits;
                k = ++i < end ? letterKind(text[i].unicode()) : 0;
            }
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
