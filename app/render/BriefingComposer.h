#pragma once
// A briefing page: title and subtitle, an "as of" line, the map and the
// timeline of the launches shown, the map's legend, a reactions summary, the
// list of sources, notes on approximate values and the data attribution, laid
// out on a page of any size without overlap. It paints with the same renderers
// as the screen (MapRenderer, TimelineRenderer, MapDecorations' legend,
// StanceBadge) on any QPainter: QImage, SVG, PDF, the export preview.
#include "render/ClassPalette.h"
#include "render/PictureContent.h"

#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace atlas {

class BriefingComposer {
public:
    BriefingComposer(const PictureContent &content, Theme theme);

    // "North Korean missile launches, 2025" (or the years the launches span).
    static QString defaultTitle(const PictureContent &content);
    // "14 launches reported in 9 articles · 6 Jan – 8 May 2025"
    static QString defaultSubtitle(const PictureContent &content);
    QString title() const;
    QString subtitle() const;
    QString asOfText() const;
    // Approximate-value notes, one sentence each.
    QStringList notes() const;
    QString attribution() const;
    // One line per source: "Title — Outlet, 14 Jan 2025".
    QStringList sourceLines() const;

    // Where each part goes on a page of this size (logical pixels, origin top-left).
    struct Layout {
        QRectF page, title, subtitle, asOf;
        QRectF map, timeline;
        QRectF legend;    // the legend panel itself (empty when nothing to explain)
        QRectF reactions, sources, notes;
        QFont font;
    };
    Layout layout(const QSizeF &page) const;

    void paint(QPainter &p, const QSizeF &page) const;

private:
    int paintSources(QPainter &p, const QRectF &r, const QFont &font) const;
    void paintNotes(QPainter &p, const QRectF &r, const QFont &font) const;

    PictureContent m_content;
    Theme m_theme;
};

} // namespace atlas
