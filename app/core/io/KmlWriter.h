#pragma once
// The catalog's launches as KML 2.2 (http://www.opengis.net/kml/2.2) for Google
// Earth and QGIS: a Placemark per located launch at its site, with a TimeStamp
// when the date is a day, a TimeSpan (begin, end: the inclusive first and last
// day) when it is a week, part of a month, a month or a year, and no time
// element when the date is unknown or lacks its year. Splashdown estimates are
// Placemarks with a tessellated LineString in a folder named as approximate.
// Coordinates are "lon,lat,0".
#include "model/Catalog.h"

#include <QByteArray>

namespace atlas {

class KmlWriter {
public:
    static QByteArray write(const Catalog &catalog, const QString &documentName = QString());
};

} // namespace atlas
