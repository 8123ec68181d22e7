#pragma once
// The map projection: Lambert conformal conic on a sphere, standard parallels
// 30 N and 45 N, central meridian 130 E, origin 38 N.
//
// Why this one (see docs/ARCHITECTURE.md, "Map"): the map's subject lies between
// 25 and 50 N. A conic tangent to the globe there keeps the point scale within
// about 2% of true over that band and, being conformal, keeps shapes right,
// so a splashdown sector and a range ring look like what they are. Web Mercator
// would inflate 50 N by 1.56 against 1.10 at 25 N, drawing Hokkaido too large
// beside Okinawa, and would bend great circles more.
//
// Input is (lon, lat) in degrees; output is plane coordinates in kilometres,
// x to the east and y to the NORTH of the origin (screens flip y; that is the
// viewport's job, not the projection's).
#include <QPointF>

namespace atlas {

class LambertConformalConic {
public:
    // Degrees. The defaults are the atlas's projection.
    LambertConformalConic(double standardParallel1 = 30, double standardParallel2 = 45,
                          double centralMeridian = 130, double originLatitude = 38);

    QPointF forward(const QPointF &lonLat) const; // km
    QPointF forward(double lon, double lat) const { return forward(QPointF(lon, lat)); }
    QPointF inverse(const QPointF &km) const;     // (lon, lat) degrees
    // Point scale factor at a latitude: projected km per km on the ground.
    double scaleFactor(double lat) const;

    double centralMeridian() const { return m_lon0; }
    static constexpr double earthRadiusKm = 6371.0072; // Qt Positioning's mean radius

private:
    double m_lon0;
    double m_n = 0;
    double m_f = 0;
    double m_rho0 = 0;
};

} // namespace atlas
