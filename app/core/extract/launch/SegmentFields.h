#pragma once
// The facts each stretch of a launch sentence tells of its launch: claimant,
// classes, names, count, site, distance and apogee, splashdown and time of day,
// each cited as evidence, a second differing range class or distance kept as a
// conflict. Which launch a stretch speaks of is decided before (SentenceSegments.h).
#include "extract/LaunchCues.h"
#include "extract/LaunchFields.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "extract/launch/MentionBuilder.h"
#include "extract/launch/SentenceSegments.h"

#include <QVector>

namespace atlas::launch {

// Reads the fields of each segment of sentence `si` into its mention in `build`,
// marks in `sentenceLaunch` the launch the sentence speaks of, and makes the last
// segment's launch the one being told. `sentenceWords` are the word classes of the
// whole sentence, `classAnchors` where class phrases may be in it (both from
// LaunchCueFinder::wordClasses).
void readSegmentFields(MentionBuilder &build, const LaunchFieldFinder &fields, const TemporalTagger &tagger,
                       const Sentence &s, int si, const SentenceCues &sc, quint32 sentenceWords,
                       const StemTrie::Starts &classAnchors, const QVector<Segment> &segments,
                       QVector<int> &sentenceLaunch);

} // namespace atlas::launch
