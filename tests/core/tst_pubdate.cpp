// PublicationDateDetector: datelines, stamps, bylines, metadata and banners,
// body dates that must not count, Korea-time days, and the bundled articles
// against the oracle in tests/data/articles-expected.json.
#include "ingest/ArticleReader.h"
#include "ingest/PublicationDateDetector.h"

#include <QtTest>

using namespace atlas;

namespace {
QDate iso(const char *s) { return QDate::fromString(QString::fromLatin1(s), Qt::ISODate); }
}

class TestPubDate : public QObject {
    Q_OBJECT
private slots:
    void detects_data();
    void detects();
    void noDate_data();
    void noDate();
    void spanPointsAtEvidence();
    void applyKeepsUserAndMetadata();
    void bundledArticles();
    void hugeLineIsLinear();
};

void TestPubDate::detects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("korea");
    QTest::addColumn<QString>("source");

    auto row = [](const char *name, const char *text, const char *d, const char *k, const char *src) {
        QTest::newRow(name) << QString::fromUtf8(text) << iso(d) << iso(k) << QString::fromLatin1(src);
    };
    // Datelines.
    row("dateline-dmy", "World News\n07 November 2025\n\nNorth Korea fired a missile on Friday.", "2025-11-07", "2025-11-07", "dateline");
    row("dateline-iso", "Missile test\n2025-07-21\nThe North fired two missiles.", "2025-07-21", "2025-07-21", "dateline");
    row("dateline-mdy", "Nov 08, 2025\nNorth Korea fires missile\nBody text here.", "2025-11-08", "2025-11-08", "dateline");
    row("dateline-place", "SEOUL, Nov. 7, 2025 (Yonhap) -- North Korea fired a ballistic missile on Friday, the military said.", "2025-11-07", "2025-11-07", "dateline");
    row("dateline-weekday", "Friday, March 7, 2025\nHeadline here\nText follows.", "2025-03-07", "2025-03-07", "dateline");
    row("dateline-kcna-place", "Pyongyang, September 19, 2024 (KCNA) -- The test-fire was held.", "2024-09-19", "2024-09-19", "dateline");
    row("dateline-place-dash", "TOKYO — 14 January 2025 — Japan protested the launch.\nMore text.", "2025-01-14", "2025-01-14", "dateline");
    // Cells split by a middle dot or a bullet, as by a bar; a date leading a line of
    // short cells, or its author's byline; a page title closing with outlet and day.
    row("dot-cells-posted-by", "r/KoreanPeninsulaWatch \u00B7 Posted by u/sinpo_sonar \u00B7 3/24/2028, 4:52 PM PDT \u00B7 Pinned\n\nText.", "2028-03-24", "2028-03-25", "stamp");
    row("bullet-cells-posted", "Forum \u2022 Posted \u2022 12 March 2028\n\nText.", "2028-03-12", "2028-03-12", "stamp");
    row("date-leads-short-cells", "The Dispatch\n\n*Friday, 31 March 2028 \u00B7 sent 18:00 KST \u00B7 [View in browser](#) \u00B7 [Unsubscribe](#)*\n\nText.", "2028-03-31", "2028-03-31", "stamp");
    row("date-leads-bar-cells", "The Dispatch\n31 March 2028 | 5 min read | Asia\n\nText.", "2028-03-31", "2028-03-31", "stamp");
    row("date-then-author-in", "Parade in Pyongyang\n08.02.2028 Julian Reiter in Tokyo (with AFP, Reuters, dpa)\n\nText.", "2028-02-08", "2028-02-08", "stamp");
    row("date-then-author-in-plain", "Parade in Pyongyang\n12 March 2028 Anna Kim in Seoul\n\nText.", "2028-03-12", "2028-03-12", "stamp");
    row("title-outlet-day", "North Korea shows off missiles at army anniversary parade \u2013 DW \u2013 08.02.2028\n\nText.", "2028-02-08", "2028-02-08", "stamp");
    row("title-outlet-day-hyphens", "Missiles shown at parade - The Herald - 12 March 2028\n\nText.", "2028-03-12", "2028-03-12", "stamp");
    // Day and month in figures (the matcher's rules: tst_temporaltagger).
    row("metadata-dotted-dmy", "Missile flies into Japan's waters\nDate 04.12.2025\nAuthor Staff\n\nBody text.", "2025-12-04", "2025-12-04", "metadata");
    row("stamp-slash-dmy-24h", "Parade in Pyongyang\n\nIssued on: 11/10/2025 - 06:12 Modified: 11/10/2025 - 09:40\nBody.", "2025-10-11", "2025-10-11", "stamp");
    row("stamp-slash-mdy", "Parade in Pyongyang\nPublished 11/10/2025 10:15 AM\nBody.", "2025-11-10", "2025-11-10", "stamp");
    row("stamp-slash-day-over-12", "Parade in Pyongyang\nPosted 25/10/2025\nBody.", "2025-10-25", "2025-10-25", "stamp");
    // A dateline of two places with its clock and zone: the clock's figures are no words of a sentence.
    row("dateline-two-places-clock-zone", "Kospi hits record\n\nBy Jae-won Shin\nSEOUL/TOKYO, Oct 15, 2025, 4:52 PM GMT+9\n\nThe Kospi rose.", "2025-10-15", "2025-10-15", "dateline");
    row("dateline-two-places-bracketed-zone", "Kospi hits record\n\nSEOUL / TOKYO, Oct 15, 2025, 4:52 PM (GMT+9)\n\nThe Kospi rose.", "2025-10-15", "2025-10-15", "dateline");
    row("dateline-two-places-kst", "Won slides\n\nHONG KONG/SEOUL, Nov 8, 2025, 9:05 a.m. KST\n\nThe won fell.", "2025-11-08", "2025-11-08", "dateline");
    row("dateline-two-places-utc-offset", "Yen slides\n\nTOKYO/SINGAPORE, 3 June 2025, 10:15 UTC+9\n\nThe yen fell.", "2025-06-03", "2025-06-03", "dateline");
    row("dateline-two-places-seconds", "Stocks fall\n\nSEOUL/NEW YORK, March 4, 2025, 08:30:12 KST\n\nStocks fell.", "2025-03-04", "2025-03-04", "dateline");
    // ... but an export tool's clock line is no dateline: the post's own stamp is the date.
    row("export-line-not-dateline", "Thread export\nExported 2025-12-04 02:11 UTC by \"Skeet Archiver\" v2.3\n\n[1] @analyst \u00B7 Dec 2, 2025 at 2:31 PM\nA launch.", "2025-12-02", "2025-12-02", "stamp");
    // KCNA's dateline with its Juche year after the day.
    row("kcna-juche-dateline", "Kim Oversees Test-fire\n\nPyongyang, November 26 Juche 114 (2025) (KCNA) -- The test-fire was held on Tuesday.", "2025-11-26", "2025-11-26", "dateline");
    row("kcna-juche-dateline-comma", "Test-fire\n\nPyongyang, November 26, Juche 114 (KCNA) -- The test-fire was held.", "2025-11-26", "2025-11-26", "dateline");
    row("kcna-juche-dateline-caps", "Test-fire\n\nPYONGYANG, March 3 Juche 114 (2025) -- A test-fire was held.", "2025-03-03", "2025-03-03", "dateline");
    row("kcna-juche-dateline-2024", "Test-fire\n\nPyongyang, January 15 Juche 113 (2024) (KCNA) -- A test was held.", "2024-01-15", "2024-01-15", "dateline");
    // A stamp line's day with the year of a named era (KCNA's Juche, Japan's Reiwa).
    row("era-juche-stamp-weekday", "Wednesday, December 10, Juche 114 (2025)\n\nTest-fire\n\nThe test-fire was held.", "2025-12-10", "2025-12-10", "dateline");
    row("era-reiwa-stamp", "Press Release\n\n25 November, Reiwa 7 (2025)\nMinistry of Defense\n\nNorth Korea launched a missile.", "2025-11-25", "2025-11-25", "dateline");
    row("era-reiwa-no-bracket", "Press Release\n\n3 March, Reiwa 7\n\nNorth Korea launched a missile.", "2025-03-03", "2025-03-03", "dateline");
    row("era-heisei", "Press Release\n\nMay 1, Heisei 31\n\nText of the release.", "2019-05-01", "2019-05-01", "dateline");
    row("era-juche-site-header", "KCNA WATCH | Korean Central News Agency (English) | Wednesday, December 10, Juche 114 (2025)\n\nTest-fire\n\nText.", "2025-12-10", "2025-12-10", "stamp");
    row("related-story-before-byline", "North Korea fires missile\nTimeline: North Korea's first hydrogen bomb test and its aftermath | September 3, 2017\nBy Hyonhee Shin | April 5, 2024\n\nText.", "2024-04-05", "2024-04-05", "stamp");
    row("site-header-full-weekday", "Daily Report | World News | Asia Pacific | North Korea | Tuesday, March 4, 2025\n\nHeadline\n\nText.", "2025-03-04", "2025-03-04", "stamp");
    // The day a summary in the head is written as of.
    row("so-far-bracket", "# NK launches ICBM this morning\n\nQuick summary of what's been reported so far (Tue 25 Nov 2025, KST):\n\n- one ICBM", "2025-11-25", "2025-11-25", "stamp");
    row("as-of", "Live: missile launch\n\nAs of 25 November 2025:\n\nThe JCS said more.", "2025-11-25", "2025-11-25", "stamp");
    row("as-of-clock", "Live: missile launch\n\nFigures as of 10 a.m. on 25 November 2025\n\nThe JCS said more.", "2025-11-25", "2025-11-25", "stamp");
    row("kcna-juche-dateline-no-bracket-year", "Test-fire\n\nPyongyang, October 1 Juche 114 (KCNA) -- A test was held.", "2025-10-01", "2025-10-01", "dateline");
    // A yearless dateline under a headline about one year.
    row("yearless-dateline-title-year", "FACTBOX-North Korea's missile launches in 2025\n\nNov 25 (Reuters) - North Korea fired a missile on Tuesday.", "2025-11-25", "2025-11-25", "dateline");
    row("yearless-dateline-title-year-2024", "Timeline: North Korea's 2024 missile tests\n\nDec 20 (Reuters) - North Korea fired a missile on Friday.", "2024-12-20", "2024-12-20", "dateline");
    row("yearless-dateline-title-year-place", "Explainer: the launches of 2025\n\nSEOUL, Nov 25 (Reuters) - North Korea fired a missile.", "2025-11-25", "2025-11-25", "dateline");
    row("yearless-dateline-title-year-month-day", "Year in review 2025: missiles\n\nDec. 30 (AP) - The year ends.", "2025-12-30", "2025-12-30", "dateline");
    row("yearless-dateline-title-year-kcna", "Launches in 2025\n\nPyongyang, May 8 (KCNA) -- The test was held.", "2025-05-08", "2025-05-08", "dateline");
    // A right-aligned stamp: its indentation is layout, not words before the date.
    row("indented-published", "Statement\n                                                            Published: 3 March 2025\n\nThe ministry said.", "2025-03-03", "2025-03-03", "stamp");
    row("indented-metadata", "Report\n                                                                  Date: 2025-07-21\n\nThe ministry said.", "2025-07-21", "2025-07-21", "metadata");
    row("indented-dmy", "Press Release\n                                                       07 November 2025\n\nThe ministry said.", "2025-11-07", "2025-11-07", "dateline");
    row("indented-tabs-and-spaces", "Press Release\n\t\t\t\t\t                                               Nov 08, 2025\n\nThe ministry said.", "2025-11-08", "2025-11-08", "dateline");
    row("indented-stamp", "Provisional Translation\n                                                                January 6, 2025\n\n1. North Korea launched a missile today.", "2025-01-06", "2025-01-06", "dateline");
    row("dateline-slash-mdy", "Headline\n10/24/2025\nBody text follows here.", "2025-10-24", "2025-10-24", "dateline");
    // A stamp's clock without a zone is read in the zone the page declares, else
    // the dateline city's (Korea's day is what weekdays in the story count from).
    row("unzoned-washington-evening", "Missiles fired\n\nFebruary 11, 2025 10:05 PM\nBy VOA News\n\nWASHINGTON — North Korea fired two missiles.", "2025-02-11", "2025-02-12", "dateline");
    row("unzoned-washington-morning", "Missiles fired\n\nFebruary 11, 2025 9:30 AM\nBy VOA News\n\nWASHINGTON — North Korea fired two missiles.", "2025-02-11", "2025-02-11", "dateline");
    row("unzoned-new-york-summer", "Missiles fired\nPublished June 3, 2025 11:40 AM\n\nNEW YORK (AP) — The council met.", "2025-06-03", "2025-06-04", "stamp");
    row("unzoned-london-winter", "Missiles fired\nUpdated 7 November 2025 16:20\n\nLONDON, Nov 7 (Reuters) - The envoy spoke.", "2025-11-07", "2025-11-08", "stamp");
    row("unzoned-london-before-9", "Missiles fired\nUpdated 7 November 2025 08:20\n\nLONDON, Nov 7 (Reuters) - The envoy spoke.", "2025-11-07", "2025-11-07", "stamp");
    row("unzoned-seoul", "Missiles fired\nPublished November 7, 2025 10:05 PM\n\nSEOUL, Nov. 7 (Yonhap) -- The JCS said.", "2025-11-07", "2025-11-07", "stamp");
    row("declared-utc", "Missile Watch\nchannel · all times UTC\n\n[2025-06-18 23:09]\nBREAKING: a launch.", "2025-06-18", "2025-06-19", "dateline");
    row("declared-et", "Live updates (all times ET)\nPublished March 3, 2025 11:15 PM\nThe latest.", "2025-03-03", "2025-03-04", "stamp");
    row("unzoned-no-dateline", "Missiles fired\n\nFebruary 11, 2025 10:05 PM\n\nNorth Korea fired two missiles.", "2025-02-11", "2025-02-11", "dateline");
    row("unzoned-city-in-body-not-dateline", "Missiles fired\n\nFebruary 11, 2025 10:05 PM\n\nOfficials in WASHINGTON said little.", "2025-02-11", "2025-02-11", "dateline");
    row("zoned-stamp-keeps-its-zone", "Missiles fired\nPublished February 11, 2025 8:05 AM KST\n\nWASHINGTON — The State Department spoke.", "2025-02-11", "2025-02-11", "stamp");
    // Stamps.
    row("published", "Headline\nPublished January 06, 2025 | 12:40 PM\nThe North fired.", "2025-01-06", "2025-01-06", "stamp");
    row("published-est", "Headline\nPublished January 06, 2025 | 12:40 PM EST\nThe North fired.", "2025-01-06", "2025-01-07", "stamp");
    row("posted-pt", "Headline\nPosted: March 3, 2025 9:15 PM PT\nBody.", "2025-03-03", "2025-03-04", "stamp");
    row("updated-et-morning", "Headline\nUpdated: Nov 08, 2025, 8:00 AM ET\nBody.", "2025-11-08", "2025-11-08", "stamp");
    row("published-at-end", "Headline\nBody one.\nBody two.\n\nPublished on 12 May 2024", "2024-05-12", "2024-05-12", "stamp");
    row("published-beats-updated", "Headline\nUpdated Nov 9, 2025\nPublished Nov 8, 2025\nBody.", "2025-11-08", "2025-11-08", "stamp");
    row("published-deep-after-words",
        "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\n"
        "Photo desk, Seoul bureau. Published on 12 May 2024",
        "2024-05-12", "2024-05-12", "stamp");
    // Keywords deep in the text in any case, on ASCII lines and on lines with
    // other characters (those are searched with Unicode case folding).
    row("published-deep-upper", "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\n"
        "PUBLISHED: 12 MAY 2024", "2024-05-12", "2024-05-12", "stamp");
    row("posted-deep-mixed-case", "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\n"
        "PoStEd 12 May 2024", "2024-05-12", "2024-05-12", "stamp");
    row("updated-deep-after-dash", "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\n"
        "Seoul bureau \u2014 Updated 12 May 2024", "2024-05-12", "2024-05-12", "stamp");
    row("published-deep-accented-byline", "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\n"
        "Ren\u00e9e Choi. Published 12 May 2024", "2024-05-12", "2024-05-12", "stamp");
    row("published-deep-tab", "Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\n"
        "\tPuBlIsHeD\t12 May 2024", "2024-05-12", "2024-05-12", "stamp");
    row("updated-only", "Headline\nBody text that is long enough to be a paragraph of the article.\nLast updated: 2024-02-02", "2024-02-02", "2024-02-02", "stamp");
    row("byline", "Headline\nBy Jane Doe | March 3, 2025\nThe North fired.", "2025-03-03", "2025-03-03", "stamp");
    row("byline-comma", "Headline\nBy John Kim, Reuters, 4 April 2023\nText.", "2023-04-04", "2023-04-04", "stamp");
    // UK-style bylines: author or agency, a middle dot, weekday, day month year, dotted clock.
    row("uk-byline", "Headline\nAnna Lee in Seoul \u00b7 Tue 5 Mar 2024 09.05 GMT\nBody.", "2024-03-05", "2024-03-05", "stamp");
    row("uk-byline-agency", "Headline\nStaff and agencies \u00b7 Mon 2 Dec 2024 07.30 GMT\nText of the story.", "2024-12-02", "2024-12-02", "stamp");
    row("uk-byline-bst", "Headline\nTom Park in London \u00b7 Thu 11 Jul 2024 08.10 BST\nText.", "2024-07-11", "2024-07-11", "stamp");
    // A late GMT/UTC stamp is already the next day in Korea (weekdays count from it).
    row("uk-stamp-late-gmt", "Live page\n\nFri 12 Dec 2025 22.05 GMT\n\nSummary", "2025-12-12", "2025-12-13", "dateline");
    row("uk-byline-late-gmt", "Headline\nStaff and agencies \u00b7 Sat 4 Jan 2025 19.40 GMT\nText.", "2025-01-04", "2025-01-05", "stamp");
    row("stamp-late-utc-colon", "Headline\nPublished 3 May 2024 21:30 UTC\nText.", "2024-05-03", "2024-05-04", "stamp");
    row("dateline-late-gmt-colon", "Headline\n14 February 2025 23:10 GMT\nText of the story here.", "2025-02-14", "2025-02-15", "dateline");
    row("uk-stamp-early-gmt", "Live page\n\nMon 8 Sep 2025 06.15 GMT\n\nSummary", "2025-09-08", "2025-09-08", "dateline");
    // A clock with a GMT offset before the date.
    row("updated-gmt-offset", "Headline\nUpdated 3:40 p.m. GMT+9, May 7, 2024\nBody.", "2024-05-07", "2024-05-07", "stamp");
    row("updated-gmt-offset-morning", "Headline\nUpdated 11:05 a.m. GMT+9, June 21, 2025\nBody.", "2025-06-21", "2025-06-21", "stamp");
    // KCNA's Juche-calendar stamp: Juche year + 1911.
    row("juche-kcna", "Kim Jong Un Guides Test-fire\nPyongyang, April 3 (KCNA) -- www.kcna.kp (Juche113.4.3.)\n\nThe missile flew.", "2024-04-03", "2024-04-03", "dateline");
    row("juche-no-site", "Headline\nPyongyang, August 24 (KCNA) -- (Juche114.8.24.)\nText.", "2025-08-24", "2025-08-24", "dateline");
    row("juche-space", "Report\nJuche 112.12.18\nThe ICBM was launched.", "2023-12-18", "2023-12-18", "dateline");
    row("juche-first-line", "(Juche114.1.26.) Pyongyang -- The test was a success.", "2025-01-26", "2025-01-26", "dateline");
    row("juche-after-the-word", "Juche idea hailed\nPyongyang, May 2 (KCNA) -- The Juche idea was hailed. (Juche114.5.2.)\nText.", "2025-05-02", "2025-05-02", "dateline");
    row("juche-after-other-capital-j", "Statement\nPyongyang, June 2 (KCNA) -- Jets and JUCHE flags. (Juche114.6.2.)\nText.", "2025-06-02", "2025-06-02", "dateline");
    row("juche-no-final-dot", "Statement\nPyongyang, November 1 (KCNA) -- www.kcna.kp (Juche113.11.1)\nText.", "2024-11-01", "2024-11-01", "dateline");
    // A yearless dateline takes its year from a copyright line or the same day written in full.
    row("yearless-copyright", "SEOUL, Nov. 7 (Yonhap) -- North Korea fired a missile on Friday.\n(END)\n\u00a9 2025 Yonhap News Agency", "2025-11-07", "2025-11-07", "dateline");
    row("yearless-copyright-word", "TOKYO, March 10 (Kyodo) -- Japan protested the launch.\nCopyright 2024 Kyodo News. All rights reserved.", "2024-03-10", "2024-03-10", "dateline");
    row("yearless-copyright-range", "SEOUL, May 17 (Yonhap) -- Rockets flew.\n(c) 2019-2025 The Korea Herald", "2025-05-17", "2025-05-17", "dateline");
    row("yearless-same-day-in-body", "SEOUL, Nov. 7 (Yonhap) -- North Korea fired a missile.\nThe launch on Nov. 7, 2025 was its first in weeks.", "2025-11-07", "2025-11-07", "dateline");
    row("yearless-same-day-dmy", "Pyongyang, September 19 (KCNA) -- A test-fire was held.\nIt was reported on 19 September 2024 by the agency.", "2024-09-19", "2024-09-19", "dateline");
    // Or from the year its own paragraph counts the news in.
    row("yearless-counted-of-year", "North Korea fires missiles\n\nTOKYO, Jan 5 (Reuters) - North Korea fired two missiles on Tuesday, its first such launch of 2027.", "2027-01-05", "2027-01-05", "dateline");
    row("yearless-counted-ordinal", "Missiles\n\nSEOUL, March 3 (Yonhap) -- It was the North's third ballistic missile launch of 2026, the JCS said.", "2026-03-03", "2026-03-03", "dateline");
    row("yearless-counted-latest", "Missiles\n\nSEOUL, Oct 2 (AFP) - The launch is the latest in a string of tests of 2025, officials said.", "2025-10-02", "2025-10-02", "dateline");
    // The year counted further down ("the sixth ballistic missile launch by
    // Pyongyang in 2027"), when the weekday the dateline's sentence tells fits it.
    row("yearless-counted-further-down", "Missiles\n\nMOSCOW, April 7. /TASS/. Zakharova spoke at a briefing on Wednesday.\n\nIt was the sixth ballistic missile launch by Pyongyang in 2027, Seoul said.", "2027-04-07", "2027-04-07", "dateline");
    row("yearless-counted-first-in", "Missiles\n\nPYONGYANG, April 8 (Xinhua) -- The DPRK conducted a test-fire on Wednesday.\n\nThe test, its first ICBM launch in 2027, came amid tension.", "2027-04-08", "2027-04-08", "dateline");
    // The times counted by a launch verb: "the ninth time North Korea had launched ... in 2027".
    row("yearless-times-launched-in", "Missiles\n\nSEOUL, June 13 (Reuters) - State media said on Sunday the engine was tested.\n\nIt was the ninth time North Korea had launched ballistic missiles in 2027.", "2027-06-13", "2027-06-13", "dateline");
    row("yearless-times-fired-in", "Missiles\n\nSEOUL, Feb 2 (AP) - North Korea fired missiles on Tuesday.\n\nIt was the third time the North fired missiles in 2027.", "2027-02-02", "2027-02-02", "dateline");
    row("yearless-times-tested-in", "Missiles\n\nTOKYO, March 5 (Kyodo) -- The North tested an IRBM on Friday.\n\nIt was the 2nd time it has tested one in 2027.", "2027-03-05", "2027-03-05", "dateline");
    row("yearless-counted-event-of", "Missiles\n\nSEOUL, April 20 (Reuters) - North Korea fired two missiles on Tuesday.\n\nIt was North Korea's seventh ballistic missile launch event of 2027.", "2027-04-20", "2027-04-20", "dateline");
    // An agency named bare before the dash.
    row("yearless-bare-agency", "Missiles\n\nTOKYO, March 19 Kyodo - North Korea fired a missile early Friday, its first such launch of 2027.", "2027-03-19", "2027-03-19", "dateline");
    // A translation's note of where the original appeared, long or in italics.
    row("translation-note-long", "[Translated from Japanese. Original article published in the Hakodate-Esashi Minpo, morning edition, April 8, 2027, page 3 (regional news).]\n\nSquid boats stay in port.\n\nThe missile fell on the 7th.", "2027-04-08", "2027-04-08", "stamp");
    row("translation-note-italic", "# Column\n\n*Translated from the Korean. This column appeared in a Seoul daily on 2027.4.13. The views are the author's own.*\n\nText.", "2027-04-13", "2027-04-13", "stamp");
    row("translation-note-era", "[Translated from Japanese. Original article published in the Minpo, morning edition, April 8, Reiwa 9 (2027), page 3.]\n\nText.", "2027-04-08", "2027-04-08", "stamp");
    row("yearless-counted-numeral", "Missiles\n\nTOKYO, Aug 9 (Kyodo) -- It was the 12th launch of 2024 by the North.", "2024-08-09", "2024-08-09", "dateline");
    // Korean sites' compact stamps: no space after the month's dot or the comma.
    row("compact-posted-kst", "Headline\nPosted on : Dec.3,2024 09:10 KST  Modified on : Dec.3,2024 11:02 KST\nBody.", "2024-12-03", "2024-12-03", "stamp");
    row("compact-published", "Headline\nPublished : Mar.14,2025 21:05\nBody.", "2025-03-14", "2025-03-14", "stamp");
    row("compact-modified-only", "Headline\nModified on : Jan.2,2025 07:00 KST\nBody.", "2025-01-02", "2025-01-02", "stamp");
    row("compact-posted-no-clock", "Headline\nPosted: Apr.30,2025\nBody.", "2025-04-30", "2025-04-30", "stamp");
    row("compact-dateline-line", "Headline\nJul.9,2025\nBody text follows here.", "2025-07-09", "2025-07-09", "dateline");
    // "Write"/"Input" (Korean 입력, the posting time) and "Update" stamps.
    row("write-update", "Headline\n\nWrite: 2024-06-02 10:11:12 Update: 2024-06-03 12:00:00\nBody.", "2024-06-02", "2024-06-02", "stamp");
    row("written-on", "Headline\nWritten on 3 February 2025\nBody text of the piece.", "2025-02-03", "2025-02-03", "stamp");
    row("input-dotted", "Headline\nInput : 2025.04.01 09:30\nBody.", "2025-04-01", "2025-04-01", "stamp");
    row("input-edit", "Headline\nInput 2023-11-21 18:00 | Edit 2023-11-22 08:00\nBody.", "2023-11-21", "2023-11-21", "stamp");
    row("update-only", "Headline\nUpdate: 2025-05-06 16:00\nBody.", "2025-05-06", "2025-05-06", "stamp");
    // TASS-style datelines: the date ends with a full stop, then the agency between slashes.
    row("tass-dateline", "Headline\n\nBEIJING, March 2, 2025. /TASS/. China said it was watching closely.", "2025-03-02", "2025-03-02", "dateline");
    row("tass-dateline-two-words", "NEW YORK, January 7, 2025. /TASS/. The council met.", "2025-01-07", "2025-01-07", "dateline");
    row("tass-dateline-dmy", "Headline\nVLADIVOSTOK, 5 June 2024. /TASS/. The envoy spoke on Friday.", "2024-06-05", "2024-06-05", "dateline");
    row("dateline-dot-bracket-agency", "Headline\nTOKYO, June 5, 2024. (Kyodo) Japan protested.", "2024-06-05", "2024-06-05", "dateline");
    row("tass-dateline-agency-ria", "Headline\nMOSCOW, April 11, 2025. /RIA Novosti/. The ministry said.", "2025-04-11", "2025-04-11", "dateline");
    // Japanese era dates: Reiwa n = 2018 + n, Heisei n = 1988 + n.
    // A page's "last edited" or "modified" footer, below a body too long for the head.
    {
        static const QByteArray body = QByteArray("List of tests\n\n") + QByteArray("A sentence of the list's long body goes on here.\n").repeated(40);
        row("footer-last-edited", (body + "\n*This page was last edited on 21 September 2026, at 06:12 (UTC).*\n*Text is available under a licence.*").constData(), "2026-09-21", "2026-09-21", "stamp");
        row("footer-last-modified", (body + "\nPage last modified: 3 March 2025\n").constData(), "2025-03-03", "2025-03-03", "stamp");
        row("footer-edited-on", (body + "\nEdited on October 14, 2024 by the desk\n").constData(), "2024-10-14", "2024-10-14", "stamp");
        row("footer-modified-iso", (body + "\nLast modified 2025-11-26\n").constData(), "2025-11-26", "2025-11-26", "stamp");
        row("footer-published-beats-edited", (body + "\nPublished 2 March 2025\nLast edited 9 March 2025\n").constData(), "2025-03-02", "2025-03-02", "stamp");
    }
    // An official transcript's title closes with the day it was held.
    row("briefing-title-place", "Briefing by Foreign Ministry Spokeswoman Anna Petrova, Moscow, October 15, 2026\n\n(Excerpts.)\n\nQuestion: the launch yesterday?", "2026-10-15", "2026-10-15", "stamp");
    row("press-conference-title-on", "Foreign Ministry Spokesperson Wang Lei's Regular Press Conference on November 3, 2026\n\nAFP: The launch this morning?", "2026-11-03", "2026-11-03", "stamp");
    row("remarks-title", "Remarks by the Ambassador at the Security Council, 30 November 2026\n\nThank you, President.", "2026-11-30", "2026-11-30", "stamp");
    row("readout-title", "Readout of the Trilateral Call on the DPRK Launch, November 25, 2026\n\nThe ministers spoke.", "2026-11-25", "2026-11-25", "stamp");
    // A translation's bracketed note of its source's edition.
    row("translated-edition-note", "ICBM falls inside EEZ\n\n[Hokkaido Shimbun, morning edition, November 26, 2026 (Thursday). Translated from Japanese.]\n\nNorth Korea launched one missile on the 25th.", "2026-11-26", "2026-11-26", "stamp");
    row("translation-note", "Kim oversees test\n\n[Nodong Sinmun, 14 October 2026, page 1. Unofficial translation.]\n\nThe test was held.", "2026-10-14", "2026-10-14", "stamp");
    // The stamp's words lead their cell of a bar-separated byline.
    row("cell-first-published", "Live blog\n\nHannah Ellis in Tokyo and Min-su Cho in Seoul (earlier) | Wed 25 Nov 2026 08.41 GMT | First published on Wed 25 Nov 2026 01.02 GMT\n\nText.", "2026-11-25", "2026-11-25", "stamp");
    row("cell-posted", "Story\n\nBy a staff reporter at the Seoul bureau of the paper | Posted 3 March 2025\n\nText.", "2025-03-03", "2025-03-03", "stamp");
    // (Review) A byline in list form is the page's stamp.
    row("list-byline-read", "Headline\n\n- 12 March 2026 - 3 min read - World News\n\nText of the story.", "2026-03-12", "2026-03-12", "dateline");
    row("list-byline-bureau", "Headline\n\n\u2022 March 12, 2026 \u2013 Seoul Bureau \u2013 Reuters staff\n\nText.", "2026-03-12", "2026-03-12", "stamp");
    row("list-byline-by", "Headline\n\n* March 10, 2026: by Park Ji-hoon, Seoul correspondent\n\nText.", "2026-03-10", "2026-03-10", "dateline");
    // (Review) A headline naming a briefing's day gives way to the page's own stamp or dateline.
    row("briefing-headline-then-stamp", "Analysis: what Lin Jian said at the Regular Press Conference on November 3, 2026\nPublished: November 6, 2026\n\nText.", "2026-11-06", "2026-11-06", "stamp");
    row("remarks-headline-then-dateline", "Kim Yo Jong's remarks on U.S. drills, March 9, 2026\n\nSEOUL, March 11 (Yonhap) -- North Korea fired a ballistic missile on Wednesday.", "2026-03-11", "2026-03-11", "dateline");
    // A short stamp in a list (a page's meta list) is still the page's date.
    row("bullet-stamp", "Headline\n\u2022 By Jane Doe\n\u2022 March 3, 2025\n\nText of the story.", "2025-03-03", "2025-03-03", "stamp");
    row("bullet-updated-stamp", "Headline\n\u2022 Updated 3 March 2025\n\nText of the story.", "2025-03-03", "2025-03-03", "stamp");
    row("reiwa-dotted-stamp", "Bulletin\nUpdated: R6.3.18 (Mon) 07:40\nText.", "2024-03-18", "2024-03-18", "stamp");
    row("reiwa-slash", "Bulletin\nR5/11/21 22:10\nText of the bulletin.", "2023-11-21", "2023-11-21", "dateline");
    row("reiwa-word", "Bulletin\nIssued: Reiwa 7.4.2 10:00\nText.", "2025-04-02", "2025-04-02", "stamp");
    row("reiwa-kanji", "Bulletin\n\u4ee4\u548c7\u5e741\u670814\u65e5\nText.", "2025-01-14", "2025-01-14", "dateline");
    row("heisei-dotted", "Bulletin\nPublished: H29.8.29\nText.", "2017-08-29", "2017-08-29", "stamp");
    // A translation's source line: the original's date is the article's.
    row("translation-original", "[Translated from the Japanese. Original: Asahi Shimbun, 5 May 2025, page 2]\n\nHeadline\nText.", "2025-05-05", "2025-05-05", "stamp");
    row("originally-published", "Headline\n(Originally published in Le Monde, 3 March 2025)\nText.", "2025-03-03", "2025-03-03", "stamp");
    row("original-article-first", "[Original article: Dong-A Ilbo, 9 July 2024, p. 2]\nHeadline\nText.", "2024-07-09", "2024-07-09", "stamp");
    row("source-line", "Headline\nSource: Nikkei Asia, 2 June 2025. Unofficial translation.\nText.", "2025-06-02", "2025-06-02", "stamp");
    row("original-lower", "Headline\n[machine translation; original: Yomiuri Shimbun, 11 October 2024]\nText.", "2024-10-11", "2024-10-11", "stamp");
    // Metadata lines.
    row("metadata", "Date: 2025-07-21\nTitle: Launch\nText.", "2025-07-21", "2025-07-21", "metadata");
    row("metadata-lower", "date: 2024-12-18\n\nText of the article.", "2024-12-18", "2024-12-18", "metadata");
    // The banner only as a fallback; a dateline wins over it.
    row("banner-vs-dateline", "Today : Nov 08, 2025\nWorld News\n07 November 2025\n\nHeadline\nText.", "2025-11-07", "2025-11-07", "dateline");
    row("banner-only", "Today : Nov 08, 2025\nWorld News\n\nNorth Korea launched a missile on Friday, officials said.", "2025-11-08", "2025-11-08", "banner");
    // A written answer: answered after its question was tabled.
    row("answered-after-tabled", "Written question\nUIN 1234, tabled on 3 February 2026\nQuestion text.\nAnswered on 17 February 2026\nAnswer text.", "2026-02-17", "2026-02-17", "stamp");
    row("answered-first", "Answered on 4 March 2025\nAsked on 20 February 2025\nText.", "2025-03-04", "2025-03-04", "stamp");
    row("answered-colon", "Parliamentary question\nDate tabled: 10/01/2025\nAnswered: 24 January 2025\nText.", "2025-01-24", "2025-01-24", "stamp");
    row("answered-lower", "Question on notice\nanswered on 2 May 2025\nText of the answer.", "2025-05-02", "2025-05-02", "stamp");
    row("answered-after-dateline", "Senate estimates\n12 June 2025\nAnswered 19 June 2025\nText.", "2025-06-19", "2025-06-19", "stamp");
    row("banner-vs-stamp", "Today's date: March 9, 2025\nPublished March 8, 2025\nText.", "2025-03-08", "2025-03-08", "stamp");
    // A site's top bar, its cells the site's furniture: its date is the site's clock.
    row("site-bar-weather", "Fri., May 21, 2027 | Tokyo 18\u00B0C | e-Paper | Log in\nHeadline\n2027/05/20 12:41 JST\nText.", "2027-05-20", "2027-05-20", "dateline");
    row("site-bar-subscribe", "Monday, March 3, 2025 | Subscribe | Sign in\nHeadline\nMarch 2, 2025\nText.", "2025-03-02", "2025-03-02", "dateline");
    row("site-bar-epaper", "21 May 2027 | ePaper | Menu\nHeadline\nPublished 20 May 2027\nText.", "2027-05-20", "2027-05-20", "stamp");
    row("site-bar-search", "Search | Login | Tuesday 4 March 2025\nHeadline\n3 March 2025\nText.", "2025-03-03", "2025-03-03", "dateline");
    row("site-bar-fahrenheit", "Sat, Jun 26, 2027 | Washington 88\u00B0F | My Account\nHeadline\nJune 25, 2027\nText.", "2027-06-25", "2027-06-25", "dateline");
    // A yearless dateline beats a site's clock when its year is found.
    row("site-bar-vs-yearless-dateline", "Mon., Aug. 2, 2027 | Seoul 31\u00B0C | e-Paper | Log in\n\nSEOUL, June 13 (Reuters) - North Korea fired a missile on Sunday. It was the ninth time North Korea had launched ballistic missiles in 2027.", "2027-06-13", "2027-06-13", "dateline");
    // A stamp and its update on one line: the first is the article's.
    row("stamp-then-updated-same-line", "Headline\nJune 25, 2027 at 9:47 p.m. EDT Updated June 26, 2027 at 7:10 a.m. EDT\nText.", "2027-06-25", "2027-06-26", "dateline");
    row("stamp-then-modified-same-line", "Headline\n3 March 2025, 10:02 GMT modified 4 March 2025, 08:00 GMT\nText.", "2025-03-03", "2025-03-03", "dateline");
    // A written answer's "Answer received" after its question's "Asked on".
    row("answer-received", "Senate Questions on Notice\nAsked on: 24/05/2027\nAnswer received: 16/06/2027\nText.", "2027-06-16", "2027-06-16", "stamp");
    // A print edition's line: the era's year before the day.
    row("edition-era-year-before-day", "# Headline\n\n*Rodong Sinmun*, page 1 \u2014 Juche 116 (2027), May 21, Friday\n\nText.", "2027-05-21", "2027-05-21", "stamp");
    row("edition-page-day", "Headline\nThe Korea Herald, page 3, 21 May 2027\nText.", "2027-05-21", "2027-05-21", "stamp");
    // A programme's air date; a written answer dated after its answerer's office.
    row("broadcast-line", "RFI ENGLISH - BULLETIN\nBroadcast: Monday 10 March 2025, 16:00 Paris time (15:00 UTC)\nText.", "2025-03-10", "2025-03-10", "stamp");
    row("aired-on", "Asia Tonight\nAired on 4 February 2025 at 21:00, Channel 5\nTranscript text.", "2025-02-04", "2025-02-04", "stamp");
    row("broadcast-date-lower", "Morning report\nfirst broadcast 9 May 2025, 07:30-08:00 HKT, Radio 3\nText.", "2025-05-09", "2025-05-09", "stamp");
    row("answer-given-by", "Question for written answer E-1/2025\nDate of submission: 12.11.2025\nQuestion text.\n"
        "Answer given by High Representative/Vice-President Kallas on behalf of the European Commission (22.1.2026)\nAnswer.",
        "2026-01-22", "2026-01-22", "stamp");
    row("answer-given-below-question", "European Parliament\nParliamentary question - E-004587/2025\n\nQuestion for written answer\nRule 144\n"
        "Rasa Example (PPE)\nSubject: Missile tests\nDate of submission: 12.11.2025\n\n1. One.\n\n2. Two.\n\n3. Three.\n\n4. Four.\n\n5. Five.\n\n"
        "6. Six.\n\n7. Seven.\n\n8. Eight.\n\n9. Nine.\n\nSubmitted: 12.11.2025\n\n"
        "Answer given by High Representative/Vice-President Kallas on behalf of the European Commission (22.1.2026)\n\nThe EU condemns the launches.",
        "2026-01-22", "2026-01-22", "stamp");
    row("answer-given-first", "Answer given by Mr Dombrovskis on behalf of the European Commission (3.4.2025)\nText.", "2025-04-03", "2025-04-03", "stamp");
    // A month in the source's language, or a Buddhist-Era year, on a stamp or dateline line.
    row("pt-dotted-abbrev", "OPINION\nHeadline of the column\n13.out.2025 às 23h15 (translated from Portuguese)\nText.", "2025-10-13", "2025-10-13", "dateline");
    row("pt-de-full", "Headline\nPublicado em 5 de março de 2025\nText.", "2025-03-05", "2025-03-05", "dateline");
    row("es-de-full", "Titular\n14 de enero de 2025\nText of the story.", "2025-01-14", "2025-01-14", "dateline");
    row("fr-accented", "Titre\nPublié le 7 février 2025\nTexte.", "2025-02-07", "2025-02-07", "dateline");
    row("de-dotted-day", "Schlagzeile\nAktualisiert am 7. Januar 2025, 08:31 Uhr\nText.", "2025-01-07", "2025-01-07", "dateline");
    row("it-full", "Titolo\n22 ottobre 2025\nTesto.", "2025-10-22", "2025-10-22", "dateline");
    row("id-mei", "Judul\nKamis, 8 Mei 2025 19:42 WIB\nTeks berita.", "2025-05-08", "2025-05-08", "dateline");
    row("thai-buddhist-era", "Press Release\nNo. 611/2568\n\n3 December B.E. 2568 (2025)\n\n1. The Ministry is following the situation.", "2025-12-03", "2025-12-03", "dateline");
    row("thai-be-no-dots", "Statement\n15 January BE 2568\nText.", "2025-01-15", "2025-01-15", "dateline");
    // A meeting record's head: its day and the hour it sat, "3 p.m." ending the line.
    row("record-pm", "Security Council\nEighty-second year\n\n10318th meeting\nMonday, 23 August 2027, 3 p.m.\nNew York\n\nText.", "2027-08-23", "2027-08-23", "dateline");
    row("record-am", "Committee\n\nTuesday, 24 August 2027, 10 a.m.\n\nText.", "2027-08-24", "2027-08-24", "dateline");
    row("record-no-weekday", "Hearing\n\n24 August 2027, 10 a.m.\n\nText.", "2027-08-24", "2027-08-24", "dateline");
    row("record-upper", "Plenary\n\nWednesday, 25 August 2027, 3 P.M.\n\nText.", "2027-08-25", "2027-08-25", "dateline");
    row("record-minutes", "Meeting\n\nThursday, 26 August 2027, 3.05 p.m.\n\nText.", "2027-08-26", "2027-08-26", "dateline");
    // KCNA's stamp with the common-era year in brackets, which must agree.
    row("juche-bracket-spaced", "KCNA\n\nJuche 116 (2027).8.19.\n\nText.", "2027-08-19", "2027-08-19", "dateline");
    // (Review) a KCNA stamp told in a sentence of another outlet's story is no stamp
    row("juche-in-prose", "SEOUL, Aug. 25, 2027 (Yonhap) -- North Korea fired a cruise missile on Tuesday. KCNA's statement, dated Juche116.8.19., warned of more tests.",
        "2027-08-25", "2027-08-25", "dateline");
    row("juche-bracket-year", "KCNA | Korean Central News Agency of DPRK\nJuche116(2027).8.19.\n\nDPRK Conducts Test-fire", "2027-08-19", "2027-08-19", "dateline");
    // A US wire's dateline is its own day; the story's pair of clocks, Korea's
    // first, says Korea's day is the next (Monday, 12 July 2027).
    row("us-pair-eastern", "SEOUL, July 12, 2027 (UPI) -- North Korea fired two missiles on Tuesday morning.\n"
        "The JCS detected them at around 6:48 a.m. local time Tuesday, or 5:48 p.m. Monday Eastern time.", "2027-07-12", "2027-07-13", "dateline");
    row("us-pair-edt-first", "July 12, 2027\nThe launch came at 7:10 a.m. Tuesday in Seoul (6:10 p.m. EDT Monday).", "2027-07-12", "2027-07-13", "dateline");
    row("us-pair-washington", "WASHINGTON, July 12, 2027 -- The missile flew early Tuesday, Korean time, which was Monday evening in Washington.",
        "2027-07-12", "2027-07-13", "dateline");
    row("us-pair-pacific", "July 12, 2027\nIt was 9 a.m. Tuesday in Pyongyang, or 5 p.m. Monday Pacific Time, when the missile was fired.", "2027-07-12", "2027-07-13", "dateline");
    row("us-pair-hst", "July 12, 2027\nThe test began at 8 a.m. local time Tuesday (1 p.m. Monday HST), officials said.", "2027-07-12", "2027-07-13", "dateline");
    // (guards: the US clock first, the Korean weekday in another sentence, a Korean
    // dateline's own weekday beside the US one, no zone)
    row("us-pair-us-first", "July 12, 2027\nThe launch occurred at about 12:50 p.m. Monday in Hawaii, or 7:50 a.m. Tuesday in Korea.", "2027-07-12", "2027-07-12", "dateline");
    row("us-pair-other-sentence", "July 12, 2027\nThe talks resumed on Tuesday. Officials met at 5 p.m. Monday Eastern time.", "2027-07-12", "2027-07-12", "dateline");
    row("us-pair-korean-day", "July 13, 2027\nThe missile flew at 6:48 a.m. local time Tuesday, or 5:48 p.m. Monday Eastern time.", "2027-07-13", "2027-07-13", "dateline");
    row("us-pair-no-zone", "July 12, 2027\nThe missile flew at 6:48 a.m. Tuesday, or 5:48 p.m. Monday in Seoul's time.", "2027-07-12", "2027-07-12", "dateline");
}

