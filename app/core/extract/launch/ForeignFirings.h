#pragma once
// "The military test-fired its Hyunmoo-5", "a test-firing of the Minuteman III",
// "the Type-12 test": a firing whose missile is another country's (a designation
// in the lexicon's "foreign" list right after the cue, or right before a launch
// noun) reports no launch of North Korea's. The launch pass drops such cues.
#include "extract/LaunchCues.h"
#include "extract/MissileLexicon.h"
#include "extract/SentenceSplitter.h"

#include <QString>
#include <QVector>

namespace atlas::launch {

// Removes from `cues` those whose missile is a foreign designation; true when
// it removed any.
bool dropForeignFirings(const QString &text, const Sentence &sentence, const MissileLexicon &lexicon, QVector<LaunchCue> *cues);

} // namespace atlas::launch
