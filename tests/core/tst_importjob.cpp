// Imports: every bad input is reported and the rest goes on; unchanged files
// are skipped by content; a new extractor version re-extracts without losing
// analyst edits; cancel keeps the library whole; nothing hangs.
#include "core/CountingAnalyzer.h"
#include "extract/CatalogBuilder.h"
#include "store/ImportJob.h"
#include "store/Library.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace atlas;

namespace {

ImportOptions optionsWith(const QString &version)
{
    ImportOptions o;
    o.analyzer = testing::countingAnalyzer(version);
    return o;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray article(int n)
{
    return QStringLiteral("Launch report %1\nNorth Korea fired a missile, JCS said (%1).\n").arg(n).toUtf8();
}

const ImportEntry *entryFor(const ImportReport &report, const QString &fileName)
{
    for (const ImportEntry &e : report.entries) {
        if (QFileInfo(e.file).fileName() == fileName)
            return &e;
    }
    return nullptr;
}

// Every stored article has its extraction, and its text matches its hash's file.
bool everyArticleHasItsExtraction(const QString &libraryPath, const QString &version)
{
    Library lib;
    if (!lib.open(libraryPath))
        return false;
    const LibraryContents c = lib.contents(version);
    for (int i = 0; i < c.articles.size(); ++i) {
        if (c.extractions.at(i).extractorVersion != version)
            return false;
    }
    return lib.articlesNeedingExtraction(version).isEmpty();
}

} // namespace

class TestImportJob : public QObject {
    Q_OBJECT
private slots:
    void badInputIsReportedAndTheRestGoesOn_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << "empty" << "empty.txt" << int(ImportOutcome::Refused) << "empty";
        QTest::newRow("binary") << "binary" << "binary.txt" << int(ImportOutcome::Refused) << "binary";
        QTest::newRow("above-size-limit") << "huge" << "huge.txt" << int(ImportOutcome::Refused) << "limit";
        // Decided: invalid UTF-8 is read as Windows-1252 (see ingest/ArticleReader.h).
        QTest::newRow("invalid-utf8") << "invalid-utf8" << "latin.txt" << int(ImportOutcome::Added) << "";
        QTest::newRow("utf16-bom") << "utf16" << "utf16.txt" << int(ImportOutcome::Added) << "";
        QTest::newRow("windows-1252") << "cp1252" << "cp1252.txt" << int(ImportOutcome::Added) << "";
        QTest::newRow("html-with-scripts") << "html" << "page.html" << int(ImportOutcome::Added) << "";
        QTest::newRow("10mb-single-line") << "longline" << "line.txt" << int(ImportOutcome::Added) << "";
        QTest::newRow("unreadable-fifo") << "fifo" << "pipe.txt" << int(ImportOutcome::Refused) << "not a regular file";
        QTest::newRow("unreadable-chmod-000") << "chmod" << "locked.txt" << int(ImportOutcome::Refused) << "cannot be read";
        QTest::newRow("symlink-loop") << "loop" << "loop" << int(ImportOutcome::Refused) << "loop";
        QTest::newRow("broken-symlink") << "broken" << "broken.txt" << int(ImportOutcome::Refused) << "points to nothing";
        QTest::newRow("not-an-article-format") << "pdf" << "report.pdf" << int(ImportOutcome::Refused) << "not an article format";
    }
    void badInputIsReportedAndTheRestGoesOn()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fileName);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(corpus + QStringLiteral("/good%1.txt").arg(i), article(i)));
        const QString bad = corpus + QLatin1Char('/') + fileName;
        if (kind == QLatin1String("empty")) {
            QVERIFY(writeFile(bad, QByteArray()));
        } else if (kind == QLatin1String("binary")) {
            QByteArray b(8192, '\0');
            for (int i = 0; i < b.size(); ++i)
                b[i] = char((i * 131) % 251);
            QVERIFY(writeFile(bad, b));
        } else if (kind == QLatin1String("huge")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(21 * 1024 * 1024)); // above the default 20 MB, sparse on disk
        } else if (kind == QLatin1String("invalid-utf8")) {
            QVERIFY(writeFile(bad, "Seoul said North Korea fired \xE9 missile \x80.\n"));
        } else if (kind == QLatin1String("utf16")) {
            QByteArray b("\xFF\xFE", 2);
            for (const QChar c : QStringLiteral("UTF-16 report\nNorth Korea fired a missile.\n"))
                b.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            QVERIFY(writeFile(bad, b));
        } else if (kind == QLatin1String("cp1252")) {
            QVERIFY(writeFile(bad, "Report\nJapan called it \x93unacceptable\x94 after it fired.\n"));
        } else if (kind == QLatin1String("html")) {
            QVERIFY(writeFile(bad, "<html><script>document.write('fired fired fired')</script>"
                                   "<body><p>North Korea fired a missile.</p></body></html>"));
        } else if (kind == QLatin1String("longline")) {
            QByteArray line;
            while (line.size() < 10 * 1024 * 1024)
                line += "North Korea launched a missile on Tuesday, and the JCS reported it at length; ";
            QVERIFY(writeFile(bad, line));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(bad).constData(), 0600), 0);
        } else if (kind == QLatin1String("chmod")) {
            if (::geteuid() == 0)
                QSKIP("running as root, which reads a chmod-000 file anyway; the unreadable-fifo row "
                      "covers a file that cannot be read");
            QVERIFY(writeFile(bad, article(9)));
            QVERIFY(QFile::setPermissions(bad, QFileDevice::Permissions()));
        } else if (kind == QLatin1String("loop")) {
            QVERIFY(QFile::link(corpus, bad)); // corpus/loop -> corpus
        } else if (kind == QLatin1String("broken")) {
            QVERIFY(QFile::link(corpus + QStringLiteral("/gone.txt"), bad));
        } else if (kind == QLatin1String("pdf")) {
            QVERIFY(writeFile(bad, "%PDF-1.7 not an article"));
        }

        QElapsedTimer t;
        t.start();
        const ImportResult result =
            ImportJob::run(dir.filePath(QStringLiteral("lib.atlas")), {corpus}, optionsWith(QStringLiteral("t1")));
        QVERIFY2(t.elapsed() < 240000, "the import must not hang");
        const ImportReport &report = result.report;
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        for (int i = 0; i < 3; ++i) {
            const ImportEntry *good = entryFor(report, QStringLiteral("good%1.txt").arg(i));
            QVERIFY(good);
            QCOMPARE(good->outcome, ImportOutcome::Added);
        }
        const ImportEntry *entry = entryFor(report, fileName);
        QVERIFY2(entry, qPrintable(fileName));
        QCOMPARE(int(entry->outcome), outcome);
        QVERIFY2(entry->message.contains(reason, Qt::CaseInsensitive), qPrintable(entry->message));
        if (outcome == int(ImportOutcome::Refused))
            QVERIFY(std::any_of(result.catalog.problems.cbegin(), result.catalog.problems.cend(),
                                [&](const Problem &p) { return p.file == entry->file; }));
        if (kind == QLatin1String("html")) {
            // The catalog holds no texts: they come from the library, as the article view gets them.
            for (const Article &a : result.catalog.articles) {
                QVERIFY(a.text.isEmpty());
                const QString text = result.catalog.articleText(a.id);
                QVERIFY(!text.isEmpty());
                QVERIFY(!text.contains(QLatin1String("document.write")));
            }
        }
        if (kind == QLatin1String("cp1252")) {
            const auto it = std::find_if(result.catalog.articles.cbegin(), result.catalog.articles.cend(),
                                         [](const Article &a) { return a.filePath.endsWith(QLatin1String("cp1252.txt")); });
            QVERIFY(it != result.catalog.articles.cend());
            QVERIFY(result.catalog.articleText(it->id).contains(QStringLiteral("\u201Cunacceptable\u201D")));
            QCOMPARE(it->encoding, QStringLiteral("Windows-1252"));
        }
    }

    void unchangedFilesAreSkippedByContent()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeFile(corpus + QStringLiteral("/a%1.txt").arg(i), article(i)));
        QVERIFY(writeFile(corpus + QStringLiteral("/copy.txt"), article(0))); // same bytes as a0
        const QString lib = dir.filePath(QStringLiteral("lib.atlas"));
        const ImportReport first = ImportJob::run(lib, {corpus}, optionsWith(QStringLiteral("t1"))).report;
        QCOMPARE(first.count(ImportOutcome::Added), 5);
        QCOMPARE(first.count(ImportOutcome::Duplicate), 1);
        QCOMPARE(first.totals.launchesFound, 5);

        QVERIFY(writeFile(corpus + QStringLiteral("/a4.txt"), article(44))); // changed
        const ImportReport second = ImportJob::run(lib, {corpus}, optionsWith(QStringLiteral("t1"))).report;
        QCOMPARE(second.count(ImportOutcome::Unchanged), 4);
        QCOMPARE(second.count(ImportOutcome::Updated), 1);
        QCOMPARE(entryFor(second, QStringLiteral("a4.txt"))->outcome, ImportOutcome::Updated);
        QVERIFY(entryFor(second, QStringLiteral("a1.txt"))->message.contains(QLatin1String("unchanged")));
        Library l;
        QVERIFY(l.open(lib));
        QCOMPARE(l.articleCount(), 5);
    }

    void newExtractorVersionReextractsKeepingEdits()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        for (int i = 0; i < 10; ++i)
            QVERIFY(writeFile(corpus + QStringLiteral("/a%1.txt").arg(i), article(i)));
        const QString lib = dir.filePath(QStringLiteral("lib.atlas"));
        QCOMPARE(ImportJob::run(lib, {corpus}, optionsWith(QStringLiteral("t1"))).report.count(ImportOutcome::Added), 10);
        AnalystEdit edit;
        edit.id = QStringLiteral("e-keep");
        edit.kind = EditKind::Note;
        edit.launchIds = {QStringLiteral("L1")};
        edit.field = QStringLiteral("note");
        edit.analystValue = QStringLiteral("checked");
        edit.when = QDateTime::currentDateTimeUtc();
        {
            Library l;
            QVERIFY(l.open(lib));
            QVERIFY(l.saveEdits({edit}));
        }
        // A refresh (no paths) with a new version extracts every stored article again.
        const ImportResult refreshed = ImportJob::run(lib, {}, optionsWith(QStringLiteral("t2")));
        QCOMPARE(refreshed.report.count(ImportOutcome::Reextracted), 10);
        QCOMPARE(refreshed.catalog.articles.size(), 10);
        QVERIFY(everyArticleHasItsExtraction(lib, QStringLiteral("t2")));
        // Importing the folder again with t2: all unchanged now.
        QCOMPARE(ImportJob::run(lib, {corpus}, optionsWith(QStringLiteral("t2"))).report.count(ImportOutcome::Unchanged), 10);
        Library l;
        QVERIFY(l.open(lib));
        QCOMPARE(l.activeEdits().size(), 1);
        QCOMPARE(l.activeEdits().first(), edit);
    }

    void tenThousandFiles()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        for (int i = 0; i < 10000; ++i)
            QVERIFY(writeFile(corpus + QStringLiteral("/d%1/a%2.txt").arg(i / 500).arg(i), article(i)));
        const QString lib = dir.filePath(QStringLiteral("lib.atlas"));
        QElapsedTimer t;
        t.start();
        int progressCalls = 0;
        const ImportResult r = ImportJob::run(lib, {corpus}, optionsWith(QStringLiteral("t1")), nullptr,
                                              [&](const ImportProgress &) { ++progressCalls; });
        QVERIFY2(t.elapsed() < 600000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(r.report.count(ImportOutcome::Added), 10000);
        QCOMPARE(r.report.totals.filesDone, 10000);
        QCOMPARE(r.report.totals.launchesFound, 10000);
        QCOMPARE(r.catalog.articles.size(), 10000);
        QVERIFY(progressCalls > 10);
        const ImportReport again = ImportJob::run(lib, {corpus}, optionsWith(QStringLiteral("t1"))).report;
        QCOMPARE(again.count(ImportOutcome::Unchanged), 10000);
    }

    void runsOffThreadWithProgressAndCancel()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        for (int i = 0; i < 3000; ++i)
            QVERIFY(writeFile(corpus + QStringLiteral("/a%1.txt").arg(i, 5, 10, QLatin1Char('0')), article(i)));
        const QString lib = dir.filePath(QStringLiteral("lib.atlas"));
        ImportJob job;
        ImportOptions options = optionsWith(QStringLiteral("t1"));
        options.batchSize = 16;
        // Slow each article a little so that cancel lands mid-import.
        const auto analyze = options.analyzer.analyze;
        options.analyzer.analyze = [analyze](Article &a) {
            QThread::usleep(500);
            return analyze(a);
        };
        job.setOptions(options);
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy finished(&job, &ImportJob::finished);
        connect(&job, &ImportJob::progress, &job, [&job](const ImportProgress &p) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            if (p.filesDone >= 100)
                job.cancel();
        });
        job.start(lib, {corpus});
        QVERIFY(finished.wait(60000));
        QVERIFY(progress.size() >= 1);
        const ImportReport report = finished.first().at(0).value<ImportReport>();
        QVERIFY(report.cancelled);
        const int added = report.count(ImportOutcome::Added);
        QVERIFY2(added >= 100 && added < 3000, qPrintable(QString::number(added)));
        QCOMPARE(report.count(ImportOutcome::Added) + report.count(ImportOutcome::NotImported), 3000);
        QVERIFY(everyArticleHasItsExtraction(lib, QStringLiteral("t1")));
        Library l;
        QVERIFY(l.open(lib));
        QCOMPARE(l.articleCount(), added);
        // The rest comes in on the next import; what was there is unchanged.
        const ImportReport rest = ImportJob::run(lib, {corpus}, optionsWith(QStringLiteral("t1"))).report;
        QCOMPARE(rest.count(ImportOutcome::Unchanged), added);
        QCOMPARE(rest.count(ImportOutcome::Added), 3000 - added);
    }

    void bundledArticlesThroughTheRealExtractor()
    {
        QTemporaryDir dir;
        ImportOptions options; // the default analyzer: the project's extractor and merge
        const ImportResult r =
            ImportJob::run(dir.filePath(QStringLiteral("lib.atlas")), CatalogBuilder::bundledArticlePaths(), options);
        QVERIFY2(r.report.error.isEmpty(), qPrintable(r.report.error));
        QCOMPARE(r.report.count(ImportOutcome::Added), 5);
        QCOMPARE(r.catalog.articles.size(), 5);
        QVERIFY(r.catalog.problems.isEmpty());
        QVERIFY(r.report.totals.launchesFound > 0);
        QVERIFY(!r.catalog.launches.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
