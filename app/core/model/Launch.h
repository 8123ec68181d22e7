#pragma once
// Launches: what one article says of a launch (LaunchMention), and the launch
// itself once mentions from several articles are merged (LaunchEvent).
//
// Coordinates: lat/lon in degrees, WGS84. Distances in kilometres.
#include "model/Evidence.h"
#include "model/FuzzyDate.h"

#include <QStringList>
#include <QVector>
#include <limits>

namespace atlas {

// A measured value with the words that hedge it ("up to", "about", "estimated").
struct Quantity {
    double value = std::numeric_limits<double>::quiet_NaN(); // kilometres
    QString qualifier;  // "up to", "about", "approximately", "estimated", "around", or empty
    QString text;       // the words it came from, e.g. "some 700 kilometers (about 434 miles)"

    bool isValid() const { return value == value; } // not NaN
    QString display() const; // "about 700 km"
};

// How many missiles: exact (min == max), a minimum (max < 0), or unknown (min == 0).
struct Count {
    int min = 0;
    int max = -1; // -1: open above
    QString text;

    bool isKnown() const { return min > 0; }
    bool isExact() const { return min > 0 && max == min; }
    QString display() const; // "1", "at least 2", "unknown"
};

struct Site {
    QString name;       // gazetteer canonical name; empty when the place is not in it
    QString text;       // the phrase in the article ("from an area near Pyongyang")
    QString kind;       // gazetteer kind: city, county, facility, province
    double lat = std::numeric_limits<double>::quiet_NaN();
    double lon = std::numeric_limits<double>::quiet_NaN();
    double uncertaintyKm = 0; // radius: county/province-level or "near X" places are not pins
    bool isLocated() const { return lat == lat && lon == lon; }
    QString display() const;
};

struct Splashdown {
    QString sea;   // "East Sea", "Yellow Sea" or empty
    QString eez;   // "inside", "outside" (Japan's EEZ, as the text states) or empty
    bool land = false; // the text says it hit a land target
    QString text;
    bool isKnown() const { return !sea.isEmpty() || land || !eez.isEmpty(); }
    QString display() const;
};

// Two or more values for one field from different accounts (or one account that
// gives two): all are kept, never averaged.
struct ConflictValue {
    QString value;
    QString articleId;
    QString source; // claimant, where stated
};
struct Conflict {
    QString field; // "distance", "apogee", "class", "date", "site", "count"
    QVector<ConflictValue> values;
};

enum class LaunchRole { Primary, Mentioned };
QString roleName(LaunchRole r); // "primary", "mentioned"

// One article's account of one launch. Every field it sets has Evidence.
struct LaunchMention {
    QString articleId;
    LaunchRole role = LaunchRole::Primary;
    FuzzyDate date;
    QString timeOfDay;      // "early morning", "afternoon", "12:00 local (03:00 GMT)"
    Site site;
    QStringList classes;    // MissileClass vocabulary
    QStringList names;      // designations: Hwasong-11, KN-23 ...
    Count count;
    Quantity distanceKm;
    Quantity apogeeKm;
    Splashdown splashdown;
    QString claimant;       // who the values are attributed to: "JCS", "Japan MoD", "KCNA", ...
    EvidenceList evidence;
    // Values the same article gives twice for one launch ("medium-range" then
    // "presumed to be an intermediate-range"): both kept, shown as a conflict.
    QVector<Conflict> conflicts;
};

struct LaunchEvent {
    QString id;
    LaunchRole role = LaunchRole::Primary; // Primary when any account reports it first-hand
    FuzzyDate date;
    DateInference inferredDate; // context bounds, shown beside date, never replacing it
    QString timeOfDay;
    Site site;
    QStringList classes;
    QStringList names;
    Count count;
    Quantity distanceKm;
    Quantity apogeeKm;
    Splashdown splashdown;
    QVector<LaunchMention> mentions; // per-source claims, in article order
    QVector<Conflict> conflicts;

    // Analyst state (see model/AnalystEdit): a launch the analyst says is not one
    // stays in the catalog, hidden from views, so the decision can be undone.
    bool rejected = false;
    QString note;

    QStringList articleIds() const;
    int sourceCount() const { return int(articleIds().size()); }
    bool hasConflict(const QString &field) const;
    QString headlineClass() const; // MissileClass::headline(classes)
    QString lane() const;          // MissileClass::laneOf(classes)
    EvidenceList allEvidence() const;
    QString label() const;         // "14 Jan 2025 · SRBM · Jagang Province"
};

} // namespace atlas
