#pragma once
// What the extractor reads out of one article, before launches from several
// articles are merged. This is what the library stores per article and
// extractor version, so re-merging never needs re-reading.
#include "model/Launch.h"
#include "model/Reaction.h"

#include <QVector>

namespace atlas {

struct ArticleExtraction {
    QString articleId;
    QString extractorVersion;
    QVector<LaunchMention> launches;
    QVector<Reaction> reactions;
    // For each reaction, the index in `launches` of the launch it answers (-1: none).
    QVector<int> reactionLaunch;
};

} // namespace atlas
