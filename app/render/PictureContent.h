#pragma once
// What an exported picture shows: the catalog, the range and selection of the
// views, and a briefing page's words. Shared by the exporter, the briefing
// composer and the export dialog's preview, so all of them show the same thing.
#include "model/Catalog.h"

#include <QDate>
#include <QFont>
#include <QString>
#include <QVector>

class QFont;

namespace atlas {
class MapRenderer;
class TimelineRenderer;
enum class Theme;

struct PictureContent {
    const Catalog *catalog = nullptr; // borrowed: must outlive the painting
    QDate from, to;                   // the range shown (inclusive); invalid: open
    QString selectedId;               // the selected launch, if any
    QString title, subtitle;          // a briefing's words; empty: the defaults
    QDate asOf;                       // "as of"; invalid: the latest publication date

    // The range for the year YYYY (1 January to 31 December).
    static PictureContent forYear(const Catalog *catalog, int year);

    // Launches shown, chronological: dated ones overlapping the range, and the
    // undated ones (always listed, never placed on a date).
    QVector<const LaunchEvent *> launches() const;
    // Articles that are sources of the launches shown, oldest first.
    QVector<const Article *> sources() const;
    // The latest publication date among the sources (the data's "as of").
    QDate dataAsOf() const;
    // The dates the timeline spans: the range, or when it is open the shown
    // launches' extent in whole months, and one month more for the last label.
    QPair<QDate, QDate> timelineRange() const;
};

// The one set-up of the renderers for a picture, used by every export and the preview.
namespace PictureScene {
// Font of text at this size of the picture (logical pixels): readable on a
// 1920x1080 slide, and the same proportions at any other size.
QFont baseFont(const QSizeF &logicalSize);
void setUpMap(MapRenderer &map, const PictureContent &content, Theme theme, const QRectF &rect,
              const QFont &font);
void setUpTimeline(TimelineRenderer &timeline, const PictureContent &content, Theme theme,
                   const QFont &font, bool undatedColumn);
QColor pageColor(Theme theme);
QColor textColor(Theme theme);
} // namespace PictureScene

} // namespace atlas
