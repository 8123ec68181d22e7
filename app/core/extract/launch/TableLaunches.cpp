// Launch tables read row by row, each cell by its column (see TableLaunches.h).
#include "extract/launch/TableLaunches.h"

#include "extract/CharScan.h"
#include "extract/DelimitedCells.h"
#include "extract/QuantityParser.h"
#include "extract/launch/LaunchDateRules.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace atlas::launch {
namespace {

// What: a column headed "What", which may tell what was fired or any other event.
enum class Column { Other, Date, Year, Site, Name, Class, What, Count, Distance, Apogee, DistanceApogee, Splash, Notes };

// Whether a column's cells may name the missile (its class or its name).
bool namesMissile(Column k) { return k == Column::Class || k == Column::Name || k == Column::What; }

struct Cell {
    int start = 0; // trimmed span in the text
    int end = 0;
};

// "|---|:--:|", "--- | ---": a table's rule under its header.
bool isRule(QStringView line)
{
    line = line.trimmed();
    return line.size() >= 3 && line.contains(u'|') && line.contains(u'-')
        && std::all_of(line.begin(), line.end(), [](QChar c) { return c == u'-' || c == u'|' || c == u':' || c == u' '; });
}

// The cells of a table line, leading and trailing bars dropped (a comma or tab
// export has none to drop: an empty last cell is a cell).
QVector<Cell> cellsOf(const QString &text, int lineStart, int lineEnd, QChar delimiter = u'|')
{
    QVector<Cell> cells;
    int a = lineStart;
    while (a < lineEnd && text[a].isSpace() && text[a] != delimiter)
        ++a;
    int b = lineEnd;
    while (b > a && text[b - 1].isSpace() && text[b - 1] != delimiter)
        --b;
    if (delimiter == u'|') {
        if (a < b && text[a] == u'|')
            ++a;
        if (b > a && text[b - 1] == u'|' && (b - 2 < a || text[b - 2] != u'\\'))
            --b;
    }
    int cellStart = a;
    for (int i = a; i <= b; ++i) {
        if (i < b && text[i] != delimiter)
            continue;
        Cell c{cellStart, i};
        while (c.start < c.end && text[c.start].isSpace())
            ++c.start;
        while (c.end > c.start && text[c.end - 1].isSpace())
            --c.end;
        cells << c;
        cellStart = i + 1;
    }
    return cells;
}

// A header cell saying what its rows were not: "Why it isn't a DPRK missile
// launch", "Not a missile launch because". Its table lists no launches.
bool saysWhatRowsWereNot(QStringView header)
{
    const QString h = header.toString().toLower();
    auto has = [&](const char *w) { return h.contains(QLatin1String(w)); };
    return has("why") || has("isn't") || has("isn\u2019t") || has("is not") || has("not a ");
}

// What a header cell names. Order matters: "Flight distance" is a distance,
// "Max. altitude" an apogee, "Missile type" a class, "Missile" alone a name.
Column columnOf(QStringView header)
{
    const QString h = header.toString().toLower();
    auto has = [&](const char *w) { return h.contains(QLatin1String(w)); };
    if (has("date") || h == QLatin1String("when") || h == QLatin1String("day"))
        return Column::Date;
    if (h.trimmed() == QLatin1String("year"))
        return Column::Year;
    // "Distance / apogee", "Range, altitude": both figures in one cell, in that order.
    const bool height = has("apogee") || has("altitude") || has("height");
    if (height && (has("distance") || has("range") || has("flew") || has("flight")))
        return Column::DistanceApogee;
    if (height)
        return Column::Apogee;
    if (has("distance") || has("range") || has("flew") || has("flight"))
        return Column::Distance;
    if (has("splash") || has("impact") || has("landing") || has("landed") || has("fell") || has("fall") || has("target")
        || h == QLatin1String("sea") || has("waters"))
        return Column::Splash;
    // ("Why it isn't a DPRK missile launch": a column saying what a row was not.)
    if (saysWhatRowsWereNot(header))
        return Column::Notes;
    if (has("site") || has("location") || has("place") || has("origin") || h == QLatin1String("from")
        || has("area") || h == QLatin1String("where")) // "Launch area"
        return Column::Site;
    if (has("type") || has("class") || has("category"))
        return Column::Class;
    if (has("number") || has("count") || has("quantity") || has("qty") || has("fired") || h == QLatin1String("no.")
        || h == QLatin1String("#") || h == QLatin1String("how many"))
        return Column::Count;
    // (An "Outline" or "Summary" of each launch, "ICBM-class, flight time about 69
    // minutes", names its missile as a name column would.)
    if (has("missile") || has("name") || has("designation") || has("weapon") || has("system") || has("outline")
        || has("summary") || has("overview") || has("description"))
        return Column::Name;
    // ("| Date (MM/DD, KST) | What | From | JCS distance |": what was fired, or another event.)
    if (h.trimmed() == QLatin1String("what"))
        return Column::What;
    if (has("note") || has("remark") || has("comment") || has("detail"))
        return Column::Notes;
    // Another source's column ("KCNA claim", "Japan MoD", "State media said"): its
    // names and waters are read as a notes cell's (its figures are that source's).
    if (has("claim") || has("kcna") || has("state media") || has("source") || has("reported") || has("mod")
        || has("ministry") || has("jcs") || has("japan") || has("tokyo") || has("seoul"))
        return Column::Notes;
    return Column::Other;
}

// A count cell: "2", "At least 2", "Several", "multiple", "up to 4", "two", "3-4".
Count countOf(QStringView cell)
{
    Count c;
    c.text = cell.toString();
    static const QRegularExpression number(
        QStringLiteral("^(at least|more than|over|up to|about|around|approximately|c\\.|some)?\\s*(\\d{1,3}|[a-z]+)"
                       "(?:\\s*(?:-|\\x{2013}|to|or)\\s*(\\d{1,3}|[a-z]+))?(?:\\s+or more)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString lower = cell.toString().toLower().trimmed();
    static const QStringList many{QStringLiteral("several"), QStringLiteral("multiple"), QStringLiteral("many"),
                                  QStringLiteral("a few"), QStringLiteral("some"), QStringLiteral("numerous"),
                                  QStringLiteral("a barrage"), QStringLiteral("a salvo")};
    for (const QString &w : many) {
        if (lower == w || lower.startsWith(w + u' ')) {
            c.min = 2; // a plural of unknown size: at least two
            return c;
        }
    }
    const auto m = number.match(lower);
    if (!m.hasMatch())
        return c;
    auto valueOf = [](const QString &w) {
        bool ok = false;
        const int v = w.toInt(&ok);
        return ok ? v : QuantityParser::smallNumberWord(w);
    };
    const int n = valueOf(m.captured(2));
    if (n <= 0)
        return c;
    const QString q = m.captured(1);
    const int upper = m.captured(3).isEmpty() ? -1 : valueOf(m.captured(3));
    if (q == QLatin1String("up to")) {
        c.min = 1;
        c.max = n;
    } else if (upper > n) {
        c.min = n;
        c.max = upper;
    } else if (!q.isEmpty() && q != QLatin1String("about") && q != QLatin1String("around")
               && q != QLatin1String("approximately") && q != QLatin1String("c.") && q != QLatin1String("some")) {
        c.min = q == QLatin1String("at least") ? n : n + 1; // "more than 3": at least 4
    } else if (lower.endsWith(QLatin1String("or more")) || lower.endsWith(u'+')) { // "2+": two or more
        c.min = n;
    } else {
        c.min = c.max = n;
    }
    return c;
}

struct ClassWord {
    QString cls;
    int start, end;
};

// The words of a type cell that are a class on their own: "hypersonic",
// "cruise", "ballistic", and the range or basing that names one ("Short-range
// ballistic (several)", "Intermediate-range, hypersonic", "Submarine-launched
// bal-listic"), which prose says only with "missile" after (ASCII case ignored),
// as whole words.
QVector<ClassWord> bareClassWords(const QString &text, int from, int to)
{
    static const std::pair<const char *, const char *> words[] = {
        {"hypersonic", "hypersonic"}, {"cruise", "cruise"}, {"ballistic", "ballistic"},
        {"short-range", "SRBM"}, {"close-range", "CRBM"}, {"medium-range", "MRBM"},
        {"intermediate-range", "IRBM"}, {"intercontinental", "ICBM"}, {"submarine-launched", "SLBM"}};
    QVector<ClassWord> out;
    for (int i = from; i < to;) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        int j = i;
        while (j < to && (text[j].isLetter() || text[j] == u'-'))
            ++j;
        const QStringView w = QStringView(text).mid(i, j - i);
        for (const auto &[word, cls] : words) {
            if (w.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
                out << ClassWord{QString::fromLatin1(cls), i, j};
        }
        i = j;
    }
    return out;
}

int sentenceAt(const QVector<Sentence> &sentences, int pos)
{
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                                     [](int p, const Sentence &s) { return p < s.start; });
    return it == sentences.begin() ? -1 : int(it - sentences.begin()) - 1;
}

template<typename F>
void forEachLine(const QString &text, int from, int to, F f)
{
    for (int ls = from; ls < to;) {
        int le = int(text.indexOf(u'\n', ls));
        if (le < 0 || le > to)
            le = to;
        f(ls, le);
        ls = le + 1;
    }
}

// A header names a date column and a missile column (class or name).
bool namesLaunchColumns(const QString &text, int lineStart, int lineEnd, QChar delimiter = u'|')
{
    bool date = false, missile = false;
    for (const Cell &c : cellsOf(text, lineStart, lineEnd, delimiter)) {
        if (saysWhatRowsWereNot(QStringView(text).mid(c.start, c.end - c.start)))
            return false;
        const Column k = columnOf(QStringView(text).mid(c.start, c.end - c.start));
        date = date || k == Column::Date;
        missile = missile || namesMissile(k);
    }
    return date && missile;
}

// A plain-text export has no rule under its header ("# columns: date | site |
// class | ..." then "2025-01-06 | Pyongyang area | IRBM | ..."): a line with at
// least four cells right under a header with as many is the table's first row.
// Prose never sets two such lines one under the other; a short "Date | Type |
// Number" list could be anything, so without a rule it takes four columns, and
// its rows must name a missile (see readTableLaunches).
bool isDelimitedRowAfter(const QString &text, int headerStart, int headerEnd, QStringView line)
{
    const qsizetype bars = line.count(u'|');
    return bars >= 3 && bars == QStringView(text).mid(headerStart, headerEnd - headerStart).count(u'|');
}

// A spreadsheet pasted as text, cells between commas or tabs: a header line of
// five cells or more, each a short label, naming a date and a missile column;
// then, after at most a blank line, the rows, each with as many cells (a row
// whose cell holds the delimiter itself, "1,100 km", is no row of the table and
// ends it). Prose does not set short labels between four commas over lines with
// as many. Lines with a '|' belong to the '|' tables.
constexpr int kMaxDelimitedLine = 400; // a longer line is prose, not a row
constexpr int kMaxHeaderCell = 40;

int delimitersIn(QStringView line, QChar delimiter)
{
    return line.size() > kMaxDelimitedLine || line.contains(u'|') ? 0 : int(line.count(delimiter));
}

int lineEndAt(const QString &text, int from)
{
    const int le = int(text.indexOf(u'\n', from));
    return le < 0 ? int(text.size()) : le;
}

// The table whose header line starts at headerStart, if rows follow it.
bool delimitedTableAt(const QString &text, int headerStart, QChar delimiter, int delimiters, TableSpan *table)
{
    const int headerEnd = lineEndAt(text, headerStart);
    if (!namesLaunchColumns(text, headerStart, headerEnd, delimiter))
        return false;
    int end = -1;
    bool blankSeen = false;
    for (int ls = headerEnd + 1; ls < text.size();) {
        const int le = lineEndAt(text, ls);
        const QStringView line = QStringView(text).mid(ls, le - ls);
        if (end < 0 && !blankSeen && line.trimmed().isEmpty()) {
            blankSeen = true; // the blank line a pasted export may have under its header
        } else if (delimitersIn(line, delimiter) == delimiters) {
            end = le;
        } else {
            break;
        }
        ls = le + 1;
    }
    if (end < 0)
        return false;
    table->start = headerStart;
    table->end = end;
    table->ruled = false;
    table->delimiter = delimiter;
    return true;
}

// Appends the comma and tab tables; returns whether the text holds a '|' (the
// '|' tables' test). One pass over the text (scanTableLine) finds the line ends,
// the bars, and the lines that may be a header, the only ones shortCellDelimiters
// (which reads a line character by character) is asked about.
bool appendDelimitedTables(const QString &text, QVector<TableSpan> *tables)
{
    bool bar = false;
    qsizetype skipUntil = -1;
    for (qsizetype ls = 0; ls < text.size();) {
        const LineScan line = scanTableLine(text, ls, ls >= skipUntil);
        bar = bar || line.bar;
        if (line.mayBeHeader) {
            const auto [c, t] = shortCellDelimiters(QStringView(text).mid(ls, line.end - ls), kMaxHeaderCell, kMaxDelimitedLine);
            TableSpan table;
            if ((c >= 4 && delimitedTableAt(text, int(ls), u',', c, &table))
                || (t >= 4 && delimitedTableAt(text, int(ls), u'\t', t, &table))) {
                *tables << table;
                skipUntil = table.end;
            }
        }
        ls = line.end + 1;
    }
    return bar;
}

} // namespace

LineScan scanTableLine(const QString &text, qsizetype ls, bool candidate)
{
    // A header needs a line of at most kMaxDelimitedLine characters without a '|',
    // with four commas (or tabs) and no more than kMaxHeaderCell characters before,
    // between or after them: the commas and tabs are found eight characters at a
    // time, and only while the line may still be one.
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    LineScan out;
    int commas = 0, tabs = 0;
    qsizetype lastComma = ls - 1, lastTab = ls - 1;
    bool longComma = false, longTab = false;
    qsizetype i = ls;
    for (;;) {
        i = candidate ? findAnyOf(d, i, n, {u'\n', u',', u'\t', u'|'}) : findAnyOf(d, i, n, {u'\n', u'|'});
        if (i >= n || d[i] == u'\n')
            break;
        if (d[i] == u'|') {
            out.bar = true;
            candidate = false;
        } else if (i - ls >= kMaxDelimitedLine) {
            candidate = false; // the line is longer than a row
        } else if (d[i] == u',') {
            longComma = longComma || i - lastComma - 1 > kMaxHeaderCell;
            lastComma = i;
            ++commas;
            // The gap since the last tab only grows: too long now, it is too long at
            // the next tab or the line's end. Known early, the line stops being a
            // candidate at its first long gaps (prose), not at its 400th character.
            longTab = longTab || i - lastTab - 1 > kMaxHeaderCell;
        } else {
            longTab = longTab || i - lastTab - 1 > kMaxHeaderCell;
            lastTab = i;
            ++tabs;
            longComma = longComma || i - lastComma - 1 > kMaxHeaderCell;
        }
        candidate = candidate && !(longComma && longTab);
        ++i;
    }
    out.end = std::min(i, n);
    if (candidate && out.end - ls <= kMaxDelimitedLine) {
        longComma = longComma || out.end - lastComma - 1 > kMaxHeaderCell;
        longTab = longTab || out.end - lastTab - 1 > kMaxHeaderCell;
        out.mayBeHeader = (commas >= 4 && !longComma) || (tabs >= 4 && !longTab);
    }
    return out;
}

QVector<TableSpan> launchTables(const QString &text)
{
    QVector<TableSpan> tables;
    if (!appendDelimitedTables(text, &tables)) {
        std::sort(tables.begin(), tables.end(), [](const TableSpan &a, const TableSpan &b) { return a.start < b.start; });
        return tables; // the usual article: no table at all
    }
    int prevStart = -1, prevEnd = -1;
    int open = -1; // the current launch table's header start
    int lastRowEnd = -1;
    bool ruled = true;
    forEachLine(text, 0, int(text.size()), [&](int ls, int le) {
        const QStringView line = QStringView(text).mid(ls, le - ls);
        if (open >= 0) {
            if (line.contains(u'|') && !line.trimmed().isEmpty()) {
                lastRowEnd = le;
            } else {
                tables << TableSpan{open, lastRowEnd, ruled};
                open = -1;
            }
        } else if (prevStart >= 0 && QStringView(text).mid(prevStart, prevEnd - prevStart).contains(u'|')
                   && (isRule(line) || isDelimitedRowAfter(text, prevStart, prevEnd, line))
                   && namesLaunchColumns(text, prevStart, prevEnd)) {
            open = prevStart;
            lastRowEnd = le;
            ruled = isRule(line);
        }
        prevStart = ls;
        prevEnd = le;
    });
    if (open >= 0)
        tables << TableSpan{open, lastRowEnd, ruled};
    std::sort(tables.begin(), tables.end(), [](const TableSpan &a, const TableSpan &b) { return a.start < b.start; });
    return tables;
}

namespace {
// A date column whose header declares its numeric form, "Date (MM-DD)" or "Date
// (DD/MM)": its cells are days written in figures that the tagger, which never
// guesses an order of figures, leaves undated.
enum class NumericDays { None, MonthFirst, DayFirst };

NumericDays numericDaysOf(QStringView header)
{
    static const QRegularExpression monthFirst(QStringLiteral("(?<![A-Za-z])MM?\\s*[-/.]\\s*DD?(?![A-Za-z])"));
    static const QRegularExpression dayFirst(QStringLiteral("(?<![A-Za-z])DD?\\s*[-/.]\\s*MM?(?![A-Za-z])"));
    if (monthFirst.match(header).hasMatch())
        return NumericDays::MonthFirst;
    if (dayFirst.match(header).hasMatch())
        return NumericDays::DayFirst;
    return NumericDays::None;
}

// A cell holding a day in figures, "01-04", "4/1", "05.01." (a footnote mark may
// follow): its two numbers in captures 1 and 2.
const QRegularExpression &dayFiguresCell()
{
    static const QRegularExpression figures(
        QStringLiteral("^\\s*\\**(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\.?\\**(?:\\s*\\[\\w{1,3}\\])?\\s*$"));
    return figures;
}

// The same declared in the prose before a table ("Dates are DD/MM, Korea Standard
// Time."): a sentence naming dates or days, and the form, within the few
// paragraphs above it.
NumericDays numericDaysDeclaredAbove(const QString &text, int tableStart)
{
    static const QRegularExpression declared(QStringLiteral(
        "(?<![\\w-])(?:[Dd]ates?|[Dd]ays?)\\b[^.\\n]{0,30}?(?<![A-Za-z])((?:DD?|MM?)\\s*[-/.]\\s*(?:DD?|MM?))(?![A-Za-z])"));
    constexpr int kMaxLookBack = 1500;
    const int from = std::max(0, tableStart - kMaxLookBack);
    NumericDays out = NumericDays::None;
    for (auto it = declared.globalMatch(QStringView(text).mid(from, tableStart - from)); it.hasNext();)
        out = numericDaysOf(it.next().capturedView(1)); // the last one before the table
    return out;
}

// Or told by the days themselves: a table whose days in figures put a number
// over 12 first ("20/05") is day-first, one that puts it second ("05/20")
// month-first; a table with both, or neither, says nothing.
NumericDays numericDaysOfCells(const QVector<QStringView> &cells)
{
    const QRegularExpression &figures = dayFiguresCell();
    bool dayFirst = false, monthFirst = false;
    for (const QStringView cell : cells) {
        const auto m = figures.match(cell);
        if (!m.hasMatch())
            continue;
        const int a = m.capturedView(1).toInt(), b = m.capturedView(2).toInt();
        dayFirst = dayFirst || (a > 12 && a <= 31 && b >= 1 && b <= 12);
        monthFirst = monthFirst || (b > 12 && b <= 31 && a >= 1 && a <= 12);
    }
    if (dayFirst == monthFirst)
        return NumericDays::None;
    return dayFirst ? NumericDays::DayFirst : NumericDays::MonthFirst;
}

// "| # | Date | ... | No. |", "| No. | Date | Type | # |": of two count columns,
// one holding 1, 2, 3 ... row after row numbers the rows; and "| # | Date | Type |
// Missiles |" with a figure alone in every "Missiles" cell counts with it.
void numberRowsAndCounts(const QString &text, const TableSpan &table, int headerStart, int firstRow, QVector<Column> &columns)
{
    const int n = int(columns.size());
    QVector<QVector<int>> values(n); // each column's cells read as a whole number (-1: not one)
    forEachLine(text, firstRow, table.end, [&](int rs, int re) {
        if (table.delimiter == u'|' && isRule(QStringView(text).mid(rs, re - rs)))
            return;
        const QVector<Cell> cells = cellsOf(text, rs, re, table.delimiter);
        for (int i = 0; i < n; ++i) {
            bool ok = false;
            const int v = i < cells.size() ? QStringView(text).mid(cells[i].start, cells[i].end - cells[i].start).trimmed().toInt(&ok) : 0;
            values[i] << (ok ? v : -1);
        }
    });
    auto sequential = [](const QVector<int> &v) {
        for (int k = 0; k < v.size(); ++k) {
            if (v[k] != k + 1)
                return false;
        }
        return v.size() >= 2;
    };
    auto allNumbers = [](const QVector<int> &v) {
        return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](int x) { return x >= 0; });
    };
    // A name column of figures alone ("Missiles": 3, 4, 1) counts.
    bool otherCount = false;
    for (int i = 0; i < n; ++i)
        otherCount = otherCount || (columns[i] == Column::Count && !sequential(values[i]));
    for (int i = 0; i < n && !otherCount; ++i) {
        if (columns[i] == Column::Name && allNumbers(values[i]) && !sequential(values[i])) {
            columns[i] = Column::Count;
            otherCount = true;
        }
    }
    // Beside another count, a column numbering the rows (or headed "#") is no count.
    const QVector<Cell> header = cellsOf(text, headerStart, firstRow - 1, table.delimiter);
    auto hash = [&](int i) {
        return i < header.size() && QStringView(text).mid(header[i].start, header[i].end - header[i].start).trimmed() == u"#";
    };
    int counts = 0;
    for (const Column c : std::as_const(columns))
        counts += c == Column::Count ? 1 : 0;
    for (int i = 0; counts > 1 && i < n; ++i) {
        if (columns[i] == Column::Count && (sequential(values[i]) || hash(i))) {
            columns[i] = Column::Other;
            --counts;
        }
    }
}

