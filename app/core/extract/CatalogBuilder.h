#pragma once
// The pipeline from paths to a Catalog: find files, read them, date them,
// extract, merge. Reading and extraction run in parallel (QtConcurrent); the
// merge is sequential and deterministic (articles in path order).
#include "extract/ArticleExtraction.h"
#include "model/Catalog.h"

#include <QDate>
#include <QStringList>
#include <atomic>
#include <functional>

namespace atlas {

struct BuildOptions {
    QDate publicationDateOverride; // --pubdate: applies to every article when valid
    qint64 maxBytes = 20 * 1024 * 1024;
    int threads = 0; // worker threads for reading and extraction; 0: the global pool (all cores)
};

class ArticleExtractor;

class CatalogBuilder {
public:
    explicit CatalogBuilder(BuildOptions options = {}) : m_options(options) {}

    // Expands folders (recursively, supported suffixes only, symlink loops cut),
    // in a stable sorted order.
    static QStringList expandPaths(const QStringList &paths, QVector<Problem> *problems);
    // The bundled articles compiled into the binary.
    static QStringList bundledArticlePaths();

    using Progress = std::function<void(int done, int total)>;
    Catalog build(const QStringList &paths, const Progress &progress = {},
                  const std::atomic_bool *cancel = nullptr) const;

    // The steps of build(), for callers that store or schedule them themselves
    // (the library import): date one read article (a user override wins) and
    // extract it; merge extractions of articles in a stable order into a catalog.
    static ArticleExtraction analyze(Article &article, const ArticleExtractor &extractor,
                                     const QDate &publicationDateOverride = {});
    static Catalog assemble(const QVector<Article> &articles, const QVector<ArticleExtraction> &extractions);

private:
    BuildOptions m_options;
};

} // namespace atlas
