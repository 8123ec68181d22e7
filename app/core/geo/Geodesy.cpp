#include "geo/Geodesy.h"

#include <algorithm>
#include <cmath>

namespace atlas::Geodesy {

double distanceKm(const QGeoCoordinate &a, const QGeoCoordinate &b) { return a.distanceTo(b) / 1000.0; }

double bearingDeg(const QGeoCoordinate &a, const QGeoCoordinate &b)
{
    const double az = a.azimuthTo(b);
    return az < 0 ? az + 360 : az;
}

QVector<QPointF> greatCircle(const QGeoCoordinate &a, const QGeoCoordinate &b, double maxSegmentKm)
{
    // Every point at a fixed initial azimuth from `a` lies on the one great circle
    // through a and b, so stepping the distance along it walks the geodesic.
    const double total = a.distanceTo(b);
    const double azimuth = a.azimuthTo(b);
    const int segments = std::max(1, int(std::ceil(total / 1000.0 / std::max(0.1, maxSegmentKm))));
    QVector<QPointF> out;
    out.reserve(segments + 1);
    out.append(lonLat(a));
    for (int i = 1; i < segments; ++i)
        out.append(lonLat(a.atDistanceAndAzimuth(total * i / segments, azimuth)));
    out.append(lonLat(b));
    return out;
}

QVector<QPointF> rangeRing(const QGeoCoordinate &centre, double radiusKm, int vertices)
{
    vertices = std::max(8, vertices);
    QVector<QPointF> out;
    out.reserve(vertices + 1);
    for (int i = 0; i < vertices; ++i)
        out.append(lonLat(centre.atDistanceAndAzimuth(radiusKm * 1000.0, 360.0 * i / vertices)));
    out.append(out.first());
    return out;
}

QVector<QPointF> sector(const QGeoCoordinate &centre, double minKm, double maxKm, double fromDeg,
                        double toDeg, double stepDeg)
{
    double span = toDeg - fromDeg;
    while (span < 0)
        span += 360;
    const int steps = std::max(1, int(std::ceil(span / std::max(0.1, stepDeg))));
    QVector<QPointF> out;
    for (int i = 0; i <= steps; ++i)
        out.append(lonLat(centre.atDistanceAndAzimuth(maxKm * 1000.0, fromDeg + span * i / steps)));
    if (minKm <= 0) {
        out.append(lonLat(centre));
    } else {
        for (int i = steps; i >= 0; --i)
            out.append(lonLat(centre.atDistanceAndAzimuth(minKm * 1000.0, fromDeg + span * i / steps)));
    }
    out.append(out.first());
    return out;
}

} // namespace atlas::Geodesy
