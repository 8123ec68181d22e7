#include "render/PictureContent.h"

#include "render/MapRenderer.h"
#include "render/TimelineRenderer.h"

#include <QSet>
#include <algorithm>

namespace atlas {

PictureContent PictureContent::forYear(const Catalog *catalog, int year)
{
    PictureContent c;
    c.catalog = catalog;
    if (year > 0) {
        c.from = QDate(year, 1, 1);
        c.to = QDate(year, 12, 31);
    }
    return c;
}

QVector<const LaunchEvent *> PictureContent::launches() const
{
    QVector<const LaunchEvent *> out;
    if (!catalog)
        return out;
    for (const LaunchEvent *l : catalog->chronological()) {
        if (l->date.isKnown()) {
            if (from.isValid() && l->date.latest < from)
                continue;
            if (to.isValid() && l->date.earliest > to)
                continue;
        }
        out << l;
    }
    return out;
}

QVector<const Article *> PictureContent::sources() const
{
    QVector<const Article *> out;
    if (!catalog)
        return out;
    QSet<QString> seen;
    for (const LaunchEvent *l : launches()) {
        for (const QString &id : l->articleIds()) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            if (const Article *a = catalog->article(id))
                out << a;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Article *a, const Article *b) {
        if (a->publicationDate.isValid() != b->publicationDate.isValid())
            return a->publicationDate.isValid();
        return a->publicationDate < b->publicationDate;
    });
    return out;
}

QDate PictureContent::dataAsOf() const
{
    if (asOf.isValid())
        return asOf;
    QDate latest;
    for (const Article *a : sources()) {
        if (a->publicationDate.isValid() && (!latest.isValid() || a->publicationDate > latest))
            latest = a->publicationDate;
    }
    return latest;
}

QPair<QDate, QDate> PictureContent::timelineRange() const
{
    QDate first = from, last = to;
    if (first.isValid() && last.isValid())
        return {first, last};
    QDate lo, hi;
    for (const LaunchEvent *l : launches()) {
        if (!l->date.isKnown())
            continue;
        if (!lo.isValid() || l->date.earliest < lo)
            lo = l->date.earliest;
        if (!hi.isValid() || l->date.latest > hi)
            hi = l->date.latest;
    }
    if (!lo.isValid()) {
        const int year = QDate::currentDate().year();
        lo = QDate(year, 1, 1);
        hi = QDate(year, 12, 31);
    }
    if (!first.isValid())
        first = QDate(lo.year(), lo.month(), 1);
    if (!last.isValid()) // a month beyond the last launch, so its label has room
        last = QDate(hi.year(), hi.month(), 1).addMonths(2).addDays(-1);
    if (last < first)
        std::swap(first, last);
    return {first, last};
}

namespace PictureScene {

QFont baseFont(const QSizeF &logicalSize)
{
    QFont f;
    // 15 px on a 1080-pixel-high slide; never below 9 px.
    const double px = std::max(9.0, 15.0 * std::min(logicalSize.height() / 1080.0, logicalSize.width() / 1500.0));
    // In points, as the renderers scale fonts by their point size (96 logical pixels an inch).
    f.setPointSizeF(px * 72.0 / 96.0);
    return f;
}

void setUpMap(MapRenderer &map, const PictureContent &content, Theme theme, const QRectF &rect, const QFont &font)
{
    MapOptions options;
    options.theme = theme;
    options.font = font;
    options.japanZone = true; // the notes explain it as approximate
    map.setOptions(options);
    map.setLaunches(content.launches());
    map.setDateWindow(content.from, content.to);
    map.setSelectedId(content.selectedId);
    map.fitLaunches(rect);
}

void setUpTimeline(TimelineRenderer &timeline, const PictureContent &content, Theme theme, const QFont &font,
                   bool undatedColumn)
{
    timeline.setTheme(theme);
    timeline.setFont(font);
    timeline.setLaunches(content.launches());
    const auto range = content.timelineRange();
    timeline.setRange(range.first, range.second);
    timeline.setPeriod(range.first, range.second);
    timeline.setSelectedId(content.selectedId);
    timeline.setShowUndated(undatedColumn);
}

QColor pageColor(Theme theme) { return theme == Theme::Print ? QColor(Qt::white) : QColor(0xF6, 0xF7, 0xF9); }
QColor textColor(Theme theme) { return theme == Theme::Print ? QColor(Qt::black) : QColor(0x20, 0x22, 0x26); }

} // namespace PictureScene

} // namespace atlas
