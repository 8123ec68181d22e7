#include "extract/temporal/DateMatcherImpl.h"

#include "extract/temporal/CalendarMath.h"

// Days written in figures: ISO dates, day and month with a year ("04.12.2025",
// "11/10/2025", "07-Nov-2025") and without one ("since 22/10"), and the clock
// or zone after them that tells a day-first writer from a month-first one.
namespace atlas::temporal::detail {

// 2025-07-21, 2025/07/21, 2025.07.21 and the Korean 2025. 7. 21.
bool Matcher::matchIso(int i, Match &m) const
{
    if (!has(i + 4) || t[i].kind != TokKind::Number || t[i].digits != 4 || t[i].grouped || t[i].ordinal)
        return false;
    const QChar sep = has(i + 1) && t[i + 1].kind == TokKind::Punct ? t[i + 1].punct : QChar();
    if (sep != u'-' && sep != u'/' && sep != u'.')
        return false;
    // "2027. 1. 27.": the Korean way, a space after each of the first two dots
    // and a dot closing the day (without it, "in 2027. 1. The" could be a year
    // ending a sentence before a numbered item).
    const bool korean = sep == u'.' && !t[i + 1].spaceBefore && t[i + 2].spaceBefore && !t[i + 3].spaceBefore
        && t[i + 4].spaceBefore && has(i + 5) && isPunct(i + 5, u'.') && !t[i + 5].spaceBefore;
    for (int k = 1; k <= 4 && !korean; ++k) {
        if (t[i + k].spaceBefore)
            return false;
    }
    if (!isPunct(i + 3, sep.unicode()) || t[i + 2].kind != TokKind::Number || t[i + 4].kind != TokKind::Number
        || t[i + 2].digits > 2 || t[i + 4].digits > 2 || t[i + 2].grouped || t[i + 4].grouped)
        return false;
    return fiveTokenDay(i, makeDate(t[i].value, t[i + 2].value, t[i + 4].value), m, korean);
}

// 04.12.2025, 11/10/2025, 3-4-2025: day and month in figures before a four-digit
// year. Which comes first is the writer's convention: a part above 12 settles
// it; otherwise dots are European (day first), and slashes or dashes are read
// day first only when a 24-hour clock follows ("11/10/2025 - 06:12", as
// European outlets stamp) or a clock in a day-first region's zone ("08/11/2025
// 10:15 GMT+7"), else the American month first ("3/4/2025 6:12 PM").
bool Matcher::matchNumericDayMonth(int i, Match &m) const
{
    if (!has(i + 4) || t[i].kind != TokKind::Number || t[i].digits > 2 || t[i].grouped || t[i].ordinal)
        return false;
    const QChar sep = t[i + 1].kind == TokKind::Punct ? t[i + 1].punct : QChar();
    if (sep != u'/' && sep != u'.' && sep != u'-')
        return false;
    for (int k = 1; k <= 4; ++k) {
        if (t[i + k].spaceBefore)
            return false;
    }
    if (!isPunct(i + 3, sep.unicode()) || t[i + 2].kind != TokKind::Number || t[i + 2].digits > 2 || t[i + 2].grouped
        || t[i + 4].kind != TokKind::Number || t[i + 4].digits != 4 || t[i + 4].grouped || t[i + 4].ordinal)
        return false;
    // More figures glued on ("1.2.2025.3", "1/2/2025/4") make it something else.
    if (has(i + 5) && !t[i + 5].spaceBefore && t[i + 5].kind == TokKind::Punct && t[i + 5].punct == sep)
        return false;
    if (i > 0 && !t[i].spaceBefore && t[i - 1].kind == TokKind::Punct && t[i - 1].punct == sep)
        return false;
    const int a = t[i].value, b = t[i + 2].value, year = t[i + 4].value;
    if (year < 1900 || year > 2100)
        return false;
    bool dayFirst;
    if (a > 12 && b <= 12)
        dayFirst = true;
    else if (b > 12 && a <= 12)
        dayFirst = false;
    else
        dayFirst = sep == u'.' || dayFirstClockFollows(i + 5);
    return fiveTokenDay(i, dayFirst ? makeDate(year, b, a) : makeDate(year, a, b), m);
}

// "since 22/10", "on 7/11", "(10/22)": a day and a month in figures without a
// year. Read only when a part above 12 says which is the day and a preposition
// or an opening bracket says it is a date: "24/7", "9/11", "3/4 of" are not.
bool Matcher::matchNumericDayMonthWithoutYear(int i, Match &m) const
{
    if (!has(i + 2) || t[i].kind != TokKind::Number || t[i].digits > 2 || t[i].grouped || t[i].ordinal
        || !isPunct(i + 1, u'/') || t[i + 1].spaceBefore || t[i + 2].kind != TokKind::Number || t[i + 2].spaceBefore
        || t[i + 2].digits > 2 || t[i + 2].grouped || t[i + 2].ordinal)
        return false;
    if (has(i + 3) && !t[i + 3].spaceBefore && (t[i + 3].kind == TokKind::Number || isPunct(i + 3, u'/')))
        return false; // "22/10/2025" is read with its year; "1/2/3" is no date
    const bool dated = i > 0 && (lex(i - 1) == Lex::On || lex(i - 1) == Lex::Since || lex(i - 1) == Lex::Until
                                 || lex(i - 1) == Lex::From || (isPunct(i - 1, u'(') && !t[i].spaceBefore));
    if (!dated)
        return false;
    const int a = t[i].value, b = t[i + 2].value;
    int day, month;
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
        day = a;
        month = b;
    } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
        day = b;
        month = a;
    } else {
        return false; // both parts 12 or less: the writer's order is unknown
    }
    const FuzzyDate f = monthDay(month, day, 0, 0);
    if (f.precision == DatePrecision::Unknown)
        return false;
    m.first = i;
    m.end = i + 3;
    m.date = f;
    return m.valid = true;
}

