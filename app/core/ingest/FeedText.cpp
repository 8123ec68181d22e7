#include "ingest/FeedText.h"

#include <QRegularExpression>

namespace atlas {
namespace {

struct Element {
    QString attributes; // the start tag's attribute text
    QString raw;        // the content as written, CDATA markers removed
    bool found = false;
};

// The first <name ...>...</name> inside xml[from, to), by literal tag name
// ("content:encoded" included); the name must end at a space, '>' or '/'.
Element element(const QString &xml, qsizetype from, qsizetype to, QLatin1String name)
{
    Element e;
    const QString open = QLatin1String("<") + name;
    for (qsizetype at = xml.indexOf(open, from, Qt::CaseInsensitive); at >= 0 && at < to;
         at = xml.indexOf(open, at + 1, Qt::CaseInsensitive)) {
        const qsizetype after = at + open.size();
        if (after >= xml.size())
            return e;
        const QChar c = xml.at(after);
        if (c != u'>' && c != u' ' && c != u'/' && c != u'\t' && c != u'\n')
            continue; // "<updatedBy>" is not "<updated>"
        const qsizetype gt = xml.indexOf(u'>', after);
        if (gt < 0 || gt >= to)
            return e;
        e.attributes = xml.mid(after, gt - after);
        e.found = true;
        if (xml.at(gt - 1) == u'/')
            return e; // <content src="..."/>: nothing inline
        const QString close = QLatin1String("</") + name;
        const qsizetype end = xml.indexOf(close, gt + 1, Qt::CaseInsensitive);
        QString raw = xml.mid(gt + 1, (end < 0 || end > to ? to : end) - gt - 1).trimmed();
        if (raw.startsWith(QLatin1String("<![CDATA[")) && raw.endsWith(QLatin1String("]]>")))
            raw = raw.mid(9, raw.size() - 12); // CDATA holds the HTML unescaped
        else
            raw = HtmlText::decodeEntities(raw); // the XML's own escaping, undone once
        e.raw = raw;
        return e;
    }
    return e;
}

// The text of an element's HTML (or plain text): tags and entities read as a page.
QString visibleText(const QString &html)
{
    return HtmlText::extract(html).text.trimmed();
}

} // namespace

bool FeedText::looksLikeFeed(const QString &text)
{
    QStringView head = QStringView(text).left(2048).trimmed();
    if (head.startsWith(QLatin1String("<?xml"))) {
        const qsizetype close = head.indexOf(QLatin1String("?>"));
        head = close < 0 ? QStringView() : head.mid(close + 2).trimmed();
    }
    while (head.startsWith(QLatin1String("<!--")) || head.startsWith(QLatin1String("<?"))) {
        const qsizetype close = head.indexOf(u'>');
        head = close < 0 ? QStringView() : head.mid(close + 1).trimmed();
    }
    return head.startsWith(QLatin1String("<feed")) || head.startsWith(QLatin1String("<rss"))
        || head.startsWith(QLatin1String("<rdf:RDF"));
}

HtmlDocument FeedText::extract(const QString &xml)
{
    HtmlDocument doc;
    // The first entry; a feed without one is read as a page.
    qsizetype start = -1;
    QLatin1String entryName("entry");
    for (const QLatin1String name : {QLatin1String("entry"), QLatin1String("item")}) {
        const Element probe = element(xml, 0, xml.size(), name);
        if (probe.found) {
            start = xml.indexOf(QLatin1String("<") + name, 0, Qt::CaseInsensitive);
            entryName = name;
            break;
        }
    }
    if (start < 0)
        return HtmlText::extract(xml);
    qsizetype end = xml.indexOf(QLatin1String("</") + entryName, start, Qt::CaseInsensitive);
    if (end < 0)
        end = xml.size();

    const Element title = element(xml, start, end, QLatin1String("title"));
    doc.title = visibleText(title.raw).simplified();
    for (const char *name : {"published", "pubDate", "dc:date", "issued", "updated", "modified"}) {
        const Element d = element(xml, start, end, QLatin1String(name));
        if (d.found && !d.raw.trimmed().isEmpty()) {
            doc.publishedMeta = d.raw.trimmed();
            break;
        }
    }
    QString body;
    for (const char *name : {"content:encoded", "content", "description", "summary"}) {
        const Element b = element(xml, start, end, QLatin1String(name));
        if (b.found && !b.raw.trimmed().isEmpty()) {
            body = visibleText(b.raw);
            break;
        }
    }
    doc.text = doc.title.isEmpty() ? body : doc.title + QLatin1String("\n\n") + body;
    doc.text += u'\n';
    return doc;
}

} // namespace atlas
