#pragma once
// What part of the projected plane lands where on the page: a centre, a scale
// (projected kilometres per pixel) and the target rectangle of the painter.
// Screen y grows down; the projection's y grows north: the flip happens here.
#include "geo/Projection.h"

#include <QGeoCoordinate>
#include <QRectF>
#include <QTransform>

namespace atlas {

class MapViewport {
public:
    MapViewport() = default;
    MapViewport(const QPointF &centreKm, double kmPerPixel, const QRectF &target)
        : m_centre(centreKm), m_kmPerPixel(kmPerPixel), m_target(target) {}

    static const LambertConformalConic &projection(); // the atlas's one projection

    QPointF centreKm() const { return m_centre; }
    double kmPerPixel() const { return m_kmPerPixel; }
    QRectF target() const { return m_target; }

    QPointF kmToPixel(const QPointF &km) const
    {
        return {m_target.center().x() + (km.x() - m_centre.x()) / m_kmPerPixel,
                m_target.center().y() - (km.y() - m_centre.y()) / m_kmPerPixel};
    }
    QPointF pixelToKm(const QPointF &px) const
    {
        return {m_centre.x() + (px.x() - m_target.center().x()) * m_kmPerPixel,
                m_centre.y() - (px.y() - m_target.center().y()) * m_kmPerPixel};
    }
    QPointF toPixel(const QPointF &lonLat) const { return kmToPixel(projection().forward(lonLat)); }
    QPointF toPixel(const QGeoCoordinate &c) const { return toPixel(QPointF(c.longitude(), c.latitude())); }
    QGeoCoordinate toCoordinate(const QPointF &px) const
    {
        const QPointF ll = projection().inverse(pixelToKm(px));
        return {ll.y(), ll.x()};
    }
    // Projected km -> painter coordinates, for drawing cached km-space paths.
    QTransform kmToPixelTransform() const
    {
        QTransform t;
        t.translate(m_target.center().x(), m_target.center().y());
        t.scale(1 / m_kmPerPixel, -1 / m_kmPerPixel);
        t.translate(-m_centre.x(), -m_centre.y());
        return t;
    }
    // The visible part of the plane, in km (for culling).
    QRectF visibleKm() const
    {
        const QPointF a = pixelToKm(m_target.topLeft()), b = pixelToKm(m_target.bottomRight());
        return QRectF(a, b).normalized();
    }
    // Ground kilometres per pixel at the centre: the scale bar's truth.
    double groundKmPerPixelAtCentre() const;

private:
    QPointF m_centre;
    double m_kmPerPixel = 2;
    QRectF m_target;
};

} // namespace atlas
