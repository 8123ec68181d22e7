// Dates as each language writes them, at every precision a FuzzyDate has:
// English keeps the app's "14 Jan 2025", Korean writes "2025년 1월 14일",
// Japanese "2025年1月14日". No translation is installed here, so the few words
// around a date ("week of") stay English; tst_localizedtext checks them translated.
#include "render/DateText.h"
#include "render/PlaceNames.h"
#include "render/timeline/TimeScale.h"
#include "render/timeline/TimeTicks.h"
#include "render/TimelineRenderer.h"

#include <QtTest>

using namespace atlas;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kKorean(QLocale::Korean, QLocale::SouthKorea);
const QLocale kJapanese(QLocale::Japanese, QLocale::Japan);
const QLocale kGerman(QLocale::German, QLocale::Germany);

FuzzyDate range(int y1, int m1, int d1, int y2, int m2, int d2, DatePrecision p)
{
    return FuzzyDate::between(QDate(y1, m1, d1), QDate(y2, m2, d2), p);
}

double sevenPerChar(const QString &s) { return 7.0 * s.size(); }
} // namespace

class TestDateText : public QObject {
    Q_OBJECT
private slots:
    void fuzzyAtEveryPrecision_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<FuzzyDate>("date");
        QTest::addColumn<QString>("expected");
        const FuzzyDate day = FuzzyDate::onDay(QDate(2025, 1, 14));
        const FuzzyDate week = range(2025, 1, 14, 2025, 1, 20, DatePrecision::Week);
        const FuzzyDate early = range(2025, 5, 1, 2025, 5, 10, DatePrecision::PartOfMonth);
        const FuzzyDate acrossMonths = range(2025, 4, 28, 2025, 5, 4, DatePrecision::Week);
        const FuzzyDate acrossYears = range(2024, 12, 28, 2025, 1, 3, DatePrecision::Week);
        const FuzzyDate month = range(2025, 1, 1, 2025, 1, 31, DatePrecision::Month);
        const FuzzyDate year = range(2025, 1, 1, 2025, 12, 31, DatePrecision::Year);
        const FuzzyDate noYear = FuzzyDate::dayOfYear(11, 5);
        const FuzzyDate tuesday = FuzzyDate::unknown(Qt::Tuesday);
        const FuzzyDate nothing = FuzzyDate::unknown();

        // English: exactly what FuzzyDate::display() has always written.
        QTest::newRow("en day") << kEnglish << day << "Tue 14 Jan 2025";
        QTest::newRow("en week") << kEnglish << week << "week of 14–20 Jan 2025";
        QTest::newRow("en part of month") << kEnglish << early << "1–10 May 2025";
        QTest::newRow("en across months") << kEnglish << acrossMonths << "week of 28 Apr – 4 May 2025";
        QTest::newRow("en across years") << kEnglish << acrossYears << "week of 28 Dec 2024 – 3 Jan 2025";
        QTest::newRow("en month") << kEnglish << month << "January 2025";
        QTest::newRow("en year") << kEnglish << year << "2025";
        QTest::newRow("en day of year") << kEnglish << noYear << "5 November (year not stated)";
        QTest::newRow("en weekday only") << kEnglish << tuesday << "Tuesday (date unknown)";
        QTest::newRow("en unknown") << kEnglish << nothing << "date unknown";
        // Any English territory writes the same (en_GB's CLDR names say "Sept").
        QTest::newRow("en_GB September") << kBritish << range(2025, 9, 1, 2025, 9, 10, DatePrecision::PartOfMonth)
                                         << "1–10 Sep 2025";

        QTest::newRow("ko day") << kKorean << day << "2025년 1월 14일 (화)";
        QTest::newRow("ko week") << kKorean << week << "week of 2025년 1월 14–20일";
        QTest::newRow("ko part of month") << kKorean << early << "2025년 5월 1–10일";
        QTest::newRow("ko across months") << kKorean << acrossMonths << "week of 2025년 4월 28일 – 5월 4일";
        QTest::newRow("ko across years") << kKorean << acrossYears << "week of 2024년 12월 28일 – 2025년 1월 3일";
        QTest::newRow("ko month") << kKorean << month << "2025년 1월";
        QTest::newRow("ko year") << kKorean << year << "2025년";
        QTest::newRow("ko day of year") << kKorean << noYear << "11월 5일 (year not stated)";
        QTest::newRow("ko weekday only") << kKorean << tuesday << "화요일 (date unknown)";

