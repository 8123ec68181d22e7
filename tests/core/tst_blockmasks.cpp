// temporal::blockMasks16 reads sixteen code units at once for the date filters
// (mayHoldDate, mayHoldTime): its letter, digit and beyond-ASCII masks must be
// those of the units one by one, and the filters built on it must answer as the
// tokenizer does wherever a word, a digit or a letter beyond ASCII falls against
// the sixteen-unit blocks.
#include "extract/temporal/BlockMasks.h"
#include "extract/temporal/DateTokens.h"

#include <QTest>

#include <random>

using namespace atlas::temporal;

class TestBlockMasks : public QObject {
    Q_OBJECT
private slots:
    void masksAgreeWithUnits();
    void filtersAgreeWithTokensAtEveryOffset();
};

void TestBlockMasks::masksAgreeWithUnits()
{
#if defined(__SSE2__)
    // Every code unit at every place of a block, then random blocks of units
    // near the edges of each class (digits, letters, 0x7F/0x80, 0xFF/0x100,
    // 0x7FFF/0x8000, 0xFFFF).
    const char16_t edges[] = {0, '/', '0', '5', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x7F, 0x80,
                              0xC1, 0xE1, 0xFF, 0x100, 0x130, 0x141, 0x2019, 0x7FFF, 0x8000, 0x8041, 0xFF30, 0xFFFF};
    char16_t block[16];
    for (int k = 0; k < 16; ++k) {
        for (int u = 0; u < 0x10000; ++u) {
            std::fill(block, block + 16, char16_t('a'));
            block[k] = char16_t(u);
            const BlockMasks fast = blockMasks16(block, 0), slow = blockMasks16ByUnit(block, 0);
            QVERIFY(fast.letters == slow.letters && fast.digits == slow.digits && fast.wide == slow.wide);
        }
    }
    std::mt19937 rng(11);
    char16_t text[40];
    for (int round = 0; round < 200000; ++round) {
        for (char16_t &u : text)
            u = rng() % 4 == 0 ? char16_t(rng()) : edges[rng() % std::size(edges)];
        const int n = 16 + int(rng() % 24);
        const int base = int(rng() % n);
        const BlockMasks fast = blockMasksUpTo16(text, base, n);
        BlockMasks slow;
        for (int k = 0; base + k < n && k < 16; ++k) {
            char16_t one[16] = {};
            one[0] = text[base + k];
            const BlockMasks m = blockMasks16ByUnit(one, 0);
            slow.letters |= (m.letters & 1) << k;
            slow.digits |= (m.digits & 1) << k;
            slow.wide |= (m.wide & 1) << k;
        }
        QVERIFY(fast.letters == slow.letters && fast.digits == slow.digits && fast.wide == slow.wide);
    }
#else
    QSKIP("no SSE2");
#endif
}

namespace {
bool isTimeLex(Lex l)
{
    switch (l) {
    case Lex::Month: case Lex::Weekday: case Lex::Yesterday: case Lex::Today: case Lex::Tonight:
    case Lex::Tomorrow: case Lex::Day: case Lex::Week: case Lex::Month_: case Lex::Year: case Lex::Weekend:
    case Lex::Morning: case Lex::Afternoon: case Lex::Evening: case Lex::Night: case Lex::Overnight:
    case Lex::Dawn: case Lex::Noon: case Lex::Midday: case Lex::Midnight:
        return true;
    default:
        return false;
    }
}

bool isClockLex(Lex l)
{
    switch (l) {
    case Lex::Noon: case Lex::Midday: case Lex::Midnight: case Lex::Morning: case Lex::Afternoon:
    case Lex::Evening: case Lex::Night: case Lex::Overnight: case Lex::Dawn: case Lex::Hours:
        return true;
    default:
        return false;
    }
}
} // namespace

void TestBlockMasks::filtersAgreeWithTokensAtEveryOffset()
{
    // A word of time (or a look-alike, or a digit) with a letter beyond ASCII,
    // general punctuation or nothing glued before or after it, at every offset
    // of a filler of plain words, in texts of every length around one to three
    // blocks: the filters must say yes exactly when the tokens hold a number or
    // such a word.
    const char16_t *words[] = {u"Tuesday", u"yesterday", u"overnight", u"hours", u"noon", u"May", u"mayor",
                               u"afternoon", u"7", u"Day", u"days", u"weekend", u"zebra", u"\u0663"};
    const char16_t *glue[] = {u"", u"\u00E9", u"\u2019", u"\u201C", u"\u0101", u" ", u"\u4E00", u"x"};
    const QString filler = QStringLiteral("the cat sat on a mat and ran far off ");
    int yesDate = 0, yesTime = 0, rounds = 0;
    for (const char16_t *w : words) {
        for (const char16_t *before : glue) {
            for (const char16_t *after : glue) {
                for (int offset = 0; offset < 40; ++offset) {
                    for (int tail : {0, 1, 9, 17, 30}) {
                        const QString s = filler.left(offset) + QString::fromUtf16(before) + QString::fromUtf16(w)
                            + QString::fromUtf16(after) + filler.left(tail);
                        TokenList toks;
                        tokenize(s, toks);
                        bool date = false, time = false;
                        for (const Token &t : toks) {
                            date = date || t.kind == TokKind::Number || isTimeLex(t.lex);
                            time = time || t.kind == TokKind::Number || isClockLex(t.lex);
                        }
                        QVERIFY2(mayHoldDate(s) == date, qPrintable(s));
                        QVERIFY2(mayHoldTime(s) == time, qPrintable(s));
                        yesDate += date ? 1 : 0;
                        yesTime += time ? 1 : 0;
                        ++rounds;
                    }
                }
            }
        }
    }
    QVERIFY2(yesDate > rounds / 4 && yesDate < rounds, qPrintable(QStringLiteral("%1 %2 %3").arg(yesDate).arg(yesTime).arg(rounds)));
    QVERIFY(yesTime > rounds / 16 && yesTime < rounds);
}

QTEST_GUILESS_MAIN(TestBlockMasks)
#include "tst_blockmasks.moc"
