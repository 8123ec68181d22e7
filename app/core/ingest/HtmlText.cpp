#include "ingest/HtmlText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace atlas {

namespace {

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> table = {
        {QStringLiteral("amp"), u'&'},       {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},        {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},     {QStringLiteral("nbsp"), u' '},
        {QStringLiteral("ndash"), 0x2013},   {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("lsquo"), 0x2018},   {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("sbquo"), 0x201A},   {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},   {QStringLiteral("bdquo"), 0x201E},
        {QStringLiteral("hellip"), 0x2026},  {QStringLiteral("middot"), 0x00B7},
        {QStringLiteral("bull"), 0x2022},    {QStringLiteral("copy"), 0x00A9},
        {QStringLiteral("reg"), 0x00AE},     {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("deg"), 0x00B0},     {QStringLiteral("times"), 0x00D7},
        {QStringLiteral("laquo"), 0x00AB},   {QStringLiteral("raquo"), 0x00BB},
        {QStringLiteral("shy"), 0x00AD},     {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("ensp"), 0x2002},    {QStringLiteral("emsp"), 0x2003},
        {QStringLiteral("eacute"), 0x00E9},  {QStringLiteral("Eacute"), 0x00C9},
        {QStringLiteral("egrave"), 0x00E8},  {QStringLiteral("aacute"), 0x00E1},
        {QStringLiteral("agrave"), 0x00E0},  {QStringLiteral("ouml"), 0x00F6},
        {QStringLiteral("uuml"), 0x00FC},    {QStringLiteral("auml"), 0x00E4},
        {QStringLiteral("ccedil"), 0x00E7},  {QStringLiteral("ntilde"), 0x00F1},
        {QStringLiteral("iacute"), 0x00ED},  {QStringLiteral("oacute"), 0x00F3},
        {QStringLiteral("uacute"), 0x00FA},  {QStringLiteral("euro"), 0x20AC},
        {QStringLiteral("pound"), 0x00A3},   {QStringLiteral("yen"), 0x00A5},
        {QStringLiteral("cent"), 0x00A2},    {QStringLiteral("sect"), 0x00A7},
        {QStringLiteral("para"), 0x00B6},    {QStringLiteral("frac12"), 0x00BD},
        {QStringLiteral("minus"), 0x2212},   {QStringLiteral("prime"), 0x2032},
    };
    return table;
}

// Elements whose content is never shown (or would be fetched/run).
bool isHiddenElement(const QString &name)
{
    static const QSet<QString> hidden = {
        QStringLiteral("script"), QStringLiteral("style"),  QStringLiteral("template"),
        QStringLiteral("noscript"), QStringLiteral("svg"),  QStringLiteral("math"),
        QStringLiteral("iframe"), QStringLiteral("object"), QStringLiteral("canvas"),
        QStringLiteral("select"), QStringLiteral("textarea"), QStringLiteral("head"),
    };
    return hidden.contains(name);
}

