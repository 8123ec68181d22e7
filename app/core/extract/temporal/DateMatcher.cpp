#include "extract/temporal/DateMatcher.h"

#include "extract/temporal/CalendarMath.h"
#include "extract/temporal/ClockTimes.h"

namespace atlas::temporal {
namespace {

// What one pattern produced: the token range it covers and the date.
struct Match {
    int first = 0;
    int end = 0; // token index after the last
    FuzzyDate date;
    QString timeOfDay;
    bool relative = false;
    bool bareYear = false;
    bool countsDays = false; // "the next day", "three days later": a day counted from another
    int dayOffset = 0;
    int listMonth = 0; // a single month-day ("Jan. 24") that a list of days may follow
    int listYear = 0;
    bool valid = false;
};

bool isOrdinalNoun(QStringView w);

constexpr int kFutureWindowDays = 31;

enum class WeekdayRule { OnOrBefore, StrictlyBefore, StrictlyAfter, BeforePrevious };

class Matcher {
public:
    Matcher(QStringView text, const QVector<Token> &toks, const ResolveContext &ctx)
        : m_text(text), t(toks), m_ctx(ctx) {}

    void run(QVector<DateMention> &out);

private:
    // Token tests.
    bool has(int i) const { return i >= 0 && i < t.size(); }
    Lex lex(int i) const { return has(i) ? t[i].lex : Lex::None; }
    bool isPunct(int i, char16_t c) const { return has(i) && t[i].kind == TokKind::Punct && t[i].punct == QChar(c); }
    bool isMonth(int i) const { return has(i) && t[i].lex == Lex::Month && t[i].capitalised && monthWordOk(i); }
    bool isWeekday(int i) const { return has(i) && t[i].lex == Lex::Weekday && t[i].capitalised && weekdayWordOk(i); }
    bool isDay(int i) const
    {
        return has(i) && t[i].kind == TokKind::Number && !t[i].grouped && t[i].digits <= 2 && t[i].value >= 1
            && t[i].value <= 31 && !clockColon(i + 1) && !followedByUnitGlue(i);
    }
    // "6:30" is a clock; "Jan. 6: an IRBM flew" is a day and its label colon.
    bool clockColon(int i) const
    {
        return isPunct(i, u':') && has(i + 1) && t[i + 1].kind == TokKind::Number && !t[i + 1].spaceBefore;
    }
    bool isYear(int i) const
    {
        return has(i) && t[i].kind == TokKind::Number && !t[i].grouped && !t[i].ordinal && t[i].digits == 4
            && t[i].value >= 1900 && t[i].value <= 2100 && !followedByUnitGlue(i) && !isPunct(i + 1, u':');
    }
    // "1990s", "10-year", "25km": a number glued to a word is not a day or year.
    bool followedByUnitGlue(int i) const
    {
        return has(i + 1) && !t[i + 1].spaceBefore
            && (t[i + 1].kind == TokKind::Word
                || (isPunct(i + 1, u'-') && has(i + 2) && t[i + 2].kind == TokKind::Word && !isMonth(i + 2)));
    }
    bool monthWordOk(int i) const;
    bool ordinalNounFollows(int i) const
    {
        return has(i) && t[i].kind == TokKind::Word && isOrdinalNoun(m_text.mid(t[i].start, t[i].end - t[i].start));
    }
    bool weekdayWordOk(int i) const;
    int skipDot(int i) const { return isPunct(i, u'.') && !t[i].spaceBefore ? i + 1 : i; }
    int skipComma(int i) const { return isPunct(i, u',') ? i + 1 : i; }
    // "24 January (Wednesday)": the weekday in brackets after a date is that date's.
    int bracketedWeekday(int i, int &weekday) const
    {
        if (isPunct(i, u'(') && isWeekday(i + 1) && isPunct(i + 2, u')')) {
            weekday = t[i + 1].value;
            return i + 3;
        }
        return i;
    }
    bool isNumberish(int i, int &value) const;

    // Patterns: each returns true and fills m when a date starts at token i.
    bool matchIso(int i, Match &m) const;
    bool matchMonthFirst(int i, int weekday, Match &m) const;
    bool matchDayFirst(int i, int weekday, Match &m) const;
    bool matchWeekday(int i, Match &m);
    bool matchPartOfMonth(int i, Match &m) const;
    bool matchWeekOfMonth(int i, Match &m) const;
    bool matchMonthAlone(int i, Match &m) const;
    bool matchRelative(int i, Match &m) const;
    bool matchCountedRelative(int i, Match &m) const;
    bool matchOrdinalDay(int i, Match &m) const;
    bool matchBareYear(int i, Match &m) const;
    int listedDays(const Match &first, QVector<DateMention> &out) const;

