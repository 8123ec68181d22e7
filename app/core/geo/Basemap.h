#pragma once
// The bundled basemap, stitched from the Natural Earth layers in resources/geo
// at three levels of detail. Read-only after loading; shared by the renderer
// and the splashdown estimator. All geometry is (lon, lat) degrees.
//
// The regional layers cover boxes (East Asia 115-150 E, 25-50 N at 10m/50m;
// the western Pacific 100-160 E, 5-55 N at 50m, which reaches Guam). Each level
// uses its most detailed layer inside that layer's box and the next coarser one
// outside it, so the same land is never filled twice and no box edge is drawn
// as coastline.
#include "geo/GeoLayer.h"

#include <QRectF>
#include <QVector>

namespace atlas {

// 10m, 50m and 110m Natural Earth: chosen by the map's scale.
enum class BasemapLod { Coarse110m, Medium50m, Fine10m };

struct BasemapLevel {
    GeoLayer land;                // polygons to fill
    QVector<GeoRing> coastline;   // lines to stroke (no cut edges)
    QVector<GeoRing> borders;     // land borders between countries
};

class Basemap {
public:
    // Loads every bundled layer once (about 40 ms); read-only afterwards, so it is
    // safe to share between threads.
    static const Basemap &bundled();

    const BasemapLevel &level(BasemapLod lod) const { return m_levels[int(lod)]; }
    // North Korea's provinces: polygons (named, for labels and hit tests) and
    // their shared boundaries as lines (for drawing).
    const GeoLayer &provinces() const { return m_provinces; }
    const QVector<GeoRing> &provinceLines() const { return m_provinceLines; }
    // Countries of the western Pacific at 50m, with "name": which country is where.
    const GeoLayer &countries() const { return m_countries; }
    // An APPROXIMATE Japanese 200-nautical-mile zone: not the legal EEZ.
    const GeoLayer &japanZone() const { return m_japanZone; }
    // Approximate extents of the named seas ("East Sea", "Yellow Sea"; aliases in
    // each feature's "aliases"). They may overlap land: test land separately.
    const GeoLayer &seas() const { return m_seas; }

    // The level of detail for a scale: Natural Earth's 1:10m suits up to about
    // 4 km per pixel on a 96 dpi screen, 1:50m up to about 15.
    static BasemapLod lodForScale(double kmPerPixel);

    static QRectF eastAsiaBox() { return QRectF(QPointF(115, 25), QPointF(150, 50)); }
    static QRectF westPacificBox() { return QRectF(QPointF(100, 5), QPointF(160, 55)); }

private:
    Basemap();
    BasemapLevel m_levels[3];
    GeoLayer m_provinces;
    QVector<GeoRing> m_provinceLines;
    GeoLayer m_countries;
    GeoLayer m_japanZone;
    GeoLayer m_seas;
};

} // namespace atlas
