// TemporalTagger: every date form the extractor relies on, and the traps that
// must not become dates, each with several sentences of our own.
#include "extract/TemporalTagger.h"

#include <QtTest>

using namespace atlas;

namespace {

QDate iso(const char *s) { return QDate::fromString(QString::fromLatin1(s), Qt::ISODate); }

// The mention whose text contains `pick` (the first one when pick is empty);
// bare years are skipped unless picked explicitly.
const DateMention *findMention(const QVector<DateMention> &ms, const QString &pick)
{
    for (const DateMention &m : ms) {
        if (pick.isEmpty() ? !m.bareYear : m.date.text.contains(pick, Qt::CaseInsensitive))
            return &m;
    }
    return nullptr;
}

QString describe(const QVector<DateMention> &ms)
{
    QStringList parts;
    for (const DateMention &m : ms)
        parts << QStringLiteral("'%1' %2..%3 %4 wd%5 md%6-%7 tod'%8'")
                     .arg(m.date.text, m.date.earliest.toString(Qt::ISODate), m.date.latest.toString(Qt::ISODate),
                          precisionName(m.date.precision))
                     .arg(m.date.weekday)
                     .arg(m.date.month)
                     .arg(m.date.day)
                     .arg(m.timeOfDay);
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestTemporalTagger : public QObject {
    Q_OBJECT
private slots:
    void resolves_data();
    void resolves();
    void relativeToReference_data();
    void relativeToReference();
    void notDates_data();
    void notDates();
    void monthWithoutItsYear_data();
    void monthWithoutItsYear();
    void bareYears_data();
    void bareYears();
    void times_data();
    void times();
    void countedDaysFromStatedDay_data();
    void countedDaysFromStatedDay();
    void countedDaysFromParagraph_data();
    void countedDaysFromParagraph();
    void datelineGivesWayToStatedDate_data();
    void datelineGivesWayToStatedDate();
    void listedDays_data();
    void listedDays();
    void yearAhead_data();
    void yearAhead();
    void restatedDayIsOneDate();
    void patternStartWords_data();
    void patternStartWords();
    void spansIndexTheText();
    void yearHintOnlyWithoutAnchor();
    void hugeSentenceIsLinear();
};

void TestTemporalTagger::resolves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QString>("pick");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<QString>("monthDay"); // "MM-DD" for day-of-year
    QTest::addColumn<QString>("timeOfDay");

    const QDate none;
    const QDate a = iso("2025-11-07"); // a Friday
    auto day = [](const char *name, const QString &text, const QDate &anchor, const char *d, int wd = 0,
                  const QString &tod = {}) {
        QTest::newRow(name) << text << anchor << QString() << QStringLiteral("day") << iso(d) << iso(d) << wd
                            << QString() << tod;
    };
    auto range = [](const char *name, const QString &text, const QDate &anchor, const char *p, const char *from,
                    const char *to, const QString &pick = {}) {
        QTest::newRow(name) << text << anchor << pick << QString::fromLatin1(p) << iso(from) << iso(to) << 0
                            << QString() << QString();
    };
    auto unknownWeekday = [&](const char *name, const QString &text, int wd, const QString &tod = {}) {
        QTest::newRow(name) << text << none << QString() << QStringLiteral("unknown") << QDate() << QDate() << wd
                            << QString() << tod;
    };
    auto dayOfYear = [&](const char *name, const QString &text, const char *md, int wd = 0) {
        QTest::newRow(name) << text << none << QString() << QStringLiteral("day-of-year") << QDate() << QDate()
                            << wd << QString::fromLatin1(md) << QString();
    };

    // Full dates, month first and day first.
    day("mdy", QStringLiteral("On January 14, 2025, the nation fired several missiles."), none, "2025-01-14");
    day("mdy-abbr", QStringLiteral("The test took place on Jan. 14, 2025 near the coast."), none, "2025-01-14");
    day("mdy-ordinal", QStringLiteral("Officials said on March 3rd, 2024 that a launch was detected."), none, "2024-03-03");
    day("mdy-nocomma", QStringLiteral("It happened on October 10 2025 in the morning."), none, "2025-10-10");
    day("mdy-sept", QStringLiteral("A missile flew on Sept. 2, 2023 toward the sea."), none, "2023-09-02");
    day("mdy-zero", QStringLiteral("Nov 08, 2025 saw another test."), none, "2025-11-08");
    day("dmy", QStringLiteral("The missile was launched on 14 January 2025 from Pyongyang."), none, "2025-01-14");
    day("dmy-zero", QStringLiteral("07 November 2025"), none, "2025-11-07");
    day("dmy-abbr", QStringLiteral("Reports on 2 Feb. 2024 mentioned a cruise missile."), none, "2024-02-02");
    day("dmy-comma", QStringLiteral("Seoul confirmed it on 30 June, 2022."), none, "2022-06-30");
    day("dmy-of", QStringLiteral("It was fired on the 6th of May 2023 at dawn."), none, "2023-05-06");
    day("leap", QStringLiteral("A test on February 29, 2024 was reported."), none, "2024-02-29");
    // ISO dates.
    day("iso", QStringLiteral("2025-07-21"), none, "2025-07-21");
    day("iso-sentence", QStringLiteral("The launch (2024-01-14) was the first of the year."), none, "2024-01-14");
    day("iso-slash", QStringLiteral("Filed 2023/12/18 by our correspondent."), none, "2023-12-18");
    day("iso-early", QStringLiteral("Since 2022-03-24 the North has tested ICBMs."), none, "2022-03-24");
    day("iso-end", QStringLiteral("Updated 2025-11-08"), none, "2025-11-08");
    // The Korean way, year first with a dot and a space after each part, and a
    // weekday in brackets after a day in figures: the same day's.
    day("korean-dots", QStringLiteral("Date: 2027. 1. 27. (Wed.)"), none, "2027-01-27", 3);
    // An era's year with the common era's in brackets.
    day("era-juche-bracketed", QStringLiteral("Rodong Sinmun, 20 March Juche 116 (2027), page 1"), none, "2027-03-20");
    day("era-reiwa-bracketed", QStringLiteral("morning edition, April 8, Reiwa 9 (2027), page 3"), none, "2027-04-08");
    day("era-heisei-bracketed", QStringLiteral("published on 3 May, Heisei 29 (2017)"), none, "2017-05-03");
    day("era-juche-square", QStringLiteral("the flight on 20 May Juche 116 [2027], the"), none, "2027-05-20");
    day("korean-dots-item", QStringLiteral("2026. 12. 17. (Thu.) Four SRBMs, Taekwan area"), a, "2026-12-17", 4);
    day("korean-dots-no-weekday", QStringLiteral("Released 2025. 3. 4. by the ministry"), none, "2025-03-04");
    day("korean-dots-weekday-colon", QStringLiteral("2026. 11. 25. (Wed.): one ICBM"), a, "2026-11-25", 3);
    day("korean-dots-wrong-weekday", QStringLiteral("2026. 11. 25. (Fri.) one ICBM"), none, "2026-11-25");
    day("iso-bracketed-weekday", QStringLiteral("2027-01-05 (Tue.) Several SRBMs, Hamhung area"), a, "2027-01-05", 2);
    day("iso-bracketed-weekday-full", QStringLiteral("On 2025-07-21 (Monday) it fired again."), a, "2025-07-21", 1);
    day("dmy-bracketed-weekday-abbr", QStringLiteral("On 24 January 2025 (Fri.) the North fired."), a, "2025-01-24", 5);
    // (Without the day's closing dot, a year ending a sentence before a numbered item.)
    day("not-korean-dots-without-closing", QStringLiteral("The plan runs until 2027. 1. 5 SRBMs were fired on March 3, 2025."), none,
        "2025-03-03");
    // Day and month in figures: a part above 12 settles the order; dots are the
    // European day first; slashes and dashes are American month first unless a
    // 24-hour clock (a leading zero or an hour past 12, no a.m./p.m.) follows.
    day("dmy-dots", QStringLiteral("Date 04.12.2025"), none, "2025-12-04");
    day("dmy-dots-single", QStringLiteral("Stand: 4.3.2025, Berlin"), none, "2025-03-04");
    day("dmy-dots-month-over-12", QStringLiteral("Erschienen 12.25.2025"), none, "2025-12-25");
    day("dmy-slash-day-over-12", QStringLiteral("Posted 25/10/2025"), none, "2025-10-25");
    day("mdy-slash-day-over-12", QStringLiteral("Posted 10/25/2025 at 9:00 PM"), none, "2025-10-25");
    day("mdy-slash-ambiguous", QStringLiteral("Published 3/4/2025 10:12 AM"), none, "2025-03-04");
    day("mdy-slash-plain", QStringLiteral("The report dated 11/10/2025 was released."), none, "2025-11-10");
    day("dmy-slash-24h", QStringLiteral("Issued on: 11/10/2025 - 06:12"), none, "2025-10-11");
    day("dmy-slash-24h-afternoon", QStringLiteral("Mis à jour 03/04/2025 18:40"), none, "2025-04-03");
    day("dmy-dash-24h", QStringLiteral("Updated 05-06-2025 14:05 CET"), none, "2025-06-05");
    day("mdy-dash", QStringLiteral("Filed 05-06-2025"), none, "2025-05-06");
    // An ambiguous hour stamped with a zone of a day-first region reads day first;
    // a zone of the Americas (or of the Philippines) leaves the month first.
    day("dmy-slash-gmt-plus", QStringLiteral("08/11/2025 10:15 GMT+7"), none, "2025-11-08");
    day("dmy-slash-utc-plus", QStringLiteral("Updated 04/03/2025 9:30 UTC+01:00"), none, "2025-03-04");
    day("dmy-slash-cet", QStringLiteral("Stand 02/05/2025 11:20 CET"), none, "2025-05-02");
    day("dmy-slash-wib", QStringLiteral("Jakarta, 06/01/2025 7:45 WIB"), none, "2025-01-06");
    day("dmy-slash-aest", QStringLiteral("Posted 09/10/2025 6:05 AEST"), none, "2025-10-09");
    day("mdy-slash-gmt-minus", QStringLiteral("Posted 08/11/2025 9:15 GMT-5"), none, "2025-08-11");
    day("mdy-slash-est", QStringLiteral("Posted 08/11/2025 9:15 EST"), none, "2025-08-11");
    day("mdy-slash-pht", QStringLiteral("Posted 08/11/2025 10:15 PHT"), none, "2025-08-11");
    // A day and a month in figures without a year, after "on", "since" or a bracket,
    // when a part above 12 tells which is the day.
    day("dm-slash-since", QStringLiteral("It was the first launch since 22/10, when it fired several missiles."), iso("2025-11-08"), "2025-10-22");
    day("dm-slash-on", QStringLiteral("North Korea launched a missile on 25/10 from Taegwan."), iso("2025-11-08"), "2025-10-25");
    range("md-slash-bracket", QStringLiteral("Last week's ballistic launch (10/22) drew protests."), iso("2025-10-31"), "day",
          "2025-10-22", "2025-10-22", QStringLiteral("10/22"));
    day("md-slash-on", QStringLiteral("Seoul said the launch on 11/25 was a cruise missile."), iso("2025-12-01"), "2025-11-25");
    day("dm-slash-from", QStringLiteral("Exercises ran from 18/8 to the end of the month."), iso("2025-09-01"), "2025-08-18");
    // Not dates: both parts 12 or less, no preposition, a fraction, a year after.
    // Days listed each with its month and the year once, after the last: every one is of that year.
    range("list-year-dmy", QStringLiteral("The EU issued statements following the launches of 6 January, 8 May, 22 October and 7 November 2025."),
          iso("2026-01-22"), "day", "2025-01-06", "2025-01-06", QStringLiteral("6 January"));
    range("list-year-dmy-mid", QStringLiteral("The launches of 6 January, 8 May, 22 October and 7 November 2025 were condemned."),
          iso("2026-12-01"), "day", "2025-05-08", "2025-05-08", QStringLiteral("8 May"));
    range("list-year-mdy", QStringLiteral("Statements followed the tests on Jan. 6, May 8, Oct. 22, and Nov. 7, 2025."),
          iso("2026-12-01"), "day", "2025-05-08", "2025-05-08", QStringLiteral("May 8"));
    range("list-year-semicolons", QStringLiteral("Launches on 6 January; 8 May & 22 October 2025."),
          iso("2026-03-01"), "day", "2025-01-06", "2025-01-06", QStringLiteral("6 January"));
    range("list-year-no-anchor", QStringLiteral("The tests of 3 March and 9 April 2024 drew protests."),
          none, "day", "2024-03-03", "2024-03-03", QStringLiteral("3 March"));
    range("list-year-not-a-list", QStringLiteral("It fired on 6 January, when the envoy arrived, and again on 7 November 2025."),
          iso("2026-01-22"), "day", "2026-01-06", "2026-01-06", QStringLiteral("6 January"));
    // Yearless days take the anchor's year, or the year before when that would be after the anchor.
    day("md-anchor", QStringLiteral("The missile flew on Nov. 5 toward the East Sea."), a, "2025-11-05");
    day("dm-anchor", QStringLiteral("Pyongyang fired a rocket on 3 November."), a, "2025-11-03");
    day("md-prev-year", QStringLiteral("It was the first test since December 12."), a, "2024-12-12");
    day("md-abbr-anchor", QStringLiteral("On Oct. 22 the North fired hypersonic missiles."), a, "2025-10-22");
    day("md-ordinal-anchor", QStringLiteral("By September 30th the launches had stopped."), a, "2025-09-30");
    day("weekday-date", QStringLiteral("On Thursday, November 6, the ministry denounced the sanctions."), a, "2025-11-06", 4);
    day("weekday-date-prev-year", QStringLiteral("On Tuesday, December 31, the country fired a missile."), iso("2025-02-03"), "2024-12-31", 2);
    // A yearless day within a month after the anchor is the coming one, unless the words look back.
    day("md-coming", QStringLiteral("Trump will be inaugurated on Jan. 20."), iso("2025-01-06"), "2025-01-20");
    day("md-coming-dm", QStringLiteral("Talks are set for 25 November."), a, "2025-11-25");
    day("md-since-not-coming", QStringLiteral("It is the first launch since Nov. 20."), a, "2024-11-20");
    day("md-after-not-coming", QStringLiteral("Tensions rose after November 30."), a, "2024-11-30");
    day("md-new-year", QStringLiteral("Kim will speak on January 1."), iso("2025-12-20"), "2026-01-01");
    // Dotted dates as Korean outlets print them.
    day("dotted", QStringLiteral("Published 2025.01.06 12:48"), none, "2025-01-06");
    day("dotted-short", QStringLiteral("Posted 2024.3.5 by the desk."), none, "2024-03-05");
    day("dotted-sentence", QStringLiteral("On 2023.12.18 an ICBM flew."), none, "2023-12-18");
    day("dotted-end", QStringLiteral("Edited 2025.11.07."), none, "2025-11-07");
    // Day, month's name and year joined by hyphens, as web stamps and logs write them.
    day("hyphenated", QStringLiteral("Updated 19:46, 07-Nov-2025"), none, "2025-11-07");
    day("hyphenated-caps", QStringLiteral("FILED 15-JAN-2025 0900Z"), none, "2025-01-15");
    day("hyphenated-short-year", QStringLiteral("Log entry 7-Mar-25: two SRBMs."), none, "2025-03-07");
    day("hyphenated-may", QStringLiteral("Posted on 08-May-2025, the note was brief."), none, "2025-05-08");
    day("hyphenated-full-month", QStringLiteral("Dated 22-October-2025."), none, "2025-10-22");
    day("dotted-korea", QStringLiteral("입력 2025.07.21 09:00"), none, "2025-07-21");
    // Spans of days are week-precision windows.
    range("span-md", QStringLiteral("The plenary meeting was held Dec. 23-27, 2024."), none, "week", "2024-12-23", "2024-12-27");
    range("span-dm", QStringLiteral("Drills ran 10–14 March 2025 near the border."), none, "week", "2025-03-10", "2025-03-14");
    range("span-anchor", QStringLiteral("Exercises on Oct. 27-31 drew a response."), a, "week", "2025-10-27", "2025-10-31");
    range("span-long", QStringLiteral("The drills of August 1-21, 2024 were the largest."), none, "month", "2024-08-01", "2024-08-21");
    range("span-en-dash-md", QStringLiteral("Between June 3–5, 2023 three launches followed."), none, "week", "2023-06-03", "2023-06-05");
    // Yearless days without an anchor are days of the year, never a guessed year.
    dayOfYear("doy-since", QStringLiteral("It is the first such test since November 5."), "11-05");
    dayOfYear("doy-abbr", QStringLiteral("On Jan. 14 the North fired a missile."), "01-14");
    dayOfYear("doy-dm", QStringLiteral("Launches on 14 January drew protests."), "01-14");
    dayOfYear("doy-ordinal", QStringLiteral("Since March 3rd the North has been quiet."), "03-03");
    dayOfYear("doy-weekday", QStringLiteral("On Thursday, November 6, officials met."), "11-06", 4);
    dayOfYear("doy-feb29", QStringLiteral("A launch on February 29 was reported."), "02-29");
    // Month and year; months alone from the anchor.
    range("my", QStringLiteral("In July 2025, officials met in Tokyo."), none, "month", "2025-07-01", "2025-07-31");
    range("my-abbr", QStringLiteral("The talks of Sept. 2024 went nowhere."), none, "month", "2024-09-01", "2024-09-30");
    range("my-feb-leap", QStringLiteral("North Korea's February 2024 tests were many."), none, "month", "2024-02-01", "2024-02-29");
    range("my-comma", QStringLiteral("It happened in December, 2023, after the summit."), none, "month", "2023-12-01", "2023-12-31");
    // A month with an era's year (and the common year in brackets, round or square).
    range("my-juche", QStringLiteral("the first test-fire in April Juche 113, has"), a, "month", "2024-04-01", "2024-04-30");
    range("my-juche-square", QStringLiteral("in April Juche 113 [2024], has become"), a, "month", "2024-04-01", "2024-04-30");
    range("my-juche-round", QStringLiteral("in October Juche 111 (2022) the"), a, "month", "2022-10-01", "2022-10-31");
    range("my-reiwa", QStringLiteral("in March, Reiwa 6, the ministry"), a, "month", "2024-03-01", "2024-03-31");
    range("my-heisei", QStringLiteral("in August Heisei 29 (2017), a missile"), a, "month", "2017-08-01", "2017-08-31");
    // A bracketed year that disagrees with the era's reads as no year of it.
    range("my-juche-disagrees", QStringLiteral("in April Juche 113 [2025], then"), a, "month", "2025-04-01", "2025-04-30");
    range("my-of", QStringLiteral("In January of 2025 the North tested a hypersonic missile."), none, "month", "2025-01-01", "2025-01-31");
    range("weekend", QStringLiteral("Over the weekend, the North fired cruise missiles."), a, "week", "2025-11-01", "2025-11-02");
    range("last-weekend", QStringLiteral("Last weekend the allies held drills."), iso("2025-11-09"), "week", "2025-11-08", "2025-11-09");
    range("my-may", QStringLiteral("North Korea's May 2025 missile tests serve as a reminder."), none, "month", "2025-05-01", "2025-05-31");
    range("month-anchor", QStringLiteral("State media reported tests of an air defense system in March."), a, "month", "2025-03-01", "2025-03-31");
    range("month-anchor-prev", QStringLiteral("The North fired missiles in December."), a, "month", "2024-12-01", "2024-12-31");
    range("month-since", QStringLiteral("It has fired several missiles since September."), a, "month", "2025-09-01", "2025-09-30");
    range("month-during", QStringLiteral("During August the allies held drills."), a, "month", "2025-08-01", "2025-08-31");
    range("month-last", QStringLiteral("Last November the North tested a satellite rocket."), a, "month", "2024-11-01", "2024-11-30");
    // Parts of months.
    range("early", QStringLiteral("A new round of missile tests conducted in early May 2025 drew alarm."), none, "part-of-month", "2025-05-01", "2025-05-10");
    range("mid", QStringLiteral("The drills in mid-May 2025 were the largest."), none, "part-of-month", "2025-05-11", "2025-05-20");
    range("late", QStringLiteral("Late February 2025 saw cruise missile tests."), none, "part-of-month", "2025-02-21", "2025-02-28");
    range("late-leap", QStringLiteral("Launches in late February 2024 followed."), none, "part-of-month", "2024-02-21", "2024-02-29");
    range("end-of", QStringLiteral("By the end of May 2025 the North had fired ten missiles."), none, "part-of-month", "2025-05-21", "2025-05-31");
    range("beginning-of", QStringLiteral("At the beginning of April 2023 a solid-fuel ICBM flew."), none, "part-of-month", "2023-04-01", "2023-04-10");
    range("mid-anchor", QStringLiteral("Pyongyang fired cruise missiles in mid-October."), a, "part-of-month", "2025-10-11", "2025-10-20");
    range("early-anchor", QStringLiteral("Tests in early September raised concern."), a, "part-of-month", "2025-09-01", "2025-09-10");
    range("late-last-month", QStringLiteral("The United States conducted a test late last month."), a, "part-of-month", "2025-10-21", "2025-10-31");
    range("early-this-month", QStringLiteral("Early this month the allies met."), a, "part-of-month", "2025-11-01", "2025-11-10");
    // The thirds of a month of the Korean and Chinese calendars, as translations say them.
    range("first-ten-days-this-month", QStringLiteral("In the first ten days of this month the North fired cruise missiles."), a, "part-of-month", "2025-11-01", "2025-11-10");
    range("first-10-days-named", QStringLiteral("The tests took place during the first 10 days of March 2024."), none, "part-of-month", "2024-03-01", "2024-03-10");
    range("middle-ten-days", QStringLiteral("A launch came in the middle ten days of last month."), a, "part-of-month", "2025-10-11", "2025-10-20");
    range("last-ten-days", QStringLiteral("Drills ran in the last ten days of February 2024."), none, "part-of-month", "2024-02-21", "2024-02-29");
    range("final-ten-days-anchor", QStringLiteral("Artillery fired in the final ten days of September."), a, "part-of-month", "2025-09-21", "2025-09-30");
    range("late-hyphen", QStringLiteral("It follows late-December's party plenary meeting."), a, "part-of-month", "2024-12-21", "2024-12-31");
    range("early-hyphen", QStringLiteral("The early-March 2024 drills angered Pyongyang."), none, "part-of-month", "2024-03-01", "2024-03-10");
    range("middle-of", QStringLiteral("In the middle of June 2024 the talks resumed."), none, "part-of-month", "2024-06-11", "2024-06-20");
    // Weekdays: the latest such day on or before the anchor; unknown without one.
    day("weekday-same", QStringLiteral("Early Friday morning, North Korea launched a missile."), a, "2025-11-07", 5, QStringLiteral("early morning"));
    day("weekday-on", QStringLiteral("North Korea launched missiles on Tuesday."), a, "2025-11-04", 2);
    day("weekday-afternoon", QStringLiteral("The missile was fired on Monday afternoon."), a, "2025-11-03", 1, QStringLiteral("afternoon"));
    day("weekday-night", QStringLiteral("Sunday night saw a second launch."), a, "2025-11-02", 7, QStringLiteral("night"));
    day("weekday-last", QStringLiteral("The envoy arrived last Friday."), a, "2025-10-31", 5);
    day("weekday-wed", QStringLiteral("On Wednesday, Japan lodged a protest."), a, "2025-11-05", 3);
    unknownWeekday("weekday-unknown-tue", QStringLiteral("North Korea launched multiple ballistic missiles on Tuesday."), 2);
    unknownWeekday("weekday-unknown-mon", QStringLiteral("The launch on Monday coincided with the visit."), 1);
    unknownWeekday("weekday-unknown-early", QStringLiteral("Early Friday morning, tension rose again."), 5, QStringLiteral("early morning"));
    unknownWeekday("weekday-unknown-sat", QStringLiteral("On Saturday evening the North fired two rockets."), 6, QStringLiteral("evening"));
    unknownWeekday("weekday-unknown-last", QStringLiteral("Japan protested last Thursday."), 4);
    // Relative expressions.
    range("last-month", QStringLiteral("Just last month, North Korea claimed to have fired hypersonic missiles."), a, "month", "2025-10-01", "2025-10-31");
    range("last-month-jan", QStringLiteral("The parade last month displayed a new ICBM."), iso("2025-01-10"), "month", "2024-12-01", "2024-12-31");
    range("this-month", QStringLiteral("This month the allies held drills."), a, "month", "2025-11-01", "2025-11-07");
    range("earlier-this-month", QStringLiteral("Earlier this month, Seoul warned of a launch."), a, "month", "2025-11-01", "2025-11-06");
    range("earlier-this-year", QStringLiteral("Earlier this year the North tested a new engine."), a, "year", "2025-01-01", "2025-11-06");
    range("last-year", QStringLiteral("Last year the North fired a record number of missiles."), a, "year", "2024-01-01", "2024-12-31");
    range("last-week", QStringLiteral("The allies met last week in Tokyo."), a, "week", "2025-10-27", "2025-11-02");
    range("this-week", QStringLiteral("This week, Pak Yong Il met officials."), a, "week", "2025-11-03", "2025-11-07");
    range("week-ago", QStringLiteral("A similar launch a week ago fell short."), iso("2025-01-14"), "week", "2025-01-04", "2025-01-10");
    range("week-earlier", QStringLiteral("It followed a hypersonic missile test conducted just a week earlier."), iso("2025-01-14"), "week", "2025-01-04", "2025-01-10");
    range("two-weeks-ago", QStringLiteral("Two weeks ago a cruise missile was fired."), a, "week", "2025-10-21", "2025-10-27");
    range("months-ago", QStringLiteral("Three months ago the North tested an engine."), a, "month", "2025-08-01", "2025-08-31");
    day("yesterday", QStringLiteral("Yesterday the North fired two missiles."), a, "2025-11-06");
    day("today", QStringLiteral("Japan said today that it would protest."), a, "2025-11-07");
    day("tonight", QStringLiteral("A statement is expected tonight."), a, "2025-11-07", 0, QStringLiteral("night"));
    day("days-ago", QStringLiteral("The missile, fired three days ago, flew 800 km."), a, "2025-11-04");
    day("day-before", QStringLiteral("The previous day, Seoul held talks."), a, "2025-11-06");
    day("the-25th", QStringLiteral("The test on the 25th was the third of its kind."), iso("2025-11-27"), "2025-11-25");
    day("the-25th-prev-month", QStringLiteral("The test on the 25th was a failure."), iso("2025-11-07"), "2025-10-25");
    day("the-3rd", QStringLiteral("Since the 3rd, five launches were detected."), iso("2025-11-07"), "2025-11-03");
    day("the-1st", QStringLiteral("Talks set on the 1st went ahead."), iso("2025-03-10"), "2025-03-01");
    day("the-31st", QStringLiteral("The launch on the 31st surprised Tokyo."), iso("2025-11-07"), "2025-10-31");
    // A day or month without its year, right before "last year", "this year" or "next year".
    day("day-last-year", QStringLiteral("It was the first ICBM launch since Oct 31 last year."), iso("2025-11-26"), "2024-10-31");
    day("ordinal-last-year", QStringLiteral("It fired on 14 January last year."), iso("2025-03-10"), "2024-01-14");
    day("dotted-last-year", QStringLiteral("The North fired on Nov. 5 last year, Seoul said."), iso("2025-12-10"), "2024-11-05");
    day("weekday-this-years", QStringLiteral("North Korea launched on Wednesday this year's first ballistic missile."), iso("2026-01-02"), "2025-12-31");
    day("day-this-year-kept", QStringLiteral("On March 3 this year the North fired."), iso("2025-11-07"), "2025-03-03");
    range("month-last-year", QStringLiteral("It fired a Hwasong-19 in October last year."), iso("2025-12-10"), "month", "2024-10-01", "2024-10-31");
    range("month-last-year-leap", QStringLiteral("Tests in February last year failed."), iso("2025-03-10"), "month", "2024-02-01", "2024-02-29");
    // A part of the day before the ordinal day ("on the morning of the 9th").
    day("morning-of-the-9th", QStringLiteral("North Korea fired two missiles on the morning of the 9th."), iso("2025-12-10"), "2025-12-09");
    day("night-of-the-8th", QStringLiteral("The launch came on the night of the 8th."), iso("2025-12-10"), "2025-12-08");
    day("afternoon-of-the-25th", QStringLiteral("In the afternoon of the 25th, it fired again."), iso("2025-11-27"), "2025-11-25");
    day("evening-of-the-3rd", QStringLiteral("Late in the evening of the 3rd the JCS detected a launch."), iso("2025-11-07"), "2025-11-03");
    day("dawn-of-the-1st", QStringLiteral("Around the dawn of the 1st, two missiles flew east."), iso("2025-03-10"), "2025-03-01");
    // A week of a named month: seven days of it, the last week its final seven.
    range("last-week-of", QStringLiteral("In the last week of January, the North fired cruise missiles."), iso("2025-05-06"), "week", "2025-01-25", "2025-01-31");
    range("last-week-of-feb-leap", QStringLiteral("Launches came in the last week of February 2024."), none, "week", "2024-02-23", "2024-02-29");
    range("final-week-of", QStringLiteral("The final week of March saw three salvoes."), a, "week", "2025-03-25", "2025-03-31");
    range("first-week-of", QStringLiteral("During the first week of May 2025, drills began."), none, "week", "2025-05-01", "2025-05-07");
    range("second-week-of", QStringLiteral("A test in the second week of October drew protests."), a, "week", "2025-10-08", "2025-10-14");
    range("fourth-week-of", QStringLiteral("The fourth week of December 2023 was quiet."), none, "week", "2023-12-22", "2023-12-28");
    range("last-week-still-relative", QStringLiteral("Last week the North fired two missiles."), a, "week", "2025-10-27", "2025-11-02");
    // A weekday in brackets after a date is that date's, not another day.
    day("bracket-weekday", QStringLiteral("January 6 (Monday). A hypersonic missile was fired."), iso("2025-05-06"), "2025-01-06", 1);
    day("label-colon", QStringLiteral("Jan. 6: an IRBM flew 1,100 km."), iso("2025-05-06"), "2025-01-06");
    // A year before a label colon is the day's; "20:24" would be a clock.
    day("year-label-colon", QStringLiteral("19 February 2024: two SRBMs flew 400 km."), iso("2026-03-17"), "2024-02-19");
    day("year-label-colon-us", QStringLiteral("- February 19, 2024: two SRBMs."), iso("2026-03-17"), "2024-02-19");
    day("label-colon-dmy", QStringLiteral("- 14 January: several SRBMs were fired."), iso("2025-05-06"), "2025-01-14");
    day("bracket-weekday-dmy", QStringLiteral("On 24 January (Wednesday) cruise missiles flew."), iso("2024-02-05"), "2024-01-24", 3);
    day("bracket-weekday-year", QStringLiteral("On March 10, 2025 (Monday) rockets were fired."), none, "2025-03-10", 1);
    day("bracket-weekday-abbr", QStringLiteral("Oct. 22 (Wednesday): missiles flew from Ryokpo."), a, "2025-10-22", 3);
    day("bracket-weekday-picks-year", QStringLiteral("28 January (Sunday) was the day of the launch."), iso("2025-02-05"), "2024-01-28", 7);
    dayOfYear("bracket-weekday-no-anchor", QStringLiteral("On 28 January (Sunday) a missile flew."), "01-28", 7);
    // Artillery trap: the previous Saturday is the one before that Monday.
    day("previous-saturday", QStringLiteral("South Korea detected ten rounds of artillery fire on Monday and the previous Saturday."), a, "2025-11-03", 1);
}

void TestTemporalTagger::resolves()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    QFETCH(QString, pick);
    QFETCH(QString, precision);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(int, weekday);
    QFETCH(QString, monthDay);
    QFETCH(QString, timeOfDay);

