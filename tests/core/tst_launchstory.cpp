// Which launch a sentence tells, and its day, read in the context around it:
// the Korean day beside a foreign one, a report day and "the previous day", a
// tally's period, a period still to come, history dated by a year alone, an
// e-mail's quoted earlier message. Sentences written for these tests; the
// publication date is Wednesday 12 March 2025 unless a row says otherwise.
#include "LaunchTestRun.h"

#include <QtTest>

using namespace atlas;
using testing::extractLaunches;
using testing::verifyOneLaunchOn;

namespace {

QString field(const LaunchMention &m, const QString &name)
{
    if (name == QLatin1String("count"))
        return QStringLiteral("%1..%2").arg(m.count.min).arg(m.count.max);
    return QStringLiteral("?");
}

// "primary 2025-03-11" for each launch, in order.
QStringList rolesAndDays(const QVector<LaunchMention> &launches)
{
    QStringList out;
    for (const LaunchMention &m : launches)
        out << roleName(m.role) + u' ' + m.date.earliest.toString(Qt::ISODate);
    return out;
}

// "primary 2025-03-11 Sunan": each launch's role, day and site, in order.
QStringList rolesDaysAndSites(const QVector<LaunchMention> &launches)
{
    QStringList out;
    for (const LaunchMention &m : launches)
        out << roleName(m.role) + u' ' + m.date.earliest.toString(Qt::ISODate) + u' ' + m.site.name;
    return out;
}

// "2025-02-26 cruise" for each earlier launch ("mentioned"), in order: its day and
// its classes (or its names).
QStringList mentionedDays(const QVector<LaunchMention> &launches, bool names = false)
{
    QStringList out;
    for (const LaunchMention &m : launches) {
        if (m.role == LaunchRole::Mentioned)
            out << m.date.earliest.toString(Qt::ISODate) + u' ' + (names ? m.names : m.classes).join(u',');
    }
    return out;
}

} // namespace

