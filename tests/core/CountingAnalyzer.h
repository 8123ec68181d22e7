#pragma once
// A small, predictable analyzer for tests of the library's mechanics (import,
// crash safety): one launch mention per word "fired" in the text, and a catalog
// with one launch per mention. The real extractor is tested on its own.
#include "store/ArticleAnalyzer.h"

#include <QRegularExpression>

namespace atlas::testing {

inline int countFired(const QString &text)
{
    static const QRegularExpression fired(QStringLiteral("\\bfired\\b"));
    int n = 0;
    auto it = fired.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

inline ArticleAnalyzer countingAnalyzer(const QString &version)
{
    ArticleAnalyzer a;
    a.version = version;
    a.analyze = [](Article &article) {
        ArticleExtraction x;
        static const QRegularExpression fired(QStringLiteral("\\bfired\\b"));
        auto it = fired.globalMatch(article.text);
        while (it.hasNext()) {
            const auto m = it.next();
            LaunchMention mention;
            mention.articleId = article.id;
            mention.evidence.append(Evidence{article.id, QStringLiteral("launch"), int(m.capturedStart()),
                                             int(m.capturedEnd()), m.captured()});
            x.launches << mention;
        }
        return x;
    };
    a.assemble = [](const LibraryContents &contents) {
        Catalog c;
        c.articles = contents.articles;
        for (const ArticleExtraction &x : contents.extractions) {
            for (int i = 0; i < x.launches.size(); ++i) {
                LaunchEvent e;
                e.id = x.articleId + QStringLiteral("-%1").arg(i);
                e.mentions << x.launches.at(i);
                c.launches << e;
            }
        }
        return c;
    };
    return a;
}

} // namespace atlas::testing
