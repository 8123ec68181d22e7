#include "extract/temporal/CalendarMath.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace atlas::temporal {
namespace bg = boost::gregorian;

namespace {

bool yearInRange(int y) { return y >= 1401 && y <= 9998; }

bg::date toBoost(const QDate &d)
{
    return bg::date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                    static_cast<unsigned short>(d.day()));
}

QDate fromBoost(const bg::date &d)
{
    if (d.is_special() || !yearInRange(d.year()))
        return {};
    return QDate(d.year(), d.month(), d.day());
}

} // namespace

bool inCalendarRange(const QDate &d) { return d.isValid() && yearInRange(d.year()); }

int lastDayOfMonth(int year, int month)
{
    if (month < 1 || month > 12 || !yearInRange(year))
        return 0;
    return bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                    static_cast<unsigned short>(month));
}

QDate makeDate(int year, int month, int day)
{
    const int last = lastDayOfMonth(year, month);
    if (last == 0 || day < 1 || day > last)
        return {};
    return QDate(year, month, day);
}

QDate firstOfMonth(const QDate &d)
{
    return inCalendarRange(d) ? QDate(d.year(), d.month(), 1) : QDate();
}

QDate endOfMonth(const QDate &d)
{
    if (!inCalendarRange(d))
        return {};
    return fromBoost(toBoost(d).end_of_month());
}

QDate addDays(const QDate &d, int days)
{
    if (!inCalendarRange(d) || days < -1000000 || days > 1000000)
        return {};
    const bg::date b = toBoost(d);
    const long long jd = static_cast<long long>(b.julian_day()) + days;
    if (jd < 2232800 || jd > 5373000) // about 1401..9997
        return {};
    return fromBoost(b + bg::days(days));
}

QDate addMonths(const QDate &d, int months)
{
    if (!inCalendarRange(d) || months < -1200 || months > 1200)
        return {};
    const int total = d.year() * 12 + (d.month() - 1) + months;
    const int y = total / 12;
    const int m = total % 12 + 1;
    const int last = lastDayOfMonth(y, m);
    if (last == 0)
        return {};
    return QDate(y, m, std::min(d.day(), last));
}

int weekdayOf(const QDate &d)
{
    if (!inCalendarRange(d))
        return 0;
    const int sundayZero = toBoost(d).day_of_week().as_number(); // 0 = Sunday
    return sundayZero == 0 ? 7 : sundayZero;
}

QDate weekdayOnOrBefore(const QDate &d, int weekday, bool strict)
{
    if (!inCalendarRange(d) || weekday < 1 || weekday > 7)
        return {};
    const QDate start = strict ? addDays(d, -1) : d;
    if (!start.isValid())
        return {};
    const int back = (weekdayOf(start) - weekday + 7) % 7;
    return addDays(start, -back);
}

QDate mondayOf(const QDate &d)
{
    const int wd = weekdayOf(d);
    return wd == 0 ? QDate() : addDays(d, 1 - wd);
}

} // namespace atlas::temporal
