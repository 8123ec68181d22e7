#pragma once
// What frames the map: the caption (dates and counts shown), the legend, the
// scale bar (true at the view's centre latitude) and the attribution. Each is
// laid out first, so labels can keep clear of it, then painted.
#include "render/ClassPalette.h"
#include "render/map/MapStyle.h"
#include "render/map/MapViewport.h"

#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace atlas {

struct LegendContent {
    QStringList classes;        // missile classes shown, legend order ("" = unknown class)
    bool uncertainSites = false;
    bool splashdowns = false;
    bool landTarget = false;
    bool rangeRings = false;
    bool japanZone = false;
    bool ruler = false;
};

class MapDecorations {
public:
    MapDecorations(const MapStyle &style, const ClassPalette &palette, const QFont &font);

    // A panel the legend must not cover (the caption, on a narrow map): the
    // legend moves below it when they would meet.
    void keepLegendClearOf(const QRectF &r) { m_avoid = r; }

    QRectF captionRect(const QRectF &target, const QString &caption) const;
    QRectF legendRect(const QRectF &target, const LegendContent &content) const;
    QRectF scaleBarRect(const QRectF &target) const;
    QRectF attributionRect(const QRectF &target) const;

    void paintCaption(QPainter &p, const QRectF &target, const QString &caption) const;
    void paintLegend(QPainter &p, const QRectF &target, const LegendContent &content) const;
    void paintScaleBar(QPainter &p, const MapViewport &view) const;
    void paintAttribution(QPainter &p, const QRectF &target) const;

    // A round length for a scale bar no longer than maxPixels: 1, 2 or 5 x 10^n km.
    static double niceScaleKm(double groundKmPerPixel, double maxPixels);
    static QString attributionText();

private:
    QStringList legendLines(const LegendContent &content) const;
    const MapStyle &m_style;
    const ClassPalette &m_palette;
    QFont m_font;
    QFont m_small;
    QRectF m_avoid;
};

} // namespace atlas
