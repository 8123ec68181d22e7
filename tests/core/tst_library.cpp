// The library file: created with its schema, articles and extractions stored
// whole, analyst edits kept as an audit trail, and a damaged or foreign file
// refused without a single byte of it changed.
#include "io/ModelJson.h"
#include "store/Library.h"
#include "store/LibrarySchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace atlas;

namespace {
Article makeArticle(int n, const QString &path)
{
    Article a;
    a.text = QStringLiteral("Headline %1\nNorth Korea fired a missile on January 14, 2025.").arg(n);
    a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    a.id = QString::fromLatin1(a.contentHash.left(12));
    a.filePath = path;
    a.title = QStringLiteral("Headline %1").arg(n);
    a.encoding = QStringLiteral("UTF-8");
    a.publicationDate = QDate(2025, 1, 14);
    a.publicationDateSource = PubDateSource::Dateline;
    a.publicationDateText = QStringLiteral("January 14, 2025");
    a.publicationDateStart = 42;
    return a;
}

ArticleExtraction makeExtraction(const Article &a, const QString &version)
{
    ArticleExtraction x;
    x.articleId = a.id;
    x.extractorVersion = version;
    LaunchMention m;
    m.articleId = a.id;
    m.date = FuzzyDate::onDay(QDate(2025, 1, 14), QStringLiteral("January 14, 2025"));
    m.classes = {QStringLiteral("SRBM")};
    m.evidence.append(Evidence{a.id, QStringLiteral("date"), 41, 57, QStringLiteral("January 14, 2025")});
    x.launches << m;
    return x;
}

AnalystEdit makeEdit(const QString &id, const QString &value)
{
    AnalystEdit e;
    e.id = id;
    e.kind = EditKind::Note;
    e.launchIds = {QStringLiteral("L1")};
    e.field = QStringLiteral("note");
    e.machineValue = QJsonValue();
    e.analystText = value;
    e.analystValue = value;
    e.when = QDateTime(QDate(2025, 2, 1), QTime(10, 0), Qt::UTC);
    e.note = QStringLiteral("checked against the JCS statement");
    return e;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString makeLibraryWithArticles(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("lib.atlas"));
    Library lib;
    if (!lib.open(path))
        return {};
    QVector<ArticleRecord> records;
    for (int i = 0; i < count; ++i) {
        const Article a = makeArticle(i, QStringLiteral("/news/%1.txt").arg(i));
        records << ArticleRecord{a, makeExtraction(a, QStringLiteral("v1")), 100};
    }
    if (!lib.storeArticles(records))
        return {};
    lib.close();
    return path;
}
} // namespace

class TestLibrary : public QObject {
    Q_OBJECT
private slots:
    void createsWithSchemaAndWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.atlas"));
        Library lib;
        QString error;
        QVERIFY2(lib.open(path, &error), qPrintable(error));
        QCOMPARE(lib.schemaVersion(), LibrarySchema::kCurrentVersion);
        QCOMPARE(lib.integrityCheck(), QStringLiteral("ok"));
        lib.close();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM library_info WHERE key='application'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("launch-atlas"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // Reopening an up-to-date library changes nothing about it.
        QVERIFY(lib.open(path, &error));
        QCOMPARE(lib.articleCount(), 0);
    }

    void storesArticlesAndExtractionsWhole()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.atlas"))));
        const Article a = makeArticle(1, QStringLiteral("/news/a.txt"));
        const ArticleExtraction x = makeExtraction(a, QStringLiteral("v1"));
        QString error;
        QVERIFY2(lib.storeArticles({ArticleRecord{a, x, 123}}, &error), qPrintable(error));

        const Article back = lib.article(a.id);
        QCOMPARE(back.text, a.text);
        QCOMPARE(back.contentHash, a.contentHash);
        QCOMPARE(back.filePath, a.filePath);
        QCOMPARE(back.title, a.title);
        QCOMPARE(back.publicationDate, a.publicationDate);
        QCOMPARE(back.publicationDateSource, PubDateSource::Dateline);
        QCOMPARE(back.publicationDateText, a.publicationDateText);
        QCOMPARE(back.publicationDateStart, 42);

