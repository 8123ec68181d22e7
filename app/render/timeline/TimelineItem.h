#pragma once
// What the timeline needs to know of one launch, taken once from the model so
// that painting thousands of launches touches small flat values only.
#include "model/FuzzyDate.h"

#include <QString>
#include <QVector>

namespace atlas {
struct LaunchEvent;

// The four lanes, top to bottom, in the order of the map legend.
enum class TimelineLane { Ballistic, Hypersonic, Cruise, Other };
constexpr int kTimelineLaneCount = 4;
QString laneKey(TimelineLane lane);    // "ballistic", ... (ClassPalette::laneColor keys)
QString laneTitle(TimelineLane lane);  // "Ballistic", ...
TimelineLane laneFromKey(const QString &key);

struct TimelineItem {
    QString id;
    TimelineLane lane = TimelineLane::Other;
    QString headlineClass;
    DatePrecision precision = DatePrecision::Unknown;
    // Stated date in Julian days, [startDay, endDay); NaN when the date is unknown.
    double startDay = 0;
    double endDay = 0;
    bool dated = false;
    // Context bounds for an undated launch, drawn as an inference; open bounds NaN.
    double inferredStart = 0;
    double inferredEnd = 0;
    bool inferred = false;
    int weekday = 0;
    QString countText;   // "" for one (or unknown), "3", "2+" for a salvo
    bool conflict = false;
    QString shortLabel;  // "14 Jan · SRBM · Jagang Province"
    QString whatText;    // "SRBM · Jagang Province": the label without the date
    QString accessibleText; // the full label, for tooltips and screen readers
    QString dateText;    // FuzzyDate::display()
    QString inferredText; // "inferred 6 Jan 2025" / "inferred after 3 Jan 2025"

    // Where the launch sits in time, for ordering and the month strip: the
    // midpoint of its stated range, else of its inferred range; NaN when neither.
    double anchorDay() const;

    static TimelineItem from(const LaunchEvent &launch);
};

using TimelineItems = QVector<TimelineItem>;

} // namespace atlas
