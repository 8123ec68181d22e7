#include "ingest/CaselessSearch.h"

#include "extract/CharScan.h"

#include <QString>

#include <algorithm>

namespace atlas {
namespace {

// A plain line's code unit as the caseless comparison reads it: A-Z lower-cased.
char16_t folded(char16_t u) { return char16_t(u | (char16_t(u - 'A') < 26 ? 0x20 : 0)); }

bool isPlain(QStringView s)
{
#if defined(__SSE2__)
    return isAsciiOrGeneralPunctuation(s.utf16(), 0, s.size());
#else
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 128; });
#endif
}

bool keyAt(const char16_t *d, qsizetype at, QLatin1String key)
{
    qsizetype k = 0;
    while (k < key.size() && folded(d[at + k]) == char16_t(uchar(key.data()[k])))
        ++k;
    return k == key.size();
}

} // namespace

// Qt's caseless search folds every character through the Unicode tables (a
// thousand instructions a line); a line of ASCII and general punctuation (curly
// quotes, dashes: nothing there folds to an ASCII character) needs only its
// letters lower-cased. Other lines are left to Qt, which folds "ſ" to "s" and
// the Kelvin sign to "k".
qsizetype indexOfCaseless(QStringView s, QLatin1String key, qsizetype from)
{
    const qsizetype n = s.size(), m = key.size();
    if (!isPlain(s))
        return s.indexOf(key, from, Qt::CaseInsensitive);
    const char16_t *d = s.utf16();
    for (qsizetype i = std::max<qsizetype>(from, 0); i + m <= n; ++i) {
        if (keyAt(d, i, key))
            return i;
    }
    return -1;
}

unsigned leadingKeys(QStringView line, std::initializer_list<QLatin1String> keys, qsizetype maxStart, char pivot)
{
    qsizetype longest = 0;
    for (QLatin1String key : keys)
        longest = std::max(longest, key.size());
    const QStringView head = line.left(maxStart + 1 + longest);
    unsigned found = 0;
    if (!isPlain(head)) {
        // Each key's own head, as the definition reads it.
        unsigned bit = 1;
        for (QLatin1String key : keys) {
            if (containsCaseless(line.left(maxStart + 1 + key.size()), key))
                found |= bit;
            bit <<= 1;
        }
        return found;
    }
    // Every shorter head of a plain head is plain too, so each key's search is
    // the plain comparison at each start from 0 to maxStart + 1 that leaves room for it.
    const char16_t *d = head.utf16();
    const qsizetype n = head.size();
    const char16_t upper = char16_t(pivot - 'a' + 'A');
    for (qsizetype p = findAnyOf(d, 0, n, {char16_t(pivot), upper}); p < n;
         p = findAnyOf(d, p + 1, n, {char16_t(pivot), upper})) {
        unsigned bit = 1;
        for (QLatin1String key : keys) {
            for (qsizetype j = 0; j < key.size() && !(found & bit); ++j) {
                const qsizetype at = p - j;
                if (key.data()[j] == pivot && at >= 0 && at <= maxStart + 1 && at + key.size() <= n && keyAt(d, at, key))
                    found |= bit;
            }
            bit <<= 1;
        }
    }
    return found;
}

} // namespace atlas
