// shortCellDelimiters, which finds the delimiters eight code units a step,
// against its definition read one character at a time, on random lines of
// short and long cells, commas, tabs, bars and other characters.
#include "extract/DelimitedCells.h"

#include <QtTest>

#include <random>

using namespace atlas;

namespace {

// The definition: every character in turn.
DelimiterCounts byDefinition(QStringView line, int maxCell, int maxLine)
{
    if (line.size() > maxLine)
        return {};
    int commas = 0, tabs = 0, commaRun = 0, tabRun = 0;
    bool longComma = false, longTab = false;
    for (const QChar ch : line) {
        const char16_t c = ch.unicode();
        if (c == u'|')
            return {};
        if (c == u',') {
            ++commas;
            commaRun = 0;
        } else {
            ++commaRun;
        }
        if (c == u'\t') {
            ++tabs;
            tabRun = 0;
        } else {
            ++tabRun;
        }
        longComma = longComma || commaRun > maxCell;
        longTab = longTab || tabRun > maxCell;
    }
    return {longComma ? 0 : commas, longTab ? 0 : tabs};
}

} // namespace

class TestDelimitedCells : public QObject {
    Q_OBJECT
private slots:
    void sameAsDefinition();
};

void TestDelimitedCells::sameAsDefinition()
{
    std::mt19937 rng(7);
    const char16_t others[] = {u'a', u' ', u'-', u'9', u'.', 0x2019, 0x00E9};
    int withCells = 0;
    for (int round = 0; round < 50000; ++round) {
        QString line;
        const int cells = int(rng() % 12);
        const int cellMax = 1 + int(rng() % 90);
        for (int c = 0; c < cells; ++c) {
            const int length = int(rng() % unsigned(cellMax));
            for (int k = 0; k < length; ++k)
                line += QChar(others[rng() % std::size(others)]);
            switch (rng() % 10) {
            case 0: case 1: case 2: case 3: line += u','; break;
            case 4: case 5: case 6: line += u'\t'; break;
            case 7: if (rng() % 4 == 0) line += u'|'; break;
            default: break;
            }
        }
        const int maxCell = 20 + int(rng() % 60);
        const int maxLine = rng() % 8 == 0 ? 100 : 400;
        const DelimiterCounts fast = shortCellDelimiters(line, maxCell, maxLine);
        const DelimiterCounts slow = byDefinition(line, maxCell, maxLine);
        QVERIFY2(fast.commas == slow.commas && fast.tabs == slow.tabs,
                 qPrintable(QStringLiteral("%1 / %2 %3 / %4 %5: ").arg(maxCell).arg(fast.commas).arg(fast.tabs)
                                .arg(slow.commas).arg(slow.tabs) + line));
        withCells += slow.commas + slow.tabs > 0 ? 1 : 0;
    }
    QVERIFY2(withCells > 10000, qPrintable(QString::number(withCells)));
}

QTEST_GUILESS_MAIN(TestDelimitedCells)
#include "tst_delimitedcells.moc"
