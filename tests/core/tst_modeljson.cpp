// ModelJson: every model value survives a trip through JSON unchanged, unknown
// values are written as JSON null, and bad bytes are refused with a reason.
#include "io/ModelJson.h"

#include <QJsonDocument>
#include <QTest>
#include <cmath>

using namespace atlas;

namespace {

bool sameNumber(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void compareEvidence(const EvidenceList &a, const EvidenceList &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i], b[i]);
        QCOMPARE(a[i].text(), b[i].text());
    }
}

void compareDate(const FuzzyDate &a, const FuzzyDate &b)
{
    QCOMPARE(a.earliest, b.earliest);
    QCOMPARE(a.latest, b.latest);
    QCOMPARE(a.precision, b.precision);
    QCOMPARE(a.weekday, b.weekday);
    QCOMPARE(a.month, b.month);
    QCOMPARE(a.day, b.day);
    QCOMPARE(a.text, b.text);
}

void compareQuantity(const Quantity &a, const Quantity &b)
{
    QVERIFY(sameNumber(a.value, b.value));
    QCOMPARE(a.qualifier, b.qualifier);
    QCOMPARE(a.text, b.text);
}

void compareMention(const LaunchMention &a, const LaunchMention &b)
{
    QCOMPARE(a.articleId, b.articleId);
    QCOMPARE(a.role, b.role);
    compareDate(a.date, b.date);
    QCOMPARE(a.timeOfDay, b.timeOfDay);
    QCOMPARE(a.site.name, b.site.name);
    QCOMPARE(a.site.text, b.site.text);
    QCOMPARE(a.site.kind, b.site.kind);
    QVERIFY(sameNumber(a.site.lat, b.site.lat));
    QVERIFY(sameNumber(a.site.lon, b.site.lon));
    QCOMPARE(a.site.uncertaintyKm, b.site.uncertaintyKm);
    QCOMPARE(a.classes, b.classes);
    QCOMPARE(a.names, b.names);
    QCOMPARE(a.count.min, b.count.min);
    QCOMPARE(a.count.max, b.count.max);
    QCOMPARE(a.count.text, b.count.text);
    compareQuantity(a.distanceKm, b.distanceKm);
    compareQuantity(a.apogeeKm, b.apogeeKm);
    QCOMPARE(a.splashdown.sea, b.splashdown.sea);
    QCOMPARE(a.splashdown.eez, b.splashdown.eez);
    QCOMPARE(a.splashdown.land, b.splashdown.land);
    QCOMPARE(a.splashdown.text, b.splashdown.text);
    QCOMPARE(a.claimant, b.claimant);
    compareEvidence(a.evidence, b.evidence);
}

void compareReaction(const Reaction &a, const Reaction &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.launchId, b.launchId);
    QCOMPARE(a.articleId, b.articleId);
    QCOMPARE(a.actor, b.actor);
    QCOMPARE(a.person, b.person);
    QCOMPARE(a.role, b.role);
    QCOMPARE(a.stance, b.stance);
    QCOMPARE(a.quote, b.quote);
    compareDate(a.date, b.date);
    compareEvidence(a.evidence, b.evidence);
}

Evidence ev(const QString &field, int start, const QString &text)
{
    return Evidence{QStringLiteral("a1"), field, start, int(start + text.size()), text};
}

LaunchMention fullMention()
{
    LaunchMention m;
    m.articleId = QStringLiteral("a1");
    m.role = LaunchRole::Mentioned;
    m.date = FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10), DatePrecision::PartOfMonth,
                                QStringLiteral("early May"));
    m.timeOfDay = QStringLiteral("12:00 local (03:00 GMT)");
    m.site.name = QStringLiteral("Jagang Province");
    m.site.text = QStringLiteral("in Jagang Province");
    m.site.kind = QStringLiteral("province");
    m.site.lat = 40.5;
    m.site.lon = 126.25;
    m.site.uncertaintyKm = 60;
    m.classes = QStringList{QStringLiteral("IRBM"), QStringLiteral("hypersonic")};
    m.names = QStringList{QStringLiteral("Hwasong-16B")};
    m.count.min = 2;
    m.count.max = -1;
    m.count.text = QStringLiteral("multiple");
    m.distanceKm.value = 1100.5;
    m.distanceKm.qualifier = QStringLiteral("about");
    m.distanceKm.text = QStringLiteral("about 1,100 km");
    m.apogeeKm.value = 100;
    m.splashdown.sea = QStringLiteral("East Sea");
    m.splashdown.eez = QStringLiteral("outside");
    m.splashdown.text = QStringLiteral("outside Japan's EEZ");
    m.claimant = QStringLiteral("JCS");
    m.evidence << ev(QStringLiteral("date"), 10, QStringLiteral("early May"))
               << ev(QStringLiteral("distance"), 40, QStringLiteral("about 1,100 km"));
    return m;
}

