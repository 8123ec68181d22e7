// MapRenderer painted into QImages: basemap colours at known places, launch
// markers, uncertainty, splashdown arcs, date window, hit tests, labels.
#include "geo/Geodesy.h"
#include "render/FiveLaunchesCatalog.h"
#include "render/MapRenderer.h"
#include "render/map/LabelPlacer.h"
#include "render/map/MapDecorations.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

using namespace atlas;

namespace {
const QRectF page(0, 0, 1200, 900);

QImage render(const MapRenderer &map, const QRectF &r = page)
{
    QImage image(r.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    map.paint(p, r);
    return image;
}

QRgb at(const QImage &image, const QPointF &px) { return image.pixel(px.toPoint()); }

bool close(QRgb a, const QColor &b, int tolerance = 6)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
           && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

MapOptions bare()
{
    MapOptions o;
    o.labels = o.legend = o.scaleBar = o.caption = o.attribution = false;
    return o;
}

QVector<const LaunchEvent *> pointers(const Catalog &c)
{
    QVector<const LaunchEvent *> out;
    for (const LaunchEvent &l : c.launches)
        out.append(&l);
    return out;
}
} // namespace

class TestMapRenderer : public QObject {
    Q_OBJECT
private:
    Catalog m_catalog = testing::fiveLaunches();

private slots:
    void landAndSeaColoursAtKnownCoordinates_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QString>("colour");
        QTest::newRow("Beijing is land") << QPointF(116.4, 39.9) << "land";
        QTest::newRow("Seoul is land") << QPointF(126.98, 37.57) << "land";
        QTest::newRow("Honshu is land") << QPointF(138.5, 36.2) << "land";
        QTest::newRow("North Korea is drawn apart") << QPointF(126.9, 40.0) << "dprk";
        QTest::newRow("East Sea is sea") << QPointF(134.0, 40.0) << "sea";
        QTest::newRow("Yellow Sea is sea") << QPointF(123.5, 36.0) << "sea";
        QTest::newRow("Pacific is sea") << QPointF(140.5, 33.5) << "sea";
    }
    void landAndSeaColoursAtKnownCoordinates()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QString, colour);
        MapRenderer map;
        map.setOptions(bare());
        map.setCenter(QGeoCoordinate(38, 130));
        map.setKmPerPixel(2.0); // the 10m level
        const QImage image = render(map);
        const QPointF px = map.viewport(page).toPixel(lonLat);
        QVERIFY(page.contains(px));
        QVERIFY2(close(at(image, px), map.style().color(colour)),
                 qPrintable(QColor(at(image, px)).name() + " vs " + map.style().color(colour).name()));
    }

    void everyLevelOfDetailDrawsLandAndSea_data()
    {
        QTest::addColumn<double>("kmPerPixel");
        QTest::newRow("10m") << 1.0;
        QTest::newRow("50m") << 8.0;
        QTest::newRow("110m") << 30.0;
    }
    void everyLevelOfDetailDrawsLandAndSea()
    {
        QFETCH(double, kmPerPixel);
        MapRenderer map;
        map.setOptions(bare());
        map.setCenter(QGeoCoordinate(38, 120.5));
        map.setKmPerPixel(kmPerPixel);
        const QImage image = render(map);
        const MapViewport view = map.viewport(page);
        QVERIFY(close(at(image, view.toPixel(QPointF(116.4, 39.9))), map.style().color("land")));
        QVERIFY(close(at(image, view.toPixel(QPointF(123.5, 36.0))), map.style().color("sea")));
    }

    void printThemeHasItsOwnColours()
    {
        MapRenderer map;
        MapOptions o = bare();
        o.theme = Theme::Print;
        map.setOptions(o);
        map.setCenter(QGeoCoordinate(38, 130));
        const QImage image = render(map);
        QVERIFY(close(at(image, map.viewport(page).toPixel(QPointF(134, 40))), map.style().color("sea")));
        QVERIFY(map.style().color("sea") != MapStyle::bundled(Theme::Screen).color("sea"));
    }

    void darkThemeAndBothSeaNames()
    {
        const MapStyle screen = MapStyle::bundled(Theme::Screen);
        const MapStyle dark = MapStyle::bundled(Theme::Screen, true);
        QVERIFY(dark.isDark());
        QVERIFY(dark.color("sea").lightness() < 100);
        QVERIFY(dark.color("siteLabel").lightness() > 200); // light ink on a dark map
        QVERIFY(screen.color("sea") != dark.color("sea"));
        QVERIFY(!MapStyle::bundled(Theme::Print, true).isDark()); // paper is never dark
        QHash<QString, QString> seas;
        for (const MapLabel &l : screen.seaLabels())
            seas.insert(l.name, l.alternative);
        QCOMPARE(seas.value("East Sea"), QStringLiteral("Sea of Japan"));
        QCOMPARE(seas.value("Yellow Sea"), QStringLiteral("West Sea"));
        QVERIFY(!screen.zoneLabels().isEmpty());
        QVERIFY(screen.zoneLabels().first().alternative.contains("not the legal EEZ"));
    }

    void landTargetIsDrawnOnLand()
    {
        Catalog c;
        c.launches = {testing::makeLaunch("land", FuzzyDate::onDay(QDate(2024, 3, 1)), "Pyongyang", "Pyongyang",
                                          {"SRBM"}, 300, "about", QString())};
        c.launches[0].splashdown.land = true;
        MapRenderer map;
        map.setOptions(bare());
        map.setLaunches(pointers(c));
        const PreparedLaunch *l = map.launchLayer().find("land");
        QVERIFY(l && l->estimate.valid && l->estimate.landTarget);
        map.setCenter(l->estimate.point);
        map.setKmPerPixel(1.0);
        const QImage image = render(map);
        // A filled triangle in the class colour sits on the point (on land).
        const QPointF end = map.viewport(page).toPixel(l->estimate.point);
        QVERIFY(close(at(image, end + QPointF(0, 2)), map.palette().classColor("SRBM"), 30));
    }

    void sitesAreColouredByClass()
    {
        MapRenderer map;
        map.setOptions(bare());
        map.setLaunches(pointers(m_catalog));
        map.setCenter(QGeoCoordinate(40, 128));
        map.setKmPerPixel(1.5);
        const QImage image = render(map);
        const MapViewport view = map.viewport(page);
        // Wonsan: a precise site, one SRBM: the marker is SRBM-coloured just off its centre pin.
        const QPointF wonsan = view.toPixel(QPointF(127.44361, 39.15278));
        QVERIFY(close(at(image, wonsan + QPointF(3, 0)), map.palette().classColor("SRBM"), 12));
    }

    void uncertainSiteShowsItsUncertainty()
    {
        MapRenderer map;
        map.setOptions(bare());
        map.setLaunches(pointers(m_catalog));
        map.setCenter(QGeoCoordinate(40.22, 125.22));
        map.setKmPerPixel(0.5); // Taegwan's ±20 km is 40 px
        const QImage with = render(map);
        MapRenderer empty;
        empty.setOptions(bare());
        empty.setCenter(map.center());
        empty.setKmPerPixel(0.5);
        const QImage without = render(empty);
        const QPointF taegwan = map.viewport(page).toPixel(QPointF(125.22, 40.22));
        // 30 px out (15 km): inside the uncertainty disc, outside the marker: tinted, not bare land.
        const QPointF inDisc = taegwan + QPointF(0, 30);
        QVERIFY(at(with, inDisc) != at(without, inDisc));
        // 50 px out (25 km): beyond it, untouched.
        const QPointF beyond = taegwan + QPointF(-50, 0);
        QCOMPARE(at(with, beyond), at(without, beyond));
        // And the centre is no pin: an uncertain site's marker is hollow (land-coloured centre).
        QVERIFY(close(at(with, taegwan), map.style().color("land"), 10));
    }

    void splashdownArcsEndAtTheEstimate()
    {
        MapRenderer map;
        map.setOptions(bare());
        map.setLaunches(pointers(m_catalog));
        map.fitLaunches(page);
        const QImage image = render(map);
        const MapViewport view = map.viewport(page);
        const PreparedLaunch *taegwan = map.launchLayer().find("nov2025-taegwan");
        QVERIFY(taegwan && taegwan->estimate.valid);
        const QPointF end = view.toPixel(taegwan->estimate.point);
        QVERIFY(page.contains(end));
        QVERIFY(!close(at(image, end), map.style().color("sea"), 20)); // the cross is drawn there
        // Every site and every point is inside the fitted view.
        for (const PreparedLaunch &l : map.launchLayer().launches()) {
            QVERIFY(page.contains(view.toPixel(QPointF(l.launch->site.lon, l.launch->site.lat))));
            QVERIFY(page.contains(view.toPixel(l.estimate.point)));
        }
    }

    void noDistanceMeansSiteOnly()
    {
        Catalog c = m_catalog;
        c.launches[0].distanceKm = Quantity{};
        MapRenderer map;
        map.setLaunches(pointers(c));
        const PreparedLaunch *l = map.launchLayer().find(c.launches[0].id);
        QVERIFY(l);
        QVERIFY(!l->estimate.valid);
        QVERIFY(l->arcKm.isEmpty());
        QCOMPARE(map.launchLayer().sites().size(), 4); // Wonsan still has its marker
    }

    void dateWindowFiltersButKeepsUndated()
    {
        MapRenderer map;
        map.setLaunches(pointers(m_catalog));
        QCOMPARE(map.launchLayer().visible().size(), 5);
        map.setDateWindow(QDate(2025, 11, 1), QDate(2025, 11, 30));
        QCOMPARE(map.launchLayer().visible().size(), 3); // 7 Nov + the two undated
        QVERIFY(map.captionText().contains("2 undated"));
        map.setDateWindow(QDate(2025, 5, 8), QDate()); // early May overlaps an open-ended window
        QCOMPARE(map.launchLayer().visible().size(), 4);
        map.setDateWindow(QDate(), QDate(2025, 4, 30));
        QCOMPARE(map.launchLayer().visible().size(), 3); // 14 Jan + undated
        map.setDateWindow(QDate(), QDate());
        QCOMPARE(map.launchLayer().visible().size(), 5);
    }

    void sitesGroupLaunchesAndHitTestFindsThem()
    {
        MapRenderer map;
        map.setLaunches(pointers(m_catalog));
        map.fitLaunches(page);
        const MapViewport view = map.viewport(page);
        const QStringList atPyongyang = map.launchesAt(view.toPixel(QPointF(125.75432, 39.03385)), page);
        QCOMPARE(atPyongyang.size(), 2);
        QVERIFY(atPyongyang.contains("monday-pyongyang"));
        const PreparedLaunch *jagang = map.launchLayer().find("jan2025-jagang");
        QCOMPARE(map.launchesAt(view.toPixel(jagang->estimate.point), page), QStringList{"jan2025-jagang"});
        QVERIFY(map.launchesAt(QPointF(5, 5), page).isEmpty());
    }

    void selectionAddsRangeRings()
    {
        MapRenderer map;
        map.setOptions(bare());
        map.setLaunches(pointers(m_catalog));
        map.setCenter(QGeoCoordinate(36, 133));
        map.setKmPerPixel(3.5);
        const QImage plain = render(map);
        map.setSelectedId("nov2025-taegwan");
        const QImage selected = render(map);
        // The ring through Tokyo passes through Tokyo's reference square.
        const QPointF tokyo = map.viewport(page).toPixel(QPointF(139.69171, 35.6895));
        QVERIFY(at(plain, tokyo) != at(selected, tokyo));
    }

    void zoomKeepsTheAnchorFixed()
    {
        MapRenderer map;
        const QPointF anchor(300, 200);
        const QGeoCoordinate before = map.viewport(page).toCoordinate(anchor);
        map.zoomBy(2.0, anchor, page);
        const QGeoCoordinate after = map.viewport(page).toCoordinate(anchor);
        QVERIFY(before.distanceTo(after) < 1.0);
        map.panByPixels(QPointF(100, 0)); // content moves right: the centre moves west
        QVERIFY(map.viewport(page).toCoordinate(anchor + QPointF(100, 0)).distanceTo(after) < 1.0);
    }

    void labelsNeverOverlap()
    {
        LabelPlacer placer(QRectF(0, 0, 200, 200));
        QCOMPARE(placer.place({QRectF(10, 10, 50, 10)}), 0);
        QCOMPARE(placer.place({QRectF(20, 12, 50, 10)}), -1);                       // overlaps
        QCOMPARE(placer.place({QRectF(20, 12, 50, 10), QRectF(20, 30, 50, 10)}), 1); // second candidate
        QCOMPARE(placer.place({QRectF(190, 190, 50, 10)}), -1);                     // off the page
        placer.reserve(QRectF(100, 100, 20, 20));
        QVERIFY(!placer.fits(QRectF(110, 110, 5, 5)));
    }

    void rulerAndScale()
    {
        const QGeoCoordinate pyongyang(39.03385, 125.75432), tokyo(35.6895, 139.69171);
        const QString text = MapRenderer::rulerText(pyongyang, tokyo);
        QVERIFY2(text.contains("1,28") || text.contains("1284") || text.contains("1,29"), qPrintable(text));
        QVERIFY(text.contains("ESE"));
        QCOMPARE(MapRenderer::compassPoint(67.5), QStringLiteral("ENE"));
        QCOMPARE(MapRenderer::compassPoint(359), QStringLiteral("N"));
        QCOMPARE(MapDecorations::niceScaleKm(1.0, 150), 100.0);
        QCOMPARE(MapDecorations::niceScaleKm(3.0, 150), 200.0);
        QCOMPARE(MapDecorations::niceScaleKm(0.1, 150), 10.0);
    }

    void paintsOnSvgToo()
    {
        MapRenderer map;
        map.setLaunches(pointers(m_catalog));
        map.setSelectedId("monday-pyongyang");
        map.fitLaunches(page);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(page.size().toSize());
        svg.setViewBox(page);
        QPainter p(&svg);
        map.paint(p, page);
        p.end();
        QVERIFY(buffer.data().size() > 10000);
        QVERIFY(buffer.data().contains("Natural Earth"));
    }

    // The whole picture with the five launches; written where the developer asks
    // (ATLAS_MAP_SNAPSHOT=/tmp/map.png), to look at.
    void snapshotOfTheFiveLaunches()
    {
        MapRenderer map;
        MapOptions o;
        o.japanZone = true;
        map.setOptions(o);
        map.setLaunches(pointers(m_catalog));
        map.setSelectedId("nov2025-taegwan");
        map.fitLaunches(page);
        const QImage image = render(map);
        QVERIFY(!image.isNull());
        const QString path = qEnvironmentVariable("ATLAS_MAP_SNAPSHOT");
        if (!path.isEmpty())
            QVERIFY(image.save(path));
    }
};

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
