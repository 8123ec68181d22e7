#pragma once
// The catalog's launches as GeoJSON (RFC 7946, coordinates [lon, lat], WGS84)
// for GIS tools: one Point feature per located launch at its site, and one
// LineString per splashdown estimate (a densified great circle from the site to
// the ESTIMATED impact point; "approximate": true, never a measured track).
// Properties keep the date at its real precision (earliest, latest, precision,
// the words), classes, distance with its qualifier, and the sources.
// Launches without a located site have no geometry and are left out; rejected
// launches are left out as in every view.
#include "model/Catalog.h"

#include <QByteArray>
#include <QJsonObject>

namespace atlas {

class GeoJsonWriter {
public:
    // A FeatureCollection, indented.
    static QByteArray write(const Catalog &catalog);
    static QJsonObject collection(const Catalog &catalog);
    // The properties shared by a launch's features (kind is added per feature).
    static QJsonObject launchProperties(const Catalog &catalog, const LaunchEvent &launch);
};

} // namespace atlas