Reaction fullReaction()
{
    Reaction r;
    r.id = QStringLiteral("a1-r1");
    r.launchId = QStringLiteral("L1");
    r.articleId = QStringLiteral("a1");
    r.actor = QStringLiteral("Japan");
    r.person = QStringLiteral("Yoshimasa Hayashi");
    r.role = QStringLiteral("Chief Cabinet Secretary");
    r.stance = Stance::Cooperation;
    r.quote = QStringLiteral("\u201cclose\u201d cooperation, \"always\"");
    r.date = FuzzyDate::unknown(2, QStringLiteral("on Tuesday"));
    r.evidence << ev(QStringLiteral("reaction"), 0, QStringLiteral("Hayashi underscored cooperation."));
    return r;
}

Article fullArticle()
{
    Article a;
    a.id = QStringLiteral("a1");
    a.filePath = QStringLiteral("/tmp/x é.txt");
    a.title = QStringLiteral("North Korea fires missile");
    a.outlet = QStringLiteral("Example News");
    a.text = QStringLiteral("Line one\nLine two \u2014 with \u201cquotes\u201d\n");
    a.contentHash = QByteArrayLiteral("0a1b2c");
    a.encoding = QStringLiteral("Windows-1252");
    a.publicationDate = QDate(2025, 1, 6);
    a.publicationDateSource = PubDateSource::Stamp;
    a.publicationDateText = QStringLiteral("Published January 06, 2025");
    a.publicationDateStart = 3;
    return a;
}

} // namespace

class TestModelJson : public QObject {
    Q_OBJECT

private slots:
    void fuzzyDate_data()
    {
        QTest::addColumn<FuzzyDate>("date");
        QTest::newRow("day") << FuzzyDate::onDay(QDate(2025, 1, 14), QStringLiteral("January 14"));
        QTest::newRow("week") << FuzzyDate::between(QDate(2025, 1, 4), QDate(2025, 1, 10),
                                                    DatePrecision::Week, QStringLiteral("a week earlier"));
        QTest::newRow("month") << FuzzyDate::between(QDate(2025, 7, 1), QDate(2025, 7, 31),
                                                     DatePrecision::Month, QStringLiteral("July"));
        QTest::newRow("day-of-year") << FuzzyDate::dayOfYear(11, 5, QStringLiteral("November 5"));
        QTest::newRow("unknown+weekday") << FuzzyDate::unknown(1, QStringLiteral("on Monday"));
        QTest::newRow("empty") << FuzzyDate();
        FuzzyDate year = FuzzyDate::between(QDate(2024, 1, 1), QDate(2024, 12, 31), DatePrecision::Year);
        year.weekday = 7;
        QTest::newRow("year+sunday") << year;
    }
    void fuzzyDate()
    {
        QFETCH(FuzzyDate, date);
        compareDate(json::fuzzyDateFromJson(json::toJson(date)), date);
    }

    void unknownValuesAreNull()
    {
        const QJsonObject d = json::toJson(FuzzyDate::unknown(3));
        QVERIFY(d.value(QLatin1String("earliest")).isNull());
        QVERIFY(d.value(QLatin1String("latest")).isNull());
        QCOMPARE(d.value(QLatin1String("weekday")).toString(), QStringLiteral("Wednesday"));
        QCOMPARE(d.value(QLatin1String("precision")).toString(), QStringLiteral("unknown"));
        QVERIFY(d.value(QLatin1String("text")).isNull());

        const QJsonObject q = json::toJson(Quantity{});
        QVERIFY(q.value(QLatin1String("value")).isNull());
        QVERIFY(q.value(QLatin1String("qualifier")).isNull());

        const QJsonObject s = json::toJson(Site{});
        QVERIFY(s.value(QLatin1String("lat")).isNull());
        QVERIFY(s.value(QLatin1String("lon")).isNull());
        QVERIFY(s.value(QLatin1String("name")).isNull());

        const QJsonObject c = json::toJson(Count{});
        QVERIFY(c.value(QLatin1String("min")).isNull());
        QVERIFY(c.value(QLatin1String("max")).isNull());

        const QJsonObject r = json::toJson(Reaction{});
        QVERIFY(r.value(QLatin1String("person")).isNull());
        QVERIFY(r.value(QLatin1String("quote")).isNull());
        QVERIFY(r.value(QLatin1String("launch")).isNull());
    }

