// launch::nextSpacedNounStart finds, sixteen code units at a time, where an m, p,
// r or w follows a PCRE space; it must give the first position the unit-by-unit
// definition (isSpacedNounStart) gives, from every start, on random texts of
// every length around the block's sixteen units.
#include "extract/launch/SpacedNounStarts.h"

#include <QTest>

#include <random>
#include <string>

using namespace atlas::launch;

class TestSpacedNounStarts : public QObject {
    Q_OBJECT
private slots:
    void sameAsDefinition();
};

void TestSpacedNounStarts::sameAsDefinition()
{
    // The letters and their capitals, their neighbours, every PCRE space and the
    // units just outside them, and units whose low byte is one of the letters.
    const char16_t units[] = {u'm', u'p', u'r', u'w', u'M', u'P', u'R', u'W', u'l', u'n', u'o', u'q', u's', u'v', u'x',
                              u' ', u'\t', u'\n', u'\v', u'\f', u'\r', u'\b', u'\x0E', u'\x1F', u'!', u'\u00A0',
                              u'\u016D', u'\u0170', u'\u2009', u'\u206D', u'a', u'-'};
    std::mt19937 rng(21);
    int found = 0;
    for (int round = 0; round < 20000; ++round) {
        std::u16string s(size_t(rng() % 70), u' ');
        for (char16_t &c : s)
            c = units[rng() % std::size(units)];
        const qsizetype n = qsizetype(s.size());
        for (qsizetype from = 1; from <= n; ++from) {
            qsizetype expected = from;
            while (expected < n && !isSpacedNounStart(s.data(), expected))
                ++expected;
            const qsizetype got = nextSpacedNounStart(s.data(), from, n);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("from %1 in '%2': %3 != %4")
                                                     .arg(from).arg(QString::fromStdU16String(s)).arg(got).arg(expected)));
            found += expected < n ? 1 : 0;
        }
    }
    QVERIFY(found > 100000);
}

QTEST_GUILESS_MAIN(TestSpacedNounStarts)
#include "tst_spacednounstarts.moc"
