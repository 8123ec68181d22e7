#pragma once
// Which launch each stretch of a sentence speaks of: the launch extractor's
// decisions per cue (the primary launch, an earlier one, the one being told),
// each cue's date, and where a new launch's words begin. The fields of each
// stretch are read afterwards (SegmentFields.h).
#include "extract/LaunchCues.h"
#include "extract/LaunchFields.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "extract/launch/MentionBuilder.h"

#include <QVector>
#include <utility>

namespace atlas::launch {

// A stretch of a sentence, from `start` to the next segment's start (or the
// sentence's end), and the launch it speaks of.
struct Segment {
    int start;
    int mention;
    bool cue;      // the segment holds a launch cue
    bool verbCue;  // ... a launch verb ("fired", "launched")
    const DateMention *date; // the date its cue carries, if any
    int firstVerb;           // where its first launch verb starts, -1 none
    // Only "since October 2024" after "the first ... ": the earlier launch is named,
    // not told, so the story stays with the launch before it.
    bool sinceOnly = false;
    // A dated object split off ("and an ICBM on March 3"): where its date ends. A
    // cue inside it ("a salvo of ...") is that object's noun, no launch of its own.
    int objectEnd = -1;
};

// Splits sentence `si` (its cues `sc`, its usable `dates`) into segments, creating
// and dating mentions in `build` as its cues introduce them. The other days of a
// date list ("On Jan. 24, 28 and 30") are appended to `listed` with the mention
// whose facts they share. Segment dates point into `dates`.
QVector<Segment> splitSentence(MentionBuilder &build, const LaunchFieldFinder &fields, const Sentence &s, int si,
                               const SentenceCues &sc, const QVector<DateMention> &dates,
                               QVector<std::pair<int, DateMention>> &listed);

} // namespace atlas::launch
