// Date tests of the launch extractor (see LaunchDateRules.h).
#include "extract/launch/LaunchDateRules.h"

#include "extract/GatedRegex.h"
#include "extract/temporal/ListYears.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace atlas::launch {

bool hasDate(const FuzzyDate &d)
{
    // (An unknown date may still state its weekday, or its month without a year.)
    return d.isKnown() || d.weekday != 0 || d.precision == DatePrecision::DayOfYear
        || (d.precision == DatePrecision::Unknown && d.month != 0);
}

// Could two stated dates be the same day? Unknown dates are compatible with
// anything that has their weekday.
bool compatibleDates(const FuzzyDate &a, const FuzzyDate &b)
{
    if (!hasDate(a) || !hasDate(b))
        return true;
    if (a.isKnown() && b.isKnown())
        return a.earliest <= b.latest && b.earliest <= a.latest;
    auto containsWeekday = [](const FuzzyDate &known, int weekday) {
        if (known.earliest.daysTo(known.latest) >= 6)
            return true;
        for (QDate d = known.earliest; d <= known.latest; d = d.addDays(1)) {
            if (d.dayOfWeek() == weekday)
                return true;
        }
        return false;
    };
    auto containsDayOfYear = [](const FuzzyDate &known, int month, int day) {
        for (QDate d = known.earliest; d <= known.latest && d.isValid(); d = d.addDays(1)) {
            if (d.month() == month && d.day() == day)
                return true;
            if (known.earliest.daysTo(d) > 400)
                break;
        }
        return false;
    };
    const FuzzyDate &known = a.isKnown() ? a : b;
    const FuzzyDate &other = a.isKnown() ? b : a;
    if (known.isKnown()) {
        if (other.precision == DatePrecision::DayOfYear)
            return containsDayOfYear(known, other.month, other.day);
        if (other.month != 0) { // a month without its year: one of the known range's months
            for (QDate d(known.earliest.year(), known.earliest.month(), 1); d.isValid() && d <= known.latest; d = d.addMonths(1)) {
                if (d.month() == other.month)
                    return true;
                if (known.earliest.daysTo(d) > 400)
                    break;
            }
            return false;
        }
        return other.weekday == 0 || containsWeekday(known, other.weekday);
    }
    if (a.precision == DatePrecision::DayOfYear && b.precision == DatePrecision::DayOfYear)
        return a.month == b.month && a.day == b.day;
    // A month stated without its year ("In June") is no weekday's ("on Wednesday"),
    // nor another month's: an undated story tells its recent launch by the day.
    const bool monthA = a.precision != DatePrecision::DayOfYear && a.month != 0;
    const bool monthB = b.precision != DatePrecision::DayOfYear && b.month != 0;
    if (monthA || monthB)
        return monthA && monthB ? a.month == b.month : (monthA ? b.precision == DatePrecision::DayOfYear && b.month == a.month
                                                                : a.precision == DatePrecision::DayOfYear && a.month == b.month);
    return a.weekday == 0 || b.weekday == 0 || a.weekday == b.weekday;
}

// A single day, stated with or without its year, or a weekday still unresolved.
bool isDayPrecise(const FuzzyDate &d)
{
    return d.precision == DatePrecision::Day || d.precision == DatePrecision::DayOfYear
        || (d.precision == DatePrecision::Unknown && d.weekday != 0);
}