    void quantityAndCountEdges()
    {
        Count exact;
        exact.min = exact.max = 3;
        const Count back = json::countFromJson(json::toJson(exact));
        QCOMPARE(back.min, 3);
        QCOMPARE(back.max, 3);
        const Count open = json::countFromJson(json::toJson(Count{}));
        QCOMPARE(open.min, 0);
        QCOMPARE(open.max, -1);
        QVERIFY(std::isnan(json::quantityFromJson(json::toJson(Quantity{})).value));
    }

    void weekdayNames_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("weekday");
        QTest::newRow("Monday") << QJsonValue(QStringLiteral("Monday")) << 1;
        QTest::newRow("lower case") << QJsonValue(QStringLiteral("friday")) << 5;
        QTest::newRow("number") << QJsonValue(7) << 7;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0;
        QTest::newRow("nonsense") << QJsonValue(QStringLiteral("Funday")) << 0;
        QTest::newRow("out of range") << QJsonValue(9) << 0;
    }
    void weekdayNames()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, weekday);
        QCOMPARE(json::weekdayFrom(value), weekday);
    }

    void article()
    {
        const Article a = fullArticle();
        const Article b = json::articleFromJson(json::toJson(a));
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.filePath, a.filePath);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.outlet, a.outlet);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.contentHash, a.contentHash);
        QCOMPARE(b.encoding, a.encoding);
        QCOMPARE(b.publicationDate, a.publicationDate);
        QCOMPARE(b.publicationDateSource, a.publicationDateSource);
        QCOMPARE(b.publicationDateText, a.publicationDateText);
        QCOMPARE(b.publicationDateStart, a.publicationDateStart);
    }

    void launchMention() { compareMention(json::launchMentionFromJson(json::toJson(fullMention())), fullMention()); }

    void launchEvent()
    {
        LaunchEvent e;
        e.id = QStringLiteral("L1");
        e.role = LaunchRole::Mentioned;
        e.date = FuzzyDate::onDay(QDate(2025, 1, 14), QStringLiteral("Tuesday"));
        e.inferredDate.narrow(QDate(), QDate(2025, 1, 20), QStringLiteral("Secretary Blinken"));
        e.timeOfDay = QStringLiteral("afternoon");
        e.site = fullMention().site;
        e.classes = QStringList{QStringLiteral("SRBM")};
        e.names = QStringList{QStringLiteral("KN-23"), QStringLiteral("Hwasong-11")};
        e.count.min = e.count.max = 1;
        e.distanceKm = fullMention().distanceKm;
        e.apogeeKm.value = 50.25;
        e.splashdown.land = true;
        e.mentions << fullMention() << fullMention();
        e.mentions[1].articleId = QStringLiteral("a2");
        Conflict c;
        c.field = QStringLiteral("distance");
        c.values << ConflictValue{QStringLiteral("1100 km"), QStringLiteral("a1"), QStringLiteral("JCS")}
                 << ConflictValue{QStringLiteral("1500 km"), QStringLiteral("a2"), QString()};
        e.conflicts << c;
        e.rejected = true;
        e.note = QStringLiteral("artillery, not a missile");

        const LaunchEvent b = json::launchEventFromJson(json::toJson(e));
        QCOMPARE(b.id, e.id);
        QCOMPARE(b.role, e.role);
        compareDate(b.date, e.date);
        QCOMPARE(b.inferredDate.earliest, e.inferredDate.earliest);
        QCOMPARE(b.inferredDate.latest, e.inferredDate.latest);
        QCOMPARE(b.inferredDate.evidence, e.inferredDate.evidence);
        QCOMPARE(b.timeOfDay, e.timeOfDay);
        QCOMPARE(b.site.name, e.site.name);
        QCOMPARE(b.classes, e.classes);
        QCOMPARE(b.names, e.names);
        QCOMPARE(b.count.min, 1);
        QCOMPARE(b.count.max, 1);
        compareQuantity(b.distanceKm, e.distanceKm);
        compareQuantity(b.apogeeKm, e.apogeeKm);
        QCOMPARE(b.splashdown.land, true);
        QCOMPARE(b.mentions.size(), 2);
        compareMention(b.mentions[0], e.mentions[0]);
        compareMention(b.mentions[1], e.mentions[1]);
        QCOMPARE(b.conflicts.size(), 1);
        QCOMPARE(b.conflicts[0].field, c.field);
        QCOMPARE(b.conflicts[0].values.size(), 2);
        QCOMPARE(b.conflicts[0].values[0].value, c.values[0].value);
        QCOMPARE(b.conflicts[0].values[0].articleId, c.values[0].articleId);
        QCOMPARE(b.conflicts[0].values[0].source, c.values[0].source);
        QCOMPARE(b.conflicts[0].values[1].source, QString());
        QCOMPARE(b.rejected, true);
        QCOMPARE(b.note, e.note);
    }

    void reaction() { compareReaction(json::reactionFromJson(json::toJson(fullReaction())), fullReaction()); }

    void everyStanceRoundTrips()
    {
        for (Stance s : allStances()) {
            Reaction r = fullReaction();
            r.stance = s;
            QCOMPARE(json::reactionFromJson(json::toJson(r)).stance, s);
        }
    }

    void articleExtractionThroughBytes()
    {
        ArticleExtraction x;
        x.articleId = QStringLiteral("a1");
        x.extractorVersion = QStringLiteral("3");
        x.launches << fullMention() << LaunchMention{};
        x.reactions << fullReaction() << fullReaction();
        x.reactions[1].stance = Stance::Urge;
        x.reactionLaunch << 0 << -1;

        ArticleExtraction y;
        QString error;
        QVERIFY2(json::fromBytes(json::toBytes(x), &y, &error), qPrintable(error));
        QCOMPARE(y.articleId, x.articleId);
        QCOMPARE(y.extractorVersion, x.extractorVersion);
        QCOMPARE(y.launches.size(), 2);
        compareMention(y.launches[0], x.launches[0]);
        compareMention(y.launches[1], x.launches[1]);
        QCOMPARE(y.reactions.size(), 2);
        compareReaction(y.reactions[0], x.reactions[0]);
        compareReaction(y.reactions[1], x.reactions[1]);
        QCOMPARE(y.reactionLaunch, x.reactionLaunch);
    }

    void catalogThroughBytes()
    {
        Catalog c;
        c.articles << fullArticle();
        LaunchEvent e;
        e.id = QStringLiteral("L1");
        e.mentions << fullMention();
        c.launches << e;
        c.reactions << fullReaction();
        c.problems << Problem{QStringLiteral("/x/bad.bin"), QStringLiteral("binary content")};

        Catalog d;
        QString error;
        QVERIFY2(json::fromBytes(json::toBytes(c), &d, &error), qPrintable(error));
        QCOMPARE(d.articles.size(), 1);
        QCOMPARE(d.articles[0].text, c.articles[0].text);
        QCOMPARE(d.launches.size(), 1);
        QCOMPARE(d.launches[0].id, QStringLiteral("L1"));
        compareMention(d.launches[0].mentions[0], c.launches[0].mentions[0]);
        QCOMPARE(d.reactions.size(), 1);
        compareReaction(d.reactions[0], c.reactions[0]);
        QCOMPARE(d.problems.size(), 1);
        QCOMPARE(d.problems[0].file, c.problems[0].file);
        QCOMPARE(d.problems[0].message, c.problems[0].message);
        // Twice through gives the same bytes: nothing drifts.
        QCOMPARE(json::toBytes(d), json::toBytes(c));
    }

    void badBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArrayLiteral("{\"article\": \"a");
        QTest::newRow("array") << QByteArrayLiteral("[1,2,3]");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4);
    }
    void badBytes()
    {
        QFETCH(QByteArray, bytes);
        ArticleExtraction x;
        x.articleId = QStringLiteral("kept");
        QString error;
        QVERIFY(!json::fromBytes(bytes, &x, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(x.articleId, QStringLiteral("kept"));
    }

    void wrongTypesFallBackToDefaults()
    {
        const QByteArray weird = QByteArrayLiteral(
            "{\"article\": 5, \"launches\": {\"x\": 1}, \"reactions\": [{\"stance\": \"nonsense\","
            " \"date\": {\"earliest\": \"not a date\", \"weekday\": 12}, \"evidence\": [{\"start\": \"x\"}]}]}");
        ArticleExtraction x;
        QVERIFY(json::fromBytes(weird, &x));
        QCOMPARE(x.articleId, QString());
        QCOMPARE(x.launches.size(), 0);
        QCOMPARE(x.reactions.size(), 1);
        QCOMPARE(x.reactions[0].stance, Stance::Acknowledge);
        QVERIFY(!x.reactions[0].date.earliest.isValid());
        QCOMPARE(x.reactions[0].date.weekday, 0);
        QCOMPARE(x.reactions[0].evidence.size(), 1);
        QVERIFY(!x.reactions[0].evidence[0].isValid());
    }
};

QTEST_GUILESS_MAIN(TestModelJson)
#include "tst_modeljson.moc"
