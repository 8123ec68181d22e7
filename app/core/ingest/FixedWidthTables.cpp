#include "ingest/FixedWidthTables.h"

#include "ingest/LineBreakHyphens.h"

#include <QStringList>
#include <QVector>

#include <algorithm>

namespace atlas {
namespace {

constexpr int kMinRule = 10;       // dashes (or equals signs) that make a rule
constexpr int kMaxHeaderLines = 3; // lines of a header above its rule
constexpr int kMaxRowLines = 200;  // lines of rows under it

bool isRule(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() < kMinRule)
        return false;
    return std::all_of(t.begin(), t.end(), [](QChar c) { return c == u'-' || c == u'=' || c == u' ' || c == u'+'; })
        && t.count(u'-') + t.count(u'=') >= kMinRule;
}

bool isBlank(const QString &line) { return line.trimmed().isEmpty(); }

struct Span {
    int start, end; // columns [start, end)
};

// The columns of these lines: stretches of positions some line fills, between
// runs of at least two positions no line fills.
QVector<Span> columnsOf(const QStringList &lines)
{
    int width = 0;
    for (const QString &l : lines)
        width = std::max(width, int(l.size()));
    QVector<bool> filled(width, false);
    for (const QString &l : lines)
        for (int x = 0; x < l.size(); ++x)
            filled[x] = filled[x] || !l[x].isSpace();
    QVector<Span> spans;
    int x = 0;
    while (x < width) {
        while (x < width && !filled[x])
            ++x;
        if (x >= width)
            break;
        const int start = x;
        int end = x;
        while (x < width) {
            if (filled[x]) {
                end = ++x;
                continue;
            }
            int gap = x;
            while (gap < width && !filled[gap])
                ++gap;
            if (gap - x >= 2 || gap >= width)
                break; // a gutter
            x = gap;   // one blank inside a cell: "Jan. 6"
        }
        spans.append({start, end});
        x = end;
    }
    return spans;
}

QString cellOf(const QString &line, const Span &s)
{
    return s.start < line.size() ? line.mid(s.start, s.end - s.start).trimmed() : QString();
}

// A wrapped cell's next line joined on: "hyper-" + "sonic" is one word,
// "Intermediate-" + "range" keeps its hyphen, else a space between.
void appendWrapped(QString &cell, const QString &more)
{
    if (more.isEmpty())
        return;
    if (cell.isEmpty()) {
        cell = more;
        return;
    }
    if (cell.endsWith(u'-') && more.front().isLower()) {
        int w = int(cell.size()) - 1;
        while (w > 0 && cell[w - 1].isLetter())
            --w;
        const QString fragment = cell.mid(w, cell.size() - 1 - w);
        if (fragment.size() >= 2 && (w == 0 || cell[w - 1] != u'-') && !startsCompounds(fragment)) {
            cell.chop(1);
            cell += more;
            return;
        }
        cell += more;
        return;
    }
    cell += u' ';
    cell += more;
}

QString barRow(const QStringList &cells)
{
    QString out = QStringLiteral("|");
    for (QString c : cells) {
        c.replace(u'|', u'/');
        out += u' ' + c + QStringLiteral(" |");
    }
    return out;
}

// Whether a line above the rule is a header line of these columns: no word of
// it runs across the start of a column (a caption over the table does).
bool fitsColumns(const QString &line, const QVector<Span> &spans)
{
    for (int c = 1; c < spans.size(); ++c) {
        const int x = spans[c].start;
        if (x < line.size() && x > 0 && !line[x].isSpace() && !line[x - 1].isSpace())
            return false;
    }
    return true;
}

// The rule at `rule`, the header lines over it (up to kMaxHeaderLines, from
// `top` on) and the rows up to `end` rewritten with bars; *first is set to the
// header's first line. Empty when they do not make a table.
QStringList piped(const QStringList &lines, int top, int rule, int end, int *first)
{
    const QStringList body = lines.mid(rule + 1, end - rule - 1);
    const QVector<Span> spans = columnsOf(body);
    if (spans.size() < 3)
        return {};
    // A cell runs to the next column's start: a header word may be wider than the
    // column's rows ("Class" over "IRBM").
    auto cellsOf = [&](const QString &line) {
        QStringList cells;
        for (int c = 0; c < spans.size(); ++c)
            cells << cellOf(line, {spans[c].start, c + 1 < spans.size() ? spans[c + 1].start : int(line.size())});
        return cells;
    };
    *first = rule;
    while (*first > top && fitsColumns(lines[*first - 1], spans))
        --*first;
    QStringList header(spans.size());
    for (int i = *first; i < rule; ++i) {
        const QStringList cells = cellsOf(lines[i]);
        for (int c = 0; c < cells.size(); ++c)
            appendWrapped(header[c], cells[c]);
    }
    QVector<QStringList> rows;
    for (const QString &line : body) {
        const QStringList cells = cellsOf(line);
        if (!cells[0].isEmpty() || rows.isEmpty()) {
            rows.append(cells);
            continue;
        }
        for (int c = 0; c < cells.size(); ++c)
            appendWrapped(rows.last()[c], cells[c]); // the row's cells wrapped onto this line
    }
    if (rows.size() < 2)
        return {};
    // Rows of a table: two cells or more each, and cells that are values, not
    // sentences. (Prose with two spaces after its full stops has gutters too.)
    int cellsFilled = 0, sentences = 0;
    for (const QStringList &r : rows) {
        int filled = 0;
        for (const QString &c : r) {
            if (c.isEmpty())
                continue;
            ++filled;
            sentences += c.endsWith(u'.') || c.endsWith(u'!') || c.endsWith(u'?') ? 1 : 0;
        }
        if (filled < 2)
            return {};
        cellsFilled += filled;
    }
    if (sentences * 2 >= cellsFilled)
        return {};
    QStringList out;
    out << barRow(header);
    QStringList rules;
    for (int c = 0; c < spans.size(); ++c)
        rules << QStringLiteral("---");
    out << barRow(rules);
    for (const QStringList &r : rows)
        out << barRow(r);
    return out;
}

} // namespace

QString pipeFixedWidthTables(const QString &text)
{
    if (!text.contains(QLatin1String("----------")) && !text.contains(QLatin1String("==========")))
        return text;
    const QStringList lines = text.split(u'\n');
    // The text again, each table replaced: one pass, so many tables cost no more
    // than one (no erasing and inserting in the middle of a long list).
    QStringList out;
    bool changed = false;
    int copied = 0; // lines before this are in out
    for (int rule = 1; rule < lines.size(); ++rule) {
        if (!isRule(lines[rule]) || isBlank(lines[rule - 1]) || lines[rule - 1].contains(u'|'))
            continue;
        int top = rule;
        while (top > copied && rule - top < kMaxHeaderLines && !isBlank(lines[top - 1]) && !isRule(lines[top - 1]))
            --top;
        int end = rule + 1;
        while (end < lines.size() && end - rule <= kMaxRowLines && !isBlank(lines[end]) && !isRule(lines[end]))
            ++end;
        int first = rule;
        const QStringList table = piped(lines, top, rule, end, &first);
        if (table.isEmpty())
            continue;
        // A closing rule under the rows goes with the table.
        const int last = end < lines.size() && isRule(lines[end]) ? end + 1 : end;
        for (int i = copied; i < first; ++i)
            out << lines[i];
        out << table;
        copied = last;
        rule = last - 1;
        changed = true;
    }
    if (!changed)
        return text;
    for (int i = copied; i < lines.size(); ++i)
        out << lines[i];
    return out.join(u'\n');
}

} // namespace atlas
