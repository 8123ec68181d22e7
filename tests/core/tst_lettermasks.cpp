// letterMasks16 (reaction/LetterMasks.h) packs sixteen code units into bytes
// before its two tests: every unit whose low byte is a letter but which is not
// one (U+0141, U+FF41, U+8041), every unit from 0x80 on, must come out as its
// definition (letterMasks16ByUnit) says. Checked on random blocks drawn from
// such units and from every unit at once.
#include "extract/reaction/LetterMasks.h"

#include <QTest>
#include <random>

using namespace atlas::reaction;

class TestLetterMasks : public QObject {
    Q_OBJECT
private slots:
    void randomBlocks()
    {
#if defined(__SSE2__)
        const char16_t pool[] = {u'a',    u'z',    u'A',    u'Z',    u'@',    u'[',    u'`',    u'{',    u' ',    u'-',
                                 u'0',    0x7F,    0x80,    0xC1,    0xE1,    0xFF,    0x100,   0x141,   0x161,   0x17F,
                                 0x212A,  0x2019,  0x7FFF,  0x8000,  0x8041,  0xFF41,  0xFF21,  0xFFFF,  0xD800,  0x0};
        std::mt19937 rng(23112026);
        char16_t block[16];
        for (int i = 0; i < 200000; ++i) {
            for (char16_t &u : block)
                u = rng() % 4 ? pool[rng() % (sizeof(pool) / sizeof(pool[0]))] : char16_t(rng());
            const LetterMasks fast = letterMasks16(block, 0), slow = letterMasks16ByUnit(block, 0);
            QCOMPARE(fast.letters, slow.letters);
            QCOMPARE(fast.wide, slow.wide);
        }
#endif
    }

    void everyUnit()
    {
#if defined(__SSE2__)
        char16_t block[16];
        for (int u = 0; u < 0x10000; u += 16) {
            for (int k = 0; k < 16; ++k)
                block[k] = char16_t(u + k);
            const LetterMasks fast = letterMasks16(block, 0), slow = letterMasks16ByUnit(block, 0);
            QCOMPARE(fast.letters, slow.letters);
            QCOMPARE(fast.wide, slow.wide);
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TestLetterMasks)
#include "tst_lettermasks.moc"
