#pragma once
// An Atom or RSS feed saved as a page: the article is its first entry (<entry>,
// <item>), its text in <content>/<content:encoded>/<description>/<summary> as
// escaped HTML ("&lt;p&gt;North Korea said ...") or CDATA, its date in
// <published>/<pubDate>/<dc:date> (else <updated>). Read as a page would be, the
// escaped paragraphs stay literal "<p>" text and the entry's date is lost in the
// feed's furniture; so the entry's HTML is unescaped once and read as HTML.
#include "ingest/HtmlText.h"

#include <QString>

namespace atlas {

class FeedText {
public:
    // An XML document whose root is an Atom <feed>, an RSS <rss> or an RDF feed.
    static bool looksLikeFeed(const QString &text);
    // The first entry: its title, a blank line, its body text; publishedMeta is
    // the entry's date element as written (ISO 8601 or RFC 822).
    static HtmlDocument extract(const QString &xml);
};

} // namespace atlas
