// The splashdown estimate: reported distance, bearing nearest east-north-east
// that lands where the text says, with an uncertainty sector.
#include "geo/Basemap.h"
#include "geo/Gazetteer.h"
#include "geo/Geodesy.h"
#include "geo/SplashdownEstimator.h"

#include <QTest>
#include <cmath>

using namespace atlas;

namespace {
QGeoCoordinate placeCoordinate(const QString &name)
{
    const Place *p = Gazetteer::bundled().find(name);
    return p ? QGeoCoordinate(p->lat, p->lon) : QGeoCoordinate();
}
Quantity km(double value, const QString &qualifier = {})
{
    Quantity q;
    q.value = value;
    q.qualifier = qualifier;
    return q;
}
Splashdown sea(const QString &name, const QString &eez = {})
{
    Splashdown s;
    s.sea = name;
    s.eez = eez;
    return s;
}
} // namespace

class TestSplashdown : public QObject {
    Q_OBJECT
private:
    SplashdownEstimator m_estimator = SplashdownEstimator::bundled();

private slots:
    void jagang250LandsAtSeaInTheEastSea()
    {
        const QGeoCoordinate jagang = placeCoordinate(QStringLiteral("Jagang Province"));
        QVERIFY(jagang.isValid());
        const SplashdownEstimate e = m_estimator.estimate(jagang, km(250, "about"), sea("East Sea"));
        QVERIFY(e.valid);
        QVERIFY(e.consistent);
        const QPointF p = Geodesy::lonLat(e.point);
        QVERIFY2(!m_estimator.isLand(p), qPrintable(e.note));
        QCOMPARE(m_estimator.seaAt(p), QStringLiteral("East Sea"));
        QVERIFY(std::abs(Geodesy::distanceKm(jagang, e.point) - 250) < 0.5);
        QVERIFY(p.x() > 128.5); // east of the peninsula's spine, off its east coast
    }

    void taegwan700LandsInTheEastSeaOutsideJapansZone()
    {
        const QGeoCoordinate taegwan = placeCoordinate(QStringLiteral("Taegwan County"));
        QVERIFY(taegwan.isValid());
        const SplashdownEstimate e = m_estimator.estimate(taegwan, km(700, "some"), sea("East Sea", "outside"));
        QVERIFY(e.valid);
        QVERIFY(e.consistent);
        const QPointF p = Geodesy::lonLat(e.point);
        QVERIFY(!m_estimator.isLand(p));
        QCOMPARE(m_estimator.seaAt(p), QStringLiteral("East Sea"));
        QVERIFY(!m_estimator.inJapanZone(p));
        QVERIFY(std::abs(Geodesy::distanceKm(taegwan, e.point) - 700) < 0.5);
        QCOMPARE(e.minKm, 630.0);
        QCOMPARE(e.maxKm, 770.0);
    }

    void insideTheZoneWhenTheTextSaysSo()
    {
        const QGeoCoordinate pyongyang = placeCoordinate(QStringLiteral("Pyongyang"));
        const SplashdownEstimate e = m_estimator.estimate(pyongyang, km(1000), sea("East Sea", "inside"));
        QVERIFY(e.consistent);
        QVERIFY(m_estimator.inJapanZone(Geodesy::lonLat(e.point)));
    }

    void usesEastNorthEastWhenItFits()
    {
        const QGeoCoordinate wonsan = placeCoordinate(QStringLiteral("Wonsan"));
        const SplashdownEstimate e = m_estimator.estimate(wonsan, km(800, "up to"), sea("East Sea"));
        QCOMPARE(e.bearingDeg, SplashdownEstimator::preferredBearingDeg);
        QCOMPARE(e.minKm, 0.0);
        QCOMPARE(e.maxKm, 800.0);
        QVERIFY(std::abs(Geodesy::bearingDeg(wonsan, e.point) - 67.5) < 0.01);
    }

