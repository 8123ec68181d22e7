// A catalog assembled from a library holds no article texts: they would be the
// largest part of its memory, and the library keeps them. Every text comes back
// on demand (Catalog::articleText, through store/LibraryTextSource), spans still
// index it, Find still finds words in it, the merge still gets the texts it
// reads, and the catalog is the one built from the same files.
#include "core/CountingAnalyzer.h"
#include "extract/CatalogBuilder.h"
#include "ingest/ArticleReader.h"
#include "io/CsvWriter.h"
#include "io/GeoJsonWriter.h"
#include "io/KmlWriter.h"
#include "io/ModelJson.h"
#include "search/CatalogSearch.h"
#include "store/ImportJob.h"
#include "store/Library.h"
#include "store/LibraryTextSource.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace atlas;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The bundled articles and one more, copied into `folder`. The extra one has
// no publication date and an undated launch, bounded only by the office-holders
// it names: the merge reads its text (LaunchMerger, OfficeHolders::bounds).
bool writeCorpus(const QString &folder)
{
    for (const QString &path : CatalogBuilder::bundledArticlePaths()) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly) ||
            !writeFile(QDir(folder).filePath(QFileInfo(path).fileName()), in.readAll()))
            return false;
    }
    return writeFile(QDir(folder).filePath(QStringLiteral("zz_undated.txt")),
                     "North Korea fires missile as Blinken visits Seoul\n"
                     "North Korea fired a ballistic missile into the East Sea on Monday, South Korea's Joint "
                     "Chiefs of Staff said. U.S. Secretary of State Antony Blinken met Acting President Choi "
                     "Sang-mok in Seoul the same day and condemned the launch.\n");
}

