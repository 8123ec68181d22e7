// Days to pixels, and axis ticks that adapt to the zoom without overlapping.
// Text width is a fixed 7 px per character here, so the expectations do not
// depend on the fonts installed.
#include "render/timeline/TimeScale.h"
#include "render/timeline/TimeTicks.h"

#include <QtTest>

using namespace atlas;

namespace {
double sevenPerChar(const QString &s) { return 7.0 * s.size(); }
} // namespace

class TestTimeScale : public QObject {
    Q_OBJECT
private slots:
    void dateToPixel_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<double>("width");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("startX");
        QTest::addColumn<double>("endX");
        // 2025 has 365 days: at 365 px, a day is a pixel.
        QTest::newRow("year, first day") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 365.0
                                         << QDate(2025, 1, 1) << 0.0 << 1.0;
        QTest::newRow("year, 1 May") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 365.0
                                     << QDate(2025, 5, 1) << 120.0 << 121.0;
        QTest::newRow("year, last day") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 365.0
                                        << QDate(2025, 12, 31) << 364.0 << 365.0;
        QTest::newRow("leap year ends at the edge") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 732.0
                                                    << QDate(2024, 12, 31) << 730.0 << 732.0;
        QTest::newRow("week, 10 px a day") << QDate(2025, 1, 6) << QDate(2025, 1, 12) << 70.0
                                           << QDate(2025, 1, 8) << 20.0 << 30.0;
        QTest::newRow("before the range is left of it") << QDate(2025, 1, 6) << QDate(2025, 1, 12) << 70.0
                                                        << QDate(2025, 1, 1) << -50.0 << -40.0;
    }
    void dateToPixel()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(double, width);
        QFETCH(QDate, date);
        QFETCH(double, startX);
        QFETCH(double, endX);
        const TimeScale s = TimeScale::forDates(first, last, 100.0, 100.0 + width);
        QCOMPARE(s.xOf(date), 100.0 + startX);
        QCOMPARE(s.xOfEnd(date), 100.0 + endX);
        // And back: any pixel inside the day maps to that day.
        QCOMPARE(s.dateAt(100.0 + (startX + endX) / 2), date);
        QCOMPARE(s.firstDate(), first);
        QCOMPARE(s.lastDate(), last);
    }

    void fractionalRangeShowsPartialDays()
    {
        // A view from noon on 6 Jan to noon on 8 Jan shows 6, 7 and 8 Jan.
        const double d6 = TimeScale::dayOf(QDate(2025, 1, 6));
        const TimeScale s(d6 + 0.5, d6 + 2.5, 0, 200);
        QCOMPARE(s.firstDate(), QDate(2025, 1, 6));
        QCOMPARE(s.lastDate(), QDate(2025, 1, 8));
        QCOMPARE(s.xOf(QDate(2025, 1, 7)), 50.0);
        QCOMPARE(s.pixelsPerDay(), 100.0);
    }

    void unitStarts_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("start");
        QTest::newRow("week starts Monday") << int(TickUnit::Week) << QDate(2025, 1, 9) << QDate(2025, 1, 6);
        QTest::newRow("Monday is its own week") << int(TickUnit::Week) << QDate(2025, 1, 6) << QDate(2025, 1, 6);
        QTest::newRow("Sunday ends the week") << int(TickUnit::Week) << QDate(2025, 1, 12) << QDate(2025, 1, 6);
        QTest::newRow("month") << int(TickUnit::Month) << QDate(2025, 5, 17) << QDate(2025, 5, 1);
        QTest::newRow("quarter") << int(TickUnit::Quarter) << QDate(2025, 8, 17) << QDate(2025, 7, 1);
        QTest::newRow("year") << int(TickUnit::Year) << QDate(2025, 8, 17) << QDate(2025, 1, 1);
        QTest::newRow("decade") << int(TickUnit::Decade) << QDate(2025, 8, 17) << QDate(2020, 1, 1);
    }
    void unitStarts()
    {
        QFETCH(int, unit);
        QFETCH(QDate, date);
        QFETCH(QDate, start);
        QCOMPARE(unitStart(TickUnit(unit), date), start);
    }

    void ticksAdaptToZoom_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<double>("width");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("majorUnit");
        QTest::addColumn<QStringList>("firstLabels");
        QTest::addColumn<QString>("firstMajor");

        // A year across a wide screen: full month names fit (September: 9 chars = 63 px < 120 px).
        QTest::newRow("year, wide") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 1460.0 << "month" << "year"
                                    << QStringList{"January", "February", "March"} << "2025";
        // Narrower: "September" no longer fits in 30 days; short names do.
        QTest::newRow("year, medium") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 730.0 << "month" << "year"
                                      << QStringList{"Jan", "Feb", "Mar"} << "2025";
        // Very narrow: initials.
        QTest::newRow("year, narrow") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 300.0 << "month" << "year"
                                      << QStringList{"J", "F", "M"} << "2025";
        // Narrower still: quarters.
        QTest::newRow("year, tiny") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 150.0 << "quarter"
                                    << "year" << QStringList{"Q1", "Q2", "Q3"} << "2025";
        // A month: days get "Wed 1" when there is room ...
        QTest::newRow("month, wide") << QDate(2025, 1, 1) << QDate(2025, 1, 31) << 1860.0 << "day" << "month"
                                     << QStringList{"Wed 1", "Thu 2", "Fri 3"} << "January 2025";
        // ... and weeks (starting Monday) when not.
        QTest::newRow("month, narrow") << QDate(2025, 1, 1) << QDate(2025, 1, 31) << 400.0 << "week" << "month"
                                       << QStringList{"30 Dec", "6 Jan", "13 Jan"} << "January 2025";
        // A week: days.
        QTest::newRow("week") << QDate(2025, 1, 6) << QDate(2025, 1, 12) << 700.0 << "day" << "month"
                              << QStringList{"Mon 6", "Tue 7", "Wed 8"} << "January 2025";
        // Five years: quarters under years while "Q1" fits, then years under decades.
        QTest::newRow("all years") << QDate(2021, 1, 1) << QDate(2025, 12, 31) << 600.0 << "quarter" << "year"
                                   << QStringList{"Q1", "Q2", "Q3"} << "2021";
        QTest::newRow("all years, narrow") << QDate(2021, 1, 1) << QDate(2025, 12, 31) << 300.0 << "year"
                                           << "decade" << QStringList{"2021", "2022", "2023"} << "2020s";
    }
    void ticksAdaptToZoom()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(double, width);
        QFETCH(QString, unit);
        QFETCH(QString, majorUnit);
        QFETCH(QStringList, firstLabels);
        QFETCH(QString, firstMajor);
        const TimeScale s = TimeScale::forDates(first, last, 0, width);
        const TickSet t = generateTicks(s, sevenPerChar);
        QCOMPARE(tickUnitName(t.unit), unit);
        QCOMPARE(tickUnitName(t.majorUnit), majorUnit);
        QVERIFY(t.minor.size() >= firstLabels.size());
        for (int i = 0; i < firstLabels.size(); ++i)
            QCOMPARE(t.minor[i].label, firstLabels[i]);
        QVERIFY(!t.major.isEmpty());
        QCOMPARE(t.major.first().label, firstMajor);
    }

    // Whatever the zoom, no two labels of a row overlap and none leaves the axis.
    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("width");
        for (int days : {1, 3, 7, 10, 20, 31, 45, 90, 180, 365, 400, 800, 2000, 5000}) {
            for (double width : {120.0, 333.0, 800.0, 1500.0})
                QTest::addRow("%d days in %d px", days, int(width)) << days << width;
        }
    }
    void labelsNeverOverlap()
    {
        QFETCH(int, days);
        QFETCH(double, width);
        const double start = TimeScale::dayOf(QDate(2024, 11, 17)) + 0.3; // not on any boundary
        const TimeScale s(start, start + days, 50, 50 + width);
        const TickSet t = generateTicks(s, sevenPerChar, 6.0);
        for (const QVector<Tick> *row : {&t.minor, &t.major}) {
            double lastEnd = -1e9;
            for (const Tick &tick : *row) {
                if (tick.label.isEmpty())
                    continue;
                QVERIFY2(tick.labelX >= lastEnd + 6.0, qPrintable(tick.label));
                QVERIFY2(tick.labelX >= s.left(), qPrintable(tick.label));
                lastEnd = tick.labelX + sevenPerChar(tick.label);
                QVERIFY2(lastEnd <= s.right(), qPrintable(tick.label));
            }
        }
        // Ticks are in order and there is at least one label to read by.
        for (int i = 1; i < t.minor.size(); ++i)
            QVERIFY(t.minor[i].x > t.minor[i - 1].x);
        if (width >= 333.0)
            QVERIFY(std::any_of(t.minor.begin(), t.minor.end(), [](const Tick &k) { return !k.label.isEmpty(); }));
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
