// A heading that opens with a date dates the undated launches told under it
// (extract/launch/SectionDates): factboxes, timelines and briefing notes.
#include "LaunchTestRun.h"
#include "extract/launch/SectionDates.h"
#include "extract/temporal/DateTokens.h"

#include <random>

using namespace atlas;
using namespace atlas::testing;

namespace {

// The launch days found, in text order, as "2025-01-06".
QStringList days(const LaunchExtractor::Result &r)
{
    QStringList out;
    for (const LaunchMention &m : r.launches)
        out << (m.date.precision == DatePrecision::Unknown ? QStringLiteral("?") : m.date.earliest.toString(Qt::ISODate));
    out.sort();
    return out;
}

} // namespace

class TestSectionDates : public QObject {
    Q_OBJECT
private slots:
    void datesTheSection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("days");
        QTest::newRow("factbox, capitals")
            << QStringLiteral("Launches this year\n\nNov 25, 2025 (Reuters) - North Korea fired an ICBM on Tuesday.\n\n"
                              "JAN. 6 - HYPERSONIC IRBM\nNorth Korea fired a new hypersonic missile from near Pyongyang.\n\n"
                              "FEB. 19 - TWO SHORT-RANGE MISSILES\nTwo short-range ballistic missiles fired from Sukchon flew about 420 km.\n")
            << QStringList{QStringLiteral("2025-01-06"), QStringLiteral("2025-02-19"), QStringLiteral("2025-11-25")};
        QTest::newRow("markdown headings with colon")
            << QStringLiteral("# The year so far\n\n## 14 January: Kanggye\n\nNorth Korea fired several short-range missiles toward the East Sea.\n\n"
                              "## 10 March: Yellow Sea\n\nThe North launched close-range ballistic missiles into the Yellow Sea.\n")
            << QStringList{QStringLiteral("2025-01-14"), QStringLiteral("2025-03-10")};
        QTest::newRow("em dash")
            << QStringLiteral("Timeline\n\nJanuary 6 \u2014 Pyongyang\nA hypersonic missile was fired toward the East Sea.\n\n"
                              "February 20 \u2014 Sukchon\nTwo missiles were fired into the sea.\n")
            << QStringList{QStringLiteral("2025-01-06"), QStringLiteral("2025-02-20")};
        QTest::newRow("day first with year")
            << QStringLiteral("Notes\n\n6 Jan 2025 - Pyongyang\nNorth Korea fired an IRBM from near Pyongyang.\n\n"
                              "14 Jan 2025 - Kanggye\nNorth Korea fired two missiles from Kanggye.\n")
            << QStringList{QStringLiteral("2025-01-06"), QStringLiteral("2025-01-14")};
        QTest::newRow("month heading")
            << QStringLiteral("Review\n\nFEBRUARY 2025 - CRUISE MISSILES\nNorth Korea fired cruise missiles off its west coast.\n")
            << QStringList{QStringLiteral("2025-02-01")};
        QTest::newRow("a stated date wins")
            << QStringLiteral("Timeline\n\nJAN. 6 - HYPERSONIC IRBM\nNorth Korea fired a hypersonic missile on Jan. 7 from near Pyongyang.\n")
            << QStringList{QStringLiteral("2025-01-07")};
        QTest::newRow("not a launch in the section")
            << QStringLiteral("Timeline\n\nNov 25, 2025 (Reuters) - North Korea fired an ICBM on Tuesday.\n\n"
                              "SEPT. 8 - ENGINE TEST\nNorth Korea tested an engine at Sohae. Not a launch.\n")
            << QStringList{QStringLiteral("2025-11-25")};
    }
    // A chronology heads each entry by its day alone ("August 26"): two such headings
    // or more, and each dates the entry below it.
    void chronologyDaysAloneDateTheirEntries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("days");
        QTest::newRow("markdown")
            << QStringLiteral("# Chronology\n\n### August 26\n\nNorth Korea fired one SLBM from Sinpo.\n\n"
                              "### October 15\n\nTwo short-range ballistic missiles are fired from the Hwangju area.\n")
            << QStringList{QStringLiteral("2025-08-26"), QStringLiteral("2025-10-15")};
        QTest::newRow("plain lines")
            << QStringLiteral("Chronology\n\nAugust 26\nNorth Korea fires one submarine-launched ballistic missile from Sinpo.\n\n"
                              "October 15\nTwo short-range ballistic missiles are fired from Hwangju.\n")
            << QStringList{QStringLiteral("2025-08-26"), QStringLiteral("2025-10-15")};
        QTest::newRow("day first with year")
            << QStringLiteral("Log\n\n26 August 2025\nNorth Korea fired an SLBM from Sinpo.\n\n"
                              "15 October 2025\nNorth Korea fired two SRBMs from Hwangju.\n")
            << QStringList{QStringLiteral("2025-08-26"), QStringLiteral("2025-10-15")};
        QTest::newRow("abbreviated months")
            << QStringLiteral("Log\n\nAug. 26\nNorth Korea fired an SLBM from Sinpo.\n\n"
                              "Oct. 15\nNorth Korea fired two SRBMs from Hwangju.\n")
            << QStringList{QStringLiteral("2025-08-26"), QStringLiteral("2025-10-15")};
        QTest::newRow("an entry without a launch")
            << QStringLiteral("Log\n\nSeptember 8\nKCNA reports a ground test of an engine at Sohae.\n\n"
                              "October 15\nNorth Korea fired two SRBMs from Hwangju.\n")
            << QStringList{QStringLiteral("2025-10-15")};
        QTest::newRow("one date alone is a stamp")
            << QStringLiteral("North Korea fires missile\n\nNovember 7, 2025\n\nNorth Korea fired a ballistic missile toward the East Sea, officials said.\n")
            << QStringList{QStringLiteral("?")};
    }
    void chronologyDaysAloneDateTheirEntries()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, days);
        QCOMPARE(::days(extractLaunches(text, QDate(2025, 11, 26))), days);
    }
    void datesTheSection()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, days);
        QCOMPARE(::days(extractLaunches(text, QDate(2025, 11, 26))), days);
    }

    // What is no section's date: a stamp, a dateline, a date in a title's middle.
    void headingDate_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dash title") << QStringLiteral("JAN. 6 - HYPERSONIC IRBM") << QDate(2025, 1, 6);
        QTest::newRow("colon title") << QStringLiteral("## 14 January: Kanggye") << QDate(2025, 1, 14);
        QTest::newRow("stamp alone") << QStringLiteral("November 7, 2025") << QDate();
        QTest::newRow("stamp with clock") << QStringLiteral("November 7, 2025 at 12:35 AM EST") << QDate();
        QTest::newRow("weekday stamp with zone") << QStringLiteral("Thursday, 8 May 2025 19:42 WIB") << QDate();
        QTest::newRow("date inside a title") << QStringLiteral("Why the January 6 launch matters") << QDate();
        QTest::newRow("relative") << QStringLiteral("Last week - a salvo") << QDate();
    }
    void headingDate()
    {
        QFETCH(QString, heading);
        QFETCH(QDate, date);
        const QString text = QStringLiteral("Title\n\n") + heading + QStringLiteral("\nNorth Korea fired a missile.\n");
        const TemporalTagger tagger(QDate(2025, 11, 26));
        const Sentence s{7, int(7 + heading.size()), true};
        const DateMention d = launch::headingDate(text, s, tagger);
        QCOMPARE(d.date.isKnown() ? d.date.earliest : QDate(), date);
    }
    // headingDate asks temporal::mayHoldDate before tagging: it must never say no
    // where the tagger finds a date (random headings of date words, figures,
    // clocks, titles and letters outside ASCII).
    void noDateWhereMayHoldDateSaysNo()
    {
        static const QStringList vocabulary{
            QStringLiteral("JAN."), QStringLiteral("January"), QStringLiteral("6"), QStringLiteral("14th"), QStringLiteral("2025"),
            QStringLiteral("Monday"), QStringLiteral("last"), QStringLiteral("week"), QStringLiteral("today"), QStringLiteral("-"),
            QStringLiteral(":"), QStringLiteral("HYPERSONIC"), QStringLiteral("IRBM"), QStringLiteral("Kanggye"), QStringLiteral("12:35"),
            QStringLiteral("AM"), QStringLiteral("Juche"), QStringLiteral("114"), QStringLiteral("mid-March"), QStringLiteral("Sept"),
            QStringLiteral("2025-01-06"), QStringLiteral("6/1"), QStringLiteral("caf\u00E9"), QStringLiteral("\u00C9T\u00C9"),
            QStringLiteral("yesterday"), QStringLiteral("spring"), QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("Dec")};
        const TemporalTagger tagger(QDate(2025, 11, 26));
        std::mt19937 rng(53);
        int dated = 0, skipped = 0;
        for (int round = 0; round < 20000; ++round) {
            QString heading;
            for (int k = 1 + round % 6; k > 0; --k)
                heading += vocabulary.at(int(rng() % vocabulary.size())) + (rng() % 4 ? QStringLiteral(" ") : QString());
            const bool may = temporal::mayHoldDate(heading);
            const bool found = !tagger.tag(heading, 0).isEmpty();
            QVERIFY2(may || !found, qPrintable(heading));
            dated += found;
            skipped += !may;
        }
        QVERIFY(dated > 2000);
        QVERIFY(skipped > 500);
    }
};

QTEST_GUILESS_MAIN(TestSectionDates)
#include "tst_sectiondates.moc"
