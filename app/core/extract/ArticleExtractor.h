#pragma once
// Everything extraction reads out of one article: sentences, dates anchored on
// its publication date, launch mentions and reactions, each reaction linked to
// the launch it answers (the launch of its own sentence, else the article's
// primary launch). Const and thread-safe: one instance serves every worker.
#include "extract/ArticleExtraction.h"
#include "extract/LaunchExtractor.h"
#include "extract/ReactionExtractor.h"
#include "geo/Gazetteer.h"
#include "model/Article.h"

namespace atlas {

class ArticleExtractor {
public:
    explicit ArticleExtractor(const Gazetteer &gazetteer = Gazetteer::bundled());

    ArticleExtraction extract(const Article &article) const;

    // Bumped whenever the rules change, so stored extractions can be redone.
    static QString version();

    // A year to read yearless dates with ("in March" after "early May 2025")
    // when the article has no publication date: the first full date's year, or 0.
    static int yearHint(const QString &text);

private:
    LaunchExtractor m_launches;
    ReactionExtractor m_reactions;
};

} // namespace atlas
