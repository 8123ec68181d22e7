#pragma once
// The catalog as `launch-atlas extract` prints it: a stable, documented shape
// for people and scripts (not the storage form; that is io/ModelJson).
//
// {"articles": [{"id", "file", "title", "publication_date": {"date", "source", "text"}, ...}],
//  "launches": [{"id", "role", "date": {"earliest", "latest", "precision", "weekday", "text",
//                "inferred": {"earliest", "latest", "evidence"}}, "time_of_day",
//                "site": {"name", "lat", "lon", "uncertainty_km", "text", "kind"},
//                "classes", "names", "count": {"min", "max"},
//                "distance_km": {"value", "qualifier", "text"}, "apogee_km": {...},
//                "splashdown": {"sea", "eez", "land"},
//                "sources": [{"article", "role", "claimant", "evidence": [{"field", "start", "end", "text"}]}],
//                "conflicts": [{"field", "values": [{"value", "article", "source"}]}]}],
//  "reactions": [{"id", "launch", "article", "actor", "person", "role", "stance", "quote",
//                 "date", "evidence": [...]}],
//  "problems": [{"file", "message"}]}
//
// Absent values are JSON null, never empty strings; weekdays are names.
#include "model/Catalog.h"

#include <QByteArray>
#include <QJsonObject>

namespace atlas {

class CatalogJsonWriter {
public:
    static QJsonObject toJson(const Catalog &catalog);
    static QJsonObject launchJson(const LaunchEvent &launch);
    static QJsonObject reactionJson(const Reaction &reaction);
    // Indented UTF-8 with a final newline.
    static QByteArray write(const Catalog &catalog);
};

} // namespace atlas
