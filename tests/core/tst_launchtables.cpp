// Launches listed in a table (launch/TableLaunches): one launch per dated row,
// each cell read by its column header; tables that are not of launches, and rows
// without a day, give none; prose repeating a listed day adds no launch.
// Tables written for these tests, in several header wordings and layouts.
#include "extract/DelimitedCells.h"
#include "extract/LaunchExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "extract/launch/TableLaunches.h"
#include "geo/Gazetteer.h"

#include <QtTest>

#include <random>

using namespace atlas;

namespace {

// A list has no publication date unless given: rows carry their years.
LaunchExtractor::Result run(const QString &text, const QDate &published = {})
{
    static const LaunchExtractor extractor(Gazetteer::bundled());
    Article a;
    a.id = QStringLiteral("t");
    a.text = text;
    const TemporalTagger tagger(published);
    return extractor.extract(a, splitSentences(text), tagger);
}

QString describe(const LaunchMention &m)
{
    QStringList c = m.classes;
    c.sort();
    auto qty = [](const Quantity &q) { return q.isValid() ? QString::number(qRound(q.value)) : QStringLiteral("-"); };
    return QStringLiteral("%1 %2 [%3] {%4} n=%5..%6 d=%7 a=%8 %9 %10")
        .arg(m.date.earliest.toString(Qt::ISODate), m.site.name.isEmpty() ? m.site.text : m.site.name, c.join(u','),
             m.names.join(u','))
        .arg(m.count.min)
        .arg(m.count.max)
        .arg(qty(m.distanceKm), qty(m.apogeeKm), m.splashdown.sea, m.splashdown.eez);
}

} // namespace

class TestLaunchTables : public QObject {
    Q_OBJECT
private slots:
    void lineScanFindsTheHeadersShortCellsWould()
    {
        // scanTableLine's one pass must say "may be a header" exactly where
        // shortCellDelimiters counts four commas or tabs, and find the line's end
        // and bars as indexOf and contains do.
        static const QStringList pieces{QStringLiteral(","), QStringLiteral(", "), QStringLiteral("\t"), QStringLiteral("|"),
                                        QStringLiteral("date"), QStringLiteral("2025-01-06"), QStringLiteral("x"),
                                        QStringLiteral("a fairly long cell of prose words here"), QStringLiteral("é"),
                                        QStringLiteral("\n"), QStringLiteral(" ")};
        std::mt19937 rng(13);
        std::uniform_int_distribution<int> pick(0, int(pieces.size()) - 1), repeat(0, 12);
        int headers = 0;
        for (int round = 0; round < 20000; ++round) {
            QString text;
            for (int k = round % 60; k >= 0; --k) {
                const QString &p = pieces.at(pick(rng));
                text += p.repeated(p.size() == 1 && p != QLatin1String("\n") ? 1 + repeat(rng) : 1);
            }
            for (qsizetype ls = 0; ls < text.size();) {
                const launch::LineScan scan = launch::scanTableLine(text, ls, true);
                qsizetype le = text.indexOf(u'\n', ls);
                if (le < 0)
                    le = text.size();
                const QStringView line = QStringView(text).mid(ls, le - ls);
                const auto [commas, tabs] = shortCellDelimiters(line, 40, 400);
                QCOMPARE(scan.end, le);
                QCOMPARE(scan.bar, line.contains(u'|'));
                QVERIFY2(scan.mayBeHeader == (commas >= 4 || tabs >= 4), qPrintable(line.toString()));
                headers += scan.mayBeHeader ? 1 : 0;
                ls = le + 1;
            }
        }
        QVERIFY(headers > 500);
    }