class TestLaunchStory : public QObject {
    Q_OBJECT
private slots:
    // "late Tuesday Eastern time — Wednesday morning in Korea": the Korean day is the
    // launch's. Publication date Wednesday 12 March 2025.
    void koreanDayBesideAForeignOne_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("eastern-dash-korea") << QStringLiteral("North Korea fired two missiles late Tuesday Eastern time \u2014 Wednesday morning in Korea \u2014 the JCS said.") << QDate(2025, 3, 12);
        QTest::newRow("et-bracket-korea-time") << QStringLiteral("North Korea launched a ballistic missile on Tuesday night ET (Wednesday morning Korea time).") << QDate(2025, 3, 12);
        QTest::newRow("gmt-seoul-time") << QStringLiteral("The missile was fired late Tuesday GMT, early Wednesday Seoul time, officials said.") << QDate(2025, 3, 12);
        QTest::newRow("us-eastern-kst") << QStringLiteral("North Korea fired a missile on Tuesday evening US Eastern time, Wednesday morning KST.") << QDate(2025, 3, 12);
        QTest::newRow("washington-korea") << QStringLiteral("North Korea test-fired an ICBM late Tuesday in Washington \u2014 Wednesday in Korea.") << QDate(2025, 3, 12);
        // An American evening or night alone is already the next day in Korea (13-17 hours ahead).
        QTest::newRow("foreign-only-late") << QStringLiteral("North Korea fired a missile late Tuesday Eastern time, the Pentagon said.") << QDate(2025, 3, 12);
        QTest::newRow("us-time-late") << QStringLiteral("North Korea test-fired an ICBM late Tuesday, U.S. time, in what Washington called a provocation.") << QDate(2025, 3, 12);
        QTest::newRow("us-evening-et") << QStringLiteral("The North launched a ballistic missile on Tuesday evening ET, officials said.") << QDate(2025, 3, 12);
        QTest::newRow("us-night-in-washington") << QStringLiteral("North Korea fired two missiles Tuesday night in Washington, the Pentagon said.") << QDate(2025, 3, 12);
        QTest::newRow("us-afternoon-pacific") << QStringLiteral("North Korea fired a missile on Tuesday afternoon Pacific time.") << QDate(2025, 3, 12);
        // Hawaii and Alaska are on Korea's next day from their early morning.
        QTest::newRow("hawaii-afternoon") << QStringLiteral("North Korea fired two ballistic missiles on Tuesday afternoon, Hawaii time, officials said.") << QDate(2025, 3, 12);
        QTest::newRow("hawaii-morning-honolulu") << QStringLiteral("North Korea fired a missile on Tuesday morning in Honolulu, the command said.") << QDate(2025, 3, 12);
        QTest::newRow("hst-evening") << QStringLiteral("North Korea fired a missile on Tuesday evening HST.") << QDate(2025, 3, 12);
        QTest::newRow("alaska-evening") << QStringLiteral("North Korea fired two missiles on Tuesday evening, Alaska time.") << QDate(2025, 3, 12);
        QTest::newRow("hawaii-standard-time-night") << QStringLiteral("North Korea fired an ICBM Tuesday night Hawaii standard time, INDOPACOM said.") << QDate(2025, 3, 12);
        QTest::newRow("hawaii-no-part-of-day-kept") << QStringLiteral("North Korea fired a missile on Tuesday, Hawaii time.") << QDate(2025, 3, 11);
        // A morning in America is still that day in Korea; a day with no zone is kept.
        QTest::newRow("us-morning-kept") << QStringLiteral("North Korea fired a missile on Tuesday morning Eastern time, the Pentagon said.") << QDate(2025, 3, 11);
        QTest::newRow("plain-late-kept") << QStringLiteral("North Korea fired a missile late Tuesday, Seoul said.") << QDate(2025, 3, 11);
        // A clock with its seconds ("22:53:11 UTC", a log's or chat export's stamp) still moves the day.
        QTest::newRow("seconds-utc") << QStringLiteral("North Korea fired a missile at 22:53:11 UTC on March 10.") << QDate(2025, 3, 11);
        QTest::newRow("seconds-chat-stamp") << QStringLiteral("[2025-03-10 22:53:11 UTC] JCS: North Korea fired a ballistic missile.") << QDate(2025, 3, 11);
        QTest::newRow("seconds-gmt-after") << QStringLiteral("North Korea fired a missile on March 10 at 23:05:00 GMT.") << QDate(2025, 3, 11);
        QTest::newRow("seconds-log-dash") << QStringLiteral("2025-03-10 21:40:27 UTC - North Korea launched a ballistic missile, the JCS said.") << QDate(2025, 3, 11);
        QTest::newRow("seconds-utc-same-day") << QStringLiteral("North Korea fired a missile at 22:10:05 UTC on March 9, the JCS said.") << QDate(2025, 3, 10);
        QTest::newRow("seconds-afternoon-kept") << QStringLiteral("North Korea fired a missile at 04:10:05 UTC on March 10.") << QDate(2025, 3, 10);
    }
    void koreanDayBesideAForeignOne()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        verifyOneLaunchOn(text, day);
    }

    // "said on Wednesday it had fired ... the previous day": before any launch is told,
    // the day counted back from the report's day is the reported launch's (the primary).
    // Publication date Wednesday 12 March 2025.
    void reportDayThenPreviousDayIsThePrimary_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("said-previous-day") << QStringLiteral("North Korea said on Wednesday it had fired two cruise missiles into the Yellow Sea the previous day.") << QDate(2025, 3, 11);
        QTest::newRow("announced-day-before") << QStringLiteral("Pyongyang announced on Wednesday that it had test-launched a new hypersonic missile the day before.") << QDate(2025, 3, 11);
        QTest::newRow("kcna-west-coast") << QStringLiteral("KCNA said on Wednesday the army had test-fired strategic cruise missiles off the west coast the previous day.") << QDate(2025, 3, 11);
        QTest::newRow("two-days-earlier") << QStringLiteral("The North confirmed on Wednesday it had launched an ICBM two days earlier.") << QDate(2025, 3, 10);
        QTest::newRow("tuesday-day-before") << QStringLiteral("Seoul said on Tuesday the North had fired a short-range ballistic missile the day before.") << QDate(2025, 3, 10);
    }
    void reportDayThenPreviousDayIsThePrimary()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(roleName(r.launches.at(0).role), QStringLiteral("primary"));
        QCOMPARE(r.launches.at(0).date.earliest, day);
    }

    // A period still to come ("an exercise for later this month") dates no reported
    // launch: "has fired" keeps the report's day. Publication date Wednesday 12 March 2025.
    void futurePeriodDatesNoLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("later-this-month") << QStringLiteral("North Korea has fired two ballistic missiles. The launch came as the allies prepared a drill for later this month.");
        QTest::newRow("coming-week") << QStringLiteral("North Korea has fired a cruise missile. The launch came before talks in the coming week.");
        QTest::newRow("upcoming-month") << QStringLiteral("North Korea has launched a missile. The launch preceded a summit in the upcoming month.");
        QTest::newRow("rest-of-year") << QStringLiteral("North Korea has fired an ICBM. The launch may shape talks for the rest of this year.");
        QTest::newRow("next-month") << QStringLiteral("North Korea has fired a ballistic missile. The launch came ahead of joint drills next month.");
    }
    void futurePeriodDatesNoLaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 12));
        QCOMPARE(r.launches.at(0).date.latest, QDate(2025, 3, 12));
    }

    // "a string of cruise missiles this year, including two near Nampo earlier this
    // month": the period is a tally's, the later date the one launch told.
    void tallyPeriodDatesNoLaunch_data()
    {
        QTest::addColumn<QString>("tally");
        QTest::newRow("string-this-year") << QStringLiteral("It has also launched a string of cruise missiles this year, including two near Nampo earlier this month.");
        QTest::newRow("series-this-year") << QStringLiteral("It has fired a series of cruise missiles this year, including three off Wonsan last week.");
        QTest::newRow("spate-since-january") << QStringLiteral("The North has conducted a spate of cruise missile tests this year, among them two near Nampo in February.");
        QTest::newRow("flurry-this-year") << QStringLiteral("Pyongyang has test-fired a flurry of cruise missiles this year, including one near Sinpo earlier this month.");
        QTest::newRow("number-this-year") << QStringLiteral("It has launched a number of cruise missiles this year, including four near Nampo last month.");
    }
    void tallyPeriodDatesNoLaunch()
    {
        QFETCH(QString, tally);
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile into the East Sea on Tuesday, the JCS said. ") + tally);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << roleName(m.role) + u' ' + m.date.earliest.toString(Qt::ISODate) + u' ' + m.classes.join(u',');
        QVERIFY2(r.launches.size() == 2, qPrintable(got.join(u'|')));
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        QVERIFY2(!r.launches.at(0).classes.contains(QStringLiteral("cruise")), qPrintable(got.join(u'|')));
        QVERIFY2(r.launches.at(1).classes.contains(QStringLiteral("cruise")), qPrintable(got.join(u'|')));
        QVERIFY(r.launches.at(1).date.latest < QDate(2025, 3, 11));
    }

    // After the reported launch, an earlier one dated only by a year is history told in
    // passing, not a launch of its own.
    void yearOnlyEarlierTestIsHistory_data()
    {
        QTest::addColumn<QString>("history");
        QTest::newRow("last-tested-in") << QStringLiteral("The North last tested a submarine-launched ballistic missile in 2022.");
        QTest::newRow("previously-fired-in") << QStringLiteral("It previously fired a solid-fuel ICBM in 2023.");
        QTest::newRow("first-flew-in") << QStringLiteral("The Hwasong-18 first flew in 2023, analysts noted.");
        QTest::newRow("launched-back-in") << QStringLiteral("Pyongyang launched a similar missile back in 2021.");
        QTest::newRow("tested-in-year-comma") << QStringLiteral("In 2019, the North tested a new short-range missile as well.");
    }
    void yearOnlyEarlierTestIsHistory()
    {
        QFETCH(QString, history);
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile into the East Sea on Tuesday, the JCS said. ") + history);
        const QStringList got = rolesAndDays(r.launches);
        QVERIFY2(r.launches.size() == 1, qPrintable(got.join(u'|')));
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
    }

    // An e-mail reply that reports a launch, over the quoted earlier message that
    // flashed it: one launch, with the reply's figures. Publication date 12 March 2025.
    void quotedMessageRetellsTheReply_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("count");
        const QString reply = QStringLiteral("Hi all,\n\nUpdate on yesterday's launch: the JCS now says three short-range ballistic missiles were fired from Sunan.\n\n");
        QTest::newRow("flash") << reply + QStringLiteral("> On Tue, Mar 11, 2025 at 9:02 AM Kim wrote:\n> FLASH: NK fired several missiles toward the East Sea this morning.\n") << QStringLiteral("3..3");
        QTest::newRow("nested") << reply + QStringLiteral("> > BREAKING - North Korea launched two missiles on Tuesday, JCS says.\n") << QStringLiteral("3..3");
        QTest::newRow("indented-marker") << reply + QStringLiteral("  > North Korea fired ballistic missiles at 7:10 a.m. today.\n") << QStringLiteral("3..3");
        QTest::newRow("two-lines") << reply + QStringLiteral(">\n> The North test-fired an unknown number of\n> ballistic missiles on Tuesday morning.\n") << QStringLiteral("3..3");
        QTest::newRow("no-space") << reply + QStringLiteral(">NK fired 2 SRBMs into the East Sea at 07:40 KST on Tuesday.\n") << QStringLiteral("3..3");
    }
    void quotedMessageRetellsTheReply()
    {
        QFETCH(QString, text);
        QFETCH(QString, count);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("count")), count);
    }
    // A forwarded flash with nothing above it is read.
    void quotedMessageAloneIsRead()
    {
        const auto r = extractLaunches(QStringLiteral("FYI, see below.\n\n> FLASH: North Korea fired two ballistic missiles into the East Sea on Tuesday, the JCS said.\n"));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("count")), QStringLiteral("2..2"));
    }

    // "a variant of that Hwasong-16B": the designation names the launch the sentence
    // before told, not the one this sentence speaks of.
    void thatDesignationNamesTheLaunchBefore_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("earlierNames");
        QTest::newRow("variant-of-that") << QStringLiteral("Experts say Tuesday's missile could be a variant of that Hwasong-18.") << QStringLiteral("Hwasong-18");
        QTest::newRow("resembles-that") << QStringLiteral("Tuesday's missile resembles that Hwasong-18, analysts said.") << QStringLiteral("Hwasong-18");
        QTest::newRow("like-that") << QStringLiteral("Tuesday's missile looked much like that KN-23, officials said.") << QStringLiteral("KN-23");
        QTest::newRow("larger-than-that") << QStringLiteral("Tuesday's missile appeared larger than that Hwasong-11, the ministry said.") << QStringLiteral("Hwasong-11");
        QTest::newRow("upgrade-of-that") << QStringLiteral("Analysts think Tuesday's launch tested an upgrade of that Pukguksong-3.") << QStringLiteral("Pukguksong-3");
        QTest::newRow("said-that-is-no-demonstrative") << QStringLiteral("Analysts said that Hwasong-18 tests could resume soon.") << QString();
    }
    void thatDesignationNamesTheLaunchBefore()
    {
        QFETCH(QString, second);
        QFETCH(QString, earlierNames);
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile into the East Sea on Tuesday, the JCS said.\n\n"
                                          "In January, the North tested what it called a new solid-fuel missile. ")
                           + second);
        const LaunchMention *earlier = nullptr;
        for (const LaunchMention &m : r.launches) {
            if (m.date.earliest == QDate(2025, 1, 1))
                earlier = &m;
        }
        QVERIFY(earlier);
        QCOMPARE(earlier->names.join(u','), earlierNames);
    }

    // "fired a salvo of ...": the noun is the verb's object, the same launch; a later
    // date in the sentence ("than its test in February") is not the salvo's.
    // Publication date Wednesday 12 March 2025.
    void nounObjectOfVerbIsTheSameLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("minCount");
        QTest::newRow("salvo-than-test") << QStringLiteral("When North Korea fired a salvo of short-range missiles on Tuesday, the launch drew less notice than its ICBM test in February.") << QDate(2025, 3, 11) << 2;
        QTest::newRow("volley-weeks-after") << QStringLiteral("North Korea launched a volley of cruise missiles into the Yellow Sea on Monday, weeks after a drill in January.") << QDate(2025, 3, 10) << 2;
        QTest::newRow("barrage-compared") << QStringLiteral("Pyongyang fired a barrage of ballistic missiles on Sunday; the reaction was quieter than for the cruise test in February.") << QDate(2025, 3, 9) << 2;
        QTest::newRow("another-salvo") << QStringLiteral("The North fired another volley of two ballistic missiles on Monday, drawing more attention than its engine test in January.") << QDate(2025, 3, 10) << 2;
        QTest::newRow("salvo-of-four") << QStringLiteral("North Korea fired a salvo of four CRBMs on Tuesday, and analysts set it beside the hypersonic test in January.") << QDate(2025, 3, 11) << 4;
    }
    void nounObjectOfVerbIsTheSameLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QFETCH(int, minCount);
        const auto r = extractLaunches(text);
        const auto primary = std::find_if(r.launches.begin(), r.launches.end(),
                                          [](const LaunchMention &m) { return m.role == LaunchRole::Primary; });
        QVERIFY(primary != r.launches.end());
        QCOMPARE(primary->date.earliest, day);
        QCOMPARE(primary->date.latest, day);
        QCOMPARE(primary->count.min, minCount);
    }

    // "The launch follows X on Monday": the launch is the subject, the day is X's.
    // Publication date Wednesday 12 March 2025.
    void launchFollowsAnotherEvent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        const QString fired = QStringLiteral("North Korea fired two ballistic missiles on Tuesday. ");
        QTest::newRow("follows-visit") << fired + QStringLiteral("The launch follows a visit by the US defence secretary to Seoul on Monday.") << QDate(2025, 3, 11);
        QTest::newRow("bullet-follows") << fired + QStringLiteral("\n* Launch follows joint drills that ended on Sunday\n") << QDate(2025, 3, 11);
        QTest::newRow("came-days-after") << fired + QStringLiteral("The launch came days after the allies wrapped up exercises on March 3.") << QDate(2025, 3, 11);
        QTest::newRow("comes-hours-after") << fired + QStringLiteral("The test comes just hours after the UN envoy spoke in New York on Monday.") << QDate(2025, 3, 11);
        QTest::newRow("in-the-wake") << fired + QStringLiteral("The firing took place in the wake of a summit in Beijing on Sunday.") << QDate(2025, 3, 11);
        QTest::newRow("bullet-test-comes-after") << fired + QStringLiteral("\n- Test comes a day after Seoul and Washington met on Monday\n") << QDate(2025, 3, 11);
        QTest::newRow("bullet-firing-follows") << fired + QStringLiteral("\n\u2022 Firing follows the start of allied drills on March 10\n") << QDate(2025, 3, 11);
        QTest::newRow("bullet-launch-came") << fired + QStringLiteral("\n* Launch came shortly after a party meeting on Sunday\n") << QDate(2025, 3, 11);
        QTest::newRow("followed-talks") << fired + QStringLiteral("The launches followed talks between Seoul and Tokyo on March 7.") << QDate(2025, 3, 11);
    }
    void launchFollowsAnotherEvent()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << m.date.earliest.toString(Qt::ISODate) + u' ' + m.date.text;
        QVERIFY2(r.launches.size() == 1, qPrintable(got.join(QLatin1String("; "))));
        QCOMPARE(r.launches.at(0).date.earliest, day);
    }

    // "its first launch since February 8, when it fired ... from Wonsan, and the first
    // since the minister took office on March 4": the "when" clause tells the launch
    // of the day right before it (its site and kind), not the told one's, and a later
    // day of another event dates no launch.
    void whenClauseTellsTheEarlierLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QDate>("day");
        const QString fired = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("and-the-first-since") << fired + QStringLiteral("It was the first ballistic missile launch since February 8, when it fired a mix of short-range missiles from Wonsan, and the first since the new defence minister took office on March 4.")
                                             << "Wonsan" << QDate(2025, 2, 8);
        QTest::newRow("kind-noun-after-first") << fired + QStringLiteral("The launch was North Korea's first ballistic missile firing since January 22, when it fired what it later called a new hypersonic weapon from near Pyongyang.")
                                               << "Pyongyang" << QDate(2025, 1, 22);
        QTest::newRow("weeks-after-day-when") << fired + QStringLiteral("It came three weeks after February 19, when the North launched cruise missiles from Nampo, and days after the allies began drills on March 10.")
                                              << "Nampo" << QDate(2025, 2, 19);
        QTest::newRow("first-since-talks") << fired + QStringLiteral("Tuesday's launch was its first since February 26, when it test-fired two missiles from Sukchon, and the first since talks broke down on March 1.")
                                           << "Sukchon" << QDate(2025, 2, 26);
        QTest::newRow("definite-test-icbm-launch") << fired + QStringLiteral("The test was the North's first ICBM launch since January 30, when it fired a Hwasong-19 from Pyongyang.")
                                                   << "Pyongyang" << QDate(2025, 1, 30);
        QTest::newRow("briefed-later") << fired + QStringLiteral("It was the first launch since February 12, when it fired short-range missiles from Kaechon, the JCS said in a briefing on March 2.")
                                       << "Kaechon" << QDate(2025, 2, 12);
        QTest::newRow("drills-began-later") << fired + QStringLiteral("It was the first launch since January 14, when it fired two missiles from Kanggye, and the first since the allies' drills began on March 10.")
                                            << "Kanggye" << QDate(2025, 1, 14);
        QTest::newRow("last-fired-told-later") << fired + QStringLiteral("The North last fired on February 3, when it launched a missile from Sunan, officials told reporters on March 5.")
                                               << "Sunan" << QDate(2025, 2, 3);
        QTest::newRow("statement-issued-later") << fired + QStringLiteral("It was the first launch since February 20, when it test-fired cruise missiles from Nampo, according to a JCS statement issued on March 3.")
                                                << "Nampo" << QDate(2025, 2, 20);
        QTest::newRow("possessive-launch-test") << fired + QStringLiteral("Tuesday's launch was the North's first hypersonic missile test since January 6, when it fired an IRBM from near Pyongyang.")
                                                << "Pyongyang" << QDate(2025, 1, 6);
        QTest::newRow("marked-first-launch") << fired + QStringLiteral("The firing marked the regime's first cruise missile launch since February 19, when it fired several from Nampo.")
                                             << "Nampo" << QDate(2025, 2, 19);
        QTest::newRow("salvo-first-srbm-launch") << fired + QStringLiteral("The salvo was the North's first SRBM launch since January 14, when it fired two from Kanggye.")
                                                 << "Kanggye" << QDate(2025, 1, 14);
    }
    // "the first launch by North Korea detected by Japan since April 20, when ...": a
    // few words of the cue's own between it and "since" keep the day the earlier
    // launch's.
    void firstCueWithWordsBeforeSince_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        const QString fired = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("launch-by-detected-by") << fired + QStringLiteral("It was the first launch by North Korea detected by Japan since January 14, when two missiles fell into the sea.") << QDate(2025, 1, 14);
        QTest::newRow("launch-in-a-month") << fired + QStringLiteral("It was the first launch in more than a month since February 3, when a missile fell short.") << QDate(2025, 2, 3);
        QTest::newRow("test-of-the-year") << fired + QStringLiteral("It was its first missile test of the year since January 6, when an IRBM flew 1,100 km.") << QDate(2025, 1, 6);
        QTest::newRow("launch-from-the-region") << fired + QStringLiteral("It was the first launch from the region since January 30, when a Hwasong-19 landed in the sea.") << QDate(2025, 1, 30);
        QTest::newRow("launch-detected-by-seoul") << fired + QStringLiteral("It was the first launch detected by Seoul since February 20.") << QDate(2025, 2, 20);
    }
    // "since March 1, when new U.N. sanctions took effect": that day is another event's.
    void firstSinceAnotherEventIsNoLaunch_data()
    {
        QTest::addColumn<QString>("text");
        const QString fired = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("sanctions") << fired + QStringLiteral("It was the first launch since March 1, when new U.N. sanctions took effect.");
        QTest::newRow("minister-visited") << fired + QStringLiteral("It was the first launch detected by South Korea since Feb. 10, when the defence minister visited the front line.");
        QTest::newRow("president-took-office") << fired + QStringLiteral("It was the first launch since March 4, when the new president took office.");
        QTest::newRow("kcna-said") << fired + QStringLiteral("It was the first launch announced by state media since Feb. 26, when KCNA said the country would bolster its deterrent.");
        QTest::newRow("talks-collapsed") << fired + QStringLiteral("It was the first launch in a month since Feb. 20, when talks collapsed in Hanoi.");
    }
    void firstSinceAnotherEventIsNoLaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        const QStringList got = rolesAndDays(r.launches);
        QCOMPARE(got, QStringList{QStringLiteral("primary 2025-03-11")});
    }
    void firstCueWithWordsBeforeSince()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        const QStringList got = rolesAndDays(r.launches);
        QCOMPARE(got, (QStringList{QStringLiteral("primary 2025-03-11"), QStringLiteral("mentioned ") + day.toString(Qt::ISODate)}));
    }

    // "a Hwasong-12 crossed Hokkaido on 29 August 2017", "the Hwasong-21, first flown
    // last November": a missile's flight told with a day of its own is that day's
    // launch (an earlier one here), and the launch told keeps its own name.
    void datedFlightOfAMissile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentioned"); // "date names" of each earlier launch
        const QString fired = QStringLiteral("North Korea fired an ICBM on Tuesday. ");
        QTest::newRow("crossed-on-day") << fired + QStringLiteral("A Hwasong-12 crossed Hokkaido on 29 August 2017 and flew about 2,700 km.")
                                        << QStringList{QStringLiteral("2017-08-29 Hwasong-12")};
        QTest::newRow("first-flown-last-month-name") << fired + QStringLiteral("The Hwasong-20, first flown last November, puts the mainland in range.")
                                                     << QStringList{QStringLiteral("2024-11-01 Hwasong-20")};
        QTest::newRow("flew-in-month") << fired + QStringLiteral("The Hwasong-20 flew in February.")
                                       << QStringList{QStringLiteral("2025-02-01 Hwasong-20")};
        QTest::newRow("which-flew-again") << fired + QStringLiteral("The missile was the Hwasong-19, which flew again on Feb. 3.")
                                          << QStringList{QStringLiteral("2025-02-03 Hwasong-19")};
        QTest::newRow("overflew-on-day") << fired + QStringLiteral("A Hwasong-12 overflew Japan on 15 September 2017.")
                                         << QStringList{QStringLiteral("2017-09-15 Hwasong-12")};
        QTest::newRow("appositive-subject") << fired + QStringLiteral("Its predecessor, the Hwasong-19, flew on Feb. 3.")
                                            << QStringList{QStringLiteral("2025-02-03 Hwasong-19")};
        QTest::newRow("was-first-flown-on") << fired + QStringLiteral("The Hwasong-18 was first flown on April 13, 2023.")
                                            << QStringList{QStringLiteral("2023-04-13 Hwasong-18")};
        // No missile flying: a person, aircraft; a flight of the launch just told.
        QTest::newRow("kim-flew") << fired + QStringLiteral("After the missile test, Kim flew to Vladivostok in September.") << QStringList{};
        QTest::newRow("bombers-flew") << fired + QStringLiteral("US bombers flew over the peninsula on Feb. 3.") << QStringList{};
        QTest::newRow("same-clause-flight") << fired + QStringLiteral("The council discussed the launch of an ICBM that flew over Japan on March 11.") << QStringList{};
    }
    void datedFlightOfAMissile()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentioned);
        const auto r = extractLaunches(text);
        const QStringList got = mentionedDays(r.launches, true);
        QCOMPARE(got, mentioned);
    }

    // "In 2017, the North fired an ICBM on July 4": a year alone heading the sentence
    // is the year of the days it goes on to give without theirs.
    void yearHeadingTheSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentioned");
        const QString fired = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("in-year-comma") << fired + QStringLiteral("In 2017, the North fired an ICBM on July 4.") << QStringList{"2017-07-04 ICBM"};
        QTest::newRow("in-year-colon") << fired + QStringLiteral("In 2017 the overflights stopped pretending: a Hwasong-12 crossed Hokkaido on 29 August.")
                                       << QStringList{"2017-08-29 "};
        QTest::newRow("in-year-month") << fired + QStringLiteral("In 2022, it launched an IRBM over Japan in October.") << QStringList{"2022-10-01 IRBM"};
        QTest::newRow("back-in-year") << fired + QStringLiteral("Back in 2019, it fired two SRBMs on July 25.") << QStringList{"2019-07-25 SRBM"};
        QTest::newRow("year-semicolon") << fired + QStringLiteral("In 2023 there was a lull; it fired an ICBM on Dec. 18.") << QStringList{"2023-12-18 ICBM"};
        // A day with its own year, or after another year named: not moved.
        QTest::newRow("own-year") << fired + QStringLiteral("In 2023, it fired an ICBM on March 16, 2024.") << QStringList{"2024-03-16 ICBM"};
        QTest::newRow("this-year-between") << fired + QStringLiteral("In 2017, it fired its first ICBM; this year it fired an SRBM on Feb. 3.") << QStringList{"2025-02-03 SRBM"};
        // (Review) Only the head's own clause: not after "; now", a report, or "Since 2017".
        QTest::newRow("now-after-semicolon") << fired + QStringLiteral("In 2017, the North fired an ICBM on July 4; now, on March 3, it has fired another.")
                                             << QStringList{"2017-07-04 ICBM", "2025-03-03 "};
        QTest::newRow("report-date") << fired + QStringLiteral("In 2017, the North fired 21 missiles, the Joint Chiefs of Staff said in a report released on March 5.")
                                     << QStringList{"2025-03-05 "};
        QTest::newRow("since-year") << fired + QStringLiteral("Since 2017, the North has fired missiles over Japan only twice, including an IRBM on Oct. 4.")
                                    << QStringList{"2024-10-04 IRBM"};
    }
    void yearHeadingTheSentence()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentioned);
        const auto r = extractLaunches(text);
        const QStringList got = mentionedDays(r.launches);
        QCOMPARE(got, mentioned);
    }

    // "The SLBM was fired on April 2, 2024": a definite missile fired on a day of
    // another year than the launch told is that day's launch.
    void definiteMissileOfAnotherYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentioned");
        const QString fired = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("slbm-fired-full-date") << fired + QStringLiteral("The SLBM was fired on April 2, 2024, state media said.") << QStringList{"2024-04-02 SLBM"};
        QTest::newRow("era-year") << fired + QStringLiteral("The SLBM was fired on April 2, Juche 113 (2024), state media said.") << QStringList{"2024-04-02 SLBM"};
        QTest::newRow("icbm-launched-dmy") << fired + QStringLiteral("The ICBM was launched on 31 October 2024 from Pyongyang.") << QStringList{"2024-10-31 ICBM"};
        QTest::newRow("missiles-test-fired") << fired + QStringLiteral("The cruise missiles were test-fired on Jan. 25, 2024, off the west coast.") << QStringList{"2024-01-25 cruise"};
        QTest::newRow("hwasong-fired") << fired + QStringLiteral("The IRBM was fired on January 14, 2024, KCNA said.") << QStringList{"2024-01-14 IRBM"};
        // The day of the launch told, or one without its year: the same launch.
        QTest::newRow("same-day") << fired + QStringLiteral("The missile was fired on March 11, 2025 from Sunan.") << QStringList{};
        QTest::newRow("no-year") << fired + QStringLiteral("The missile was fired on March 10 at 11 p.m. GMT.") << QStringList{};
    }
    void definiteMissileOfAnotherYear()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentioned);
        const auto r = extractLaunches(text);
        const QStringList got = mentionedDays(r.launches);
        QCOMPARE(got, mentioned);
    }

    // "the successful launch of the reconnaissance satellite Malligyong-2 on May 6",
    // "the satellite launch": a space launch, though the sentence names missiles too.
    void satelliteLaunchNounIsNoMissileLaunch_data()
    {
        QTest::addColumn<QString>("text");
        const QString fired = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("launch-of-the-reconnaissance-satellite") << fired + QStringLiteral("Kim referred to the launch of the reconnaissance satellite Malligyong-2 on March 6, saying the space and missile sectors had made great leaps.");
        QTest::newRow("launch-of-a-spy-satellite") << fired + QStringLiteral("The missile test followed the launch of a spy satellite on March 6.");
        QTest::newRow("launch-of-its-first-satellite") << fired + QStringLiteral("The launch of its first military satellite on March 6 used ballistic missile technology, officials said.");
        QTest::newRow("markdown-name-then-missile-sectors") << fired + QStringLiteral("He also referred to the successful launch of the reconnaissance satellite **Malligyong-2** on March 6, saying that the space and missile sectors had \"greeted a season of great leaps\" this year.");
        QTest::newRow("satellite-carrying-rocket-launch") << fired + QStringLiteral("The satellite-carrying rocket launch on March 6 was condemned as a missile test in disguise.");
        QTest::newRow("the-satellite-launch") << fired + QStringLiteral("The satellite launch on March 6 drew missile warnings in Okinawa.");
        QTest::newRow("launches-of-satellites") << fired + QStringLiteral("Kim praised the launches of two satellites on March 6, as well as missile forces.");
    }
    void satelliteLaunchNounIsNoMissileLaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        const QStringList got = rolesAndDays(r.launches);
        QCOMPARE(got, QStringList{QStringLiteral("primary 2025-03-11")});
    }

    // "The JCS said on Thursday, May 20, that a missile was fired from ...": no day
    // of its own, reported on the day of the launch the article reports, it is that
    // launch, not an earlier one told just before.
    void reportedOnTheLaunchDayRetellsIt_data()
    {
        QTest::addColumn<QString>("text");
        const QString told = QStringLiteral("North Korea test-fired a new missile on March 11, state media said. In April 2024 it test-fired a hypersonic missile from Jagang. ");
        QTest::newRow("jcs-said-on-day-and-date") << told + QStringLiteral("South Korea's Joint Chiefs of Staff said on Tuesday, March 11, that a missile was fired from the Sunan area.");
        QTest::newRow("said-on-weekday") << told + QStringLiteral("Seoul's military said on Tuesday that a missile was fired from the Sunan area.");
        QTest::newRow("reported-on-date") << told + QStringLiteral("Japan's defence ministry reported on March 11 that a ballistic missile was launched from the Sunan area.");
        QTest::newRow("announced-on") << told + QStringLiteral("The JCS announced on Tuesday that one missile had been fired from the Sunan area.");
        QTest::newRow("confirmed-on") << told + QStringLiteral("Officials confirmed on March 11 that a missile was launched from the Sunan area.");
    }
    void reportedOnTheLaunchDayRetellsIt()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        const QStringList got = rolesDaysAndSites(r.launches);
        QCOMPARE(got, (QStringList{QStringLiteral("primary 2025-03-11 Sunan"), QStringLiteral("mentioned 2024-04-01 Chagang-do")}));
    }

    // A live blog's first entry, last: "BREAKING: North Korea fired what appears to
    // be an SLBM ... at around 10:17 a.m." under a paragraph about an earlier, dated
    // launch: a new launch told by its hour and no day is the one the article
    // reports (publication date Wednesday 12 March 2025).
    void hourWithoutDayIsTheReportedLaunch_data()
    {
        QTest::addColumn<QString>("text");
        const QString told = QStringLiteral("Today's launch is the North's third this year. It comes twelve days after it fired a salvo of short-range missiles from the Sukchon area on Feb. 28.\n\n");
        QTest::newRow("breaking-am") << told + QStringLiteral("BREAKING: North Korea fired what appears to be a submarine-launched ballistic missile into the East Sea from waters near Sinpo at around 10:17 a.m., the JCS said.");
        QTest::newRow("pm") << told + QStringLiteral("North Korea launched a ballistic missile from near Sinpo at 1:05 p.m., Seoul said.");
        QTest::newRow("kst") << told + QStringLiteral("The North fired an SLBM from waters off Sinpo at 10:17 KST, the military said.");
        QTest::newRow("gmt") << told + QStringLiteral("North Korea fired a ballistic missile from near Sinpo at 0117 GMT, Japan said.");
        QTest::newRow("plain-clock") << told + QStringLiteral("Update 10:29: North Korea test-fired a missile from the Sinpo area at 10:17, Yonhap said.");
    }
    void hourWithoutDayIsTheReportedLaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        const QStringList got = rolesDaysAndSites(r.launches);
        QCOMPARE(got, (QStringList{QStringLiteral("primary 2025-03-12 Sinpo"), QStringLiteral("mentioned 2025-02-28 Sukchon")}));
    }
    // Without an hour, it stays the earlier launch's.
    void earlierLaunchToldOnStaysItsOwn()
    {
        const auto r = extractLaunches(QStringLiteral("Today's launch is the North's third this year. It comes twelve days after it fired a salvo of short-range missiles from the Sukchon area on Feb. 28.\n\n"
                                                      "Seoul said a cruise missile was also fired and flew about 300 km."));
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << roleName(m.role) + u' ' + m.date.earliest.toString(Qt::ISODate) + u' '
                    + (m.distanceKm.isValid() ? QString::number(m.distanceKm.value) : QStringLiteral("-"));
        QCOMPARE(got, (QStringList{QStringLiteral("primary 2025-03-12 -"), QStringLiteral("mentioned 2025-02-28 300")}));
    }

    // "the first attempt to launch a satellite since May 2024": no missile launch then.
    void firstSpaceLaunchSinceIsNoMissileLaunch()
    {
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile on Tuesday. It was Pyongyang's first attempt to launch a satellite since January 8, when a rocket exploded shortly after takeoff."));
        const QStringList got = rolesAndDays(r.launches);
        QCOMPARE(got, QStringList{QStringLiteral("primary 2025-03-11")});
    }
    void whenClauseTellsTheEarlierLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QString, site);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        const QStringList got = rolesDaysAndSites(r.launches);
        const QString all = got.join(QLatin1String("; "));
        QVERIFY2(r.launches.size() == 2, qPrintable(all));
        QVERIFY2(r.launches.at(0).role == LaunchRole::Primary && r.launches.at(0).site.name.isEmpty(), qPrintable(all));
        QVERIFY2(r.launches.at(1).site.name == site && r.launches.at(1).date.earliest == day, qPrintable(all));
    }

    // "They were fired from the Sukchon area": a pronoun's passive launch verb with
    // an area after it retells the launch before it, though no missile is named.
    void pronounFiredFromAreaIsTheToldLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("site");
        const QString fired = QStringLiteral("North Korea fired two ballistic missiles on Tuesday. ");
        QTest::newRow("they-fired-area") << fired + QStringLiteral("They were fired from the Sunan area.") << "Sunan";
        QTest::newRow("both-fired-area-of") << fired + QStringLiteral("Both were fired from the Sukchon area of South Pyongan province, north of the capital, and flew about 420km.") << "Sukchon";
        QTest::newRow("it-reportedly-launched") << fired + QStringLiteral("It was reportedly launched from the Sohae area.") << "Sohae Satellite Launching Station";
        QTest::newRow("they-launched-area-at") << fired + QStringLiteral("They were launched from the Kusong area at 7:10 a.m.") << "Kusong";
        QTest::newRow("both-fired-county") << fired + QStringLiteral("Both were fired from Kaechon county into the East Sea.") << "Kaechon";
        // No area, or an area that is something else's: not a launch.
        QTest::newRow("fired-from-jobs") << QStringLiteral("Five workers lost their posts. They were fired from the Sunan area office.") << "";
        QTest::newRow("shots-fired-from-district") << QStringLiteral("Police said the shots were heard downtown. It was fired from the Mapo district of Seoul, police said.") << "";
        QTest::newRow("after-artillery") << QStringLiteral("North Korea fired artillery shells near the border island on Friday. They were fired from the Kangryong County area.") << "";
        QTest::newRow("fired-from-company") << QStringLiteral("Five workers lost their posts. They were fired from the company in March.") << "";
    }
    void pronounFiredFromAreaIsTheToldLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QString, site);
        const auto r = extractLaunches(text);
        if (site.isEmpty()) {
            QCOMPARE(r.launches.size(), 0);
            return;
        }
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).site.name, site);
    }

    // "flew about 420km at an altitude of around 50km": the altitude "of" the next
    // figure is that figure's; the first is how far they flew.
    void altitudeOfTheNextFigure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("distance");
        QTest::addColumn<double>("apogee");
        const QString fired = QStringLiteral("North Korea fired two ballistic missiles on Tuesday. ");
        QTest::newRow("miles-in-brackets") << fired + QStringLiteral("They flew about 420km (260 miles) at an altitude of around 50km before splashing down.") << 420.0 << 50.0;
        QTest::newRow("plain") << fired + QStringLiteral("The missiles flew about 420km at an altitude of 50km.") << 420.0 << 50.0;
        QTest::newRow("kilometres") << fired + QStringLiteral("The missiles travelled 350 kilometres at an altitude of about 60 kilometres.") << 350.0 << 60.0;
        QTest::newRow("max-altitude-of") << fired + QStringLiteral("One flew 800 km at a maximum altitude of 90 km, the JCS said.") << 800.0 << 90.0;
        QTest::newRow("reaching-altitude-of") << fired + QStringLiteral("They covered 600 km, reaching an altitude of 100 km.") << 600.0 << 100.0;
        QTest::newRow("lofted") << fired + QStringLiteral("The missile flew 1,000 km at an altitude of 6,000 km.") << 1000.0 << 6000.0;
        QTest::newRow("travelled") << fired + QStringLiteral("Each travelled 300 km at an altitude of 45 km.") << 300.0 << 45.0;
        // The figure's own altitude stays an apogee.
        QTest::newRow("km-altitude") << fired + QStringLiteral("They flew 400 km and reached 50 km altitude.") << 400.0 << 50.0;
        QTest::newRow("km-in-altitude") << fired + QStringLiteral("They flew 400 km after reaching 50 km in altitude.") << 400.0 << 50.0;
    }
    void altitudeOfTheNextFigure()
    {
        QFETCH(QString, text);
        QFETCH(double, distance);
        QFETCH(double, apogee);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).distanceKm.value, distance);
        QCOMPARE(r.launches.at(0).apogeeKm.value, apogee);
    }

    // "following the test of a new hypersonic missile on 6 January": a day that
    // closes a definite launch noun's "of" phrase is that launch's, an earlier one.
    void dayClosingTheNounsOfPhrase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        const QString fired = QStringLiteral("North Korea fired two ballistic missiles on Tuesday. ");
        QTest::newRow("following-the-test-of") << fired + QStringLiteral("It is the second launch this year, following the test of what it called a new hypersonic intermediate-range missile on 6th January, which flew about 1,100km.") << QDate(2025, 1, 6);
        QTest::newRow("follows-the-test-of") << fired + QStringLiteral("It follows the test of a new hypersonic missile on January 6.") << QDate(2025, 1, 6);
        QTest::newRow("after-the-launch-of") << fired + QStringLiteral("It came after the launch of a solid-fuel missile on 14 February.") << QDate(2025, 2, 14);
        QTest::newRow("recalls-the-firing-of") << fired + QStringLiteral("Analysts recalled the firing of cruise missiles on February 26 from Nampo.") << QDate(2025, 2, 26);
        QTest::newRow("since-the-test-of") << fired + QStringLiteral("Tokyo has been on alert since the test of an ICBM on 3 January.") << QDate(2025, 1, 3);
        QTest::newRow("dprk-possessive") << fired + QStringLiteral("The EU issued a statement following the DPRK's launch of an intercontinental ballistic missile on 3 February.") << QDate(2025, 2, 3);
        // The day set off by commas ("North Korea's last ICBM test, on Nov. 25, involved ...").
        QTest::newRow("comma-day") << fired + QStringLiteral("North Korea's last ICBM test, on Feb. 25, involved the Hwasong-21.") << QDate(2025, 2, 25);
        QTest::newRow("comma-day-no-on") << fired + QStringLiteral("The previous missile launch, 25 February, was a cruise missile.") << QDate(2025, 2, 25);
        // A first flight told in the passive is an earlier launch, not the one told.
        QTest::newRow("first-test-fired") << fired + QStringLiteral("The Hwasong-21 was first test-fired on Feb. 25 this year.") << QDate(2025, 2, 25);
        QTest::newRow("first-launched") << fired + QStringLiteral("The new ICBM was first launched on January 14.") << QDate(2025, 1, 14);
        QTest::newRow("first-flight-tested") << fired + QStringLiteral("The KN-25 was first flight-tested on 2 February, Seoul said.") << QDate(2025, 2, 2);
        // The day as the launch's own "of" ("the launch of 25 November").
        QTest::newRow("launch-of-day") << fired + QStringLiteral("The G7 Leaders' Statement of 2 December condemned the DPRK's intercontinental ballistic missile launch of 25 November 2024.") << QDate(2024, 11, 25);
        QTest::newRow("test-of-day") << fired + QStringLiteral("It came weeks after the missile test of 14 February, Seoul said.") << QDate(2025, 2, 14);
        QTest::newRow("firing-of-day-abbr") << fired + QStringLiteral("Officials compared it with the cruise missile firing of Feb. 26.") << QDate(2025, 2, 26);
        QTest::newRow("launch-of-day-first") << fired + QStringLiteral("The statement repeated the one after the launch of 9 February.") << QDate(2025, 2, 9);
        QTest::newRow("salvo-of-day") << fired + QStringLiteral("The missile salvo of 3 January flew farther.") << QDate(2025, 1, 3);
        // Another country's test, or a satellite after "its": no launch of the North's.
        QTest::newRow("india-possessive") << fired + QStringLiteral("India's test of a long-range hypersonic missile off the Odisha coast on 16 February was conducted responsibly.") << QDate();
        QTest::newRow("engine-for") << fired + QStringLiteral("It follows the test of an engine for the Hwasong-20 ICBM on Feb. 8.") << QDate();
        QTest::newRow("its-satellite") << fired + QStringLiteral("These launches, and its attempted launch of a so-called reconnaissance satellite on February 27, violate resolutions.") << QDate();
    }
    void dayClosingTheNounsOfPhrase()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        const QStringList got = rolesAndDays(r.launches);
        const QString all = got.join(QLatin1String("; "));
        QVERIFY2(r.launches.size() == (day.isValid() ? 2 : 1), qPrintable(all));
        QVERIFY2(r.launches.at(0).date.earliest == QDate(2025, 3, 11), qPrintable(all));
        if (!day.isValid())
            return;
        QVERIFY2(r.launches.at(1).role == LaunchRole::Mentioned && r.launches.at(1).date.earliest == day, qPrintable(all));
    }

    // "The previous launch was an SLBM off Sinpo on Aug 26": "previous" or "prior"
    // before a launch noun tells an earlier launch, whatever its determiner; the
    // launch told keeps its own class.
    void previousLaunchIsAnEarlierOne_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("cls");
        const QString fired = QStringLiteral("North Korea fired two cruise missiles on Tuesday. ");
        QTest::newRow("the-previous-launch-was") << fired + QStringLiteral("The previous launch was an SLBM off Sinpo on Feb. 26.") << QDate(2025, 2, 26) << "SLBM";
        QTest::newRow("its-prior-test") << fired + QStringLiteral("Its prior ICBM test, on Jan. 5, flew 1,000 km.") << QDate(2025, 1, 5) << "ICBM";
        QTest::newRow("the-previous-firing-of") << fired + QStringLiteral("The previous firing, of a hypersonic missile, came on February 20.") << QDate(2025, 2, 20) << "hypersonic";
        QTest::newRow("their-previous-launch") << fired + QStringLiteral("Their previous launch, an ICBM, took place on March 1.") << QDate(2025, 3, 1) << "ICBM";
        QTest::newRow("this-prior-salvo") << fired + QStringLiteral("The prior salvo of short-range ballistic missiles was on February 12.") << QDate(2025, 2, 12) << "SRBM";
    }
    void previousLaunchIsAnEarlierOne()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QFETCH(QString, cls);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << roleName(m.role) + u' ' + m.date.earliest.toString(Qt::ISODate) + u' ' + m.classes.join(u',');
        const QString all = got.join(QLatin1String("; "));
        QVERIFY2(r.launches.size() == 2, qPrintable(all));
        QVERIFY2(r.launches.at(0).classes == QStringList{QStringLiteral("cruise")}, qPrintable(all));
        QVERIFY2(r.launches.at(1).date.earliest == day && r.launches.at(1).classes.contains(cls), qPrintable(all));
    }

    // "it fired cruise missiles on Feb. 26 and an ICBM on March 3": each object of
    // the verb with a day of its own is its own launch, with its own class.
    void datedObjectsOfOneVerb_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentioned"); // "date class" of each earlier launch, in order
        const QString fired = QStringLiteral("North Korea fired two missiles on Tuesday. ");
        QTest::newRow("cruise-and-icbm") << fired + QStringLiteral("Earlier this year it fired cruise missiles on Feb. 26 and an ICBM on March 3.")
                                         << QStringList{"2025-02-26 cruise", "2025-03-03 ICBM"};
        QTest::newRow("three-objects") << fired + QStringLiteral("It fired an SRBM on Feb. 2, two cruise missiles on Feb. 10 and an ICBM on Feb. 20.")
                                       << QStringList{"2025-02-02 SRBM", "2025-02-10 cruise", "2025-02-20 ICBM"};
        QTest::newRow("months") << fired + QStringLiteral("The North tested an ICBM in January and a hypersonic missile in February.")
                                << QStringList{"2025-01-01 ICBM", "2025-02-01 hypersonic"};
        QTest::newRow("launched-slbm-and-cruise") << fired + QStringLiteral("It launched an SLBM on January 8 and several cruise missiles on January 30.")
                                                  << QStringList{"2025-01-08 SLBM", "2025-01-30 cruise"};
        QTest::newRow("test-fired-day-first") << fired + QStringLiteral("Pyongyang test-fired a hypersonic missile on 6 January and two SRBMs on 14 January.")
                                              << QStringList{"2025-01-06 hypersonic", "2025-01-14 SRBM"};
        // An object with a relative clause of its own, then the next: the clause stays
        // the earlier object's.
        QTest::newRow("relative-clause-between") << fired + QStringLiteral("It fired cruise missiles on Feb. 2, an IRBM on Feb. 9 that Seoul said flew about 1,100 km, and four SRBMs on Feb. 17.")
                                                 << QStringList{"2025-02-02 cruise", "2025-02-09 IRBM", "2025-02-17 SRBM"};
        QTest::newRow("which-clause-between") << fired + QStringLiteral("It launched an ICBM on January 8, which flew for 70 minutes, and two SRBMs on January 30.")
                                              << QStringList{"2025-01-08 ICBM", "2025-01-30 SRBM"};
        // One object, two days: the second is no launch of its own.
        QTest::newRow("one-object") << fired + QStringLiteral("It fired an ICBM on Feb. 26, days before talks on March 3.")
                                    << QStringList{"2025-02-26 ICBM"};
        // After a launch noun, not a verb: the summary's dated objects are launches too.
        QTest::newRow("launches-including") << fired + QStringLiteral("It has carried out several launches this year, including an SLBM on 19 February and an IRBM on 27 January.")
                                            << QStringList{"2025-02-19 SLBM", "2025-01-27 IRBM"};
        QTest::newRow("tests-including-ballistic") << fired + QStringLiteral("There were four missile tests before this one, including a submarine-launched ballistic missile on Feb. 19 and an intermediate-range ballistic missile on Jan. 27.")
                                                   << QStringList{"2025-02-19 SLBM", "2025-01-27 IRBM"};
        QTest::newRow("launches-included") << fired + QStringLiteral("Earlier launches included two cruise missiles on March 1 and a hypersonic missile on March 9.")
                                          << QStringList{"2025-03-01 cruise", "2025-03-09 hypersonic"};
        QTest::newRow("launch-series-months") << fired + QStringLiteral("Its two other launches were an ICBM in January and several SRBMs in February.")
                                              << QStringList{"2025-01-01 ICBM", "2025-02-01 SRBM"};
        QTest::newRow("tests-and-another") << fired + QStringLiteral("Its previous tests were an IRBM on Jan. 6 and another IRBM on Feb. 11.")
                                                   << QStringList{"2025-01-06 IRBM", "2025-02-11 IRBM"};
        // "and of" again after a launch noun's "of"; what a missile carried after it.
        QTest::newRow("and-of-again") << fired + QStringLiteral("It follows the launch of at least eight SRBMs on 9 February and of an IRBM on 20 January.")
                                      << QStringList{"2025-02-09 SRBM", "2025-01-20 IRBM"};
        QTest::newRow("fired-and-of") << fired + QStringLiteral("Earlier launches were of two cruise missiles on March 1 and of a hypersonic missile on March 9.")
                                      << QStringList{"2025-03-01 cruise", "2025-03-09 hypersonic"};
        QTest::newRow("with-a-glide-vehicle") << fired + QStringLiteral("It fired an ICBM on Feb. 7 and an IRBM with a hypersonic glide vehicle on March 2.")
                                              << QStringList{"2025-02-07 ICBM", "2025-03-02 IRBM,hypersonic"};
        QTest::newRow("which-clause-then-with") << fired + QStringLiteral("Launches this year included an ICBM on February 7, which landed in Japan's EEZ, an IRBM with a hypersonic warhead on March 2, and multiple SRBMs on March 9.")
                                                << QStringList{"2025-02-07 ICBM", "2025-03-02 IRBM,hypersonic", "2025-03-09 SRBM"};
        QTest::newRow("with-new-warhead") << fired + QStringLiteral("It launched two SRBMs on Jan. 4 and an SRBM with a new warhead on Feb. 8.")
                                          << QStringList{"2025-01-04 SRBM", "2025-02-08 SRBM"};
        // (Review) "with" only what the missile carried.
        QTest::newRow("with-not-carried") << fired + QStringLiteral("It fired an ICBM on Feb. 7, days before a press conference with officials on March 2.")
                                          << QStringList{"2025-02-07 ICBM"};
        // A year alone dates no single launch after a noun.
        QTest::newRow("noun-then-year") << fired + QStringLiteral("The launch followed an SLBM test on Feb. 19 and several other missiles in 2024.")
                                        << QStringList{"2025-02-19 SLBM"};
    }
    void datedObjectsOfOneVerb()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentioned);
        const auto r = extractLaunches(text);
        const QStringList got = mentionedDays(r.launches);
        QCOMPARE(got, mentioned);
    }

    // "the third this year, after an IRBM on Jan. 6 and two cruise missiles on Feb. 11":
    // objects led by a connective, each with a day of its own, are earlier launches;
    // the launch told keeps none of their classes.
    void datedObjectsAfterAConnective_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentioned"); // "date class" of each earlier launch, in order
        const QString fired = QStringLiteral("North Korea fired two missiles on Tuesday. ");
        QTest::newRow("after-an-and") << fired + QStringLiteral("Tuesday's launch was the third this year, after an IRBM on Jan. 6 and two cruise missiles on Feb. 11.")
                                      << QStringList{"2025-01-06 IRBM", "2025-02-11 cruise"};
        QTest::newRow("came-after") << fired + QStringLiteral("The launch came after an ICBM on Jan. 8 and several SRBMs on Feb. 2.")
                                    << QStringList{"2025-01-08 ICBM", "2025-02-02 SRBM"};
        QTest::newRow("followed-months") << fired + QStringLiteral("The launch followed an ICBM in January and several SRBMs in February.")
                                         << QStringList{"2025-01-01 ICBM", "2025-02-01 SRBM"};
        QTest::newRow("following-a-salvo") << fired + QStringLiteral("It was the sixth launch of the year, following a salvo of ballistic missiles on Jan. 4 and an IRBM on Feb. 17.")
                                           << QStringList{"2025-01-04 ballistic", "2025-02-17 IRBM"};
        QTest::newRow("following-a-test") << fired + QStringLiteral("The launch was the third this year, following an ICBM test on Jan. 8.")
                                          << QStringList{"2025-01-08 ICBM"};
        QTest::newRow("including-what-it-called") << fired + QStringLiteral("The launch follows a flurry of activity, including what Pyongyang called a hypersonic missile in early January and a salvo of four rockets from its launcher during drills in mid-January.")
                                                  << QStringList{"2025-01-01 hypersonic", "2025-01-11 "};
        // The day after "of", or after "on" or "in" read apart from it.
        QTest::newRow("missile-of-day") << fired + QStringLiteral("It was the second launch over Japan, following the intermediate-range ballistic missile of 3 February.")
                                        << QStringList{"2025-02-03 IRBM"};
        QTest::newRow("icbm-of-day") << fired + QStringLiteral("The launch was the second this year, after the ICBM of 22 February.")
                                     << QStringList{"2025-02-22 ICBM"};
        QTest::newRow("srbms-of-day") << fired + QStringLiteral("The launch came after the two SRBMs of Jan. 9.")
                                      << QStringList{"2025-01-09 SRBM"};
        QTest::newRow("cruise-missiles-of-day") << fired + QStringLiteral("Tuesday's launch followed the cruise missiles of January 30.")
                                                << QStringList{"2025-01-30 cruise"};
        QTest::newRow("hypersonic-of-day") << fired + QStringLiteral("The launch was the fourth this year, since the hypersonic missile of 6 January.")
                                           << QStringList{"2025-01-06 hypersonic"};
        // A bare plural after "and" is an object of its own.
        QTest::newRow("such-as-bare-plural") << fired + QStringLiteral("It has carried out several launches this year, such as an ICBM on Feb. 18 and SRBMs on March 3.")
                                             << QStringList{"2025-02-18 ICBM", "2025-03-03 SRBM"};
        // Not an object: another country's missile, a thing about missiles.
        QTest::newRow("iranian-missile") << fired + QStringLiteral("The launch came days after an Iranian ballistic missile on March 4 struck targets in Israel.") << QStringList{};
        QTest::newRow("south-korean-hyunmoo") << fired + QStringLiteral("The launch came after South Korea's Hyunmoo-5 missile on March 3 hit a target.") << QStringList{};
        QTest::newRow("minuteman") << fired + QStringLiteral("The launch came after a Minuteman III ICBM on March 6.") << QStringList{};
        QTest::newRow("meeting-about") << fired + QStringLiteral("The launch followed a meeting about ICBMs on March 1.") << QStringList{};
        QTest::newRow("resolution-on") << fired + QStringLiteral("The launch came after a resolution on ballistic missiles on Feb. 22.") << QStringList{};
        // Not an object: another kind of launch, another country's firing.
        QTest::newRow("satellite") << fired + QStringLiteral("The launch came weeks after a failed satellite launch on Feb. 2.") << QStringList{};
        QTest::newRow("other-country") << fired + QStringLiteral("It came two days after South Korea test-fired a Hyunmoo missile on Sunday.") << QStringList{};
        // Launches named as such are listed by their days, as before.
        QTest::newRow("launches-of") << fired + QStringLiteral("It followed the DPRK's launches of ballistic missiles on Jan. 5 and Jan. 27.")
                                     << QStringList{"2025-01-05 ballistic", "2025-01-27 ballistic"};
    }
    void datedObjectsAfterAConnective()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentioned);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches) {
            if (m.role == LaunchRole::Mentioned)
                got << m.date.earliest.toString(Qt::ISODate) + u' ' + m.classes.join(u',');
            else
                QVERIFY2(m.classes.isEmpty(), qPrintable(m.classes.join(u',')));
        }
        QCOMPARE(got, mentioned);
    }

    // "The United States test-launched a Minuteman III ICBM in May": another
    // country's firing, and nothing else of a launch in the sentence, gives the
    // launch told before it no class, count or range.
    void anotherCountrysFiringGivesNothing_data()
    {
        QTest::addColumn<QString>("text");
        const QString fired = QStringLiteral("North Korea fired two missiles on Tuesday. ");
        QTest::newRow("us-minuteman") << fired + QStringLiteral("The United States test-launched a Minuteman III intercontinental ballistic missile in May.");
        QTest::newRow("south-korea-hyunmoo") << fired + QStringLiteral("South Korea test-fired a Hyunmoo ballistic missile that flew 300 km.");
        QTest::newRow("russia-kinzhal") << fired + QStringLiteral("Russia fired a hypersonic Kinzhal missile at Kyiv overnight, flying 900 km.");
        QTest::newRow("india-agni") << fired + QStringLiteral("India has also test-fired an intercontinental ballistic missile that flew 5,000 km.");
        QTest::newRow("china-pronoun") << fired + QStringLiteral("China said it launched an intercontinental ballistic missile into the Pacific in September.");
    }
    void anotherCountrysFiringGivesNothing()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << roleName(m.role) + u' ' + m.classes.join(u',') + u' ' + m.count.text + u' ' + m.distanceKm.text;
        const QString all = got.join(QLatin1String("; "));
        QVERIFY2(r.launches.size() == 1, qPrintable(all));
        QVERIFY2(r.launches.at(0).classes.isEmpty() && r.launches.at(0).distanceKm.text.isEmpty()
                     && r.launches.at(0).count.text == QLatin1String("two missiles"),
                 qPrintable(all));
    }

    // "Prior to the launch", "the previous administration's launch policy": no
    // earlier launch, only the one told (on Tuesday 11 March).
    void previousNotTheNounsOwn_data()
    {
        QTest::addColumn<QString>("text");
        const QString fired = QStringLiteral("North Korea fired two missiles on Tuesday. ");
        QTest::newRow("prior-to-the-launch") << fired + QStringLiteral("Prior to the launch, Kim Jong Un inspected a munitions factory on Monday.");
        QTest::newRow("previous-administrations") << fired + QStringLiteral("The previous administration's launch policy was criticized on Monday.");
        QTest::newRow("prior-to-launch-day") << fired + QStringLiteral("Prior to the launch on Tuesday, the North had warned of countermeasures.");
    }
    void previousNotTheNounsOwn()
    {
        QFETCH(QString, text);
        verifyOneLaunchOn(text, QDate(2025, 3, 11));
    }
};

QTEST_GUILESS_MAIN(TestLaunchStory)
#include "tst_launchstory.moc"
