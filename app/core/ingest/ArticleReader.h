#pragma once
// Turns a file (or bytes) into an Article: decodes the text, strips the markup of
// HTML and Markdown, normalises line ends, picks a title. Refuses what is not an
// article with a reason a user can act on. Publication dates are found later by
// ingest/PublicationDateDetector (a date in HTML <meta> or Markdown front matter
// is kept here, as PubDateSource::Metadata).
//
// Decisions (see ingest/TextDecoder.h):
// - bytes that are not valid UTF-8 and carry no BOM are read as Windows-1252,
//   never refused: that is what such files almost always are, and
//   Article::encoding records the assumption;
// - UTF-16 and UTF-32 need a BOM; without one their NUL bytes make them binary;
// - .txt, .md, .markdown, .html, .htm, .xhtml are read; a file without a suffix
//   is read when its content is text (as HTML when it starts like HTML); any
//   other suffix is refused, by name, before its bytes are read;
// - only regular files are read: a FIFO or a device would block or never end.
#include "model/Article.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace atlas {

struct ReadOutcome {
    std::optional<Article> article; // set on success
    QString problem;                // set on failure: why, in plain words
};

class ArticleReader {
public:
    struct Options {
        qint64 maxBytes = 20 * 1024 * 1024; // larger files are refused, not truncated
    };

    ArticleReader() = default;
    explicit ArticleReader(Options options) : m_options(options) {}

    ReadOutcome readFile(const QString &path) const;
    // nameHint decides the format by suffix (.txt, .md, .html, .htm).
    ReadOutcome readBytes(const QByteArray &bytes, const QString &nameHint) const;

    static bool isSupportedSuffix(const QString &path);
    // A file with no suffix at all is read by content.
    static bool hasNoSuffix(const QString &path);

private:
    Options m_options;
};

} // namespace atlas
