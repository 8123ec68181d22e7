#include "geo/Basemap.h"

#include "geo/GeoClip.h"

namespace atlas {

namespace {
QVector<GeoRing> linesOf(const GeoLayer &layer)
{
    QVector<GeoRing> out;
    for (const GeoFeature &f : layer.features)
        out += f.lines;
    return out;
}

// The 110m world, cut to the half of the globe the map can show, so that no
// polygon straddles the projection's seam (the meridian opposite 130 E).
GeoLayer worldHalf()
{
    const GeoLayer world = GeoLayer::bundled(QStringLiteral("world_land_110m"));
    GeoLayer out = clipToBox(world, QRectF(QPointF(60, -80), QPointF(180, 85)));
    out.append(clipToBox(world, QRectF(QPointF(-180, -80), QPointF(-150, 85))));
    return out;
}
} // namespace

const Basemap &Basemap::bundled()
{
    static const Basemap instance; // thread-safe initialisation; immutable afterwards
    return instance;
}

BasemapLod Basemap::lodForScale(double kmPerPixel)
{
    if (kmPerPixel < 4)
        return BasemapLod::Fine10m;
    if (kmPerPixel < 15)
        return BasemapLod::Medium50m;
    return BasemapLod::Coarse110m;
}

Basemap::Basemap()
{
    const QRectF ea = eastAsiaBox(), wp = westPacificBox();
    // Every meridian and parallel a layer was cut along, in the sources or here.
    const QVector<double> cutLons{ea.left(), ea.right(), wp.left(), wp.right(), 60, 180, -180, -150};
    const QVector<double> cutLats{ea.top(), ea.bottom(), wp.top(), wp.bottom(), -80, 85};

    const GeoLayer world = worldHalf();
    const GeoLayer worldOutsideWp = clipOutsideBox(world, wp);
    const GeoLayer wpLand = GeoLayer::bundled(QStringLiteral("westpac_land_50m"));
    const GeoLayer wpOutsideEa = clipOutsideBox(wpLand, ea);
    const QVector<GeoRing> worldCoast = outlineWithoutCuts(worldOutsideWp, cutLons, cutLats);
    const QVector<GeoRing> wpCoast = outlineWithoutCuts(wpOutsideEa, cutLons, cutLats);

    BasemapLevel &fine = m_levels[int(BasemapLod::Fine10m)];
    fine.land = GeoLayer::bundled(QStringLiteral("eastasia_land_10m"));
    fine.land.append(wpOutsideEa);
    fine.land.append(worldOutsideWp);
    fine.coastline = linesOf(GeoLayer::bundled(QStringLiteral("eastasia_coastline_10m"))) + wpCoast + worldCoast;
    fine.borders = linesOf(GeoLayer::bundled(QStringLiteral("eastasia_borders_10m")));

    BasemapLevel &medium = m_levels[int(BasemapLod::Medium50m)];
    medium.land = wpLand;
    medium.land.append(worldOutsideWp);
    medium.coastline = linesOf(GeoLayer::bundled(QStringLiteral("eastasia_coastline_50m"))) + wpCoast + worldCoast;
    medium.borders = linesOf(GeoLayer::bundled(QStringLiteral("eastasia_borders_50m")));

    BasemapLevel &coarse = m_levels[int(BasemapLod::Coarse110m)];
    coarse.land = world;
    coarse.coastline = outlineWithoutCuts(world, cutLons, cutLats);
    coarse.borders = medium.borders; // no 110m borders are bundled; 50m ones are light enough

    m_provinces = GeoLayer::bundled(QStringLiteral("dprk_admin1_10m"));
    m_provinceLines = linesOf(GeoLayer::bundled(QStringLiteral("dprk_admin1_lines_10m")));
    m_countries = GeoLayer::bundled(QStringLiteral("westpac_countries_50m"));
    m_japanZone = GeoLayer::bundled(QStringLiteral("japan_zone_approx_median_10m"));
    m_seas = GeoLayer::bundled(QStringLiteral("seas_approx"));
}

} // namespace atlas
