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

// The year a heading is about: the heading is the year alone ("## 2025"), or
// ends with it after "in", "of", "during" or "for" ("Missile Tests in 2025",
// "Launches of 2023"). Not a year said in passing ("Since 2017: ...", "Kim vows a
// force ready by 2030", "2045 KST: Japan says ...", "What Resolution 2094 demands").
static int yearHeadingIs(QStringView h)
{
    while (!h.isEmpty() && (h.back().isSpace() || h.back() == u'#' || h.back() == u'*' || h.back() == u'='))
        h.chop(1);
    while (!h.isEmpty() && (h.front().isSpace() || h.front() == u'#' || h.front() == u'*' || h.front() == u'='))
        h = h.mid(1);
    const QVector<int> years = yearsIn(h);
    if (years.size() != 1 || h.size() < 4 || !h.right(4).startsWith(QString::number(years.first())))
        return 0;
    if (h.size() == 4)
        return years.first();
    QStringView before = h.chopped(4).trimmed();
    const qsizetype space = before.lastIndexOf(u' ');
    const QStringView word = space < 0 ? before : before.mid(space + 1);
    for (const char *w : {"in", "of", "during", "for"}) {
        if (word.compare(QLatin1StringView(w), Qt::CaseInsensitive) == 0)
            return years.first();
    }
    return 0;
}

int headingYear(const QString &text, const QVector<Sentence> &sentences)
{
    int year = 0;
    for (const Sentence &s : sentences) {
        if (!s.heading || s.end - s.start > 120)
            continue;
        // (A list item or a table row is no heading: "- First flown in 2017".)
        int lineStart = s.start;
        while (lineStart > 0 && text.at(lineStart - 1) != u'\n')
            --lineStart;
        const QStringView lead = QStringView(text).mid(lineStart, s.start - lineStart).trimmed();
        if (!lead.isEmpty() && !lead.startsWith(u'#'))
            continue;
        const QStringView heading = QStringView(text).mid(s.start, s.end - s.start);
        if (heading.startsWith(u'|') || heading.startsWith(u'-') || heading.startsWith(u'*'))
            continue;
        const int y = yearHeadingIs(heading);
        if (y == 0)
            continue;
        if (year != 0 && y != year)
            return 0;
        year = y;
    }
    return year;
}

} // namespace atlas::temporal
