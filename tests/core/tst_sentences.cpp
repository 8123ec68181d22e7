// splitSentences: abbreviations, initials, decimals, quotes, list items and
// headings, with spans that index the original text.
#include "extract/SentenceSplitter.h"

#include <QtTest>

using namespace atlas;

namespace {

// Sentences as "text" joined by " | ", headings marked with a leading '#'.
QString render(const QString &text, const QVector<Sentence> &ss)
{
    QStringList parts;
    for (const Sentence &s : ss)
        parts << (s.heading ? QStringLiteral("#") : QString()) + text.mid(s.start, s.end - s.start);
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestSentences : public QObject {
    Q_OBJECT
private slots:
    void splits_data();
    void splits();
    void spansAreOrderedAndInside();
    void emptyAndBlank();
    void longLineIsLinear();
};

void TestSentences::splits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // A wiki's footnote markers after the stop belong to the sentence.
    QTest::newRow("footnote") << QStringLiteral("The launch was condemned by Japan.[19] Seoul protested.")
                              << QStringLiteral("The launch was condemned by Japan.[19] | Seoul protested.");
    QTest::newRow("footnotes") << QStringLiteral("It flew 1,000 km.[3][4] Japan said so.")
                               << QStringLiteral("It flew 1,000 km.[3][4] | Japan said so.");
    QTest::newRow("lettered note") << QStringLiteral("The MoD gave no distance.[a] The JCS did.")
                                   << QStringLiteral("The MoD gave no distance.[a] | The JCS did.");
    QTest::newRow("after a quote") << QStringLiteral("He called it \"reckless.\"[12] Tokyo agreed.")
                                   << QStringLiteral("He called it \"reckless.\"[12] | Tokyo agreed.");
    QTest::newRow("question") << QStringLiteral("Was it an ICBM?[7] Analysts think so.")
                              << QStringLiteral("Was it an ICBM?[7] | Analysts think so.");
    QTest::newRow("brackets that are no marker") << QStringLiteral("It was the U.S.[citation needed] policy.")
                                                 << QStringLiteral("It was the U.S.[citation needed] policy.");

    // Abbreviations and initials.
    QTest::newRow("us") << QStringLiteral("The U.S. and Japan condemned it. Seoul agreed.")
                        << QStringLiteral("The U.S. and Japan condemned it. | Seoul agreed.");
    QTest::newRow("un") << QStringLiteral("The U.N. Security Council met. It issued no statement.")
                        << QStringLiteral("The U.N. Security Council met. | It issued no statement.");
    QTest::newRow("us-end") << QStringLiteral("Tokyo protested to the U.S. The talks resumed later.")
                            << QStringLiteral("Tokyo protested to the U.S. | The talks resumed later.");
    QTest::newRow("us-president") << QStringLiteral("U.S. President Trump spoke. He said little.")
                                  << QStringLiteral("U.S. President Trump spoke. | He said little.");
    QTest::newRow("uk") << QStringLiteral("The U.K. Foreign Office said so. France agreed.")
                        << QStringLiteral("The U.K. Foreign Office said so. | France agreed.");
    QTest::newRow("jan") << QStringLiteral("On Jan. 14 the North fired missiles. Japan protested.")
                         << QStringLiteral("On Jan. 14 the North fired missiles. | Japan protested.");
    QTest::newRow("sept") << QStringLiteral("By Sept. 2 it was over. Nobody was hurt.")
                          << QStringLiteral("By Sept. 2 it was over. | Nobody was hurt.");
    QTest::newRow("gen") << QStringLiteral("Gen. Kim Yong Bok said it. The army agreed.")
                         << QStringLiteral("Gen. Kim Yong Bok said it. | The army agreed.");
    QTest::newRow("sen") << QStringLiteral("Sen. Smith and Rep. Jones spoke. Both condemned it.")
                         << QStringLiteral("Sen. Smith and Rep. Jones spoke. | Both condemned it.");
    QTest::newRow("lt") << QStringLiteral("Lt. Gen. Park confirmed the launch. More may follow.")
                        << QStringLiteral("Lt. Gen. Park confirmed the launch. | More may follow.");
    QTest::newRow("no") << QStringLiteral("It violates Resolution No. 1718. Sanctions followed.")
                        << QStringLiteral("It violates Resolution No. 1718. | Sanctions followed.");
    QTest::newRow("mr-dr") << QStringLiteral("Mr. Lee met Dr. Cha. They talked.")
                           << QStringLiteral("Mr. Lee met Dr. Cha. | They talked.");
    QTest::newRow("am") << QStringLiteral("It was fired at 7:10 a.m. local time. It flew 800 km.")
                        << QStringLiteral("It was fired at 7:10 a.m. local time. | It flew 800 km.");
    QTest::newRow("pm-end") << QStringLiteral("The launch came at 4 p.m. The missile fell into the sea.")
                            << QStringLiteral("The launch came at 4 p.m. | The missile fell into the sea.");
    QTest::newRow("pm-weekday") << QStringLiteral("Sirens sounded at 9 p.m. Tuesday in the city. Then silence.")
                                << QStringLiteral("Sirens sounded at 9 p.m. Tuesday in the city. | Then silence.");
    QTest::newRow("am-seoul-time") << QStringLiteral("It flew at 7 a.m. Seoul time on Friday. Then it fell.")
                                   << QStringLiteral("It flew at 7 a.m. Seoul time on Friday. | Then it fell.");
    QTest::newRow("weekday-abbr") << QStringLiteral("On Fri. Nov. 7 it flew. Japan protested.")
                                  << QStringLiteral("On Fri. Nov. 7 it flew. | Japan protested.");
    QTest::newRow("initial") << QStringLiteral("John F. Kennedy was cited. Nobody objected.")
                             << QStringLiteral("John F. Kennedy was cited. | Nobody objected.");
    // Decimal numbers.
    QTest::newRow("decimal") << QStringLiteral("It flew 3.5 times farther. Analysts were surprised.")
                             << QStringLiteral("It flew 3.5 times farther. | Analysts were surprised.");
    QTest::newRow("decimal-mach") << QStringLiteral("Speeds of Mach 9.5 were claimed. Seoul doubted it.")
                                  << QStringLiteral("Speeds of Mach 9.5 were claimed. | Seoul doubted it.");
    QTest::newRow("decimal-end") << QStringLiteral("The apogee was 1.5. The range was 500 km.")
                                 << QStringLiteral("The apogee was 1.5. | The range was 500 km.");
    QTest::newRow("version") << QStringLiteral("It used version 2.0.1 software. Fine.")
                             << QStringLiteral("It used version 2.0.1 software. | Fine.");
    QTest::newRow("thousands") << QStringLiteral("It flew 1,100 km. Japan protested.")
                               << QStringLiteral("It flew 1,100 km. | Japan protested.");
    // Quotes.
    QTest::newRow("quote-end") << QStringLiteral("He called it “a grave provocation.” Japan agreed.")
                               << QStringLiteral("He called it “a grave provocation.” | Japan agreed.");
    QTest::newRow("quote-straight") << QStringLiteral("She said \"we will respond.\" The ministry confirmed.")
                                    << QStringLiteral("She said \"we will respond.\" | The ministry confirmed.");
    QTest::newRow("quote-question") << QStringLiteral("“Why now?” he asked. Nobody knew.")
                                    << QStringLiteral("“Why now?” he asked. | Nobody knew.");
    QTest::newRow("quote-start") << QStringLiteral("Tokyo protested. “This is unacceptable,” Ishiba said.")
                                 << QStringLiteral("Tokyo protested. | “This is unacceptable,” Ishiba said.");
    QTest::newRow("quote-single") << QStringLiteral("He said ‘enough.’ Then he left.")
                                  << QStringLiteral("He said ‘enough.’ | Then he left.");
    QTest::newRow("exclaim") << QStringLiteral("What a launch! The crowd cheered.")
                             << QStringLiteral("What a launch! | The crowd cheered.");
    // List items and headings.
    QTest::newRow("list") << QStringLiteral("Intro text here.\n- The Strategic Timing of the Launches\n- Historical Context")
                          << QStringLiteral("Intro text here. | #The Strategic Timing of the Launches | #Historical Context");
    QTest::newRow("list-sentences") << QStringLiteral("- SEOUL – The North fired a missile. It flew far.\n- Second item.")
                                    << QStringLiteral("SEOUL – The North fired a missile. | It flew far. | Second item.");
    QTest::newRow("bullets") << QStringLiteral("• First point\n* Second point.")
                             << QStringLiteral("#First point | Second point.");
    // A bullet that is a clause ("Key points" items) is a sentence without its full stop.
    QTest::newRow("key-point-says") << QStringLiteral("Key points:\n- Seoul says the rocket flew roughly 350 kilometres\n- Tokyo says it landed outside its waters")
                                    << QStringLiteral("Key points: | Seoul says the rocket flew roughly 350 kilometres | Tokyo says it landed outside its waters");
    QTest::newRow("key-point-dot") << QStringLiteral("\u2022 The missile was launched from near the capital at dawn")
                                   << QStringLiteral("The missile was launched from near the capital at dawn");
    QTest::newRow("key-point-star") << QStringLiteral("* Officials believe two missiles were fired in total")
                                    << QStringLiteral("Officials believe two missiles were fired in total");
    QTest::newRow("key-point-dash-en") << QStringLiteral("\u2013 the launch came a week after the allied drills")
                                       << QStringLiteral("the launch came a week after the allied drills");
    // A short item closed by its source (", JCS says") is a reported fact, not a title.
    QTest::newRow("key-point-short-says") << QStringLiteral("* Traveled roughly 450 km, Seoul says")
                                          << QStringLiteral("Traveled roughly 450 km, Seoul says");
    QTest::newRow("key-point-short-said") << QStringLiteral("- Apogee near 60 km, military said")
                                          << QStringLiteral("Apogee near 60 km, military said");
    QTest::newRow("key-point-short-reports") << QStringLiteral("• Two SRBMs fired, NHK reports")
                                             << QStringLiteral("Two SRBMs fired, NHK reports");
    QTest::newRow("key-point-short-according") << QStringLiteral("* Landed in Yellow Sea, according to the JCS")
                                               << QStringLiteral("Landed in Yellow Sea, according to the JCS");
    QTest::newRow("key-point-short-according-caps") << QStringLiteral("* Flew 700km, according to JCS")
                                                    << QStringLiteral("Flew 700km, according to JCS");
    QTest::newRow("key-point-short-added") << QStringLiteral("- Two SRBMs, Seoul added")
                                           << QStringLiteral("Two SRBMs, Seoul added");
    QTest::newRow("key-point-short-other-verb-stays-heading") << QStringLiteral("- Two SRBMs, Seoul notes")
                                                              << QStringLiteral("#Two SRBMs, Seoul notes");
    QTest::newRow("initials-before-capital") << QStringLiteral("Talks in the U.S. Navy base went on. It was N.K. policy.")
                                             << QStringLiteral("Talks in the U.S. Navy base went on. | It was N.K. policy.");
    QTest::newRow("key-point-short-confirmed") << QStringLiteral("- Solid-fuel ICBM, Tokyo confirmed")
                                               << QStringLiteral("Solid-fuel ICBM, Tokyo confirmed");
    QTest::newRow("bullet-title-with-comma-stays-heading") << QStringLiteral("- Reactions, Analysis and Outlook\n- What Seoul Says")
                                                           << QStringLiteral("#Reactions, Analysis and Outlook | #What Seoul Says");
    QTest::newRow("bullet-title-stays-heading") << QStringLiteral("- The Strategic Context of the Launches\n- North Korean Missile Programme Since 2017")
                                                << QStringLiteral("#The Strategic Context of the Launches | #North Korean Missile Programme Since 2017");
    // A wire's flash lines are reports, though they end without a stop.
    QTest::newRow("flash-line") << QStringLiteral("FLASH: Japan lodged strong protest with N. Korea via embassy in Beijing: Kihara (12:42)")
                                << QStringLiteral("FLASH: Japan lodged strong protest with N. Korea via embassy in Beijing: Kihara (12:42)");
    QTest::newRow("breaking-line") << QStringLiteral("BREAKING: North Korea fires ballistic missile toward East Sea, JCS")
                                   << QStringLiteral("BREAKING: North Korea fires ballistic missile toward East Sea, JCS");
    QTest::newRow("urgent-line") << QStringLiteral("URGENT: Missile flew about 1,000 km, landed in Sea of Japan")
                                 << QStringLiteral("URGENT: Missile flew about 1,000 km, landed in Sea of Japan");
    QTest::newRow("alert-line") << QStringLiteral("ALERT: Koizumi says launch cannot be tolerated (12:24)")
                                << QStringLiteral("ALERT: Koizumi says launch cannot be tolerated (12:24)");
    QTest::newRow("just-in-line") << QStringLiteral("JUST IN: Seoul convenes security meeting after launch")
                                  << QStringLiteral("JUST IN: Seoul convenes security meeting after launch");
    QTest::newRow("short-label-stays-heading") << QStringLiteral("UPDATE: Reactions")
                                               << QStringLiteral("#UPDATE: Reactions");
    QTest::newRow("heading") << QStringLiteral("Missile Details and Strategic Intentions\nThe missiles flew 800 km.")
                             << QStringLiteral("#Missile Details and Strategic Intentions | The missiles flew 800 km.");
    QTest::newRow("dateline") << QStringLiteral("World News\n07 November 2025\n\nNorth Korea fired a missile.")
                              << QStringLiteral("#World News | #07 November 2025 | North Korea fired a missile.");
    QTest::newRow("title") << QStringLiteral("North Korea Launches Ballistic Missile\r\nIt flew east.")
                           << QStringLiteral("#North Korea Launches Ballistic Missile | It flew east.");
    QTest::newRow("colon-line") << QStringLiteral("Reactions:\nJapan protested.")
                                << QStringLiteral("Reactions: | Japan protested.");
    QTest::newRow("no-final-stop") << QStringLiteral("It flew far. And then it fell")
                                   << QStringLiteral("It flew far. | And then it fell");
    QTest::newRow("lowercase-after") << QStringLiteral("It reached approx. 50 km altitude. Fine.")
                                     << QStringLiteral("It reached approx. 50 km altitude. | Fine.");
    // "c." and "ca." (circa) before a figure are inside the sentence.
    QTest::newRow("circa-c") << QStringLiteral("The missile flew c. 1,000 km. Seoul said so.")
                             << QStringLiteral("The missile flew c. 1,000 km. | Seoul said so.");
    QTest::newRow("circa-ca") << QStringLiteral("It reached ca. 60 km in altitude. Tokyo agreed.")
                              << QStringLiteral("It reached ca. 60 km in altitude. | Tokyo agreed.");
    QTest::newRow("circa-year") << QStringLiteral("The site dates from c. 1998 and was expanded. It is near Sohae.")
                                << QStringLiteral("The site dates from c. 1998 and was expanded. | It is near Sohae.");
    QTest::newRow("circa-apogee") << QStringLiteral("Apogee was c. 50 km, per Japan. Nothing fell on land.")
                                  << QStringLiteral("Apogee was c. 50 km, per Japan. | Nothing fell on land.");
    QTest::newRow("circa-minutes") << QStringLiteral("It flew for ca. 12 minutes before falling. Japan said so.")
                                   << QStringLiteral("It flew for ca. 12 minutes before falling. | Japan said so.");
    QTest::newRow("ellipsis") << QStringLiteral("They waited... Nothing happened.")
                              << QStringLiteral("They waited... | Nothing happened.");
    // Paragraphs wrapped at a fixed width run on across the line break; a line
    // that ends its sentence, a title, a byline or a list item does not.
    QTest::newRow("wrap-lowercase") << QStringLiteral("The ship-based\nfirings matter most. Fine.")
                                    << QStringLiteral("The ship-based\nfirings matter most. | Fine.");
    QTest::newRow("wrap-article") << QStringLiteral("Intro.\nTwo missiles were fired from the\nSunan area at dawn.")
                                  << QStringLiteral("Intro. | Two missiles were fired from the\nSunan area at dawn.");
    QTest::newRow("wrap-preposition") << QStringLiteral("Intro.\nRockets were launched from the coast near\nHamhung on Friday.\nJapan protested.")
                                      << QStringLiteral("Intro. | Rockets were launched from the coast near\nHamhung on Friday. | Japan protested.");
    QTest::newRow("wrap-comma") << QStringLiteral("Intro.\nIn the last days of March,\nSeoul detected two launches.")
                                << QStringLiteral("Intro. | In the last days of March,\nSeoul detected two launches.");
    QTest::newRow("wrap-digit") << QStringLiteral("Intro.\nThe JCS said the cruise missiles fired off the west coast flew\n1,500 km over the sea.")
                                << QStringLiteral("Intro. | The JCS said the cruise missiles fired off the west coast flew\n1,500 km over the sea.");
    QTest::newRow("wrap-long-prose") << QStringLiteral("Intro.\nSeveral ballistic missiles were fired toward the sea from North\nHwanghae Province before dawn.")
                                     << QStringLiteral("Intro. | Several ballistic missiles were fired toward the sea from North\nHwanghae Province before dawn.");
    QTest::newRow("wrap-three-lines") << QStringLiteral("The military said that it had tracked the missiles from their\nlaunch until they fell into waters well outside the exclusive\neconomic zone. Then it stopped.")
                                      << QStringLiteral("The military said that it had tracked the missiles from their\nlaunch until they fell into waters well outside the exclusive\neconomic zone. | Then it stopped.");
    QTest::newRow("nowrap-title-byline") << QStringLiteral("North Korea fires barrage of ballistic missiles toward Sea of Japan\nMay 30, 2024 (JST)  KYODO NEWS\nIt flew.")
                                         << QStringLiteral("#North Korea fires barrage of ballistic missiles toward Sea of Japan | #May 30, 2024 (JST)  KYODO NEWS | It flew.");
    QTest::newRow("nowrap-title-says") << QStringLiteral("North Korea tests new cruise missiles, state media says\nBy Staff | January 26, 2025")
                                       << QStringLiteral("#North Korea tests new cruise missiles, state media says | #By Staff | January 26, 2025");
    QTest::newRow("nowrap-blank-line") << QStringLiteral("Missiles were fired from the\n\nSunan area.")
                                       << QStringLiteral("#Missiles were fired from the | Sunan area.");
    QTest::newRow("nowrap-list") << QStringLiteral("The launches this year were from the\n- Sunan area\n- Wonsan area")
                                 << QStringLiteral("#The launches this year were from the | #Sunan area | #Wonsan area");
    QTest::newRow("nowrap-short-heading") << QStringLiteral("Intro.\nWhat stands out\nCruise missiles dominate.")
                                          << QStringLiteral("Intro. | #What stands out | Cruise missiles dominate.");
    QTest::newRow("nowrap-crlf-blank") << QStringLiteral("Fired from the\r\n\r\nNext part.")
                                       << QStringLiteral("#Fired from the | Next part.");
    QTest::newRow("wrap-crlf") << QStringLiteral("Intro.\r\nMissiles were fired from the\r\nSunan area.")
                               << QStringLiteral("Intro. | Missiles were fired from the\r\nSunan area.");
    // A date leading a list item is its label, not a sentence of its own.
    QTest::newRow("label-weekday") << QStringLiteral("January 6 (Monday). A missile was fired. It fell.")
                                   << QStringLiteral("January 6 (Monday). A missile was fired. | It fell.");
    QTest::newRow("label-day") << QStringLiteral("April 28. The destroyer fired a missile.")
                               << QStringLiteral("April 28. The destroyer fired a missile.");
    QTest::newRow("label-abbr") << QStringLiteral("Jan. 14. Several missiles flew 250 km.")
                                << QStringLiteral("Jan. 14. Several missiles flew 250 km.");
    QTest::newRow("label-day-first") << QStringLiteral("- 24 January (Wednesday). Cruise missiles were fired.")
                                     << QStringLiteral("24 January (Wednesday). Cruise missiles were fired.");
    QTest::newRow("label-numbered") << QStringLiteral("1. March 10. Missiles were fired.\n2. May 8. More followed.")
                                    << QStringLiteral("March 10. Missiles were fired. | May 8. More followed.");
    QTest::newRow("label-weekday-date") << QStringLiteral("Tuesday, 5 March. The North fired again.")
                                        << QStringLiteral("Tuesday, 5 March. The North fired again.");
    // A day written the Korean way ("2027. 1. 5.") is one date, and at the head of
    // a line the label of its item.
    QTest::newRow("korean-day-label") << QStringLiteral("- 2027. 1. 5. (Tue.) Several SRBMs, Hamhung area, about 420 km")
                                      << QStringLiteral("2027. 1. 5. (Tue.) Several SRBMs, Hamhung area, about 420 km");
    QTest::newRow("korean-day-label-numbered") << QStringLiteral("1. 2026. 12. 17. Four SRBMs flew 350 km.\n2. 2026. 11. 25. One ICBM flew.")
                                               << QStringLiteral("2026. 12. 17. Four SRBMs flew 350 km. | 2026. 11. 25. One ICBM flew.");
    QTest::newRow("korean-day-in-sentence") << QStringLiteral("The JCS said on 2027. 1. 27. that it was lofted. Japan agreed.")
                                            << QStringLiteral("The JCS said on 2027. 1. 27. that it was lofted. | Japan agreed.");
    QTest::newRow("korean-day-ends-sentence") << QStringLiteral("The launch was on 2027. 1. 27. Japan protested.")
                                              << QStringLiteral("The launch was on 2027. 1. 27. | Japan protested.");
    QTest::newRow("not-korean-day-year-item") << QStringLiteral("The plan runs to 2027. 1. The first step. 2. The second.")
                                              << QStringLiteral("The plan runs to 2027. | 1. | The first step. | 2. | The second.");
    QTest::newRow("not-label-sentence") << QStringLiteral("May 5 was quiet. The North fired on May 6.")
                                        << QStringLiteral("May 5 was quiet. | The North fired on May 6.");
    QTest::newRow("not-label-mid-line") << QStringLiteral("It came on April 28. The ship sailed.")
                                        << QStringLiteral("It came on April 28. | The ship sailed.");
    QTest::newRow("numbered-items") << QStringLiteral("1. Seoul condemned it.\n2) Tokyo protested.")
                                    << QStringLiteral("Seoul condemned it. | Tokyo protested.");
}

void TestSentences::splits()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text, splitSentences(text)), expected);
}