    // Each row of a launch table is a launch with its cells' facts.
    void rowsAreLaunches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("launches"); // describe() of each, in row order
        QTest::newRow("markdown-full")
            << QStringLiteral("# Tests in 2023\n\n| Date | Launch site | Missile | Type | Number | Flight distance | Apogee | Splashdown |\n"
                              "|---|---|---|---|---|---|---|---|\n"
                              "| 12 July 2023 | Pyongyang | Hwasong-18 | ICBM | 1 | c. 1,000 km | c. 6,000 km | East Sea |\n"
                              "| 24 July 2023 | Wonsan | Unknown | SRBM | 2 | about 400 km | 50 km | Sea of Japan, outside Japan's EEZ |\n")
            << QStringList{QStringLiteral("2023-07-12 Pyongyang [ICBM] {Hwasong-18} n=1..1 d=1000 a=6000 East Sea "),
                           QStringLiteral("2023-07-24 Wonsan [SRBM] {} n=2..2 d=400 a=50 East Sea outside")};
        QTest::newRow("no-outer-bars")
            << QStringLiteral("Launch log\n\nDate (KST) | Location | Class | Count | Range flown\n--- | --- | --- | --- | ---\n"
                              "3 March 2024 | Sinpo | SLBM | one | 600 km\n"
                              "18 March 2024 | Kanggye | SRBM | At least 3 | up to 300 km\n")
            << QStringList{QStringLiteral("2024-03-03 Sinpo [SLBM] {} n=1..1 d=600 a=-  "),
                           QStringLiteral("2024-03-18 Kanggye [SRBM] {} n=3..-1 d=300 a=-  ")};
        QTest::newRow("other-header-words")
            << QStringLiteral("| When | Origin | Designation | Category | How many | Range | Max altitude | Impact area |\n"
                              "|:--|:--|:--|:--|--:|--:|--:|:--|\n"
                              "| 5 May 2022 | Sunan | Hwasong-17 | ICBM | 1 | 1,100 km | 6,200 km | Sea of Japan |\n")
            << QStringList{QStringLiteral("2022-05-05 Sunan [ICBM] {Hwasong-17} n=1..1 d=1100 a=6200 East Sea ")};
        // A type cell names the class by its range or basing, without "missile".
        QTest::newRow("range-words-in-type-cells")
            << QStringLiteral("| Date | Missile type (as reported) | Launch area |\n| --- | --- | --- |\n"
                              "| 6 January 2025 | Intermediate-range, hypersonic (DPRK claim) | Pyongyang area |\n"
                              "| 14 January 2025 | Short-range ballistic (several) | Kanggye |\n"
                              "| 10 March 2025 | Close-range ballistic | Jangyon |\n"
                              "| 18 September 2025 | Submarine-launched ballistic (SLBM) | Sinpo |\n"
                              "| 3 December 2025 | Intercontinental ballistic | Sunan |\n"
                              "| 28 October 2025 | Strategic cruise | Nampo |\n"
                              "| 2 May 2025 | Medium-range ballistic | Wonsan |\n")
            << QStringList{QStringLiteral("2025-01-06 Pyongyang [IRBM,hypersonic] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2025-01-14 Kanggye [SRBM] {} n=2..-1 d=- a=-  "),
                           QStringLiteral("2025-03-10 Jangyon [CRBM] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2025-09-18 Sinpo [SLBM] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2025-12-03 Sunan [ICBM] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2025-10-28 Nampo [cruise] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2025-05-02 Wonsan [MRBM] {} n=0..-1 d=- a=-  ")};
        // With no count column, a count in brackets in the type cell; a notes column's names and waters.
        QTest::newRow("type-cell-count-and-notes")
            << QStringLiteral("| Date (2025) | Launch area | Type (as reported) | Range | Notes |\n|---|---|---|---|---|\n"
                              "| 14 Jan 2025 | Kanggye | SRBM (several) | ~250 km | |\n"
                              "| 10 Mar 2025 | Jangyon | CRBM (two) | not given | into the Yellow Sea |\n"
                              "| 18 Sep 2025 | Sinpo | SLBM (1) | ~600 km | KCNA: Pukguksong-6 |\n"
                              "| 7 Nov 2025 | Taegwan | SRBM (at least 2) | ~700 km | outside Japan's EEZ |\n"
                              "| 8 May 2025 | Wonsan | SRBM (KCNA: Hwasong-11) | up to 800 km | 2 fired, 1 failed |\n")
            << QStringList{QStringLiteral("2025-01-14 Kanggye [SRBM] {} n=2..-1 d=250 a=-  "),
                           QStringLiteral("2025-03-10 Jangyon [CRBM] {} n=2..2 d=- a=- Yellow Sea "),
                           QStringLiteral("2025-09-18 Sinpo [SLBM] {Pukguksong-6} n=1..1 d=600 a=-  "),
                           QStringLiteral("2025-11-07 Taegwan County [SRBM] {} n=2..-1 d=700 a=-  outside"),
                           QStringLiteral("2025-05-08 Wonsan [SRBM] {Hwasong-11} n=0..-1 d=800 a=-  ")};
        QTest::newRow("several-and-yellow-sea")
            << QStringLiteral("| Date | Site | Type | Number | Sea |\n|---|---|---|---|---|\n"
                              "| 9 November 2024 | Jangyon | CRBM | Several | Yellow Sea |\n"
                              "| 30 November 2024 | Unknown | cruise missile | multiple | West Sea |\n")
            << QStringList{QStringLiteral("2024-11-09 Jangyon [CRBM] {} n=2..-1 d=- a=- Yellow Sea "),
                           QStringLiteral("2024-11-30  [cruise] {} n=2..-1 d=- a=- Yellow Sea ")};
        QTest::newRow("two-distances-conflict")
            << QStringLiteral("| Date | Missile | Type | Distance |\n|---|---|---|---|\n"
                              "| 1 June 2025 | KN-23 | SRBM | 500 km (South Korea); 450 km (Japan) |\n")
            << QStringList{QStringLiteral("2025-06-01  [SRBM] {KN-23} n=0..-1 d=500 a=-  ")};
        // Plain-text exports: no rule under the header, which may be a comment line.
        QTest::newRow("export-comment-header")
            << QStringLiteral("# tracker dump, 2024\n# fields: date | launch site | type | qty | flight range | peak altitude | waters\n"
                              "2024-05-30 | Sunan area | SRBM | 3+ | ~350 km | ~80 km | East Sea\n"
                              "2024-09-18 | Kaechon | SRBM | several | ~400 km | n/a | East Sea\n")
            << QStringList{QStringLiteral("2024-05-30 Sunan [SRBM] {} n=3..-1 d=350 a=80 East Sea "),
                           QStringLiteral("2024-09-18 Kaechon [SRBM] {} n=2..-1 d=400 a=- East Sea ")};
        QTest::newRow("export-plain-header")
            << QStringLiteral("Date | Site | Missile | Count | Distance\n"
                              "14 May 2025 | Wonsan | Hwasong-11 | 2 | 800 km\n"
                              "6 June 2025 | Sinpo | SLBM | 1 | about 600 km\n")
            << QStringList{QStringLiteral("2025-05-14 Wonsan [] {Hwasong-11} n=2..2 d=800 a=-  "),
                           QStringLiteral("2025-06-06 Sinpo [SLBM] {} n=1..1 d=600 a=-  ")};
        QTest::newRow("export-no-spaces")
            << QStringLiteral("when|class|number|range|sea\n2023-12-18|ICBM|1|~1,000 km|East Sea\n2023-12-17|SRBM|1|~570 km|East Sea\n")
            << QStringList{QStringLiteral("2023-12-18  [ICBM] {} n=1..1 d=1000 a=- East Sea "),
                           QStringLiteral("2023-12-17  [SRBM] {} n=1..1 d=570 a=- East Sea ")};
        QTest::newRow("export-plus-and-na")
            << QStringLiteral("#date_utc | origin | category | how many | range | apogee\n"
                              "2022-11-02 | Jongju | SRBM | 4+ | n/a | n/a\n"
                              "# 2022-11-03: none confirmed\n")
            << QStringList{QStringLiteral("2022-11-02 Jongju [SRBM] {} n=4..-1 d=- a=-  ")};
        QTest::newRow("export-row-without-missile-skipped")
            << QStringLiteral("date | site | type | count\n2025-06-05 | Jangsan Cape | coastal artillery | 20\n"
                              "2025-06-09 | Jangyon | CRBM | several\n")
            << QStringList{QStringLiteral("2025-06-09 Jangyon [CRBM] {} n=2..-1 d=- a=-  ")};
        // Spreadsheets pasted as text: cells between commas or tabs, the header a
        // line of short labels (a blank line may follow it).
        QTest::newRow("csv-columns-line")
            << QStringLiteral("Working log (pasted)\ncolumns: date_kst, site, type, count, distance, splash\n\n"
                              "2024-03-18, Kanggye, SRBM, several, 300 km, East Sea\n"
                              "2024-04-02, Pyongyang area, IRBM (hypersonic), 1, 600 km, -\n\nnotes: JCS figures.\n")
            << QStringList{QStringLiteral("2024-03-18 Kanggye [SRBM] {} n=2..-1 d=300 a=- East Sea "),
                           QStringLiteral("2024-04-02 Pyongyang [IRBM,hypersonic] {} n=1..1 d=600 a=-  ")};
        QTest::newRow("csv-plain-header")
            << QStringLiteral("Date,Launch site,Missile,Class,Number,Range\n"
                              "12 July 2023,Pyongyang,Hwasong-18,ICBM,1,1000 km\n"
                              "24 July 2023,Wonsan,-,SRBM,2,400 km\n")
            << QStringList{QStringLiteral("2023-07-12 Pyongyang [ICBM] {Hwasong-18} n=1..1 d=1000 a=-  "),
                           QStringLiteral("2023-07-24 Wonsan [SRBM] {} n=2..2 d=400 a=-  ")};
        QTest::newRow("tab-separated")
            << QStringLiteral("day\torigin\ttype\tqty\tflight distance\n"
                              "2024-01-14\tSinpo\tcruise\tseveral\t-\n"
                              "2024-05-30\tSunan\tSRBM\t18\t350 km\n")
            << QStringList{QStringLiteral("2024-01-14 Sinpo [cruise] {} n=2..-1 d=- a=-  "),
                           QStringLiteral("2024-05-30 Sunan [SRBM] {} n=18..18 d=350 a=-  ")};
        QTest::newRow("csv-ballistic-alone")
            << QStringLiteral("when, where, type, number, note\n"
                              "2024-06-26, Pyongyang, ballistic, 1, failed\n"
                              "2024-07-01, Jangyon, short-range ballistic missile, 2, -\n")
            << QStringList{QStringLiteral("2024-06-26 Pyongyang [ballistic] {} n=1..1 d=- a=-  "),
                           QStringLiteral("2024-07-01 Jangyon [SRBM] {} n=2..2 d=- a=-  ")};
        QTest::newRow("csv-row-with-comma-ends-table")
            << QStringLiteral("date, site, type, count, distance\n"
                              "2024-09-12, Pyongyang, SRBM, several, 360 km\n"
                              "2024-09-18, Kaechon, SRBM, several, 1,100 km\n")
            << QStringList{QStringLiteral("2024-09-12 Pyongyang [SRBM] {} n=2..-1 d=360 a=-  ")};
        // One column for both figures, the distance before the slash; the other
        // sources' columns give names and waters; rows given for context (no launch,
        // a parade, an anniversary) are no launches.
        QTest::newRow("distance-apogee-column-and-source-columns")
            << QStringLiteral("| Date (KST) | Area | Type | No. | Range / altitude (JCS) | Tokyo's figures | State media claim |\n"
                              "|---|---|---|---|---|---|---|\n"
                              "| 2025-02-11 | Sinpo | SLBM | 1 | ~650 km / ~55 km | ~600 km; outside EEZ | Pukguksong-5 |\n"
                              "| 2025-04-15 | Kim Il Sung Square | *parade, Hwasong-19 shown (no launch)* | | | | |\n"
                              "| 2025-05-02 | Wonsan | SRBM | 2 | about 300 km / — | — | — |\n"
                              "| 2025-06-25 | — | *75th anniversary of the war's start* | | | | |\n"
                              "| 2025-07-01 | Pyongyang | IRBM | 1 | 1,000 km | — | Hwasong-16B |\n")
            << QStringList{QStringLiteral("2025-02-11 Sinpo [SLBM] {Pukguksong-5} n=1..1 d=650 a=55  outside"),
                           QStringLiteral("2025-05-02 Wonsan [SRBM] {} n=2..2 d=300 a=-  "),
                           QStringLiteral("2025-07-01 Pyongyang [IRBM] {Hwasong-16B} n=1..1 d=- a=-  ")};
        // The unit in the header ("Distance (km)", "Apogee, km"): the cells' bare figures
        // are kilometres, the first the value and the others (other sources') conflicts.
        QTest::newRow("km-in-header")
            << QStringLiteral("| Date | Type | Distance (km) | Apogee (km) |\n|---|---|---|---|\n"
                              "| 5 January 2028 | SRBM | ~430 / ~400 / 432 | ~50 (MOD) |\n"
                              "| 22 February 2028 | ICBM | 1,050 / 1,000 | >6,000 |\n")
            << QStringList{QStringLiteral("2028-01-05  [SRBM] {} n=0..-1 d=430 a=50  "),
                           QStringLiteral("2028-02-22  [ICBM] {} n=0..-1 d=1050 a=6000  ")};
        QTest::newRow("km-after-comma")
            << QStringLiteral("| Date | Missile | Range, km | Flight time |\n|---|---|---|---|\n| 3 February 2028 | IRBM | about 4400 | 22 min |\n")
            << QStringList{QStringLiteral("2028-02-03  [IRBM] {} n=0..-1 d=4400 a=-  ")};
        // A "What" column of what was fired, its rows each naming a missile (MM/DD declared).
        QTest::newRow("what-column")
            << QStringLiteral("| Date (MM/DD/YYYY, KST) | What | From | JCS distance |\n|---|---|---|---|\n"
                              "| 03/13/2025 | SRBM salvo (6 per KCNA) | Wonsan area | ~350 km |\n"
                              "| 03/25/2025 | 2 CRBMs | Hwangju area | ~230 km |\n")
            << QStringList{QStringLiteral("2025-03-13 Wonsan [SRBM] {} n=0..-1 d=350 a=-  "),
                           QStringLiteral("2025-03-25 Hwangju [CRBM] {} n=0..-1 d=230 a=-  ")};
        // A prefecture's table of past launches: an "Outline" of each (its class) and
        // its "Point of fall", the days in the Japanese era beside the kanji.
        QTest::newRow("outline-and-point-of-fall")
            << QStringLiteral("| Date | Outline | Point of fall |\n|---|---|---|\n"
                              "| \u4EE4\u548C4\u5E7411\u670818\u65E5 (18 Nov, Reiwa 4) | ICBM-class, flight time about 69 minutes | Inside the EEZ, about 200 km west of Oshima-Oshima Island |\n"
                              "| 7 April 2027 | ICBM-class | Inside the EEZ, in the Sea of Japan |\n")
            << QStringList{QStringLiteral("2022-11-18  [ICBM] {} n=0..-1 d=- a=-  inside"),
                           QStringLiteral("2027-04-07  [ICBM] {} n=0..-1 d=- a=- East Sea inside")};
        QTest::newRow("undated-row-skipped")
            << QStringLiteral("| Date | Type | Number |\n|---|---|---|\n| unknown | SRBM | 2 |\n| 7 April 2021 | SRBM | 2 |\n")
            << QStringList{QStringLiteral("2021-04-07  [SRBM] {} n=2..2 d=- a=-  ")};
    }

    void rowsAreLaunches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, launches);
        const LaunchExtractor::Result r = run(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << describe(m);
        QCOMPARE(got, launches);
    }

    // A report's table of the year's launches, its days without the year: every
    // row is a launch told, so a day the tagger would put in the coming weeks
    // ("Jan. 6" in a 15 December report) is the one before the report.
    void yearlessRowsAreBeforeTheReport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("launches");
        QTest::newRow("december-report")
            << QStringLiteral("| Date | Missile type | Launch area | Reported range |\n| --- | --- | --- | --- |\n"
                              "| Jan. 6 | IRBM | Pyongyang area | ~1,100 km |\n| Jan. 14 | SRBM | Kanggye | ~250 km |\n"
                              "| Nov. 7 | SRBM | Taegwan | ~700 km |\n")
            << QStringList{QStringLiteral("2025-01-06 Pyongyang [IRBM] {} n=0..-1 d=1100 a=-  "),
                           QStringLiteral("2025-01-14 Kanggye [SRBM] {} n=0..-1 d=250 a=-  "),
                           QStringLiteral("2025-11-07 Taegwan County [SRBM] {} n=0..-1 d=700 a=-  ")};
        QTest::newRow("day-first-rows")
            << QStringLiteral("| Date | Type | Area |\n|---|---|---|\n| 2 January | SRBM | Wonsan |\n| 10 December | ICBM | Sunan |\n")
            << QStringList{QStringLiteral("2025-01-02 Wonsan [SRBM] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2025-12-10 Sunan [ICBM] {} n=0..-1 d=- a=-  ")};
    }
    void yearlessRowsAreBeforeTheReport()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, launches);
        const LaunchExtractor::Result r = run(text, QDate(2025, 12, 15));
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << describe(m);
        QCOMPARE(got, launches);
    }

    // A date column whose header declares its figures' order ("Date (MM-DD)", "Date
    // (DD/MM)") dates its rows by it, in the year of the section heading above the
    // table, or else in the year before the report.
    void declaredNumericDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QStringList>("launches");
        QTest::newRow("month-first-heading-year")
            << QStringLiteral("## 2026\n\n| Date (MM-DD) | Site | Type |\n|---|---|---|\n| 01-04 | Near Pyongyang | SRBM |\n| 03-17 | Kusong | IRBM |\n")
            << QDate()
            << QStringList{QStringLiteral("2026-01-04 Pyongyang [SRBM] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2026-03-17 Kusong [IRBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("day-first-slash")
            << QStringLiteral("=== 2024 ===\n\n| Date (DD/MM) | Missile |\n|---|---|\n| 02/01 | SRBM |\n| 13/12 | ICBM |\n")
            << QDate()
            << QStringList{QStringLiteral("2024-01-02  [SRBM] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2024-12-13  [ICBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("no-heading-year-before-report")
            << QStringLiteral("| Date (M/D) | Type | Area |\n|---|---|---|\n| 1/6 | IRBM | Pyongyang |\n| 12/20 | SRBM | Wonsan |\n")
            << QDate(2025, 12, 15)
            << QStringList{QStringLiteral("2025-01-06 Pyongyang [IRBM] {} n=0..-1 d=- a=-  "),
                           QStringLiteral("2024-12-20 Wonsan [SRBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("footnote-mark")
            << QStringLiteral("## 2025\n\n| Date (MM.DD) | Type |\n|---|---|\n| 05.08[a] | SRBM |\n")
            << QDate()
            << QStringList{QStringLiteral("2025-05-08  [SRBM] {} n=0..-1 d=- a=-  ")};
        // No order declared: figures alone date no row.
        QTest::newRow("undeclared")
            << QStringLiteral("## 2026\n\n| Date | Type |\n|---|---|\n| 01-04 | SRBM |\n")
            << QDate() << QStringList{};
        // (Review) A year column dates its row; only the nearest heading gives the year,
        // and a year alone on a line is no heading; a row of another event is none.
        QTest::newRow("year-column")
            << QStringLiteral("| Year | Date (MM-DD) | Missile |\n|---|---|---|\n| 2017 | 07-04 | Hwasong-14 |\n| 2023 | 04-13 | Hwasong-18 |\n")
            << QDate(2025, 12, 15)
            << QStringList{QStringLiteral("2017-07-04  [] {Hwasong-14} n=0..-1 d=- a=-  "),
                           QStringLiteral("2023-04-13  [] {Hwasong-18} n=0..-1 d=- a=-  ")};
        QTest::newRow("nearest-heading-without-year")
            << QStringLiteral("## 2017\n\nSome history.\n\n## Recent tests\n\n| Date (DD/MM) | Type |\n|---|---|\n| 02/09 | SRBM |\n")
            << QDate(2025, 12, 15) << QStringList{QStringLiteral("2025-09-02  [SRBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("bare-year-line")
            << QStringLiteral("Founded\n2019\n\n| Date (MM-DD) | Type |\n|---|---|\n| 09-02 | SRBM |\n")
            << QDate(2025, 12, 15) << QStringList{QStringLiteral("2025-09-02  [SRBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("parade-row")
            << QStringLiteral("## 2025\n\n| Date (MM-DD) | Missile | Note |\n|---|---|---|\n| 04-15 | Hwasong-20 | expected parade display |\n| 05-08 | SRBM | fired |\n")
            << QDate() << QStringList{QStringLiteral("2025-05-08  [SRBM] {} n=0..-1 d=- a=-  ")};
        // An impossible day under the declared order is no day.
        QTest::newRow("impossible-day")
            << QStringLiteral("## 2026\n\n| Date (MM-DD) | Type |\n|---|---|\n| 13-04 | SRBM |\n")
            << QDate() << QStringList{};
        // The order declared in the prose above the table, not in its header.
        QTest::newRow("prose-dates-are-dd-mm")
            << QStringLiteral("## 2026\n\n*Dates are DD/MM, Korea Standard Time.*\n\n| Date | Type |\n|---|---|\n| 02/01 | SRBM |\n| 03/02 | ICBM |\n")
            << QDate() << QStringList{QStringLiteral("2026-01-02  [SRBM] {} n=0..-1 d=- a=-  "), QStringLiteral("2026-02-03  [ICBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("prose-days-in-mm-dd-form")
            << QStringLiteral("## 2026\n\nAll days below are given in MM-DD form.\n\n| Date | Type |\n|---|---|\n| 02-01 | SRBM |\n")
            << QDate() << QStringList{QStringLiteral("2026-02-01  [SRBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("prose-date-format-dd-mm-dots")
            << QStringLiteral("## 2025\n\nDate format: DD.MM. (KST)\n\n| Date | Missile |\n|---|---|\n| 05.01. | SRBM |\n")
            << QDate() << QStringList{QStringLiteral("2025-01-05  [SRBM] {} n=0..-1 d=- a=-  ")};
        // Told by the days themselves: a number over 12 first is a day.
        QTest::newRow("cells-tell-day-first")
            << QStringLiteral("## 2026\n\n| Date | Type |\n|---|---|\n| 05/01 | SRBM |\n| 27/01 | IRBM |\n")
            << QDate() << QStringList{QStringLiteral("2026-01-05  [SRBM] {} n=0..-1 d=- a=-  "), QStringLiteral("2026-01-27  [IRBM] {} n=0..-1 d=- a=-  ")};
        QTest::newRow("cells-tell-month-first")
            << QStringLiteral("## 2026\n\n| Date | Type |\n|---|---|\n| 01/05 | SRBM |\n| 01/27 | IRBM |\n")
            << QDate() << QStringList{QStringLiteral("2026-01-05  [SRBM] {} n=0..-1 d=- a=-  "), QStringLiteral("2026-01-27  [IRBM] {} n=0..-1 d=- a=-  ")};
        // Days that tell both orders, or neither, date nothing.
        QTest::newRow("cells-tell-both")
            << QStringLiteral("## 2026\n\n| Date | Type |\n|---|---|\n| 27/01 | SRBM |\n| 01/27 | IRBM |\n")
            << QDate() << QStringList{};
        // A missile's row that names a space launch vehicle stays; a satellite's goes.
        QTest::newRow("icbm-from-space-launch-vehicle")
            << QStringLiteral("## 2026\n\n| Date (DD/MM) | Type |\n|---|---|\n| 08/03 | ICBM (derived from a space launch vehicle) |\n| 09/03 | Satellite launch (failed) |\n")
            << QDate() << QStringList{QStringLiteral("2026-03-08  [ICBM] {} n=0..-1 d=- a=-  ")};
        // A space launch vehicle's row is no missile launch.
        QTest::newRow("space-launch-row")
            << QStringLiteral("## 2026\n\n| Date (DD/MM) | Type |\n|---|---|\n| 06/05 | Space launch vehicle |\n| 20/05 | IRBM |\n")
            << QDate() << QStringList{QStringLiteral("2026-05-20  [IRBM] {} n=0..-1 d=- a=-  ")};
    }
    void declaredNumericDays()
    {
        QFETCH(QString, text);
        QFETCH(QDate, published);
        QFETCH(QStringList, launches);
        const LaunchExtractor::Result r = run(text, published);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << describe(m);
        QCOMPARE(got, launches);
    }

    // "| # | Date | ... | No. |": beside another count column, "#" numbers the rows.
    void rowNumberBesideACountColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("launches");
        QTest::newRow("hash-and-no")
            << QStringLiteral("## 2025\n\n| # | Date (DD/MM) | Type | No. |\n|---|---|---|---|\n| 1 | 05/01 | SRBM | 3 |\n| 2 | 27/01 | IRBM | 1 |\n")
            << QStringList{QStringLiteral("2025-01-05  [SRBM] {} n=3..3 d=- a=-  "), QStringLiteral("2025-01-27  [IRBM] {} n=1..1 d=- a=-  ")};
        QTest::newRow("no-and-hash")
            << QStringLiteral("## 2025\n\n| Date (DD/MM) | No. | Type | # |\n|---|---|---|---|\n| 05/01 | 3 | SRBM | 1 |\n")
            << QStringList{QStringLiteral("2025-01-05  [SRBM] {} n=3..3 d=- a=-  ")};
        QTest::newRow("hash-and-number")
            << QStringLiteral("## 2025\n\n| # | Date (DD/MM) | Type | Number fired |\n|---|---|---|---|\n| 4 | 05/01 | SRBM | 2 |\n")
            << QStringList{QStringLiteral("2025-01-05  [SRBM] {} n=2..2 d=- a=-  ")};
        // A column holding 1, 2, 3 row after row numbers the rows, whatever its header.
        QTest::newRow("no-sequential-and-hash-counts")
            << QStringLiteral("## 2025\n\n| No. | Date (DD/MM) | Type | # |\n|---|---|---|---|\n| 1 | 05/01 | SRBM | 3 |\n| 2 | 27/01 | IRBM | 4 |\n| 3 | 24/02 | SRBM | 1 |\n")
            << QStringList{QStringLiteral("2025-01-05  [SRBM] {} n=3..3 d=- a=-  "), QStringLiteral("2025-01-27  [IRBM] {} n=4..4 d=- a=-  "),
                           QStringLiteral("2025-02-24  [SRBM] {} n=1..1 d=- a=-  ")};
        // A "Missiles" column of figures alone counts.
        QTest::newRow("missiles-column-of-figures")
            << QStringLiteral("## 2025\n\n| # | Date (DD/MM) | Type | Missiles |\n|---|---|---|---|\n| 1 | 06/03 | SRBM | 3 |\n| 2 | 07/03 | IRBM | 4 |\n")
            << QStringList{QStringLiteral("2025-03-06  [SRBM] {} n=3..3 d=- a=-  "), QStringLiteral("2025-03-07  [IRBM] {} n=4..4 d=- a=-  ")};
        // "#" alone counts.
        QTest::newRow("hash-alone")
            << QStringLiteral("## 2025\n\n| Date (DD/MM) | Type | # |\n|---|---|---|\n| 05/01 | SRBM | 3 |\n")
            << QStringList{QStringLiteral("2025-01-05  [SRBM] {} n=3..3 d=- a=-  ")};
    }
    void rowNumberBesideACountColumn()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, launches);
        const LaunchExtractor::Result r = run(text, QDate());
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << describe(m);
        QCOMPARE(got, launches);
    }

    // The report's own launch, told in prose above its table's row for the day: one
    // launch, the report's primary, with the sentence's facts the row lacks.
    void reportedLaunchFoldsIntoItsRow()
    {
        const QString text = QStringLiteral(
            "On December 3, 2025, North Korea flight-tested an intercontinental ballistic missile from Sunan that flew "
            "about 1,000 km and reached an altitude of about 6,400 km before falling into the Sea of Japan.\n\n"
            "| Date | Type | Launch area | Range |\n|---|---|---|---|\n| Jan. 6 | IRBM | Pyongyang | ~1,100 km |\n"
            "| Dec. 3 | ICBM (Hwasong-20) | Sunan | ~1,050 km |\n");
        const LaunchExtractor::Result r = run(text, QDate(2025, 12, 15));
        QCOMPARE(r.launches.size(), 2);
        const LaunchMention &m = r.launches.first();
        QCOMPARE(m.role, LaunchRole::Primary);
        QCOMPARE(describe(m), QStringLiteral("2025-12-03 Sunan [ICBM] {Hwasong-20} n=1..1 d=1050 a=6400 East Sea "));
        QVERIFY(std::any_of(m.conflicts.begin(), m.conflicts.end(), [](const Conflict &c) { return c.field == QLatin1String("distance"); }));
        QCOMPARE(r.launches.at(1).role, LaunchRole::Mentioned);
        QVERIFY(r.sentenceLaunch.contains(0)); // the prose sentence points at the row's launch
    }

    // The row says where it fell in part ("Inside the EEZ"), the sentence the rest
    // ("into the Sea of Japan"): the launch has both.
    void reportedSeaJoinsTheRowsZone()
    {
        const QString text = QStringLiteral(
            "On December 3, 2025, North Korea fired an intercontinental ballistic missile that fell into the Sea of Japan.\n\n"
            "| Date | Type | Point of fall |\n|---|---|---|\n| Dec. 3 | ICBM | Inside the EEZ |\n");
        const LaunchExtractor::Result r = run(text, QDate(2025, 12, 15));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(describe(r.launches.first()), QStringLiteral("2025-12-03  [ICBM] {} n=1..1 d=- a=- East Sea inside"));
    }

    // Tables that list no launches give none: no date column, no missile column.
    void notLaunchTables_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("specs-no-date") << QStringLiteral("| Missile | Type | Range |\n|---|---|---|\n| Hwasong-18 | ICBM | 15,000 km |\n| KN-23 | SRBM | 690 km |\n");
        QTest::newRow("events-no-missile-column") << QStringLiteral("| Date | Event |\n|---|---|\n| 10 October 2025 | Parade in Pyongyang |\n| 8 September 2025 | Engine ground test |\n");
        QTest::newRow("budget-table") << QStringLiteral("| Year | Budget | Share |\n|---|---|---|\n| 2024 | 1,200 | 15% |\n");
        QTest::newRow("header-without-rule") << QStringLiteral("Date | Type | Number\n4 May 2020 | dinner | 2\n");
        QTest::newRow("export-three-columns-no-rule") << QStringLiteral("date | type | number\n2025-01-01 | SRBM | 2\n");
        QTest::newRow("export-events-no-missile") << QStringLiteral("date | place | event | people\n2025-10-10 | Pyongyang | parade | 10,000\n2025-06-05 | Jangsan | artillery drill | n/a\n");
        QTest::newRow("csv-prose-commas") << QStringLiteral("On that date, the type, the count, the site, and the range were all unknown.\nOfficials, analysts, diplomats, reporters and others waited.\n");
        QTest::newRow("csv-events-no-missile") << QStringLiteral("date, place, event, people, note\n2025-10-10, Pyongyang, parade, 10000, -\n2025-06-05, Jangsan, artillery drill, -, -\n");
        QTest::newRow("exercises") << QStringLiteral("| Date | Exercise | Participants |\n|---|---|---|\n| 10 March 2025 | Freedom Shield | US, South Korea |\n");
        // A "What" column whose rows name no missile: events, no launches.
        QTest::newRow("what-events") << QStringLiteral("| Date | What | Where |\n|---|---|---|\n| 10 October 2025 | Military parade | Pyongyang |\n| 12 March 2025 | Freedom Shield drills begin | South Korea |\n");
        // A table of what was not a launch, whatever its header names.
        QTest::newRow("why-not-a-launch") << QStringLiteral("| Date | What | Why it isn't a DPRK missile launch |\n|---|---|---|\n| 10 January 2028 | 90 coastal artillery rounds | artillery |\n");
        QTest::newRow("not-a-missile-launch") << QStringLiteral("| Date | Event | Not a missile launch because |\n|---|---|---|\n| 4 February 2028 | Engine test at Sohae | ground test |\n");
        QTest::newRow("is-not-column") << QStringLiteral("| Date | Report | Missile? (is not a launch) |\n|---|---|---|\n| 17 February 2028 | Hyunmoo-5 test | South Korea's |\n");
    }

    void notLaunchTables()
    {
        QFETCH(QString, text);
        const LaunchExtractor::Result r = run(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << describe(m);
        QVERIFY2(r.launches.isEmpty(), qPrintable(got.join(u'\n')));
    }

    // A sentence under the table naming listed days is about those rows, not new
    // launches (what it adds goes to the row; the report's own launch comes first).
    void proseRepeatingARowAddsNoLaunch_data()
    {
        QTest::addColumn<QString>("prose");
        QTest::newRow("protests-after") << QStringLiteral("Japan lodged protests after the launches of 3 March 2024 and 18 March 2024.");
        QTest::newRow("condemned-each") << QStringLiteral("Seoul condemned the launch on 18 March 2024.");
        QTest::newRow("first-of-year") << QStringLiteral("The SLBM fired on 3 March 2024 was the first of the year.");
        QTest::newRow("on-day-fired") << QStringLiteral("On 18 March 2024, North Korea fired missiles from Kanggye.");
        QTest::newRow("both-days") << QStringLiteral("The launches on 3 March 2024 and on 18 March 2024 drew a UN meeting.");
    }

    void proseRepeatingARowAddsNoLaunch()
    {
        QFETCH(QString, prose);
        const QString text = QStringLiteral("| Date | Site | Type |\n|---|---|---|\n| 3 March 2024 | Sinpo | SLBM |\n"
                                            "| 18 March 2024 | Kanggye | SRBM |\n\n")
            + prose + u'\n';
        const LaunchExtractor::Result r = run(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << describe(m);
        QCOMPARE(r.launches.size(), 2);
        got.sort();
        QVERIFY2(got.at(0).startsWith(QLatin1String("2024-03-03 Sinpo [SLBM]")), qPrintable(got.join(u'\n')));
        QVERIFY2(got.at(1).startsWith(QLatin1String("2024-03-18 Kanggye [SRBM]")), qPrintable(got.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLaunchTables)
#include "tst_launchtables.moc"
