#pragma once
// The map of launches, painted on any QPainter (screen, QImage, SVG, PDF).
// Not a widget: MapView wraps it for the screen, the exporter paints it on pages.
//
// Usage:
//   MapRenderer map;
//   map.setLaunches(catalog.chronological());   // pointers must outlive the next setLaunches
//   map.setDateWindow(from, to);                 // optional
//   map.setSelectedId(id);                       // optional: rings, highlight
//   map.fitLaunches(page);                       // or setCenter / setKmPerPixel
//   map.paint(painter, page);
//
// Layers, bottom to top: basemap (sea, land, provinces, borders, coastline,
// optional approximate Japanese zone), splashdown sectors and arcs, range rings
// and the ruler, site markers, labels (placed without overlap), then legend,
// scale bar, caption and attribution.
#include "model/Launch.h"
#include "render/ClassPalette.h"
#include "render/map/LaunchLayer.h"
#include "render/map/MapDecorations.h"
#include "render/map/MapStyle.h"
#include "render/map/MapViewport.h"

#include <QDate>
#include <QFont>
#include <QGeoCoordinate>
#include <QRectF>
#include <QStringList>
#include <optional>

class QPainter;

namespace atlas {

struct MapOptions {
    Theme theme = Theme::Screen;
    bool dark = false;          // the screen theme for a dark palette
    bool provinces = true;      // North Korea's provinces (when zoomed in enough to read)
    bool japanZone = false;     // the APPROXIMATE Japanese 200-nmi zone, labelled so
    bool labels = true;
    bool splashdowns = true;
    bool rangeRings = true;     // for the selected launch
    bool legend = true;
    bool scaleBar = true;
    bool caption = true;        // dates and counts shown
    bool attribution = true;
    QFont font;                 // base font of labels and panels; the painter's when default
};

class MapRenderer {
public:
    MapRenderer();

    // --- the view -------------------------------------------------------------
    void setCenter(const QGeoCoordinate &centre);
    QGeoCoordinate center() const;
    // Scale as projected kilometres per pixel (smaller is closer).
    void setKmPerPixel(double kmPerPixel);
    double kmPerPixel() const { return m_kmPerPixel; }
    // Zoom by a factor (>1 closer) keeping the geographic point under `anchor` fixed.
    void zoomBy(double factor, const QPointF &anchor, const QRectF &target);
    void panByPixels(const QPointF &delta); // moves the map content by delta
    // Frame these coordinates (with a margin in pixels); nothing happens for none.
    void fitCoordinates(const QVector<QGeoCoordinate> &points, const QRectF &target, double marginPx = 60);
    // Frame the visible launches' sites and splashdown points (East Asia when none).
    void fitLaunches(const QRectF &target);
    MapViewport viewport(const QRectF &target) const { return MapViewport(m_centreKm, m_kmPerPixel, target); }
    static constexpr double minKmPerPixel = 0.05;
    static constexpr double maxKmPerPixel = 40;

    // --- what is shown ----------------------------------------------------------
    void setLaunches(const QVector<const LaunchEvent *> &launches);
    // Invalid dates are open ends. Undated launches are always shown (faded): see LaunchLayer.
    void setDateWindow(const QDate &from, const QDate &to);
    QDate windowFrom() const { return m_from; }
    QDate windowTo() const { return m_to; }
    void setSelectedId(const QString &launchId);
    QString selectedId() const { return m_selectedId; }
    void setOptions(const MapOptions &options);
    const MapOptions &options() const { return m_options; }
    void setRuler(const QGeoCoordinate &from, const QGeoCoordinate &to);
    void clearRuler();
    bool hasRuler() const { return m_ruler.has_value(); }

    const LaunchLayer &launchLayer() const { return m_launches; }
    const MapStyle &style() const { return m_style; }
    const ClassPalette &palette() const { return m_palette; }

    // --- painting -----------------------------------------------------------------
    void paint(QPainter &p, const QRectF &target) const;
    // The same in layers, for a screen cache. The basemap changes only with the
    // view; the launches (arcs, sectors, markers) also with the launches, date
    // window and options, but NOT with the selection, hover or ruler; the
    // highlights (selected launch, range rings, ruler, labels, legend, scale bar,
    // caption, attribution) are cheap and painted every frame.
    // paint() == paintBasemap() + paintLaunches() + paintHighlights() == paintBasemap() + paintOverlay().
    void paintBasemap(QPainter &p, const QRectF &target) const;
    void paintLaunches(QPainter &p, const QRectF &target) const;
    void paintHighlights(QPainter &p, const QRectF &target) const;
    void paintOverlay(QPainter &p, const QRectF &target) const;

    // --- hit testing -------------------------------------------------------------
    // Launch ids under a pixel: one for an impact point, all of a site's for its marker.
    QStringList launchesAt(const QPointF &px, const QRectF &target) const;
    // "1,234 km, bearing 67° (ENE)"
    static QString rulerText(const QGeoCoordinate &from, const QGeoCoordinate &to);
    static QString compassPoint(double bearingDeg); // 16 points: N, NNE, NE, ENE ...
    // The caption: dates and counts of what is shown.
    QString captionText() const;
    // What the legend lists for the launches shown (a briefing page paints it beside the map).
    LegendContent legendContent() const;

private:
    void paintRangeRings(QPainter &p, const MapViewport &view, class LabelPlacer &labels) const;
    void paintRuler(QPainter &p, const MapViewport &view, class LabelPlacer &labels) const;
    void paintLabels(QPainter &p, const MapViewport &view, class LabelPlacer &labels) const;
    QFont baseFont(const QPainter &p) const;

    QPointF m_centreKm;
    double m_kmPerPixel = 2.5;
    LaunchLayer m_launches;
    QDate m_from, m_to;
    QString m_selectedId;
    MapOptions m_options;
    MapStyle m_style;
    ClassPalette m_palette;
    std::optional<QPair<QGeoCoordinate, QGeoCoordinate>> m_ruler;
};

} // namespace atlas
