// Extraction throughput on a corpus generated from the bundled articles
// (CorpusGenerator: varied dates, places, distances, classes).
//
//   bench_extract [--articles N] [--threads-list 1,2] [--launches-only] [--single-only] [--discard]
//   bench_extract --dump-launches OUT.jsonl [--articles N] [--dump-extra DIR]...
//   bench_extract --dump-analysis OUT.jsonl [--articles N] [--dump-extra DIR]...
//
// 1. single thread, in memory: publication-date detection + extraction
//    (sentences, dates, launches, reactions) per article, MB/s of UTF-8 text;
// 2. the whole pipeline (CatalogBuilder: read files, date, extract in parallel
//    with QtConcurrent, merge) on the corpus written to a temporary folder, with
//    1 and 2 worker threads: seconds, MB/s and the speed-up.
// Figures are written to docs/PERFORMANCE.md by hand.
//
// --dump-launches writes what LaunchExtractor reads out of every generated
// article, of every article file under each --dump-extra folder, and of
// "sentence soup" articles (sentences of all those articles recombined at
// random, with random publication dates), one JSON line per article: two
// builds' dumps must be identical when a speed change claims to keep behaviour.
// --dump-analysis writes, for the same articles, everything the per-article
// stage produces (CatalogBuilder::analyze): publication date and its source,
// sentence spans, launches, reactions and which launch each answers. It checks
// changes to the sentence splitter, the date tagger or the publication-date
// detector, which every later stage depends on.
#include "CorpusGenerator.h"

#include "extract/ArticleExtractor.h"
#include "extract/CatalogBuilder.h"
#include "extract/LaunchExtractor.h"
#include "extract/ReactionExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "geo/Gazetteer.h"
#include "ingest/ArticleReader.h"
#include "ingest/PublicationDateDetector.h"
#include "io/ModelJson.h"
#include "bench/CpuClock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>
#include <random>

using namespace atlas;
using namespace atlas::bench;

namespace {
// The launch extractor over the first `count` articles: the number of mentions.
// Not inlined, so that a profiler can be told to count only this
// (valgrind --tool=callgrind --toggle-collect='*measuredLaunchPass*').
Q_NEVER_INLINE int launchPass(const LaunchExtractor &extractor, const QVector<Article> &corpus,
                               const QVector<QVector<Sentence>> &split, int count)
{
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const TemporalTagger tagger(corpus.at(i).publicationDate);
        n += int(extractor.extract(corpus.at(i), split.at(i), tagger).launches.size());
    }
    return n;
}

Q_NEVER_INLINE int measuredLaunchPass(const LaunchExtractor &extractor, const QVector<Article> &corpus,
                                       const QVector<QVector<Sentence>> &split)
{
    return launchPass(extractor, corpus, split, int(corpus.size()));
}

