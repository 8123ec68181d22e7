// The CLI output writers: CatalogJsonWriter's shape and nulls, CsvWriter's
// RFC 4180 quoting and columns.
#include "io/CatalogJsonWriter.h"
#include "io/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atlas;

namespace {
Catalog sample()
{
    Catalog c;
    Article a;
    a.id = QStringLiteral("a1");
    a.filePath = QStringLiteral("/x/a1.txt");
    a.publicationDate = QDate(2025, 1, 6);
    a.publicationDateSource = PubDateSource::Stamp;
    c.articles << a;
    Article b;
    b.id = QStringLiteral("a2");
    b.filePath = QStringLiteral("/x/a2.txt");
    c.articles << b;

    LaunchEvent l;
    l.id = QStringLiteral("L1");
    l.date = FuzzyDate::unknown(1, QStringLiteral("on Monday"));
    l.site.name = QStringLiteral("Pyongyang");
    l.site.lat = 39.03385;
    l.site.lon = 125.75432;
    l.site.uncertaintyKm = 5;
    l.classes = QStringList{QStringLiteral("MRBM"), QStringLiteral("IRBM")};
    l.names = QStringList{QStringLiteral("Hwasong-16B")};
    l.count.min = l.count.max = 1;
    l.distanceKm.value = 1100;
    l.distanceKm.qualifier = QStringLiteral("estimated");
    LaunchMention m;
    m.articleId = QStringLiteral("a1");
    m.evidence << Evidence{QStringLiteral("a1"), QStringLiteral("distance"), 10, 24, QStringLiteral("1,100 km, \"est\"")};
    l.mentions << m;
    Conflict k;
    k.field = QStringLiteral("class");
    k.values << ConflictValue{QStringLiteral("MRBM"), QStringLiteral("a1"), QStringLiteral("JCS")}
             << ConflictValue{QStringLiteral("IRBM"), QStringLiteral("a1"), QString()};
    l.conflicts << k;
    c.launches << l;

    Reaction r;
    r.id = QStringLiteral("a1-r1");
    r.articleId = QStringLiteral("a1");
    r.actor = QStringLiteral("Japan");
    r.stance = Stance::Protest;
    r.quote = QStringLiteral("a \"serious\" concern,\nand more");
    c.reactions << r;
    c.problems << Problem{QStringLiteral("/x/bad.bin"), QStringLiteral("binary content")};
    return c;
}
} // namespace

class TestCatalogWriters : public QObject {
    Q_OBJECT

private slots:
    void jsonShapeAndNulls()
    {
        const QJsonObject root = QJsonDocument::fromJson(CatalogJsonWriter::write(sample())).object();
        QCOMPARE(root.value(QLatin1String("articles")).toArray().size(), 2);
        const QJsonObject undated = root.value(QLatin1String("articles")).toArray().at(1).toObject();
        QVERIFY(undated.value(QLatin1String("title")).isNull());
        QVERIFY(undated.value(QLatin1String("publication_date")).toObject().value(QLatin1String("date")).isNull());
        QVERIFY(undated.value(QLatin1String("publication_date")).toObject().value(QLatin1String("source")).isNull());
        const QJsonObject dated = root.value(QLatin1String("articles")).toArray().at(0).toObject();
        QCOMPARE(dated.value(QLatin1String("publication_date")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("stamp"));

        const QJsonObject l = root.value(QLatin1String("launches")).toArray().at(0).toObject();
        const QJsonObject date = l.value(QLatin1String("date")).toObject();
        QVERIFY(date.value(QLatin1String("earliest")).isNull());
        QCOMPARE(date.value(QLatin1String("weekday")).toString(), QStringLiteral("Monday"));
        QCOMPARE(date.value(QLatin1String("precision")).toString(), QStringLiteral("unknown"));
        QVERIFY(date.value(QLatin1String("inferred")).isObject());
        QVERIFY(l.value(QLatin1String("time_of_day")).isNull());
        QCOMPARE(l.value(QLatin1String("site")).toObject().value(QLatin1String("lat")).toDouble(), 39.03385);
        QCOMPARE(l.value(QLatin1String("count")).toObject().value(QLatin1String("max")).toInt(), 1);
        QVERIFY(l.value(QLatin1String("apogee_km")).toObject().value(QLatin1String("value")).isNull());
        QCOMPARE(l.value(QLatin1String("distance_km")).toObject().value(QLatin1String("qualifier")).toString(),
                 QStringLiteral("estimated"));
        QVERIFY(l.value(QLatin1String("splashdown")).toObject().value(QLatin1String("sea")).isNull());
        const QJsonObject ev = l.value(QLatin1String("sources")).toArray().at(0).toObject()
                                   .value(QLatin1String("evidence")).toArray().at(0).toObject();
        QCOMPARE(ev.value(QLatin1String("start")).toInt(), 10);
        QCOMPARE(ev.value(QLatin1String("field")).toString(), QStringLiteral("distance"));
        const QJsonArray values = l.value(QLatin1String("conflicts")).toArray().at(0).toObject().value(QLatin1String("values")).toArray();
        QCOMPARE(values.size(), 2);
        QVERIFY(values.at(1).toObject().value(QLatin1String("source")).isNull());

        const QJsonObject r = root.value(QLatin1String("reactions")).toArray().at(0).toObject();
        QVERIFY(r.value(QLatin1String("launch")).isNull());
        QVERIFY(r.value(QLatin1String("person")).isNull());
        QVERIFY(r.value(QLatin1String("date")).isNull());
        QCOMPARE(r.value(QLatin1String("stance")).toString(), QStringLiteral("protest"));
        QCOMPARE(root.value(QLatin1String("problems")).toArray().at(0).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("binary content"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Pyongyang") << QStringLiteral("Pyongyang");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("1,100") << QStringLiteral("\"1,100\"");
        QTest::newRow("quote") << QStringLiteral("a \"b\"") << QStringLiteral("\"a \"\"b\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("unicode") << QStringLiteral("P\u2019y\u014Fngyang") << QStringLiteral("P\u2019y\u014Fngyang");
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(value), written);
    }

    void csvLaunchRow()
    {
        const QString csv = QString::fromUtf8(CsvWriter::launches(sample()));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 3); // header, one launch, the empty string after the last CRLF
        QVERIFY(lines.last().isEmpty());
        QCOMPARE(lines.first(), CsvWriter::launchHeader().join(QLatin1Char(',')));
        const QString row = lines.at(1);
        QVERIFY(row.startsWith(QStringLiteral("L1,primary,,,unknown,Monday,Pyongyang,39.03385,125.75432,MRBM; IRBM,Hwasong-16B,1,1,1100,estimated,,,,a1,")));
        QVERIFY(row.contains(QStringLiteral("class: MRBM (a1, JCS) | IRBM (a1)")));
    }

    void csvReactionsQuoteTheQuote()
    {
        const QString csv = QString::fromUtf8(CsvWriter::reactions(sample()));
        QVERIFY(csv.startsWith(CsvWriter::reactionHeader().join(QLatin1Char(',')) + QStringLiteral("\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\"a \"\"serious\"\" concern,\nand more\"")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogWriters)
#include "tst_catalogwriters.moc"
