// FuzzyDate: precision names, display and equality.
#include "model/FuzzyDate.h"

#include <QtTest>

using namespace atlas;

class TestFuzzyDate : public QObject {
    Q_OBJECT
private slots:
    void precisionNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"day", "week", "part-of-month", "month", "day-of-year", "year", "unknown"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void precisionNamesRoundTrip()
    {
        QFETCH(QString, name);
        QCOMPARE(precisionName(precisionFromName(name)), name);
    }

    void display_data()
    {
        QTest::addColumn<FuzzyDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day") << FuzzyDate::onDay(QDate(2025, 1, 14)) << QStringLiteral("Tue 14 Jan 2025");
        QTest::newRow("early May") << FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10), DatePrecision::PartOfMonth)
                                   << QStringLiteral("1–10 May 2025");
        QTest::newRow("month") << FuzzyDate::between(QDate(2025, 10, 1), QDate(2025, 10, 31), DatePrecision::Month)
                               << QStringLiteral("October 2025");
        QTest::newRow("weekday only") << FuzzyDate::unknown(Qt::Tuesday) << QStringLiteral("Tuesday (date unknown)");
        QTest::newRow("day of year") << FuzzyDate::dayOfYear(11, 5) << QStringLiteral("5 November (year not stated)");
        QTest::newRow("nothing") << FuzzyDate() << QStringLiteral("date unknown");
        QTest::newRow("month, year not stated") << [] { FuzzyDate f = FuzzyDate::unknown(0, QStringLiteral("In June")); f.month = 6; return f; }()
                                                << QStringLiteral("June (year not stated)");
    }
    void display()
    {
        QFETCH(FuzzyDate, date);
        QFETCH(QString, expected);
        QCOMPARE(date.display(), expected);
    }

    void unknownStaysUnknown()
    {
        const FuzzyDate d = FuzzyDate::unknown(Qt::Monday, QStringLiteral("on Monday"));
        QVERIFY(!d.isKnown());
        QVERIFY(!d.midpoint().isValid());
        QCOMPARE(d.weekday, int(Qt::Monday));
    }

    void midpointOfRange()
    {
        const FuzzyDate d = FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10), DatePrecision::PartOfMonth);
        QCOMPARE(d.midpoint(), QDate(2025, 5, 5));
    }

    void inferenceNarrows()
    {
        DateInference inf;
        QVERIFY(inf.isEmpty());
        inf.narrow(QDate(), QDate(2025, 1, 20), QStringLiteral("Blinken in office"));
        inf.narrow(QDate(2024, 12, 8), QDate(2025, 4, 4), QStringLiteral("Choi acting president"));
        QCOMPARE(inf.earliest, QDate(2024, 12, 8));
        QCOMPARE(inf.latest, QDate(2025, 1, 20));
        QCOMPARE(inf.evidence.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
