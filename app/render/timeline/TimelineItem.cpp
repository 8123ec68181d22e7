#include "render/timeline/TimelineItem.h"

#include "model/Launch.h"
#include "render/DateText.h"
#include "render/PlaceNames.h"
#include "render/VocabularyText.h"
#include "render/timeline/TimeScale.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace atlas {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

QString laneKey(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::Ballistic: return QStringLiteral("ballistic");
    case TimelineLane::Hypersonic: return QStringLiteral("hypersonic");
    case TimelineLane::Cruise: return QStringLiteral("cruise");
    case TimelineLane::Other: break;
    }
    return QStringLiteral("other");
}

QString laneTitle(TimelineLane lane)
{
    switch (lane) {
    // Displayed in the lane gutter, so translated; laneKey() stays the identifier.
    case TimelineLane::Ballistic: return QCoreApplication::translate("Timeline", "Ballistic");
    case TimelineLane::Hypersonic: return QCoreApplication::translate("Timeline", "Hypersonic");
    case TimelineLane::Cruise: return QCoreApplication::translate("Timeline", "Cruise");
    case TimelineLane::Other: break;
    }
    return QCoreApplication::translate("Timeline", "Other");
}

TimelineLane laneFromKey(const QString &key)
{
    for (TimelineLane l : {TimelineLane::Ballistic, TimelineLane::Hypersonic, TimelineLane::Cruise}) {
        if (laneKey(l) == key)
            return l;
    }
    return TimelineLane::Other;
}

double TimelineItem::anchorDay() const
{
    if (dated)
        return (startDay + endDay) / 2.0;
    if (inferred && !std::isnan(inferredStart) && !std::isnan(inferredEnd))
        return (inferredStart + inferredEnd) / 2.0;
    return kNaN;
}

TimelineItem TimelineItem::from(const LaunchEvent &launch)
{
    TimelineItem it;
    it.id = launch.id;
    it.lane = laneFromKey(launch.lane());
    it.headlineClass = launch.headlineClass();
    it.precision = launch.date.precision;
    it.weekday = launch.date.weekday;
    it.dated = launch.date.isKnown();
    it.startDay = it.dated ? TimeScale::dayOf(launch.date.earliest) : kNaN;
    it.endDay = it.dated ? TimeScale::dayOf(launch.date.latest) + 1.0 : kNaN;
    it.inferred = !it.dated && !launch.inferredDate.isEmpty();
    if (it.inferred) {
        const DateInference &inf = launch.inferredDate;
        it.inferredStart = inf.earliest.isValid() ? TimeScale::dayOf(inf.earliest) : kNaN;
        it.inferredEnd = inf.latest.isValid() ? TimeScale::dayOf(inf.latest) + 1.0 : kNaN;
        it.inferredText = DateText::inference(inf);
    } else {
        it.inferredStart = it.inferredEnd = kNaN;
    }
    // A salvo is one mark with its count; one missile (or an unknown count) has none.
    const Count &n = launch.count;
    if (n.min > 1 || n.max > 1) {
        if (n.isExact())
            it.countText = QString::number(n.min);
        else if (n.max < 0)
            it.countText = QStringLiteral("%1+").arg(n.min);
        else if (n.min <= 1)
            it.countText = QStringLiteral("≤%1").arg(n.max); // "up to three"
        else
            it.countText = QStringLiteral("%1–%2").arg(n.min).arg(n.max);
    }
    it.conflict = !launch.conflicts.isEmpty();
    // Dates and place names in the reader's language (DateText, PlaceNames).
    it.dateText = DateText::fuzzy(launch.date);

    QStringList parts;
    // Dated: the compact date; undated: the weekday the articles give, if any.
    parts << (it.dated || it.weekday ? DateText::fuzzyShort(launch.date) : QString());
    const QString shownClass = VocabularyText::missileClass(it.headlineClass); // headlineClass stays the key
    if (!shownClass.isEmpty())
        parts << shownClass;
    const QString site = launch.site.name.isEmpty() ? launch.site.text : PlaceNames::place(launch.site.name);
    if (!site.isEmpty())
        parts << site;
    parts.removeAll(QString());
    it.shortLabel = parts.join(QStringLiteral(" · "));
    QStringList what{shownClass, site};
    what.removeAll(QString());
    it.whatText = what.join(QStringLiteral(" · "));
    it.accessibleText = DateText::launchLabel(launch);
    if (it.countText.size())
        it.accessibleText += QCoreApplication::translate("Timeline", " · %1 missiles").arg(it.countText);
    if (it.conflict)
        it.accessibleText += QCoreApplication::translate("Timeline", " · sources disagree");
    if (it.inferred)
        it.accessibleText += QStringLiteral(" · %1").arg(it.inferredText);
    return it;
}

} // namespace atlas
