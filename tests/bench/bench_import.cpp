// Library import at scale: 10,000 generated articles (at least 60 MB) imported
// into a new library through ImportJob, as the GUI does it, while the main
// thread's event loop is watched.
//
//   bench_import [--articles N] [--threads T] [--keep DIR] [--no-catalog] [--compare-find]
//
// --no-catalog leaves out the catalog assembly (reading back and merging), to
// tell the import's own cost from the merge's. --compare-find also times Find
// over the catalog with every text held in memory, as catalogs were before they
// left the texts in the library (it raises the final peak: the peak after the
// first import is the figure then).
//
// Figures:
// - wall time from start() to the catalog on the main thread (reading, dating,
//   extracting on the workers, writing the library, assembling the catalog);
// - the event loop's longest stall: a QTimer on the main thread every 10 ms
//   records the largest gap between two ticks (the progress signals and the
//   final LaunchListModel::setCatalog run on that thread, so they count);
// - peak memory: getrusage() ru_maxrss of the whole process;
// - then the same folder imported again: every file unchanged (hash check only);
// - what the window asks of a catalog that holds no texts (they stay in the
//   library): one article's text for the article view, and Find over all texts.
// Targets (issue 7): <= 10 s on 2 cores, stall <= 100 ms, peak <= 300 MB.
#include "CorpusGenerator.h"

#include "model/LaunchListModel.h"
#include "search/CatalogSearch.h"
#include "store/ImportJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

using namespace atlas;

namespace {

// Resident memory now (not the peak), from /proc/self/statm.
double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(getpagesize()) / (1024.0 * 1024.0) : 0;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// CPU seconds used by the whole process so far (all threads, user + system).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run {
    double seconds = 0;
    double cpu = 0; // CPU seconds of all threads during the run
    qint64 handOverMs = 0; // LaunchListModel::setCatalog on the main thread
    qint64 maxGapMs = 0;
    ImportReport report;
    int launchesShown = 0;
    Catalog catalog; // as the window keeps it
};

