// AsciiWordSet::maybeIn reads a text of sixteen units or more from letter
// masks, word starts only; maybeInByCharacter reads it unit by unit, as it
// did before. Both must answer the same for every text: checked on random
// texts built from the sets' words, their prefixes and extensions, in any case,
// glued with spaces, digits, underscores, marks, letters beyond ASCII and the
// two characters PCRE folds to ASCII (U+017F, U+212A), at every length around
// the masks' sixteen and thirty-two, and on every sentence of the bundled
// articles and test data, and their last two thirds.
#include "extract/SentenceSplitter.h"
#include "extract/reaction/WordChecks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTest>
#include <random>

#include "CorpusSentences.h"
#include "RandomWordText.h"

using namespace atlas;
using namespace atlas::reaction;

namespace {

const char *const kPieces[] = {
    "who",    "whom",    "which", "whose", "if",  "whether",  "unless",
    "has",    "have",    "had",   "a",     "an",  "analysts", "analyst",
    "expert", "experts", "think", "tank",  "the", "it",       "internationalization",
    "i",      "wh",      "hav",   "s",     "k",   "said",     "told",
    "x",      "QZ"};
const char16_t kGlue[] = {u' ', u' ',      u' ',      u'-',      u'_',      u'1',      u',',  u'.',
                          u'"', u'\u2019', u'\u00E9', u'\u017F', u'\u212A', u'\u2014', u'\n', u'\u0416'};

QString randomText(std::mt19937 &rng)
{
    return testing::randomWordText(rng, kPieces, kGlue, testing::RandomTextShape{16, 4, true, true, 10, 40, false});
}

QVector<AsciiWordSet> sets()
{
    return {AsciiWordSet{"who", "whom", "which"},
            AsciiWordSet{"if", "whether", "unless"},
            AsciiWordSet{"has", "have", "had"},
            AsciiWordSet{"a"},
            AsciiWordSet{"internationalization", "analysts", "think"},
            AsciiWordSet(QStringList{QStringLiteral("think tank"), QStringLiteral("Experts"),
                                     QStringLiteral("analyst")}),
            AsciiWordSet(QStringList{QStringLiteral("(AP)"), QStringLiteral("who")})}; // always maybe
}

} // namespace

class TestAsciiWordSet : public QObject {
    Q_OBJECT
private slots:
    void randomTexts()
    {
        const QVector<AsciiWordSet> wordSets = sets();
        std::mt19937 rng(22112026);
        int yes = 0, no = 0;
        for (int i = 0; i < 30000; ++i) {
            const QString text = randomText(rng);
            for (int k = 0; k < wordSets.size(); ++k) {
                const bool expected = wordSets[k].maybeInByCharacter(text);
                QVERIFY2(wordSets[k].maybeIn(text) == expected,
                         qPrintable(QStringLiteral("set %1, text [%2]").arg(k).arg(text)));
                (expected ? yes : no) += 1;
            }
        }
        QVERIFY(yes > 20000 && no > 20000); // both answers were tried, often
    }

    // A run of 32 letters or more from a block's first unit fills the mask's
    // window: its end is read on past it (the fuzzer found ctz of 0 here).
    void longRunsAtBlockStarts()
    {
        const QVector<AsciiWordSet> wordSets = sets();
        for (int lead = 0; lead <= 33; ++lead) {
            for (int run : {31, 32, 33, 40, 48, 64}) {
                const QString text = QString(lead, QChar(u' ')) + QString(run, QChar(u'w')) + QStringLiteral(" who has internationalization");
                for (int k = 0; k < wordSets.size(); ++k)
                    QVERIFY2(wordSets[k].maybeIn(text) == wordSets[k].maybeInByCharacter(text), qPrintable(text));
            }
        }
    }

    void everyCut()
    {
        const QVector<AsciiWordSet> wordSets = sets();
        const QString text =
            QStringLiteral("Analysts who_know whether Seoul\u2019s experts HAD said; unless1 "
                           "haveno whichever internationalizations \u017F who.");
        for (int from = 0; from < text.size(); ++from) {
            for (int to = from; to <= text.size(); ++to) {
                const QStringView cut = QStringView(text).mid(from, to - from);
                for (const AsciiWordSet &set : wordSets)
                    QCOMPARE(set.maybeIn(cut), set.maybeInByCharacter(cut));
            }
        }
    }

    void realSentences()
    {
        const QVector<AsciiWordSet> wordSets = sets();
        const QStringList sentences = testing::corpusSentences();
        for (const QString &text : sentences) {
            const QStringView sentence(text);
            for (const AsciiWordSet &set : wordSets) {
                QCOMPARE(set.maybeIn(sentence), set.maybeInByCharacter(sentence));
                QCOMPARE(set.maybeIn(sentence.mid(sentence.size() / 3)),
                         set.maybeInByCharacter(sentence.mid(sentence.size() / 3)));
            }
        }
        QVERIFY(sentences.size() > 1000);
    }
};

QTEST_GUILESS_MAIN(TestAsciiWordSet)
#include "tst_asciiwordset.moc"
