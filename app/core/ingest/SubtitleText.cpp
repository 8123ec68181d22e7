#include "ingest/SubtitleText.h"

#include <QRegularExpression>
#include <QStringList>

namespace atlas::SubtitleText {

namespace {
// "00:00:07,900 --> 00:00:11,600" (SubRip), "00:07.900 --> 00:11.600 align:start" (WebVTT).
const QRegularExpression &timecodeLine()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[,.]\\d{1,3}\\s+-->\\s+(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[,.]\\d{1,3}(?:\\s.*)?$"));
    return re;
}

bool isCueNumber(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 6)
        return false;
    for (QChar c : t)
        if (!c.isDigit())
            return false;
    return true;
}
} // namespace

bool looksLikeSubtitles(const QString &text)
{
    if (!text.contains(QLatin1String("-->")))
        return false;
    int timecodes = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.contains(QLatin1String("-->")) && timecodeLine().match(line).hasMatch() && ++timecodes >= 2)
            return true;
    }
    return false;
}

QString extract(const QString &text)
{
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QString out;
    out.reserve(text.size());
    // Lines before the first cue (a title, a note on the file) stay lines of their own.
    int first = 0;
    while (first < lines.size() && !(lines.at(first).contains(QLatin1String("-->")) && timecodeLine().match(lines.at(first)).hasMatch()))
        ++first;
    int headEnd = first;
    if (headEnd > 0 && isCueNumber(lines.at(headEnd - 1)))
        --headEnd;
    bool headNote = false; // a WebVTT NOTE block, up to the next blank line
    for (int i = 0; i < headEnd; ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            headNote = false;
            continue;
        }
        headNote = headNote || line.startsWith(QLatin1String("NOTE")) || line.startsWith(QLatin1String("STYLE"));
        if (headNote || line.startsWith(QLatin1String("WEBVTT")))
            continue;
        out += line;
        out += u'\n';
    }
    if (!out.isEmpty())
        out += u'\n';
    const int bodyFrom = out.size();
    bool inNote = false;
    for (int i = headEnd; i < lines.size(); ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            inNote = false;
            continue;
        }
        if (inNote)
            continue;
        if (line == QLatin1String("WEBVTT") || line.startsWith(QLatin1String("WEBVTT "))
            || line.startsWith(QLatin1String("NOTE")) || line.startsWith(QLatin1String("STYLE"))) {
            inNote = !line.startsWith(QLatin1String("WEBVTT"));
            continue;
        }
        // A cue number is the line before a timecode.
        if (isCueNumber(line) && i + 1 < lines.size() && timecodeLine().match(lines.at(i + 1)).hasMatch())
            continue;
        if (line.contains(QLatin1String("-->")) && timecodeLine().match(line).hasMatch())
            continue;
        if (out.size() > bodyFrom)
            out += u' ';
        out += line;
    }
    return out;
}

} // namespace atlas::SubtitleText
