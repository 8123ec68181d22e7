#include "extract/CatalogBuilder.h"

#include "ingest/ArticleReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace atlas {

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

Catalog CatalogBuilder::build(const QStringList &paths, const Progress &progress,
                              const std::atomic_bool *cancel) const
{
    Catalog catalog;
    const QStringList files = expandPaths(paths, &catalog.problems);
    ArticleReader reader(ArticleReader::Options{m_options.maxBytes});
    int done = 0;
    for (const QString &f : files) {
        if (cancel && cancel->load())
            break;
        ReadOutcome r = reader.readFile(f);
        if (r.article) {
            if (m_options.publicationDateOverride.isValid()) {
                r.article->publicationDate = m_options.publicationDateOverride;
                r.article->publicationDateSource = PubDateSource::User;
            }
            catalog.articles << *r.article;
        } else {
            catalog.problems.append({f, r.problem});
        }
        if (progress)
            progress(++done, int(files.size()));
    }
    return catalog;
}

} // namespace atlas