    // Resolution.
    FuzzyDate monthDay(int month, int day, int year, int weekday) const;
    bool yearForMonth(int month, int modifier, int &year) const; // modifier: 0, -1 last, +1 next
    FuzzyDate partOfMonth(int year, int month, int part) const;  // part 0 early, 1 mid, 2 late
    FuzzyDate weekdayDate(int weekday, WeekdayRule rule) const;
    static FuzzyDate daySpan(const FuzzyDate &firstDay, int lastDay);

    QStringView m_text;
    const QVector<Token> &t;
    const ResolveContext &m_ctx;
    mutable bool m_lookingBack = false; // the date follows "since", "after", "last": never in the future
    QDate m_lastWeekdayDay; // the day of the last resolved weekday, for "the previous Saturday"
    bool m_lastWeekdaySeen = false;
};

bool Matcher::monthWordOk(int i) const
{
    // "May" and "March" are also words; abbreviations must look like dates.
    const int len = t[i].end - t[i].start;
    const bool followedByNumber = has(skipDot(i + 1)) && t[skipDot(i + 1)].kind == TokKind::Number
        && t[skipDot(i + 1)].spaceBefore;
    if (len == 3 && t[i].value != 5)
        return followedByNumber || isPunct(i + 1, u'.') || (has(i - 1) && t[i - 1].kind == TokKind::Number);
    if (len == 4 && m_text.mid(t[i].start, 4).compare(QLatin1String("sept"), Qt::CaseInsensitive) == 0)
        return followedByNumber || isPunct(i + 1, u'.');
    return true;
}

bool Matcher::weekdayWordOk(int i) const
{
    const int len = t[i].end - t[i].start;
    static const int fullLengths[] = {0, 6, 7, 9, 8, 6, 8, 6};
    if (len == fullLengths[t[i].value])
        return true;
    // Mon. Tue. Wed. Thu. Fri. Sat. Sun. need their period or a comma and a date.
    return isPunct(i + 1, u'.') || (isPunct(i + 1, u',') && (isMonth(i + 2) || isDay(i + 2)));
}

bool Matcher::isNumberish(int i, int &value) const
{
    if (!has(i))
        return false;
    if (t[i].lex == Lex::NumberWord || t[i].lex == Lex::A) {
        value = t[i].value;
        if (t[i].lex == Lex::A && lex(i + 1) == Lex::NumberWord) // "a couple of", "a few"
            return false;
        return true;
    }
    if (t[i].kind == TokKind::Number && !t[i].grouped && !t[i].ordinal && t[i].digits <= 3) {
        value = t[i].value;
        return true;
    }
    return false;
}

FuzzyDate Matcher::monthDay(int month, int day, int year, int weekday) const
{
    if (year > 0) {
        const QDate d = makeDate(year, month, day);
        FuzzyDate f = FuzzyDate::onDay(d);
        if (!d.isValid())
            return f;
        f.weekday = weekday;
        return f;
    }
    if (makeDate(2024, month, day).isValid()) { // a leap year admits 29 February
        const QDate ref = m_ctx.yearRef;
        if (inCalendarRange(ref)) {
            // The latest such day not after the reference; with a weekday, the
            // year nearest the reference whose calendar agrees with it.
            // A day up to a month after the reference is the coming one ("the
            // inauguration on Jan. 20" in a 6 January report), unless the words
            // look back ("since Dec. 12").
            QDate chosen = makeDate(ref.year(), month, day);
            const QDate nextYears = makeDate(ref.year() + 1, month, day);
            const int ahead = m_lookingBack ? 1 : kFutureWindowDays;
            if (!chosen.isValid() || chosen > addDays(ref, ahead))
                chosen = makeDate(ref.year() - 1, month, day);
            if (!m_lookingBack && nextYears.isValid() && nextYears <= addDays(ref, ahead))
                chosen = nextYears;
            if (weekday != 0 && weekdayOf(chosen) != weekday) {
                for (int dy : {0, -1, 1, -2}) {
                    const QDate c = makeDate(ref.year() + dy, month, day);
                    if (c.isValid() && weekdayOf(c) == weekday) {
                        chosen = c;
                        break;
                    }
                }
            }
            if (chosen.isValid()) {
                FuzzyDate f = FuzzyDate::onDay(chosen);
                f.weekday = weekday;
                return f;
            }
        }
        if (m_ctx.yearHint > 0) {
            FuzzyDate f = FuzzyDate::onDay(makeDate(m_ctx.yearHint, month, day));
            f.weekday = f.isKnown() ? weekday : 0;
            if (f.isKnown())
                return f;
        }
        FuzzyDate f = FuzzyDate::dayOfYear(month, day);
        f.weekday = weekday;
        return f;
    }
    return {};
}

bool Matcher::yearForMonth(int month, int modifier, int &year) const
{
    const QDate ref = m_ctx.yearRef;
    if (inCalendarRange(ref)) {
        year = ref.year();
        if (modifier == 0 && month > ref.month())
            year -= 1; // "in March" read in November: this year's; read in February: last year's
        else if (modifier < 0 && month >= ref.month())
            year -= 1;
        else if (modifier > 0 && month <= ref.month())
            year += 1;
        return true;
    }
    if (m_ctx.yearHint > 0 && modifier == 0) {
        year = m_ctx.yearHint;
        return true;
    }
    return false;
}

FuzzyDate Matcher::partOfMonth(int year, int month, int part) const
{
    const int last = lastDayOfMonth(year, month);
    if (last == 0)
        return {};
    const int from = part == 0 ? 1 : part == 1 ? 11 : 21;
    const int to = part == 0 ? 10 : part == 1 ? 20 : last;
    return FuzzyDate::between(QDate(year, month, from), QDate(year, month, to), DatePrecision::PartOfMonth);
}

// From a resolved first day to `lastDay` of the same month: a few days are a
// week-precision window; a day-of-year stays the first day (no year to span).
FuzzyDate Matcher::daySpan(const FuzzyDate &firstDay, int lastDay)
{
    if (!firstDay.isDay())
        return firstDay;
    const QDate last = makeDate(firstDay.earliest.year(), firstDay.earliest.month(), lastDay);
    if (!last.isValid())
        return firstDay;
    const DatePrecision p = firstDay.earliest.daysTo(last) <= 7 ? DatePrecision::Week : DatePrecision::Month;
    return FuzzyDate::between(firstDay.earliest, last, p);
}

FuzzyDate Matcher::weekdayDate(int weekday, WeekdayRule rule) const
{
    QDate ref = m_ctx.refDay;
    if (rule == WeekdayRule::BeforePrevious) {
        if (m_lastWeekdaySeen) {
            ref = m_lastWeekdayDay; // "on Monday and the previous Saturday": before that Monday
            rule = WeekdayRule::StrictlyBefore;
        } else {
            rule = WeekdayRule::StrictlyBefore;
        }
    }
    if (!inCalendarRange(ref))
        return FuzzyDate::unknown(weekday);
    QDate d;
    switch (rule) {
    case WeekdayRule::OnOrBefore: d = weekdayOnOrBefore(ref, weekday, false); break;
    case WeekdayRule::StrictlyBefore: d = weekdayOnOrBefore(ref, weekday, true); break;
    case WeekdayRule::StrictlyAfter: d = addDays(weekdayOnOrBefore(addDays(ref, 7), weekday, false), 0); break;
    case WeekdayRule::BeforePrevious: break;
    }
    if (rule == WeekdayRule::StrictlyAfter && d.isValid() && d <= ref)
        d = addDays(d, 7);
    FuzzyDate f = FuzzyDate::onDay(d);
    f.weekday = weekday;
    return f;
}

// 2025-07-21, 2025/07/21
bool Matcher::matchIso(int i, Match &m) const
{
    if (!has(i + 4) || t[i].kind != TokKind::Number || t[i].digits != 4 || t[i].grouped || t[i].ordinal)
        return false;
    const QChar sep = has(i + 1) && t[i + 1].kind == TokKind::Punct ? t[i + 1].punct : QChar();
    if (sep != u'-' && sep != u'/' && sep != u'.')
        return false;
    for (int k = 1; k <= 4; ++k) {
        if (t[i + k].spaceBefore)
            return false;
    }
    if (!isPunct(i + 3, sep.unicode()) || t[i + 2].kind != TokKind::Number || t[i + 4].kind != TokKind::Number
        || t[i + 2].digits > 2 || t[i + 4].digits > 2 || t[i + 2].grouped || t[i + 4].grouped)
        return false;
    const QDate d = makeDate(t[i].value, t[i + 2].value, t[i + 4].value);
    if (!d.isValid())
        return false;
    m.first = i;
    m.end = i + 5;
    m.date = FuzzyDate::onDay(d);
    return m.valid = true;
}

// January 14, 2025 · Jan. 14 · January 2025 · Nov 08, 2025
bool Matcher::matchMonthFirst(int i, int weekday, Match &m) const
{
    if (!isMonth(i))
        return false;
    const int month = t[i].value;
    int j = skipDot(i + 1);
    if (isDay(j) && t[j].spaceBefore) {
        const int day = t[j].value;
        int k = j + 1;
        // "Dec. 23-27": a span of days; the end day is read like the first.
        int lastDay = 0;
        if ((isPunct(k, u'-') || isPunct(k, u'\u2013')) && isDay(k + 1) && t[k + 1].value > day) {
            lastDay = t[k + 1].value;
            k += 2;
        }
        int year = 0;
        const int afterComma = skipComma(k);
        if (isYear(afterComma)) {
            year = t[afterComma].value;
            k = afterComma + 1;
        }
        if (weekday == 0 && lastDay == 0)
            k = bracketedWeekday(k, weekday);
        const FuzzyDate f = monthDay(month, day, year, weekday);
        if (f.precision == DatePrecision::Unknown)
            return false;
        m.first = i;
        m.end = k;
        m.date = lastDay > 0 ? daySpan(f, lastDay) : f;
        if (lastDay == 0) {
            m.listMonth = month;
            m.listYear = year;
        }
        return m.valid = true;
    }
    j = skipComma(j);
    if (lex(j) == Lex::Of && isYear(j + 1)) // "January of 2025"
        ++j;
    if (isYear(j)) {
        const int year = t[j].value;
        const QDate first = makeDate(year, month, 1);
        if (!first.isValid())
            return false;
        m.first = i;
        m.end = j + 1;
        m.date = FuzzyDate::between(first, endOfMonth(first), DatePrecision::Month);
        return m.valid = true;
    }
    return false;
}

// 14 January 2025 · 07 November 2025 · 14 January · the 6th of January
bool Matcher::matchDayFirst(int i, int weekday, Match &m) const
{
    if (!isDay(i))
        return false;
    int j = i + 1;
    int lastDay = 0;
    if ((isPunct(j, u'-') || isPunct(j, u'\u2013')) && isDay(j + 1) && t[j + 1].value > t[i].value
        && isMonth(j + 2)) {
        lastDay = t[j + 1].value; // "23-27 December"
        j += 2;
    }
    if (lex(j) == Lex::Of && t[i].ordinal)
        ++j;
    if (!isMonth(j))
        return false;
    const int month = t[j].value;
    int k = skipDot(j + 1);
    int year = 0;
    const int afterComma = skipComma(k);
    if (isYear(afterComma)) {
        year = t[afterComma].value;
        k = afterComma + 1;
    }
    if (weekday == 0 && lastDay == 0)
        k = bracketedWeekday(k, weekday);
    const FuzzyDate f = monthDay(month, t[i].value, year, weekday);
    if (f.precision == DatePrecision::Unknown)
        return false;
    m.first = i;
    m.end = k;
    m.date = lastDay > 0 ? daySpan(f, lastDay) : f;
    return m.valid = true;
}

// Tuesday · on Monday · Early Friday morning · last Tuesday · Thursday, November 6
bool Matcher::matchWeekday(int i, Match &m)
{
    if (!isWeekday(i))
        return false;
    const int weekday = t[i].value;
    static const int fullLengths[] = {0, 6, 7, 9, 8, 6, 8, 6};
    const bool abbreviated = t[i].end - t[i].start != fullLengths[weekday];
    int j = abbreviated ? skipDot(i + 1) : i + 1;
    const int afterComma = skipComma(j);
    Match full;
    if (matchMonthFirst(afterComma, weekday, full) || matchDayFirst(afterComma, weekday, full)) {
        m = full;
        m.first = i;
        if (m.date.isDay()) {
            m_lastWeekdayDay = m.date.earliest;
            m_lastWeekdaySeen = true;
        }
        return true;
    }
    // Modifiers before the weekday.
    int first = i;
    WeekdayRule rule = WeekdayRule::OnOrBefore;
    QString prefix;
    const Lex before = lex(i - 1);
    if (before == Lex::Last || before == Lex::Past) {
        rule = WeekdayRule::StrictlyBefore;
        first = i - 1;
    } else if (before == Lex::Next || before == Lex::Following) {
        rule = WeekdayRule::StrictlyAfter;
        first = i - 1;
        if (lex(i - 2) == Lex::The)
            first = i - 2;
    } else if (before == Lex::Previous || before == Lex::Prior
               || (has(i - 1) && m_text.mid(t[i - 1].start, t[i - 1].end - t[i - 1].start)
                                         .compare(QLatin1String("preceding"), Qt::CaseInsensitive) == 0)) {
        rule = WeekdayRule::BeforePrevious;
        first = i - 1;
        if (lex(i - 2) == Lex::The)
            first = i - 2;
    } else if (before == Lex::This) {
        first = i - 1;
    } else if (before == Lex::Early || before == Lex::Late) {
        prefix = before == Lex::Early ? QStringLiteral("early") : QStringLiteral("late");
        first = i - 1;
    }
    QString period;
    const int end = matchDayPeriod(t, j, period); // j itself keeps an abbreviation's period
    if (!period.isEmpty() && !prefix.isEmpty() && !period.startsWith(prefix))
        period = prefix + u' ' + period;
    else if (period.isEmpty() && !prefix.isEmpty())
        period = prefix;

    m.first = first;
    m.end = end;
    m.date = weekdayDate(weekday, rule);
    m.timeOfDay = period;
    m.relative = true;
    if (m.date.isDay()) {
        m_lastWeekdayDay = m.date.earliest;
        m_lastWeekdaySeen = true;
    }
    return m.valid = true;
}

// early May 2025 · mid-May · late March · the end of May · late last month · earlier this month
bool Matcher::matchPartOfMonth(int i, Match &m) const
{
    int j = i;
    if (lex(j) == Lex::The)
        ++j;
    int part = -1;
    const Lex l = lex(j);
    if (l == Lex::Early && j == i) {
        part = 0;
        ++j;
        if (isPunct(j, u'-') && !t[j].spaceBefore)
            ++j;
    } else if (l == Lex::Mid && j == i) {
        part = 1;
        ++j;
        if (isPunct(j, u'-'))
            ++j;
    } else if (l == Lex::Late && j == i) {
        part = 2;
        ++j;
        if (isPunct(j, u'-') && !t[j].spaceBefore)
            ++j;
    } else if ((l == Lex::Beginning || l == Lex::Start) && lex(j + 1) == Lex::Of) {
        part = 0;
        j += 2;
    } else if (l == Lex::Middle && lex(j + 1) == Lex::Of) {
        part = 1;
        j += 2;
    } else if (l == Lex::End && lex(j + 1) == Lex::Of) {
        part = 2;
        j += 2;
    }
    if (part < 0)
        return false;
    if (lex(j) == Lex::In && part != 1) // "early in May"
        ++j;
    if (isMonth(j)) {
        const int month = t[j].value;
        int k = skipDot(j + 1);
        int year = 0;
        const int afterComma = skipComma(k);
        if (isYear(afterComma)) {
            year = t[afterComma].value;
            k = afterComma + 1;
        } else if (!yearForMonth(month, 0, year)) {
            return false; // "in early March" with no year anywhere: not datable
        }
        const FuzzyDate f = partOfMonth(year, month, part);
        if (!f.isKnown())
            return false;
        m.first = i;
        m.end = k;
        m.date = f;
        return m.valid = true;
    }
    if ((lex(j) == Lex::Last || lex(j) == Lex::This) && lex(j + 1) == Lex::Month_) {
        m.first = i;
        m.end = j + 2;
        m.relative = true;
        const QDate r = m_ctx.refDay;
        if (!inCalendarRange(r)) {
            m.date = FuzzyDate::unknown();
        } else {
            const QDate month = lex(j) == Lex::Last ? addMonths(firstOfMonth(r), -1) : firstOfMonth(r);
            m.date = partOfMonth(month.year(), month.month(), part);
        }
        return m.valid = true;
    }
    if (isYear(j) && part != -1 && j > i) { // "early 2024", "mid-2023": only a year
        const QDate first = makeDate(t[j].value, 1, 1);
        m.first = i;
        m.end = j + 1;
        m.date = FuzzyDate::between(first, makeDate(t[j].value, 12, 31), DatePrecision::Year);
        m.bareYear = true;
        return m.valid = true;
    }
    return false;
}

// in March · since July · last March (a month with a preposition before it)
bool Matcher::matchMonthAlone(int i, Match &m) const
{
    if (!isMonth(i))
        return false;
    const Lex before = lex(i - 1);
    int modifier = 0;
    switch (before) {
    case Lex::In: case Lex::Since: case Lex::During: case Lex::Until: case Lex::By: case Lex::From:
    case Lex::Through: case Lex::Of: case Lex::This: case Lex::Before: case Lex::After:
        break;
    case Lex::Last: case Lex::Past: modifier = -1; break;
    case Lex::Next: modifier = 1; break;
    default: return false;
    }
    // "of May" needs more: "the end of May" is a part of the month (matched earlier).
    if (before == Lex::Of)
        return false;
    int year = 0;
    const int month = t[i].value;
    if (!yearForMonth(month, modifier, year))
        return false;
    const QDate first = makeDate(year, month, 1);
    if (!first.isValid())
        return false;
    m.first = modifier != 0 || before == Lex::This ? i - 1 : i;
    m.end = skipDot(i + 1);
    m.date = FuzzyDate::between(first, endOfMonth(first), DatePrecision::Month);
    m.relative = modifier != 0;
    return m.valid = true;
}

// Words that make "the 25th" a rank, not a day: "the 25th anniversary", "the 3rd test".
bool isOrdinalNoun(QStringView w)
{
    static const char *const nouns[] = {
        "anniversary", "century", "time", "times", "round", "rounds", "test", "tests", "launch", "launches",
        "missile", "missiles", "floor", "division", "place", "congress", "session", "plenary", "party",
        "meeting", "birthday", "consecutive", "largest", "biggest", "such", "straight", "year", "week",
        "month", "day", "army", "corps", "fleet", "brigade", "regiment", "amendment", "edition", "generation",
        "annual", "most", "in", "among", "largest", "highest", "nuclear", "ballistic", "attempt", "salvo",
        "provocation", "since", "this", "of", "and", "or"};
    for (const char *n : nouns) {
        if (w.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// on the 25th · since the 3rd
bool Matcher::matchOrdinalDay(int i, Match &m) const
{
    if (lex(i) != Lex::The || !has(i + 1) || t[i + 1].kind != TokKind::Number || !t[i + 1].ordinal
        || t[i + 1].value < 1 || t[i + 1].value > 31)
        return false;
    switch (lex(i - 1)) {
    case Lex::On: case Lex::Since: case Lex::By: case Lex::Until: case Lex::Before: case Lex::After:
    case Lex::From:
        break;
    default:
        return false;
    }
    if (lex(i + 2) == Lex::Of || isMonth(i + 2) || ordinalNounFollows(i + 2))
        return false; // "the 25th of May" (day-first), "on the 25th anniversary"
    const int day = t[i + 1].value;
    m.first = i;
    m.end = i + 2;
    m.relative = true;
    const QDate r = m_ctx.refDay;
    if (!inCalendarRange(r)) {
        m.date = FuzzyDate::unknown();
        return m.valid = true;
    }
    QDate month = firstOfMonth(r);
    QDate d = makeDate(month.year(), month.month(), day);
    if (!d.isValid() || d > r) {
        month = addMonths(month, -1);
        d = makeDate(month.year(), month.month(), day);
    }
    if (!d.isValid())
        return false;
    m.date = FuzzyDate::onDay(d);
    return m.valid = true;
}

// the last week of January · the first week of March 2024 · the second week of May:
// seven days of a named month (the last week: its final seven days).
bool Matcher::matchWeekOfMonth(int i, Match &m) const
{
    int j = lex(i) == Lex::The ? i + 1 : i;
    if (!has(j) || t[j].kind != TokKind::Word || lex(j + 1) != Lex::Week || lex(j + 2) != Lex::Of || !isMonth(j + 3))
        return false;
    static const char *const ordinals[] = {"first", "second", "third", "fourth"};
    const QStringView word = m_text.mid(t[j].start, t[j].end - t[j].start);
    int nth = 0; // 1-4, or -1 for the last
    for (int k = 0; k < 4; ++k) {
        if (word.compare(QLatin1String(ordinals[k]), Qt::CaseInsensitive) == 0)
            nth = k + 1;
    }
    if (lex(j) == Lex::Last || word.compare(QLatin1String("final"), Qt::CaseInsensitive) == 0)
        nth = -1;
    if (nth == 0)
        return false;
    const int month = t[j + 3].value;
    int k = skipDot(j + 4);
    int year = 0;
    const int afterComma = skipComma(k);
    if (isYear(afterComma)) {
        year = t[afterComma].value;
        k = afterComma + 1;
    } else if (!yearForMonth(month, 0, year)) {
        return false; // no year anywhere: not datable
    }
    const int last = lastDayOfMonth(year, month);
    if (last == 0)
        return false;
    const int from = nth > 0 ? 1 + 7 * (nth - 1) : last - 6;
    m.first = i;
    m.end = k;
    m.date = FuzzyDate::between(QDate(year, month, from), QDate(year, month, from + 6), DatePrecision::Week);
    return m.valid = true;
}

// yesterday · today · last month · this week · earlier this year · the previous day · last weekend
bool Matcher::matchRelative(int i, Match &m) const
{
    const QDate r = m_ctx.refDay;
    const bool known = inCalendarRange(r);
    int end = -1;
    QDate from, to;
    DatePrecision p = DatePrecision::Day;
    QString tod;
    const Lex a = lex(i), b = lex(i + 1), c = lex(i + 2);
    if (a == Lex::Yesterday) {
        end = i + 1;
        from = to = addDays(r, -1);
    } else if (a == Lex::Today || a == Lex::Tonight) {
        end = i + 1;
        from = to = r;
        if (a == Lex::Tonight)
            tod = QStringLiteral("night");
    } else if (a == Lex::This && (b == Lex::Morning || b == Lex::Afternoon || b == Lex::Evening)) {
        end = i + 2;
        from = to = r;
        tod = m_text.mid(t[i + 1].start, t[i + 1].end - t[i + 1].start).toString().toLower();
    } else if ((a == Lex::Last || a == Lex::Past || a == Lex::This || a == Lex::Previous)
               && (b == Lex::Week || b == Lex::Month_ || b == Lex::Year || b == Lex::Weekend)
               && !(has(i + 1) && m_text.mid(t[i + 1].end - 1, 1) == QLatin1String("s"))) {
        end = i + 2;
        const bool last = a == Lex::Last || a == Lex::Past || a == Lex::Previous;
        if (known) {
            if (b == Lex::Week) {
                const QDate monday = mondayOf(r);
                from = last ? addDays(monday, -7) : monday;
                to = last ? addDays(monday, -1) : r;
                p = DatePrecision::Week;
            } else if (b == Lex::Month_) {
                const QDate first = last ? addMonths(firstOfMonth(r), -1) : firstOfMonth(r);
                from = first;
                to = last ? endOfMonth(first) : r;
                p = DatePrecision::Month;
            } else if (b == Lex::Year) {
                const int y = last ? r.year() - 1 : r.year();
                from = makeDate(y, 1, 1);
                to = last ? makeDate(y, 12, 31) : r;
                p = DatePrecision::Year;
            } else { // weekend
                const QDate sat = weekdayOnOrBefore(r, 6, false);
                from = sat;
                to = addDays(sat, 1) > r ? r : addDays(sat, 1);
                p = DatePrecision::Week;
            }
        }
    } else if (a == Lex::The && b == Lex::Weekend) { // "over the weekend": the last one
        end = i + 2;
        if (known) {
            const QDate sat = weekdayOnOrBefore(r, 6, false);
            from = sat;
            to = addDays(sat, 1) > r ? r : addDays(sat, 1);
            p = DatePrecision::Week;
        }
    } else if (a == Lex::Earlier && b == Lex::This
               && (c == Lex::Week || c == Lex::Month_ || c == Lex::Year)) {
        end = i + 3;
        if (known) {
            const QDate yesterday = addDays(r, -1);
            if (c == Lex::Week) {
                from = mondayOf(r);
                p = DatePrecision::Week;
            } else if (c == Lex::Month_) {
                from = firstOfMonth(r);
                p = DatePrecision::Month;
            } else {
                from = makeDate(r.year(), 1, 1);
                p = DatePrecision::Year;
            }
            to = yesterday < from ? from : yesterday;
        }
    } else if (a == Lex::The && (b == Lex::Previous || b == Lex::Prior || b == Lex::Following || b == Lex::Next
                                 || b == Lex::Same)
               && c == Lex::Day) {
        end = i + 3;
        const int delta = (b == Lex::Previous || b == Lex::Prior) ? -1 : b == Lex::Same ? 0 : 1;
        from = to = addDays(r, delta);
        m.countsDays = true;
        m.dayOffset = delta;
    } else if (a == Lex::The && b == Lex::Day && (c == Lex::Before || c == Lex::After)
               && !(has(i + 3) && (t[i + 3].kind == TokKind::Word || t[i + 3].kind == TokKind::Number)
                    && lex(i + 3) != Lex::And && lex(i + 3) != Lex::On && lex(i + 3) != Lex::At)) {
        end = i + 3;
        from = to = addDays(r, c == Lex::Before ? -1 : 1);
        m.countsDays = true;
        m.dayOffset = c == Lex::Before ? -1 : 1;
    } else {
        return false;
    }
    m.first = i;
    m.end = end;
    m.relative = true;
    m.timeOfDay = tod;
    m.date = known && from.isValid() && to.isValid() ? FuzzyDate::between(from, to, p) : FuzzyDate::unknown();
    return m.valid = true;
}

// a week earlier · two weeks ago · three days later · a month ago · 10 days before
bool Matcher::matchCountedRelative(int i, Match &m) const
{
    int n = 0;
    int j = i;
    if (!isNumberish(j, n) || n < 1 || n > 400)
        return false;
    if (lex(j) == Lex::A && lex(j + 1) == Lex::NumberWord)
        return false;
    const Lex unit = lex(j + 1);
    if (unit != Lex::Day && unit != Lex::Week && unit != Lex::Month_ && unit != Lex::Year)
        return false;
    const Lex dir = lex(j + 2);
    int sign = 0;
    if (dir == Lex::Ago || dir == Lex::Earlier || dir == Lex::Before || dir == Lex::Prior)
        sign = -1;
    else if (dir == Lex::Later || dir == Lex::After)
        sign = 1;
    if (sign == 0)
        return false;
    // "two days before the launch" counts from the launch, not the reference:
    // only the bare forms are resolved here.
    if ((dir == Lex::Before || dir == Lex::After) && has(j + 3)
        && (t[j + 3].kind == TokKind::Word || t[j + 3].kind == TokKind::Number) && lex(j + 3) != Lex::And)
        return false;
    m.first = i;
    m.end = j + 3;
    m.relative = true;
    if (unit == Lex::Day && dir != Lex::Ago) { // "ago" counts from today, the others from a day told
        m.countsDays = true;
        m.dayOffset = sign * n;
    }
    const QDate r = m_ctx.refDay;
    if (!inCalendarRange(r)) {
        m.date = FuzzyDate::unknown();
        return m.valid = true;
    }
    if (unit == Lex::Day) {
        m.date = FuzzyDate::onDay(addDays(r, sign * n));
    } else if (unit == Lex::Week) {
        // "A week before R" is a window, not a day: R-7 give or take three days.
        const QDate centre = addDays(r, sign * 7 * n);
        m.date = FuzzyDate::between(addDays(centre, -3), addDays(centre, 3), DatePrecision::Week);
    } else {
        const QDate month = addMonths(firstOfMonth(r), sign * n * (unit == Lex::Year ? 12 : 1));
        m.date = FuzzyDate::between(month, endOfMonth(month), DatePrecision::Month);
    }
    if (!m.date.isKnown())
        m.date = FuzzyDate::unknown();
    return m.valid = true;
}

// since 2006 · in 2019: a year on its own, marked so it can be told from an event date
bool Matcher::matchBareYear(int i, Match &m) const
{
    if (!isYear(i))
        return false;
    switch (lex(i - 1)) {
    case Lex::In: case Lex::Since: case Lex::During: case Lex::Until: case Lex::By: case Lex::From:
    case Lex::Through: case Lex::Of: case Lex::Before: case Lex::After:
        break;
    default:
        return false;
    }
    const QDate first = makeDate(t[i].value, 1, 1);
    m.first = i;
    m.end = i + 1;
    m.date = FuzzyDate::between(first, makeDate(t[i].value, 12, 31), DatePrecision::Year);
    m.bareYear = true;
    return m.valid = true;
}

// "On Jan. 24, 28 and 30": the days listed after a month-day are days of the same
// month, each its own mention. The list must end with "and"/"or" and a day
// followed by punctuation or a year ("May 8 and 9 rockets flew" is a count, and
// so, unavoidably, is "Oct. 22 and 24 drew protests"). A year after the list
// ("..., 28 and 30, 2024") is every listed day's. Returns the token
// after the list, or first.end when there is none.
int Matcher::listedDays(const Match &first, QVector<DateMention> &out) const
{
    QVector<int> days;
    int k = first.end;
    bool closed = false;
    while (!closed && days.size() < 10) {
        int j = skipComma(k);
        const bool conjunction = lex(j) == Lex::And
            || (has(j) && m_text.mid(t[j].start, t[j].end - t[j].start) == QLatin1String("or"));
        if (conjunction)
            ++j;
        if (j == k || !isDay(j) || !t[j].spaceBefore)
            break;
        days.append(j);
        k = j + 1;
        closed = conjunction;
    }
    if (!closed || days.isEmpty())
        return first.end;
    int year = first.listYear;
    int after = k;
    if (year == 0 && isPunct(k, u',') && isYear(k + 1)) {
        year = t[k + 1].value;
        after = k + 2;
    }
    if (after == k && has(after) && !(t[after].kind == TokKind::Punct && t[after].punct != u'-'))
        return first.end; // "May 8 and 9 missiles": a number of things, not a day
    if (year != 0 && first.listYear == 0 && !out.isEmpty()) {
        DateMention &head = out.last(); // the list's year is the first day's too
        const FuzzyDate f = monthDay(first.listMonth, head.date.isDay() ? head.date.earliest.day() : head.date.day, year,
                                     head.date.weekday);
        if (f.isKnown()) {
            const QString text = head.date.text;
            head.date = f;
            head.date.text = text;
        }
    }
    for (int j : days) {
        DateMention dm;
        dm.start = t[j].start;
        dm.end = t[j].end;
        dm.date = monthDay(first.listMonth, t[j].value, year, 0);
        if (dm.date.precision == DatePrecision::Unknown)
            continue;
        dm.date.text = m_text.mid(dm.start, dm.end - dm.start).toString();
        out.append(dm);
    }
    return after;
}

void Matcher::run(QVector<DateMention> &out)
{
    const int n = t.size();
    for (int i = 0; i < n;) {
        const Token &tok = t[i];
        // Cheap dispatch: only tokens that can start a date are examined.
        bool candidate = false;
        if (tok.kind == TokKind::Number)
            candidate = true;
        else if (tok.kind == TokKind::Word && tok.lex != Lex::None)
            candidate = true;
        if (!candidate) {
            ++i;
            continue;
        }
        Match m;
        m_lookingBack = lex(i - 1) == Lex::Since || lex(i - 1) == Lex::After;
        const bool found = matchIso(i, m) || matchWeekday(i, m) || matchMonthFirst(i, 0, m)
            || matchDayFirst(i, 0, m) || matchPartOfMonth(i, m) || matchWeekOfMonth(i, m) || matchRelative(i, m)
            || matchCountedRelative(i, m) || matchOrdinalDay(i, m) || matchMonthAlone(i, m)
            || matchBareYear(i, m);
        if (!found) {
            ++i;
            continue;
        }
        // A leading preposition belongs to the evidence ("on Tuesday", "since November 5").
        int first = m.first;
        if (first > 0 && first == i) {
            switch (lex(first - 1)) {
            case Lex::On: case Lex::In: case Lex::Since: case Lex::During: case Lex::Until:
                --first;
                break;
            default:
                break;
            }
        }
        // Never overlap what was already emitted.
        if (!out.isEmpty() && t[first].start < out.last().end)
            first = i;
        DateMention dm;
        dm.start = t[first].start;
        dm.end = t[m.end - 1].end;
        dm.date = m.date;
        dm.date.text = m_text.mid(dm.start, dm.end - dm.start).toString();
        dm.timeOfDay = m.timeOfDay;
        dm.relative = m.relative;
        dm.bareYear = m.bareYear;
        dm.countsDays = m.countsDays;
        dm.dayOffset = m.dayOffset;
        out.append(dm);
        i = std::max(m.end, i + 1);
        if (m.listMonth != 0)
            i = std::max(i, listedDays(m, out));
    }
}

} // namespace

void findDates(QStringView text, const QVector<Token> &toks, const ResolveContext &ctx, QVector<DateMention> &out)
{
    Matcher(text, toks, ctx).run(out);
}

} // namespace atlas::temporal