    const QVector<DateMention> ms = TemporalTagger(anchor).tag(text);
    const DateMention *m = findMention(ms, pick);
    QVERIFY2(m, qPrintable(QStringLiteral("no date in: ") + text));
    const QString got = describe(ms);
    QVERIFY2(precisionName(m->date.precision) == precision, qPrintable(got));
    QVERIFY2(m->date.earliest == earliest, qPrintable(got));
    QVERIFY2(m->date.latest == latest, qPrintable(got));
    if (weekday != 0 || precision == QLatin1String("unknown"))
        QVERIFY2(m->date.weekday == weekday, qPrintable(got));
    if (!monthDay.isEmpty())
        QVERIFY2(QStringLiteral("%1-%2").arg(m->date.month, 2, 10, QLatin1Char('0')).arg(m->date.day, 2, 10, QLatin1Char('0')) == monthDay,
                 qPrintable(got));
    if (!timeOfDay.isEmpty())
        QVERIFY2(m->timeOfDay == timeOfDay, qPrintable(got));
    QVERIFY(!m->bareYear);
}

void TestTemporalTagger::relativeToReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");

    const QDate r = iso("2025-01-14");
    QTest::newRow("week-earlier") << QStringLiteral("following a hypersonic missile test conducted just a week earlier") << r
                                  << QStringLiteral("week") << iso("2025-01-04") << iso("2025-01-10");
    QTest::newRow("week-before") << QStringLiteral("A week before, the North had fired an IRBM.") << r
                                 << QStringLiteral("week") << iso("2025-01-04") << iso("2025-01-10");
    QTest::newRow("one-week-earlier") << QStringLiteral("One week earlier a cruise missile flew.") << r
                                      << QStringLiteral("week") << iso("2025-01-04") << iso("2025-01-10");
    QTest::newRow("two-days-earlier") << QStringLiteral("Two days earlier the ministry warned of a launch.") << r
                                      << QStringLiteral("day") << iso("2025-01-12") << iso("2025-01-12");
    QTest::newRow("day-before") << QStringLiteral("The day before, Seoul had raised its alert level.") << r
                                << QStringLiteral("day") << iso("2025-01-13") << iso("2025-01-13");
    QTest::newRow("following-day") << QStringLiteral("The following day, Japan protested.") << r
                                   << QStringLiteral("day") << iso("2025-01-15") << iso("2025-01-15");
    QTest::newRow("weekday") << QStringLiteral("On Sunday the allies met.") << r << QStringLiteral("day")
                             << iso("2025-01-12") << iso("2025-01-12");
    QTest::newRow("month-before") << QStringLiteral("A month earlier the North had tested an engine.") << r
                                  << QStringLiteral("month") << iso("2024-12-01") << iso("2024-12-31");
}