// The year a table's days are in: the nearest heading above it, when it is a
// year alone ("## 2026", "=== 2025 ==="), within a few thousand characters; 0
// when there is none.
int sectionYearAbove(const QString &text, int tableStart)
{
    // (The nearest heading only: "## Recent tests" over the table is no year's,
    // whatever a heading further up says; and a year alone on a line without a
    // heading's marks, "Founded\n2019", is no heading.)
    static const QRegularExpression heading(QStringLiteral("^\\s*(?:#{1,6}\\s|={2,})"));
    static const QRegularExpression yearHeading(QStringLiteral("^\\s*(?:#{1,6}|={2,})\\s*((?:19|20)\\d\\d)\\s*=*\\s*$"));
    constexpr int kMaxLookBack = 6000;
    for (int lineEnd = tableStart - 1; lineEnd > 0 && tableStart - lineEnd < kMaxLookBack;) {
        const int lineStart = int(text.lastIndexOf(u'\n', lineEnd - 1)) + 1;
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        if (heading.match(line).hasMatch()) {
            const auto m = yearHeading.match(line);
            return m.hasMatch() ? m.capturedView(1).toInt() : 0;
        }
        lineEnd = lineStart - 1;
    }
    return 0;
}

// "01-04" or "4/1" (and a footnote mark after it) in the declared order: the day
// in `year`, or, without one, the latest such day on or before `anchor`, or a
// day of an unknown year. False when the cell holds no such day.
bool numericDayOfCell(QStringView cell, NumericDays order, int year, const QDate &anchor, FuzzyDate *out)
{
    const auto m = dayFiguresCell().match(cell);
    if (!m.hasMatch())
        return false;
    const int a = m.capturedView(1).toInt(), b = m.capturedView(2).toInt();
    const int month = order == NumericDays::MonthFirst ? a : b, day = order == NumericDays::MonthFirst ? b : a;
    if (!QDate::isValid(2000, month, day)) // (2000: a leap year, so 02-29 passes here)
        return false;
    const QString written = m.captured(0).trimmed();
    if (year == 0 && anchor.isValid()) {
        year = anchor.year();
        if (!QDate::isValid(year, month, day) || QDate(year, month, day) > anchor)
            --year;
    }
    if (year == 0 || !QDate::isValid(year, month, day)) {
        *out = FuzzyDate::dayOfYear(month, day, written);
        return true;
    }
    *out = FuzzyDate::onDay(QDate(year, month, day), written);
    return true;
}
// The row's own year, from a "Year" column ("| 2017 | 07-04 | Hwasong-14 |"), else `fallback`.
int rowYear(const QString &text, const QVector<Cell> &cells, const QVector<Column> &columns, int fallback)
{
    for (int i = 0; i < cells.size() && i < columns.size(); ++i) {
        if (columns[i] != Column::Year)
            continue;
        const QStringView cell = QStringView(text).mid(cells[i].start, cells[i].end - cells[i].start).trimmed();
        bool ok = false;
        const int y = cell.toInt(&ok);
        if (ok && y >= 1950 && y <= 2099)
            return y;
    }
    return fallback;
}

