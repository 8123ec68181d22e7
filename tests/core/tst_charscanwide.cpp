// findAnyOfWide narrows sixteen code units to bytes before comparing: every
// code unit that narrows to the same byte as a wanted one (0x00FF and all of
// 0x0100-0x7FFF become 0xFF, 0x8000 and up become 0x00) must still be told
// apart, at any place of a block or of the tail, so it must answer exactly as
// findAnyOf (itself tested against a plain loop in tst_charscan).
#include "extract/CharScan.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using namespace atlas;

class TestCharScanWide : public QObject {
    Q_OBJECT
private slots:
    void sameAsFindAnyOf();
};

void TestCharScanWide::sameAsFindAnyOf()
{
    const char16_t alphabet[] = {u'a', u'.', u'!', u'?', u'\n', u'\r', u' ', 0x2026, 0x2027, 0x2028, 0x2029, 0x2025,
                                 0x00FF, 0x00FE, 0x0100, 0x012E, 0x2E00, 0x202E, 0x7FFF, 0x8000, 0x802E, 0xAC00,
                                 0xFFFF, 0xFF0E, 0x0000, 0x0001, 0x00E9, 0x201C, 0x0A0A, 0xD800};
    const std::vector<std::vector<char16_t>> unitSets = {
        {u'.', u'!', u'?', 0x2026}, {u'\n', u'\r', 0x2028, 0x2029}, {u'.'}, {0x2026}, {0x00FF, u'a'},
        {0x0100, u'?'}, {0x7FFF}, {0x8000, u'.'}, {0x0000, u'!'}, {0xFFFF}, {u'a', u'.', u'!', u'?', u'\n'}};
    std::mt19937 rng(17);
    int found = 0;
    for (int round = 0; round < 60000; ++round) {
        const int n = int(rng() % 70);
        std::u16string s;
        const int kinds = 1 + int(rng() % std::size(alphabet)); // some texts from a few units only
        for (int k = 0; k < n; ++k)
            s += alphabet[rng() % kinds];
        const std::vector<char16_t> &units = unitSets[rng() % unitSets.size()];
        const qsizetype from = n == 0 ? 0 : qsizetype(rng() % (n + 1));
        const char16_t *d = s.data();
        qsizetype expected = -1, got = -1;
        switch (units.size()) {
        case 1:
            expected = findAnyOf(d, from, n, {units[0]});
            got = findAnyOfWide(d, from, n, {units[0]});
            break;
        case 2:
            expected = findAnyOf(d, from, n, {units[0], units[1]});
            got = findAnyOfWide(d, from, n, {units[0], units[1]});
            break;
        case 4:
            expected = findAnyOf(d, from, n, {units[0], units[1], units[2], units[3]});
            got = findAnyOfWide(d, from, n, {units[0], units[1], units[2], units[3]});
            break;
        default:
            expected = findAnyOf(d, from, n, {units[0], units[1], units[2], units[3], units[4]});
            got = findAnyOfWide(d, from, n, {units[0], units[1], units[2], units[3], units[4]});
            break;
        }
        QVERIFY2(got == expected, qPrintable(QStringLiteral("round %1: %2 vs %3").arg(round).arg(got).arg(expected)));
        found += expected < n ? 1 : 0;
    }
    QVERIFY(found > 20000 && found < 55000);
}

QTEST_GUILESS_MAIN(TestCharScanWide)
#include "tst_charscanwide.moc"
