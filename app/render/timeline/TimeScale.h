#pragma once
// Days to pixels and back, for the timeline and anything drawn against it.
//
// Time is measured in Julian day numbers as doubles: day D covers [D, D + 1).
// That keeps zoom and pan smooth (a view can start mid-day) while dates stay
// whole: a date's mark runs from the start of its first day to the end of its
// last, so "1-10 May" is exactly ten days wide at any zoom.
#include <QDate>

namespace atlas {

class TimeScale {
public:
    TimeScale() = default;
    // [startDay, endDay) onto [left, right] pixels. endDay > startDay, right > left.
    TimeScale(double startDay, double endDay, double left, double right);
    // The inclusive date range first..last onto [left, right].
    static TimeScale forDates(const QDate &first, const QDate &last, double left, double right);

    static double dayOf(const QDate &d) { return double(d.toJulianDay()); }

    double startDay() const { return m_start; }
    double endDay() const { return m_end; }
    double left() const { return m_left; }
    double right() const { return m_right; }
    double spanDays() const { return m_end - m_start; }
    double pixelsPerDay() const { return (m_right - m_left) / (m_end - m_start); }
    // First and last dates at least partly visible.
    QDate firstDate() const;
    QDate lastDate() const;

    double x(double day) const { return m_left + (day - m_start) * pixelsPerDay(); }
    double xOf(const QDate &d) const { return x(dayOf(d)); }            // start of the day
    double xOfEnd(const QDate &d) const { return x(dayOf(d) + 1.0); }   // end of the day
    double dayAt(double px) const { return m_start + (px - m_left) / pixelsPerDay(); }
    QDate dateAt(double px) const;

    bool isValid() const { return m_end > m_start && m_right > m_left; }

private:
    double m_start = 0;
    double m_end = 1;
    double m_left = 0;
    double m_right = 1;
};

} // namespace atlas
