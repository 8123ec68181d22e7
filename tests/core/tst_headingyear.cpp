// An undated article with no full date whose headings name one year: its
// yearless dates are of that year (extract/temporal/HeadingYear). Texts written
// for these tests: headings of several forms, and the cases that give no year.
#include "extract/ArticleExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/temporal/HeadingYear.h"

#include <QTest>

using namespace atlas;

class TestHeadingYear : public QObject {
    Q_OBJECT
private slots:
    void year_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::newRow("markdown section") << "# List of missile tests\n\n## 2025\n\nThe table below lists them.\n" << 2025;
        QTest::newRow("title with the year") << "# North Korea's Missile Tests in 2025\n\nIn February they fired two missiles.\n" << 2025;
        QTest::newRow("plain title line") << "Timeline of the main launches in 2024\n\nIn March it fired a missile.\n" << 2024;
        QTest::newRow("two headings, one year") << "# Launches of 2023\n\n## Spring 2023\n\nText.\n" << 2023;
        QTest::newRow("year range heading") << "# Tests, 2017-2019\n\nText.\n" << 0;
        QTest::newRow("two years") << "## 2024\n\nText.\n\n## 2025\n\nMore text.\n" << 0;
        QTest::newRow("year only in prose") << "North Korea fired missiles in 2025. It fired more later.\n" << 0;
        QTest::newRow("five digits") << "# Report 20251\n\nText.\n" << 0;
        QTest::newRow("not a year") << "# Top 1000 facts\n\nText.\n" << 0;
        // A year said in passing is not what the heading is about.
        QTest::newRow("since") << "# Since 2017: how its ICBMs grew\n\nText.\n" << 0;
        QTest::newRow("resolution number") << "What Resolution 2094 demands of Pyongyang\n\nText.\n" << 0;
        QTest::newRow("a goal's year") << "Kim vows nuclear force ready by 2030\n\nText.\n" << 0;
        QTest::newRow("clock stamp") << "2045 KST: Japan says the missile fell\n\nText.\n" << 0;
        QTest::newRow("range figure") << "North Korea tests new 2000 km missile\n\nText.\n" << 0;
        QTest::newRow("a past war") << "Lessons of the 1950 war for today\n\nText.\n" << 0;
        QTest::newRow("list item") << "Notes\n\n- First flown in 2017\n\nText.\n" << 0;
        QTest::newRow("table row") << "| 18 March | SRBM | first since the summit of 2018 |\n" << 0;
        QTest::newRow("year in review") << "# 2025 in review\n\n## For comparison: the previous year\n\nText.\n" << 0;
    }
    void year()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QCOMPARE(temporal::headingYear(text, splitSentences(text)), year);
    }

    // End to end: the launches of an undated list under a year heading are days of that year.
    void datesTheLaunches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("table under a year section")
            << "# List of missile tests\n\n## 2025\n\n| Date | Missile | Type | Launch site |\n|---|---|---|---|\n"
               "| 6 January | Unnamed | IRBM | Pyongyang area |\n"
            << QDate(2025, 1, 6);
        QTest::newRow("report titled with the year")
            << "# North Korea's Missile Tests in 2024\n\n**March.** On 12 March North Korea fired two ballistic missiles into the sea.\n"
            << QDate(2024, 3, 12);
        QTest::newRow("plain title")
            << "Missile launches of 2023\n\nNorth Korea fired a ballistic missile on 9 May from near Pyongyang.\n"
            << QDate(2023, 5, 9);
        QTest::newRow("a full date wins")
            << "# Tests of 2023\n\nNorth Korea fired a missile on 9 May. It had last fired on 3 April 2021.\n"
            << QDate(2021, 5, 9);
        QTest::newRow("no year heading") << "# Missile tests\n\nNorth Korea fired a missile on 9 May from near Pyongyang.\n" << QDate();
    }
    void datesTheLaunches()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        Article a;
        a.id = QStringLiteral("t");
        a.text = text;
        const ArticleExtraction x = ArticleExtractor().extract(a);
        QVERIFY(!x.launches.isEmpty());
        const FuzzyDate &d = x.launches.first().date;
        if (!day.isValid()) {
            QVERIFY2(d.precision != DatePrecision::Day, qPrintable(d.earliest.toString(Qt::ISODate)));
            return;
        }
        QCOMPARE(d.precision, DatePrecision::Day);
        QCOMPARE(d.earliest, day);
    }
};

QTEST_APPLESS_MAIN(TestHeadingYear)
#include "tst_headingyear.moc"
