// The whole per-article extraction on big and hostile input: each must finish,
// in time linear in the text (a quadratic rescan turns 8 MB into hours). The
// 60 s bound only catches a hang, also under ASan; it is no speed target.
// Also: weekdays resolve on the Korea publication day.
#include "extract/ArticleExtractor.h"
#include "extract/TrustedText.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace atlas;

namespace {

constexpr qint64 kHangMs = 60 * 1000;

// Trigger words mixed at random: every launch, quantity, date and reaction
// pattern finds candidates everywhere, and almost nothing ends a sentence.
QString triggerSoup(qsizetype size, qsizetype stopEvery)
{
    static const QStringList words = QStringLiteral(
        "launch launched missile missiles fired firing kilometres km miles nautical condemned condemn "
        "Pyongyang North Korea ballistic ICBM Hwasong-18 KN-23 January March May October Tuesday at least "
        "about up to 1,100 600 seven several apogee East Sea JCS said KCNA Japan United States the a of "
        "in from near between and \"quote\" (JCS) U.S. Gen. Jan. 12:40 GMT")
                                         .split(QLatin1Char(' '));
    QRandomGenerator rng(20251107);
    QString out;
    out.reserve(size + 32);
    qsizetype n = 0;
    while (out.size() < size) {
        if (rng.bounded(10) < 3)
            out += QString::number(rng.bounded(3000));
        else
            out += words.at(rng.bounded(int(words.size())));
        ++n;
        out += (stopEvery > 0 && n % stopEvery == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    return out;
}

QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

} // namespace

class TestExtractHostile : public QObject
{
    Q_OBJECT
private slots:
    void finishes_data();
    void finishes();
    void repairsUnpairedSurrogates();
    void validityCheckSeesEverySurrogate();
    void weekdayOnKoreaDay();
};

void TestExtractHostile::finishes_data()
{
    QTest::addColumn<QString>("text");
    const QString nest = QStringLiteral("North Korea fired a missile ") + repeated(QStringLiteral("\"(['{\u201c"), 200000)
                         + QStringLiteral("launched") + repeated(QStringLiteral("\u201d}'])\""), 200000) + QStringLiteral(".\n");
    QTest::newRow("10 MB single line") << QString(triggerSoup(10 * 1000 * 1000, 0)).replace(QLatin1Char('.'), QLatin1Char(' '));
    QTest::newRow("8 MB trigger words, few stops") << triggerSoup(8 * 1000 * 1000, 2000);
    QTest::newRow("100k missile launched") << repeated(QStringLiteral("missile launched "), 100000);
    QTest::newRow("100k sentences") << repeated(QStringLiteral("North Korea launched a missile 600 km on Tuesday, the JCS said. "), 100000);
    QTest::newRow("nested quotes and brackets") << nest;
    QTest::newRow("1 MB of one word") << repeated(QStringLiteral("missile"), 150000);
    QTest::newRow("1 MB of digits") << repeated(QStringLiteral("1,"), 500000) + QStringLiteral(" km");
    // A family name met alone in every sentence, another of the family named in full
    // between: the article is searched once per family name, not once per sentence.
    QTest::newRow("family names alone, 20k sentences")
        << QStringLiteral("President Lee Jae Myung spoke. ") + repeated(QStringLiteral("Lee Sung-yoon said so. Lee condemned the launch. "), 20000);
    // Quotations opened and never closed, and closed and never opened: runs of
    // sentences are joined at most four at a time.
    QTest::newRow("unbalanced quotation marks, 80k sentences")
        << repeated(QStringLiteral("\"Japan condemned the launch. \u201CSeoul urged restraint. Tokyo protested.\u201D \u201D "), 40000);
}

void TestExtractHostile::finishes()
{
    QFETCH(QString, text);
    static const ArticleExtractor extractor;
    Article a;
    a.id = QStringLiteral("hostile");
    a.text = text;
    a.publicationDate = QDate(2025, 11, 7);
    QElapsedTimer timer;
    timer.start();
    const ArticleExtraction out = extractor.extract(a);
    const qint64 ms = timer.elapsed();
    qInfo("%lld chars: %lld ms, %d launches, %d reactions", qlonglong(text.size()), ms, int(out.launches.size()),
          int(out.reactions.size()));
    QVERIFY2(ms < kHangMs, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QCOMPARE(out.reactionLaunch.size(), out.reactions.size());
    for (const LaunchMention &m : out.launches) {
        for (const Evidence &e : m.evidence) {
            if (e.isValid())
                QVERIFY(e.end <= text.size());
        }
    }
}

// isValidUtf16 reads 32, 8 and 4 characters at a time: a lone surrogate, a pair
// split across blocks, or a character next to the surrogate range must be
// judged as a plain walk judges it, at every position and length.
void TestExtractHostile::validityCheckSeesEverySurrogate()
{
    auto plainValid = [](const QString &s) {
        for (int i = 0; i < s.size(); ++i) {
            if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
                ++i;
            else if (s.at(i).isSurrogate())
                return false;
        }
        return true;
    };
    const char16_t probes[][2] = {{0xD800, 0}, {0xDBFF, 0}, {0xDC00, 0}, {0xDFFF, 0}, {0xD83D, 0xDE80},
                                  {0xDE80, 0xD83D}, {0xD7FF, 0}, {0xE000, 0}, {0xF800, 0}, {0x5800, 0}};
    int invalidSeen = 0;
    for (int length = 0; length <= 70; ++length) {
        for (int at = 0; at < length; ++at) {
            for (const auto &probe : probes) {
                QString s(length, QLatin1Char('a'));
                s[at] = QChar(probe[0]);
                if (probe[1] != 0 && at + 1 < length)
                    s[at + 1] = QChar(probe[1]);
                QCOMPARE(isValidUtf16(s), plainValid(s));
                invalidSeen += plainValid(s) ? 0 : 1;
            }
        }
    }
    QVERIFY(invalidSeen > 100);
}

void TestExtractHostile::repairsUnpairedSurrogates()
{
    const QString good = QStringLiteral("North Korea fired a ballistic missile \U0001F680 600 km, the JCS said.");
    QVERIFY(isValidUtf16(good));
    QString bad = good;
    bad[5] = QChar(0xD800);       // a high surrogate alone
    bad[20] = QChar(0xDC00);      // a low surrogate alone
    QVERIFY(!isValidUtf16(bad));
    const QString repaired = trustedText(bad);
    QCOMPARE(repaired.size(), bad.size());
    QVERIFY(isValidUtf16(repaired));
    QCOMPARE(repaired.at(5), QChar(QChar::ReplacementCharacter));
    QCOMPARE(repaired.at(20), QChar(QChar::ReplacementCharacter));
    QCOMPARE(trustedText(good), good);

    static const ArticleExtractor extractor;
    Article a;
    a.id = QStringLiteral("surrogates");
    a.text = bad;
    a.publicationDate = QDate(2025, 11, 7);
    const ArticleExtraction out = extractor.extract(a);
    QCOMPARE(out.launches.size(), 1);
}

void TestExtractHostile::weekdayOnKoreaDay()
{
    // Stamped Monday 6 January 2025 in Washington, already Tuesday 7 January in Seoul:
    // "on Tuesday" is that very Tuesday, not the week before.
    static const ArticleExtractor extractor;
    Article a;
    a.id = QStringLiteral("korea-day");
    a.text = QStringLiteral("North Korea fired a ballistic missile into the East Sea on Tuesday, South Korea's Joint Chiefs of Staff said.");
    a.publicationDate = QDate(2025, 1, 6);
    a.publicationDateKorea = QDate(2025, 1, 7);
    ArticleExtraction out = extractor.extract(a);
    QCOMPARE(out.launches.size(), 1);
    QCOMPARE(out.launches.at(0).date.earliest, QDate(2025, 1, 7));
    QCOMPARE(out.launches.at(0).date.latest, QDate(2025, 1, 7));

    // Without a Korea day the stamp's own day counts.
    a.publicationDateKorea = QDate();
    out = extractor.extract(a);
    QCOMPARE(out.launches.size(), 1);
    QCOMPARE(out.launches.at(0).date.earliest, QDate(2024, 12, 31));
}

QTEST_GUILESS_MAIN(TestExtractHostile)
#include "tst_extract_hostile.moc"
