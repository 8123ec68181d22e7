#include "extract/CatalogBuilder.h"

#include "extract/ArticleExtractor.h"
#include "extract/LaunchMerger.h"
#include "ingest/ArticleReader.h"
#include "ingest/PublicationDateDetector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace atlas {

namespace {
// What one worker makes of one file.
struct FileResult {
    std::optional<Article> article;
    QString problem;
    ArticleExtraction extraction;
};
} // namespace

QStringList CatalogBuilder::bundledArticlePaths()
{
    QStringList out;
    QDirIterator it(QStringLiteral(":/atlas/articles"), QDir::Files);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QStringList CatalogBuilder::expandPaths(const QStringList &paths, QVector<Problem> *problems)
{
    QStringList files;
    QSet<QString> seenDirs; // canonical paths: cuts symlink loops
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            if (problems)
                problems->append({p, QStringLiteral("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            files << p;
            continue;
        }
        QStringList found;
        QDirIterator it(p, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        seenDirs.insert(info.canonicalFilePath());
        while (it.hasNext()) {
            const QString f = it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.isDir())
                continue;
            if (ArticleReader::isSupportedSuffix(f))
                found << f;
        }
        found.sort();
        files += found;
    }
    return files;
}

ArticleExtraction CatalogBuilder::analyze(Article &article, const ArticleExtractor &extractor,
                                          const QDate &publicationDateOverride)
{
    if (publicationDateOverride.isValid()) {
        article.publicationDate = publicationDateOverride;
        article.publicationDateKorea = publicationDateOverride; // the user's date is the day to count from
        article.publicationDateSource = PubDateSource::User;
        article.publicationDateText.clear();
        article.publicationDateStart = -1;
    } else {
        PublicationDateDetector().apply(article);
    }
    return extractor.extract(article);
}

Catalog CatalogBuilder::assemble(const QVector<Article> &articles, const QVector<ArticleExtraction> &extractions)
{
    Catalog catalog;
    catalog.articles = articles;
    const LaunchMerger::Output merged = LaunchMerger().merge(articles, extractions);
    catalog.launches = merged.launches;
    catalog.reactions = merged.reactions;
    return catalog;
}

Catalog CatalogBuilder::build(const QStringList &paths, const Progress &progress,
                              const std::atomic_bool *cancel) const
{
    Catalog catalog;
    const QStringList files = expandPaths(paths, &catalog.problems);
    const ArticleReader reader(ArticleReader::Options{m_options.maxBytes});
    const ArticleExtractor extractor; // regexes compiled once, shared read-only by every worker
    const QDate override = m_options.publicationDateOverride;

    auto work = [&reader, &extractor, override](const QString &file) {
        FileResult r;
        ReadOutcome read = reader.readFile(file);
        if (!read.article) {
            r.problem = read.problem;
            return r;
        }
        r.extraction = analyze(*read.article, extractor, override);
        r.article = std::move(read.article);
        return r;
    };

    // Chunks keep the order of the files, let progress be reported from this
    // thread, and let a cancel stop between chunks without killing workers.
    QThreadPool ownPool;
    QThreadPool *pool = QThreadPool::globalInstance();
    if (m_options.threads > 0) {
        ownPool.setMaxThreadCount(m_options.threads);
        pool = &ownPool;
    }
    const int chunk = std::max(8, pool->maxThreadCount() * 8);
    QVector<Article> articles;
    QVector<ArticleExtraction> extractions;
    int done = 0;
    for (int first = 0; first < files.size(); first += chunk) {
        if (cancel && cancel->load())
            break;
        const QStringList slice = files.mid(first, chunk);
        const QList<FileResult> results = QtConcurrent::blockingMapped<QList<FileResult>>(pool, slice, work);
        for (int i = 0; i < results.size(); ++i) {
            const FileResult &r = results.at(i);
            if (r.article) {
                articles << *r.article;
                extractions << r.extraction;
            } else {
                catalog.problems.append({slice.at(i), r.problem});
            }
        }
        done += int(slice.size());
        if (progress)
            progress(done, int(files.size()));
    }
    Catalog merged = assemble(articles, extractions);
    merged.problems = catalog.problems;
    return merged;
}

} // namespace atlas
