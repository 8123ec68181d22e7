#include "store/PathExpander.h"

#include "ingest/ArticleReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace atlas {

namespace {

class Walker {
public:
    explicit Walker(const std::atomic_bool *cancel) : m_cancel(cancel) {}

    void walk(const QString &dirPath)
    {
        // An explicit stack rather than recursion: a deep tree cannot overflow it.
        QStringList stack{dirPath};
        while (!stack.isEmpty()) {
            if (m_cancel && m_cancel->load())
                return;
            const QString dir = stack.takeLast();
            const QFileInfo dirInfo(dir);
            const QString canonical = dirInfo.canonicalFilePath();
            if (canonical.isEmpty()) {
                skip(dir, QStringLiteral("the folder cannot be resolved"));
                continue;
            }
            if (m_visited.contains(canonical)) {
                skip(dir, dirInfo.isSymLink()
                              ? QStringLiteral("a link back to a folder already read (%1): a loop, not followed")
                                    .arg(canonical)
                              : QStringLiteral("this folder was already read"));
                continue;
            }
            m_visited.insert(canonical);
            if (!dirInfo.isReadable() || !dirInfo.isExecutable()) {
                skip(dir, QStringLiteral("the folder cannot be read (permission denied)"));
                continue;
            }
            const QFileInfoList entries = QDir(dir).entryInfoList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
            QStringList subdirs;
            for (const QFileInfo &e : entries) {
                const QString path = e.filePath();
                if (e.isSymLink() && !e.exists()) {
                    skip(path, QStringLiteral("the link points to nothing (%1)").arg(e.symLinkTarget()));
                } else if (e.isDir()) {
                    subdirs << path;
                } else if (!e.isFile()) {
                    skip(path, QStringLiteral("not a regular file (a pipe, socket or device)"));
                } else if (ArticleReader::isSupportedSuffix(path)) {
                    m_out.files << path;
                } else {
                    skip(path, e.suffix().isEmpty()
                                   ? QStringLiteral("no file name suffix: not taken from a folder (open it by name to read it)")
                                   : QStringLiteral("a .%1 file is not an article format").arg(e.suffix()));
                }
            }
            // Reverse so that popping from the end visits them in sorted order.
            for (auto it = subdirs.crbegin(); it != subdirs.crend(); ++it)
                stack << *it;
        }
    }

    void skip(const QString &path, const QString &why) { m_out.skipped.append({path, why}); }

    ExpandedPaths m_out;

private:
    const std::atomic_bool *m_cancel;
    QSet<QString> m_visited;
};

} // namespace

ExpandedPaths PathExpander::expand(const QStringList &paths, const std::atomic_bool *cancel)
{
    Walker walker(cancel);
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            walker.walk(p);
        } else if (!info.exists() && !info.isSymLink()) {
            walker.skip(p, QStringLiteral("no such file or folder"));
        } else {
            walker.m_out.files << p; // the reader says why, if it cannot read it
        }
    }
    return walker.m_out;
}

} // namespace atlas
