// MapView: clicks select rows in the shared selection, the selection shows on
// the map, zoom/pan/keyboard, the ruler, the date window and tooltips.
#include "model/LaunchListModel.h"
#include "render/FiveLaunchesCatalog.h"
#include "widgets/MapView.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace atlas;

class TestMapView : public QObject {
    Q_OBJECT
private:
    struct Fixture {
        LaunchListModel model;
        QItemSelectionModel selection{&model};
        MapView view{&model, &selection};
        Fixture()
        {
            model.setCatalog(testing::fiveLaunches());
            view.resize(1000, 700);
            view.show();
            view.fitLaunches();
        }
        QPoint pixelOf(double lon, double lat) const
        {
            return view.renderer().viewport(QRectF(view.rect())).toPixel(QPointF(lon, lat)).toPoint();
        }
        QString selectedId() const
        {
            const QModelIndexList rows = selection.selectedRows();
            return rows.isEmpty() ? QString() : model.launchAt(rows.first().row())->id;
        }
    };

private slots:
    void clickOnASiteSelectsItsRow()
    {
        Fixture f;
        QSignalSpy changed(&f.selection, &QItemSelectionModel::selectionChanged);
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.pixelOf(127.44361, 39.15278)); // Wonsan
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.selectedId(), QStringLiteral("may2025-wonsan"));
        QCOMPARE(f.selection.currentIndex().row(), f.model.rowOf("may2025-wonsan"));
        QCOMPARE(f.view.renderer().selectedId(), QStringLiteral("may2025-wonsan"));
    }

    void clickOnAnImpactPointSelectsThatLaunch()
    {
        Fixture f;
        const PreparedLaunch *l = f.view.renderer().launchLayer().find("nov2025-taegwan");
        QVERIFY(l && l->estimate.valid);
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.pixelOf(l->estimate.point.longitude(), l->estimate.point.latitude()));
        QCOMPARE(f.selectedId(), QStringLiteral("nov2025-taegwan"));
    }

    void repeatedClicksCycleThroughASitesLaunches()
    {
        Fixture f;
        const QPoint pyongyang = f.pixelOf(125.75432, 39.03385);
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, pyongyang);
        const QString first = f.selectedId();
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, pyongyang, 500);
        const QString second = f.selectedId();
        QVERIFY(first.endsWith("-pyongyang"));
        QVERIFY(second.endsWith("-pyongyang"));
        QVERIFY(first != second);
    }

    void clickOnEmptySeaClearsTheSelection()
    {
        Fixture f;
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.pixelOf(127.44361, 39.15278));
        QVERIFY(!f.selectedId().isEmpty());
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, QPoint(500, 690), 500);
        QVERIFY(f.selection.selectedRows().isEmpty());
        QVERIFY(f.view.renderer().selectedId().isEmpty());
    }

    void selectionMadeElsewhereShowsOnTheMap()
    {
        Fixture f;
        const int row = f.model.rowOf("jan2025-jagang");
        f.selection.select(f.model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(f.view.renderer().selectedId(), QStringLiteral("jan2025-jagang"));
    }

    void wheelZoomsAtTheCursor()
    {
        Fixture f;
        const QPointF cursor(300, 250);
        const QGeoCoordinate before = f.view.renderer().viewport(QRectF(f.view.rect())).toCoordinate(cursor);
        const double scale = f.view.renderer().kmPerPixel();
        QWheelEvent wheel(cursor, f.view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&f.view, &wheel);
        QVERIFY(f.view.renderer().kmPerPixel() < scale);
        const QGeoCoordinate after = f.view.renderer().viewport(QRectF(f.view.rect())).toCoordinate(cursor);
        QVERIFY(before.distanceTo(after) < 50); // metres
    }

    void keyboardZoomsAndPans()
    {
        Fixture f;
        const double scale = f.view.renderer().kmPerPixel();
        QTest::keyClick(&f.view, Qt::Key_Plus);
        QVERIFY(f.view.renderer().kmPerPixel() < scale);
        QTest::keyClick(&f.view, Qt::Key_Minus);
        QVERIFY(std::abs(f.view.renderer().kmPerPixel() - scale) < 1e-9);
        const double lon = f.view.renderer().center().longitude();
        QTest::keyClick(&f.view, Qt::Key_Right);
        QVERIFY(f.view.renderer().center().longitude() > lon);
        const double lat = f.view.renderer().center().latitude();
        QTest::keyClick(&f.view, Qt::Key_Up);
        QVERIFY(f.view.renderer().center().latitude() > lat);
    }

    void dragPansAndDoubleClickZooms()
    {
        Fixture f;
        const QGeoCoordinate centre = f.view.renderer().center();
        QTest::mousePress(&f.view, Qt::LeftButton, {}, QPoint(500, 350));
        QTest::mouseMove(&f.view, QPoint(520, 350));
        QTest::mouseMove(&f.view, QPoint(600, 350));
        QTest::mouseRelease(&f.view, Qt::LeftButton, {}, QPoint(600, 350));
        QVERIFY(f.view.renderer().center().longitude() < centre.longitude()); // content right: look west
        QVERIFY(f.selection.selectedRows().isEmpty());                         // a drag is not a click
        const double scale = f.view.renderer().kmPerPixel();
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(400, 300));
        QVERIFY(f.view.renderer().kmPerPixel() < scale);
    }

    void shiftDragMeasures()
    {
        Fixture f;
        QTest::mousePress(&f.view, Qt::LeftButton, Qt::ShiftModifier, QPoint(300, 300));
        QTest::mouseMove(&f.view, QPoint(320, 300));
        QTest::mouseMove(&f.view, QPoint(500, 400));
        QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::ShiftModifier, QPoint(500, 400));
        QVERIFY(f.view.renderer().hasRuler());
        QTest::keyClick(&f.view, Qt::Key_Escape);
        QVERIFY(!f.view.renderer().hasRuler());
        auto *ruler = f.view.findChild<QToolButton *>("mapRuler");
        QVERIFY(ruler);
        ruler->click();
        QVERIFY(f.view.isRulerMode());
    }

    void dateWindowLimitsTheLaunches()
    {
        Fixture f;
        QCOMPARE(f.view.renderer().launchLayer().visible().size(), 5);
        f.view.setDateWindow(QDate(2025, 1, 1), QDate(2025, 1, 31));
        QCOMPARE(f.view.renderer().launchLayer().visible().size(), 3); // Jagang + two undated
        f.view.setDateWindow(QDate(), QDate());
        QCOMPARE(f.view.renderer().launchLayer().visible().size(), 5);
    }

    void tooltipNamesDateClassDistanceAndSources()
    {
        Fixture f;
        const QString tip = f.view.toolTipAt(f.pixelOf(125.22, 40.22)); // Taegwan
        QVERIFY2(tip.contains("7 Nov 2025"), qPrintable(tip));
        QVERIFY(tip.contains("SRBM"));
        QVERIFY(tip.contains("700"));
        QVERIFY(tip.contains("2 source"));
        QVERIFY(tip.contains("approx."));
        QVERIFY(f.view.toolTipAt(QPoint(500, 690)).isEmpty());
    }

    void paintsWithoutCrashingAtAnySize()
    {
        Fixture f;
        for (const QSize &s : {QSize(240, 180), QSize(1920, 1080)}) {
            f.view.resize(s);
            QImage image(s, QImage::Format_ARGB32_Premultiplied);
            f.view.render(&image);
            QVERIFY(!image.isNull());
        }
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