// Elements that start a new line; paragraph-like ones leave a blank line.
int blockBreak(const QString &name)
{
    static const QSet<QString> paragraphs = {
        QStringLiteral("p"),  QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("blockquote"),
        QStringLiteral("pre"), QStringLiteral("table"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("figure"), QStringLiteral("hr"), QStringLiteral("article"), QStringLiteral("section"),
    };
    static const QSet<QString> lines = {
        QStringLiteral("br"), QStringLiteral("div"), QStringLiteral("li"), QStringLiteral("tr"),
        QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("main"), QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("address"),
        QStringLiteral("figcaption"), QStringLiteral("form"), QStringLiteral("dl"), QStringLiteral("caption"),
        QStringLiteral("time"), QStringLiteral("body"), QStringLiteral("html"), QStringLiteral("title"),
    };
    if (paragraphs.contains(name))
        return 2;
    if (lines.contains(name))
        return 1;
    return 0;
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

// Builds the visible text: collapses white space and merges line breaks.
class TextSink {
public:
    void addText(QStringView s, bool pre)
    {
        for (const QChar c : s) {
            if (pre) {
                if (c == u'\r')
                    continue;
                if (c == u'\n') {
                    m_out += u'\n';
                    m_pendingSpace = false;
                    continue;
                }
                flushSpace();
                m_out += c;
            } else if (isSpace(c) || c == QChar(0xA0)) {
                m_pendingSpace = !m_out.isEmpty() && !m_out.endsWith(u'\n');
            } else {
                flushSpace();
                m_out += c;
            }
        }
    }
    void addBreak(int lines)
    {
        m_pendingSpace = false;
        if (m_out.isEmpty())
            return;
        int have = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n' && have < 2; --i)
            ++have;
        while (have < lines) {
            m_out += u'\n';
            ++have;
        }
    }
    QString take()
    {
        while (m_out.endsWith(u'\n') || m_out.endsWith(u' '))
            m_out.chop(1);
        return m_out;
    }

private:
    void flushSpace()
    {
        if (m_pendingSpace)
            m_out += u' ';
        m_pendingSpace = false;
    }
    QString m_out;
    bool m_pendingSpace = false;
};

QString collapse(const QString &s)
{
    return HtmlText::decodeEntities(s).simplified();
}

struct Tag {
    QString name;     // lower case, no '/'
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes; // names lower case; values raw (entities not decoded)
    qsizetype end = 0; // index just past '>'
};

// Where the page's furniture is open: <nav>, <aside>, <header>, <footer>, and any
// element whose class or id names a menu or a list of other pages ("related",
// "sidebar", "most-read" ...). Elements of the same name inside one are counted,
// so that only its own end tag closes it.
class PageFurniture {
public:
    void note(const Tag &tag)
    {
        if (tag.selfClosing)
            return;
        if (!m_open.isEmpty() && tag.name == m_open.last().name) {
            if (!tag.closing) {
                ++m_open.last().nested;
            } else if (m_open.last().nested > 0) {
                --m_open.last().nested;
            } else {
                m_open.removeLast();
            }
            return;
        }
        if (!tag.closing && isFurniture(tag))
            m_open.append({tag.name, 0});
    }
    bool inside() const { return !m_open.isEmpty(); }

private:
    static bool isFurniture(const Tag &tag)
    {
        static const QSet<QString> elements{QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("header"),
                                            QStringLiteral("footer")};
        if (elements.contains(tag.name))
            return true;
        static const QRegularExpression names(QStringLiteral(
            "related|sidebar|menu|(?:^|[\\s_-])nav|popular|most[\\s_-]?read|trending|breadcrumb|share|recommend|more[\\s_-]|"
            "latest|headlines|topics|tags|footer|header"),
            QRegularExpression::CaseInsensitiveOption);
        const QString cls = tag.attributes.value(QStringLiteral("class")) + u' ' + tag.attributes.value(QStringLiteral("id"));
        return cls.size() > 1 && names.match(cls).hasMatch();
    }
    struct Open {
        QString name;
        int nested;
    };
    QVector<Open> m_open;
};


// Parses the tag at html[pos] == '<'. Returns false when it is not a tag
// (a lone '<' in text), in which case the '<' is text.
bool parseTag(const QString &html, qsizetype pos, Tag *tag)
{
    const qsizetype n = html.size();
    qsizetype i = pos + 1;
    if (i < n && html.at(i) == u'/') {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && (html.at(i).isLetterOrNumber() || html.at(i) == u'-' || html.at(i) == u':'))
        ++i;
    if (i == nameStart || !html.at(nameStart).isLetter())
        return false;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    // Attributes: name, optional = value (quoted or bare). A '>' inside quotes
    // does not end the tag.
    while (i < n) {
        while (i < n && (isSpace(html.at(i)) || html.at(i) == u'/')) {
            if (html.at(i) == u'/')
                tag->selfClosing = true;
            ++i;
        }
        if (i >= n)
            break;
        if (html.at(i) == u'>') {
            tag->end = i + 1;
            return true;
        }
        tag->selfClosing = false;
        const qsizetype attrStart = i;
        while (i < n && !isSpace(html.at(i)) && html.at(i) != u'=' && html.at(i) != u'>'
               && html.at(i) != u'/')
            ++i;
        const QString attrName = html.mid(attrStart, i - attrStart).toLower();
        if (i == attrStart)
            ++i; // a stray character: skip it so the loop always advances
        while (i < n && isSpace(html.at(i)))
            ++i;
        QString value;
        if (i < n && html.at(i) == u'=') {
            ++i;
            while (i < n && isSpace(html.at(i)))
                ++i;
            if (i < n && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype close = html.indexOf(quote, i + 1);
                if (close < 0) {
                    tag->end = n;
                    return true;
                }
                value = html.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype vStart = i;
                while (i < n && !isSpace(html.at(i)) && html.at(i) != u'>')
                    ++i;
                value = html.mid(vStart, i - vStart);
            }
        }
        if (!attrName.isEmpty())
            tag->attributes.insert(attrName, value);
    }
    tag->end = n; // unterminated tag: the rest of the page is inside it
    return true;
}

bool isPublishedMeta(const Tag &tag)
{
    static const QSet<QString> keys = {
        QStringLiteral("article:published_time"), QStringLiteral("datepublished"),
        QStringLiteral("pubdate"), QStringLiteral("publishdate"), QStringLiteral("date"),
        QStringLiteral("dc.date"), QStringLiteral("dc.date.issued"), QStringLiteral("og:published_time"),
        QStringLiteral("sailthru.date"), QStringLiteral("parsely-pub-date"),
        // Government and academic pages: Dublin Core's terms and Highwire's citation tags.
        QStringLiteral("dc.date.created"), QStringLiteral("dcterms.created"), QStringLiteral("dcterms.issued"),
        QStringLiteral("dcterms.date"), QStringLiteral("citation_publication_date"), QStringLiteral("citation_date"),
    };
    for (const char *attr : {"property", "name", "itemprop"}) {
        const QString v = tag.attributes.value(QLatin1String(attr)).toLower();
        if (!v.isEmpty() && keys.contains(v))
            return true;
    }
    return false;
}

} // namespace

QString HtmlText::decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            continue;
        }
        // Entities are short: look at most 32 characters ahead for the ';'.
        qsizetype semi = -1;
        for (qsizetype j = i + 1; j < n && j <= i + 32; ++j) {
            const QChar d = text.at(j);
            if (d == u';') {
                semi = j;
                break;
            }
            if (!d.isLetterOrNumber() && d != u'#')
                break;
        }
        if (semi < 0) {
            out += c;
            continue;
        }
        const QStringView body = QStringView(text).mid(i + 1, semi - i - 1);
        char32_t cp = 0;
        bool ok = false;
        if (body.startsWith(u'#')) {
            if (body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X'))
                cp = body.mid(2).toUInt(&ok, 16);
            else
                cp = body.mid(1).toUInt(&ok, 10);
            if (ok && (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
                cp = 0xFFFD;
            // Numeric references in 0x80-0x9F mean Windows-1252 in practice.
            if (ok && cp >= 0x80 && cp < 0xA0) {
                static const char16_t high[32] = {
                    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
                cp = high[cp - 0x80];
            }
        } else {
            const auto it = namedEntities().constFind(body.toString());
            if (it != namedEntities().constEnd()) {
                cp = it.value();
                ok = true;
            }
        }
        if (!ok) {
            out += c;
            continue;
        }
        const char32_t one[1] = {cp};
        out += QString::fromUcs4(one, 1);
        i = semi;
    }
    return out;
}

bool HtmlText::looksLikeHtml(const QString &text)
{
    const QStringView head = QStringView(text).left(1024).trimmed();
    return head.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive)
        || head.startsWith(QLatin1String("<html"), Qt::CaseInsensitive);
}

HtmlDocument HtmlText::extract(const QString &html)
{
    HtmlDocument doc;
    TextSink sink;
    const qsizetype n = html.size();
    qsizetype i = 0;
    int preDepth = 0;
    PageFurniture furniture;
    QString capture;          // text of <title> or the first <h1> while inside them
    QString capturing;        // "title" or "h1"
    QString titleText;
    QString h1Text;
    qsizetype textStart = 0;

    auto flushText = [&](qsizetype end) {
        if (end <= textStart)
            return;
        const QString raw = html.mid(textStart, end - textStart);
        if (!capturing.isEmpty())
            capture += raw;
        if (capturing != QLatin1String("title"))
            sink.addText(decodeEntities(raw), preDepth > 0);
    };

    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0) {
            flushText(n);
            break;
        }
        if (html.mid(lt, 4) == QLatin1String("<!--")) {
            flushText(lt);
            const qsizetype close = html.indexOf(QLatin1String("-->"), lt + 4);
            i = close < 0 ? n : close + 3;
            textStart = i;
            continue;
        }
        if (lt + 1 < n && (html.at(lt + 1) == u'!' || html.at(lt + 1) == u'?')) {
            // <!DOCTYPE …>, <![CDATA[ … ]]>, <?xml … ?>: declarations, not text.
            flushText(lt);
            const qsizetype close = html.indexOf(u'>', lt + 2);
            i = close < 0 ? n : close + 1;
            textStart = i;
            continue;
        }
        Tag tag;
        if (!parseTag(html, lt, &tag)) {
            i = lt + 1; // a lone '<' is text; it stays in the current run
            continue;
        }
        flushText(lt);
        i = tag.end;
        textStart = i;

        if (tag.name == QLatin1String("meta") && doc.publishedMeta.isEmpty() && isPublishedMeta(tag))
            doc.publishedMeta = decodeEntities(tag.attributes.value(QStringLiteral("content"))).trimmed();
        if (tag.name == QLatin1String("title") && !tag.closing) {
            capturing = QStringLiteral("title");
            capture.clear();
            continue;
        }
        if (tag.name == QLatin1String("title") && tag.closing && capturing == QLatin1String("title")) {
            if (titleText.isEmpty())
                titleText = collapse(capture);
            capturing.clear();
            continue;
        }
        if (isHiddenElement(tag.name) && !tag.closing && !tag.selfClosing) {
            // <head> is hidden except for its <title>, handled above: its other
            // children are elements, never text. The content of the others is raw
            // ("a<b" in a script is not a tag), so only the literal end tag counts.
            if (tag.name == QLatin1String("head"))
                continue;
            const qsizetype close =
                html.indexOf(QLatin1String("</") + tag.name, i, Qt::CaseInsensitive);
            const qsizetype gt = close < 0 ? -1 : html.indexOf(u'>', close);
            i = gt < 0 ? n : gt + 1;
            textStart = i;
            continue;
        }
        if (tag.name == QLatin1String("h1")) {
            if (!tag.closing && h1Text.isEmpty() && capturing.isEmpty()) {
                capturing = QStringLiteral("h1");
                capture.clear();
            } else if (tag.closing && capturing == QLatin1String("h1")) {
                h1Text = collapse(capture);
                capturing.clear();
            }
        }
        if (tag.name == QLatin1String("pre"))
            preDepth = qMax(0, preDepth + (tag.closing ? -1 : 1));
        const int lines = blockBreak(tag.name);
        if (lines > 0)
            sink.addBreak(tag.name == QLatin1String("br") ? 1 : lines);
        furniture.note(tag);
        // A list item keeps the bullet a browser shows before it: "• 4 July 2017 –
        // Hwasong-14 ..." reads as a list item (a note-form launch), as in plain text.
        // (Not in the page's furniture: a menu's or a related-links list's items are
        // headlines of other pages, not the article's list.)
        if (tag.name == QLatin1String("li") && !tag.closing && !tag.selfClosing && preDepth == 0 && !furniture.inside())
            sink.addText(u"\u2022 ", false);
        else if (tag.name == QLatin1String("td") || tag.name == QLatin1String("th"))
            sink.addText(u" ", false);
    }
    doc.text = sink.take();
    doc.title = !h1Text.isEmpty() ? h1Text : titleText;
    return doc;
}

} // namespace atlas