void TestTemporalTagger::relativeToReference()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QString, precision);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    // The anchor (publication date) is deliberately different: the reference wins.
    const QVector<DateMention> ms = TemporalTagger(iso("2025-03-01")).tagRelativeTo(text, FuzzyDate::onDay(reference));
    const DateMention *m = findMention(ms, {});
    QVERIFY2(m, qPrintable(text));
    const QString got = describe(ms);
    QVERIFY2(precisionName(m->date.precision) == precision, qPrintable(got));
    QVERIFY2(m->date.earliest == earliest && m->date.latest == latest, qPrintable(got));
    QVERIFY(m->relative);
}

void TestTemporalTagger::notDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("anchor");
    const QDate a = iso("2025-11-07");
    const QDate none;
    QTest::newRow("slash-both-small") << QStringLiteral("The launch on 9/11 anniversary was marked.") << a;
    QTest::newRow("slash-no-preposition") << QStringLiteral("Troops stay on alert 24/7 along the border.") << a;
    QTest::newRow("slash-fraction") << QStringLiteral("About 3/4 of the launches failed, and 22/30 flew.") << a;
    QTest::newRow("slash-score") << QStringLiteral("The vote in the assembly was 13/2 in favour.") << a;
    QTest::newRow("km") << QStringLiteral("The missile flew 1,100 kilometers before falling into the sea.") << a;
    QTest::newRow("km2") << QStringLiteral("It travelled 2025 km, officials said.") << a;
    QTest::newRow("warheads") << QStringLiteral("The North may have 50 warheads.") << a;
    QTest::newRow("rounds") << QStringLiteral("South Korea detected 10 rounds of artillery fire.") << none;
    QTest::newRow("rounds-words") << QStringLiteral("The army fired ten rounds into the buffer zone.") << a;
    QTest::newRow("resolution-1718") << QStringLiteral("It violates Resolution 1718 of the Security Council.") << a;
    QTest::newRow("resolution-2397") << QStringLiteral("Resolution 2397 bans such launches.") << a;
    QTest::newRow("resolution-2087") << QStringLiteral("Under UN Security Council Resolution 2087, tests are banned.") << a;
    QTest::newRow("resolutions-list") << QStringLiteral("Resolutions 2270 and 2321 tightened sanctions.") << a;
    QTest::newRow("resolution-no") << QStringLiteral("See Resolution No. 2094 for details.") << a;
    QTest::newRow("decade") << QStringLiteral("Tests have continued since the 1990s.") << a;
    QTest::newRow("decade2") << QStringLiteral("In the 2010s the program grew fast.") << a;
    QTest::newRow("decade3") << QStringLiteral("The 1980s saw the first Scud copies.") << none;
    QTest::newRow("decade4") << QStringLiteral("Since the early 2000s Pyongyang has tested engines.") << a;
    QTest::newRow("decade5") << QStringLiteral("During the 1970s the program began.") << none;
    QTest::newRow("time-only") << QStringLiteral("The missile was launched at 7:10 a.m.") << none;
    QTest::newRow("time-only-gmt") << QStringLiteral("It was fired at approximately noon local time (03:00 GMT).") << none;
    QTest::newRow("may-verb") << QStringLiteral("May officials said the launch may continue.") << a;
    QTest::newRow("march-noun") << QStringLiteral("The Long March rocket was not involved.") << a;
    QTest::newRow("calibre") << QStringLiteral("A 600-millimetre rocket launcher was used.") << a;
    QTest::newRow("percent") << QStringLiteral("About 31 percent of tests failed.") << a;
    QTest::newRow("anniversary") << QStringLiteral("It marked the 25th anniversary of the party.") << a;
    QTest::newRow("morning-of-anniversary") << QStringLiteral("It was the morning of the 9th anniversary of the party.") << a;
    QTest::newRow("end-of-the-9th") << QStringLiteral("By the end of the 9th inning the game was over.") << a;
    QTest::newRow("count") << QStringLiteral("At least seven short-range ballistic missiles were fired.") << a;
    QTest::newRow("mdash") << QStringLiteral("Hwasong-19 and KN-23 are designations.") << a;
    // Figures that only look like a numeric date.
    QTest::newRow("version") << QStringLiteral("The app was updated to version 1.2.2025.3 overnight.") << a;
    QTest::newRow("fraction-path") << QStringLiteral("See page 3/4/20250 of the file.") << a;
    QTest::newRow("impossible") << QStringLiteral("Code 31/31/2025 was printed on the crate.") << a;
    QTest::newRow("ip-like") << QStringLiteral("The server 10.12.2025.4 went down.") << a;
    QTest::newRow("score") << QStringLiteral("The vote was 3/4/5 in favour.") << a;
    QTest::newRow("hyphenated-impossible") << QStringLiteral("Part 31-Feb-2025 was a typo.") << a;
    QTest::newRow("hyphenated-code") << QStringLiteral("Lot 12-May-2025-3 shipped.") << a;
    QTest::newRow("hyphenated-in-code") << QStringLiteral("Ref AB-12-May-2025 applies.") << a;
    QTest::newRow("hyphenated-spaced") << QStringLiteral("Scores were 12 - May - 2025 apart.") << a;
}

