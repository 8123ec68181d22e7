#pragma once
// A spreadsheet pasted as text puts short values between commas or tabs
// ("2025-01-06, 12:00, Pyongyang area, IRBM, 1"); prose runs longer between its
// commas. Both the launch-table reader (its header test, on every line of every
// article) and the publication-date detector (its table rows, in an article's
// head) tell the two apart this way.
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
        if (longComma && longTab)
            return {};
    }
    return {longComma ? 0 : commas, longTab ? 0 : tabs};
}

} // namespace atlas
