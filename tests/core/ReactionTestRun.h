#pragma once
// The reaction extractor run on a text of a test's own, as one article (no
// publication date unless one is given): what the reaction tests share.
#include "extract/ReactionExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"

#include <QDate>
#include <QString>
#include <QStringList>

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

// "Japan:condemn" for each reaction, sorted and without repeats.
inline QStringList reactionKeys(const QVector<Reaction> &reactions)
{
    QStringList out;
    for (const Reaction &r : reactions) {
        const QString k = r.actor + QLatin1Char(':') + stanceName(r.stance);
        if (!out.contains(k))
            out << k;
    }
    out.sort();
    return out;
}

} // namespace atlas::testing