void TestPubDate::detects()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QDate, korea);
    QFETCH(QString, source);
    const PublicationDate pd = PublicationDateDetector().detect(text);
    QCOMPARE(pd.date, date);
    QCOMPARE(pd.koreaDate, korea);
    QCOMPARE(pubDateSourceName(pd.source), source);
}

void TestPubDate::noDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("body-date") << QStringLiteral("Headline\nIn a speech on October 10, 2025, Kim declared that the country would expand its arsenal.\nMore.");
    // A list item's day is the event it lists, not the article's.
    QTest::newRow("bracket-note-no-translation") << QStringLiteral("Headline\n\n[Editor's note: this story was first told on 3 March 2025 by our desk, and much of it since.]\n\nText.");
    QTest::newRow("list-item-iso") << QStringLiteral("Notes\n\n\u2022 2026-01-04: several ballistic missiles from near Pyongyang, ~900 km.\n");
    QTest::newRow("list-item-dash-day") << QStringLiteral("Notes\n\n- 4 July 2017 \u2013 Hwasong-14, first ICBM test, from Panghyon.\n");
    QTest::newRow("list-item-numbered") << QStringLiteral("Notes\n\n1. March 3, 2025: two cruise missiles off the west coast.\n");
    QTest::newRow("list-item-star") << QStringLiteral("Notes\n\n* 2025-11-07 - one SRBM from Taegwan, about 700 km\n");
    QTest::newRow("first-sentence") << QStringLiteral("On January 14, 2025, the nation fired several short-range ballistic missiles into the Sea of Japan, a move that raised alarms.");
    QTest::newRow("weekday-only") << QStringLiteral("North Korea launched missiles on Tuesday.\nJapan protested.");
    // (a sentence that ends with its clock; a Juche stamp whose bracketed year disagrees)
    QTest::newRow("sentence-ending-pm") << QStringLiteral("Headline\nThe missile flew on 23 August 2027 at 3 p.m.\nMore.");
    QTest::newRow("juche-bracket-wrong") << QStringLiteral("KCNA\nJuche116(2026).8.19.\n\nText.");
    QTest::newRow("yearless-dateline") << QStringLiteral("SEOUL, Nov. 7 (Yonhap) -- North Korea fired a missile.");
    QTest::newRow("yearless-dateline-other-day") << QStringLiteral("SEOUL, Nov. 7 (Yonhap) -- It was the first launch since Oct. 31, 2024, officials said.");
    QTest::newRow("yearless-dateline-bare-year") << QStringLiteral("SEOUL, Nov. 7 (Yonhap) -- It was the tenth launch since 2023.");
    QTest::newRow("capitalised-place-no-agency") << QStringLiteral("In Seoul, March 3, 2025 was a quiet day for the markets and the city.");
    QTest::newRow("juche-idea") << QStringLiteral("Headline\nThe Juche idea guides the army.\nText.");
    QTest::newRow("era-year-disagrees") << QStringLiteral("Press Release\n\n25 November, Reiwa 7 (2024)\n\nText.");
    QTest::newRow("era-in-prose") << QStringLiteral("Headline\nThe law passed on 25 November, Reiwa 7 (2025), was debated at length by the members of the Diet for many weeks before.\nMore.");
    QTest::newRow("site-header-long-tail") << QStringLiteral("Home | World | Tuesday, March 4 and what came after it\nText.");
    // (Review) sentences with "as of", a related story's headline before its date.
    QTest::newRow("as-of-sentence") << QStringLiteral("North Korea fires missile\nSanctions in force as of January 1, 2018 remain.\nText.");
    QTest::newRow("as-of-count-sentence") << QStringLiteral("North Korea fires missile\nNorth Korea has fired 12 ballistic missiles as of March 2, 2023.\nText.");
    // (A title's last cell of many words is a related story's, not an outlet; a
    // long sentence after a leading date is no byline.)
    QTest::newRow("title-long-last-cell") << QStringLiteral("North Korea fires missile\nEarlier \u2013 Pyongyang fires two short-range missiles into the East Sea \u2013 14.03.2024\nText.");
    QTest::newRow("date-then-sentence") << QStringLiteral("Headline\n12 March 2028 was the day the North fired two missiles in Seoul.\nText.");
    QTest::newRow("related-story-header") << QStringLiteral("North Korea fires missile\nPrevious launch: Pyongyang fires two short-range missiles into the East Sea | Thursday, 14 March 2024\nText.");
    QTest::newRow("as-of-in-prose") << QStringLiteral("Headline\nThe sanctions regime, as of 25 November 2025, covered more entities than at any time since the first resolutions were adopted in 2006.\nMore.");
    QTest::newRow("juche-out-of-range") << QStringLiteral("Headline\nJuche 1.4.15 was the founding year.\nText.");
    QTest::newRow("month-year-only") << QStringLiteral("North Korea's May 2025 tests\nText about the tests.");
    QTest::newRow("out-of-not-a-month") << QStringLiteral("Headline\nScored 12 out of 2025 tries\nText.");
    QTest::newRow("english-month-be-missing") << QStringLiteral("Headline\n3 December 2568\nText.");
    QTest::newRow("foreign-month-in-body") << QStringLiteral("Headline\nThe committee, which met on 13 de outubro de 2025 in Lisbon, agreed on a long text that runs on and on.\nMore.");
    QTest::newRow("deep-date-line") << QStringLiteral("Headline\n") + QStringLiteral("Body sentence that goes on.\n").repeated(20)
            + QStringLiteral("07 November 2025\n");
    QTest::newRow("published-in-body") << QStringLiteral("Headline\nAnalysts cited a report that the institute published on March 3, 2025 about missile exports and sanctions evasion.");
    // A stamp is a short line that starts with its keyword; deep in the text a
    // keyword late in a line, or in a long paragraph, is prose.
    const QString body = QStringLiteral("Headline\n") + QStringLiteral("Body sentence that goes on.\n").repeated(20);
    QTest::newRow("deep-keyword-late-in-line")
        << body + QStringLiteral("The ministry said in a statement it had published on 12 May 2024.\n");
    QTest::newRow("deep-keyword-in-long-paragraph")
        << body + QStringLiteral("Published on 12 May 2024, the report ") + QStringLiteral("ran on and on ").repeated(15) + u'\n';
    // A table's cells are data, not the article's date (the list has none of its own).
    QTest::newRow("table-first-cell") << QStringLiteral("# Tests in 2024\n\n| Date | Site | Type |\n|---|---|---|\n| 6 March 2024 | Sinpo | SLBM |\n");
    QTest::newRow("table-no-leading-bar") << QStringLiteral("Launch list\nDate | Site | Type\n--- | --- | ---\n14 May 2025 | Wonsan | SRBM\n");
    QTest::newRow("table-row-in-head") << QStringLiteral("Launches\n| 2 February 2025 | Kanggye | 2 | c. 300 km |\nText.");
    QTest::newRow("table-row-dateline-like") << QStringLiteral("| 1 July 2025 |\n| Jangyon |\n");
    // A plain-text export's rows (no rule under the header): the first row's date is no stamp.
    QTest::newRow("export-comment-header") << QStringLiteral("# launches export\n# columns: date | site | class | count\n2025-01-06 | Pyongyang | IRBM | 1\n");
    QTest::newRow("export-plain-header") << QStringLiteral("Date | Site | Missile | Count\n14 May 2025 | Wonsan | KN-23 | 2\n6 June 2025 | Sinpo | SLBM | 1\n");
    QTest::newRow("export-no-spaces") << QStringLiteral("when|class|number|range\n2023-12-18|ICBM|1|~1,000 km\n");
    QTest::newRow("export-slashed-dates") << QStringLiteral("Tracker\nday | origin | type | qty | sea\n27/08/2025 | Sunan | ICBM | 1 | East Sea\n");
    QTest::newRow("export-us-dates") << QStringLiteral("date (UTC) | site | class | number | range\nMarch 10, 2025 | Hwangju | CRBM | several | n/a\n");
    // Two years in a headline: a yearless dateline's year stays unknown.
    QTest::newRow("yearless-dateline-title-two-years") << QStringLiteral("From 2024 to 2025: launches\n\nNov 25 (Reuters) - North Korea fired a missile on Tuesday.");
    // A headline year the headline counts from, or a dateline on the first line, is no year of the article.
    QTest::newRow("yearless-dateline-title-since-year") << QStringLiteral("North Korea fires first ICBM since 2023\n\nSEOUL, Nov 25 (Reuters) - North Korea fired a missile on Tuesday.");
    QTest::newRow("yearless-dateline-title-first-in-year") << QStringLiteral("North Korea's first ICBM test in 2025\n\nSEOUL, Nov 25 (Reuters) - North Korea fired a missile on Tuesday.");
    QTest::newRow("yearless-dateline-on-first-line") << QStringLiteral("SEOUL, Nov 25 (Reuters) - North Korea fired its first ICBM in 2023,\nofficials said on Tuesday.");
    QTest::newRow("yearless-dateline-no-title-year") << QStringLiteral("North Korea fires missile\n\nNov 25 (Reuters) - North Korea fired a missile on Tuesday.");
    // (Not a year the paragraph counts from, nor two years.)
    QTest::newRow("yearless-counted-since") << QStringLiteral("Missiles\n\nSEOUL, Nov 25 (Reuters) - It was the first launch since the test of 2023, officials said on Tuesday.");
    QTest::newRow("yearless-counted-two-years") << QStringLiteral("Missiles\n\nSEOUL, Nov 25 (Reuters) - The first launch of 2024 and the fifth launch of 2025 differ.");
    // (Review) a year the sentence names of something else, or in the next sentence,
    // or whose weekday is not the one told.
    QTest::newRow("yearless-counted-missile-of-year") << QStringLiteral("Missiles\n\nSEOUL, Jan 5 (Reuters) - North Korea fired a hypersonic missile on Tuesday. The missile resembled the first hypersonic missile of 2022, analysts said.");
    QTest::newRow("yearless-counted-half-of-year") << QStringLiteral("Missiles\n\nSEOUL, Jan 5 (Reuters) - North Korea fired a missile on Tuesday, after conducting a dozen launches in the first half of 2026.");
    QTest::newRow("yearless-counted-meeting-of-year") << QStringLiteral("Missiles\n\nSEOUL, Jan 5 (Reuters) - North Korea fired a missile on Tuesday, days after the fifth plenary meeting of 2026 ended.");
    QTest::newRow("yearless-counted-next-sentence") << QStringLiteral("Missiles\n\nSEOUL, Jan 5 (Reuters) - North Korea fired a missile on Tuesday. It recalled the first launch of 2022, officials said.");
    // (Further down, only with a weekday that fits, and one year alone.)
    QTest::newRow("yearless-counted-further-down-no-weekday") << QStringLiteral("Missiles\n\nSEOUL, April 20 (Reuters) - North Korea fired two missiles.\n\nIt was the seventh launch of 2027.");
    QTest::newRow("yearless-counted-further-down-wrong-weekday") << QStringLiteral("Missiles\n\nSEOUL, April 20 (Reuters) - North Korea fired two missiles on Friday.\n\nIt was the seventh launch of 2027.");
    QTest::newRow("yearless-counted-wrong-weekday") << QStringLiteral("Missiles\n\nSEOUL, Jan 5 (Reuters) - North Korea fired a missile on Friday, its first launch of 2027.");
    // A Juche year that disagrees with its bracketed Gregorian year is no stamp.
    QTest::newRow("juche-disagrees") << QStringLiteral("Test-fire\n\nPyongyang, November 26 Juche 114 (2024) -- A test was held.");
    QTest::newRow("table-row-spaced") << QStringLiteral("Notes\n  |  9 September 2024  |  engine test  |\nText.");
    QTest::newRow("csv-export") << QStringLiteral("Date,Launch site,Missile,Class,Number,Range\n12 July 2023,Pyongyang,Hwasong-18,ICBM,1,1000 km\n24 July 2023,Wonsan,-,SRBM,2,400 km\n");
    QTest::newRow("csv-export-blank-after-header") << QStringLiteral("Working log\ncolumns: date_kst, time_kst, site, type, count\n\n2025-01-06, 12:00, Pyongyang area, IRBM, 1\n2025-01-14, 09:30, Kanggye, SRBM, several\n");
    QTest::newRow("tsv-export") << QStringLiteral("day\torigin\ttype\tqty\trange\n2024-01-14\tSinpo\tcruise\tseveral\t-\n2024-05-30\tSunan\tSRBM\t18\t350 km\n");
    QTest::newRow("reiwa-in-prose") << QStringLiteral("Headline\nThe plan for R7.12.13 was delayed because of the launch, officials said in a long statement on the matter.\nText.");
    // A timeline's entries: the first entry's day is not the list's date.
    QTest::newRow("timeline-dash-entry") << QStringLiteral("2025 in the region\n\nEvents\n - 6 January \u2013 A missile is launched from the capital and flies 1,100 km.\n - 14 January \u2013 More launches.\n");
    QTest::newRow("timeline-bullet-entry") << QStringLiteral("Chronology of 2025\n\u2022 12 March \u2014 Two cruise missiles are fired off the west coast, the military says.\n");
    QTest::newRow("timeline-star-short") << QStringLiteral("Key dates in 2025\n* 3 June: SLBM\n* 9 July: ICBM\n");
    QTest::newRow("timeline-numbered") << QStringLiteral("Launches of 2025\n1. 27 August - an ICBM from Sunan lands in the sea.\n2. 2 September - a drill.\n");
    QTest::newRow("timeline-lettered") << QStringLiteral("Cases for discussion (2025)\n(a) 14 January - several SRBMs from near Kanggye, about 250 km.\n");
    QTest::newRow("empty") << QString();
}