bool isEarlierDate(const QString &text, const DateMention &d, int floor)
{
    // Gated: tried only where one of the words can start (the same answer as a plain scan).
    static const GatedRegex earlier(
        QStringLiteral("(?<![\\w-])(?:earlier|last|previous|previously|ago|since|prior|before|preceding)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(floor, d.start - 22);
    return earlier.firstMatch(QStringView(text).mid(from, d.end - from)).hasMatch();
}

// Characters between a date mention and a launch cue (0 when they touch or overlap).
int cueDistance(const DateMention &d, const LaunchCue &cue)
{
    return d.end <= cue.start ? cue.start - d.end : std::max(0, d.start - cue.end);
}

void placeToldDayBeforeReport(DateMention &d, const QDate &report)
{
    if (d.yearAhead && d.date.weekday == 0 && d.date.earliest > report.addDays(1)) {
        const QDate before = d.date.earliest.addYears(-1);
        if (before.isValid())
            d.date.earliest = d.date.latest = before;
    }
}

bool restatesInOtherZone(const QString &text, const DateMention &before, const DateMention &d)
{
    if (before.end > d.start || d.start - before.end > 4)
        return false;
    const QStringView gap = QStringView(text).mid(before.end, d.start - before.end).trimmed();
    if (gap != QLatin1String("(") && gap != QLatin1String(", ("))
        return false;
    // (Looked for in the next 40 characters only: a text of many unclosed
    // brackets must not make each date search the rest of the article.)
    const qsizetype close = QStringView(text).mid(d.end, 41).indexOf(u')');
    if (close < 0)
        return false;
    const QString inside = text.mid(d.end, close);
    static const QRegularExpression zone(QStringLiteral(
        "^[\\s,]*(?:\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?m\\.?)?\\s*)?(?:(?:morning|afternoon|evening|night)\\s+)?(?:in\\s+[A-Z]|[A-Z]{2,4}T\\b|ET\\b|PT\\b|GMT|UTC|"
        "(?:U\\.?S\\.?|American|Washington|European|local|Korean?|Japanese)\\s+time|time\\s+in\\s)"));
    return zone.match(inside).hasMatch();
}

bool restatesInKoreaTime(const QString &text, const DateMention &before, const DateMention &d)
{
    // "3:05 p.m. Hawaii Standard Time today (10:05 a.m. July 8, Korea Standard Time)":
    // an opening bracket, at most a clock before the date, and Korea's zone named
    // before the bracket closes.
    if (before.end > d.start || d.start - before.end > 24)
        return false;
    const QStringView gap = QStringView(text).mid(before.end, d.start - before.end);
    const qsizetype open = gap.indexOf(u'(');
    if (open < 0 || gap.left(open).trimmed().size() > 2)
        return false;
    const QStringView clock = gap.mid(open + 1).trimmed();
    for (QChar c : clock) {
        if (!(c.isDigit() || c.isSpace() || c == u':' || c == u'.' || c == u'a' || c == u'p' || c == u'm' || c == u'A'
              || c == u'P' || c == u'M' || c == u','))
            return false;
    }
    const qsizetype close = QStringView(text).mid(d.end, 41).indexOf(u')');
    if (close < 0)
        return false;
    static const QRegularExpression korea(QStringLiteral(
        "\\b(?:KST|Korea(?:n)?\\s+(?:Standard\\s+)?[Tt]ime|Seoul\\s+time|Pyongyang\\s+time)\\b"));
    return korea.match(QStringView(text).mid(d.end, close)).hasMatch();
}

FuzzyDate shiftedYears(const FuzzyDate &d, int years)
{
    FuzzyDate out = d;
    out.earliest = d.earliest.addYears(years);
    const QDate latest = d.latest.addYears(years);
    out.latest = d.latest.day() == d.latest.daysInMonth() ? QDate(latest.year(), latest.month(), latest.daysInMonth()) : latest;
    out.weekday = 0;
    return out;
}

void placeInHeadYear(const QString &text, const DateMention &head, int until, QVector<DateMention> &dates)
{
    const int year = head.date.earliest.year();
    if (head.date.precision != DatePrecision::Year || !head.date.isKnown() || head.date.latest.year() != year)
        return;
    // Only "In 2017" (or "Back in 2019"): "Since 2017", "By 2017" count from a year.
    const QStringView written = QStringView(text).mid(head.start, head.end - head.start).trimmed();
    if (!written.startsWith(QLatin1String("in "), Qt::CaseInsensitive) && !written.startsWith(QLatin1String("back in "), Qt::CaseInsensitive))
        return;
    // Within the head's own clause only: a semicolon, "and"/"while"/"but" after a
    // comma, "now", a report ("the JCS said on March 18") or "since" ends it, and
    // a day after that is the present's ("In 2017 ...; now, on March 18, it fired").
    static const QRegularExpression clauseEnd(QStringLiteral(
        "[;:](?!\\s*(?:a|an|the|two|three|it|its|the\\s+North)\\s)|,\\s+(?:and|while|but|whereas)\\s|(?<![\\w-])(?:now|since|said|says|reported|announced|"
        "according|stated|added|told|last|this)(?![\\w-])"), QRegularExpression::CaseInsensitiveOption);
    for (DateMention &d : dates) {
        const DatePrecision p = d.date.precision;
        if (d.start < head.end || d.start >= until || d.relative || !d.date.isKnown()
            || clauseEnd.match(QStringView(text).mid(head.end, d.start - head.end)).hasMatch()
            || (p != DatePrecision::Day && p != DatePrecision::Month && p != DatePrecision::PartOfMonth)
            || d.date.earliest.year() == year || temporal::statesYear(QStringView(text).mid(d.start, d.end - d.start)))
            continue;
        d.date = shiftedYears(d.date, year - d.date.earliest.year());
    }
}

} // namespace atlas::launch
