// Cross-article merge: which mentions are one launch, conflicts kept side by
// side, office-holder bounds and the inference that links an undated launch.
#include "extract/LaunchMerger.h"
#include "extract/OfficeHolders.h"

#include <QtTest>

using namespace atlas;

namespace {

LaunchMention mention(const QString &article, const FuzzyDate &date, const QStringList &classes, int spanStart = 10)
{
    LaunchMention m;
    m.articleId = article;
    m.date = date;
    m.classes = classes;
    m.evidence << Evidence{article, QStringLiteral("launch"), spanStart, spanStart + 5, QStringLiteral("fired")};
    return m;
}

Article article(const QString &id, const QString &text = {}, const QDate &pub = {})
{
    Article a;
    a.id = id;
    a.filePath = id + QStringLiteral(".txt");
    a.text = text;
    a.publicationDate = pub;
    return a;
}

ArticleExtraction extraction(const QString &id, const QVector<LaunchMention> &launches)
{
    ArticleExtraction x;
    x.articleId = id;
    x.launches = launches;
    return x;
}

FuzzyDate day(int y, int m, int d) { return FuzzyDate::onDay(QDate(y, m, d)); }

} // namespace

class TestMerger : public QObject {
    Q_OBJECT
private slots:
    void sameDayIsOneLaunchAndConflictsAreKept()
    {
        LaunchMention a = mention("a", day(2025, 1, 14), {"SRBM"});
        a.distanceKm.value = 1100;
        a.claimant = "JCS";
        LaunchMention b = mention("b", day(2025, 1, 14), {"SRBM"});
        b.distanceKm.value = 1500;
        b.claimant = "KCNA";
        const auto out = LaunchMerger().merge({article("a"), article("b")}, {extraction("a", {a}), extraction("b", {b})});
        QCOMPARE(out.launches.size(), 1);
        const LaunchEvent &e = out.launches.first();
        QCOMPARE(e.mentions.size(), 2);
        QCOMPARE(e.distanceKm.value, 1100.0); // the first account, never an average
        QVERIFY(e.hasConflict("distance"));
        for (const Conflict &c : e.conflicts) {
            if (c.field == QLatin1String("distance")) {
                QCOMPARE(c.values.size(), 2);
                QCOMPARE(c.values.at(0).source, QStringLiteral("JCS"));
                QCOMPARE(c.values.at(1).source, QStringLiteral("KCNA"));
            }
        }
    }