void TestPubDate::noDate()
{
    QFETCH(QString, text);
    const PublicationDate pd = PublicationDateDetector().detect(text);
    QVERIFY2(!pd.isValid(), qPrintable(pd.date.toString(Qt::ISODate) + u' ' + pd.text));
    QCOMPARE(pd.source, PubDateSource::None);
}

void TestPubDate::spanPointsAtEvidence()
{
    const QString text = QStringLiteral("Today : Nov 08, 2025\nWorld News\n07 November 2025\n\nHeadline");
    const PublicationDate pd = PublicationDateDetector().detect(text);
    QCOMPARE(pd.text, QStringLiteral("07 November 2025"));
    QCOMPARE(text.mid(pd.start, pd.end - pd.start), pd.text);
}

void TestPubDate::applyKeepsUserAndMetadata()
{
    Article a;
    a.text = QStringLiteral("Headline\n07 November 2025\nText.");
    a.publicationDate = iso("2024-01-01");
    a.publicationDateSource = PubDateSource::User;
    QVERIFY(PublicationDateDetector().apply(a));
    QCOMPARE(a.publicationDate, iso("2024-01-01"));
    QCOMPARE(a.publicationDateSource, PubDateSource::User);

    a.publicationDateSource = PubDateSource::Metadata;
    QVERIFY(PublicationDateDetector().apply(a));
    QCOMPARE(a.publicationDate, iso("2024-01-01"));

    a.publicationDateSource = PubDateSource::None;
    a.publicationDate = {};
    QVERIFY(PublicationDateDetector().apply(a));
    QCOMPARE(a.publicationDate, iso("2025-11-07"));
    QCOMPARE(a.publicationDateKorea, iso("2025-11-07"));
    QCOMPARE(a.publicationDateSource, PubDateSource::Dateline);
    QCOMPARE(a.publicationDateText, QStringLiteral("07 November 2025"));
    QCOMPARE(a.publicationDateStart, 9);

    // Metadata stamped in UTC gives UTC's day: the page's own stamp within a day of it
    // tells the outlet's (its Korea day from its zone); a zoned stamp or one further
    // off leaves the metadata.
    auto withMetadata = [](const char *text, const char *stamp) {
        Article m;
        m.text = QString::fromUtf8(text);
        m.publicationDate = QDate::fromString(QString::fromLatin1(stamp).left(10), Qt::ISODate);
        m.publicationDateText = QString::fromLatin1(stamp);
        m.publicationDateSource = PubDateSource::Metadata;
        return m;
    };
    Article u = withMetadata("Headline\nFebruary 21, 2028 at 7:48 PM EST\n\nText.", "2028-02-22T00:48:11.000Z");
    QVERIFY(PublicationDateDetector().apply(u));
    QCOMPARE(u.publicationDate, iso("2028-02-21"));
    QCOMPARE(u.publicationDateKorea, iso("2028-02-22"));
    QCOMPARE(u.publicationDateSource, PubDateSource::Dateline);
    Article z = withMetadata("Headline\nFebruary 21, 2028 at 7:48 PM EST\n\nText.", "2028-02-22T09:48:11+09:00");
    QVERIFY(PublicationDateDetector().apply(z));
    QCOMPARE(z.publicationDate, iso("2028-02-22"));
    Article far = withMetadata("Headline\nFebruary 12, 2028 at 7:48 PM EST\n\nText.", "2028-02-22T00:48:11.000Z");
    QVERIFY(PublicationDateDetector().apply(far));
    QCOMPARE(far.publicationDate, iso("2028-02-22"));

    Article b;
    b.text = QStringLiteral("North Korea launched missiles on Tuesday.");
    QVERIFY(!PublicationDateDetector().apply(b));
    QVERIFY(!b.publicationDate.isValid());
    QCOMPARE(b.publicationDateSource, PubDateSource::None);
}

