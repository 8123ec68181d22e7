// The map projection (Lambert conformal conic) and the geodesy the map draws with.
#include "geo/Geodesy.h"
#include "geo/Projection.h"

#include <QLineF>
#include <QTest>
#include <cmath>

using namespace atlas;

class TestProjection : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("origin") << 130.0 << 38.0;
        QTest::newRow("Pyongyang") << 125.754 << 39.034;
        QTest::newRow("Tokyo") << 139.692 << 35.690;
        QTest::newRow("Guam") << 144.924 << 13.581;
        QTest::newRow("Beijing") << 116.397 << 39.908;
        QTest::newRow("Sakhalin north") << 142.8 << 54.4;
        QTest::newRow("Singapore") << 103.8 << 1.35;
        QTest::newRow("Hawaii") << -157.8 << 21.3;
        QTest::newRow("far west") << 60.0 << -30.0;
        QTest::newRow("equator at meridian") << 130.0 << 0.0;
    }
    void roundTrip()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const LambertConformalConic lcc;
        const QPointF km = lcc.forward(lon, lat);
        const QPointF back = lcc.inverse(km);
        QVERIFY2(std::abs(back.x() - lon) < 1e-7, qPrintable(QString::number(back.x(), 'f', 9)));
        QVERIFY2(std::abs(back.y() - lat) < 1e-7, qPrintable(QString::number(back.y(), 'f', 9)));
    }

    void axes()
    {
        const LambertConformalConic lcc;
        QVERIFY(lcc.forward(130, 38).manhattanLength() < 1e-6); // the origin
        QVERIFY(lcc.forward(131, 38).x() > 0);                  // east is +x
        QVERIFY(lcc.forward(130, 39).y() > 0);                  // north is +y
        QVERIFY(std::abs(lcc.forward(130, 45).x()) < 1e-9);     // the central meridian is straight
    }

    // Conformal and secant: true scale on both standard parallels, within 2%
    // over the band the map is about (25-50 N).
    void scaleFactor_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("30 N standard") << 30.0 << 1.0 << 1e-9;
        QTest::newRow("45 N standard") << 45.0 << 1.0 << 1e-9;
        QTest::newRow("25 N") << 25.0 << 1.0 << 0.02;
        QTest::newRow("38 N, between: smaller") << 38.0 << 0.985 << 0.01;
        QTest::newRow("50 N") << 50.0 << 1.0 << 0.02;
    }
    void scaleFactor()
    {
        QFETCH(double, lat);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        const LambertConformalConic lcc;
        QVERIFY2(std::abs(lcc.scaleFactor(lat) - expected) <= tolerance,
                 qPrintable(QString::number(lcc.scaleFactor(lat), 'f', 5)));
    }

    // A short east-west step in the plane, divided by the scale factor, gives the ground distance.
    void scaleFactorMatchesGroundDistance()
    {
        const LambertConformalConic lcc;
        const QGeoCoordinate a(41.0, 129.0), b(41.0, 129.05);
        const double ground = Geodesy::distanceKm(a, b);
        const double plane = QLineF(lcc.forward(129.0, 41.0), lcc.forward(129.05, 41.0)).length();
        QVERIFY(std::abs(plane / lcc.scaleFactor(41.0) - ground) < 0.01 * ground);
    }

    void greatCircleIsDensifiedGeodesic()
    {
        const QGeoCoordinate pyongyang(39.034, 125.754), tokyo(35.690, 139.692);
        const QVector<QPointF> arc = Geodesy::greatCircle(pyongyang, tokyo, 25);
        const double total = Geodesy::distanceKm(pyongyang, tokyo);
        QVERIFY(arc.size() >= int(total / 25) + 1);
        QCOMPARE(arc.first(), Geodesy::lonLat(pyongyang));
        QCOMPARE(arc.last(), Geodesy::lonLat(tokyo));
        double sum = 0;
        for (int i = 1; i < arc.size(); ++i) {
            const double step = Geodesy::distanceKm(Geodesy::coordinate(arc[i - 1]), Geodesy::coordinate(arc[i]));
            QVERIFY(step <= 25.001);
            sum += step;
        }
        QVERIFY(std::abs(sum - total) < 0.5); // on the geodesic: no detour
    }

    void rangeRingIsAtRadius()
    {
        const QGeoCoordinate site(40.22, 125.22);
        const QVector<QPointF> ring = Geodesy::rangeRing(site, 700, 72);
        QCOMPARE(ring.size(), 73);
        QCOMPARE(ring.first(), ring.last());
        for (const QPointF &p : ring)
            QVERIFY(std::abs(Geodesy::distanceKm(site, Geodesy::coordinate(p)) - 700) < 0.01);
    }

    void sectorSpansBearingsAndDistances()
    {
        const QGeoCoordinate site(40.0, 127.0);
        const QVector<QPointF> s = Geodesy::sector(site, 600, 800, 60, 80, 5);
        QCOMPARE(s.first(), s.last());
        for (const QPointF &p : s) {
            const double d = Geodesy::distanceKm(site, Geodesy::coordinate(p));
            const double b = Geodesy::bearingDeg(site, Geodesy::coordinate(p));
            QVERIFY(d > 599.9 && d < 800.1);
            QVERIFY(b > 59.9 && b < 80.1);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