    void separateLaunches_data()
    {
        QTest::addColumn<FuzzyDate>("dateA");
        QTest::addColumn<QStringList>("classesA");
        QTest::addColumn<FuzzyDate>("dateB");
        QTest::addColumn<QStringList>("classesB");
        QTest::addColumn<int>("events");
        const FuzzyDate may = FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 31), DatePrecision::Month);
        const FuzzyDate earlyMay = FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10), DatePrecision::PartOfMonth);
        QTest::newRow("different days") << day(2025, 1, 14) << QStringList{"SRBM"} << day(2025, 1, 15) << QStringList{"SRBM"} << 2;
        QTest::newRow("cruise vs ballistic same day") << day(2025, 1, 14) << QStringList{"cruise"} << day(2025, 1, 14) << QStringList{"SRBM"} << 2;
        QTest::newRow("air defence vs ICBM") << day(2025, 3, 3) << QStringList{"air-defense"} << day(2025, 3, 3) << QStringList{"ICBM"} << 2;
        QTest::newRow("hypersonic goes with IRBM") << day(2025, 1, 6) << QStringList{"hypersonic"} << day(2025, 1, 6) << QStringList{"IRBM"} << 1;
        QTest::newRow("month and part of month, same class") << may << QStringList{"SRBM"} << earlyMay << QStringList{"SRBM"} << 1;
        QTest::newRow("month and part of month, other class") << may << QStringList{"cruise"} << earlyMay << QStringList{"SRBM"} << 2;
        QTest::newRow("overlap without shared class or site") << may << QStringList{"ICBM"} << earlyMay << QStringList{"hypersonic"} << 2;
        QTest::newRow("same day, no classes") << day(2024, 11, 5) << QStringList{} << day(2024, 11, 5) << QStringList{} << 1;
    }
    void separateLaunches()
    {
        QFETCH(FuzzyDate, dateA);
        QFETCH(QStringList, classesA);
        QFETCH(FuzzyDate, dateB);
        QFETCH(QStringList, classesB);
        QFETCH(int, events);
        const auto out = LaunchMerger().merge({article("a"), article("b")},
                                              {extraction("a", {mention("a", dateA, classesA)}), extraction("b", {mention("b", dateB, classesB)})});
        QCOMPARE(out.launches.size(), events);
    }

    void twoLaunchesOfOneArticleStayTwo()
    {
        const auto out = LaunchMerger().merge({article("a")}, {extraction("a", {mention("a", day(2025, 1, 14), {"SRBM"}, 1),
                                                                             mention("a", day(2025, 1, 14), {"SRBM"}, 50)})});
        QCOMPARE(out.launches.size(), 2);
        QVERIFY(out.launches.at(0).id != out.launches.at(1).id);
    }

    void mentionConflictsCarryOver()
    {
        LaunchMention m = mention("a", day(2025, 1, 6), {"MRBM", "IRBM"});
        m.conflicts.append({"class", {{"MRBM", "a", {}}, {"IRBM", "a", {}}}});
        const auto out = LaunchMerger().merge({article("a")}, {extraction("a", {m})});
        QCOMPARE(out.launches.size(), 1);
        QVERIFY(out.launches.first().hasConflict("class"));
        QCOMPARE(out.launches.first().classes, (QStringList{"MRBM", "IRBM"}));
    }

    void idsAreStableAndReactionsFollow()
    {
        ArticleExtraction xa = extraction("a", {mention("a", day(2025, 1, 14), {"SRBM"})});
        Reaction r;
        r.articleId = "a";
        r.actor = "Japan";
        xa.reactions << r;
        xa.reactionLaunch << 0;
        const ArticleExtraction xb = extraction("b", {mention("b", day(2025, 1, 14), {"SRBM"}, 99)});
        const auto one = LaunchMerger().merge({article("a"), article("b")}, {xa, xb});
        const auto two = LaunchMerger().merge({article("a"), article("b")}, {xa, xb});
        QCOMPARE(one.launches.size(), 1);
        QCOMPARE(one.launches.first().id, two.launches.first().id);
        QCOMPARE(one.launches.first().id, LaunchMerger::launchId(xa.launches.first()));
        QCOMPARE(one.reactions.size(), 1);
        QCOMPARE(one.reactions.first().launchId, one.launches.first().id);
    }

    void officeHoldersBoundAnUndatedArticle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("secretary of state") << "U.S. Secretary of State Antony Blinken said." << QDate(2021, 1, 26) << QDate(2025, 1, 20);
        QTest::newRow("acting president comma") << "Blinken met South Korea's Acting President, Choi Sang-mok." << QDate(2024, 12, 27) << QDate(2025, 3, 24);
        QTest::newRow("both") << "Secretary of State Antony Blinken met Acting President Choi Sang-mok." << QDate(2024, 12, 27) << QDate(2025, 1, 20);
        QTest::newRow("titled alias") << "Secretary Blinken spoke in Seoul." << QDate(2021, 1, 26) << QDate(2025, 1, 20);
        QTest::newRow("administration") << "The Biden administration condemned the launch." << QDate(2021, 1, 20) << QDate(2025, 1, 20);
        QTest::newRow("open-ended") << "Prime Minister Sanae Takaichi said no damage was reported." << QDate(2025, 10, 21) << QDate();
        QTest::newRow("name after role words") << "Choi Sang-mok, South Korea's acting president, said." << QDate(2024, 12, 27) << QDate(2025, 3, 24);
    }
    void officeHoldersBoundAnUndatedArticle()
    {
        QFETCH(QString, text);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const DateInference inf = OfficeHolders::bundled().bounds(text);
        QCOMPARE(inf.earliest, earliest);
        QCOMPARE(inf.latest, latest);
        QVERIFY(!inf.evidence.isEmpty());
    }

    void weakNamesSayNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("surname only") << "Blinken said the launch was a violation.";
        QTest::newRow("former") << "Former Secretary of State Antony Blinken criticised the launch.";
        QTest::newRow("then") << "then-Secretary of State Antony Blinken had warned of it.";
        QTest::newRow("name without office") << "Antony Blinken has written about North Korea.";
        QTest::newRow("no one") << "North Korea fired a missile on Monday.";
    }
    void weakNamesSayNothing()
    {
        QFETCH(QString, text);
        QVERIFY(OfficeHolders::bundled().bounds(text).isEmpty());
    }

    void undatedLaunchIsLinkedByInference()
    {
        // Article u: no publication date, "on Monday", with Blinken and Choi.
        Article u = article("u", "Secretary of State Antony Blinken met Acting President Choi Sang-mok on Monday.");
        LaunchMention um = mention("u", FuzzyDate::unknown(Qt::Monday, "on Monday"), {"IRBM"});
        // Article d: a hypersonic test in the week 4-10 January 2025.
        Article d = article("d");
        LaunchMention dm = mention("d", FuzzyDate::between(QDate(2025, 1, 4), QDate(2025, 1, 10), DatePrecision::Week, "a week earlier"), {"hypersonic"});
        dm.role = LaunchRole::Mentioned;
        const auto out = LaunchMerger().merge({d, u}, {extraction("d", {dm}), extraction("u", {um})});
        // Two launches: the dated account, and the undated one with the inferred
        // day beside its stated weekday (never in its place).
        QCOMPARE(out.launches.size(), 2);
        const LaunchEvent &e = out.launches.last();
        QCOMPARE(e.inferredDate.earliest, QDate(2025, 1, 6));
        QCOMPARE(e.inferredDate.latest, QDate(2025, 1, 6));
        QCOMPARE(e.inferredDate.evidence.size(), 3);
        QVERIFY(e.inferredDate.evidence.last().contains(QLatin1String("2025-01-06")));
        QCOMPARE(e.role, LaunchRole::Primary);
        QCOMPARE(e.mentions.size(), 1);
        QCOMPARE(e.date.precision, DatePrecision::Unknown);
        QCOMPARE(e.date.weekday, int(Qt::Monday));
        QCOMPARE(out.launches.first().date.precision, DatePrecision::Week);
    }

    void ambiguousInferenceLinksNothing()
    {
        Article u = article("u", "Secretary of State Antony Blinken said on Monday.");
        LaunchMention um = mention("u", FuzzyDate::unknown(Qt::Monday, "on Monday"), {"SRBM"});
        const auto out = LaunchMerger().merge(
            {article("a"), article("b"), u},
            {extraction("a", {mention("a", day(2024, 12, 2), {"SRBM"})}), extraction("b", {mention("b", day(2024, 12, 9), {"SRBM"})}),
             extraction("u", {um})});
        QCOMPARE(out.launches.size(), 3); // two Mondays fit: no link, bounds only
        const LaunchEvent &e = out.launches.last();
        QCOMPARE(e.inferredDate.latest, QDate(2025, 1, 20));
        QCOMPARE(e.mentions.size(), 1);
    }

    // "In June" with no year, in an article Blinken's term bounds: only a cluster
    // with a day in June fits (December 2024 does not, whatever its class).
    void monthWithoutYearFitsOnlyItsMonth()
    {
        Article u = article("u", "Secretary of State Antony Blinken said the North fired an IRBM in June.");
        LaunchMention um = mention("u", [] { FuzzyDate f = FuzzyDate::unknown(0, QStringLiteral("in June")); f.month = 6; return f; }(), {"IRBM"});
        const auto none = LaunchMerger().merge({article("a"), u},
                                               {extraction("a", {mention("a", day(2024, 12, 2), {"IRBM"})}), extraction("u", {um})});
        QCOMPARE(none.launches.size(), 2);
        QCOMPARE(none.launches.last().inferredDate.latest, QDate(2025, 1, 20)); // bounds only, no link
        const auto june = LaunchMerger().merge({article("a"), u},
                                               {extraction("a", {mention("a", day(2024, 6, 26), {"IRBM"})}), extraction("u", {um})});
        QCOMPARE(june.launches.size(), 2);
        QCOMPARE(june.launches.last().inferredDate.earliest, QDate(2024, 6, 26));
    }

    void noBoundsNoLink()
    {
        // A Tuesday with nothing to bound it stays alone, whatever else is on a Tuesday.
        const auto out = LaunchMerger().merge(
            {article("a"), article("u", "North Korea fired missiles on Tuesday.")},
            {extraction("a", {mention("a", day(2025, 1, 14), {"ballistic"})}),
             extraction("u", {mention("u", FuzzyDate::unknown(Qt::Tuesday, "on Tuesday"), {"ballistic"})})});
        QCOMPARE(out.launches.size(), 2);
        QVERIFY(out.launches.last().inferredDate.isEmpty());
    }

    void manyArticlesMergeQuickly()
    {
        QVector<Article> articles;
        QVector<ArticleExtraction> xs;
        for (int i = 0; i < 20000; ++i) {
            const QString id = QString::number(i);
            articles << article(id);
            xs << extraction(id, {mention(id, day(2020, 1, 1).earliest.isValid() ? FuzzyDate::onDay(QDate(2020, 1, 1).addDays(i % 1500)) : FuzzyDate(), {"SRBM"})});
        }
        QElapsedTimer t;
        t.start();
        const auto out = LaunchMerger().merge(articles, xs);
        QCOMPARE(out.launches.size(), 1500);
        QVERIFY2(t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMerger)
#include "tst_merger.moc"
