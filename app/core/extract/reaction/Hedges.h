#pragma once
// Whether what a sentence says of a stance is said for real: the words between
// the clause's start and the trigger may hedge, negate or make it conditional
// ("is likely to condemn", "did not condemn", "if it fires again"), or, for
// cooperation and dialogue, state a policy ("will continue to work closely
// with"). Used by the sentence reader (ReactionSentenceReader.cpp) once it knows
// a trigger's clause.
#include <QString>

namespace atlas {

// True when the words between clauseStart and the trigger hedge, negate or
// make conditional what follows ("is likely to", "did not", "if").
bool isHedged(const QString &sentence, int clauseStart, int triggerStart);

// True when the words before the trigger say a government keeps doing it ("will
// continue to work closely with", "would keep its doors open for"): a stated
// policy, not speculation, for cooperation and dialogue.
bool isStatedContinuation(const QString &sentence, int clauseStart, int triggerStart);

// True when a cooperation trigger of manner ("closely coordinate with", "in close
// cooperation with") follows "will" / "would" / "shall" and no other hedge: what a
// government says it will do ("Tokyo would closely cooperate with ...").
bool isPledgedCooperation(const QString &sentence, int clauseStart, int triggerStart);

// True when the cooperation trigger at triggerStart says how something is done
// ("closely coordinate with", "in close cooperation with").
bool isMannerOfCooperation(const QString &sentence, int triggerStart);

} // namespace atlas
