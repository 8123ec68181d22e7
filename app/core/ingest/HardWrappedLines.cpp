#include "ingest/HardWrappedLines.h"

#include <QStringList>
#include <QVector>

#include <algorithm>

namespace atlas {
namespace {

constexpr int kMinWidth = 40;   // narrower is a column of short items, not wrapped prose
constexpr int kMaxWidth = 110;  // wider is one paragraph a line
constexpr int kNearWidth = 14;  // a wrapped line ends within this many characters of the width
constexpr int kMinLines = 8;    // too few lines to tell
constexpr int kSlack = 8;       // a line this close to the width that stops mid-sentence was wrapped

int firstWordLength(const QString &line)
{
    int i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    const int start = i;
    while (i < line.size() && !line[i].isSpace())
        ++i;
    return i - start;
}

// The spaces and tabs a line starts with.
int indentation(const QString &line)
{
    int n = 0;
    while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
        ++n;
    return n;
}

// Where the words of a list item start, past its marker and the spaces after it
// ("1.  North", "- North", "\u2022North"), or -1 when the line is no list item.
int listItemWordsStart(const QString &line)
{
    int i = indentation(line);
    if (i >= line.size())
        return -1;
    const QChar c = line.at(i);
    bool spaceNeeded = true;
    if (c == QChar(0x2022)) {
        ++i;
        spaceNeeded = false;
    } else if (c == u'-' || c == u'*' || c == QChar(0x2013)) {
        ++i;
    } else {
        const int digits = i;
        while (i < line.size() && line.at(i).isDigit())
            ++i;
        if (i == digits || i - digits > 2 || i >= line.size() || (line.at(i) != u'.' && line.at(i) != u')'))
            return -1;
        ++i;
    }
    const int marker = i;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    if (!spaceNeeded)
        return i; // (a bullet alone on its line still opens an item)
    return i > marker && i < line.size() ? i : -1;
}

bool startsItem(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return true;
    const QChar c = t.front();
    return c == u'|' || c == u'#' || c == u'>' || listItemWordsStart(line) >= 0;
}

// "... the launch point." / "... said:" : a sentence or a lead-in ends the line.
bool endsSentence(const QString &t)
{
    int i = int(t.size()) - 1;
    while (i >= 0 && (t[i] == u'"' || t[i] == u')' || t[i] == QChar(0x201D) || t[i] == QChar(0x2019) || t[i] == u'\''))
        --i;
    return i >= 0 && (t[i] == u'.' || t[i] == u'!' || t[i] == u'?' || t[i] == u':');
}

bool hasLowerCase(const QString &line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLower(); });
}

} // namespace

int hardWrapWidth(const QString &text)
{
    QVector<int> lengths;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.contains(u'|')) // a table's row is no prose line
            lengths << int(line.size());
    }
    if (lengths.size() < kMinLines)
        return 0;
    // The width is where most lines end: the narrowest window of kNearWidth
    // characters holding the most line ends has it as its right edge.
    int width = 0;
    qsizetype best = 0;
    for (int w = kMinWidth; w <= kMaxWidth; ++w) {
        const auto near = std::count_if(lengths.begin(), lengths.end(), [&](int n) { return n > w - kNearWidth && n <= w; });
        if (near > best) {
            best = near;
            width = w;
        }
    }
    // Wrapped prose: at least half of the lines end there, and few run past it.
    const auto past = std::count_if(lengths.begin(), lengths.end(), [&](int n) { return n > width + kNearWidth; });
    if (best * 2 < lengths.size() || past * 20 > lengths.size())
        return 0;
    return width;
}

QString unwrapHardWrappedLines(const QString &text)
{
    const int width = hardWrapWidth(text);
    if (width == 0)
        return text;
    QString out = text;
    const QStringList lines = text.split(u'\n');
    qsizetype at = 0; // where the current line starts in text
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QString &line = lines[i];
        const QString &next = lines[i + 1];
        const qsizetype breakAt = at + line.size();
        at = breakAt + 1;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || startsItem(next) || line.size() > width + kNearWidth || trimmed.contains(u'|'))
            continue;
        // "ballis-" / "tic": joinLineBreakHyphens joins a word broken at the line's end.
        if (trimmed.size() >= 2 && trimmed.back() == u'-' && trimmed[trimmed.size() - 2].isLetter())
            continue;
        // The next line's first word would have fitted: the writer broke the line
        // (unless the line is about as long as the width and stops mid-sentence:
        // the width is known only to a few characters).
        if (line.size() + 1 + firstWordLength(next) <= width
            && (line.size() < width - kSlack || endsSentence(trimmed)))
            continue;
        // A next line indented past this one's margin is set apart, not wrapped
        // onto ("Provisional Translation    Ministry of Defense" over a
        // right-aligned "January 6, 2025"): wrapped prose keeps one margin.
        // So is a line indented far past the next one's margin (more than a
        // paragraph's first-line indent): a right-aligned or centred line.
        // (A list item's hanging indent, under the words after its marker, is the
        // item's own margin: "1.  North Korea fired ..." / "    area on ...".)
        const int indent = indentation(line), nextIndent = indentation(next);
        if ((nextIndent > indent + 2 && nextIndent != listItemWordsStart(line)) || (indent >= 12 && indent > nextIndent + 8))
            continue;
        // A line without a word in lower case is a stamp, a name or a heading
        // ("2025.07.24" under an author's line), not more of a sentence.
        if (!hasLowerCase(next) || !hasLowerCase(line))
            continue;
        out[breakAt] = u' ';
    }
    return out;
}

} // namespace atlas
