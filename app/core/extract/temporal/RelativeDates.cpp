#include "extract/temporal/DateMatcherImpl.h"

#include "extract/temporal/CalendarMath.h"
#include "extract/temporal/ClockTimes.h"

// Weekdays, relative expressions ("last month", "the previous day", "three days
// later"), ordinal days ("on the 25th") and parts and weeks of months: the
// patterns whose date depends on a reference day or a month's calendar.
namespace atlas::temporal::detail {

FuzzyDate Matcher::partOfMonth(int year, int month, int part) const
{
    const int last = lastDayOfMonth(year, month);
    if (last == 0)
        return {};
    const int from = part == 0 ? 1 : part == 1 ? 11 : 21;
    const int to = part == 0 ? 10 : part == 1 ? 20 : last;
    return FuzzyDate::between(QDate(year, month, from), QDate(year, month, to), DatePrecision::PartOfMonth);
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
// · the first ten days of this month · the last 10 days of August (the Korean and Chinese
// calendar's thirds of a month, 상순/중순/하순, 上旬/中旬/下旬, as translations render them)
bool Matcher::matchPartOfMonth(int i, Match &m) const
{
    int j = i;
    if (lex(j) == Lex::The)
        ++j;
    int part = -1;
    const Lex l = lex(j);
    const bool tenDays = has(j + 3) && lex(j + 2) == Lex::Day && lex(j + 3) == Lex::Of
        && ((t[j + 1].kind == TokKind::Number && t[j + 1].value == 10 && !t[j + 1].grouped)
            || (lex(j + 1) == Lex::NumberWord && t[j + 1].value == 10));
    auto wordIs = [&](int k, const char *w) {
        return has(k) && m_text.mid(t[k].start, t[k].end - t[k].start).compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    };
    if (tenDays && (wordIs(j, "first") || wordIs(j, "middle") || wordIs(j, "second") || l == Lex::Last || wordIs(j, "final"))) {
        part = wordIs(j, "first") ? 0 : (wordIs(j, "middle") || wordIs(j, "second")) ? 1 : 2;
        j += 4;
    } else if (l == Lex::Early && j == i) {
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
    if (lex(j) == Lex::In && part != 1 && lex(j - 1) != Lex::Of) // "early in May"
        ++j;
    if (isMonth(j)) {
        const int month = t[j].value;
        int k = skipDot(j + 1);
        int year = 0;
        k = optionalYear(k, year);
        if (year == 0 && !yearForMonth(month, 0, year))
            return false; // "in early March" with no year anywhere: not datable
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
    case Lex::Of: {
        // "on the morning of the 9th": a part of the day before the day.
        const Lex part = lex(i - 2);
        if ((part == Lex::Morning || part == Lex::Afternoon || part == Lex::Evening || part == Lex::Night
             || part == Lex::Dawn)
            && lex(i - 3) == Lex::The)
            break;
        return false;
    }
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
    k = optionalYear(k, year);
    if (year == 0 && !yearForMonth(month, 0, year))
        return false; // no year anywhere: not datable
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

} // namespace atlas::temporal::detail
