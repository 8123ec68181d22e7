#include "ingest/MarkdownText.h"

#include "ingest/HtmlText.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace atlas {

namespace {

bool isRule(QStringView line)
{
    // "---", "***", "___" (three or more, spaces allowed between).
    const QStringView t = line.trimmed();
    if (t.size() < 3)
        return false;
    const QChar mark = t.at(0);
    if (mark != u'-' && mark != u'*' && mark != u'_')
        return false;
    int count = 0;
    for (const QChar c : t) {
        if (c == mark)
            ++count;
        else if (c != u' ')
            return false;
    }
    return count >= 3;
}

bool isSetextUnderline(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return false;
    for (const QChar c : t) {
        if (c != u'=' && c != u'-')
            return false;
    }
    return true;
}

// "[id]: http://…" reference definitions carry no prose.
bool isReferenceDefinition(QStringView line)
{
    const QStringView t = line.trimmed();
    if (!t.startsWith(u'['))
        return false;
    const qsizetype close = t.indexOf(QLatin1String("]:"));
    return close > 1;
}

// Removes a list or quote marker: "- ", "* ", "+ ", "1. ", "1) ", "> ". A list
// item's marker is given back as a rendered page shows it ("\u2022 ", "1. "), so
// that its item reads as one in plain text ("\u2022 2026-01-04: several missiles").
QStringView stripBlockMarkers(QStringView line, QString *listMarker)
{
    QStringView t = line;
    listMarker->clear();
    while (true) {
        const QStringView trimmed = t.trimmed();
        if (trimmed.startsWith(u'>')) {
            t = trimmed.mid(1);
            continue;
        }
        if (trimmed.size() >= 2 && (trimmed.at(0) == u'-' || trimmed.at(0) == u'*' || trimmed.at(0) == u'+')
            && trimmed.at(1) == u' ') {
            *listMarker = QStringLiteral("\u2022 ");
            return trimmed.mid(2);
        }
        qsizetype digits = 0;
        while (digits < trimmed.size() && digits < 9 && trimmed.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits + 1 < trimmed.size()
            && (trimmed.at(digits) == u'.' || trimmed.at(digits) == u')') && trimmed.at(digits + 1) == u' ') {
            *listMarker = trimmed.left(digits + 2).toString();
            return trimmed.mid(digits + 2);
        }
        return trimmed;
    }
}

QString frontMatterValue(QStringView line, QLatin1String key)
{
    if (!line.startsWith(key, Qt::CaseInsensitive))
        return {};
    QString v = line.mid(key.size()).trimmed().toString();
    if (v.size() >= 2 && (v.startsWith(u'"') || v.startsWith(u'\'')) && v.endsWith(v.at(0)))
        v = v.mid(1, v.size() - 2);
    return v;
}

// "2026-09-15T19:40:00+09:00", "2026/09/15", "15 September 2026", "Sep 15, 2026":
// a figure and a date's separator or a month's name.
bool looksLikeDate(const QString &v)
{
    static const QRegularExpression date(QStringLiteral(
        "^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|"
        "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
        QRegularExpression::CaseInsensitiveOption);
    return date.match(v).hasMatch();
}

// Links and images are short; looking no further than this keeps a 10 MB line
// full of '[' linear rather than quadratic.
constexpr qsizetype kLinkWindow = 2048;

qsizetype indexNear(QStringView line, QStringView what, qsizetype from)
{
    const qsizetype hit = line.mid(from, kLinkWindow).indexOf(what);
    return hit < 0 ? -1 : from + hit;
}

} // namespace

QString MarkdownText::stripInline(QStringView line)
{
    QString out;
    out.reserve(line.size());
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < n && line.at(i + 1).isPunct()) {
            out += line.at(++i); // an escaped mark is a literal character
            continue;
        }
        if (c == u'!' && i + 1 < n && line.at(i + 1) == u'[') {
            // An image: its alt text is not prose; drop the whole construct.
            const qsizetype close = indexNear(line, u"](", i + 2);
            const qsizetype paren = close < 0 ? -1 : indexNear(line, u")", close + 2);
            if (paren > 0) {
                i = paren;
                continue;
            }
        }
        if (c == u'[') {
            const qsizetype close = indexNear(line, u"]", i + 1);
            if (close > 0 && close + 1 < n && (line.at(close + 1) == u'(' || line.at(close + 1) == u'[')) {
                const QStringView endMark = line.at(close + 1) == u'(' ? QStringView(u")") : QStringView(u"]");
                const qsizetype end = indexNear(line, endMark, close + 2);
                if (end > 0) {
                    out += stripInline(line.mid(i + 1, close - i - 1));
                    i = end;
                    continue;
                }
            }
        }
        if (c == u'<' && i + 1 < n && (line.at(i + 1).isLetter() || line.at(i + 1) == u'/')) {
            // Inline HTML ("<sup>[19]</sup>", "<br>"), which Markdown lets through:
            // a tag is markup, not prose; a line break between words is a space.
            const qsizetype close = indexNear(line, u">", i + 1);
            const QStringView tag = close > 0 ? line.mid(i + 1, close - i - 1) : QStringView();
            qsizetype k = tag.startsWith(u'/') ? 1 : 0;
            const qsizetype nameFrom = k;
            while (k < tag.size() && tag.at(k).isLetterOrNumber() && tag.at(k).unicode() < 128)
                ++k;
            const bool isTag = close > 0 && k > nameFrom && tag.at(nameFrom).isLetter()
                && (k == tag.size() || tag.at(k).isSpace() || tag.at(k) == u'/') && !tag.contains(u'<');
            if (isTag) {
                if (tag.mid(nameFrom, k - nameFrom).compare(QLatin1String("br"), Qt::CaseInsensitive) == 0)
                    out += u' ';
                i = close;
                continue;
            }
        }
        if (c == u'`')
            continue;
        if (c == u'*' || c == u'~') {
            // Emphasis marks. A lone '*' between spaces ("5 * 3") is kept, and a
            // '~' before a figure is "about" ("~1,100 km"), not a strikethrough.
            const bool spaceBefore = i == 0 || line.at(i - 1).isSpace();
            const bool spaceAfter = i + 1 >= n || line.at(i + 1).isSpace();
            const bool approximate = c == u'~' && i + 1 < n && line.at(i + 1).isDigit()
                && (i == 0 || (!line.at(i - 1).isLetterOrNumber() && line.at(i - 1) != u'~'));
            if (!(spaceBefore && spaceAfter) && !approximate)
                continue;
        }
        if (c == u'_') {
            // "_word_" is emphasis; "snake_case" keeps its underscore.
            const bool wordBefore = i > 0 && line.at(i - 1).isLetterOrNumber();
            const bool wordAfter = i + 1 < n && line.at(i + 1).isLetterOrNumber();
            if (!(wordBefore && wordAfter))
                continue;
        }
        out += c;
    }
    return out;
}

