#include "extract/temporal/DateMatcher.h"
#include "extract/temporal/ListYears.h"
#include "extract/temporal/DateMatcherImpl.h"

#include "extract/temporal/CalendarMath.h"
#include "extract/temporal/ClockTimes.h"

namespace atlas::temporal {
namespace detail {

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

// January 14, 2025 · Jan. 14 · January 2025 · Nov 08, 2025
bool Matcher::matchMonthFirst(int i, int weekday, Match &m) const
{
    if (!isMonth(i))
        return false;
    const int month = t[i].value;
    int j = skipDot(i + 1);
    // "Nov. 8" and, in Korean sites' compact stamps, "Nov.8" (the dot, then the day).
    const bool compactDay = j > i + 1 && has(j) && !t[j].spaceBefore && t[j].kind == TokKind::Number
        && !t[j].grouped && t[j].digits <= 2;
    if (isDay(j) && (t[j].spaceBefore || compactDay)) {
        const int day = t[j].value;
        int k = j + 1;
        // "Dec. 23-27": a span of days; the end day is read like the first.
        int lastDay = 0;
        if ((isPunct(k, u'-') || isPunct(k, u'\u2013')) && isDay(k + 1) && t[k + 1].value > day) {
            lastDay = t[k + 1].value;
            k += 2;
        }
        int year = 0;
        k = optionalYear(k, year);
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
    int year = 0;
    const int afterYear = optionalYear(j, year); // (or an era's: "April Juche 113 [2024]")
    if (year) {
        const QDate first = makeDate(year, month, 1);
        if (!first.isValid())
            return false;
        m.first = i;
        m.end = afterYear;
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
    k = optionalYear(k, year);
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
    if (!yearForMonth(month, modifier, year)) {
        // "In June, the North fired ..." in an undated article: the month is
        // stated, its year is not; kept as such (never a guessed year), so that
        // the launch it dates is told apart from one "on Wednesday".
        if (modifier != 0 || before == Lex::This)
            return false;
        m.first = i;
        m.end = skipDot(i + 1);
        m.date = FuzzyDate::unknown(0);
        m.date.month = month;
        return m.valid = true;
    }
    const QDate first = makeDate(year, month, 1);
    if (!first.isValid())
        return false;
    m.first = modifier != 0 || before == Lex::This ? i - 1 : i;
    m.end = skipDot(i + 1);
    m.date = FuzzyDate::between(first, endOfMonth(first), DatePrecision::Month);
    m.relative = modifier != 0;
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
// "and", "or", "&" joining the last day of a list.
bool Matcher::isListConjunction(int j) const
{
    return lex(j) == Lex::And || isPunct(j, u'&')
        || (has(j) && m_text.mid(t[j].start, t[j].end - t[j].start) == QLatin1String("or"));
}

// The days of a list from token k on (", 28", ", 28 and 30", " or 13"), appended
// to `days` until "and"/"or"/"&" and its day close the list (`closed`).
// Returns the token after the last day read.
int Matcher::moreListedDays(int k, bool ordinalsOk, QVector<int> &days, bool &closed) const
{
    closed = false;
    while (!closed && days.size() < 10) {
        int j = skipComma(k);
        const bool conjunction = isListConjunction(j);
        if (conjunction)
            ++j;
        if (j == k || !isDay(j) || (t[j].ordinal && !ordinalsOk) || !t[j].spaceBefore)
            break;
        days.append(j);
        k = j + 1;
        closed = conjunction;
    }
    return k;
}

// "On 5 and 19 February", "5, 12 & 19 Feb. 2025": days listed before their month
// (the day-first way). Emits every day but the last, each its own mention with
// the month and year that follow the list, and returns the index of the last
// day (which the day-first pattern then reads with its month); returns i when
// no such list starts at i.
int Matcher::dayFirstList(int i, QVector<DateMention> &out) const
{
    if (!isDay(i) || t[i].ordinal)
        return i;
    QVector<int> days{i};
    bool closed = false;
    const int k = moreListedDays(i + 1, false, days, closed);
    if (!closed || !isMonth(k))
        return i;
    const int month = t[k].value;
    int year = 0;
    optionalYear(skipDot(k + 1), year);
    for (int d = 0; d + 1 < days.size(); ++d) {
        const int j = days[d];
        DateMention dm;
        dm.start = t[j].start;
        dm.end = t[j].end;
        dm.date = monthDay(month, t[j].value, year, 0);
        if (dm.date.precision == DatePrecision::Unknown)
            return i;
        dm.date.text = m_text.mid(dm.start, dm.end - dm.start).toString();
        out.append(dm);
    }
    return days.last();
}

int Matcher::listedDays(const Match &first, QVector<DateMention> &out) const
{
    QVector<int> days;
    bool closed = false;
    const int k = moreListedDays(first.end, true, days, closed);
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

// The first tokens the patterns tried in run() accept, read off each one's
// opening tests. Most words a tagged sentence holds ("in", "of", "and", "the
// missile", "a launch") start none, and trying all twelve patterns at each of
// them cost more than the rest of the matching. A pattern added to run() must
// add its first words here (tst_temporaltagger's "word starts" rows cover each).
bool Matcher::mayStartAtWord(int i) const
{
    switch (t[i].lex) {
    case Lex::Month:     // matchMonthFirst, matchMonthAlone
    case Lex::Weekday:   // matchWeekday (its "last", "the previous" are read back from it)
    case Lex::Yesterday: case Lex::Today: case Lex::Tonight: // matchRelative
    case Lex::This: case Lex::Past: case Lex::Previous: case Lex::Earlier: // matchRelative
    case Lex::Last:      // matchRelative, matchPartOfMonth ("last ten days of"), matchWeekOfMonth
    case Lex::Early: case Lex::Mid: case Lex::Late: // matchPartOfMonth
    case Lex::Beginning: case Lex::Start: case Lex::Middle: case Lex::End: // matchPartOfMonth ("end of May")
        return true;
    case Lex::A:
    case Lex::NumberWord: { // matchCountedRelative only: "a week earlier", "two days later"
        const Lex unit = lex(i + 1);
        return unit == Lex::Day || unit == Lex::Week || unit == Lex::Month_ || unit == Lex::Year;
    }
    case Lex::The:
        // matchOrdinalDay ("the 25th"), matchRelative ("the previous day", "the
        // weekend"), matchPartOfMonth ("the end of", "the first ten days of")
        // and matchWeekOfMonth ("the first week of"): a number or a lexicon word
        // next, a week two words on, or days three words on.
        return (has(i + 1) && (t[i + 1].kind == TokKind::Number || t[i + 1].lex != Lex::None))
            || lex(i + 2) == Lex::Week || lex(i + 3) == Lex::Day;
    default:
        return false;
    }
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
            candidate = mayStartAtWord(i);
        if (!candidate) {
            ++i;
            continue;
        }
        if (const int last = dayFirstList(i, out); last > i) {
            i = last; // the last day is read with its month below
            continue;
        }
        Match m;
        m_lookingBack = lex(i - 1) == Lex::Since || lex(i - 1) == Lex::After;
        const bool iso = matchIso(i, m);
        const bool found = iso || matchNumericDayMonth(i, m) || matchNumericDayMonthWithoutYear(i, m) || matchHyphenatedDayMonth(i, m) || matchWeekday(i, m) || matchMonthFirst(i, 0, m)
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
        if (iso && dm.date.isDay())
            i = std::max(i, isoListedDays(m.end - 5, dm.date.earliest.year(), out));
    }
}

// "on 2026/1/4, 3/17, 5/14 and 9/15": after a day written year first, the days
// listed after it in figures, with its separator, are month and day of its
// year (the writer's order is settled by the first). A list, closed by "and" or
// "or" before its last day, each day ending where a list item does: not "on
// 2026/3/9, 4/5 of respondents", "2026-03-09, 2-3 of them". Returns the token
// after the last day read (`first + 5` when there is no such list).
int Matcher::isoListedDays(int first, int year, QVector<DateMention> &out) const
{
    const QChar sep = t[first + 1].punct;
    struct Day {
        int start, end;
        QDate date;
    };
    QVarLengthArray<Day, 8> days;
    bool closed = false;
    int k = first + 5;
    while (has(k + 2) && !closed) {
        // ", 3/17", "and 9/15", ", and 9/15"
        int j = k;
        if (isPunct(j, u','))
            ++j;
        if (isListConjunction(j)) {
            ++j;
            closed = true;
        }
        if (j == k || !has(j + 2))
            return first + 5;
        if (t[j].kind != TokKind::Number || t[j].digits > 2 || t[j].grouped || t[j].ordinal || !isPunct(j + 1, sep.unicode())
            || t[j + 1].spaceBefore || t[j + 2].spaceBefore || t[j + 2].kind != TokKind::Number || t[j + 2].digits > 2
            || t[j + 2].grouped)
            return first + 5;
        const int after = j + 3;
        // (A day before the last ends its item: "4/5 of" is a fraction. And no day
        // goes on: "3/17/2026" is a day of its own.)
        const bool glued = has(after) && !t[after].spaceBefore && isPunct(after, sep.unicode());
        const bool ends = closed || !has(after) || isListConjunction(after)
            || (t[after].kind == TokKind::Punct && t[after].punct != sep)
            || lex(after) == Lex::This || lex(after) == Lex::Last;
        const QDate d = makeDate(year, t[j].value, t[j + 2].value);
        if (!ends || glued || !d.isValid())
            return first + 5;
        days.append({t[j].start, t[j + 2].end, d});
        k = after;
    }
    if (!closed)
        return first + 5;
    for (const Day &day : days) {
        DateMention dm;
        dm.start = day.start;
        dm.end = day.end;
        dm.date = FuzzyDate::onDay(day.date, m_text.mid(dm.start, dm.end - dm.start).toString());
        out.append(dm);
    }
    return k;
}

} // namespace detail

void findDates(QStringView text, const TokenList &toks, const ResolveContext &ctx, QVector<DateMention> &out)
{
    const qsizetype first = out.size();
    detail::Matcher(text, toks, ctx).run(out);
    shareListYear(text, out, first);
    // A day after the reference that is not counted from it and names no year:
    // the yearless day was put in the coming weeks (monthDay's window).
    if (!inCalendarRange(ctx.yearRef))
        return;
    for (qsizetype k = first; k < out.size(); ++k) {
        DateMention &dm = out[k];
        if (dm.relative || dm.countsDays || !dm.date.isDay() || dm.date.earliest <= ctx.yearRef)
            continue;
        const QStringView said = QStringView(text).mid(dm.start, dm.end - dm.start);
        int digits = 0, longest = 0;
        for (QChar c : said) {
            digits = c.isDigit() ? digits + 1 : 0;
            longest = std::max(longest, digits);
        }
        dm.yearAhead = longest < 4; // not "Jan 25, 2026"
    }
}

} // namespace atlas::temporal