        const LibraryContents contents = lib.contents(QStringLiteral("v1"));
        QCOMPARE(contents.articles.size(), 1);
        QCOMPARE(contents.extractions.size(), 1);
        QCOMPARE(json::toBytes(contents.extractions.first()), json::toBytes(x));

        const auto stored = lib.storedContent(QStringLiteral("v1"));
        QVERIFY(stored.value(a.contentHash).extracted);
        QVERIFY(!lib.storedContent(QStringLiteral("v2")).value(a.contentHash).extracted);
        QCOMPARE(lib.articlesNeedingExtraction(QStringLiteral("v2")), QStringList{a.id});
        QVERIFY(lib.articlesNeedingExtraction(QStringLiteral("v1")).isEmpty());
    }

    void changedFileReplacesItsOldContent()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.atlas"))));
        const Article before = makeArticle(1, QStringLiteral("/news/a.txt"));
        const Article after = makeArticle(2, QStringLiteral("/news/a.txt"));
        QVERIFY(lib.storeArticles({ArticleRecord{before, makeExtraction(before, QStringLiteral("v1")), 1}}));
        QVERIFY(lib.storeArticles({ArticleRecord{after, makeExtraction(after, QStringLiteral("v1")), 1}}));
        QCOMPARE(lib.articleCount(), 1);
        QCOMPARE(lib.articles().first().id, after.id);
        // The old content's extraction went with it (foreign key cascade).
        const LibraryContents c = lib.contents(QStringLiteral("v1"));
        QCOMPARE(c.extractions.size(), 1);
        QCOMPARE(c.extractions.first().articleId, after.id);
    }

    void newestExtractionServesUntilReextracted()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.atlas"))));
        const Article a = makeArticle(1, QStringLiteral("/news/a.txt"));
        QVERIFY(lib.storeArticles({ArticleRecord{a, makeExtraction(a, QStringLiteral("v1")), 1}}));
        QCOMPARE(lib.contents(QStringLiteral("v2")).extractions.first().extractorVersion, QStringLiteral("v1"));
        QVERIFY(lib.storeExtractions({makeExtraction(a, QStringLiteral("v2"))}));
        QCOMPARE(lib.contents(QStringLiteral("v2")).extractions.first().extractorVersion, QStringLiteral("v2"));
        QCOMPARE(lib.contents(QStringLiteral("v1")).extractions.first().extractorVersion, QStringLiteral("v1"));
    }

    void editsAreAnAuditTrail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.atlas"));
        const AnalystEdit e1 = makeEdit(QStringLiteral("e-1"), QStringLiteral("first"));
        const AnalystEdit e2 = makeEdit(QStringLiteral("e-2"), QStringLiteral("second"));
        {
            Library lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.saveEdits({e1}));
            QVERIFY(lib.saveEdits({e1, e2}));
            QVERIFY(lib.saveEdits({e1}));     // undo e2
            QVERIFY(lib.saveEdits({e1, e2})); // redo e2
            QVERIFY(lib.saveEdits({e2, e1})); // reordered: no event, new order kept
        }
        Library lib; // a restart
        QVERIFY(lib.open(path));
        const QVector<AnalystEdit> active = lib.activeEdits();
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.at(0), e2);
        QCOMPARE(active.at(1), e1);
        QCOMPARE(active.at(1).note, e1.note);
        QCOMPARE(active.at(1).when, e1.when);

        QVERIFY(lib.saveEdits({e2})); // undo e1: kept, marked undone
        const QVector<EditRecord> history = lib.editHistory();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).edit.id, QStringLiteral("e-1"));
        QVERIFY(!history.at(0).active);
        QVERIFY(history.at(0).undoneAt.isValid());
        QVERIFY(history.at(1).active);

        QStringList actions;
        for (const EditEvent &ev : lib.editEvents())
            actions << ev.editId + QLatin1Char(':') + ev.action;
        QCOMPARE(actions, (QStringList{"e-1:made", "e-2:made", "e-2:undone", "e-2:redone", "e-1:undone"}));
    }

    void refusesBadFilesWithoutTouchingThem_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expectedError");
        QTest::newRow("garbage-pages") << "garbage" << int(Library::OpenError::Damaged);
        QTest::newRow("truncated") << "truncate" << int(Library::OpenError::Damaged);
        QTest::newRow("plain-text-file") << "text" << int(Library::OpenError::NotALibrary);
        QTest::newRow("foreign-sqlite") << "foreign" << int(Library::OpenError::NotALibrary);
        QTest::newRow("newer-schema") << "newer" << int(Library::OpenError::TooNew);
        QTest::newRow("folder") << "folder" << int(Library::OpenError::CannotOpen);
    }
    void refusesBadFilesWithoutTouchingThem()
    {
        QFETCH(QString, damage);
        QFETCH(int, expectedError);
        QTemporaryDir dir;
        QString path = makeLibraryWithArticles(dir, 200);
        QVERIFY(!path.isEmpty());
        if (damage == QLatin1String("garbage") || damage == QLatin1String("truncate")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8 * 4096);
            if (damage == QLatin1String("garbage")) {
                // Pages 2..6 (the schema's and the tables' b-tree pages) overwritten.
                f.seek(4096);
                f.write(QByteArray(5 * 4096, '\x5A'));
            } else {
                f.resize(size / 3);
            }
        } else if (damage == QLatin1String("text")) {
            path = dir.filePath(QStringLiteral("notes.atlas"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are my notes, not a library\n");
        } else if (damage == QLatin1String("foreign") || damage == QLatin1String("newer")) {
            const QString other = dir.filePath(damage + QStringLiteral(".atlas"));
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                raw.setDatabaseName(damage == QLatin1String("foreign") ? other : path);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                if (damage == QLatin1String("foreign"))
                    QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts(name TEXT)")));
                else
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            if (damage == QLatin1String("foreign"))
                path = other;
        } else if (damage == QLatin1String("folder")) {
            path = dir.filePath(QStringLiteral("folder.atlas"));
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.atlas")));
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        Library lib;
        QString error;
        QVERIFY(!lib.open(path, &error));
        QVERIFY(!lib.isOpen());
        QCOMPARE(int(lib.lastOpenError()), expectedError);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        if (expectedError == int(Library::OpenError::Damaged))
            QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        // Not a byte changed, and no file was added beside it.
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void backupIsAWholeLibrary()
    {
        QTemporaryDir dir;
        const QString path = makeLibraryWithArticles(dir, 20);
        Library lib;
        QVERIFY(lib.open(path));
        QVERIFY(lib.saveEdits({makeEdit(QStringLiteral("e-1"), QStringLiteral("x"))}));
        const QString backup = Library::backupPathFor(path);
        QString error;
        QVERIFY2(lib.writeBackup(backup, &error), qPrintable(error));
        QVERIFY2(lib.writeBackup(backup, &error), qPrintable(error)); // replaces the previous one
        QVERIFY(!QFile::exists(backup + QStringLiteral(".partial")));
        Library copy;
        QVERIFY2(copy.open(backup, &error), qPrintable(error));
        QCOMPARE(copy.articleCount(), 20);
        QCOMPARE(copy.activeEdits().size(), 1);
    }

    void twoConnectionsShareOneFile()
    {
        QTemporaryDir dir;
        const QString path = makeLibraryWithArticles(dir, 5);
        Library reader;
        Library writer;
        QVERIFY(reader.open(path));
        QVERIFY(writer.open(path, Library::OpenOptions{false, false, true}));
        const Article a = makeArticle(99, QStringLiteral("/news/99.txt"));
        QVERIFY(writer.storeArticles({ArticleRecord{a, makeExtraction(a, QStringLiteral("v1")), 1}}));
        QCOMPARE(reader.articleCount(), 6);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