void TestTemporalTagger::notDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    const QVector<DateMention> ms = TemporalTagger(anchor).tag(text);
    QVERIFY2(ms.isEmpty(), qPrintable(describe(ms)));
}

// With no day to count from and no year in sight, "in March" is the month
// stated without its year: precision unknown (never a guessed year), the month kept.
void TestTemporalTagger::monthWithoutItsYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("month");
    QTest::newRow("in-march") << QStringLiteral("State media reported tests in March.") << 3;
    QTest::newRow("in-june-opening") << QStringLiteral("In June, the North fired an intermediate-range missile over Japan.") << 6;
    QTest::newRow("during-august") << QStringLiteral("The drills ran during August.") << 8;
    QTest::newRow("since-april") << QStringLiteral("No ICBM has flown since April.") << 4;
    QTest::newRow("in-sept-abbrev") << QStringLiteral("It fired cruise missiles in Sept. from a submarine.") << 9;
}

void TestTemporalTagger::monthWithoutItsYear()
{
    QFETCH(QString, text);
    QFETCH(int, month);
    const QVector<DateMention> ms = TemporalTagger(QDate()).tag(text);
    QVERIFY2(ms.size() == 1, qPrintable(describe(ms)));
    QCOMPARE(ms.first().date.precision, DatePrecision::Unknown);
    QVERIFY(!ms.first().date.isKnown());
    QCOMPARE(ms.first().date.month, month);
    QCOMPARE(ms.first().date.weekday, 0);
}

