// KeyWordBits::in says which key words a text holds, in one pass: each bit
// must be set exactly when a caseless pattern of its words, bounded by
// non-letters, matches (or, where the text holds U+017F or U+212A, which PCRE
// folds to "s" and "k", always). Checked on chosen rows and on thousands of
// random texts against that pattern.
#include "extract/KeyWordBits.h"

#include <QRegularExpression>
#include <QTest>

#include <random>

#include "RandomWordText.h"

using namespace atlas;

namespace {

enum : quint32 { kSalvo = 1, kOther = 2, kFired = 4 };

const KeyWordBits &keyWords()
{
    static const KeyWordBits words{{"salvo", kSalvo}, {"volley", kSalvo}, {"other", kOther}, {"another", kOther},
                                   {"rest", kOther},  {"fired", kFired},  {"launched", kFired}};
    return words;
}

// The definition: a caseless pattern per bit, each word a whole run of ASCII letters.
quint32 expectedBits(const QString &text)
{
    static const QRegularExpression salvo(QStringLiteral("(?<![A-Za-z])(?:salvo|volley)(?![A-Za-z])"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression other(QStringLiteral("(?<![A-Za-z])(?:other|another|rest)(?![A-Za-z])"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fired(QStringLiteral("(?<![A-Za-z])(?:fired|launched)(?![A-Za-z])"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (text.contains(QChar(0x017F)) || text.contains(QChar(0x212A)))
        return kSalvo | kOther | kFired;
    return (salvo.match(text).hasMatch() ? kSalvo : 0u) | (other.match(text).hasMatch() ? kOther : 0u)
        | (fired.match(text).hasMatch() ? kFired : 0u);
}

} // namespace

class TestKeyWordBits : public QObject {
    Q_OBJECT
private slots:
    void bitsOfTheWordsHeld_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<uint>("bits");
        QTest::newRow("none") << QStringLiteral("The North launches missiles.") << 0u;
        QTest::newRow("empty") << QString() << 0u;
        QTest::newRow("one word") << QStringLiteral("It fired two missiles") << uint(kFired);
        QTest::newRow("any case") << QStringLiteral("A SALVO of six") << uint(kSalvo);
        QTest::newRow("after a hyphen") << QStringLiteral("test-fired one from Sinpo") << uint(kFired);
        QTest::newRow("three kinds") << QStringLiteral("a volley; the rest were launched") << uint(kSalvo | kOther | kFired);
        QTest::newRow("longer word is another") << QStringLiteral("salvos and others, restless") << 0u;
        QTest::newRow("prefix only") << QStringLiteral("fire, launch, salv") << 0u;
        QTest::newRow("digits do not join a word") << QStringLiteral("2fired3") << uint(kFired);
        QTest::newRow("a letter beyond ASCII ends it") << QStringLiteral("fired\u00E9") << uint(kFired);
        QTest::newRow("long s folds") << QStringLiteral("\u017Falvo") << uint(kSalvo | kOther | kFired);
        QTest::newRow("Kelvin sign folds") << QStringLiteral("no key word \u212A") << uint(kSalvo | kOther | kFired);
    }
    void bitsOfTheWordsHeld()
    {
        QFETCH(QString, text);
        QFETCH(uint, bits);
        QCOMPARE(uint(keyWords().in(text)), bits);
        QCOMPARE(uint(expectedBits(text)), bits); // the rows agree with the definition too
    }

    void sameAsThePatternsOnRandomText()
    {
        static const char *const pieces[] = {"salvo", "volley", "other", "another", "rest", "fired",
                                             "launched", "fire", "the", "a", "salvos", "rested"};
        static const char16_t glue[] = {u' ', u'-', u'_', u'1', u',', u'.', u'\u2019', u'\u00E9', u'\u017F', u'\u212A', u'\n'};
        std::mt19937 rng(5);
        int withBits = 0;
        for (int round = 0; round < 5000; ++round) {
            const QString text = testing::randomWordText(rng, pieces, glue, testing::RandomTextShape{12, 3, true, true, 5, 20, true});
            const quint32 want = expectedBits(text);
            QCOMPARE(keyWords().in(text), want);
            withBits += want != 0;
        }
        QVERIFY(withBits > 1000); // the texts do hold key words
    }
};

QTEST_GUILESS_MAIN(TestKeyWordBits)
#include "tst_keywordbits.moc"
