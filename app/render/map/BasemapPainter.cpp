#include "render/map/BasemapPainter.h"

#include <QMutex>
#include <QPainter>
#include <array>
#include <memory>

namespace atlas {

namespace {
void addPolygons(QPainterPath &path, const GeoLayer &layer)
{
    const LambertConformalConic &lcc = MapViewport::projection();
    for (const GeoFeature &f : layer.features) {
        for (const GeoPolygon &poly : f.polygons) {
            for (const GeoRing &ring : poly.rings) {
                QPolygonF projected;
                projected.reserve(ring.size());
                for (const QPointF &p : ring)
                    projected.append(lcc.forward(p));
                path.addPolygon(projected);
                path.closeSubpath();
            }
        }
    }
}

void addLines(QPainterPath &path, const QVector<GeoRing> &lines)
{
    const LambertConformalConic &lcc = MapViewport::projection();
    for (const GeoRing &line : lines) {
        QPolygonF projected;
        projected.reserve(line.size());
        for (const QPointF &p : line)
            projected.append(lcc.forward(p));
        path.addPolygon(projected); // open: no closeSubpath
    }
}

std::unique_ptr<ProjectedBasemap> build(BasemapLod lod)
{
    const Basemap &map = Basemap::bundled();
    auto out = std::make_unique<ProjectedBasemap>();
    const BasemapLevel &level = map.level(lod);
    addPolygons(out->land, level.land);
    addLines(out->coastline, level.coastline);
    addLines(out->borders, level.borders);
    addPolygons(out->dprk, map.provinces());
    addLines(out->provinceLines, map.provinceLines());
    addPolygons(out->japanZone, map.japanZone());
    for (QPainterPath *p : {&out->land, &out->dprk, &out->japanZone})
        p->setFillRule(Qt::OddEvenFill);
    return out;
}
} // namespace

const ProjectedBasemap &BasemapPainter::projected(BasemapLod lod)
{
    static QMutex mutex;
    static std::array<std::unique_ptr<ProjectedBasemap>, 3> cache;
    QMutexLocker lock(&mutex);
    auto &slot = cache[size_t(lod)];
    if (!slot)
        slot = build(lod);
    return *slot;
}

void BasemapPainter::paint(QPainter &p, const MapViewport &view, const MapStyle &style, bool provinces,
                           bool japanZone)
{
    const double groundKmPerPixel = view.groundKmPerPixelAtCentre();
    const ProjectedBasemap &map = projected(Basemap::lodForScale(groundKmPerPixel));

    p.save();
    // Fills without antialiasing, strokes with: the antialiased coastline drawn
    // over the fill's edge hides its steps, and an antialiased fill of 20,000
    // vertices costs about a hundred times more (see docs/PERFORMANCE.md).
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(view.target(), style.color(QStringLiteral("sea")));
    p.setClipRect(view.target(), Qt::IntersectClip);
    p.setTransform(view.kmToPixelTransform(), true);
    p.setPen(Qt::NoPen);
    p.setBrush(style.color(QStringLiteral("land")));
    p.drawPath(map.land);

    // North Korea stands out faintly, and its provinces show once they are big enough to read.
    p.setBrush(style.color(QStringLiteral("dprk")));
    p.drawPath(map.dprk);
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, true);
    if (provinces && groundKmPerPixel < 6) {
        QPen pen(style.color(QStringLiteral("province")), 0.8, Qt::DashLine);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPath(map.provinceLines);
    }
    if (japanZone) {
        QPen pen(style.color(QStringLiteral("zoneStroke")), 1.0, Qt::DashDotLine);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillPath(map.japanZone, style.color(QStringLiteral("zoneFill")));
        p.setRenderHint(QPainter::Antialiasing, true);
        p.drawPath(map.japanZone);
    }
    QPen border(style.color(QStringLiteral("border")), 1.0, Qt::DashLine);
    border.setCosmetic(true);
    p.setPen(border);
    p.drawPath(map.borders);
    QPen coast(style.color(QStringLiteral("coastline")), 0.9);
    coast.setCosmetic(true);
    p.setPen(coast);
    p.drawPath(map.coastline);
    p.restore();
}

} // namespace atlas