void TestTemporalTagger::bareYears_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::newRow("since") << QStringLiteral("It has conducted six nuclear tests since 2006.") << 2006;
    QTest::newRow("in") << QStringLiteral("Diplomacy with Trump collapsed in 2019.") << 2019;
    QTest::newRow("of") << QStringLiteral("It was the second missile testing event of 2025.") << 2025;
    QTest::newRow("during") << QStringLiteral("During 2017 the North tested three ICBMs.") << 2017;
    QTest::newRow("early") << QStringLiteral("Both in office since early 2025, they met.") << 2025;
    QTest::newRow("until") << QStringLiteral("The moratorium held until 2018.") << 2018;
}

void TestTemporalTagger::bareYears()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    const QVector<DateMention> ms = TemporalTagger(iso("2025-11-07")).tag(text);
    QCOMPARE(ms.size(), 1);
    QVERIFY(ms[0].bareYear);
    QCOMPARE(ms[0].date.precision, DatePrecision::Year);
    QCOMPARE(ms[0].date.earliest, QDate(year, 1, 1));
    QCOMPARE(ms[0].date.latest, QDate(year, 12, 31));
}

void TestTemporalTagger::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QString>("timeText");
    QTest::addColumn<int>("koreaMinutes");
    QTest::addColumn<int>("shift");
    QTest::addColumn<QDate>("dateAfter"); // the date next to the time, in Korea; invalid: no date

    const QDate none;
    QTest::newRow("noon-gmt") << QStringLiteral("It was launched at approximately noon local time (03:00 GMT).") << none
                              << QStringLiteral("12:00 local (03:00 GMT)") << 12 * 60 << 0 << QDate();
    QTest::newRow("am") << QStringLiteral("The missile was fired at 7:10 a.m. on May 8, 2025.") << none
                        << QStringLiteral("07:10") << -1 << 0 << iso("2025-05-08");
    QTest::newRow("kst") << QStringLiteral("The launch at 07:48 KST on 2 June 2024 was detected.") << none
                         << QStringLiteral("07:48 KST") << 7 * 60 + 48 << 0 << iso("2024-06-02");
    QTest::newRow("pm") << QStringLiteral("On March 3, 2025 at 4 p.m. a second missile flew.") << none
                        << QStringLiteral("16:00") << -1 << 0 << iso("2025-03-03");
    QTest::newRow("gmt-cross") << QStringLiteral("The missile was launched at 22:30 GMT on January 5, 2025.") << none
                               << QStringLiteral("22:30 GMT") << 7 * 60 + 30 << 1 << iso("2025-01-06");
    // British dotted clocks: a clock only with a zone or am/pm after it.
    QTest::newRow("dotted-gmt-cross") << QStringLiteral("The missile was launched at 21.52 GMT on 12 December 2025.") << none
                                      << QStringLiteral("21:52 GMT") << 6 * 60 + 52 << 1 << iso("2025-12-13");
    QTest::newRow("dotted-am") << QStringLiteral("It was fired at 6.52am on 13 December 2025.") << none
                               << QStringLiteral("06:52") << -1 << 0 << iso("2025-12-13");
    QTest::newRow("dotted-pm") << QStringLiteral("On 3 March 2025 at 4.15pm a second missile flew.") << none
                               << QStringLiteral("16:15") << -1 << 0 << iso("2025-03-03");
    QTest::newRow("dotted-utc") << QStringLiteral("On 31 December 2024 at 16.05 UTC, the North fired a rocket.") << none
                                << QStringLiteral("16:05 UTC") << 1 * 60 + 5 << 1 << iso("2025-01-01");
    QTest::newRow("dotted-bst") << QStringLiteral("The launch came at 23.40 BST on 5 June 2024.") << none
                                << QStringLiteral("23:40 BST") << 7 * 60 + 40 << 1 << iso("2024-06-06");
    QTest::newRow("utc-cross") << QStringLiteral("On 31 December 2024 at 16:05 UTC, the North fired a rocket.") << none
                               << QStringLiteral("16:05 UTC") << 1 * 60 + 5 << 1 << iso("2025-01-01");
    QTest::newRow("utc-cross-month") << QStringLiteral("A launch at 2100 UTC on April 30, 2023 followed.") << none
                                     << QStringLiteral("21:00 UTC") << 6 * 60 << 1 << iso("2023-05-01");
    QTest::newRow("utc-no-cross") << QStringLiteral("On June 1, 2025 at 01:00 UTC a missile flew.") << none
                                  << QStringLiteral("01:00 UTC") << 10 * 60 << 0 << iso("2025-06-01");
    QTest::newRow("et-cross") << QStringLiteral("At 11 p.m. ET on Monday, Washington confirmed a launch.") << iso("2025-11-07")
                              << QStringLiteral("23:00 ET") << 13 * 60 << 1 << iso("2025-11-04");
    QTest::newRow("gmt-weekday") << QStringLiteral("It was fired on Friday at 20:00 GMT.") << iso("2025-11-07")
                                 << QStringLiteral("20:00 GMT") << 5 * 60 << 1 << iso("2025-11-08");
    QTest::newRow("afternoon") << QStringLiteral("The missiles were fired during the afternoon hours.") << none
                               << QStringLiteral("afternoon") << -1 << 0 << QDate();
    QTest::newRow("early-morning") << QStringLiteral("The launch came in the early morning.") << none
                                   << QStringLiteral("early morning") << -1 << 0 << QDate();
    QTest::newRow("evening") << QStringLiteral("A second salvo followed in the evening.") << none
                             << QStringLiteral("evening") << -1 << 0 << QDate();
    QTest::newRow("night") << QStringLiteral("Late at night, sirens sounded; it was late night in Seoul.") << none
                           << QStringLiteral("late night") << -1 << 0 << QDate();
    QTest::newRow("seoul-time") << QStringLiteral("It flew at 7 a.m. Seoul time on Friday.") << iso("2025-11-08")
                                << QStringLiteral("07:00 KST") << 7 * 60 << 0 << iso("2025-11-07");
    QTest::newRow("early-hours") << QStringLiteral("In the early hours of Friday the North fired again.") << iso("2025-11-08")
                                 << QStringLiteral("early hours") << -1 << 0 << iso("2025-11-07");
    QTest::newRow("ist") << QStringLiteral("Updated 8:00 PM IST, November 7, 2025") << QDate()
                         << QStringLiteral("20:00 IST") << 23 * 60 + 30 << 0 << iso("2025-11-07");
    QTest::newRow("pst-cross") << QStringLiteral("At 5:30 p.m. PST on Sunday, December 1, 2024, the Pentagon spoke.") << QDate()
                               << QStringLiteral("17:30 PST") << 10 * 60 + 30 << 1 << iso("2024-12-02");
    // An explicit offset on the zone: "GMT+9" is Korea time, "UTC-5" five hours behind.
    QTest::newRow("gmt-plus-offset") << QStringLiteral("Updated 3:40 p.m. GMT+9, May 7, 2024") << QDate()
                                     << QStringLiteral("15:40 GMT+9") << 15 * 60 + 40 << 0 << iso("2024-05-07");
    QTest::newRow("utc-minus-offset") << QStringLiteral("The launch came at 9:30 p.m. UTC-5 on March 2, 2025.") << QDate()
                                      << QStringLiteral("21:30 UTC-5") << 11 * 60 + 30 << 1 << iso("2025-03-03");
    QTest::newRow("midnight") << QStringLiteral("Shortly after midnight local time, the launch was detected.") << none
                              << QStringLiteral("00:00 local") << 0 << 0 << QDate();
    // A 24-hour clock right after a date's year or day is a time, not a "2:1" score.
    QTest::newRow("after-year") << QStringLiteral("Updated 7 November 2025 16:20") << none
                                << QStringLiteral("16:20") << -1 << 0 << iso("2025-11-07");
    QTest::newRow("after-iso-day") << QStringLiteral("[2025-06-18 23:09]") << none
                                   << QStringLiteral("23:09") << -1 << 0 << iso("2025-06-18");
    QTest::newRow("after-slash-day") << QStringLiteral("Mis à jour 03/04/2025 18:40") << none
                                     << QStringLiteral("18:40") << -1 << 0 << iso("2025-04-03");
    QTest::newRow("after-dotted-day") << QStringLiteral("Stand: 04.12.2025 09:15") << none
                                      << QStringLiteral("09:15") << -1 << 0 << iso("2025-12-04");
    QTest::newRow("after-year-comma") << QStringLiteral("Posted June 3, 2025 21:05 after the briefing") << none
                                      << QStringLiteral("21:05") << -1 << 0 << iso("2025-06-03");
}

