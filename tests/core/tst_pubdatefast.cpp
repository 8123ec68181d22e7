// PublicationDateDetector's shortcuts against the detector that reads every
// line (Options::skipOutranked = false, the definition): the same date, day in
// Korea, source, evidence text and span on every bundled and test-data
// article, and on thousands of random articles made of stamp, dateline,
// banner, era, Juche, table and body lines in random order.
#include "ingest/PublicationDateDetector.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <random>

using namespace atlas;

namespace {

PublicationDate reference(const QString &text)
{
    PublicationDateDetector::Options o;
    o.skipOutranked = false;
    return PublicationDateDetector(o).detect(text);
}

QString describe(const PublicationDate &pd)
{
    return pd.date.toString(Qt::ISODate) + u'/' + pd.koreaDate.toString(Qt::ISODate) + u'/'
        + QString::number(int(pd.source)) + u'/' + pd.text + u'/' + QString::number(pd.start) + u'/'
        + QString::number(pd.end);
}

// Lines of every kind the detector ranks, and body lines long and short, with
// and without dates, "today" and places.
const char *const kLines[] = {
    "Today : Nov 08, 2018",
    "07 February 2025",
    "Friday, March 7, 2025",
    "SEOUL, Nov. 7, 2025 (Yonhap) -- North Korea fired a ballistic missile on Friday, the military said.",
    "SEOUL, Nov. 7 (Yonhap) -- North Korea fired a missile.",
    "Pyongyang, September 19 (KCNA) -- The test-fire was held.",
    "Pyongyang, April 3 (KCNA) -- www.kcna.kp (Juche113.4.3.)",
    "Published January 06, 2025 | 12:40 PM",
    "Posted: March 3, 2025 9:15 PM PT",
    "Updated: Nov 08, 2025, 8:00 AM ET",
    "Updated: R7.12.13 (Sat) 08:10",
    "13.out.2025 às 23h15",
    "3 December B.E. 2568 (2025)",
    "By Anna Lee | March 3, 2025",
    "Anna Lee in Seoul · Tue 5 Mar 2024 09.05 GMT",
    "Date: 2025-07-21",
    "Source: Nikkei Asia, 2 June 2025",
    "Answer given by High Representative Kallas on behalf of the Commission (22.1.2026)",
    "| 6 January 2025 | Pyongyang | IRBM |",
    "|---|---|---|",
    "2025-01-06 | Pyongyang | IRBM | 1",
    "12 July 2023,Pyongyang,Hwasong-18,ICBM,1,1000 km",
    "- 6 January – A missile is launched.",
    "Missile Details and Strategic Intentions",
    "",
    "all times UTC",
    "WASHINGTON — North Korea fired two missiles.",
    "February 11, 2025 10:05 PM",
    "Copyright 2024 Yonhap",
};

// Sentences a long body line is made of (a line longer than a stamp line).
const char *const kSentences[] = {
    "North Korea has once again heightened regional tensions with a new round of missile tests conducted in early May 2025.",
    "The missiles reportedly flew up to 1,447 kilometers before landing in the sea.",
    "On April 20, 2017, the nation fired several short-range ballistic missiles into the Sea of Japan.",
    "Today, November 5, 2025, officials met in Seoul.",
    "The current date is 5 May 2025 according to the banner.",
    "Early Sunday morning, tension on the Korean Peninsula ratcheted up yet again.",
    "It was launched at approximately noon local time (03:00 GMT) on Nov. 7.",
    "Japan protested the launch, calling it a threat to peace and stability in the region.",
    "Published on 12 May 2024, the report ran on.",
};

// What may open a body line: nothing, a place, or a dateline, a Juche stamp or
// an era stamp before the paragraph's text.
const char *const kPlaces[] = {"", "SEOUL, ", "TOKYO — ", "Pyongyang, ", "  ", "WASHINGTON (AP) — ",
                               "SEOUL, Nov. 7, 2025 (Yonhap) -- ", "Pyongyang, September 19, 2024 (KCNA) -- ",
                               "SEOUL, Nov. 7 (Yonhap) -- ", "Pyongyang, April 3 (KCNA) -- www.kcna.kp (Juche113.4.3.) ",
                               "Updated: R7.12.13 (Sat) 08:10 ", "Today : Nov 08, 2018 ",
                               "TOKYO — 14 January 2025 — ", "\tSEOUL, Nov. 7, 2025 (Yonhap) -- ",
                               "Seoul, Tokyo, March 3, 2025 (AP) ", "Pyongyang,\tMay 2 (KCNA) ",
                               "Pyongyang, Seoul,   May 2, 2025 (KCNA) ", "PYONGYANG \u2013 2025-06-18 \u2013 ",
                               "The 25th of May, 2025 ", "Last Tuesday (Reuters) - ", "On Nov. 7, 2025 (Yonhap) -- ",
                               "WASHINGTON, D.C., Monday, March 3, 2025 -- ", "Kyiv, Ukraine, May 2 (AFP) "};

QString randomArticle(std::mt19937 &rng)
{
    QString text;
    const int lines = int(rng() % 24);
    for (int i = 0; i < lines; ++i) {
        if (rng() % 3 == 0) {
            QString body = QString::fromUtf8(kPlaces[rng() % std::size(kPlaces)]);
            const int sentences = 1 + int(rng() % 5);
            for (int k = 0; k < sentences; ++k)
                body += QString::fromUtf8(kSentences[rng() % std::size(kSentences)]) + u' ';
            text += body;
        } else {
            text += QString::fromUtf8(kLines[rng() % std::size(kLines)]);
        }
        text += rng() % 5 == 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
    }
    return text;
}

} // namespace

class TestPubDateFast : public QObject {
    Q_OBJECT
private slots:
    void sameAsEveryLineOnFiles();
    void sameAsEveryLineOnRandomArticles();
};

void TestPubDateFast::sameAsEveryLineOnFiles()
{
    int files = 0;
    for (const QString &root :
         {QStringLiteral(ATLAS_SOURCE_DIR "/resources/articles"), QStringLiteral(ATLAS_TEST_DATA_DIR)}) {
        QDirIterator it(root, {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.html")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QCOMPARE(describe(PublicationDateDetector().detect(text)), describe(reference(text)));
            ++files;
        }
    }
    QVERIFY2(files > 100, qPrintable(QString::number(files)));
}

void TestPubDateFast::sameAsEveryLineOnRandomArticles()
{
    std::mt19937 rng(20261123);
    int dated = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString text = randomArticle(rng);
        const PublicationDate fast = PublicationDateDetector().detect(text);
        const PublicationDate slow = reference(text);
        if (describe(fast) != describe(slow))
            QFAIL(qPrintable(QStringLiteral("fast %1\nslow %2\n%3").arg(describe(fast), describe(slow), text)));
        dated += slow.isValid() ? 1 : 0;
    }
    QVERIFY2(dated > 10000, qPrintable(QString::number(dated))); // most articles hold a date that counts
}

QTEST_GUILESS_MAIN(TestPubDateFast)
#include "tst_pubdatefast.moc"
