#include "render/timeline/TimeTicks.h"

#include "render/DateText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace atlas {

namespace {

// Labels a unit can wear, longest first, in the reader's language (DateText):
// "January", "Jan", "J" | "1월", "1월", "1" | "1月", "1月", "1".
QStringList minorLabels(TickUnit unit, const QDate &d, const QLocale &locale)
{
    switch (unit) {
    case TickUnit::Day:
        return {DateText::dayOfMonth(d, locale), QString::number(d.day())};
    case TickUnit::Week:
        // A bare day number every seven days is a puzzle: weeks carry their month.
        return {DateText::dayMonth(d, locale)};
    case TickUnit::Month:
        // Three variants for every month, even where two are equal ("May", "1월"):
        // a row picks one index for all its cells.
        return {DateText::monthName(d.month(), locale, QLocale::LongFormat),
                DateText::monthName(d.month(), locale, QLocale::ShortFormat),
                DateText::monthName(d.month(), locale, QLocale::NarrowFormat)};
    case TickUnit::Quarter:
        return {QCoreApplication::translate("Timeline", "Q%1", "quarter of a year").arg((d.month() - 1) / 3 + 1)};
    case TickUnit::Year: // "2025년", "2025", "’25" (English: "2025" twice)
        return {DateText::year(d.year(), locale), QString::number(d.year()),
                QStringLiteral("’%1").arg(d.year() % 100, 2, 10, QLatin1Char('0'))};
    case TickUnit::Decade:
        return {QStringLiteral("%1s").arg(d.year()), QString::number(d.year())};
    }
    return {};
}

QStringList majorLabels(TickUnit unit, const QDate &d, const QLocale &locale)
{
    switch (unit) {
    case TickUnit::Month:
        return {DateText::month(d, locale, QLocale::LongFormat), DateText::month(d, locale, QLocale::ShortFormat),
                DateText::monthName(d.month(), locale, QLocale::ShortFormat)};
    case TickUnit::Year:
        return {DateText::year(d.year(), locale), QString::number(d.year())};
    case TickUnit::Decade:
        return {QStringLiteral("%1s").arg(d.year())};
    default:
        return {};
    }
}

TickUnit majorOf(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return TickUnit::Month;
    case TickUnit::Month:
    case TickUnit::Quarter:
        return TickUnit::Year;
    case TickUnit::Year:
    case TickUnit::Decade:
        return TickUnit::Decade;
    }
    return TickUnit::Year;
}

QVector<QDate> cellStarts(TickUnit unit, const TimeScale &scale)
{
    QVector<QDate> out;
    const QDate last = scale.lastDate();
    for (QDate d = unitStart(unit, scale.firstDate()); d.isValid() && d <= last; d = nextUnit(unit, d))
        out << d;
    return out;
}

// Places one row of labels: each starts at its tick (or at the left edge for a
// cell cut by it) and must end `gap` before the next tick and the right edge.
// Returns false when some whole cell cannot hold its label at this variant.
bool placeRow(const TimeScale &scale, TickUnit unit, const QVector<QDate> &starts, int variant,
              bool major, const TextWidth &width, double gap, const QLocale &locale, QVector<Tick> *out)
{
    out->clear();
    double lastLabelEnd = -1e300;
    for (const QDate &d : starts) {
        Tick t;
        t.date = d;
        t.x = scale.xOf(d);
        const double cellEnd = std::min(scale.xOf(nextUnit(unit, d)), scale.right());
        const QStringList variants = major ? majorLabels(unit, d, locale) : minorLabels(unit, d, locale);
        const QString label = variants.value(std::min<int>(variant, int(variants.size()) - 1));
        const bool clipped = t.x < scale.left();
        t.labelX = std::max(t.x, scale.left()) + 2.0;
        const double w = width(label);
        const bool fits = t.labelX + w + gap <= cellEnd && t.labelX >= lastLabelEnd + gap;
        if (fits) {
            t.label = label;
            lastLabelEnd = t.labelX + w;
        } else if (!clipped && cellEnd < scale.right()) {
            // A whole cell (not cut by either edge) that cannot hold its label: too dense.
            if (!major)
                return false;
        }
        out->append(t);
    }
    return true;
}

} // namespace

