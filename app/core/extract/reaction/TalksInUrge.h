#pragma once
// Talks asked for at the end of an urge ("urged the North to halt ... and to
// return to talks"): a dialogue trigger of its own, for StanceTriggers.cpp.
#include "extract/StanceTriggers.h"

#include <QString>
#include <QVector>

namespace atlas::reaction {

// Adds a Dialogue trigger for each active Urge in out whose demand goes on with
// "and (to) return to / resume / engage in ... talks" and has none yet.
void addTalksAskedInUrges(const QString &s, QVector<StanceTrigger> &out);

} // namespace atlas::reaction
