#pragma once
// One news article as read from disk, before extraction.
#include <QByteArray>
#include <QDate>
#include <QString>

namespace atlas {

// Where an article's publication date came from, so the user can judge it.
enum class PubDateSource { None, Dateline, Stamp, Banner, Metadata, User };
QString pubDateSourceName(PubDateSource s);       // "dateline", "banner", "user", ...
PubDateSource pubDateSourceFromName(const QString &name);

struct Article {
    QString id;              // stable: derived from the content hash
    QString filePath;        // as imported (":/atlas/articles/..." for bundled ones)
    QString title;           // empty when the first line is not a headline
    QString outlet;          // where known
    QString text;            // the full text, normalised to \n line ends
    QByteArray contentHash;  // SHA-256 of the raw bytes, hex
    QString encoding;        // "UTF-8", "UTF-16LE", "Windows-1252", ...
    QDate publicationDate;   // invalid when none found
    PubDateSource publicationDateSource = PubDateSource::None;
    QString publicationDateText;   // the words it came from
    int publicationDateStart = -1; // span in text, -1 when not from the text
    // The same moment's calendar day in Korea (UTC+9) when the stamp gave a clock
    // time and zone ("12:40 PM EST" on 6 January is 7 January in Seoul); equal to
    // publicationDate otherwise. Weekdays in the text are resolved against it.
    QDate publicationDateKorea;

    QString displayName() const; // title, else the file name
};

} // namespace atlas
