#pragma once
// The launches on the map: sites grouped from launches (a marker sized by how
// many launches and split by missile class), each launch's splashdown estimate
// as a great-circle arc with its uncertainty sector, the filter by date window,
// and hit testing. Geometry is computed once per launch (estimate, densified
// arc and sector, projected to km) and reused by every paint; a repaint only
// transforms it to pixels.
#include "geo/SplashdownEstimator.h"
#include "model/Launch.h"
#include "render/ClassPalette.h"
#include "render/map/MapViewport.h"

#include <QDate>
#include <QHash>
#include <QPolygonF>
#include <QVector>

class QPainter;

namespace atlas {

class LabelPlacer;
class MapStyle;

struct PreparedLaunch {
    const LaunchEvent *launch = nullptr;
    QString headlineClass;     // what it is drawn as
    bool undated = false;      // no calendar date: shown in every window, faded
    SplashdownEstimate estimate;
    QPolygonF arcKm;           // site -> estimated point, densified great circle, projected
    QPolygonF sectorKm;        // the uncertainty sector, projected
    QRectF boundsKm;           // of arc and sector, for culling
};

struct SiteGroup {
    QString name;              // site name (or the phrase when not in the gazetteer)
    QPointF lonLat;
    QPointF km;
    double uncertaintyKm = 0;
    bool uncertain = false;    // county/province-level or estimated: not a precise pin
    QVector<int> launches;     // indexes into LaunchLayer::launches(), visible only
    QVector<QPair<QString, int>> classCounts; // headline class -> launches, legend order
    bool allUndated = true;
};

class LaunchLayer {
public:
    LaunchLayer();

    // All launches the map may show; pointers must stay valid until the next call.
    // Launches without a located site are kept out (nothing to place).
    void setLaunches(const QVector<const LaunchEvent *> &launches);
    // Invalid dates are open ends. A launch shows when its date range meets the
    // window; a launch without a calendar date shows always, faded.
    void setDateWindow(const QDate &from, const QDate &to);

    const QVector<PreparedLaunch> &launches() const { return m_launches; }
    const QVector<int> &visible() const { return m_visible; }
    const QVector<SiteGroup> &sites() const { return m_sites; }
    const PreparedLaunch *find(const QString &id) const;
    int undatedVisibleCount() const;
    // The span of the visible launches' known dates (invalid when none).
    QPair<QDate, QDate> visibleDateSpan() const;

    static bool inWindow(const LaunchEvent &l, const QDate &from, const QDate &to);
    static bool isUncertainSite(const Site &s);
    static double markerRadius(int launches);

    // Painting, in order. What does not depend on the selection (a screen can
    // cache it with the basemap): sectors of every launch when few are shown,
    // arcs and impact points, site markers.
    void paintSplashdowns(QPainter &p, const MapViewport &view, const ClassPalette &palette,
                          const MapStyle &style) const;
    void paintSites(QPainter &p, const MapViewport &view, const ClassPalette &palette, const MapStyle &style) const;
    // What does: the selected launch's sector and its arc drawn strong over the
    // rest, and a ring around its site.
    void paintSelectedSplashdown(QPainter &p, const MapViewport &view, const ClassPalette &palette,
                                 const MapStyle &style, const QString &selectedId) const;
    void paintSiteSelection(QPainter &p, const MapViewport &view, const MapStyle &style,
                            const QString &selectedId) const;
    // Keep labels off the site markers.
    void reserveSites(const MapViewport &view, LabelPlacer &placer) const;
    const SiteGroup *siteOf(const QString &launchId) const; // among the visible; nullptr when hidden

    // Launch ids under a pixel: an impact point first (one launch), else a site
    // marker (all its visible launches, latest first).
    QStringList launchesAt(const QPointF &px, const MapViewport &view) const;

    static constexpr int sectorsForAllUpTo = 60; // beyond: the selected launch's sector only
    static constexpr int arcsThinAbove = 500;     // beyond: thin solid arcs, no antialiasing

private:
    void regroup();
    void drawSector(QPainter &p, const QTransform &toPixels, const PreparedLaunch &l, const ClassPalette &palette,
                    bool selected) const;
    void drawArc(QPainter &p, const QTransform &toPixels, const PreparedLaunch &l, const ClassPalette &palette,
                 const MapStyle &style, bool selected, bool thin) const;
    PreparedLaunch prepare(const LaunchEvent *l);

    SplashdownEstimator m_estimator;
    QVector<PreparedLaunch> m_launches;
    QVector<int> m_visible;
    QVector<SiteGroup> m_sites;
    QDate m_from, m_to;
    // Estimates and their geometry by what determines them: the same site,
    // distance and wording give the same arc, so refilters and reloads are cheap.
    QHash<QString, PreparedLaunch> m_geometryCache;
};

} // namespace atlas
