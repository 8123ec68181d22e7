// List items in note form read as launches (see LaunchNoteItems.h).
#include "extract/LaunchNoteItems.h"

#include <QRegularExpression>
#include <algorithm>

namespace atlas {

LaunchCue noteItemCue(const QString &text, int start, int end)
{
    int i = start;
    while (i < end && text.at(i).isSpace())
        ++i;
    if (i >= end)
        return {};
    // The marker opens the item, or stands before it on its line (the splitter may
    // start the sentence after it).
    int lineStart = start;
    while (lineStart > 0 && start - lineStart < 8 && text.at(lineStart - 1) != QLatin1Char('\n'))
        --lineStart;
    if (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
        lineStart = start; // a long way into its line: no marker before
    const QString before = text.mid(lineStart, start - lineStart).trimmed();
    static const QRegularExpression marker(QStringLiteral("^(?:\\([a-zA-Z0-9]{1,2}\\)|[a-zA-Z0-9]{1,2}[.)]|[-*\u2022\u2013])(?:\\s|$)"));
    if (before.isEmpty()) {
        const QChar first = text.at(i);
        if (first != QLatin1Char('(') && first != QLatin1Char('-') && first != QLatin1Char('*') && first != QChar(0x2022)
            && first != QChar(0x2013) && !first.isLetterOrNumber())
            return {};
        if (!marker.match(QStringView(text).mid(i, std::min(6, end - i))).hasMatch())
            return {};
    } else if (!marker.match(before).hasMatch()) {
        return {};
    }
    const QStringView item = QStringView(text).mid(i, end - i);
    if (std::none_of(item.begin(), item.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    static const QRegularExpression abbreviation(QStringLiteral("(?<![\\w-])(?:SRBM|CRBM|MRBM|IRBM|ICBM|SLBM)s?(?![\\w-])"));
    const QRegularExpressionMatch m = abbreviation.match(item);
    if (!m.hasMatch())
        return {};
    LaunchCue cue;
    cue.start = i + int(m.capturedStart());
    cue.end = i + int(m.capturedEnd());
    cue.verb = true;
    cue.note = true;
    // The item's words begin after its marker, when the marker opens the sentence.
    int words = i;
    if (before.isEmpty()) {
        while (words < end && !text.at(words).isSpace())
            ++words;
        while (words < end && text.at(words).isSpace())
            ++words;
    }
    cue.itemStart = words;
    return cue;
}

} // namespace atlas