        QTest::newRow("ja day") << kJapanese << day << "2025年1月14日(火)";
        QTest::newRow("ja part of month") << kJapanese << early << "2025年5月1日～10日";
        QTest::newRow("ja across months") << kJapanese << acrossMonths << "week of 2025年4月28日～5月4日";
        QTest::newRow("ja month") << kJapanese << month << "2025年1月";
        QTest::newRow("ja year") << kJapanese << year << "2025年";
        QTest::newRow("ja day of year") << kJapanese << noYear << "11月5日 (year not stated)";
        QTest::newRow("ja weekday only") << kJapanese << tuesday << "火曜日 (date unknown)";

        // Other languages keep the English order with their own month names.
        QTest::newRow("de month") << kGerman << month << "Januar 2025";
    }
    void fuzzyAtEveryPrecision()
    {
        QFETCH(QLocale, locale);
        QFETCH(FuzzyDate, date);
        QFETCH(QString, expected);
        QCOMPARE(DateText::fuzzy(date, locale), expected);
    }

    void englishIsWhatDisplayWrote()
    {
        // The model's own display() (used by the CLI and the JSON) and the English
        // locale agree, so English screens did not change.
        for (const FuzzyDate &d : {FuzzyDate::onDay(QDate(2025, 3, 9)),
                                   range(2025, 5, 11, 2025, 5, 20, DatePrecision::PartOfMonth),
                                   range(2025, 6, 1, 2025, 6, 30, DatePrecision::Month),
                                   FuzzyDate::dayOfYear(2, 29), FuzzyDate::unknown(Qt::Sunday)})
            QCOMPARE(DateText::fuzzy(d, kEnglish), d.display());
    }

    void compactForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<FuzzyDate>("date");
        QTest::addColumn<QString>("expected");
        const FuzzyDate day = FuzzyDate::onDay(QDate(2025, 1, 14));
        const FuzzyDate early = range(2025, 5, 1, 2025, 5, 10, DatePrecision::PartOfMonth);
        const FuzzyDate month = range(2025, 1, 1, 2025, 1, 31, DatePrecision::Month);
        QTest::newRow("en day") << kEnglish << day << "14 Jan";
        QTest::newRow("en part") << kEnglish << early << "1–10 May";
        QTest::newRow("en month") << kEnglish << month << "Jan 2025";
        QTest::newRow("en weekday") << kEnglish << FuzzyDate::unknown(Qt::Tuesday) << "Tue";
        QTest::newRow("ko day") << kKorean << day << "1월 14일";
        QTest::newRow("ko part") << kKorean << early << "5월 1–10일";
        QTest::newRow("ko month") << kKorean << month << "2025년 1월";
        // A lone "월" (Monday) would read as "month": CJK weekdays keep their whole name.
        QTest::newRow("ko weekday") << kKorean << FuzzyDate::unknown(Qt::Monday) << "월요일";
        QTest::newRow("ja day") << kJapanese << day << "1月14日";
        QTest::newRow("ja part") << kJapanese << early << "5月1日～10日";
        QTest::newRow("ja weekday") << kJapanese << FuzzyDate::unknown(Qt::Tuesday) << "火曜日";
    }
    void compactForms()
    {
        QFETCH(QLocale, locale);
        QFETCH(FuzzyDate, date);
        QFETCH(QString, expected);
        QCOMPARE(DateText::fuzzyShort(date, locale), expected);
    }

    void daysMonthsAndInferences()
    {
        QCOMPARE(DateText::day(QDate(2025, 11, 7), kEnglish), QStringLiteral("7 Nov 2025"));
        QCOMPARE(DateText::day(QDate(2025, 11, 7), kKorean), QStringLiteral("2025년 11월 7일"));
        QCOMPARE(DateText::day(QDate(2025, 11, 7), kJapanese), QStringLiteral("2025年11月7日"));
        QVERIFY(DateText::day(QDate(), kKorean).isEmpty());
        QCOMPARE(DateText::monthName(1, kEnglish, QLocale::NarrowFormat), QStringLiteral("J"));
        QCOMPARE(DateText::monthName(12, kKorean, QLocale::ShortFormat), QStringLiteral("12월"));
        // A CJK narrow month is its number: "1월" is no narrower than itself.
        QCOMPARE(DateText::monthName(1, kKorean, QLocale::NarrowFormat), QStringLiteral("1"));
        QCOMPARE(DateText::monthName(1, kJapanese, QLocale::NarrowFormat), QStringLiteral("1"));
        DateInference inf;
        inf.narrow(QDate(2025, 1, 6), QDate(2025, 1, 6), QStringLiteral("context"));
        QCOMPARE(DateText::inference(inf, kEnglish), QStringLiteral("inferred 6 Jan 2025"));
        QCOMPARE(DateText::inference(inf, kKorean), QStringLiteral("inferred 2025년 1월 6일"));
    }

    void koreanMonthLabelsOnTheAxis()
    {
        // A year across 1200 px: every month is labelled, in Korean "1월" .. "12월",
        // with "2025년" above; English keeps "January" .. and "2025".
        const TimeScale scale = TimeScale::forDates(QDate(2025, 1, 1), QDate(2025, 12, 31), 0, 1200);
        const TickSet ko = generateTicks(scale, sevenPerChar, 6.0, kKorean);
        QCOMPARE(tickUnitName(ko.unit), QStringLiteral("month"));
        QCOMPARE(ko.minor.size(), 12);
        QCOMPARE(ko.minor.first().label, QStringLiteral("1월"));
        QCOMPARE(ko.minor.last().label, QStringLiteral("12월"));
        QCOMPARE(ko.major.first().label, QStringLiteral("2025년"));
        const TickSet ja = generateTicks(scale, sevenPerChar, 6.0, kJapanese);
        QCOMPARE(ja.minor.at(4).label, QStringLiteral("5月"));
        const TickSet en = generateTicks(scale, sevenPerChar, 6.0, kEnglish);
        QCOMPARE(en.minor.first().label, QStringLiteral("January"));
        QCOMPARE(en.major.first().label, QStringLiteral("2025"));
        // Narrower: short names for every month of the row, "May" among them (its
        // long and short names are the same word, and it must not drop to "M").
        const TickSet shortNames = generateTicks(TimeScale::forDates(QDate(2025, 1, 1), QDate(2025, 12, 31), 0, 600),
                                                 sevenPerChar, 6.0, kEnglish);
        QCOMPARE(shortNames.minor.at(3).label, QStringLiteral("Apr"));
        QCOMPARE(shortNames.minor.at(4).label, QStringLiteral("May"));
        // Zoomed into January: weeks carry "1월 6일".
        const TimeScale january = TimeScale::forDates(QDate(2025, 1, 1), QDate(2025, 1, 31), 0, 800);
        const TickSet weeks = generateTicks(january, sevenPerChar, 6.0, kKorean);
        QVERIFY2(weeks.unit == TickUnit::Day || weeks.unit == TickUnit::Week, qPrintable(tickUnitName(weeks.unit)));
        QCOMPARE(weeks.major.first().label, QStringLiteral("2025년 1월"));
    }

    void theTimelineFollowsTheAppLocale()
    {
        // The renderer labels its axis in the app's locale (QLocale()), so a Korean
        // desktop sees Korean months on screen and in exported pictures.
        QLocale::setDefault(kKorean);
        TimelineRenderer r(Theme::Print);
        r.setRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
        const TickSet ticks = r.ticks(QRectF(0, 0, 1600, 360));
        QLocale::setDefault(QLocale::c());
        QStringList labels;
        for (const Tick &t : ticks.minor)
            labels << t.label;
        QVERIFY2(labels.contains(QStringLiteral("3월")), qPrintable(labels.join(u'|')));
        QVERIFY2(!labels.contains(QStringLiteral("March")) && !labels.contains(QStringLiteral("Mar")),
                 qPrintable(labels.join(u'|')));
    }

    void placeNamesFromTheGazetteerInKorean()
    {
        // No translation installed: a Korean reader still gets the gazetteer's Hangul.
        QCOMPARE(PlaceNames::place(QStringLiteral("Wonsan"), kKorean), QStringLiteral("원산"));
        QCOMPARE(PlaceNames::place(QStringLiteral("Wonsan"), kEnglish), QStringLiteral("Wonsan"));
        // An article's phrase is not a place name: left as written.
        QCOMPARE(PlaceNames::place(QStringLiteral("an area near Pyongyang"), kKorean),
                 QStringLiteral("an area near Pyongyang"));
        Site site;
        site.name = QStringLiteral("Kusong");
        site.uncertaintyKm = 10;
        QCOMPARE(PlaceNames::siteText(site, kKorean), QStringLiteral("구성 (±10 km)"));
    }
};

QTEST_MAIN(TestDateText)
#include "tst_datetext.moc"
