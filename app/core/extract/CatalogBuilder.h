#pragma once
// The pipeline from paths to a Catalog: find files, read them, date them,
// extract, merge. Reading and extraction run in parallel (QtConcurrent); the
// merge is sequential and deterministic (articles in path order).
#include "model/Catalog.h"

#include <QDate>
#include <QStringList>
#include <atomic>
#include <functional>

namespace atlas {

struct BuildOptions {
    QDate publicationDateOverride; // --pubdate: applies to every article when valid
    qint64 maxBytes = 20 * 1024 * 1024;
};

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

private:
    BuildOptions m_options;
};

} // namespace atlas
