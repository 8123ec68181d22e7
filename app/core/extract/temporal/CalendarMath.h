#pragma once
// Calendar arithmetic for the temporal tagger, done with boost::gregorian so
// month ends, leap years and weekday steps follow one well-tested calendar.
// QDate stays the currency at the edges (the model uses it); every function
// returns an invalid QDate rather than throwing when asked for a day that
// does not exist or lies outside boost's range (1400-9999).
#include <QDate>

namespace atlas::temporal {

// True when d is valid and inside the range boost::gregorian handles.
bool inCalendarRange(const QDate &d);
// The day, or invalid when y-m-d does not exist (31 April) or is out of range.
QDate makeDate(int year, int month, int day);
int lastDayOfMonth(int year, int month); // 0 when month is not 1-12
QDate firstOfMonth(const QDate &d);
QDate endOfMonth(const QDate &d);
QDate addDays(const QDate &d, int days);
QDate addMonths(const QDate &d, int months); // clamps to the month's last day
// The latest day with the weekday (Qt::DayOfWeek, 1-7) on or before `d`;
// strictly before `d` when `strict`.
QDate weekdayOnOrBefore(const QDate &d, int weekday, bool strict = false);
// Monday of the ISO week containing `d`.
QDate mondayOf(const QDate &d);
int weekdayOf(const QDate &d); // Qt::DayOfWeek, 0 when invalid

} // namespace atlas::temporal
