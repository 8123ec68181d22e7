#pragma once
// The reaction extractor run on a text of a test's own, as one article (no
// publication date unless one is given): what the reaction tests share.
#include "extract/ReactionExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"

#include <QDate>
#include <QString>

namespace atlas::testing {

inline QVector<Reaction> extractReactions(const QString &text, const QDate &published = {})
{
    Article a;
    a.id = QStringLiteral("t");
    a.text = text;
    a.publicationDate = published;
    static const ReactionExtractor extractor;
    return extractor.extract(a, splitSentences(text), TemporalTagger(published));
}

} // namespace atlas::testing
