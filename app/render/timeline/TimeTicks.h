#pragma once
// Ticks and labels for a time axis that adapt to the zoom and never overlap.
//
// The finest calendar unit whose labels all fit in their cells wins: days when
// zoomed in, then weeks, months, quarters, years, decades. Each unit tries its
// labels from long to short ("January", "Jan", "J") before giving way to a
// coarser unit. A second, major row names the enclosing period ("May 2025",
// "2025"). Text width comes from the caller, so the rule is testable without
// fonts and the renderer uses the real font.
#include "render/timeline/TimeScale.h"

#include <QLocale>
#include <QString>
#include <QVector>
#include <functional>

namespace atlas {

enum class TickUnit { Day, Week, Month, Quarter, Year, Decade };
QString tickUnitName(TickUnit unit); // "day", "week", ...

struct Tick {
    QDate date;       // first day of the cell the tick opens
    double x = 0;     // pixel of the tick (start of the cell; may be left of the scale)
    QString label;    // empty when the label does not fit (a clipped edge cell)
    double labelX = 0; // where the label starts (kept inside the scale at the left edge)
};

struct TickSet {
    TickUnit unit = TickUnit::Month;
    TickUnit majorUnit = TickUnit::Year;
    QVector<Tick> minor;
    QVector<Tick> major;
};

using TextWidth = std::function<double(const QString &)>;

// First day of the unit containing d (weeks start on Monday, as ISO 8601).
QDate unitStart(TickUnit unit, const QDate &d);
QDate nextUnit(TickUnit unit, const QDate &d);

// gap: the least space between a label and the next tick or label, in pixels.
// Labels are in `locale`'s language (DateText): "January" or "1월".
TickSet generateTicks(const TimeScale &scale, const TextWidth &textWidth, double gap = 6.0,
                      const QLocale &locale = QLocale());

} // namespace atlas
