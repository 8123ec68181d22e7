#pragma once
// Paints the basemap (sea, land, North Korea's provinces, borders, coastline and
// the optional approximate Japanese zone) from paths projected ONCE per level of
// detail into kilometre space and shared by every renderer; painting is then a
// transform and a handful of drawPath calls.
#include "geo/Basemap.h"
#include "render/map/MapStyle.h"
#include "render/map/MapViewport.h"

#include <QPainterPath>

class QPainter;

namespace atlas {

struct ProjectedBasemap {
    QPainterPath land, coastline, borders, dprk, provinceLines, japanZone;
};

class BasemapPainter {
public:
    // Built on first use and kept (thread-safe); about 20 ms for the 10m level.
    static const ProjectedBasemap &projected(BasemapLod lod);

    static void paint(QPainter &p, const MapViewport &view, const MapStyle &style, bool provinces,
                      bool japanZone);
};

} // namespace atlas
