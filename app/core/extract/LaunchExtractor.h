#pragma once
// Launch mentions out of one article: the launch it reports (primary) and the
// earlier launches it refers to (mentioned), every field with its evidence.
//
// How sentences become mentions:
// - a sentence with a launch cue (see LaunchCues.h) is about a launch. A
//   definite cue ("the launch", "the missiles were fired") is the primary launch;
//   an indefinite one with a date that is earlier ("last month", "a week
//   earlier", "since November 5") or that does not overlap the primary's is a
//   mentioned launch; without a date it continues the launch being told;
// - later sentences without a cue add to the launch being told ("The missiles
//   flew 800 km") until another launch is introduced; a sentence that introduces
//   one part-way ("..., following a hypersonic test a week earlier") gives the
//   words before that point to the earlier launch and the rest to the new one;
// - sentences about artillery, parades, supplies, nuclear tests or generic
//   history, and hypothetical launches, give nothing (LaunchCueFinder).
// Relative dates of mentioned launches are resolved against the primary's date
// ("a week earlier" than 14 January -> 4-10 January).
#include "extract/GazetteerMatcher.h"
#include "extract/LaunchCues.h"
#include "extract/LaunchFields.h"
#include "extract/MissileLexicon.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "model/Article.h"
#include "model/Launch.h"

#include <QVector>

namespace atlas {

class LaunchExtractor {
public:
    explicit LaunchExtractor(const Gazetteer &gazetteer, const MissileLexicon &lexicon = MissileLexicon::bundled());
    LaunchExtractor(const LaunchExtractor &) = delete;
    LaunchExtractor &operator=(const LaunchExtractor &) = delete;

    struct Result {
        QVector<LaunchMention> launches; // primary first when there is one, then in text order
        QVector<int> sentenceLaunch;     // per sentence: index in launches it speaks of, -1 none
    };
    Result extract(const Article &article, const QVector<Sentence> &sentences, const TemporalTagger &tagger) const;

private:
    GazetteerMatcher m_matcher;
    const MissileLexicon &m_lexicon;
    LaunchCueFinder m_cues;
    LaunchFieldFinder m_fields;
};

} // namespace atlas
