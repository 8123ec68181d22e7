#include "extract/temporal/HeadingYear.h"

#include "extract/AsciiClasses.h"

namespace atlas::temporal {

namespace {

// The years standing alone in s (four digits, no digit or letter touching).
QVector<int> yearsIn(QStringView s)
{
    QVector<int> out;
    for (qsizetype i = 0; i + 4 <= s.size(); ++i) {
        if (!isAsciiDigit(s[i].unicode()) || (i > 0 && s[i - 1].isLetterOrNumber()))
            continue;
        qsizetype e = i;
        while (e < s.size() && isAsciiDigit(s[e].unicode()))
            ++e;
        if (e - i == 4 && (e == s.size() || !s[e].isLetterOrNumber())) {
            const int y = s.mid(i, 4).toInt();
            if (y >= 1950 && y <= 2099)
                out << y;
        }
        i = e;
    }
    return out;
}

} // namespace

int headingYear(const QString &text, const QVector<Sentence> &sentences)
{
    int year = 0;
    for (const Sentence &s : sentences) {
        if (!s.heading || s.end - s.start > 120)
            continue;
        const QVector<int> years = yearsIn(QStringView(text).mid(s.start, s.end - s.start));
        if (years.isEmpty())
            continue;
        for (int y : years) {
            if (year != 0 && y != year)
                return 0;
            year = y;
        }
    }
    return year;
}

} // namespace atlas::temporal
