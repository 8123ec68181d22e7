// The gazetteer finds places however the news spells them.
#include "extract/GazetteerMatcher.h"
#include "geo/Gazetteer.h"

#include <QtTest>

#include <random>

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

    // Spellings the gazetteer does not list, in another romanization (or a mix of
    // two), found in running text by GazetteerMatcher through the folded key.
    void matcherFoldsRomanizations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("eo and ph") << "Rockets rose from Ryeokpho before dawn." << "Ryokpho district";
        QTest::newRow("eo, g for k") << "A launcher was seen near Kuseong last week." << "Kusong";
        QTest::newRow("province eo") << "The debris fell in Hamgyeong-bukto, officials said." << "Hamgyŏng-bukto";
        QTest::newRow("th and ch") << "Satellite images of Thaecheon County show a new shed." << "Taechon";
        QTest::newRow("sh for s") << "The submarine left Shinpo on Friday." << "Sinpo";
        QTest::newRow("ch for j, eo") << "Drills were held off Changyeon in the west." << "Jangyon";
        QTest::newRow("ph and eo") << "Officials in Phyeongyang declined to comment." << "Pyongyang";
        QTest::newRow("listed spelling still exact") << "It was fired from Wonsan." << "Wonsan";
    }
    void matcherFoldsRomanizations()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const GazetteerMatcher matcher(Gazetteer::bundled());
        const QVector<PlaceMatch> found = matcher.find(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().place->name, canonical);
    }
    void foldingKeepsNamesApart()
    {
        const GazetteerMatcher matcher(Gazetteer::bundled());
        // Not a North Korean place, however it is folded; lower-case words never start one.
        QVERIFY(matcher.find(QStringLiteral("Officials in Daegu and Gwangju met on Monday.")).isEmpty());
        QVERIFY(matcher.find(QStringLiteral("the ryeokpho district")).isEmpty());
        // A key two places share ("Seohae": the Yellow Sea and the Sohae station) is left to the exact spelling.
        QCOMPARE(GazetteerMatcher::romanizationKey(QStringLiteral("Seohae")), GazetteerMatcher::romanizationKey(QStringLiteral("Sohae")));
        QCOMPARE(matcher.find(QStringLiteral("launched from Sohae")).value(0).place->name, QStringLiteral("Sohae Satellite Launching Station"));
        QCOMPARE(GazetteerMatcher::romanizationKey(QStringLiteral("Ryŏkp'o-guyŏk")), GazetteerMatcher::romanizationKey(QStringLiteral("Ryeokpo-guyeok")));
        QCOMPARE(GazetteerMatcher::romanizationKey(QStringLiteral("Chagang")), GazetteerMatcher::romanizationKey(QStringLiteral("Jagang")));
        QVERIFY(GazetteerMatcher::romanizationKey(QStringLiteral("Sinpo")) != GazetteerMatcher::romanizationKey(QStringLiteral("Sunan")));
    }

    void normalizeReadsAsciiAsItsDefinitionDoes()
    {
        // Gazetteer::normalize lower-cases ASCII spellings by hand; every spelling
        // must get the key its definition gives (decomposed, case-folded, letters and
        // digits kept, apostrophes and marks dropped, trailing administrative words
        // and a leading "the" dropped while more than one word is left, joined).
        auto definition = [](const QString &name) {
            const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
            QStringList words;
            QString word;
            for (const QChar c : decomposed) {
                if (c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018))
                    continue;
                if (c.isLetterOrNumber()) {
                    word += c;
                } else if (!word.isEmpty()) {
                    words << word;
                    word.clear();
                }
            }
            if (!word.isEmpty())
                words << word;
            static const QStringList dropped{QStringLiteral("county"), QStringLiteral("province"), QStringLiteral("gun"),
                                             QStringLiteral("do"), QStringLiteral("si"), QStringLiteral("city"), QStringLiteral("the")};
            while (words.size() > 1 && dropped.contains(words.last()))
                words.removeLast();
            while (words.size() > 1 && words.first() == QLatin1String("the"))
                words.removeFirst();
            return words.join(QString());
        };
        static const QStringList parts{
            QStringLiteral("Wonsan"), QStringLiteral("P'yongyang"), QStringLiteral("P’yŏngyang"), QStringLiteral("the"),
            QStringLiteral("The"), QStringLiteral("THE"), QStringLiteral("County"), QStringLiteral("county"), QStringLiteral("Province"),
            QStringLiteral("gun"), QStringLiteral("Gun"), QStringLiteral("do"), QStringLiteral("DO"), QStringLiteral("si"),
            QStringLiteral("city"), QStringLiteral("Sohae"), QStringLiteral("North"), QStringLiteral("Hamgyong"), QStringLiteral("12"),
            QStringLiteral("x"), QStringLiteral("Ŭ"), QStringLiteral("ﬁ"), QStringLiteral("'"), QStringLiteral("")};
        static const QStringList glue{QStringLiteral(" "), QStringLiteral("-"), QStringLiteral(", "), QStringLiteral(""),
                                      QStringLiteral("'"), QStringLiteral("  "), QStringLiteral("."), QStringLiteral("_")};
        std::mt19937 rng(9);
        std::uniform_int_distribution<int> w(0, int(parts.size()) - 1), g(0, int(glue.size()) - 1);
        for (int round = 0; round < 20000; ++round) {
            QString spelling;
            for (int k = round % 7; k >= 0; --k)
                spelling += parts.at(w(rng)) + glue.at(g(rng));
            QCOMPARE(Gazetteer::normalize(spelling), definition(spelling));
        }
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