// Runs one import on the ImportJob's worker threads and measures the main loop.
Run importWatched(const QString &library, const QString &folder, const ImportOptions &options)
{
    Run run;
    LaunchListModel model;
    ImportJob job;
    job.setOptions(options);
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        run.maxGapMs = std::max(run.maxGapMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    QObject::connect(&job, &ImportJob::finished, [&](const ImportReport &report, const Catalog &catalog) {
        QElapsedTimer handOver;
        handOver.start();
        model.setCatalog(catalog); // what the window does with it
        run.handOverMs = handOver.elapsed();
        run.report = report;
        run.launchesShown = model.rowCount();
        run.catalog = catalog;
        run.seconds = double(clock.nsecsElapsed()) / 1e9;
        // One more tick after the hand-over, so a stall in it is measured.
        QTimer::singleShot(20, qApp, &QCoreApplication::quit);
    });
    const double cpuBefore = cpuSeconds();
    clock.start();
    sinceTick.start();
    ticker.start();
    job.start(library, {folder});
    QCoreApplication::exec();
    ticker.stop();
    run.cpu = cpuSeconds() - cpuBefore;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    int threads = 0;
    QString keep;
    bool catalog = true;
    const bool compareFind = QCoreApplication::arguments().contains(QLatin1String("--compare-find"));
    const QStringList args = app.arguments();
    if (args.contains(QLatin1String("--no-catalog")))
        catalog = false;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--articles"))
            count = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--threads"))
            threads = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTextStream out(stdout);

    QTemporaryDir temp;
    const QString root = keep.isEmpty() ? temp.path() : keep;
    const QString folder = QDir(root).filePath(QStringLiteral("corpus"));
    const QString library = QDir(root).filePath(QStringLiteral("bench.atlas"));
    QFile::remove(library);
    QFile::remove(library + QStringLiteral("-wal"));
    QFile::remove(library + QStringLiteral("-shm"));

    // The corpus: generated articles in folders of 500, written once (not timed).
    const bench::CorpusGenerator generator = bench::CorpusGenerator::fromBundled();
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QString dir = QStringLiteral("%1/part-%2").arg(folder).arg(i / 500, 3, 10, QLatin1Char('0'));
        if (i % 500 == 0)
            QDir().mkpath(dir);
        QFile f(QStringLiteral("%1/article-%2.txt").arg(dir).arg(i, 6, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray utf8 = generator.article(i).toUtf8();
        f.write(utf8);
        bytes += utf8.size();
    }
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    out << "corpus: " << count << " articles, " << QString::number(megabytes, 'f', 1) << " MB in " << folder
        << "\n";
    out << "threads: " << (threads > 0 ? threads : QThread::idealThreadCount()) << " workers + 1 coordinator\n";
    out.flush();

    ImportOptions options;
    options.threads = threads;
    options.assembleCatalog = catalog;
    const Run first = importWatched(library, folder, options);
    const double peakAfterFirst = peakMegabytes();
    out << "import: " << QString::number(first.seconds, 'f', 2) << " s ("
        << QString::number(megabytes / first.seconds, 'f', 1) << " MB/s), "
        << first.report.count(ImportOutcome::Added) << " added, " << first.report.totals.launchesFound
        << " launch mentions, " << first.launchesShown << " launches shown\n";
    // On a busy machine wall time mostly measures the others; CPU time over the
    // cores is what this import would take on two idle cores.
    out << "  CPU: " << QString::number(first.cpu, 'f', 2) << " s of all threads (" << QString::number(first.cpu / 2, 'f', 2)
        << " s on 2 idle cores at best)\n";
    const ImportTimings &t = first.report.timings;
    out << "  coordinator: listing " << t.listMs << " ms, waiting for workers " << t.workMs << " ms, writing "
        << t.writeMs << " ms, loading back " << t.loadMs << " ms, merge " << t.assembleMs << " ms\n";
    out << "event loop: longest stall " << first.maxGapMs << " ms (of which the catalog hand-over, "
        << "LaunchListModel::setCatalog: " << first.handOverMs << " ms)\n";
    out << "peak memory after the first import: " << QString::number(peakAfterFirst, 'f', 0) << " MB\n";
    out.flush();

    out << "memory in use with the catalog on screen: " << QString::number(residentMegabytes(), 'f', 0)
        << " MB resident\n";

    // The article view: one text fetched from the library when an article is chosen.
    const Catalog &shown = first.catalog;
    if (!shown.articles.isEmpty()) {
        QElapsedTimer fetch;
        fetch.start();
        const int samples = std::min<int>(200, int(shown.articles.size()));
        qint64 chars = 0;
        for (int i = 0; i < samples; ++i)
            chars += shown.articleText(shown.articles.at(i * int(shown.articles.size()) / samples).id).size();
        out << "article text on demand: " << QString::number(double(fetch.nsecsElapsed()) / 1e6 / samples, 'f', 2)
            << " ms per article (" << samples << " articles, " << chars / samples << " characters each)\n";
        // Find: a phrase in many texts (stops at 200 hits), and one in none (every text scanned by SQLite).
        for (const QString &phrase : {QStringLiteral("ballistic missile"), QStringLiteral("xylophone")}) {
            QElapsedTimer finding;
            finding.start();
            const QVector<SearchHit> hits = CatalogSearch::find(shown, phrase);
            const auto inText = std::count_if(hits.cbegin(), hits.cend(),
                                              [](const SearchHit &h) { return h.kind == SearchHit::Kind::Article; });
            out << "Find \"" << phrase << "\": " << finding.elapsed() << " ms, " << inText << " article-text hits\n";
        }
        if (compareFind) {
            // The same Find over the same catalog holding every text, as catalogs did
            // before (this raises the peak: the figure above is taken first).
            Catalog held = shown;
            held.textSource.reset();
            for (Article &a : held.articles)
                a.text = shown.articleText(a.id);
            for (const QString &phrase : {QStringLiteral("ballistic missile"), QStringLiteral("xylophone")}) {
                QElapsedTimer finding;
                finding.start();
                const QVector<SearchHit> hits = CatalogSearch::find(held, phrase);
                out << "Find \"" << phrase << "\" with the texts in memory: " << finding.elapsed() << " ms, "
                    << hits.size() << " hits in all\n";
            }
        }
    }
    out.flush();

    // As the window re-imports: a catalog is on screen, nothing changed, none assembled.
    options.assembleWhenUnchanged = false;
    const Run again = importWatched(library, folder, options);
    out << "re-import: " << QString::number(again.seconds, 'f', 2) << " s, "
        << again.report.count(ImportOutcome::Unchanged) << " unchanged; longest stall " << again.maxGapMs
        << " ms\n";
    out << "  coordinator: waiting for workers " << again.report.timings.workMs << " ms, loading back "
        << again.report.timings.loadMs << " ms, merge " << again.report.timings.assembleMs << " ms\n";
    const double peak = peakMegabytes();
    out << "peak memory: " << QString::number(peak, 'f', 0) << " MB\n";
    out << "library file: " << QString::number(double(QFileInfo(library).size()) / (1024.0 * 1024.0), 'f', 1)
        << " MB\n";

    const bool ok = first.seconds <= 10.0 && first.maxGapMs <= 100 && again.maxGapMs <= 100 && peak <= 300.0
        && megabytes >= 60.0 && first.report.count(ImportOutcome::Added) == count;
    out << (ok ? "targets met" : "TARGETS MISSED") << " (<= 10 s, stall <= 100 ms, peak <= 300 MB, >= 60 MB)\n";
    return ok ? 0 : 2;
}
