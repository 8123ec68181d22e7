// scanStanceWords reads plain text (ASCII and general punctuation) from a
// sixteen-unit letter mask instead of character by character. Both readings
// must give the same scan: gates, start places and bits, needed words and where
// the last of each stands, validity. Checked here on random texts made of the
// pieces that matter (stems and needed words in any case, hyphens, digits,
// underscores, curly quotes and dashes, words cut short and glued together, at
// every length around the mask's sixteen), and on every sentence of the bundled
// articles and test data. (The fast walk compares a word with its stems as
// packed bytes, and words of two letters through a table; the walk by
// character keeps the stems' letter-by-letter comparison.)
#include "extract/SentenceSplitter.h"
#include "extract/reaction/StanceWords.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <random>

#include "CorpusSentences.h"
#include "RandomWordText.h"

using namespace atlas;
using namespace atlas::reaction;

namespace {

// The scan as text, fields the finder reads only (lastNeedAt for the groups
// whose needed words were found).
QString describe(const StanceScan &scan)
{
    QString out = QStringLiteral("gates=%1 any=%2 met=%3 nothing=%4 valid=%5 folds=%6 starts=")
                      .arg(scan.gates, 0, 16)
                      .arg(scan.anyStart, 0, 16)
                      .arg(scan.needsMet, 0, 16)
                      .arg(scan.needsNothing, 0, 16)
                      .arg(scan.valid)
                      .arg(scan.foldsToAscii);
    for (const StanceStart &s : scan.starts)
        out += QStringLiteral("%1:%2 ").arg(s.pos).arg(s.bits, 0, 16);
    out += QStringLiteral("need=");
    for (int g = 0; g < kStartGroupCount; ++g) {
        if ((scan.needsMet & ~scan.needsNothing) & (1u << g))
            out += QStringLiteral("%1@%2 ").arg(g).arg(scan.lastNeedAt[size_t(g)]);
    }
    return out;
}

// Both readings of text agree (and the fast one is taken for plain text).
bool sameScan(const QString &text, QString *why)
{
    StanceScan fast, slow;
    // Stale entries from another text must not matter.
    fast.lastNeedAt.fill(-7);
    slow.lastNeedAt.fill(-9);
    scanStanceWords(text, &fast);
    scanStanceWordsByCharacter(text, &slow);
    if (describe(fast) != describe(slow)) {
        *why = QStringLiteral("text [%1]\n fast %2\n slow %3").arg(text, describe(fast), describe(slow));
        return false;
    }
    return true;
}

bool isPlain(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 128 && (c.unicode() < 0x2000 || c.unicode() >= 0x2070))
            return false;
    }
    return true;
}

const char *const kPieces[] = {
    "condemned",
    "condemn",
    // (Stems and needed words of nine letters or more: compared in two halves.)
    "characterised",
    "acknowledged",
    "corroborated",
    "collaboration",
    "coordination",
    "negotiations",
    "understanding",
    "justification",
    "projectiles",
    "willingness",
    "intolerable",
    "Condemnation",
    "CALLED",
    "called",
    "call",
    "on",
    "for",
    "to",
    "is",
    "was",
    "were",
    "aware",
    "said",
    "says",
    "say",
    "told",
    "the",
    "a",
    "missile",
    "missiles",
    "launch",
    "violation",
    "breach",
    "co",
    "operation",
    "cooperation",
    "co-operation",
    "re",
    "reaffirmed",
    "ironclad",
    "shoulder",
    "closely",
    "close",
    "with",
    "talks",
    "dialogue",
    "will",
    "would",
    "not",
    "tolerate",
    "tolerated",
    "concern",
    "concerns",
    "concerned",
    "deeply",
    "urge",
    "urged",
    "urging",
    "appeal",
    "pressed",
    "that",
    "support",
    "stand",
    "stands",
    "as",
    "justification",
    "citing",
    "self",
    "right",
    "serious",
    "protest",
    "protested",
    "summoned",
    "by",
    "from",
    "understands",
    "reasons",
    "open",
    "door",
    "willing",
    "lodged",
    "expressed",
    "by",
    "x",
    "ab",
    "abc",
    "abcd",
    "Qzx",
    "zz",
    "sit",
    "sovereign",
    "backed",
    "blamed",
    "unacceptable",
    "reckless",
};
const char16_t kGlue[] = {u' ',      u' ',      u' ',      u' ',      u'-',      u'-',  u'_',
                          u'1',      u'9',      u',',      u'.',      u'"',      u'\'', u'(',
                          u'\u2019', u'\u201C', u'\u2014', u'\u2013', u'\u2060', u'\n'};

QString randomText(std::mt19937 &rng)
{
    return testing::randomWordText(rng, kPieces, kGlue, testing::RandomTextShape{24, 3, false, false, 20, 30, true});
}

} // namespace

class TestStanceWords : public QObject {
    Q_OBJECT
private slots:
    void openPatternStartsTable()
    {
        // Every set of gates: the table and the rule agree.
        for (quint32 g = 0; g < (1u << 14); ++g)
            QCOMPARE(openPatternStarts(g), openPatternStartsByRuleForTests(g));
    }

    void randomTexts()
    {
        std::mt19937 rng(20261122);
        int plainFast = 0;
        for (int i = 0; i < 40000; ++i) {
            const QString text = randomText(rng);
            QString why;
            QVERIFY2(sameScan(text, &why), qPrintable(why));
            StanceScan scan;
            if (text.size() >= 16 && isPlain(text)) {
                QVERIFY(scanPlainStanceWords(text, &scan));
                ++plainFast;
            } else if (!isPlain(text)) {
                QVERIFY(!scanPlainStanceWords(text, &scan));
            }
        }
        QVERIFY(plainFast > 20000); // the fast path was what ran
    }

    // A run of 32 letters or more from a block's first unit fills the mask's
    // window: its end is read on past it (the fuzzer found ctz of 0 here).
    void longRunsAtBlockStarts()
    {
        for (int lead = 0; lead <= 33; ++lead) {
            for (int run : {31, 32, 33, 40, 48, 64}) {
                const QString text = QString(lead, QChar(u' ')) + QString(run, QChar(u'c')) + QStringLiteral(" condemned the launch");
                QString why;
                QVERIFY2(sameScan(text, &why), qPrintable(why));
            }
        }
    }

    void everyLength()
    {
        // Each cut of a sentence with every kind of piece: the mask's block edges
        // fall on every place of every word.
        const QString sentence =
            QStringLiteral("Seoul co-operation, condemned_the 9missile re-affirmed \u201Cironclad\u201D "
                           "cooperation--with talks; South Korea deeply concerned, urged it to--halt.");
        for (int from = 0; from < sentence.size(); ++from) {
            for (int to = from; to <= sentence.size(); ++to) {
                QString why;
                QVERIFY2(sameScan(sentence.mid(from, to - from), &why), qPrintable(why));
            }
        }
    }

    void realSentences()
    {
        const QStringList sentences = testing::corpusSentences();
        for (const QString &sentence : sentences) {
            QString why;
            QVERIFY2(sameScan(sentence, &why), qPrintable(why));
        }
        QVERIFY(sentences.size() > 1000);
    }
};

QTEST_GUILESS_MAIN(TestStanceWords)
#include "tst_stancewords.moc"
