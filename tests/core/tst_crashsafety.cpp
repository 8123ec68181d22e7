// Crash safety: a child process (this test binary, re-executed with
// --crash-child) imports a large generated corpus into a library and records
// an analyst edit after every batch; the test kills it with SIGKILL in the
// middle of the import and reopens the library. The integrity check must pass,
// every article must be wholly there (text matching its file, with its
// extraction) or absent, and every edit the child reported saved must be there.
#include "core/CountingAnalyzer.h"
#include "ingest/ArticleReader.h"
#include "store/ImportJob.h"
#include "store/Library.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtTest>

#include <cstring>
#include <cstdio>

using namespace atlas;

namespace {

const char *const kChildFlag = "--crash-child";
const QString kVersion = QStringLiteral("crash-test-1");

AnalystEdit editNumber(int n)
{
    AnalystEdit e;
    e.id = QStringLiteral("e-%1").arg(n);
    e.kind = EditKind::Note;
    e.launchIds = {QStringLiteral("L%1").arg(n)};
    e.field = QStringLiteral("note");
    e.analystText = QStringLiteral("note %1").arg(n);
    e.analystValue = e.analystText;
    e.when = QDateTime::currentDateTimeUtc();
    return e;
}

ImportOptions slowOptions()
{
    ImportOptions options;
    options.batchSize = 24;
    options.analyzer = testing::countingAnalyzer(kVersion);
    // A little work per article, so the import is still running when the kill comes.
    const auto analyze = options.analyzer.analyze;
    options.analyzer.analyze = [analyze](Article &a) {
        QThread::usleep(800);
        return analyze(a);
    };
    return options;
}

// The child: import, and after every committed batch save one more edit
// through a second connection (as the GUI does), then say so on stdout.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString library = QString::fromLocal8Bit(argv[2]);
    const QString corpus = QString::fromLocal8Bit(argv[3]);
    Library editor;
    QString error;
    if (!editor.open(library, &error)) {
        fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    QVector<AnalystEdit> edits;
    ImportJob::run(library, {corpus}, slowOptions(), nullptr, [&](const ImportProgress &p) {
        edits << editNumber(int(edits.size()) + 1);
        if (editor.saveEdits(edits))
            printf("edit %d\n", int(edits.size()));
        printf("done %d\n", p.filesDone);
        fflush(stdout);
    });
    printf("finished\n");
    fflush(stdout);
    return 0;
}

void writeCorpus(const QString &dir, int count)
{
    QDir().mkpath(dir);
    const QString paragraph = QStringLiteral(
        "South Korea's Joint Chiefs of Staff said the missile flew about %1 kilometers before landing in the "
        "East Sea. Japan's defence ministry said it fell outside its exclusive economic zone. ");
    for (int i = 0; i < count; ++i) {
        QString text = QStringLiteral("North Korea fires missile number %1\n").arg(i);
        text += QStringLiteral("North Korea fired %1 ballistic missiles on Tuesday, officials said.\n").arg(1 + i % 4);
        for (int k = 0; k < 6; ++k)
            text += paragraph.arg(300 + (i * 7 + k) % 900);
        if (i % 3 == 0)
            text += QStringLiteral("\nIt had fired another one a week earlier.\n");
        QFile f(QStringLiteral("%1/article-%2.txt").arg(dir).arg(i, 5, 10, QLatin1Char('0')));
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
    }
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void sigkillMidImportLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        const QString library = dir.filePath(QStringLiteral("library.atlas"));
        const int total = 6000;
        writeCorpus(corpus, total);

        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QString::fromLatin1(kChildFlag), library, corpus});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted(10000));

        int lastEdit = 0;
        int lastDone = 0;
        bool finished = false;
        QElapsedTimer clock;
        clock.start();
        // Kill once a good share is in, while batches are still being written.
        while (lastDone < 1200 && !finished && clock.elapsed() < 120000) {
            if (!child.waitForReadyRead(200) && child.state() != QProcess::Running)
                break;
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("edit "))
                    lastEdit = line.mid(5).toInt();
                else if (line.startsWith("done "))
                    lastDone = line.mid(5).toInt();
                else if (line == "finished")
                    finished = true;
            }
        }
        child.kill(); // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        // Lines printed before the kill are still in the pipe: they count too.
        for (const QByteArray &raw : child.readAllStandardOutput().split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.startsWith("edit "))
                lastEdit = line.mid(5).toInt();
            else if (line == "finished")
                finished = true;
        }
        QVERIFY2(!finished, "the child finished before it was killed: the corpus is too small for this machine");
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(lastEdit > 0, "the child saved no edit before the kill");

        // Reopen: the integrity check runs on open.
        Library lib;
        QString error;
        QVERIFY2(lib.open(library, &error), qPrintable(error));
        QCOMPARE(lib.integrityCheck(), QStringLiteral("ok"));

        const LibraryContents contents = lib.contents(kVersion);
        const int stored = int(contents.articles.size());
        QVERIFY2(stored > 0 && stored < total, qPrintable(QString::number(stored)));
        qInfo("killed after %d files reported done; %d of %d articles stored; %d edits reported saved",
              lastDone, stored, total, lastEdit);
        const ArticleReader reader;
        for (int i = 0; i < stored; ++i) {
            const Article &a = contents.articles.at(i);
            const ReadOutcome fresh = reader.readFile(a.filePath);
            QVERIFY2(fresh.article, qPrintable(a.filePath));
            QCOMPARE(a.contentHash, fresh.article->contentHash);
            QCOMPARE(a.text, fresh.article->text);
            const ArticleExtraction &x = contents.extractions.at(i);
            QCOMPARE(x.extractorVersion, kVersion);
            QCOMPARE(x.articleId, a.id);
            QCOMPARE(int(x.launches.size()), testing::countFired(a.text));
        }

        // Every edit the child reported saved is there, in order.
        const QVector<AnalystEdit> edits = lib.activeEdits();
        QVERIFY2(edits.size() >= lastEdit, qPrintable(QStringLiteral("%1 < %2").arg(edits.size()).arg(lastEdit)));
        for (int n = 1; n <= lastEdit; ++n)
            QCOMPARE(edits.at(n - 1).id, QStringLiteral("e-%1").arg(n));
        lib.close();

        // The next import finishes the job: nothing stored twice, nothing lost.
        const ImportResult rest = ImportJob::run(library, {corpus}, slowOptions());
        QVERIFY2(rest.report.error.isEmpty(), qPrintable(rest.report.error));
        QCOMPARE(rest.report.count(ImportOutcome::Unchanged), stored);
        QCOMPARE(rest.report.count(ImportOutcome::Added), total - stored);
        QVERIFY(lib.open(library));
        QCOMPARE(lib.articleCount(), total);
        QVERIFY(lib.articlesNeedingExtraction(kVersion).isEmpty());
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], kChildFlag) == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
