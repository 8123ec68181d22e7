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