// "07-Nov-2025", "7-NOV-25": a day, a month's name and a year joined by hyphens,
// as web pages and logs stamp them ("Updated 19:46, 07-Nov-2025"). The hyphens
// make "May" a month here; a two-figure year is of this century.
bool Matcher::matchHyphenatedDayMonth(int i, Match &m) const
{
    if (!has(i + 4) || t[i].kind != TokKind::Number || t[i].digits > 2 || t[i].grouped || t[i].ordinal
        || !isPunct(i + 1, u'-') || t[i + 2].lex != Lex::Month || !isPunct(i + 3, u'-')
        || t[i + 4].kind != TokKind::Number || t[i + 4].grouped || t[i + 4].ordinal
        || (t[i + 4].digits != 4 && t[i + 4].digits != 2))
        return false;
    for (int k = 1; k <= 4; ++k) {
        if (t[i + k].spaceBefore)
            return false;
    }
    // More glued on ("07-Nov-2025-3", "12-May-20256x", "x-07-Nov-2025") makes it a code, not a day.
    if (has(i + 5) && !t[i + 5].spaceBefore
        && (t[i + 5].kind != TokKind::Punct || ((t[i + 5].punct == u'-' || t[i + 5].punct == u'/') && has(i + 6))))
        return false;
    if (i > 0 && !t[i].spaceBefore && (t[i - 1].kind != TokKind::Punct || t[i - 1].punct == u'-'))
        return false;
    const int year = t[i + 4].digits == 2 ? 2000 + t[i + 4].value : t[i + 4].value;
    if (year < 1900 || year > 2100)
        return false;
    return fiveTokenDay(i, makeDate(year, t[i + 2].value, t[i].value), m);
}

// "2025-07-21", "04.12.2025": a day written as five tokens from i, when it
// exists; with the dot that closes it ("2027. 1. 5.") and a weekday in
// brackets after it ("2025-07-21 (Mon)"), which is the same day's.
bool Matcher::fiveTokenDay(int i, const QDate &d, Match &m, bool closingDot) const
{
    if (!d.isValid())
        return false;
    int weekday = 0;
    m.first = i;
    m.end = bracketedWeekday(i + 5 + (closingDot ? 1 : 0), weekday);
    m.date = FuzzyDate::onDay(d);
    if (weekday != 0 && weekdayOf(d) == weekday)
        m.date.weekday = weekday;
    return m.valid = true;
}

// "- 06:12", "18:40 CET": a clock written the 24-hour way (a leading zero or an
// hour past 12, and no a.m./p.m.) within the next few tokens; or "10:15 GMT+7",
// "10:15 CET": a clock stamped with a zone where dates are written day first
// (east of Greenwich: Europe, Africa, South and Southeast Asia, Oceania). The
// Americas write the month first and sit west of it ("GMT-5", "EST"); the
// Philippines (PHT), which also writes the month first, is not in the list.
bool Matcher::dayFirstClockFollows(int i) const
{
    for (int k = i; k < i + 3 && has(k + 2); ++k) {
        if (t[k].kind != TokKind::Number || !isPunct(k + 1, u':') || t[k + 2].kind != TokKind::Number
            || t[k + 1].spaceBefore || t[k + 2].spaceBefore)
            continue;
        const bool leadingZero = t[k].digits == 2 && t[k].value < 10;
        const bool twentyFourHour = leadingZero || (t[k].value > 12 && t[k].value < 24);
        const int after = k + 3;
        if (has(after) && t[after].kind == TokKind::Word) {
            const QStringView w = m_text.mid(t[after].start, t[after].end - t[after].start);
            if (w.compare(QLatin1String("am"), Qt::CaseInsensitive) == 0 || w.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0
                || w.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0 || w.compare(QLatin1String("p"), Qt::CaseInsensitive) == 0)
                return false;
            if (!twentyFourHour && t[k].value <= 12)
                return dayFirstZoneAt(after);
        }
        return twentyFourHour;
    }
    return false;
}

// "GMT+7", "UTC+01:00", "CET", "WIB" at token i: a zone of a day-first region.
bool Matcher::dayFirstZoneAt(int i) const
{
    if (!has(i) || t[i].kind != TokKind::Word)
        return false;
    const QStringView w = m_text.mid(t[i].start, t[i].end - t[i].start);
    if ((w == QLatin1String("GMT") || w == QLatin1String("UTC")) && has(i + 2) && isPunct(i + 1, u'+')
        && !t[i + 1].spaceBefore && t[i + 2].kind == TokKind::Number && !t[i + 2].spaceBefore)
        return true;
    static const char *const zones[] = {"BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "TRT",
                                        "EAT", "CAT", "WAT", "SAST", "IST", "ICT", "WIB", "WITA", "WIT",
                                        "SGT", "MYT", "HKT", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT"};
    for (const char *zone : zones) {
        if (w == QLatin1String(zone))
            return true;
    }
    return false;
}

} // namespace atlas::temporal::detail
