#include "store/ImportJob.h"

#include "ingest/ArticleReader.h"
#include "io/ModelJson.h"
#include "store/Library.h"
#include "store/LibraryTextSource.h"
#include "store/PathExpander.h"
#include "store/SharedStrings.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <numeric>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace atlas {

namespace {

// One file's fate, computed on a worker thread.
struct FileResult {
    QString path;
    ImportOutcome outcome = ImportOutcome::Refused;
    QString message;
    std::optional<ArticleRecord> record; // for Added, Updated, Reextracted
    QByteArray hash;
    int launches = 0;
};

// Everything the workers read, shared and never written while they run.
struct ImportContext {
    ArticleReader reader;
    QHash<QByteArray, StoredContent> stored; // content hash -> stored article
    QHash<QString, QByteArray> hashOfPath;   // stored path -> its content hash
    ImportOptions options;
    const std::atomic_bool *cancel = nullptr;
};

bool cancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(); }

FileResult analyzeStored(const ImportContext &ctx, Article article, const QString &path, ImportOutcome outcome)
{
    FileResult out;
    out.path = path;
    out.hash = article.contentHash;
    if (ctx.options.publicationDateOverride.isValid()) {
        article.publicationDate = ctx.options.publicationDateOverride;
        article.publicationDateSource = PubDateSource::User;
        article.publicationDateText.clear();
        article.publicationDateStart = -1;
    }
    try {
        ArticleExtraction x = ctx.options.analyzer.analyze(article);
        x.articleId = article.id;
        x.extractorVersion = ctx.options.analyzer.version;
        out.launches = int(x.launches.size());
        // Encoded here, on the worker, so the writing thread only writes.
        QByteArray encoded = json::toBytes(x);
        out.record = ArticleRecord{std::move(article), std::move(x), 0, std::move(encoded)};
        out.outcome = outcome;
    } catch (const std::exception &e) {
        out.outcome = ImportOutcome::Refused;
        out.message = QStringLiteral("the extractor failed on this article: %1").arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        out.outcome = ImportOutcome::Refused;
        out.message = QStringLiteral("the extractor failed on this article");
    }
    return out;
}

FileResult processFile(const ImportContext &ctx, const QString &path)
{
    if (cancelled(ctx.cancel))
        return {path, ImportOutcome::NotImported, QStringLiteral("the import was cancelled"), {}, {}, 0};
    ReadOutcome read = ctx.reader.readFile(path);
    if (!read.article)
        return {path, ImportOutcome::Refused, read.problem, {}, {}, 0};
    Article &article = *read.article;
    const auto known = ctx.stored.constFind(article.contentHash);
    if (known != ctx.stored.constEnd()) {
        if (!known->extracted)
            return analyzeStored(ctx, std::move(article), path, ImportOutcome::Reextracted);
        FileResult same{path, ImportOutcome::Unchanged, {}, {}, article.contentHash, 0};
        if (known->path == path)
            same.message = QStringLiteral("unchanged since it was imported");
        else {
            same.outcome = ImportOutcome::Duplicate;
            same.message = QStringLiteral("same content as %1, already in the library").arg(known->path);
        }
        return same;
    }
    const qint64 size = QFileInfo(path).size();
    const bool replacesOld = ctx.hashOfPath.contains(path);
    FileResult out = analyzeStored(ctx, std::move(article), path,
                                   replacesOld ? ImportOutcome::Updated : ImportOutcome::Added);
    if (out.record)
        out.record->fileSize = size;
    if (replacesOld && out.outcome == ImportOutcome::Updated)
        out.message = QStringLiteral("the file changed since it was imported: the new content replaces the old");
    return out;
}

// Stored articles that an older extractor read, as FileResults to write back.
QVector<FileResult> reextractStored(Library &library, const ImportContext &ctx, QThreadPool *pool,
                                    const QStringList &ids)
{
    QVector<Article> articles;
    for (const QString &id : ids)
        articles << library.article(id);
    return QtConcurrent::blockingMapped<QVector<FileResult>>(pool, articles, [&ctx](const Article &a) {
        if (cancelled(ctx.cancel))
            return FileResult{a.filePath, ImportOutcome::NotImported, QStringLiteral("the import was cancelled"), {}, {}, 0};
        FileResult r = analyzeStored(ctx, a, a.filePath, ImportOutcome::Reextracted);
        if (r.outcome == ImportOutcome::Reextracted)
            r.message = QStringLiteral("extracted again by extractor %1").arg(ctx.options.analyzer.version);
        return r;
    });
}

// Hands the heap's free pages back to the system. The batches of an import
// are allocated and freed on several threads, each with its own malloc arena,
// and glibc keeps what they freed: without this the catalog assembled next
// would sit on top of it, not in it.
void releaseFreedHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    m_coordinator.setMaxThreadCount(1);
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportReport>();
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        const ImportResult result = m_watcher.future().resultCount() > 0 ? m_watcher.result() : ImportResult{};
        emit finished(result.report, result.catalog);
    });
}

