// The gazetteer finds places however the news spells them.
#include "geo/Gazetteer.h"

#include <QtTest>

using namespace atlas;

class TestGazetteer : public QObject {
    Q_OBJECT
private slots:
    void findsSpellings_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << "Wonsan" << "Wonsan";
        QTest::newRow("breve") << "Wŏnsan" << "Wonsan";
        QTest::newRow("county word") << "Taekwan County" << "Taegwan County";
        QTest::newRow("variant") << "taekwan" << "Taegwan County";
        QTest::newRow("gun suffix") << "Taegwan-gun" << "Taegwan County";
        QTest::newRow("province word") << "Jagang Province" << "Chagang-do";
        QTest::newRow("the province") << "the Jagang Province" << "Chagang-do";
        QTest::newRow("do suffix") << "Chagang-do" << "Chagang-do";
        QTest::newRow("apostrophe") << "P'yŏngyang" << "Pyongyang";
        QTest::newRow("curly apostrophe") << "P’yŏngyang" << "Pyongyang";
        QTest::newRow("city beats province") << "Pyongyang" << "Pyongyang";
        QTest::newRow("sea alias") << "Sea of Japan" << "Sea of Japan";
        QTest::newRow("east sea") << "East Sea" << "Sea of Japan";
        QTest::newRow("west sea") << "West Sea" << "Yellow Sea";
        QTest::newRow("case") << "SINPO" << "Sinpo";
    }
    void findsSpellings()
    {
        QFETCH(QString, spelling);
        QFETCH(QString, canonical);
        const Place *p = Gazetteer::bundled().find(spelling);
        QVERIFY2(p, qPrintable(spelling));
        QCOMPARE(p->name, canonical);
    }

    void unknownPlaceIsNull()
    {
        QVERIFY(!Gazetteer::bundled().find(QStringLiteral("Atlantis")));
        QVERIFY(!Gazetteer::bundled().find(QString()));
    }

    void estimatesCarryTheirUncertainty()
    {
        const Place *taegwan = Gazetteer::bundled().find(QStringLiteral("Taegwan"));
        QVERIFY(taegwan);
        QVERIFY(!taegwan->confirmed);
        QCOMPARE(taegwan->uncertaintyKm, 20.0);
        const Place *sukchon = Gazetteer::bundled().find(QStringLiteral("Sukchon"));
        QVERIFY(sukchon);
        QCOMPARE(sukchon->uncertaintyKm, 15.0);
        QVERIFY(Gazetteer::bundled().find(QStringLiteral("Chagang-do"))->uncertaintyKm > 30);
    }

    void coordinatesAreLatLon()
    {
        const Place *seoul = Gazetteer::bundled().find(QStringLiteral("Seoul"));
        QVERIFY(seoul);
        QVERIFY(qAbs(seoul->lat - 37.57) < 0.1);
        QVERIFY(qAbs(seoul->lon - 126.98) < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
