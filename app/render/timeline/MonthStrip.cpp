#include "render/timeline/MonthStrip.h"

#include "render/DateText.h"
#include "render/timeline/TimeScale.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace atlas {

QVector<MonthCount> MonthStrip::count(const TimelineItems &items, const QDate &from, const QDate &to)
{
    QVector<MonthCount> months;
    if (!from.isValid() || !to.isValid() || to < from)
        return months;
    const QDate first(from.year(), from.month(), 1);
    for (QDate m = first; m <= to; m = m.addMonths(1))
        months.append({m, 0});
    for (const TimelineItem &it : items) {
        if (!it.dated)
            continue;
        const QDate mid = QDate::fromJulianDay(qint64(std::floor((it.startDay + it.endDay - 1.0) / 2.0)));
        const int index = (mid.year() - first.year()) * 12 + mid.month() - first.month();
        if (index >= 0 && index < months.size())
            ++months[index].launches;
    }
    return months;
}

namespace {
// Cells are as wide as their months are long, so the strip and its outline of
// the visible window share one time scale.
TimeScale stripScale(const QVector<MonthCount> &months, const QRectF &rect)
{
    return TimeScale(TimeScale::dayOf(months.first().month), TimeScale::dayOf(months.last().month.addMonths(1)),
                     rect.left(), rect.right());
}
} // namespace

QRectF MonthStrip::cellRect(const QVector<MonthCount> &months, const QRectF &rect, int index)
{
    if (months.isEmpty() || index < 0 || index >= months.size())
        return {};
    const TimeScale s = stripScale(months, rect);
    const QDate m = months[index].month;
    return QRectF(QPointF(s.xOf(m), rect.top()), QPointF(s.xOf(m.addMonths(1)), rect.bottom()));
}

QDate MonthStrip::monthAt(const QVector<MonthCount> &months, const QRectF &rect, double x)
{
    if (months.isEmpty() || x < rect.left() || x >= rect.right())
        return {};
    const QDate d = stripScale(months, rect).dateAt(x);
    return QDate(d.year(), d.month(), 1);
}

void MonthStrip::paint(QPainter &p, const QRectF &rect, const QVector<MonthCount> &months,
                       const TimelineStyle &style, const QColor &barColor, double windowStart, double windowEnd)
{
    if (months.isEmpty() || rect.width() < 4)
        return;
    p.save();
    p.setClipRect(rect);
    const QFont small = scaledFont(style.font, 0.82);
    p.setFont(small);
    const QFontMetricsF fm(small);
    int most = 1;
    for (const MonthCount &m : months)
        most = std::max(most, m.launches);
    const double labelH = fm.height();
    const double barArea = rect.height() - labelH - 2;
    const bool manyYears = months.size() > 12;
    const QLocale locale; // the reader's month names (DateText)

    for (int i = 0; i < months.size(); ++i) {
        const MonthCount &m = months[i];
        const QRectF cell = cellRect(months, rect, i);
        if (i % 2 == 1)
            p.fillRect(cell, style.laneBand);
        if (m.launches > 0) {
            const double h = std::max(2.0, barArea * m.launches / most);
            const double w = std::max(2.0, std::min(cell.width() * 0.6, 18.0));
            p.fillRect(QRectF(cell.center().x() - w / 2, rect.top() + barArea - h + 1, w, h), barColor);
            const QString n = QString::number(m.launches);
            // The count beside its bar, on the strip's baseline.
            if (fm.horizontalAdvance(n) + 2 < (cell.width() - w) / 2) {
                p.setPen(style.text);
                p.drawText(QPointF(cell.center().x() + w / 2 + 2, rect.top() + barArea + 1 - fm.descent()), n);
            }
        }
        // Month initials when there is room; in a many-year strip, years at January.
        QString label;
        if (manyYears)
            label = m.month.month() == 1 ? QString::number(m.month.year()) : QString();
        else {
            // The short name where the cell holds it (the room "MMM" needs at least, the
            // English rule), else the narrow one: "J", or "1" for "1월"/"1月".
            const QString name = DateText::monthName(m.month.month(), locale, QLocale::ShortFormat);
            const double widest = std::max(fm.horizontalAdvance(QStringLiteral("MMM")), fm.horizontalAdvance(name));
            label = cell.width() > widest + 4 ? name : DateText::monthName(m.month.month(), locale, QLocale::NarrowFormat);
        }
        if (!label.isEmpty() && (!manyYears || fm.horizontalAdvance(label) < cell.width() * 12 - 4)) {
            p.setPen(style.mutedText);
            p.drawText(QRectF(manyYears ? cell.left() + 1 : cell.left(), rect.bottom() - labelH,
                              manyYears ? fm.horizontalAdvance(label) + 2 : cell.width(), labelH),
                       manyYears ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter, label);
        }
    }

    // The window the timeline shows, outlined on the strip.
    const TimeScale strip = stripScale(months, rect);
    const double x0 = std::max(rect.left(), strip.x(windowStart));
    const double x1 = std::min(rect.right(), strip.x(windowEnd));
    if (x1 > x0 && (x0 > rect.left() + 0.5 || x1 < rect.right() - 0.5)) {
        QColor fill = style.highlight;
        fill.setAlphaF(0.15f);
        p.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), fill);
        p.setPen(QPen(style.highlight, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(x0, rect.top() + 0.75, std::max(1.0, x1 - x0), rect.height() - 1.5));
    }
    p.restore();
}

} // namespace atlas
