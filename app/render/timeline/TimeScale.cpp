#include "render/timeline/TimeScale.h"

#include <cmath>

namespace atlas {

TimeScale::TimeScale(double startDay, double endDay, double left, double right)
    : m_start(startDay), m_end(endDay > startDay ? endDay : startDay + 1.0), m_left(left),
      m_right(right > left ? right : left + 1.0)
{
}

TimeScale TimeScale::forDates(const QDate &first, const QDate &last, double left, double right)
{
    return TimeScale(dayOf(first), dayOf(last) + 1.0, left, right);
}

QDate TimeScale::firstDate() const { return QDate::fromJulianDay(qint64(std::floor(m_start))); }

// The end is exclusive: a range ending exactly at midnight does not show the next day.
QDate TimeScale::lastDate() const { return QDate::fromJulianDay(qint64(std::ceil(m_end)) - 1); }

QDate TimeScale::dateAt(double px) const { return QDate::fromJulianDay(qint64(std::floor(dayAt(px)))); }

} // namespace atlas
