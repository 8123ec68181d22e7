#include "extract/AsciiWordTable.h"

#include <algorithm>
#include <cstring>

namespace atlas {
namespace {

// The ASCII lower-case letter a character folds to, or 0 when it folds to none
// (the tables hold letters only, so anything else never matches).
inline char foldedAsciiLetter(char16_t u)
{
    if (u < 128) {
        const char16_t l = u | 0x20;
        return (l >= u'a' && l <= u'z') ? char(l) : char(0);
    }
    if (u == 0x017F)
        return 's';
    if (u == 0x212A)
        return 'k';
    return 0;
}

bool equalFolded(QStringView word, const std::string &lower)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char c = foldedAsciiLetter(word[i].unicode());
        if (c == 0 || c != lower[size_t(i)])
            return false;
    }
    return true;
}

} // namespace

AsciiWordTable::AsciiWordTable(std::initializer_list<const char *> lowerWords)
{
    for (const char *w : lowerWords) {
        const size_t n = std::strlen(w);
        Q_ASSERT(n > 0 && std::all_of(w, w + n, [](char c) { return c >= 'a' && c <= 'z'; }));
        if (n == 0)
            continue;
        const int letter = w[0] - 'a';
        if (n <= size_t(kMaxLength) && letter >= 0 && letter < 26)
            m_buckets[n][letter].emplace_back(w);
        else
            m_long.emplace_back(w);
    }
}

bool AsciiWordTable::contains(QStringView word) const
{
    const qsizetype n = word.size();
    if (n == 0)
        return false;
    if (n <= kMaxLength) {
        const char first = foldedAsciiLetter(word[0].unicode());
        if (first >= 'a' && first <= 'z') {
            for (const std::string &w : m_buckets[n][first - 'a']) {
                if (equalFolded(word, w))
                    return true;
            }
        }
    }
    for (const std::string &w : m_long) {
        if (qsizetype(w.size()) == n && equalFolded(word, w))
            return true;
    }
    return false;
}

} // namespace atlas
