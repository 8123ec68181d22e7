#include "extract/reaction/StatementDocument.h"

#include "extract/CharScan.h"
#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"

#include <QLatin1StringView>

#include <algorithm>

namespace atlas::reaction {

bool isStatementHeading(QStringView line)
{
    // The line opens with the marker ("Statement by Minister Joly on ...", "Press
    // release", "Joint Statement", "Media release"), or ends with it ("03.12.2025 -
    // Press release", "UK condemns ...: Foreign Secretary statement"), or names the
    // statement's maker ("Foreign Ministry Spokesperson's Statement on ...").
    static const ReaderPattern opens = ci(
        "^[\\s\\W]*(?:(?:joint\\s+|press\\s+|official\\s+)?statement\\b|press\\s+releases?\\b|media\\s+release\\b"
        "|communiqu[eé]\\b|nota\\s+(?:à|a)\\s+imprensa\\b|comunicado\\b|déclaration\\b)");
    // (Closing only after a separator: "Japan protests launch in strong statement"
    // is a news headline.)
    static const ReaderPattern closes = ci(
        "[-\u2013\u2014:|]\\s*(?:[\\w'\u2019.]+\\s+){0,4}(?:statement|press\\s+release|media\\s+release)\\s*$");
    // (Capitalised, as in a title: prose says "in a statement by the ministry".)
    static const ReaderPattern makers{QRegularExpression(QStringLiteral("['\u2019]s\\s+Statement\\s+on\\b|\\bStatement\\s+(?:by|of)\\s+the\\b"))};
    return opens.match(line).hasMatch() || closes.match(line).hasMatch() || makers.match(line).hasMatch();
}

namespace {

// A code unit as a caseless match compares it with an ASCII letter: A-Z
// lower-cased, and "ſ" (U+017F), whose case folds to "s". No other unit folds
// to a letter of the keys below (tst_statementdocument asks PCRE of every unit).
char16_t foldedForKeys(char16_t u)
{
    return u == 0x017F ? char16_t(u's') : char16_t(u | (char16_t(u - 'A') < 26 ? 0x20 : 0));
}

// The ASCII letters every alternative of the heading patterns holds: "statement"
// (also "Statement" of the makers), "release", "communiqu[eé]", "comunicado",
// "nota à imprensa", "déclaration". Each holds an "m" or an "l", letters no unit
// beyond ASCII folds to: a line is compared only around those.
struct HeadingKey {
    QLatin1StringView word;
    qsizetype pivot; // where its "m" or "l" is
};
constexpr HeadingKey kHeadingKeys[] = {{QLatin1StringView("statement"), 5}, {QLatin1StringView("communiqu"), 2},
                                       {QLatin1StringView("comunicado"), 2}, {QLatin1StringView("imprensa"), 1},
                                       {QLatin1StringView("release"), 2},    {QLatin1StringView("claration"), 1}};

bool keyAt(const char16_t *d, qsizetype n, qsizetype at, QLatin1StringView key)
{
    if (at < 0 || at + key.size() > n)
        return false;
    for (qsizetype k = 0; k < key.size(); ++k) {
        if (foldedForKeys(d[at + k]) != char16_t(key[k].unicode()))
            return false;
    }
    return true;
}

} // namespace

bool mayBeStatementHeading(QStringView line)
{
    const char16_t *d = line.utf16();
    const qsizetype n = line.size();
    for (qsizetype p = findAnyOf(d, 0, n, {u'm', u'l', u'M', u'L'}); p < n; p = findAnyOf(d, p + 1, n, {u'm', u'l', u'M', u'L'})) {
        const char16_t pivot = char16_t(d[p] | 0x20);
        for (const HeadingKey &key : kHeadingKeys) {
            if (key.word[key.pivot].unicode() == pivot && keyAt(d, n, p - key.pivot, key.word))
                return true;
        }
    }
    return false;
}

bool isStatementDocument(QStringView text)
{
    return anyHeadLine(text, 12, 1200, [](QStringView line) {
        // (A line of more than 200 characters is prose, not a heading.)
        return line.size() <= 200 && mayBeStatementHeading(line) && isStatementHeading(line);
    });
}

} // namespace atlas::reaction
