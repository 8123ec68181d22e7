#pragma once
// A strip of launches per month under the axis: one small bar and a count per
// month of the period being read (a year, or all years), with the part of it
// the timeline shows outlined. It does not zoom with the axis: it is the quick
// read of the whole period and a map of where the view is.
#include "render/timeline/TimelineItem.h"
#include "render/timeline/TimelineStyle.h"

#include <QDate>
#include <QRectF>
#include <QVector>

class QPainter;

namespace atlas {

struct MonthCount {
    QDate month; // first day of the month
    int launches = 0;
};

class MonthStrip {
public:
    // Counts dated launches by the month of their midpoint (a launch of "early
    // May" counts in May, a "week of 28 Apr - 4 May" in whichever month holds
    // its middle day), over the months from..to.
    static QVector<MonthCount> count(const TimelineItems &items, const QDate &from, const QDate &to);

    // The month cell under x, or an invalid date.
    static QDate monthAt(const QVector<MonthCount> &months, const QRectF &rect, double x);
    static QRectF cellRect(const QVector<MonthCount> &months, const QRectF &rect, int index);

    // windowStart/windowEnd: the days the timeline shows (Julian, end exclusive).
    static void paint(QPainter &p, const QRectF &rect, const QVector<MonthCount> &months,
                      const TimelineStyle &style, const QColor &barColor, double windowStart,
                      double windowEnd);
};

} // namespace atlas
