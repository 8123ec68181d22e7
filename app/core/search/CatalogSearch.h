#pragma once
// Find over a catalog: launches (date, class, designation), places (launch sites),
// actors (who reacted: country, person, office) and the articles' own text.
// Pure data, no widgets: FindBar shows the hits and acts on the chosen one.
#include "model/Catalog.h"

#include <QVector>

namespace atlas {

struct SearchHit {
    enum class Kind { Launch, Place, Actor, Article };
    Kind kind = Kind::Launch;
    QString launchId;   // the launch to select; empty for a hit only in an article's text
    QString articleId;  // the article to open, with the span of the match
    int start = -1;     // span in Article::text (UTF-16 units, end exclusive); -1 when none
    int end = -1;
    QString title;      // what matched: a launch label, a site, an actor, an article name
    QString context;    // a little of the text around the match, on one line
};

class CatalogSearch {
public:
    // Every whitespace-separated word of the query must match, ignoring case; the
    // article-text search looks for the whole query as a phrase. Launches, places and
    // actors come first, then article text, at most maxArticleHits of those. Texts
    // the catalog does not hold (a library's) are searched through its
    // textSource, one at a time, and only those the library's own scan
    // could not rule out.
    static QVector<SearchHit> find(const Catalog &catalog, const QString &query, int maxArticleHits = 200);

    // The line-sized piece of text around [start, end), with ellipses where cut.
    static QString contextAround(const QString &text, int start, int end, int radius = 40);
};

} // namespace atlas
