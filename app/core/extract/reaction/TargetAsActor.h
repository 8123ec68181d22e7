#pragma once
// "We urge North Korea to cease ...", "North Korea's missile launch today is a
// clear violation ..., and we condemn it": when the reader's fallback makes the
// country criticised the speaker (a "We" or a quotation whose speaker it could
// not name, given the last country named), the reaction is not that country's.
// Internal to the reaction extractor.
#include "model/Reaction.h"

#include <QStringView>

namespace atlas::reaction {

// True when `sentence` criticises North Korea's own conduct (its launches,
// missiles, provocations or programmes; it violating, breaching or threatening;
// or urges, calls on, condemns it by name),
// so that North Korea cannot be the one taking `stance` in it.
bool northKoreaIsTheTarget(QStringView sentence, Stance stance);

} // namespace atlas::reaction