void TestTemporalTagger::times()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    QFETCH(QString, timeText);
    QFETCH(int, koreaMinutes);
    QFETCH(int, shift);
    QFETCH(QDate, dateAfter);

    const TemporalTagger tagger(anchor);
    const QVector<TimeMention> ts = tagger.times(text);
    const TimeMention *t = nullptr;
    QStringList seen;
    for (const TimeMention &x : ts) {
        seen << x.text;
        if (x.text == timeText)
            t = &x;
    }
    QVERIFY2(t, qPrintable(seen.join(QStringLiteral(" | "))));
    QCOMPARE(t->koreaMinutes, koreaMinutes);
    QCOMPARE(t->koreaDayShift, shift);

    // A tagger that tagged the same text first reuses its tokens: the same
    // times, at the same offset; another text at that offset is read afresh.
    const TemporalTagger tagged(anchor);
    tagged.tag(text, 7);
    const QVector<TimeMention> again = tagged.times(text, 7);
    QCOMPARE(again.size(), ts.size());
    for (int i = 0; i < ts.size(); ++i) {
        QCOMPARE(again[i].text, ts[i].text);
        QCOMPARE(again[i].start, ts[i].start + 7);
        QCOMPARE(again[i].end, ts[i].end + 7);
        QCOMPARE(again[i].koreaMinutes, ts[i].koreaMinutes);
        QCOMPARE(again[i].koreaDayShift, ts[i].koreaDayShift);
    }
    QVERIFY(tagged.times(QStringLiteral("No clock here at all."), 7).isEmpty());

    const QVector<DateMention> ds = tagger.tag(text);
    if (!dateAfter.isValid()) {
        QVERIFY2(ds.isEmpty(), qPrintable(describe(ds)));
        return;
    }
    QCOMPARE(ds.size(), 1);
    QVERIFY2(ds[0].date.earliest == dateAfter && ds[0].date.latest == dateAfter, qPrintable(describe(ds)));
    QCOMPARE(ds[0].timeOfDay, timeText);
    QCOMPARE(ds[0].koreaDayShift, shift);
}

void TestTemporalTagger::countedDaysFromStatedDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pick");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("relative");
    // The publication date (anchor) is 2025-01-26, a Sunday; the sentence states another day.
    QTest::newRow("next-day") << QStringLiteral("On Jan. 14 the North fired missiles and the next day it fired more.")
                              << QStringLiteral("next day") << iso("2025-01-15") << false;
    QTest::newRow("following-day") << QStringLiteral("Seoul detected a launch on January 6, and the following day state media called it hypersonic.")
                                   << QStringLiteral("following day") << iso("2025-01-07") << false;
    QTest::newRow("day-after") << QStringLiteral("Cruise missiles flew on Jan. 20; the day after, Japan protested.")
                               << QStringLiteral("day after") << iso("2025-01-21") << false;
    QTest::newRow("days-later") << QStringLiteral("A salvo on Jan. 3 was followed three days later by a cruise missile test.")
                                << QStringLiteral("three days later") << iso("2025-01-06") << false;
    QTest::newRow("previous-day-report-after") << QStringLiteral("Kim oversaw a test the previous day, state media reported Thursday.")
                                               << QStringLiteral("previous day") << iso("2025-01-22") << false;
    QTest::newRow("previous-day-said-on") << QStringLiteral("The JCS said in a statement on Friday that it tracked missiles fired at 4 p.m. the previous day.")
                                          << QStringLiteral("previous day") << iso("2025-01-23") << false;
    QTest::newRow("day-before-stated") << QStringLiteral("On Jan. 10 the army drilled; the day before, missiles flew.")
                                       << QStringLiteral("day before") << iso("2025-01-09") << false;
    // No day in the sentence: counted from the publication date, still relative.
    QTest::newRow("previous-day-alone") << QStringLiteral("The previous day, missiles were fired toward the sea.")
                                        << QStringLiteral("previous day") << iso("2025-01-25") << true;
    // "ago" counts from today, not from a day told.
    QTest::newRow("days-ago-not-anchored") << QStringLiteral("On Jan. 3 talks began; three days ago a missile flew.")
                                           << QStringLiteral("three days ago") << iso("2025-01-23") << true;
    // "the next day" does not count from a period.
    QTest::newRow("next-day-after-month") << QStringLiteral("Last month drills began and the next day rockets were fired.")
                                          << QStringLiteral("next day") << iso("2025-01-27") << true;
}

void TestTemporalTagger::countedDaysFromStatedDay()
{
    QFETCH(QString, text);
    QFETCH(QString, pick);
    QFETCH(QDate, day);
    QFETCH(bool, relative);
    const QVector<DateMention> ms = TemporalTagger(iso("2025-01-26")).tag(text);
    const DateMention *m = findMention(ms, pick);
    QVERIFY2(m, qPrintable(describe(ms)));
    QVERIFY2(m->date.isDay() && m->date.earliest == day, qPrintable(describe(ms)));
    QCOMPARE(m->relative, relative);
    QCOMPARE(m->countsDays, !pick.endsWith(QLatin1String("ago")));
}

void TestTemporalTagger::countedDaysFromParagraph_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("sentence"); // the sentence tagged, found in the document
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("relative");
    // Publication date 2025-05-06.
    QTest::newRow("list-item") << QStringLiteral("Log:\n6. April 28. The destroyer fired a cruise missile. The next day, it fired more.\n")
                               << QStringLiteral("The next day, it fired more.") << iso("2025-04-29") << false;
    QTest::newRow("wrapped-paragraph") << QStringLiteral("Intro.\n\nOn March 10 the North fired rockets from\nNorth Hwanghae. The following day, Seoul\nprotested.")
                                       << QStringLiteral("The following day, Seoul\nprotested.") << iso("2025-03-11") << false;
    QTest::newRow("weekday-anchor") << QStringLiteral("North Korea fired a missile on Monday. The next day it fired two more.")
                                    << QStringLiteral("The next day it fired two more.") << iso("2025-05-06") << false;
    QTest::newRow("days-later") << QStringLiteral("- Jan. 6: an IRBM flew 1,100 km. Eight days later, SRBMs followed.")
                                << QStringLiteral("Eight days later, SRBMs followed.") << iso("2025-01-14") << false;
    QTest::newRow("last-of-several") << QStringLiteral("Drills ran on Feb. 2 and a launch came on Feb. 5. The day after, Japan protested.")
                                     << QStringLiteral("The day after, Japan protested.") << iso("2025-02-06") << false;
    // Not across a blank line or a paragraph that ended its sentence, nor into another list item.
    QTest::newRow("blank-line") << QStringLiteral("It fired on April 28.\n\nThe next day, Seoul protested.")
                                << QStringLiteral("The next day, Seoul protested.") << iso("2025-05-07") << true;
    QTest::newRow("paragraph-per-line") << QStringLiteral("It fired on April 28.\nThe next day, Seoul protested.")
                                        << QStringLiteral("The next day, Seoul protested.") << iso("2025-05-07") << true;
    QTest::newRow("other-list-item") << QStringLiteral("- April 28: a cruise missile\n- The next day: nothing")
                                     << QStringLiteral("The next day: nothing") << iso("2025-05-07") << true;
}

void TestTemporalTagger::countedDaysFromParagraph()
{
    QFETCH(QString, document);
    QFETCH(QString, sentence);
    QFETCH(QDate, day);
    QFETCH(bool, relative);
    const int offset = int(document.indexOf(sentence));
    QVERIFY(offset > 0);
    TemporalTagger tagger(iso("2025-05-06"));
    tagger.setDocument(document);
    const QVector<DateMention> ms = tagger.tag(sentence, offset);
    QVERIFY2(!ms.isEmpty(), qPrintable(sentence));
    QVERIFY2(ms[0].countsDays && ms[0].date.isDay() && ms[0].date.earliest == day, qPrintable(describe(ms)));
    QCOMPARE(ms[0].relative, relative);
    // Without the document the sentence alone counts from the publication date.
    const QVector<DateMention> alone = TemporalTagger(iso("2025-05-06")).tag(sentence, offset);
    QVERIFY(alone[0].relative);
}

