#pragma once
// The visible text of an HTML page, as a reader would see it with scripts and
// remote content off: no <script>, <style>, <template>, <noscript>, <svg> or
// comments; entities decoded; block elements (p, div, h1-h6, li, br, tr …)
// become line breaks; runs of white space collapse as a browser collapses them
// (kept inside <pre>). Nothing is ever fetched: images, frames and links are
// dropped, never followed.
//
// A small hand-written scanner rather than an XML parser: real pages are not
// well-formed, and one pass over the bytes keeps a 10 MB page linear in time.
#include <QString>

namespace atlas {

struct HtmlDocument {
    QString text;            // visible text, \n line ends, blank line between blocks
    QString title;           // the first <h1>, else <title>; white space collapsed
    QString publishedMeta;   // content of a <meta> publication-date tag, as written
};

class HtmlText {
public:
    static HtmlDocument extract(const QString &html);
    // Whether text looks like HTML although its file name does not say so.
    static bool looksLikeHtml(const QString &text);
    // "&amp;" -> "&", "&#8217;" -> "’"; unknown entities are kept as written.
    static QString decodeEntities(const QString &text);
};

} // namespace atlas
