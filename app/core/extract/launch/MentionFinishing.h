#pragma once
// What the launch extractor settles once every sentence of an article is read:
// the sea a coast names, the report's day for a launch told as just done, the
// classes a designation has elsewhere in the article, and relative dates of
// earlier launches counted from the primary launch's date.
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "extract/launch/MentionBuilder.h"
#include "model/Article.h"

#include <QVector>

namespace atlas::launch {

// Completes the mentions in `build`, read from `article` split into `sentences`.
void finishMentions(MentionBuilder &build, const Article &article, const QVector<Sentence> &sentences,
                    const TemporalTagger &tagger);

} // namespace atlas::launch
