#pragma once
// Everything known at one moment: articles, merged launches, reactions, and the
// problems met while reading. A plain value: cheap to copy between threads.
#include "model/Article.h"
#include "model/ArticleTextSource.h"
#include "model/Launch.h"
#include "model/Reaction.h"

#include <QVector>
#include <memory>

namespace atlas {

// A file that could not be read, or was skipped, and why, in words for the user.
struct Problem {
    QString file;
    QString message;
};

struct Catalog {
    QVector<Article> articles;
    QVector<LaunchEvent> launches;
    QVector<Reaction> reactions;
    QVector<Problem> problems;
    // Where the texts are when Article::text is left empty (a catalog assembled
    // from a library, see model/ArticleTextSource.h); null when every article
    // holds its own text.
    std::shared_ptr<const ArticleTextSource> textSource;

    const Article *article(const QString &id) const;
    // An article's full text: its own Article::text when it holds one, else
    // the text source's; empty when neither has it. Spans (Evidence) index it.
    QString articleText(const QString &id) const;
    const LaunchEvent *launch(const QString &id) const;
    QVector<const Reaction *> reactionsFor(const QString &launchId) const;
    // Launches in chronological order: known dates by midpoint, then day-of-year,
    // then unknown dates, ties by id. Rejected launches are left out.
    QVector<const LaunchEvent *> chronological() const;
};

} // namespace atlas
