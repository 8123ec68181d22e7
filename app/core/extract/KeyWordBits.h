#pragma once
// Which of a few key words a stretch of text holds, in one pass: a bit each.
//
// Why: the count finder (QuantityParser::countsFrom) tries six patterns over
// the same stretch, each a scan of its own, and each can only match where one
// of its words is ("a salvo of six" needs "salvo", "fired one from" needs
// "fired", "the missile" needs "missile"). Most stretches hold the words of
// one or two of them; one pass tells which patterns cannot match, and their
// scans (a good two thousand cycles each) are skipped.
//
// Exactness: a word here is a whole run of ASCII letters, compared ignoring
// ASCII case, as a caseless pattern's word bounded by non-letters is. PCRE's
// caseless matching also folds U+017F to "s" and U+212A to "k": a text holding
// either has every bit (as WordChecks.h's "maybe"). A bit set says only that
// the pattern may match: the pattern still decides.
#include "extract/AsciiClasses.h"
#include "extract/CharScan.h"

#include <QStringView>
#include <QtGlobal>

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace atlas {

class KeyWordBits {
public:
    // Each word (lower-case ASCII letters) with the bits it sets.
    KeyWordBits(std::initializer_list<std::pair<std::string_view, quint32>> words)
    {
        for (const auto &[word, bits] : words) {
            m_words.push_back({word, bits});
            m_all |= bits;
            if (!word.empty() && word.size() < 32)
                m_lengths[size_t(word[0] - 'a')] |= 1u << word.size();
        }
    }

    // The bits of every key word text holds (all of them when it holds a
    // character PCRE folds to an ASCII letter).
    quint32 in(QStringView text) const
    {
        const char16_t *d = text.utf16();
        quint32 found = 0;
        const bool folded = forEachAsciiLetterRun(d, text.size(), [&](qsizetype i, qsizetype len) {
            // (Most runs are no key word's length for their first letter: no compare.)
            if (len < 32 && (m_lengths[size_t((d[i] | 0x20) - 'a')] >> len & 1))
                found |= lookUp(d + i, len);
            return false;
        });
        if (folded)
            return m_all;
        return found;
    }

private:
    quint32 lookUp(const char16_t *d, qsizetype len) const
    {
        quint32 bits = 0;
        for (const Word &w : m_words) {
            if (qsizetype(w.text.size()) != len)
                continue;
            qsizetype k = 0;
            while (k < len && char16_t(d[k] | 0x20) == char16_t(w.text[size_t(k)]))
                ++k;
            if (k == len)
                bits |= w.bits;
        }
        return bits;
    }

    struct Word {
        std::string_view text;
        quint32 bits;
    };
    std::vector<Word> m_words;
    quint32 m_all = 0;
    quint32 m_lengths[26] = {}; // per first letter: bit L for each length L of its words
};

} // namespace atlas
