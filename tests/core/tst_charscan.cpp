// findAnyOf reads eight code units at a time where SSE2 is there: a wanted unit
// at any position of a block or of the tail, first among several, or next to
// a unit that differs from it in one bit, must be found where a plain loop
// finds it.
#include "extract/CharScan.h"

#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace atlas;

class TestCharScan : public QObject {
    Q_OBJECT
private slots:
    void sameAsPlainLoop();
    void pcreSpaceIsPcresSpace();
};

void TestCharScan::sameAsPlainLoop()
{
    const char16_t alphabet[] = {u'a', u'.', u'/', u'-', u'!', u'?', 0x2026, 0x2027, 0x2028, 0x2029, u'\n',
                                 u'\r', u'\v', 0x0A0A, 0xFFFF, u' ', u'(', 0x2014, u'&', u'@', u'[', u'`', u'{', u'Z', 0x00E9,
                                 0x0161, 0x8041, 0xC1E1, 0x0141, u'0', u'9', u'5', u':', 0xFF10, 0x0660};
    std::mt19937 rng(11);
    int found = 0;
    for (int round = 0; round < 4000; ++round) {
        const int n = round % 41;
        std::u16string s;
        for (int k = 0; k < n; ++k)
            s.push_back(rng() % 3 == 0 ? alphabet[rng() % std::size(alphabet)] : char16_t(u'a' + rng() % 26));
        const int from = n == 0 ? 0 : int(rng() % (n + 1));
        auto plain = [&](std::initializer_list<char16_t> units) {
            for (int i = from; i < n; ++i) {
                for (char16_t u : units) {
                    if (s[size_t(i)] == u)
                        return qsizetype(i);
                }
            }
            return qsizetype(n);
        };
        const qsizetype terminator = findAnyOf(s.data(), from, n, {u'.', u'!', u'?', 0x2026});
        QCOMPARE(terminator, plain({u'.', u'!', u'?', 0x2026}));
        const qsizetype lineBreak = findAnyOf(s.data(), from, n, {u'\n', u'\r', 0x2028, 0x2029});
        QCOMPARE(lineBreak, plain({u'\n', u'\r', 0x2028, 0x2029}));
        QCOMPARE(findAnyOf(s.data(), from, n, {u'/'}), plain({u'/'}));
        QCOMPARE(containsAnyOf(QStringView(s).mid(from), {u'(', 0x2014, u'&'}), plain({u'(', 0x2014, u'&'}) < n);
        qsizetype letters = from;
        while (letters < n && s[size_t(letters)] < 0x80 && QChar(s[size_t(letters)]).isLetter())
            ++letters;
        QCOMPARE(asciiLetterRunEnd(s.data(), from, n), letters);
        qsizetype digit = from;
        while (digit < n && !(s[size_t(digit)] >= u'0' && s[size_t(digit)] <= u'9'))
            ++digit;
        QCOMPARE(findAsciiDigit(s.data(), from, n), digit);
        found += terminator < n ? 1 : 0;
    }
    QVERIFY(found > 1000);
}

void TestCharScan::pcreSpaceIsPcresSpace()
{
    // isPcreSpace stands for \s in the extractors' patterns (no Unicode properties):
    // it must agree with PCRE on every code unit of the Basic Multilingual Plane.
    const QRegularExpression space(QStringLiteral("^\\s$"));
    int spaces = 0;
    for (int u = 1; u < 0xD800; ++u) {
        const bool pcre = space.match(QString(QChar(char16_t(u)))).hasMatch();
        QCOMPARE(isPcreSpace(char16_t(u)), pcre);
        spaces += pcre;
    }
    QCOMPARE(spaces, 6);
}

QTEST_GUILESS_MAIN(TestCharScan)
#include "tst_charscan.moc"