MarkdownDocument MarkdownText::extract(const QString &markdown)
{
    MarkdownDocument doc;
    QString out;
    out.reserve(markdown.size());
    const QList<QStringView> lines = QStringView(markdown).split(u'\n');
    qsizetype first = 0;
    // YAML front matter: "---" on the first line up to the next "---".
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        QString publishedKey;
        for (qsizetype j = 1; j < lines.size() && j < 200; ++j) {
            const QStringView l = lines.at(j).trimmed();
            if (l == QLatin1String("---") || l == QLatin1String("...")) {
                first = j + 1;
                break;
            }
            if (doc.title.isEmpty())
                doc.title = frontMatterValue(l, QLatin1String("title:"));
            // Static-site generators' keys for when a post was published: Hugo's
            // "publishDate", Jekyll plug-ins' "published", feeds' "pubDate" ... win
            // over "date" (Hugo's is the post's creation); their value must read as
            // a date ("published: true" or "published: 1" is a switch).
            // (A newsletter's front matter says when it was "sent:".)
            for (const char *key : {"published:", "publishdate:", "pubdate:", "published_at:", "publish_date:", "sent:", "posted:"}) {
                const QString v = frontMatterValue(l, QLatin1String(key));
                if (publishedKey.isEmpty() && looksLikeDate(v))
                    publishedKey = v;
            }
            if (doc.publishedMeta.isEmpty())
                doc.publishedMeta = frontMatterValue(l, QLatin1String("date:"));
        }
        if (!publishedKey.isEmpty())
            doc.publishedMeta = publishedKey;
        if (first == 0) { // never closed: not front matter after all
            doc.title.clear();
            doc.publishedMeta.clear();
        }
    }
    bool inFence = false;
    for (qsizetype j = first; j < lines.size(); ++j) {
        QStringView line = lines.at(j);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            out += u'\n';
            continue;
        }
        if (inFence) {
            out += line;
            out += u'\n';
            continue;
        }
        if (isRule(line) || isReferenceDefinition(line)
            || (isSetextUnderline(line) && j > first && !lines.at(j - 1).trimmed().isEmpty())) {
            out += u'\n';
            continue;
        }
        QString listMarker;
        QStringView body = stripBlockMarkers(line, &listMarker);
        bool heading = false;
        const QStringView bt = body.trimmed();
        if (bt.startsWith(u'#')) {
            qsizetype hashes = 0;
            while (hashes < bt.size() && bt.at(hashes) == u'#')
                ++hashes;
            if (hashes <= 6 && (hashes == bt.size() || bt.at(hashes) == u' ')) {
                body = bt.mid(hashes).trimmed();
                while (body.endsWith(u'#'))
                    body.chop(1);
                body = body.trimmed();
                heading = hashes == 1;
            }
        }
        const QString plain = HtmlText::decodeEntities(stripInline(body));
        if (heading && doc.title.isEmpty())
            doc.title = plain.simplified();
        if (!plain.trimmed().isEmpty())
            out += listMarker;
        out += plain;
        out += u'\n';
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    doc.text = out;
    return doc;
}

} // namespace atlas
