#pragma once
// Vector layers read from GeoJSON (RFC 7946): polygons and lines, nothing else.
//
// Coordinate order, everywhere in geo/: a QPointF is (x = longitude, y = latitude)
// in degrees, WGS84, exactly the [lon, lat] order of the GeoJSON files. Names that
// take separate numbers take them as (lon, lat) too.
#include <QByteArray>
#include <QJsonObject>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace atlas {

using GeoRing = QVector<QPointF>; // (lon, lat) vertices; a polygon ring is closed (first == last)

// One polygon: the outer ring first, then its holes.
struct GeoPolygon {
    QVector<GeoRing> rings;
    QRectF bounds; // of the outer ring, in lon/lat
    bool contains(const QPointF &lonLat) const;
};

struct GeoFeature {
    QJsonObject properties;
    QVector<GeoPolygon> polygons; // Polygon / MultiPolygon
    QVector<GeoRing> lines;       // LineString / MultiLineString
    QRectF bounds;

    QString name() const { return properties.value(QStringLiteral("name")).toString(); }
    bool contains(const QPointF &lonLat) const;
};

struct GeoLayer {
    QString name; // where it came from, for messages: "eastasia_land_10m"
    QVector<GeoFeature> features;
    QRectF bounds;

    // Parses a FeatureCollection (or a single Feature / bare geometry). On failure
    // returns an empty layer and says why in *error.
    static GeoLayer fromJson(const QByteArray &json, QString *error = nullptr);
    // A bundled layer by base name ("eastasia_land_10m"), read from :/atlas/geo/.
    // Empty (and a warning) when the resource is missing.
    static GeoLayer bundled(const QString &baseName);

    bool isEmpty() const { return features.isEmpty(); }
    int vertexCount() const;
    // Inside any polygon of any feature (holes excluded).
    bool contains(const QPointF &lonLat) const;
    // The first feature whose polygons contain the point; nullptr when none.
    const GeoFeature *featureAt(const QPointF &lonLat) const;
    // Appends another layer's features (bounds grow to cover both).
    void append(const GeoLayer &other);
};

// Even-odd ray casting on one ring, in plain lon/lat (no wrap at the antimeridian:
// the bundled layers never cross it).
bool ringContains(const GeoRing &ring, const QPointF &lonLat);

} // namespace atlas
