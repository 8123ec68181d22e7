// GeoJSON layers: parsing, bad input, point-in-polygon, and the stitched bundled basemap.
#include "geo/Basemap.h"
#include "geo/GeoClip.h"
#include "geo/GeoIndex.h"
#include "geo/GeoLayer.h"

#include <QTest>

using namespace atlas;

class TestGeoJson : public QObject {
    Q_OBJECT
private slots:
    void parsesPolygonWithHoleInLonLatOrder()
    {
        const QByteArray json = R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"name":"square"},
            "geometry":{"type":"Polygon","coordinates":[
              [[120,30],[130,30],[130,40],[120,40],[120,30]],
              [[124,34],[126,34],[126,36],[124,36],[124,34]]]}}]})";
        QString error;
        const GeoLayer layer = GeoLayer::fromJson(json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(layer.features.size(), 1);
        QCOMPARE(layer.features.first().name(), QStringLiteral("square"));
        QCOMPARE(layer.features.first().polygons.first().rings.size(), 2);
        // x is longitude: the bounds run 120..130 across, 30..40 up.
        QCOMPARE(layer.bounds.left(), 120.0);
        QCOMPARE(layer.bounds.top(), 30.0);
        QVERIFY(layer.contains(QPointF(122, 32)));
        QVERIFY(!layer.contains(QPointF(125, 35))); // in the hole
        QVERIFY(!layer.contains(QPointF(135, 35)));
        QVERIFY(!layer.contains(QPointF(35, 125))); // lat/lon swapped is far away
        QCOMPARE(layer.vertexCount(), 10);
    }

    void parsesLinesAndBareGeometry()
    {
        const GeoLayer lines = GeoLayer::fromJson(
            R"({"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8],[9,10]]]})");
        QCOMPARE(lines.features.size(), 1);
        QCOMPARE(lines.features.first().lines.size(), 2);
        QVERIFY(!lines.contains(QPointF(2, 3))); // lines enclose nothing
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QTest::newRow("not json") << QByteArray("{oops") << "not JSON";
        QTest::newRow("no type") << QByteArray("{}") << "no \"type\"";
        QTest::newRow("bad position") << QByteArray(R"({"type":"LineString","coordinates":[[1],[2,3]]})")
                                      << "[lon, lat]";
        QTest::newRow("unknown geometry") << QByteArray(R"({"type":"Circle","coordinates":[1,2]})")
                                          << "Circle";
    }
    void reportsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        QString error;
        const GeoLayer layer = GeoLayer::fromJson(json, &error);
        QVERIFY(layer.isEmpty());
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void clipsInsideAndOutsideABox()
    {
        const GeoLayer square = GeoLayer::fromJson(
            R"({"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]})");
        const QRectF box(QPointF(5, 5), QPointF(20, 20));
        const GeoLayer in = clipToBox(square, box);
        QVERIFY(in.contains(QPointF(7, 7)));
        QVERIFY(!in.contains(QPointF(2, 2)));
        const GeoLayer out = clipOutsideBox(square, box);
        QVERIFY(out.contains(QPointF(2, 2)));
        QVERIFY(out.contains(QPointF(7, 2)));
        QVERIFY(!out.contains(QPointF(7, 7)));
        // The outline keeps the real edges and drops those along the cut lines x=5, y=5.
        const QVector<GeoRing> coast = outlineWithoutCuts(out, {5}, {5});
        for (const GeoRing &line : coast) {
            for (int i = 1; i < line.size(); ++i) {
                const bool alongCutX = line[i - 1].x() == 5 && line[i].x() == 5;
                const bool alongCutY = line[i - 1].y() == 5 && line[i].y() == 5;
                QVERIFY(!alongCutX && !alongCutY);
            }
        }
        QVERIFY(!coast.isEmpty());
    }

    // Known places against the bundled, stitched land at every level of detail.
    void bundledLand_data()
    {
        QTest::addColumn<int>("lod");
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<bool>("land");
        const QVector<QPair<QString, int>> lods{{"10m", int(BasemapLod::Fine10m)},
                                               {"50m", int(BasemapLod::Medium50m)},
                                               {"110m", int(BasemapLod::Coarse110m)}};
        for (const auto &lod : lods) {
            auto row = [&](const char *what, QPointF p, bool land) {
                QTest::newRow(qPrintable(lod.first + QStringLiteral(" ") + QLatin1String(what)))
                    << lod.second << p << land;
            };
            row("Pyongyang", {125.754, 39.034}, true);
            row("Tokyo", {139.692, 35.690}, true);
            row("Beijing", {116.397, 39.908}, true);
            row("mid East Sea", {134.0, 40.0}, false);
            row("Yellow Sea", {123.5, 36.0}, false);
            row("Pacific east of Japan", {150.0, 35.0}, false);
            row("Bangkok (outside East Asia box)", {100.5, 13.75}, true);
            row("India (outside the Pacific box)", {78.0, 22.0}, true);
        }
    }
    void bundledLand()
    {
        QFETCH(int, lod);
        QFETCH(QPointF, lonLat);
        QFETCH(bool, land);
        QCOMPARE(Basemap::bundled().level(BasemapLod(lod)).land.contains(lonLat), land);
    }

    void bundledLayersArePresent()
    {
        const Basemap &map = Basemap::bundled();
        QVERIFY(map.level(BasemapLod::Fine10m).land.vertexCount() > map.level(BasemapLod::Medium50m).land.vertexCount());
        QVERIFY(!map.level(BasemapLod::Fine10m).coastline.isEmpty());
        QVERIFY(!map.level(BasemapLod::Fine10m).borders.isEmpty());
        QCOMPARE(map.provinces().features.size(), 11);
        QVERIFY(!map.provinceLines().isEmpty());
        QVERIFY(map.japanZone().contains(QPointF(140.0, 33.0)));  // off Honshu's Pacific coast
        QVERIFY(!map.japanZone().contains(QPointF(131.5, 41.5))); // off Vladivostok
        QCOMPARE(map.seas().featureAt(QPointF(134, 40))->name(), QStringLiteral("East Sea"));
        QCOMPARE(map.seas().featureAt(QPointF(123.5, 36))->name(), QStringLiteral("Yellow Sea"));
        QVERIFY(!map.seas().featureAt(QPointF(145, 33))); // the Pacific is neither
        const GeoFeature *guam = map.countries().featureAt(QPointF(144.79, 13.45));
        QVERIFY(guam);
        QCOMPARE(guam->name(), QStringLiteral("Guam"));
        const GeoFeature *chagang = map.provinces().featureAt(QPointF(126.48, 40.765));
        QVERIFY(chagang);
        QCOMPARE(chagang->name(), QStringLiteral("Chagang-do"));
    }

    // The grid index answers exactly as the polygons do, coasts included.
    void indexAgreesWithTheExactTest()
    {
        const GeoLayer &land = Basemap::bundled().level(BasemapLod::Fine10m).land;
        const QRectF box(QPointF(120, 30), QPointF(145, 46));
        const GeoLayerIndex index(land, box, 0.1);
        QVERIFY(index.mixedCells() > 0);
        QVERIFY(index.mixedCells() < index.cellCount() / 2);
        quint32 seed = 12345;
        auto next = [&] { seed = seed * 1664525u + 1013904223u; return (seed >> 8) / double(1 << 24); };
        int landHits = 0;
        for (int i = 0; i < 20000; ++i) {
            // Half the points near the Korean and Japanese coasts, half anywhere (and some outside the box).
            const QPointF p = i % 2 ? QPointF(124 + 18 * next(), 33 + 10 * next())
                                    : QPointF(115 + 35 * next(), 25 + 25 * next());
            const bool exact = land.contains(p);
            landHits += exact;
            QVERIFY2(index.contains(p) == exact, qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));
        }
        QVERIFY(landHits > 2000 && landHits < 18000); // both answers were exercised
    }

    void lodFollowsScale()
    {
        QCOMPARE(Basemap::lodForScale(1.0), BasemapLod::Fine10m);
        QCOMPARE(Basemap::lodForScale(8.0), BasemapLod::Medium50m);
        QCOMPARE(Basemap::lodForScale(40.0), BasemapLod::Coarse110m);
    }
};

QTEST_GUILESS_MAIN(TestGeoJson)
#include "tst_geojson.moc"
