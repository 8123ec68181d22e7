#pragma once
// "We urge North Korea to cease ...", "North Korea's missile launch today is a
// clear violation ..., and we condemn it": when the reader's fallback makes the
// country criticised the speaker (a "We" or a quotation whose speaker it could
// not name, given the last country named), the reaction is not that country's.
// Internal to the reaction extractor.
#include "model/Reaction.h"

#include <QStringView>

namespace atlas::reaction {

// True when North Korea, found as the actor at sentence[actorStart, actorEnd),
// is in fact what `sentence` criticises: only where the reader fell back on it
// (the actor is "We", "our", "I" or a quotation's unnamed speaker, outside the
// sentence) or found it inside the criticism itself ("North Korea's launch ...",
// "urge North Korea"), and the sentence criticises North Korea's own conduct
// (its launches, missiles, provocations or programmes; it violating, breaching
// or threatening; or urges, calls on, condemns it by name). North Korea named
// as the subject ("North Korea's foreign ministry condemned ...") keeps its stance.
bool northKoreaIsTheTarget(QStringView sentence, Stance stance, int actorStart, int actorEnd);

} // namespace atlas::reaction
