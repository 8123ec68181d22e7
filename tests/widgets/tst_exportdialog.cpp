// The export dialog: its choices become the exporter's settings, the preview is
// painted by the exporter and follows the choices, and Export writes the file;
// Export data writes CSV, GeoJSON and KML; the main window's File → Export… is
// enabled and Copy picture puts an image on the clipboard.
#include "render/BriefingTestCatalog.h"
#include "widgets/ExportDataDialog.h"
#include "widgets/ExportDialog.h"
#include "widgets/MainWindow.h"
#include "model/LaunchListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

class TestExportDialog : public QObject {
    Q_OBJECT
    Catalog m_catalog = testing::briefingCatalog();

private slots:
    void choicesBecomeSettings()
    {
        ExportDialog dialog(PictureContent::forYear(&m_catalog, 2025));
        ExportSettings s = dialog.settings();
        QCOMPARE(s.view, ExportView::Briefing);
        QCOMPARE(s.format, ExportFormat::Png);
        QCOMPARE(s.size, QSize(1920, 1080));
        dialog.setSizePreset("3840x2160");
        dialog.setScale(2);
        dialog.setView(ExportView::Map);
        dialog.setTheme(Theme::Screen);
        s = dialog.settings();
        QCOMPARE(Exporter::pixelSize(s), QSize(7680, 4320));
        QCOMPARE(s.view, ExportView::Map);
        QCOMPARE(s.theme, Theme::Screen);
        dialog.setFormat(ExportFormat::Pdf);
        QCOMPARE(dialog.settings().scale, 1); // vector: no scale
        dialog.setSizePreset("A4");
        QVERIFY(dialog.settings().paper.isValid());
        dialog.setCustomSize(QSize(1000, 500));
        QCOMPARE(dialog.settings().size, QSize(1000, 500));
        dialog.setTitle("My title");
        QCOMPARE(dialog.content().title, QStringLiteral("My title"));
    }

    void previewFollowsTheChoices()
    {
        ExportDialog dialog(PictureContent::forYear(&m_catalog, 2025));
        dialog.refreshPreview();
        const QImage wide = dialog.previewImage();
        QVERIFY(!wide.isNull());
        QVERIFY(std::abs(double(wide.width()) / wide.height() - 16.0 / 9.0) < 0.05);
        dialog.setCustomSize(QSize(800, 800));
        dialog.refreshPreview();
        const QImage square = dialog.previewImage();
        QVERIFY(std::abs(double(square.width()) / square.height() - 1.0) < 0.05);
        // The preview is the export, small: the map view differs from the briefing page.
        dialog.setSizePreset("1920x1080");
        dialog.refreshPreview();
        const QImage briefing = dialog.previewImage();
        dialog.setView(ExportView::Map);
        dialog.refreshPreview();
        QVERIFY(dialog.previewImage() != briefing);
    }

    void exportWritesTheFile()
    {
        ExportDialog dialog(PictureContent::forYear(&m_catalog, 2025));
        dialog.setCustomSize(QSize(640, 400));
        dialog.setScale(2);
        QTemporaryDir dir;
        const QString path = dir.filePath("out.png");
        QSignalSpy spy(&dialog, &ExportDialog::exported);
        QVERIFY(dialog.exportTo(path));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(QImageReader(path).size(), QSize(1280, 800));
    }

    void exportDataWritesEachFormat()
    {
        ExportDataDialog dialog(m_catalog);
        QTemporaryDir dir;
        for (const QString &format : {"csv", "geojson", "kml"}) {
            dialog.setFormat(format);
            QCOMPARE(dialog.format(), format);
            const QString path = dir.filePath("launches." + format);
            QVERIFY(dialog.exportTo(path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (format == "csv")
                QVERIFY(bytes.startsWith("id,role,"));
            else if (format == "geojson")
                QVERIFY(bytes.contains("\"FeatureCollection\""));
            else
                QVERIFY(bytes.contains("http://www.opengis.net/kml/2.2"));
        }
    }

    void mainWindowActions()
    {
        LaunchListModel model;
        model.setCatalog(m_catalog);
        MainWindow window(&model);
        auto *exportAction = window.findChild<QAction *>("actionExport");
        QVERIFY(exportAction);
        QVERIFY(exportAction->isEnabled());
        QCOMPARE(exportAction->shortcut(), QKeySequence("Ctrl+E"));
        QVERIFY(window.findChild<QAction *>("actionExportData"));
        auto *copy = window.findChild<QAction *>("actionCopyPicture");
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence("Ctrl+Shift+C"));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::clipboard()->clear();
        copy->trigger();
        const QImage picture = QApplication::clipboard()->image();
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() > 100 && picture.height() > 100);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