ImportJob::~ImportJob()
{
    cancel();
    waitForFinished();
}

bool ImportJob::isRunning() const { return m_watcher.isRunning(); }

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::waitForFinished() { m_watcher.waitForFinished(); }

void ImportJob::start(const QString &libraryPath, const QStringList &paths)
{
    cancel();
    waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    const ImportOptions options = m_options;
    QPointer<ImportJob> self(this);
    // The coordinator gets a thread of its own (not one of the global pool's),
    // so the workers it feeds always have every core.
    m_watcher.setFuture(QtConcurrent::run(&m_coordinator, [libraryPath, paths, options, cancelFlag, self] {
        QElapsedTimer throttle;
        throttle.start();
        return run(libraryPath, paths, options, cancelFlag.get(), [self, &throttle](const ImportProgress &p) {
            // At most every 40 ms, and always the last word: the GUI stays calm.
            const bool last = p.filesTotal > 0 && p.filesDone >= p.filesTotal;
            if (!last && throttle.elapsed() < 40)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(self, [self, p] {
                if (self)
                    emit self->progress(p);
            }, Qt::QueuedConnection);
        });
    }));
}

ImportResult ImportJob::run(const QString &libraryPath, const QStringList &paths, const ImportOptions &opts,
                            const std::atomic_bool *cancel, const ProgressFn &progress)
{
    QElapsedTimer clock;
    clock.start();
    ImportResult result;
    ImportReport &report = result.report;
    ImportContext ctx;
    ctx.options = opts;
    if (!ctx.options.analyzer.isValid())
        ctx.options.analyzer = defaultArticleAnalyzer();
    ctx.reader = ArticleReader(ArticleReader::Options{opts.maxBytes});
    ctx.cancel = cancel;
    const QString version = ctx.options.analyzer.version;

    Library library;
    QString error;
    if (!library.open(libraryPath, Library::OpenOptions{false, true, true}, &error)) {
        report.error = error;
        report.elapsedMs = clock.elapsed();
        return result;
    }
    ctx.stored = library.storedContent(version);
    for (auto it = ctx.stored.constBegin(); it != ctx.stored.constEnd(); ++it)
        ctx.hashOfPath.insert(it->path, it.key());

    QElapsedTimer phase;
    phase.start();
    const ExpandedPaths expanded = PathExpander::expand(paths, cancel);
    report.timings.listMs = phase.elapsed();
    const QStringList staleIds = library.articlesNeedingExtraction(version);
    ImportProgress &totals = report.totals;
    totals.filesTotal = int(expanded.files.size() + staleIds.size());
    if (progress)
        progress(totals);

    QThreadPool pool;
    pool.setMaxThreadCount(opts.threads > 0 ? opts.threads : QThread::idealThreadCount());
    QSet<QByteArray> seenThisRun;
    QHash<QByteArray, QString> firstPathOf;

    // Writes one batch of results in one transaction and accounts for them.
    auto commit = [&](QVector<FileResult> &batch) -> bool {
        QVector<ArticleRecord> records;
        for (FileResult &r : batch) {
            if (r.record) {
                if (seenThisRun.contains(r.hash)) {
                    r.outcome = ImportOutcome::Duplicate;
                    r.message = QStringLiteral("same content as %1").arg(firstPathOf.value(r.hash));
                    r.record.reset();
                    r.launches = 0;
                } else {
                    seenThisRun.insert(r.hash);
                    firstPathOf.insert(r.hash, r.path);
                    records << std::move(*r.record);
                    r.record.reset();
                }
            }
        }
        QElapsedTimer writing;
        writing.start();
        const bool stored = records.isEmpty() || library.storeArticles(records, &error);
        report.timings.writeMs += writing.elapsed();
        if (!stored) {
            report.error = error;
            for (FileResult &r : batch) {
                if (r.outcome == ImportOutcome::Added || r.outcome == ImportOutcome::Updated
                    || r.outcome == ImportOutcome::Reextracted) {
                    r.outcome = ImportOutcome::NotImported;
                    r.message = error;
                }
            }
        }
        for (FileResult &r : batch) {
            ++totals.filesDone;
            totals.launchesFound += r.launches;
            if (r.outcome == ImportOutcome::Added || r.outcome == ImportOutcome::Updated)
                ++totals.added;
            else if (r.outcome != ImportOutcome::Reextracted)
                ++totals.skipped;
            report.entries.append({r.path, r.outcome, r.message});
        }
        batch.clear();
        if (progress)
            progress(totals);
        return report.error.isEmpty();
    };

    // Stored articles an older extractor read come first: they need no disk.
    const int batchSize = qMax(1, opts.batchSize);
    for (qsizetype i = 0; i < staleIds.size() && report.error.isEmpty() && !cancelled(cancel); i += batchSize) {
        phase.restart();
        QVector<FileResult> batch = reextractStored(library, ctx, &pool, staleIds.mid(i, batchSize));
        report.timings.workMs += phase.elapsed();
        commit(batch);
    }

    // New files: while batch k is written, batch k + 1 is being read and extracted.
    const QStringList &files = expanded.files;
    QFuture<FileResult> pending;
    qsizetype next = 0;
    auto launchBatch = [&] {
        const QStringList slice = files.mid(next, batchSize);
        next += slice.size();
        return QtConcurrent::mapped(&pool, slice, [&ctx](const QString &path) { return processFile(ctx, path); });
    };
    if (next < files.size())
        pending = launchBatch();
    while (pending.isValid() && report.error.isEmpty()) {
        phase.restart();
        pending.waitForFinished();
        report.timings.workMs += phase.elapsed();
        QVector<FileResult> batch;
        batch.reserve(pending.resultCount());
        for (int k = 0; k < pending.resultCount(); ++k)
            batch << pending.resultAt(k);
        pending = (next < files.size() && !cancelled(cancel)) ? launchBatch() : QFuture<FileResult>();
        commit(batch);
    }
    if (pending.isValid())
        pending.waitForFinished(); // an error stopped the loop: let the workers end
    // Files never reached (cancelled or stopped) are listed, so the report is whole.
    for (qsizetype k = next; k < files.size(); ++k)
        report.entries.append({files.at(k), ImportOutcome::NotImported,
                               cancelled(cancel) ? QStringLiteral("the import was cancelled")
                                                 : QStringLiteral("the import stopped before this file")});
    for (const Problem &p : expanded.skipped)
        report.entries.append({p.file, ImportOutcome::Refused, p.message});
    report.cancelled = cancelled(cancel);

    const bool changed = report.count(ImportOutcome::Added) + report.count(ImportOutcome::Updated)
            + report.count(ImportOutcome::Reextracted) > 0;
    if (opts.assembleCatalog && (changed || opts.assembleWhenUnchanged)) {
        LibraryContents contents;
        phase.restart();
        // The import's large page cache and the heap its batches freed go back
        // before the catalog is read: the peak of an import is the assembly.
        library.releaseCacheMemory();
        releaseFreedHeap();
        // The stored JSON comes in slices, each decoded on the workers and
        // dropped, so the stored form and the decoded one are never both whole
        // in memory; equal strings are made to share one buffer (see
        // store/SharedStrings.h). Texts stay in the library (the catalog's text
        // source gives them back on demand), except those the merge reads.
        constexpr int kSlice = 512;
        const auto &needsText = ctx.options.analyzer.needsText;
        const int stored = library.articleCount();
        SharedStrings strings;
        contents.articles.reserve(stored);
        contents.extractions.reserve(stored);
        library.readContentsInSlices(version, kSlice, [&](RawLibraryContents &slice) {
            QVector<int> rows(slice.articles.size());
            std::iota(rows.begin(), rows.end(), 0);
            QVector<ArticleExtraction> decoded = QtConcurrent::blockingMapped<QVector<ArticleExtraction>>(
                &pool, rows, [&slice, &strings](int row) {
                    ArticleExtraction x = Library::decodeExtraction(slice.extractionJson.at(row), slice.articles.at(row).id);
                    strings.share(x);
                    return x;
                });
            slice.extractionJson.clear();
            for (int row : rows) {
                Article &a = slice.articles[row];
                ArticleExtraction &x = decoded[row];
                strings.share(a.id);
                if (!needsText || needsText(a, x))
                    a.text = library.articleText(a.id);
                contents.articles << std::move(a);
                contents.extractions << std::move(x);
            }
            return true;
        });
        strings.clear(); // what it shared stays shared
        report.timings.loadMs = phase.elapsed();
        phase.restart();
        result.catalog = ctx.options.analyzer.assemble(contents);
        contents = LibraryContents{}; // the catalog is now the only owner of its articles
        for (Article &a : result.catalog.articles)
            a.text = QString();
        result.catalog.textSource = std::make_shared<LibraryTextSource>(QFileInfo(libraryPath).absoluteFilePath());
        releaseFreedHeap(); // what the merge used and dropped: the window keeps only the catalog
        report.catalogAssembled = true;
        report.timings.assembleMs = phase.elapsed();
        for (const ImportEntry &e : report.entries) {
            if (e.outcome == ImportOutcome::Refused)
                result.catalog.problems.append({e.file, e.message});
        }
    }
    report.elapsedMs = clock.elapsed();
    return result;
}

} // namespace atlas