void TestTemporalTagger::datelineGivesWayToStatedDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dateline"); // the dateline's date text
    QTest::addColumn<bool>("dropped");     // left out of tag() (the sentence states its own date)
    QTest::newRow("reuters") << QStringLiteral("SEOUL, Feb 28 (Reuters) - North Korea test-fired cruise missiles on Wednesday, KCNA said.")
                             << QStringLiteral("Feb 28") << true;
    QTest::newRow("yonhap") << QStringLiteral("SEOUL, Sept. 18 (Yonhap) -- North Korea fired missiles toward the East Sea on Wednesday.")
                            << QStringLiteral("Sept. 18") << true;
    QTest::newRow("kcna") << QStringLiteral("Pyongyang, April 3 (KCNA) -- The Missile Administration conducted a test-fire on April 2.")
                          << QStringLiteral("April 3") << true;
    QTest::newRow("kyodo-two-places") << QStringLiteral("SEOUL, TOKYO, Nov. 5 (Kyodo) -- North Korea fired missiles early Tuesday.")
                                      << QStringLiteral("Nov. 5") << true;
    QTest::newRow("caps-dash") << QStringLiteral("WASHINGTON, Jan. 6 \u2014 The State Department condemned Monday's launch.")
                               << QStringLiteral("Jan. 6") << true;
    QTest::newRow("with-year") << QStringLiteral("SEOUL, Nov. 7, 2025 (Yonhap) -- The North fired a missile on Friday.")
                               << QStringLiteral("Nov. 7, 2025") << true;
    // KCNA's dateline with its Juche year (and the common-era year in brackets) before the agency.
    QTest::newRow("kcna-juche") << QStringLiteral("Pyongyang, November 26 Juche 114 (2025) (KCNA) -- The Missile Administration conducted a test-fire on Tuesday.")
                                << QStringLiteral("November 26") << true;
    QTest::newRow("kcna-juche-comma") << QStringLiteral("Pyongyang, November 26, Juche 114 (KCNA) -- The test-fire took place on Tuesday.")
                                      << QStringLiteral("November 26") << true;
    QTest::newRow("kcna-juche-no-bracket-year") << QStringLiteral("Pyongyang, March 3 Juche 114 (KCNA) -- A drill was held on Sunday.")
                                                << QStringLiteral("March 3") << true;
    QTest::newRow("caps-juche") << QStringLiteral("PYONGYANG, March 3 Juche 114 (2025) -- A drill was held on Sunday.")
                                << QStringLiteral("March 3") << true;
    QTest::newRow("kcna-juche-2024") << QStringLiteral("Pyongyang, January 15 Juche 113 (2024) (KCNA) -- A test was held on Sunday.")
                                     << QStringLiteral("January 15") << true;
    // The dateline is the only date: kept (the story's day is all there is).
    QTest::newRow("alone") << QStringLiteral("SEOUL, May 17 (Yonhap) -- North Korea fired missiles toward the East Sea.")
                           << QStringLiteral("May 17") << false;
    QTest::newRow("alone-bare-year") << QStringLiteral("SEOUL, May 17 (Yonhap) -- The North fired its first missile since 2023.")
                                     << QStringLiteral("May 17") << false;
    // Not a dateline: a date inside the sentence, or a lowercase lead.
    QTest::newRow("not-dateline-body") << QStringLiteral("Seoul said Feb 28 was quiet, but on Wednesday missiles flew.")
                                       << QStringLiteral("Feb 28") << false;
    QTest::newRow("not-dateline-no-dash") << QStringLiteral("In Seoul, Feb 28 (local time) the North fired missiles on Wednesday.")
                                          << QStringLiteral("Feb 28") << false;
}

void TestTemporalTagger::datelineGivesWayToStatedDate()
{
    QFETCH(QString, text);
    QFETCH(QString, dateline);
    QFETCH(bool, dropped);
    TemporalTagger tagger(iso("2025-03-01"));
    const QVector<DateMention> ms = tagger.tag(text);
    bool present = false;
    for (const DateMention &m : ms)
        present = present || m.date.text.contains(dateline);
    QVERIFY2(present != dropped, qPrintable(describe(ms)));
    // The publication-date detector keeps it, marked.
    tagger.setKeepDatelines(true);
    const QVector<DateMention> all = tagger.tag(text);
    const DateMention *d = findMention(all, dateline);
    QVERIFY2(d, qPrintable(describe(all)));
    if (dropped)
        QVERIFY(d->dateline);
}

void TestTemporalTagger::listedDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QString>("days"); // every date mention's day (or MM-DD), joined by spaces
    const QDate a = iso("2024-02-15");
    const QDate none;
    QTest::newRow("and") << QStringLiteral("On Jan. 24, 28 and 30, it fired cruise missiles.") << a
                         << QStringLiteral("2024-01-24 2024-01-28 2024-01-30");
    QTest::newRow("two") << QStringLiteral("The North fired missiles on Oct. 22 and 24.") << iso("2025-11-07")
                         << QStringLiteral("2025-10-22 2025-10-24");
    QTest::newRow("oxford-comma") << QStringLiteral("It fired on May 8, 9, and 10.") << iso("2025-06-01")
                                  << QStringLiteral("2025-05-08 2025-05-09 2025-05-10");
    QTest::newRow("year-after") << QStringLiteral("Tests on March 3, 5 and 7, 2023 failed.") << none
                                << QStringLiteral("2023-03-03 2023-03-05 2023-03-07");
    QTest::newRow("or") << QStringLiteral("The launch came on Sept. 12 or 13.") << iso("2024-09-20")
                        << QStringLiteral("2024-09-12 2024-09-13");
    QTest::newRow("no-anchor") << QStringLiteral("Cruise missiles flew on Jan. 24, 28 and 30.") << none
                               << QStringLiteral("01-24 01-28 01-30");
    // Counts and quantities after a date are not days.
    QTest::newRow("count") << QStringLiteral("On Jan. 24, 28 missiles were fired.") << a << QStringLiteral("2024-01-24");
    QTest::newRow("count-and") << QStringLiteral("On May 8 and 9 rockets flew.") << iso("2025-06-01") << QStringLiteral("2025-05-08");
    QTest::newRow("no-conjunction") << QStringLiteral("On Jan. 24, 28 cruise missiles and 30 rockets flew.") << a
                                    << QStringLiteral("2024-01-24");
    QTest::newRow("km") << QStringLiteral("On Jan. 24 and 250 km away, it fell.") << a << QStringLiteral("2024-01-24");
    // "&" joins a list as "and" does.
    QTest::newRow("ampersand") << QStringLiteral("Launches on Jan. 8 & 22, both from Pyongyang, drew protests.") << a
                               << QStringLiteral("2024-01-08 2024-01-22");
    // Days listed before their month, the day-first way.
    QTest::newRow("day-first-and") << QStringLiteral("It fired cruise missiles on 5 and 19 February.") << a
                                   << QStringLiteral("2024-02-05 2024-02-19");
    QTest::newRow("day-first-sentence") << QStringLiteral("North Korea fired cruise missiles into the Yellow Sea on 5 and 19 February, South Korea's military said.")
                                        << iso("2025-02-20") << QStringLiteral("2025-02-05 2025-02-19");
    QTest::newRow("day-first-three-year") << QStringLiteral("Tests on 3, 5 and 7 March 2023 failed.") << none
                                          << QStringLiteral("2023-03-03 2023-03-05 2023-03-07");
    QTest::newRow("day-first-ampersand") << QStringLiteral("The launches of 8 & 22 Jan. were both from Pyongyang.") << a
                                         << QStringLiteral("2024-01-08 2024-01-22");
    QTest::newRow("day-first-or") << QStringLiteral("The test came on 12 or 13 September, officials said.") << iso("2024-09-20")
                                  << QStringLiteral("2024-09-12 2024-09-13");
    QTest::newRow("day-first-no-anchor") << QStringLiteral("Missiles flew on 24, 28 and 30 January.") << none
                                         << QStringLiteral("01-24 01-28 01-30");
    // Days in figures listed after one written year first: month and day of its year.
    QTest::newRow("iso-list") << QStringLiteral("North Korea has launched ballistic missiles on 2026/1/4, 3/17, 5/14, 6/2, 7/8 and 9/15 this year.")
                              << iso("2026-10-14") << QStringLiteral("2026-01-04 2026-03-17 2026-05-14 2026-06-02 2026-07-08 2026-09-15");
    QTest::newRow("iso-list-dashes") << QStringLiteral("Launches on 2025-01-06, 3-10 and 11-7 drew protests.") << none
                                     << QStringLiteral("2025-01-06 2025-03-10 2025-11-07");
    QTest::newRow("iso-list-oxford") << QStringLiteral("Tests on 2024/5/8, 5/9, and 5/10 failed.") << none
                                     << QStringLiteral("2024-05-08 2024-05-09 2024-05-10");
    // Not a listed day: another separator, a glued-on year, a score, an impossible day.
    QTest::newRow("iso-list-other-separator") << QStringLiteral("On 2026/1/4, 3-17 people were hurt.") << none << QStringLiteral("2026-01-04");
    QTest::newRow("iso-list-impossible") << QStringLiteral("On 2026/1/4, 13/17 of them had failed.") << none << QStringLiteral("2026-01-04");
    // (Review) a fraction, a page count or a range after the day is no listed day.
    QTest::newRow("iso-list-fraction") << QStringLiteral("Japan said that on 2026/3/9, 4/5 of respondents in a poll backed sanctions.") << none << QStringLiteral("2026-03-09");
    QTest::newRow("iso-list-pages") << QStringLiteral("The report, released on 2026/3/9, 12/14 pages of which cover missiles, said so.") << none << QStringLiteral("2026-03-09");
    QTest::newRow("iso-list-range") << QStringLiteral("North Korea fired missiles on 2026-03-09, 2-3 of them short-range.") << none << QStringLiteral("2026-03-09");
    QTest::newRow("iso-list-unclosed") << QStringLiteral("On 2026/3/9, 4/5, it rained.") << none << QStringLiteral("2026-03-09");
    // Counts before a month are not listed days.
    QTest::newRow("day-first-count") << QStringLiteral("It fired 3 and then 5 missiles from Sinpo.") << a << QStringLiteral("");
    QTest::newRow("day-first-no-month") << QStringLiteral("Between 5 and 19 launchers were seen on 2 March.") << a
                                        << QStringLiteral("2024-03-02");
    QTest::newRow("day-first-no-conjunction") << QStringLiteral("Officials counted 5, 19 February launches.") << a
                                              << QStringLiteral("2024-02-19");
}

void TestTemporalTagger::listedDays()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    QFETCH(QString, days);
    QStringList got;
    const QVector<DateMention> ms = TemporalTagger(anchor).tag(text);
    for (const DateMention &m : ms) {
        got << (m.date.isDay() ? m.date.earliest.toString(Qt::ISODate)
                               : QStringLiteral("%1-%2").arg(m.date.month, 2, 10, QLatin1Char('0')).arg(m.date.day, 2, 10, QLatin1Char('0')));
        QCOMPARE(text.mid(m.start, m.end - m.start), m.date.text);
    }
    QVERIFY2(got.join(u' ') == days, qPrintable(describe(ms)));
}