void TestSentences::spansAreOrderedAndInside()
{
    const QString text = QStringLiteral("  Title line  \n\n- A list item. Another one!\nThe U.S. said “no.” Done.\n   \n");
    const QVector<Sentence> ss = splitSentences(text);
    QCOMPARE(ss.size(), 5);
    int prev = 0;
    for (const Sentence &s : ss) {
        QVERIFY(s.start >= prev);
        QVERIFY(s.start < s.end);
        QVERIFY(s.end <= text.size());
        QVERIFY(!text.at(s.start).isSpace());
        QVERIFY(!text.at(s.end - 1).isSpace());
        prev = s.end;
    }
    QCOMPARE(text.mid(ss[0].start, ss[0].end - ss[0].start), QStringLiteral("Title line"));
    QVERIFY(ss[0].heading);
}

void TestSentences::emptyAndBlank()
{
    QVERIFY(splitSentences(QString()).isEmpty());
    QVERIFY(splitSentences(QStringLiteral(" \n\n\t \r\n")).isEmpty());
    QVERIFY(splitSentences(QStringLiteral("- \n-\n")).size() <= 1);
}

void TestSentences::longLineIsLinear()
{
    // A 2 MB line of short sentences must split quickly and completely.
    QString text;
    const QString unit = QStringLiteral("The U.S. said it flew 3.5 km. ");
    text.reserve(unit.size() * 70000);
    for (int i = 0; i < 70000; ++i)
        text += unit;
    QElapsedTimer timer;
    timer.start();
    const QVector<Sentence> ss = splitSentences(text);
    QCOMPARE(ss.size(), 70000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
