#pragma once
// A spreadsheet pasted as text puts short values between commas or tabs
// ("2025-01-06, 12:00, Pyongyang area, IRBM, 1"); prose runs longer between its
// commas. Both the launch-table reader (its header test, on every line of every
// article) and the publication-date detector (its table rows, in an article's
// head) tell the two apart this way.
#include "extract/CharScan.h"

#include <QStringView>

namespace atlas {

struct DelimiterCounts {
    int commas = 0;
    int tabs = 0;
};

// The commas and tabs of `line` when every cell between them is at most maxCell
// characters long: a delimiter with a longer cell counts 0, and a line with a '|'
// (a '|' table's) or longer than maxLine counts none. Read from the start and
// given up once neither delimiter can make short cells, so a line of prose costs
// its first clause, not its length.
inline DelimiterCounts shortCellDelimiters(QStringView line, int maxCell, int maxLine = 400)
{
    const qsizetype n = line.size();
    if (n > maxLine)
        return {};
    // The delimiters (and a bar) are found eight code units a step; between two
    // of them both runs grow by the gap, and a run is longest at a gap's end,
    // so that is where it is measured. (Read one character at a time, as the
    // definition in tst_delimitedcells does, a line cost ten instructions a
    // character; giving up early changes no answer, only the cost.)
    const char16_t *d = line.utf16();
    int commas = 0, tabs = 0;
    qsizetype commaRun = 0, tabRun = 0;
    bool longComma = false, longTab = false;
    for (qsizetype i = 0;;) {
        const qsizetype hit = findAnyOf(d, i, n, {u',', u'\t', u'|'});
        commaRun += hit - i;
        tabRun += hit - i;
        longComma = longComma || commaRun > maxCell;
        longTab = longTab || tabRun > maxCell;
        if (hit < n) {
            if (d[hit] == u'|')
                return {};
            if (d[hit] == u',') {
                ++commas;
                commaRun = 0;
                ++tabRun;
            } else {
                ++tabs;
                tabRun = 0;
                ++commaRun;
            }
        }
        longComma = longComma || commaRun > maxCell;
        longTab = longTab || tabRun > maxCell;
        if (longComma && longTab)
            return {};
        if (hit >= n)
            break;
        i = hit + 1;
    }
    return {longComma ? 0 : commas, longTab ? 0 : tabs};
}

} // namespace atlas
