#pragma once
// Turns a file (or bytes) into an Article: decodes the text, normalises line
// ends, picks a title. Refuses what is not an article with a reason a user can
// act on. Publication dates are found later by ingest/PublicationDateDetector.
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

private:
    Options m_options;
};

} // namespace atlas