void TestTemporalTagger::yearAhead_data()
{
    // A yearless day put in the coming weeks is marked, so that a reader who
    // knows the day is past (a launch reported) can take the year before.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("ahead");
    QTest::newRow("coming") << QStringLiteral("The inauguration on Jan. 20 will be watched.") << iso("2025-01-06") << iso("2025-01-20") << true;
    QTest::newRow("across the year") << QStringLiteral("It launched cruise missiles on Jan 25.") << iso("2025-12-28") << iso("2026-01-25") << true;
    QTest::newRow("day first") << QStringLiteral("Talks open on 3 February.") << iso("2025-01-20") << iso("2025-02-03") << true;
    QTest::newRow("past day") << QStringLiteral("It fired on Jan. 5.") << iso("2025-01-06") << iso("2025-01-05") << false;
    QTest::newRow("year given") << QStringLiteral("It will meet on Jan. 20, 2025.") << iso("2025-01-06") << iso("2025-01-20") << false;
    QTest::newRow("relative") << QStringLiteral("It may fire again tomorrow or the next day.") << iso("2025-01-06") << iso("2025-01-07") << false;
}

// "Yesterday, on the 13th, at around 7:40 a.m.": a day said twice, the second
// restating the first, is one date (spanning both); two different days stay two.
void TestTemporalTagger::restatedDayIsOneDate()
{
    struct Row {
        const char *text;
        int count;
        const char *day; // the first mention's
    };
    const Row rows[] = {
        {"Yesterday, on the 13th, at around 7:40 a.m., North Korea launched missiles.", 1, "2028-03-13"},
        {"Yesterday, the 13th, North Korea launched missiles.", 1, "2028-03-13"},
        {"Today, March 14, North Korea fired a missile.", 1, "2028-03-14"},
        {"On Monday, March 13, 2028, the North fired.", 1, "2028-03-13"},
        {"Yesterday (March 13) the North fired.", 1, "2028-03-13"},
        // Different days, or a clause between them: two dates.
        {"Yesterday, on the 12th, North Korea launched missiles.", 2, "2028-03-13"},
        {"Yesterday the North fired, as it did on March 1.", 2, "2028-03-13"},
    };
    for (const Row &r : rows) {
        const QVector<DateMention> ms = TemporalTagger(QDate(2028, 3, 14)).tag(QString::fromUtf8(r.text));
        QVERIFY2(ms.size() == r.count, qPrintable(QString::fromUtf8(r.text) + QStringLiteral(": ") + describe(ms)));
        QVERIFY2(ms.first().date.earliest == QDate::fromString(QString::fromLatin1(r.day), Qt::ISODate), qPrintable(describe(ms)));
    }
}

void TestTemporalTagger::yearAhead()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    QFETCH(QDate, day);
    QFETCH(bool, ahead);
    const QVector<DateMention> ms = TemporalTagger(anchor).tag(text);
    const DateMention *m = nullptr;
    for (const DateMention &x : ms) {
        if (x.date.isDay() && x.date.earliest == day)
            m = &x;
    }
    QVERIFY2(m, qPrintable(describe(ms)));
    QCOMPARE(m->yearAhead, ahead);
}

void TestTemporalTagger::patternStartWords_data()
{
    // One row per kind of word the matcher lets a date start at
    // (Matcher::mayStartAtWord): each fails if that word is left out of it.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the date's text
    QTest::newRow("month") << QStringLiteral("The test came on March 3.") << QStringLiteral("on March 3");
    QTest::newRow("weekday") << QStringLiteral("The test came on Tuesday.") << QStringLiteral("on Tuesday");
    QTest::newRow("yesterday") << QStringLiteral("Seoul said the North fired yesterday.") << QStringLiteral("yesterday");
    QTest::newRow("today") << QStringLiteral("The launch came today.") << QStringLiteral("today");
    QTest::newRow("tonight") << QStringLiteral("Officials will meet tonight.") << QStringLiteral("tonight");
    QTest::newRow("this") << QStringLiteral("The missile flew this morning.") << QStringLiteral("this morning");
    QTest::newRow("past") << QStringLiteral("It was the third launch in the past week.") << QStringLiteral("past week");
    QTest::newRow("previous") << QStringLiteral("Seoul had warned of it the previous week.") << QStringLiteral("previous week");
    QTest::newRow("earlier") << QStringLiteral("The North fired earlier this month.") << QStringLiteral("earlier this month");
    QTest::newRow("last") << QStringLiteral("The North fired last month.") << QStringLiteral("last month");
    QTest::newRow("last ten days") << QStringLiteral("It fired in the last ten days of August.") << QStringLiteral("in the last ten days of August.");
    QTest::newRow("early") << QStringLiteral("It fired in early May.") << QStringLiteral("in early May.");
    QTest::newRow("mid") << QStringLiteral("It fired in mid-May.") << QStringLiteral("in mid-May.");
    QTest::newRow("late") << QStringLiteral("It fired in late May.") << QStringLiteral("in late May.");
    QTest::newRow("beginning") << QStringLiteral("It fired at the beginning of May.") << QStringLiteral("the beginning of May.");
    QTest::newRow("start") << QStringLiteral("It fired at start of May.") << QStringLiteral("start of May.");
    QTest::newRow("middle") << QStringLiteral("It fired in the middle of May.") << QStringLiteral("in the middle of May.");
    QTest::newRow("end") << QStringLiteral("It fired by the end of May.") << QStringLiteral("the end of May.");
    QTest::newRow("end, no the") << QStringLiteral("It fired at end of May.") << QStringLiteral("end of May.");
    QTest::newRow("middle, no the") << QStringLiteral("It fired in middle of May.") << QStringLiteral("in middle of May.");
    QTest::newRow("beginning, no the") << QStringLiteral("It fired at beginning of May.") << QStringLiteral("beginning of May.");
    QTest::newRow("a") << QStringLiteral("The North fired a week earlier.") << QStringLiteral("a week earlier");
    QTest::newRow("number word") << QStringLiteral("The North fired two days later.") << QStringLiteral("two days later");
    QTest::newRow("the ordinal") << QStringLiteral("The North fired on the 25th.") << QStringLiteral("on the 25th");
    QTest::newRow("the weekend") << QStringLiteral("The North fired over the weekend.") << QStringLiteral("the weekend");
    QTest::newRow("the week of") << QStringLiteral("It fired in the first week of May.") << QStringLiteral("in the first week of May.");
    QTest::newRow("the ten days") << QStringLiteral("It fired in the first ten days of May.") << QStringLiteral("in the first ten days of May.");
    QTest::newRow("the next day") << QStringLiteral("It fired again the next day.") << QStringLiteral("the next day");
}

void TestTemporalTagger::patternStartWords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QVector<DateMention> ms = TemporalTagger(iso("2025-11-07")).tag(text);
    QStringList texts;
    for (const DateMention &m : ms)
        texts << m.date.text;
    QVERIFY2(texts.contains(expected), qPrintable(describe(ms)));
}

void TestTemporalTagger::spansIndexTheText()
{
    const QString text = QStringLiteral("Intro. On January 14, 2025, it fired. Later, on Tuesday, it fired again.");
    const int offset = 100;
    const QVector<DateMention> ms = TemporalTagger().tag(text, offset);
    QCOMPARE(ms.size(), 2);
    for (const DateMention &m : ms)
        QCOMPARE(text.mid(m.start - offset, m.end - m.start), m.date.text);
    QCOMPARE(ms[0].date.text, QStringLiteral("On January 14, 2025"));
    QCOMPARE(ms[1].date.text, QStringLiteral("on Tuesday"));
}

void TestTemporalTagger::yearHintOnlyWithoutAnchor()
{
    TemporalTagger hinted;
    hinted.setYearHint(2025);
    QVector<DateMention> ms = hinted.tag(QStringLiteral("State media reported tests in March."));
    QCOMPARE(ms.size(), 1);
    QCOMPARE(ms[0].date.earliest, iso("2025-03-01"));
    QCOMPARE(ms[0].date.latest, iso("2025-03-31"));
    // A weekday never takes a year hint: it stays unknown.
    ms = hinted.tag(QStringLiteral("It fired on Tuesday."));
    QCOMPARE(ms.size(), 1);
    QCOMPARE(ms[0].date.precision, DatePrecision::Unknown);
    QCOMPARE(ms[0].date.weekday, 2);
    // With an anchor the hint is ignored.
    TemporalTagger anchored(iso("2024-06-01"));
    anchored.setYearHint(2019);
    ms = anchored.tag(QStringLiteral("Tests in March worried Seoul."));
    QCOMPARE(ms.size(), 1);
    QCOMPARE(ms[0].date.earliest, iso("2024-03-01"));
}

void TestTemporalTagger::hugeSentenceIsLinear()
{
    // One 3 MB "sentence" full of dates and zoned times (a file without full stops).
    QString text;
    const QString unit = QStringLiteral("on May 5, 2025 at 23:30 GMT and on Monday afternoon at 7 a.m., ");
    text.reserve(unit.size() * 50000);
    for (int i = 0; i < 50000; ++i)
        text += unit;
    QElapsedTimer timer;
    timer.start();
    const TemporalTagger tagger(iso("2025-11-07"));
    const QVector<DateMention> ms = tagger.tag(text);
    const QVector<TimeMention> ts = tagger.times(text);
    QCOMPARE(ms.size(), 100000);
    QCOMPARE(ts.size(), 150000);
    QCOMPARE(ms[0].date.earliest, iso("2025-05-06")); // 23:30 GMT is the next day in Korea
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestTemporalTagger)
#include "tst_temporaltagger.moc"