// "| 2026-10-10 | Kim Il Sung Square | *military parade (no launch)* |": a row
// a chronology gives for context, said to be no launch or an event of another
// kind. Any dated row is asked this.
bool rowTellsOtherEvent(const QString &text, int ls, int le)
{
    static const QRegularExpression other(QStringLiteral(
        "(?<![\\w-])(?:no\\s+launch|not\\s+a\\s+(?:launch|missile)|non-launch|parade|exhibition|anniversary|ground\\s+test|engine\\s+test)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    // A space launch vehicle's or satellite's row, unless it names a missile's class
    // ("ICBM (derived from a space launch vehicle)").
    static const QRegularExpression space(QStringLiteral("(?<![\\w-])(?:space\\s+launch|satellite)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missileClass(
        QStringLiteral("(?<![\\w-])(?:[IMSC]RBMs?|ICBMs?|SLBMs?|ballistic|cruise|hypersonic)(?![\\w-])"), QRegularExpression::CaseInsensitiveOption);
    const QStringView row = QStringView(text).mid(ls, le - ls);
    return other.match(row).hasMatch() || (space.match(row).hasMatch() && !missileClass.match(row).hasMatch());
}

// "| 04-15 | Hwasong-20 | expected parade display |": a row dated by bare figures
// ("04-15") tells another event also with these wider words. (A row dated in
// words is most often a launch, and "engine" or "artillery" may describe one.)
bool rowTellsNoFiring(const QString &text, int ls, int le)
{
    static const QRegularExpression other(QStringLiteral(
        "(?<![\\w-])(?:expected|planned|display(?:ed)?|unveil(?:ed)?|engine|motor|artillery)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    return rowTellsOtherEvent(text, ls, le) || other.match(QStringView(text).mid(ls, le - ls)).hasMatch();
}
} // namespace

namespace {

// A figure of a distance or apogee cell, where it stands in the text.
struct CellFigure {
    Quantity quantity;
    int start = 0;
    int end = 0;
};

// The lengths with their units in text[from, to): "c. 600 km (JCS); c. 450 km (Japan)".
QVector<CellFigure> lengthsInCell(const QString &text, int from, int to)
{
    QVector<CellFigure> out;
    for (const LengthMatch &l : QuantityParser::lengths(text.mid(from, to - from))) {
        CellFigure f;
        f.quantity.value = l.km;
        f.quantity.qualifier = l.qualifier;
        f.start = from + l.start;
        f.end = from + l.end;
        f.quantity.text = text.mid(f.start, f.end - f.start);
        out << f;
    }
    return out;
}

// The bare figures of text[from, to) under a header in km: "~430 / ~400 / 432",
// ">6,000" ("~", "c.", "about" for about; ">" more, "<" less than). A figure of
// minutes, seconds or a share is none.
QVector<CellFigure> bareKilometresInCell(const QString &text, int from, int to)
{
    static const QRegularExpression bare(QStringLiteral(
        "(?<![\\w.,])(~|\u2248|>|<|c\\.\\s*|about\\s+|approx\\.?\\s*|approximately\\s+)?"
        "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\w.,]*\\d)(?!\\s*(?:min|minutes|s\\b|sec|%))"),
        QRegularExpression::CaseInsensitiveOption);
    QVector<CellFigure> out;
    for (auto it = bare.globalMatch(QStringView(text).mid(from, to - from)); it.hasNext();) {
        const auto b = it.next();
        CellFigure f;
        f.quantity.value = (b.captured(2).remove(u',') + b.captured(3)).toDouble();
        const QString mark = b.captured(1).trimmed().toLower();
        f.quantity.qualifier = mark.isEmpty() ? QString()
            : mark == u">"                    ? QStringLiteral("more than")
            : mark == u"<"                    ? QStringLiteral("less than")
                                              : QStringLiteral("about");
        f.quantity.text = b.captured(0).trimmed();
        f.start = from + int(b.capturedStart(0));
        f.end = from + int(b.capturedEnd(0));
        out << f;
    }
    return out;
}

} // namespace

void readTableLaunches(MentionBuilder &build, const LaunchFieldFinder &fields, const TemporalTagger &tagger,
                       const QVector<Sentence> &sentences, const QVector<TableSpan> &tables)
{
    const QString &text = build.text();
    for (const TableSpan &table : tables) {
        QVector<Column> columns;
        // Columns whose header gives the unit ("Distance (km)", "Apogee, km"): their
        // cells' bare figures ("~430 / ~400 / 432") are kilometres.
        QVector<bool> inKm;
        // A "What" column is the only one that may name the missile: each row must
        // name one ("| 12 March | Freedom Shield drills begin |" is no launch).
        bool rowsNameTheirMissile = !table.ruled;
        NumericDays numericDays = NumericDays::None;
        int sectionYear = -1; // read at the first row dated by figures
        int row = 0; // 0: the header, 1: the rule, then the rows
        forEachLine(text, table.start, table.end, [&](int ls, int le) {
            if (QStringView(text).mid(ls, le - ls).trimmed().isEmpty())
                return; // the blank line a pasted export may have under its header
            const QVector<Cell> cells = cellsOf(text, ls, le, table.delimiter);
            if (row++ == 0) {
                int dateColumn = -1;
                for (const Cell &c : cells) {
                    columns << columnOf(QStringView(text).mid(c.start, c.end - c.start));
                    static const QRegularExpression kmUnit(QStringLiteral("(?<![\\w-])km(?![\\w-])"), QRegularExpression::CaseInsensitiveOption);
                    inKm << kmUnit.match(QStringView(text).mid(c.start, c.end - c.start)).hasMatch();
                    if (columns.last() == Column::Date && numericDays == NumericDays::None) {
                        numericDays = numericDaysOf(QStringView(text).mid(c.start, c.end - c.start));
                        dateColumn = int(columns.size()) - 1;
                    }
                }
                rowsNameTheirMissile = rowsNameTheirMissile
                    || (columns.contains(Column::What) && !columns.contains(Column::Class) && !columns.contains(Column::Name));
                numberRowsAndCounts(text, table, ls, le + 1, columns);
                // Not in the header: in the prose above, or told by the days themselves.
                if (dateColumn >= 0 && numericDays == NumericDays::None)
                    numericDays = numericDaysDeclaredAbove(text, table.start);
                if (dateColumn >= 0 && numericDays == NumericDays::None) {
                    QVector<QStringView> dateCells;
                    forEachLine(text, le + 1, table.end, [&](int rs, int re) {
                        const QVector<Cell> rowCells = cellsOf(text, rs, re, table.delimiter);
                        if (dateColumn < rowCells.size())
                            dateCells << QStringView(text).mid(rowCells[dateColumn].start, rowCells[dateColumn].end - rowCells[dateColumn].start);
                    });
                    numericDays = numericDaysOfCells(dateCells);
                }
                return;
            }
            if (table.delimiter == u'|' && isRule(QStringView(text).mid(ls, le - ls)))
                return;
            // Without a rule the header may be a coincidence: a row is a launch
            // only when its class or name cell names a missile.
            if (rowsNameTheirMissile) {
                bool missile = false;
                for (int i = 0; i < cells.size() && i < columns.size() && !missile; ++i) {
                    if (namesMissile(columns[i]))
                        missile = !fields.classes(text, cells[i].start, cells[i].end).isEmpty()
                            || !fields.names(text, cells[i].start, cells[i].end).isEmpty()
                            || (columns[i] == Column::Class && !bareClassWords(text, cells[i].start, cells[i].end).isEmpty());
                }
                if (!missile)
                    return;
            }
            // The row's date first: a row without a day of its own is no launch.
            int k = -1;
            for (int i = 0; i < cells.size() && i < columns.size() && k < 0; ++i) {
                if (columns[i] != Column::Date)
                    continue;
                const Cell &c = cells[i];
                for (DateMention d : tagger.tag(text.mid(c.start, c.end - c.start), c.start)) {
                    if (d.bareYear || !hasDate(d.date))
                        continue;
                    if (rowTellsOtherEvent(text, ls, le))
                        break; // (asked once, at the row's first day)
                    placeToldDayBeforeReport(d, tagger.anchor());
                    k = build.create(LaunchRole::Mentioned, c.start, c.end);
                    build.verbReported[k] = true; // a list of tests: every row was fired
                    build.setDate(k, d, sentenceAt(sentences, c.start));
                    break;
                }
                DateMention d;
                if (k < 0 && numericDays != NumericDays::None && !rowTellsNoFiring(text, ls, le)
                    && numericDayOfCell(QStringView(text).mid(c.start, c.end - c.start), numericDays,
                                        rowYear(text, cells, columns, sectionYear < 0 ? (sectionYear = sectionYearAbove(text, table.start)) : sectionYear),
                                        tagger.anchor(), &d.date)) {
                    d.start = c.start;
                    d.end = c.end;
                    k = build.create(LaunchRole::Mentioned, c.start, c.end);
                    build.verbReported[k] = true;
                    build.setDate(k, d, sentenceAt(sentences, c.start));
                }
            }
            if (k < 0)
                return;
            LaunchMention &m = build.ms[k];
            for (int i = 0; i < cells.size() && i < columns.size(); ++i) {
                const Cell &c = cells[i];
                if (c.end <= c.start)
                    continue;
                switch (columns[i]) {
                case Column::Class:
                case Column::Name:
                case Column::What: {
                    // "Hwasong-11 (KN-23)" names and "Hypersonic IRBM" classes, in either column.
                    const QVector<LexiconHit> classes = fields.classes(text, c.start, c.end);
                    for (const LexiconHit &h : classes) {
                        if (!m.classes.contains(h.value))
                            m.classes << h.value;
                        build.evidence(m, QStringLiteral("class"), h.start, h.end);
                    }
                    // Under a type column a bare "hypersonic" or "cruise" is the class
                    // ("IRBM (hypersonic)", "cruise"), as prose would say it only with
                    // "missile" after; "ballistic" alone, only when nothing finer is given.
                    if (columns[i] == Column::Class) {
                        const QVector<ClassWord> bare = bareClassWords(text, c.start, c.end);
                        const bool finer = !classes.isEmpty() || std::any_of(bare.begin(), bare.end(), [](const ClassWord &w) {
                            return w.cls != QLatin1String("ballistic") && w.cls != QLatin1String("cruise");
                        });
                        for (const ClassWord &w : bare) {
                            if (w.cls == QLatin1String("ballistic") && finer)
                                continue;
                            if (!m.classes.contains(w.cls))
                                m.classes << w.cls;
                            build.evidence(m, QStringLiteral("class"), w.start, w.end);
                        }
                    }
                    for (const LexiconHit &h : fields.names(text, c.start, c.end)) {
                        if (!m.names.contains(h.value))
                            m.names << h.value;
                        build.evidence(m, QStringLiteral("name"), h.start, h.end);
                    }
                    break;
                }
                case Column::Site: {
                    const SiteHit site = fields.siteInCell(text, c.start, c.end);
                    if (site.isValid() && !m.site.isLocated() && m.site.text.isEmpty()) {
                        m.site = site.site;
                        build.evidence(m, QStringLiteral("site"), site.start, site.end);
                    }
                    break;
                }
                case Column::Count: {
                    const Count n = countOf(QStringView(text).mid(c.start, c.end - c.start));
                    if (n.isKnown() && !m.count.isKnown()) {
                        m.count = n;
                        build.evidence(m, QStringLiteral("count"), c.start, c.end);
                    }
                    break;
                }
                case Column::DistanceApogee:
                case Column::Distance:
                case Column::Apogee: {
                    // "c. 600 km (JCS); c. 450 km (Japan)": the first figure, the others a conflict.
                    auto readLengths = [&](int from, int to, bool apogee) {
                        Quantity &slot = apogee ? m.apogeeKm : m.distanceKm;
                        const QString field = apogee ? QStringLiteral("apogee") : QStringLiteral("distance");
                        // Read in the cell alone: in "2,400 km" the count cell's "2" and
                        // the comma before "400 km" are no thousands group. Under a header
                        // in km, bare figures when the cell gives no unit.
                        QVector<CellFigure> figures = lengthsInCell(text, from, to);
                        if (figures.isEmpty() && i < inKm.size() && inKm[i])
                            figures = bareKilometresInCell(text, from, to);
                        for (const CellFigure &f : figures) {
                            if (!slot.isValid())
                                slot = f.quantity;
                            else if (std::abs(slot.value - f.quantity.value) > 1.0)
                                build.conflict(m, field, slot.display(), f.quantity.display());
                            build.evidence(m, field, f.start, f.end);
                        }
                    };
                    if (columns[i] != Column::DistanceApogee) {
                        readLengths(c.start, c.end, columns[i] == Column::Apogee);
                        break;
                    }
                    // "~800 km / ~60 km" under "Distance / apogee": the distance, then the
                    // apogee after the slash ("~900 km / —": no apogee). A cell without
                    // the slash does not say which its figure is.
                    const int slash = int(QStringView(text).mid(c.start, c.end - c.start).indexOf(QLatin1Char('/')));
                    if (slash >= 0) {
                        readLengths(c.start, c.start + slash, false);
                        readLengths(c.start + slash + 1, c.end, true);
                    }
                    break;
                }
                case Column::Notes:
                    // "KCNA: Pukguksong-6", "into the Yellow Sea", "outside Japan's EEZ":
                    // a notes cell tells the names and the waters, as prose would.
                    for (const LexiconHit &h : fields.names(text, c.start, c.end)) {
                        if (!m.names.contains(h.value))
                            m.names << h.value;
                        build.evidence(m, QStringLiteral("name"), h.start, h.end);
                    }
                    [[fallthrough]];
                case Column::Splash:
                    for (const SplashHit &h : fields.splashdowns(text, c.start, c.end)) {
                        if (!h.sea.isEmpty() && m.splashdown.sea.isEmpty())
                            m.splashdown.sea = h.sea;
                        if (!h.eez.isEmpty() && m.splashdown.eez.isEmpty())
                            m.splashdown.eez = h.eez;
                        m.splashdown.land = m.splashdown.land || h.land;
                        build.evidence(m, QStringLiteral("splashdown"), h.start, h.end);
                    }
                    if (m.splashdown.isKnown())
                        m.splashdown.text = text.mid(c.start, c.end - c.start);
                    break;
                case Column::Date:
                case Column::Other:
                    break;
                }
            }
            // "SRBM (several)", "Short-range ballistic (two)": with no count column,
            // a count in brackets in the type cell is the row's.
            if (!m.count.isKnown() && !columns.contains(Column::Count)) {
                for (int i = 0; i < cells.size() && i < columns.size(); ++i) {
                    if (!namesMissile(columns[i]))
                        continue;
                    const QStringView cell = QStringView(text).mid(cells[i].start, cells[i].end - cells[i].start);
                    const qsizetype open = cell.indexOf(u'('), close = cell.indexOf(u')', open + 1);
                    if (open < 0 || close < 0)
                        continue;
                    const QStringView inside = cell.mid(open + 1, close - open - 1).trimmed();
                    const Count n = countOf(inside);
                    // Only a count: "several", "two", "3", "at least 2" (not "2 fired, 1 failed").
                    const bool onlyCount = !inside.contains(u' ') || inside.startsWith(QLatin1String("at least "), Qt::CaseInsensitive)
                        || inside.startsWith(QLatin1String("up to "), Qt::CaseInsensitive);
                    if (n.isKnown() && onlyCount && inside.size() <= 12) {
                        m.count = n;
                        build.evidence(m, QStringLiteral("count"), cells[i].start + int(open) + 1, cells[i].start + int(close));
                        break;
                    }
                }
            }
        });
    }
}

void foldIntoRow(const MentionBuilder &build, LaunchMention &row, const LaunchMention &told)
{
    if (row.timeOfDay.isEmpty())
        row.timeOfDay = told.timeOfDay;
    if (!row.site.isLocated() && row.site.text.isEmpty())
        row.site = told.site;
    for (const QString &c : told.classes) {
        if (!row.classes.contains(c))
            row.classes << c;
    }
    for (const QString &n : told.names) {
        if (!row.names.contains(n))
            row.names << n;
    }
    if (!row.count.isKnown())
        row.count = told.count;
    auto figure = [&](Quantity &mine, const Quantity &theirs, const char *field) {
        if (!mine.isValid())
            mine = theirs;
        else if (theirs.isValid() && std::abs(mine.value - theirs.value) > 1.0)
            build.conflict(row, QString::fromLatin1(field), mine.display(), theirs.display());
    };
    figure(row.distanceKm, told.distanceKm, "distance");
    figure(row.apogeeKm, told.apogeeKm, "apogee");
    if (!row.splashdown.isKnown()) {
        row.splashdown = told.splashdown;
    } else if (told.splashdown.isKnown()) {
        // (The row says "Inside the EEZ", the sentence "in the Sea of Japan": both.)
        if (row.splashdown.sea.isEmpty())
            row.splashdown.sea = told.splashdown.sea;
        if (row.splashdown.eez.isEmpty())
            row.splashdown.eez = told.splashdown.eez;
        row.splashdown.land = row.splashdown.land || told.splashdown.land;
    }
    if (row.claimant.isEmpty())
        row.claimant = told.claimant;
    row.evidence += told.evidence;
    row.conflicts += told.conflicts;
}

} // namespace atlas::launch
