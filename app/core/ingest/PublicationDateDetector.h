#pragma once
// Finds an article's own publication date and says where it came from.
//
// Only the head of the article is read for datelines ("07 November 2025",
// "SEOUL, Nov. 7, 2025 (Yonhap) --"), bylines ("By X | March 3, 2025") and
// metadata lines ("Date: 2025-07-21"); "Published/Posted/Updated" stamps are
// accepted anywhere. A date inside a body sentence is never the publication
// date. A site's current-date banner ("Today : Nov 08, 2025") is used only
// when nothing else is found, and labelled Banner.
#include "model/Article.h"

#include <QDate>
#include <QString>

namespace atlas {

struct PublicationDate {
    QDate date;       // the calendar day as printed
    QDate koreaDate;  // the same moment's day in Korea (UTC+9); equals date without a zoned time
    PubDateSource source = PubDateSource::None;
    QString text;     // the words it came from
    int start = -1;   // span in the article text
    int end = -1;     // exclusive

    bool isValid() const { return date.isValid(); }
};

class PublicationDateDetector {
public:
    struct Options {
        int headLines = 15;   // datelines, bylines and banners are looked for in these lines...
        int headChars = 1500; // ...and within these characters
        // Lines that cannot outrank the best date found so far are not read
        // (the answer is the same); false reads every line, as the tests'
        // reference does.
        bool skipOutranked = true;
    };

    PublicationDateDetector() = default;
    explicit PublicationDateDetector(Options options) : m_options(options) {}

    PublicationDate detect(const QString &text) const;

    // Sets article.publicationDate* from its text. A date the user set (User) or
    // one the reader took from the file's metadata (Metadata) is left alone.
    // Returns true when the article now has a publication date.
    bool apply(Article &article) const;

private:
    Options m_options;
};

} // namespace atlas
