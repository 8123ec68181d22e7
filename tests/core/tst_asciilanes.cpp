// launch/AsciiLanes.h tells and lower-cases four UTF-16 units at once; each
// answer must be what a test unit by unit gives: every ASCII unit in every
// lane (the other lanes random), and 200,000 random blocks of ASCII, letters
// beyond ASCII and units whose low byte looks like an ASCII letter.
#include "extract/launch/AsciiLanes.h"

#include <QTest>

#include <random>

using namespace atlas::launch;

namespace {
bool isAscii(char16_t c) { return c < 128; }
bool isAsciiLetter(char16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char16_t lower(char16_t c) { return (c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c; }

void check(const char16_t block[4])
{
    const quint64 v = lanes::load4(block);
    const bool ascii = isAscii(block[0]) && isAscii(block[1]) && isAscii(block[2]) && isAscii(block[3]);
    QCOMPARE(lanes::allAscii(v), ascii);
    if (!ascii)
        return; // the other two are asked of ASCII lanes only
    const quint64 letters = lanes::letterLanes(v);
    const quint64 lowered = lanes::toLower(v);
    char16_t out[4];
    std::memcpy(out, &lowered, sizeof out);
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(bool(letters >> (16 * k + 15) & 1), isAsciiLetter(block[k]));
        QCOMPARE(int(out[k]), int(lower(block[k])));
    }
    QCOMPARE(letters & ~lanes::kTopBits, quint64(0));
}
} // namespace

class TestAsciiLanes : public QObject {
    Q_OBJECT
private slots:
    void everyAsciiUnitInEveryLane();
    void randomBlocks();
};

void TestAsciiLanes::everyAsciiUnitInEveryLane()
{
    std::mt19937 rng(11);
    for (int lane = 0; lane < 4; ++lane) {
        for (char16_t c = 0; c < 128; ++c) {
            char16_t block[4];
            for (char16_t &u : block)
                u = char16_t(rng() % 128);
            block[lane] = c;
            check(block);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestAsciiLanes::randomBlocks()
{
    // ASCII, then units that share an ASCII letter's low byte, letters beyond
    // ASCII, the top of the range.
    const char16_t others[] = {u'\u0141', u'\u0161', u'\u00C9', u'\u00E9', u'\u017F', u'\u212A', u'\u2019', u'\uFF41', u'\uFFFF', u'\u0080'};
    std::mt19937 rng(12);
    for (int round = 0; round < 200000; ++round) {
        char16_t block[4];
        for (char16_t &u : block)
            u = rng() % 8 ? char16_t(rng() % 128) : others[rng() % std::size(others)];
        check(block);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestAsciiLanes)
#include "tst_asciilanes.moc"
