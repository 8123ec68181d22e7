#include "geo/GeoClip.h"

#include <cmath>

namespace atlas {

namespace {
enum class Edge { West, East, South, North };

bool inside(const QPointF &p, Edge e, const QRectF &b)
{
    switch (e) {
    case Edge::West: return p.x() >= b.left();
    case Edge::East: return p.x() <= b.right();
    case Edge::South: return p.y() >= b.top();    // QRectF top is the smaller y: south
    case Edge::North: return p.y() <= b.bottom();
    }
    return true;
}

QPointF crossing(const QPointF &a, const QPointF &c, Edge e, const QRectF &b)
{
    if (e == Edge::West || e == Edge::East) {
        const double x = e == Edge::West ? b.left() : b.right();
        const double t = (x - a.x()) / (c.x() - a.x());
        return {x, a.y() + t * (c.y() - a.y())};
    }
    const double y = e == Edge::South ? b.top() : b.bottom();
    const double t = (y - a.y()) / (c.y() - a.y());
    return {a.x() + t * (c.x() - a.x()), y};
}

GeoRing clipRing(const GeoRing &ring, const QRectF &box)
{
    GeoRing out = ring;
    if (!out.isEmpty() && out.first() == out.last())
        out.removeLast();
    for (Edge e : {Edge::West, Edge::East, Edge::South, Edge::North}) {
        if (out.isEmpty())
            break;
        GeoRing in;
        in.swap(out);
        QPointF prev = in.last();
        for (const QPointF &cur : in) {
            const bool curIn = inside(cur, e, box), prevIn = inside(prev, e, box);
            if (curIn) {
                if (!prevIn)
                    out.append(crossing(prev, cur, e, box));
                out.append(cur);
            } else if (prevIn) {
                out.append(crossing(prev, cur, e, box));
            }
            prev = cur;
        }
    }
    if (out.size() < 3)
        return {};
    out.append(out.first());
    return out;
}

bool onCut(double a, double b, const QVector<double> &cuts)
{
    for (double c : cuts) {
        if (std::abs(a - c) < 1e-7 && std::abs(b - c) < 1e-7)
            return true;
    }
    return false;
}
} // namespace

GeoLayer clipToBox(const GeoLayer &layer, const QRectF &box)
{
    GeoLayer out;
    out.name = layer.name;
    for (const GeoFeature &f : layer.features) {
        if (!f.bounds.intersects(box))
            continue;
        GeoFeature g;
        g.properties = f.properties;
        for (const GeoPolygon &p : f.polygons) {
            if (!p.bounds.intersects(box))
                continue;
            GeoPolygon q;
            for (int i = 0; i < p.rings.size(); ++i) {
                GeoRing r = box.contains(p.bounds) ? p.rings.at(i) : clipRing(p.rings.at(i), box);
                if (r.isEmpty()) {
                    if (i == 0)
                        break; // the outer ring is gone: so are its holes
                    continue;
                }
                q.rings.append(r);
            }
            if (q.rings.isEmpty())
                continue;
            q.bounds = p.bounds.intersected(box);
            g.bounds = g.bounds.isNull() ? q.bounds : g.bounds.united(q.bounds);
            g.polygons.append(q);
        }
        if (g.polygons.isEmpty())
            continue;
        out.bounds = out.bounds.isNull() ? g.bounds : out.bounds.united(g.bounds);
        out.features.append(g);
    }
    return out;
}

GeoLayer clipOutsideBox(const GeoLayer &layer, const QRectF &box)
{
    constexpr double far = 1000; // beyond any longitude or latitude
    const QRectF west(QPointF(-far, -far), QPointF(box.left(), far));
    const QRectF east(QPointF(box.right(), -far), QPointF(far, far));
    const QRectF south(QPointF(box.left(), -far), QPointF(box.right(), box.top()));
    const QRectF north(QPointF(box.left(), box.bottom()), QPointF(box.right(), far));
    GeoLayer out;
    out.name = layer.name;
    for (const QRectF &part : {west, east, south, north})
        out.append(clipToBox(layer, part));
    return out;
}

QVector<GeoRing> outlineWithoutCuts(const GeoLayer &layer, const QVector<double> &cutLons,
                                    const QVector<double> &cutLats)
{
    QVector<GeoRing> lines;
    for (const GeoFeature &f : layer.features) {
        for (const GeoPolygon &p : f.polygons) {
            for (const GeoRing &ring : p.rings) {
                GeoRing run;
                for (int i = 1; i < ring.size(); ++i) {
                    const QPointF &a = ring.at(i - 1), &b = ring.at(i);
                    const bool cut = onCut(a.x(), b.x(), cutLons) || onCut(a.y(), b.y(), cutLats);
                    if (cut) {
                        if (run.size() >= 2)
                            lines.append(run);
                        run.clear();
                        continue;
                    }
                    if (run.isEmpty())
                        run.append(a);
                    run.append(b);
                }
                if (run.size() >= 2)
                    lines.append(run);
            }
        }
    }
    return lines;
}

} // namespace atlas