    // Whatever the site and distance, when the text names a sea the point is never on land.
    void neverOnLandWhenTheTextSaysSea_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<double>("distance");
        QTest::addColumn<QString>("seaName");
        QTest::addColumn<QString>("eez");
        QTest::newRow("Wonsan 800 East") << "Wonsan" << 800.0 << "East Sea" << "";
        QTest::newRow("Taegwan 700 East outside") << "Taegwan" << 700.0 << "East Sea" << "outside";
        QTest::newRow("Jagang 250 East") << "Jagang" << 250.0 << "East Sea" << "";
        QTest::newRow("Pyongyang 350 East") << "Pyongyang" << 350.0 << "East Sea" << "";
        QTest::newRow("Pyongyang 1100 East outside") << "Pyongyang" << 1100.0 << "East Sea" << "outside";
        QTest::newRow("Pyongyang 150 Yellow") << "Pyongyang" << 150.0 << "Yellow Sea" << "";
        QTest::newRow("Sinuiju 300 West Sea alias") << "Sinuiju" << 300.0 << "West Sea" << "";
        QTest::newRow("Sohae 400 Yellow") << "Sohae" << 400.0 << "Yellow Sea" << "";
        QTest::newRow("Sinpo 600 Sea of Japan alias") << "Sinpo" << 600.0 << "Sea of Japan" << "";
        QTest::newRow("Kusong 950 East outside") << "Kusong" << 950.0 << "East Sea" << "outside";
        QTest::newRow("Kanggye 200 East") << "Kanggye" << 200.0 << "East Sea" << "";
        QTest::newRow("Hwangju 600 East") << "Hwangju" << 600.0 << "East Sea" << "";
        QTest::newRow("Sukchon 1000 no sea named") << "Sukchon" << 1000.0 << "" << "";
        QTest::newRow("Nampo 120 Yellow") << "Nampo" << 120.0 << "Yellow Sea" << "";
    }
    void neverOnLandWhenTheTextSaysSea()
    {
        QFETCH(QString, site);
        QFETCH(double, distance);
        QFETCH(QString, seaName);
        QFETCH(QString, eez);
        const QGeoCoordinate c = placeCoordinate(site);
        QVERIFY2(c.isValid(), qPrintable(site));
        const SplashdownEstimate e = m_estimator.estimate(c, km(distance, "about"), sea(seaName, eez));
        QVERIFY(e.valid);
        QVERIFY2(e.consistent, qPrintable(e.note));
        const QPointF p = Geodesy::lonLat(e.point);
        QVERIFY2(!m_estimator.isLand(p), qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));
        if (!seaName.isEmpty()) {
            const QString expected = seaName == QLatin1String("West Sea") ? QStringLiteral("Yellow Sea")
                                   : seaName == QLatin1String("Sea of Japan") ? QStringLiteral("East Sea")
                                                                              : seaName;
            QCOMPARE(m_estimator.seaAt(p), expected);
        }
        if (eez == QLatin1String("outside"))
            QVERIFY(!m_estimator.inJapanZone(p));
        // The sector holds the chosen bearing.
        double span = e.bearingMaxDeg - e.bearingMinDeg;
        if (span < 0)
            span += 360;
        double offset = e.bearingDeg - e.bearingMinDeg;
        if (offset < 0)
            offset += 360;
        QVERIFY(offset <= span);
        QVERIFY(span >= 2 * SplashdownEstimator::minSpreadDeg);
        QVERIFY(span <= 2 * SplashdownEstimator::maxSpreadDeg);
    }

    void landTargetLandsOnLand()
    {
        Splashdown land;
        land.land = true;
        const SplashdownEstimate e = m_estimator.estimate(placeCoordinate(QStringLiteral("Pyongyang")), km(300), land);
        QVERIFY(e.valid);
        QVERIFY(e.landTarget);
        QVERIFY(m_estimator.isLand(Geodesy::lonLat(e.point)));
    }

    void noDistanceNoEstimate()
    {
        QVERIFY(!m_estimator.estimate(placeCoordinate(QStringLiteral("Wonsan")), Quantity{}, sea("East Sea")).valid);
        QVERIFY(!m_estimator.estimate(QGeoCoordinate(), km(300), sea("East Sea")).valid);
        LaunchEvent unlocated;
        unlocated.distanceKm = km(300);
        QVERIFY(!m_estimator.estimate(unlocated).valid);
    }

    void toleranceFromQualifier_data()
    {
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<double>("minKm");
        QTest::addColumn<double>("maxKm");
        QTest::newRow("up to") << "up to" << 0.0 << 1000.0;
        QTest::newRow("about") << "about" << 900.0 << 1100.0;
        QTest::newRow("approximately") << "approximately" << 900.0 << 1100.0;
        QTest::newRow("around") << "around" << 900.0 << 1100.0;
        QTest::newRow("estimated") << "estimated" << 900.0 << 1100.0;
        QTest::newRow("exact") << "" << 950.0 << 1050.0;
        QTest::newRow("more than") << "more than" << 1000.0 << 1150.0;
    }
    void toleranceFromQualifier()
    {
        QFETCH(QString, qualifier);
        QFETCH(double, minKm);
        QFETCH(double, maxKm);
        const auto range = SplashdownEstimator::tolerance(km(1000, qualifier));
        QVERIFY(std::abs(range.minKm - minKm) < 1e-9);
        QVERIFY(std::abs(range.maxKm - maxKm) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestSplashdown)
#include "tst_splashdown.moc"
