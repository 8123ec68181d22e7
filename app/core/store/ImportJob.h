#pragma once
// Imports files and folders into a library, off the GUI thread.
//
// Work: folders are listed (store/PathExpander), files are read, dated and
// extracted on a pool of worker threads (QtConcurrent, one per core), and the
// results are written in batches, each batch one transaction, by one
// coordinating thread with its own connection to the library. A file whose
// content (SHA-256) is already stored with an extraction of the current
// extractor version is skipped as unchanged; stored content extracted by an
// older version is extracted again. Analyst edits are never touched.
//
// Progress (files done, launches found) arrives on the thread that owns the
// job; cancel() stops between files, and what was written stays written: each
// article with its extraction is wholly there or absent. When the import ends,
// the machine catalog is assembled from the library on the worker, so that the
// GUI thread only receives it. That catalog holds no article texts: they stay
// in the library, and its Catalog::textSource gives them back on demand (the
// texts were most of a large catalog's memory).
#include "model/Catalog.h"
#include "store/ArticleAnalyzer.h"
#include "store/ImportReport.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace atlas {

struct ImportOptions {
    qint64 maxBytes = 20 * 1024 * 1024;  // the reader's size limit
    QDate publicationDateOverride;        // --pubdate: for every article when valid
    int batchSize = 64;                   // files per transaction
    int threads = 0;                      // worker threads; 0: one per core
    bool assembleCatalog = true;          // build the catalog when done...
    bool assembleWhenUnchanged = true;    // ...even when the import changed nothing
    ArticleAnalyzer analyzer;             // empty: defaultArticleAnalyzer()
};

struct ImportResult {
    ImportReport report;
    // The machine catalog of the whole library (when report.catalogAssembled),
    // without article texts: Catalog::articleText fetches one from the library.
    Catalog catalog;
};

class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits

    void setOptions(const ImportOptions &options) { m_options = options; }
    const ImportOptions &options() const { return m_options; }

    // Imports paths (files and folders) into the library at libraryPath.
    void start(const QString &libraryPath, const QStringList &paths);
    // Extracts again what an older extractor read, then assembles the catalog:
    // what opening a library runs.
    void startRefresh(const QString &libraryPath) { start(libraryPath, {}); }
    void cancel();
    bool isRunning() const;
    void waitForFinished(); // tests and shutdown only

    using ProgressFn = std::function<void(const ImportProgress &)>;
    // The same work, on the calling thread (the CLI, tests, the crash-safety
    // child). progress is called on the calling thread.
    static ImportResult run(const QString &libraryPath, const QStringList &paths, const ImportOptions &options,
                            const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});

signals:
    void progress(const atlas::ImportProgress &progress);
    void finished(const atlas::ImportReport &report, const atlas::Catalog &catalog);

private:
    ImportOptions m_options;
    QThreadPool m_coordinator; // one thread: the import's coordinator
    QFutureWatcher<ImportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace atlas

Q_DECLARE_METATYPE(atlas::ImportProgress)