// One JSON line: the launch mentions of one article and which sentence speaks of which.
QByteArray launchDumpLine(const LaunchExtractor &extractor, const Article &article)
{
    const QVector<Sentence> sentences = splitSentences(article.text);
    const QDate anchor = article.publicationDateKorea.isValid() ? article.publicationDateKorea : article.publicationDate;
    TemporalTagger tagger(anchor); // set up as ArticleExtractor does
    tagger.setDocument(article.text);
    if (!anchor.isValid())
        tagger.setYearHint(ArticleExtractor::yearHint(article.text));
    const LaunchExtractor::Result r = extractor.extract(article, sentences, tagger);
    QJsonArray launches;
    for (const LaunchMention &m : r.launches)
        launches.append(json::toJson(m));
    QJsonArray perSentence;
    for (const int l : r.sentenceLaunch)
        perSentence.append(l);
    const QJsonObject o{{QStringLiteral("id"), article.id}, {QStringLiteral("launches"), launches},
                        {QStringLiteral("sentenceLaunch"), perSentence}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// One JSON line: what CatalogBuilder::analyze makes of one article.
QByteArray analysisDumpLine(const ArticleExtractor &extractor, Article article)
{
    const ArticleExtraction x = CatalogBuilder::analyze(article, extractor);
    QJsonArray sentences;
    for (const Sentence &s : splitSentences(article.text))
        sentences.append(QJsonArray{s.start, s.end, s.heading});
    const QJsonObject published{{QStringLiteral("date"), article.publicationDate.toString(Qt::ISODate)},
                                {QStringLiteral("korea"), article.publicationDateKorea.toString(Qt::ISODate)},
                                {QStringLiteral("source"), int(article.publicationDateSource)},
                                {QStringLiteral("text"), article.publicationDateText},
                                {QStringLiteral("start"), article.publicationDateStart}};
    const QJsonObject o{{QStringLiteral("id"), article.id},
                        {QStringLiteral("published"), published},
                        {QStringLiteral("sentences"), sentences},
                        {QStringLiteral("extraction"), json::toJson(x)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

using DumpLine = std::function<QByteArray(const Article &)>;

// Writes dumpLine() of the generated articles, the real ones (bundled and
// under extraDirs) and the sentence soup made of the real ones.
int dumpCorpus(const QString &outPath, const QVector<Article> &generated, const QStringList &extraDirs,
               const DumpLine &dumpLine)
{
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    for (const Article &a : generated)
        out.write(dumpLine(a));
    // Real articles: the folders given, read and dated as the app does.
    QVector<Article> real;
    for (const QString &path : CatalogBuilder::bundledArticlePaths()) {
        ReadOutcome r = ArticleReader().readFile(path);
        if (r.article)
            real << *r.article;
    }
    for (const QString &dir : extraDirs) {
        QStringList files;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : files) {
            if (!ArticleReader::isSupportedSuffix(f))
                continue;
            ReadOutcome r = ArticleReader().readFile(f);
            if (r.article)
                real << *r.article;
        }
    }
    QStringList pool; // every sentence of every real article
    for (Article &a : real) {
        PublicationDateDetector().apply(a);
        a.id = QFileInfo(a.filePath).fileName();
        out.write(dumpLine(a));
        for (const Sentence &s : splitSentences(a.text))
            pool << a.text.mid(s.start, s.end - s.start);
    }
    // Sentence soup: the same sentences in new neighbourhoods, dated or not.
    std::mt19937 rng(7);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int i = 0; i < 3000 && !pool.isEmpty(); ++i) {
        Article a;
        a.id = QStringLiteral("soup-%1").arg(i);
        const int n = pick(2, 30);
        for (int k = 0; k < n; ++k)
            a.text += pool.at(pick(0, int(pool.size()) - 1)) + (pick(0, 5) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        if (pick(0, 3) != 0) {
            a.publicationDate = QDate(2017, 1, 1).addDays(pick(0, 3300));
            a.publicationDateKorea = a.publicationDate;
        }
        out.write(dumpLine(a));
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    QList<int> threadCounts{1, 2};
    bool launchesOnly = false; // --launches-only: the launch extractor alone (for profilers)
    // --single-only: stop after the single-thread figure, so that runs of two builds can be
    // interleaved many times in the minutes the machine stays steady.
    bool singleOnly = false;
    // --discard: the single-thread pass drops each article's extraction instead of
    // keeping it, as an import does until the merge: the difference between the two
    // figures is what keeping the results costs (their memory's first touches).
    bool discard = false;
    const QStringList args = app.arguments();
    discard = args.contains(QStringLiteral("--discard"));
    launchesOnly = args.contains(QStringLiteral("--launches-only"));
    singleOnly = args.contains(QStringLiteral("--single-only"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--articles"))
            count = std::max(1, args.at(i + 1).toInt());
        if (args.at(i) == QLatin1String("--launches-only"))
            launchesOnly = true;
        if (args.at(i) == QLatin1String("--threads-list")) {
            threadCounts.clear();
            for (const QString &t : args.at(i + 1).split(QLatin1Char(',')))
                threadCounts << std::max(1, t.toInt());
        }
    }
    QTextStream out(stdout);
    QString dumpPath, analysisPath;
    QStringList dumpExtra;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--dump-launches"))
            dumpPath = args.at(i + 1);
        if (args.at(i) == QLatin1String("--dump-analysis"))
            analysisPath = args.at(i + 1);
        if (args.at(i) == QLatin1String("--dump-extra"))
            dumpExtra << args.at(i + 1);
    }

    const bench::CorpusGenerator generator = bench::CorpusGenerator::fromBundled();
    QElapsedTimer timer;
    timer.start();
    QVector<Article> corpus;
    corpus.reserve(count);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.text = generator.article(i);
        a.id = QString::number(i);
        bytes += a.text.toUtf8().size();
        corpus << a;
    }
    out << "corpus: " << count << " articles from " << generator.baseCount() << " bundled ones, "
        << QString::number(bytes / 1e6, 'f', 1) << " MB, " << qint64(bytes) << " bytes (generated in " << timer.elapsed()
        << " ms)\n";

    if (!dumpPath.isEmpty()) {
        const LaunchExtractor extractor(Gazetteer::bundled());
        return dumpCorpus(dumpPath, corpus, dumpExtra,
                          [&extractor](const Article &a) { return launchDumpLine(extractor, a); });
    }
    if (!analysisPath.isEmpty()) {
        const ArticleExtractor extractor;
        return dumpCorpus(analysisPath, corpus, dumpExtra,
                          [&extractor](const Article &a) { return analysisDumpLine(extractor, a); });
    }

    if (launchesOnly) {
        const LaunchExtractor launchExtractor(Gazetteer::bundled());
        // Sentences are split before the clock starts: this times LaunchExtractor alone.
        QVector<QVector<Sentence>> split;
        split.reserve(corpus.size());
        for (const Article &a : corpus)
            split << splitSentences(a.text);
        // One-time costs (regex JIT compilation, lazily filled tables) are paid
        // in a warm-up pass, as a long-running import pays them once.
        launchPass(launchExtractor, corpus, split, std::min(int(corpus.size()), 100));
        const double c = threadCpuSeconds();
        const int n = measuredLaunchPass(launchExtractor, corpus, split);
        const double s = threadCpuSeconds() - c;
        out << "launches only: " << QString::number(bytes / 1e6 / s, 'f', 1) << " MB/s (" << n << " mentions)\n";
        return 0;
    }

    // 1. Single thread, in memory.
    const ArticleExtractor extractor;
    // One-time costs (the patterns' JIT compilation on first use, the word tables)
    // are paid in a warm-up pass over copies of the first 100 articles, as a
    // long-running import pays them once: the figure below is the steady rate.
    // The warm-up's own time is printed, so that a cold start can be told too.
    {
        const int warm = std::min(int(corpus.size()), 100);
        const double c = threadCpuSeconds();
        for (int i = 0; i < warm; ++i) {
            Article copy = corpus.at(i);
            CatalogBuilder::analyze(copy, extractor);
        }
        out << "warm-up (" << warm << " articles, not timed below): " << QString::number(threadCpuSeconds() - c, 'f', 3)
            << " s CPU\n";
    }
    int launches = 0, reactions = 0;
    QVector<ArticleExtraction> extractions;
    extractions.reserve(count);
    timer.restart();
    const double cpu0 = threadCpuSeconds();
    for (Article &a : corpus) {
        if (discard) {
            const ArticleExtraction x = CatalogBuilder::analyze(a, extractor);
            launches += int(x.launches.size());
            reactions += int(x.reactions.size());
            continue;
        }
        extractions << CatalogBuilder::analyze(a, extractor);
        launches += int(extractions.back().launches.size());
        reactions += int(extractions.back().reactions.size());
    }
    const double single = threadCpuSeconds() - cpu0;
    const double wall = timer.nsecsElapsed() / 1e9;
    out << "single thread (CPU time): " << QString::number(single, 'f', 2) << " s, "
        << QString::number(bytes / 1e6 / single, 'f', 1) << " MB/s, "
        << QString::number(count / single, 'f', 0) << " articles/s; wall " << QString::number(wall, 'f', 2) << " s ("
        << launches << " launch mentions, " << reactions << " reactions" << (discard ? "; extractions discarded" : "") << ")\n";
    out.flush();
    if (singleOnly || discard) // (discarded, nothing is left to merge)
        return 0;

    {
        const double c = threadCpuSeconds();
        const Catalog merged = CatalogBuilder::assemble(corpus, extractions);
        out << "merge of " << count << " articles: " << QString::number(threadCpuSeconds() - c, 'f', 2) << " s CPU, "
            << merged.launches.size() << " launches\n";
        out.flush();
    }

    // Where the time goes, stage by stage (same articles, one thread).
    {
        const LaunchExtractor launchExtractor(Gazetteer::bundled());
        const ReactionExtractor reactionExtractor(Gazetteer::bundled());
        double tSplit = 0, tTag = 0, tLaunch = 0, tReact = 0;
        QElapsedTimer t;
        for (const Article &a : corpus) {
            double c = threadCpuSeconds();
            const QVector<Sentence> sentences = splitSentences(a.text);
            tSplit += threadCpuSeconds() - c;
            TemporalTagger tagger(a.publicationDate);
            c = threadCpuSeconds();
            int dates = 0;
            for (const Sentence &s : sentences)
                dates += int(tagger.tag(a.text.mid(s.start, s.end - s.start), s.start).size());
            tTag += threadCpuSeconds() - c;
            c = threadCpuSeconds();
            launchExtractor.extract(a, sentences, tagger);
            tLaunch += threadCpuSeconds() - c;
            c = threadCpuSeconds();
            reactionExtractor.extract(a, sentences, tagger);
            tReact += threadCpuSeconds() - c;
            Q_UNUSED(dates);
            Q_UNUSED(t);
        }
        out << "launch extraction alone: " << QString::number(bytes / 1e6 / tLaunch, 'f', 1) << " MB/s\n";
        out << "stages (CPU s): sentences " << QString::number(tSplit, 'f', 2) << ", dates on every sentence "
            << QString::number(tTag, 'f', 2) << ", launches " << QString::number(tLaunch, 'f', 2) << ", reactions "
            << QString::number(tReact, 'f', 2) << "\n";
        out.flush();
    }

    // 2. The pipeline from files, 1 and 2 worker threads.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "no temporary folder\n";
        return 1;
    }
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("a%1.txt").arg(i, 6, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(corpus.at(i).text.toUtf8());
        paths << path;
    }
    double base = 0;
    for (int threads : threadCounts) {
        BuildOptions options;
        options.threads = threads;
        const CatalogBuilder builder(options);
        timer.restart();
        const double cpuStart = processCpuSeconds();
        const Catalog catalog = builder.build({dir.path()});
        const double s = timer.nsecsElapsed() / 1e9;
        const double cpu = processCpuSeconds() - cpuStart;
        if (base == 0)
            base = s;
        out << "pipeline, " << threads << " thread(s): " << QString::number(s, 'f', 2) << " s, "
            << QString::number(bytes / 1e6 / s, 'f', 1) << " MB/s, speed-up x" << QString::number(base / s, 'f', 2)
            << " (CPU " << QString::number(cpu, 'f', 2) << " s, " << catalog.articles.size() << " articles, " << catalog.launches.size() << " merged launches, "
            << catalog.problems.size() << " problems)\n";
        out.flush();
    }
    out << "cores available: " << QThread::idealThreadCount() << "\n";
    return 0;
}
