// The library in the window: imports go into it, analyst edits are saved as
// they are made and undone, survive a restart, and a damaged library is
// refused with a way out while its file stays untouched.
#include "model/LaunchListModel.h"
#include "store/Library.h"
#include "widgets/EditController.h"
#include "widgets/ImportDialog.h"
#include "widgets/LibraryActions.h"
#include "widgets/MainWindow.h"

#include <QCryptographicHash>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace atlas;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QVector<AnalystEdit> savedEdits(const QString &path)
{
    Library lib;
    return lib.open(path) ? lib.activeEdits() : QVector<AnalystEdit>();
}
} // namespace

class TestLibraryActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own settings or library
        QCoreApplication::setOrganizationName(QStringLiteral("LaunchAtlasTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_libraryactions"));
    }

    void importsEditsAndRestarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("analyst.atlas"));
        QString launchId;
        {
            LaunchListModel model;
            MainWindow window(&model);
            LibraryActions *library = window.libraryActions();
            QVERIFY(library);
            QVERIFY(library->createLibrary(path));
            QVERIFY(library->isOpen());
            QSignalSpy shown(library, &LibraryActions::catalogShown);
            window.openBundledArticles(); // with a library open: imported into it
            QVERIFY(shown.wait(120000));
            QCOMPARE(model.catalog().articles.size(), 5);
            QVERIFY(model.rowCount() > 0);
            QVERIFY(library->dialog()->summaryText().contains(QLatin1String("5 added")));
            {
                Library check;
                QVERIFY(check.open(path));
                QCOMPARE(check.articleCount(), 5);
            }

            // An edit is saved at once; undo marks it undone; redo brings it back.
            launchId = model.launchAt(0)->id;
            EditController *edits = window.editController();
            QString error;
            const AnalystEdit note = edits->addNote(launchId, QStringLiteral("checked with the JCS release"), &error);
            QVERIFY2(!note.id.isEmpty(), qPrintable(error));
            QCOMPARE(savedEdits(path).size(), 1);
            edits->undoStack()->undo();
            QCOMPARE(savedEdits(path).size(), 0);
            edits->undoStack()->redo();
            QCOMPARE(savedEdits(path).size(), 1);
            QCOMPARE(savedEdits(path).first().id, note.id);

            // Importing the same articles again: all unchanged, the edit stays.
            window.openBundledArticles();
            QVERIFY(shown.wait(120000));
            QVERIFY(library->dialog()->summaryText().contains(QLatin1String("5 unchanged")));
            QCOMPARE(model.edits().size(), 1);
        }
        // A restart: the library, its catalog and the edit come back.
        LaunchListModel model;
        MainWindow window(&model);
        QSignalSpy shown(window.libraryActions(), &LibraryActions::catalogShown);
        QVERIFY(window.libraryActions()->openLibrary(path));
        QVERIFY(shown.wait(120000));
        QCOMPARE(model.catalog().articles.size(), 5);
        QCOMPARE(model.edits().size(), 1);
        QCOMPARE(model.edits().first().launchId(), launchId);
        QVERIFY(model.staleEditIds().isEmpty());
        QCOMPARE(window.libraryActions()->recentLibraries().first(), QFileInfo(path).absoluteFilePath());

        // Revoking the restored edit (undoably) is saved too.
        QString error;
        QVERIFY2(window.editController()->revertEdit(model.edits().first().id, &error), qPrintable(error));
        QCOMPARE(savedEdits(path).size(), 0);
        window.editController()->undoStack()->undo();
        QCOMPARE(savedEdits(path).size(), 1);
    }

    void droppedFilesAreImported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drop.atlas"));
        const QString article = dir.filePath(QStringLiteral("dropped.txt"));
        {
            QFile f(article);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("North Korea fires missile\nNorth Korea fired a ballistic missile into the East Sea on "
                    "Tuesday, South Korea's Joint Chiefs of Staff said.\n");
        }
        LaunchListModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(window.libraryActions()->createLibrary(path));
        QSignalSpy shown(window.libraryActions(), &LibraryActions::catalogShown);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(article)});
        const QPoint at(window.width() / 2, window.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(shown.wait(60000));
        QCOMPARE(model.catalog().articles.size(), 1);
        QCOMPARE(model.catalog().articles.first().filePath, article);
    }

    void damagedLibraryIsRefusedWithAWayOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.atlas"));
        {
            Library lib;
            QVERIFY(lib.open(path));
            QVector<ArticleRecord> records;
            for (int i = 0; i < 300; ++i) {
                Article a;
                a.text = QStringLiteral("Article %1 about a launch.").arg(i).repeated(20);
                a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256).toHex();
                a.id = QString::fromLatin1(a.contentHash.left(12));
                a.filePath = QStringLiteral("/news/%1.txt").arg(i);
                records << ArticleRecord{a, {}, 1};
            }
            QVERIFY(lib.storeArticles(records));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(6 * 4096, '\x33'));
        }
        const QByteArray before = fileHash(path);

        LaunchListModel model;
        MainWindow window(&model);
        LibraryActions *library = window.libraryActions();
        int asked = 0;
        QString shownError;
        library->setWayOutChooser([&](const QString &, const QString &error, bool) {
            ++asked;
            shownError = error;
            return LibraryActions::WayOut::StartNew;
        });
        QVERIFY(!library->openLibrary(path));
        QCOMPARE(asked, 1);
        QVERIFY2(shownError.contains(QLatin1String("damaged")), qPrintable(shownError));
        QCOMPARE(fileHash(path), before); // never written, never replaced
        // The way out chosen: a new library beside it, open and empty.
        QVERIFY(library->isOpen());
        QVERIFY(library->currentPath() != path);
        QVERIFY(library->currentPath().contains(QLatin1String("broken-new-")));
        QCOMPARE(model.catalog().articles.size(), 0);
    }
};

QTEST_MAIN(TestLibraryActions)
#include "tst_libraryactions.moc"
