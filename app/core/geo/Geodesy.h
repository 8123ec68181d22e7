#pragma once
// Lines on the globe drawn as the map draws them: great circles and geodesic
// circles densified into vertices close enough that straight segments between
// them look curved on the projection. Geodesy itself is Qt Positioning's
// (QGeoCoordinate: spherical Earth, mean radius), so the map and the splashdown
// estimate agree to the metre.
#include <QGeoCoordinate>
#include <QPointF>
#include <QVector>

namespace atlas {

namespace Geodesy {
// (lon, lat) <-> QGeoCoordinate (which is lat, lon): one place to get it right.
inline QPointF lonLat(const QGeoCoordinate &c) { return {c.longitude(), c.latitude()}; }
inline QGeoCoordinate coordinate(const QPointF &lonLat) { return {lonLat.y(), lonLat.x()}; }

double distanceKm(const QGeoCoordinate &a, const QGeoCoordinate &b);
// Initial bearing from a to b, degrees clockwise from north, [0, 360).
double bearingDeg(const QGeoCoordinate &a, const QGeoCoordinate &b);

// The great circle from a to b, both ends included, with at most
// maxSegmentKm between vertices (at least one segment). (lon, lat) vertices.
QVector<QPointF> greatCircle(const QGeoCoordinate &a, const QGeoCoordinate &b, double maxSegmentKm = 25);
// The points at radiusKm from the centre on every bearing, closed (first == last).
// (lon, lat) vertices.
QVector<QPointF> rangeRing(const QGeoCoordinate &centre, double radiusKm, int vertices = 180);
// An annular sector: from minKm to maxKm between two bearings (clockwise from
// fromDeg to toDeg), as a closed (lon, lat) ring. minKm 0 gives a wedge from the centre.
QVector<QPointF> sector(const QGeoCoordinate &centre, double minKm, double maxKm, double fromDeg,
                        double toDeg, double stepDeg = 2);
} // namespace Geodesy

} // namespace atlas