QByteArray launchesAndReactions(const Catalog &c)
{
    QJsonArray launches, reactions;
    for (const LaunchEvent &l : c.launches)
        launches << json::toJson(l);
    for (const Reaction &r : c.reactions)
        reactions << json::toJson(r);
    return QJsonDocument(
               QJsonObject{{QStringLiteral("launches"), launches}, {QStringLiteral("reactions"), reactions}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

class TestLibraryCatalog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(m_corpus));
        QVERIFY(writeCorpus(m_corpus));
        m_library = m_dir.filePath(QStringLiteral("lib.atlas"));
        ImportOptions options; // the project's own extractor and merge
        m_imported = ImportJob::run(m_library, {m_corpus}, options);
        QVERIFY2(m_imported.report.error.isEmpty(), qPrintable(m_imported.report.error));
        QVERIFY(m_imported.report.catalogAssembled);
        QCOMPARE(m_imported.catalog.articles.size(), 6);
    }

    void theCatalogHoldsNoTexts()
    {
        const Catalog &c = m_imported.catalog;
        QVERIFY(c.textSource);
        for (const Article &a : c.articles)
            QVERIFY2(a.text.isEmpty(), qPrintable(a.filePath));
    }

    void everyTextComesBackOnDemand()
    {
        const Catalog &c = m_imported.catalog;
        const ArticleReader reader;
        for (const Article &a : c.articles) {
            const ReadOutcome fresh = reader.readFile(a.filePath);
            QVERIFY(fresh.article);
            QCOMPARE(c.articleText(a.id), fresh.article->text);
        }
        QVERIFY(c.articleText(QStringLiteral("no-such-article")).isEmpty());
    }

    // Every span of every launch and reaction indexes the text fetched back,
    // and its words are the evidence's own.
    void spansIndexTheFetchedText()
    {
        const Catalog &c = m_imported.catalog;
        QHash<QString, QString> texts;
        for (const Article &a : c.articles)
            texts.insert(a.id, c.articleText(a.id));
        int checked = 0;
        auto check = [&](const Evidence &e) {
            if (!e.isValid())
                return;
            QVERIFY2(texts.contains(e.articleId), qPrintable(e.articleId));
            QCOMPARE(texts.value(e.articleId).mid(e.start, e.end - e.start), e.text());
            ++checked;
        };
        for (const LaunchEvent &l : c.launches)
            for (const LaunchMention &m : l.mentions)
                for (const Evidence &e : m.evidence)
                    check(e);
        for (const Reaction &r : c.reactions)
            for (const Evidence &e : r.evidence)
                check(e);
        QVERIFY(checked > 20);
    }

    // The merge reads the undated article's text (its office-holders bound the
    // launch): a catalog from the library is the catalog from the files.
    void theCatalogIsTheOneBuiltFromTheFiles()
    {
        const Catalog fromFiles = CatalogBuilder().build({m_corpus});
        QCOMPARE(fromFiles.articles.size(), 6);
        const QByteArray expected = launchesAndReactions(fromFiles);
        QCOMPARE(launchesAndReactions(m_imported.catalog), expected);
        // ... and the case that needs a text is really there.
        const auto bounded =
            std::find_if(m_imported.catalog.launches.cbegin(), m_imported.catalog.launches.cend(),
                         [](const LaunchEvent &l) { return l.inferredDate.latest.isValid(); });
        QVERIFY(bounded != m_imported.catalog.launches.cend());
    }

    // Exports read no article text: the library's catalog exports as the files' does.
    void exportsAreTheSame()
    {
        const Catalog fromFiles = CatalogBuilder().build({m_corpus});
        const Catalog &fromLibrary = m_imported.catalog;
        QCOMPARE(CsvWriter::launches(fromLibrary), CsvWriter::launches(fromFiles));
        QCOMPARE(CsvWriter::reactions(fromLibrary), CsvWriter::reactions(fromFiles));
        QCOMPARE(GeoJsonWriter::write(fromLibrary), GeoJsonWriter::write(fromFiles));
        QCOMPARE(KmlWriter::write(fromLibrary, QStringLiteral("atlas")),
                 KmlWriter::write(fromFiles, QStringLiteral("atlas")));
    }

    // Equal strings decoded from different articles share one buffer.
    void equalStringsShareOneBuffer()
    {
        const Catalog &c = m_imported.catalog;
        QHash<QString, const QChar *> firstBuffer;
        int shared = 0;
        for (const Reaction &r : c.reactions) {
            for (const QString &s : {r.actor, r.role}) {
                if (s.isEmpty())
                    continue;
                const auto known = firstBuffer.constFind(s);
                if (known == firstBuffer.constEnd()) {
                    firstBuffer.insert(s, s.constData());
                } else {
                    QCOMPARE(s.constData(), known.value());
                    ++shared;
                }
            }
            for (const Evidence &e : r.evidence)
                QCOMPARE(e.articleId.constData(), r.articleId.constData());
        }
        QVERIFY(shared > 5);
    }

    // The merge is given the texts the analyzer says it reads, and no others.
    void theMergeGetsOnlyTheTextsItReads()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 6; ++i)
            QVERIFY(
                writeFile(dir.filePath(QStringLiteral("a%1.txt").arg(i)),
                          QStringLiteral("Report %1\nNorth Korea fired a missile (%1).\n").arg(i).toUtf8()));
        ImportOptions options;
        options.analyzer = testing::countingAnalyzer(QStringLiteral("t1"));
        options.analyzer.needsText = [](const Article &a, const ArticleExtraction &) {
            return a.filePath.endsWith(QLatin1String("a2.txt")) ||
                   a.filePath.endsWith(QLatin1String("a4.txt"));
        };
        QStringList withText;
        bool textsWhole = true;
        const auto assemble = options.analyzer.assemble;
        options.analyzer.assemble = [&withText, &textsWhole, assemble](const LibraryContents &contents) {
            for (const Article &a : contents.articles) {
                if (!a.text.isEmpty()) {
                    textsWhole = textsWhole && a.text.startsWith(QStringLiteral("Report "));
                    withText << QFileInfo(a.filePath).fileName();
                }
            }
            return assemble(contents);
        };
        const ImportResult r =
            ImportJob::run(dir.filePath(QStringLiteral("lib.atlas")), {dir.path()}, options);
        QVERIFY2(r.report.error.isEmpty(), qPrintable(r.report.error));
        QCOMPARE(withText, (QStringList{QStringLiteral("a2.txt"), QStringLiteral("a4.txt")}));
        QVERIFY(textsWhole);
        QCOMPARE(r.catalog.articles.size(), 6);
        for (const Article &a : r.catalog.articles)
            QVERIFY(a.text.isEmpty()); // the two read for the merge are not kept either
        QCOMPARE(r.catalog.launches.size(), 6);
    }

    void findSearchesTheLibraryTexts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("words"); // the matched words, as the text spells them
        QTest::newRow("a word") << "blinken visits"
                                << "zz_undated.txt"
                                << "Blinken visits";
        QTest::newRow("any case") << "SECRETARY OF STATE"
                                  << "zz_undated.txt"
                                  << "Secretary of State";
        QTest::newRow("phrase of a bundled article")
            << "joint chiefs of staff" << QString() << "Joint Chiefs of Staff";
    }
    void findSearchesTheLibraryTexts()
    {
        QFETCH(QString, query);
        QFETCH(QString, fileName);
        QFETCH(QString, words);
        const Catalog &c = m_imported.catalog;
        const QVector<SearchHit> hits = CatalogSearch::find(c, query);
        QVector<SearchHit> inText;
        for (const SearchHit &h : hits) {
            if (h.kind == SearchHit::Kind::Article)
                inText << h;
        }
        QVERIFY(!inText.isEmpty());
        for (const SearchHit &h : inText) {
            const QString text = c.articleText(h.articleId);
            QCOMPARE(text.mid(h.start, h.end - h.start).compare(query.simplified(), Qt::CaseInsensitive), 0);
            QVERIFY(!h.context.isEmpty());
        }
        if (!fileName.isEmpty()) {
            QVERIFY(std::any_of(inText.cbegin(), inText.cend(), [&](const SearchHit &h) {
                const Article *a = c.article(h.articleId);
                return a && a->filePath.endsWith(fileName) &&
                       c.articleText(h.articleId).mid(h.start, h.end - h.start) == words;
            }));
        }
        // The same hits as over the same catalog holding its texts.
        Catalog held = c;
        held.textSource.reset();
        for (Article &a : held.articles)
            a.text = c.articleText(a.id);
        const QVector<SearchHit> expected = CatalogSearch::find(held, query);
        QCOMPARE(hits.size(), expected.size());
        for (int i = 0; i < hits.size(); ++i) {
            QCOMPARE(hits.at(i).articleId, expected.at(i).articleId);
            QCOMPARE(hits.at(i).start, expected.at(i).start);
            QCOMPARE(hits.at(i).context, expected.at(i).context);
        }
    }

    void findOfAWordNoTextHasFindsNoArticle()
    {
        const QVector<SearchHit> hits = CatalogSearch::find(m_imported.catalog, QStringLiteral("xylophone"));
        QVERIFY(std::none_of(hits.cbegin(), hits.cend(),
                             [](const SearchHit &h) { return h.kind == SearchHit::Kind::Article; }));
    }

    // SQLite narrows an ASCII phrase down with its ASCII-only lower(); the
    // narrowing must never drop an article Qt's case folding would match.
    void theLibraryScanNeverMissesAMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("upper case") << "NORTH KOREA FIRED"
                                    << "korea fired";
        QTest::newRow("kelvin sign") << QString::fromUtf8("the \u212Aim regime") << "kim";
        QTest::newRow("long s") << QString::fromUtf8("the mi\u017Fsile") << "missile";
        QTest::newRow("non-ascii phrase")
            << QString::fromUtf8("S\u00DCDKOREA protested") << QString::fromUtf8("s\u00fcdkorea");
        QTest::newRow("cyrillic") << QString::fromUtf8("\u0420\u041E\u0421\u0421\u0418\u042F said")
                                  << QString::fromUtf8("\u0440\u043E\u0441\u0441\u0438\u044F");
        QTest::newRow("no match") << "North Korea fired"
                                  << "south";
        QTest::newRow("percent sign") << "exports grew 100% in a year"
                                      << "100% in";
        QTest::newRow("underscore") << "the snake_case name"
                                    << "SNAKE_CASE";
        QTest::newRow("underscore is no wildcard") << "the axb name"
                                                   << "a_b";
        QTest::newRow("backslash") << "C:\\atlas\\library"
                                   << "\\atlas\\";
    }
    void theLibraryScanNeverMissesAMatch()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.atlas"));
        Article a;
        a.text = text;
        a.id = QStringLiteral("the-one");
        a.contentHash = "hash-of-the-one";
        a.filePath = QStringLiteral("/articles/one.txt");
        Article other;
        other.text = QStringLiteral("Nothing to see here.");
        other.id = QStringLiteral("the-other");
        other.contentHash = "hash-of-the-other";
        other.filePath = QStringLiteral("/articles/two.txt");
        {
            Library lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.storeArticles({ArticleRecord{a, {}, 0, {}}, ArticleRecord{other, {}, 0, {}}}));
        }
        const bool matches = text.contains(phrase, Qt::CaseInsensitive);
        const LibraryTextSource source(path);
        QStringList visited;
        QString given;
        source.visitTextsContaining(phrase, [&](const QString &id, const QString &t) {
            visited << id;
            if (id == a.id)
                given = t;
            return true;
        });
        if (visited.contains(a.id))
            QCOMPARE(given, text);
        if (matches)
            QVERIFY(visited.contains(a.id));
        // An ASCII phrase is narrowed down by SQLite: the other article never comes back.
        bool ascii = true;
        for (const QChar ch : phrase)
            ascii = ascii && ch.unicode() < 0x80;
        if (ascii)
            QCOMPARE(visited.contains(other.id), false);
        if (ascii && !matches)
            QVERIFY(visited.isEmpty());
    }

    // The catalog travels between threads; its source answers on any of them,
    // and says nothing once the library is gone.
    void theSourceAnswersOnAnyThread()
    {
        const Catalog c = m_imported.catalog;
        const QString id = c.articles.last().id;
        const QString here = c.articleText(id);
        QVERIFY(!here.isEmpty());
        const QString there = QtConcurrent::run([c, id] { return c.articleText(id); }).result();
        QCOMPARE(there, here);

        QTemporaryDir dir;
        const QString moved = dir.filePath(QStringLiteral("gone.atlas"));
        QVERIFY(QFile::copy(m_library, moved));
        Catalog orphan = c;
        orphan.textSource = std::make_shared<LibraryTextSource>(moved);
        QCOMPARE(orphan.articleText(id), here);
        QVERIFY(QFile::remove(moved));
        QVERIFY(orphan.articleText(id).isEmpty());
        QVERIFY(!QFile::exists(moved)); // asking did not create an empty library
    }

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    QString m_library;
    ImportResult m_imported;
};

QTEST_GUILESS_MAIN(TestLibraryCatalog)
#include "tst_librarycatalog.moc"
