#pragma once
// CSV (RFC 4180: comma-separated, fields with a comma, quote or line break in
// double quotes, quotes doubled, CRLF line ends) of the catalog's launches, one
// launch a row, and of its reactions, one reaction a row. Lists inside a cell
// are joined with "; ". Unknown values are empty cells.
#include "model/Catalog.h"

#include <QByteArray>
#include <QStringList>

namespace atlas {

class CsvWriter {
public:
    // The launch columns, in order: id, role, date_earliest, date_latest,
    // date_precision, weekday, site, lat, lon, classes, names, count_min,
    // count_max, distance_km, distance_qualifier, apogee_km, sea, eez, sources,
    // conflicts, then apogee_qualifier, time_of_day, land, date_text.
    static QStringList launchHeader();
    static QByteArray launches(const Catalog &catalog);

    static QStringList reactionHeader();
    static QByteArray reactions(const Catalog &catalog);

    // One field, quoted when it must be.
    static QString field(const QString &value);
    // One record with its CRLF.
    static QString record(const QStringList &fields);
};

} // namespace atlas