void TestPubDate::bundledArticles()
{
    QFile f(QStringLiteral(ATLAS_TEST_DATA_DIR "/articles-expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray articles = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("articles")).toArray();
    QVERIFY(articles.size() >= 5);
    const ArticleReader reader;
    for (const QJsonValue &v : articles) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        const ReadOutcome r = reader.readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/articles/") + file);
        QVERIFY2(r.article, qPrintable(file + u' ' + r.problem));
        Article a = *r.article;
        PublicationDateDetector().apply(a);
        const QJsonValue expected = o.value(QStringLiteral("publication_date"));
        if (expected.isNull()) {
            QVERIFY2(!a.publicationDate.isValid(), qPrintable(file + u' ' + a.publicationDate.toString(Qt::ISODate)));
        } else {
            QCOMPARE(a.publicationDate, QDate::fromString(expected.toString(), Qt::ISODate));
            QCOMPARE(a.publicationDateSource, PubDateSource::Dateline);
        }
    }
}

void TestPubDate::hugeLineIsLinear()
{
    // 4 MB on one line, with a stamp keyword every few words: must not rescan the line each time.
    const QString text = QStringLiteral("it was posted and updated, published on March 3, 2025 ").repeated(80000);
    QElapsedTimer timer;
    timer.start();
    const PublicationDate pd = PublicationDateDetector().detect(text);
    QVERIFY(!pd.isValid()); // a body line, not a stamp
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestPubDate)
#include "tst_pubdate.moc"
