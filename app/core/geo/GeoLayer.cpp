#include "geo/GeoLayer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace atlas {

namespace {
QRectF boundsOf(const GeoRing &ring)
{
    if (ring.isEmpty())
        return {};
    double x0 = ring.first().x(), x1 = x0, y0 = ring.first().y(), y1 = y0;
    for (const QPointF &p : ring) {
        x0 = std::min(x0, p.x()); x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y()); y1 = std::max(y1, p.y());
    }
    // QRectF with zero width is "null" and unites badly: give it a hair of size.
    return QRectF(QPointF(x0, y0), QPointF(std::max(x1, x0 + 1e-9), std::max(y1, y0 + 1e-9)));
}

bool readRing(const QJsonArray &coords, GeoRing &out, QString *error)
{
    out.reserve(coords.size());
    for (const QJsonValue &v : coords) {
        const QJsonArray pos = v.toArray();
        if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble()) {
            if (error)
                *error = QStringLiteral("a position is not [lon, lat]");
            return false;
        }
        out.append(QPointF(pos.at(0).toDouble(), pos.at(1).toDouble()));
    }
    return true;
}

bool readPolygon(const QJsonArray &rings, GeoPolygon &out, QString *error)
{
    for (const QJsonValue &r : rings) {
        GeoRing ring;
        if (!readRing(r.toArray(), ring, error))
            return false;
        if (ring.size() < 4)
            continue; // degenerate: not a ring
        out.rings.append(ring);
    }
    if (!out.rings.isEmpty())
        out.bounds = boundsOf(out.rings.first());
    return true;
}

bool readGeometry(const QJsonObject &g, GeoFeature &f, QString *error)
{
    const QString type = g.value(QStringLiteral("type")).toString();
    const QJsonArray c = g.value(QStringLiteral("coordinates")).toArray();
    if (type == QLatin1String("Polygon") || type == QLatin1String("MultiPolygon")) {
        const QJsonArray polys = type == QLatin1String("Polygon") ? QJsonArray{c} : c;
        for (const QJsonValue &p : polys) {
            GeoPolygon poly;
            if (!readPolygon(p.toArray(), poly, error))
                return false;
            if (!poly.rings.isEmpty()) {
                f.bounds = f.bounds.isNull() ? poly.bounds : f.bounds.united(poly.bounds);
                f.polygons.append(poly);
            }
        }
        return true;
    }
    if (type == QLatin1String("LineString") || type == QLatin1String("MultiLineString")) {
        const QJsonArray lines = type == QLatin1String("LineString") ? QJsonArray{c} : c;
        for (const QJsonValue &l : lines) {
            GeoRing line;
            if (!readRing(l.toArray(), line, error))
                return false;
            if (line.size() < 2)
                continue;
            const QRectF b = boundsOf(line);
            f.bounds = f.bounds.isNull() ? b : f.bounds.united(b);
            f.lines.append(line);
        }
        return true;
    }
    if (type == QLatin1String("GeometryCollection")) {
        for (const QJsonValue &sub : g.value(QStringLiteral("geometries")).toArray()) {
            if (!readGeometry(sub.toObject(), f, error))
                return false;
        }
        return true;
    }
    // Points carry nothing a basemap draws; anything else is not GeoJSON.
    if (type == QLatin1String("Point") || type == QLatin1String("MultiPoint"))
        return true;
    if (error)
        *error = QStringLiteral("unknown geometry type \"%1\"").arg(type);
    return false;
}
} // namespace

bool ringContains(const GeoRing &ring, const QPointF &p)
{
    bool inside = false;
    const int n = int(ring.size());
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y())
            && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

bool GeoPolygon::contains(const QPointF &p) const
{
    if (rings.isEmpty() || !bounds.contains(p) || !ringContains(rings.first(), p))
        return false;
    for (int i = 1; i < rings.size(); ++i) {
        if (ringContains(rings.at(i), p))
            return false; // in a hole (a lake)
    }
    return true;
}

bool GeoFeature::contains(const QPointF &p) const
{
    if (!bounds.contains(p))
        return false;
    for (const GeoPolygon &poly : polygons) {
        if (poly.contains(p))
            return true;
    }
    return false;
}

GeoLayer GeoLayer::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return {};
    }
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    QJsonArray features;
    if (type == QLatin1String("FeatureCollection"))
        features = root.value(QStringLiteral("features")).toArray();
    else if (type == QLatin1String("Feature"))
        features.append(root);
    else if (!type.isEmpty())
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"), root}});
    else {
        if (error)
            *error = QStringLiteral("not GeoJSON: no \"type\"");
        return {};
    }

    GeoLayer layer;
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject fo = features.at(i).toObject();
        GeoFeature f;
        f.properties = fo.value(QStringLiteral("properties")).toObject();
        QString why;
        if (!readGeometry(fo.value(QStringLiteral("geometry")).toObject(), f, &why)) {
            if (error)
                *error = QStringLiteral("feature %1: %2").arg(i).arg(why);
            return {};
        }
        if (f.polygons.isEmpty() && f.lines.isEmpty())
            continue;
        layer.bounds = layer.bounds.isNull() ? f.bounds : layer.bounds.united(f.bounds);
        layer.features.append(f);
    }
    return layer;
}

GeoLayer GeoLayer::bundled(const QString &baseName)
{
    QFile file(QStringLiteral(":/atlas/geo/%1.geojson").arg(baseName));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("basemap layer %s is not bundled", qPrintable(baseName));
        return {};
    }
    QString error;
    GeoLayer layer = fromJson(file.readAll(), &error);
    if (!error.isEmpty())
        qWarning("basemap layer %s: %s", qPrintable(baseName), qPrintable(error));
    layer.name = baseName;
    return layer;
}

int GeoLayer::vertexCount() const
{
    int n = 0;
    for (const GeoFeature &f : features) {
        for (const GeoPolygon &p : f.polygons)
            for (const GeoRing &r : p.rings)
                n += int(r.size());
        for (const GeoRing &l : f.lines)
            n += int(l.size());
    }
    return n;
}

bool GeoLayer::contains(const QPointF &p) const { return featureAt(p) != nullptr; }

const GeoFeature *GeoLayer::featureAt(const QPointF &p) const
{
    if (!bounds.contains(p))
        return nullptr;
    for (const GeoFeature &f : features) {
        if (f.contains(p))
            return &f;
    }
    return nullptr;
}

void GeoLayer::append(const GeoLayer &other)
{
    for (const GeoFeature &f : other.features) {
        bounds = bounds.isNull() ? f.bounds : bounds.united(f.bounds);
        features.append(f);
    }
}

} // namespace atlas
