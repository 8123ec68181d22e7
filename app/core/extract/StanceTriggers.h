#pragma once
// The words that carry a diplomatic stance in one sentence: "condemned",
// "lodged a formal protest", "expressed concern", "urged ... to halt",
// "expressed sympathy for North Korea's ...", "confirmed the launch",
// "reaffirmed ... cooperation", "signaled his willingness to meet".
//
// Active forms take their actor from before the verb; passive forms
// ("were corroborated by X") and nominal ones ("condemnation from X and Y")
// from after it. Hedges (may, would, is likely to), negations and
// conditionals make a trigger speculation, not a reaction.
#include "model/Reaction.h"

#include <QString>
#include <QVector>

namespace atlas {

struct StanceTrigger {
    enum Form { Active, Passive, Nominal };
    Stance stance = Stance::Acknowledge;
    Form form = Active;
    int start = 0; // span of the trigger words in the sentence
    int end = 0;
    int agentFrom = -1; // Passive/Nominal: where the actor list starts
    // A plain "said" about the missile: a reaction only when an office or an
    // official says it, not any country named in passing.
    bool needsOfficialSubject = false;
};

// Cheap test: can this text hold any trigger at all?
bool mayHoldStance(const QString &text);

namespace reaction {
struct StanceScan;
}
// Cheap test on a sentence's word scan (reaction/StanceWords.h): can
// findStanceTriggers find anything in it at all?
bool mayFindStanceTriggers(const reaction::StanceScan &scan);

// Triggers in sentence order. Overlapping forms of the same words keep the
// passive/nominal reading; a verb with two readings (support vs cooperation)
// keeps the one its object implies.
QVector<StanceTrigger> findStanceTriggers(const QString &sentence);
// The same, with the sentence's scan already made.
QVector<StanceTrigger> findStanceTriggers(const QString &sentence, const reaction::StanceScan &scan);

// The hedge tests (isHedged, isStatedContinuation, isPledgedCooperation,
// isMannerOfCooperation) are in reaction/Hedges.h.

} // namespace atlas