QString tickUnitName(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day: return QStringLiteral("day");
    case TickUnit::Week: return QStringLiteral("week");
    case TickUnit::Month: return QStringLiteral("month");
    case TickUnit::Quarter: return QStringLiteral("quarter");
    case TickUnit::Year: return QStringLiteral("year");
    case TickUnit::Decade: return QStringLiteral("decade");
    }
    return {};
}

QDate unitStart(TickUnit unit, const QDate &d)
{
    switch (unit) {
    case TickUnit::Day: return d;
    case TickUnit::Week: return d.addDays(1 - d.dayOfWeek());
    case TickUnit::Month: return QDate(d.year(), d.month(), 1);
    case TickUnit::Quarter: return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    case TickUnit::Year: return QDate(d.year(), 1, 1);
    case TickUnit::Decade: return QDate(d.year() - ((d.year() % 10) + 10) % 10, 1, 1);
    }
    return d;
}

QDate nextUnit(TickUnit unit, const QDate &d)
{
    switch (unit) {
    case TickUnit::Day: return d.addDays(1);
    case TickUnit::Week: return d.addDays(7);
    case TickUnit::Month: return d.addMonths(1);
    case TickUnit::Quarter: return d.addMonths(3);
    case TickUnit::Year: return d.addYears(1);
    case TickUnit::Decade: return d.addYears(10);
    }
    return d.addDays(1);
}

TickSet generateTicks(const TimeScale &scale, const TextWidth &textWidth, double gap, const QLocale &locale)
{
    TickSet set;
    if (!scale.isValid())
        return set;
    // Cheapest check first: a unit whose shortest cell is narrower than a couple of
    // characters cannot be labelled, and listing its cells would be wasted work.
    const double ppd = scale.pixelsPerDay();
    const struct { TickUnit unit; double minDays; int variants; } units[] = {
        {TickUnit::Day, 1, 2},      {TickUnit::Week, 7, 1},    {TickUnit::Month, 28, 3},
        {TickUnit::Quarter, 90, 1}, {TickUnit::Year, 365, 3}, {TickUnit::Decade, 3652, 2}};
    const double least = textWidth(QStringLiteral("00")) + gap;
    bool placed = false;
    for (const auto &u : units) {
        if (u.minDays * ppd < least && u.unit != TickUnit::Decade)
            continue;
        const QVector<QDate> starts = cellStarts(u.unit, scale);
        for (int v = 0; v < u.variants && !placed; ++v) {
            if (placeRow(scale, u.unit, starts, v, false, textWidth, gap, locale, &set.minor)) {
                set.unit = u.unit;
                placed = true;
            }
        }
        if (placed)
            break;
    }
    if (!placed) {
        // Even decades do not fit (a very narrow strip): ticks without labels.
        set.unit = TickUnit::Decade;
        placeRow(scale, TickUnit::Decade, cellStarts(TickUnit::Decade, scale), 1, true, textWidth, gap, locale,
                 &set.minor);
    }

    set.majorUnit = majorOf(set.unit);
    const QVector<QDate> majorStarts = cellStarts(set.majorUnit, scale);
    const int majorVariants = int(majorLabels(set.majorUnit, scale.firstDate(), locale).size());
    // Major labels prefer the longest form that leaves every label in place;
    // otherwise the shortest, dropping those that collide.
    for (int v = 0; v < std::max(1, majorVariants); ++v) {
        placeRow(scale, set.majorUnit, majorStarts, v, true, textWidth, gap, locale, &set.major);
        const bool allLabelled = std::all_of(set.major.begin(), set.major.end(), [&](const Tick &t) {
            return !t.label.isEmpty() || std::min(scale.xOf(nextUnit(set.majorUnit, t.date)), scale.right())
                                                 - std::max(t.x, scale.left()) < 40.0;
        });
        if (allLabelled)
            break;
    }
    return set;
}

} // namespace atlas
