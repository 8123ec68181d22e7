#pragma once
// Case-insensitive searches for lower-case ASCII keys in a line, as the
// publication-date detector makes them on every line of an article: fast where
// the text is plain (ASCII and general punctuation), Qt's caseless search
// elsewhere.
#include <QLatin1String>
#include <QStringView>

#include <initializer_list>

namespace atlas {

// Where s holds the lower-case ASCII key from `from` on, in any case, as
// s.indexOf(key, from, Qt::CaseInsensitive) answers.
qsizetype indexOfCaseless(QStringView s, QLatin1String key, qsizetype from = 0);

inline bool containsCaseless(QStringView s, QLatin1String key) { return indexOfCaseless(s, key) >= 0; }

// Bit k set when keys[k] starts at one of the first maxStart + 2 places of
// line (a key may leave out a keyword's first letter): what containsCaseless(line.left(maxStart + 1 + keys[k].size()), keys[k])
// answers for each key (at most 32). `pivot`, a lower-case letter every key
// holds, is what a plain line is searched for: only the places around a pivot
// (either case) are compared.
unsigned leadingKeys(QStringView line, std::initializer_list<QLatin1String> keys, qsizetype maxStart, char pivot);

} // namespace atlas
