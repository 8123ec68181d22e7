#include "ingest/EraStamps.h"

#include "extract/CharScan.h"

namespace atlas {
namespace {

// Reads up to `maxDigits` ASCII digits at i; -1 when there is none.
int readNumber(QStringView s, int &i, int maxDigits)
{
    int v = 0, n = 0;
    while (i < s.size() && n < maxDigits && s[i].unicode() >= u'0' && s[i].unicode() <= u'9') {
        v = v * 10 + (s[i].unicode() - u'0');
        ++i;
        ++n;
    }
    return n > 0 && !(i < s.size() && s[i].isDigit()) ? v : -1;
}

// "7.12.13" or "7/12/13" after the era's mark: year, month and day with one separator.
QDate romanEraDate(QStringView s, int i, int base, int *end)
{
    const int year = readNumber(s, i, 2);
    if (year < 1 || i >= s.size() || (s[i] != u'.' && s[i] != u'/'))
        return {};
    const QChar sep = s[i++];
    const int month = readNumber(s, i, 2);
    if (month < 1 || i >= s.size() || s[i] != sep)
        return {};
    ++i;
    const int day = readNumber(s, i, 2);
    if (day < 1)
        return {};
    if (i < s.size() && s[i] == sep && i + 1 < s.size() && s[i + 1].isDigit())
        return {}; // "R7.12.13.4": a version number, not a date
    const QDate d(base + year, month, day);
    if (d.isValid())
        *end = i;
    return d;
}

// "令和7年1月14日": the era's name, then year 年, month 月, day 日.
QDate kanjiEraDate(QStringView s, int i, int base, int *end)
{
    const int year = readNumber(s, i, 2);
    if (year < 1 || i >= s.size() || s[i] != QChar(0x5E74))
        return {};
    ++i;
    const int month = readNumber(s, i, 2);
    if (month < 1 || i >= s.size() || s[i] != QChar(0x6708))
        return {};
    ++i;
    const int day = readNumber(s, i, 2);
    if (day < 1 || i >= s.size() || s[i] != QChar(0x65E5))
        return {};
    const QDate d(base + year, month, day);
    if (d.isValid())
        *end = i + 1;
    return d;
}

} // namespace

QDate japaneseEraDate(QStringView line, int *start, int *end)
{
    struct Era {
        const char16_t *kanji;
        const char *word;
        char16_t letter;
        int base; // Gregorian year of the era's year 0
    };
    static const Era eras[] = {{u"\u4EE4\u548C", "Reiwa", u'R', 2018}, {u"\u5E73\u6210", "Heisei", u'H', 1988}};
    // Every form begins with one of these four characters: most lines hold none,
    // and are passed over eight characters at a time.
    // Only those places are looked at: a line of prose holds many an 'R' or 'H'
    // ("Russia", "He"), and each other character was tested against both eras.
    const char16_t *d = line.utf16();
    const qsizetype n = line.size();
    for (int at = int(findAnyOf(d, 0, n, {u'R', u'H', u'\u4EE4', u'\u5E73'})); at < n;
         at = int(findAnyOf(d, at + 1, n, {u'R', u'H', u'\u4EE4', u'\u5E73'}))) {
        const QChar c = line[at];
        const bool wordStart = at == 0 || !line[at - 1].isLetterOrNumber();
        for (const Era &era : eras) {
            QDate d;
            int e = 0;
            if (c.unicode() == era.kanji[0] && at + 1 < line.size() && line[at + 1].unicode() == era.kanji[1]) {
                d = kanjiEraDate(line, at + 2, era.base, &e);
            } else if (wordStart && c.unicode() == era.letter && at + 1 < line.size() && line[at + 1].isDigit()) {
                d = romanEraDate(line, at + 1, era.base, &e); // "R7.12.13"
            } else if (wordStart && line.mid(at).startsWith(QLatin1String(era.word))) {
                int i = at + int(qstrlen(era.word));
                while (i < line.size() && line[i] == u' ')
                    ++i;
                d = romanEraDate(line, i, era.base, &e); // "Reiwa 7.4.2"
            }
            if (d.isValid()) {
                *start = at;
                *end = e;
                return d;
            }
        }
    }
    return {};
}

} // namespace atlas
