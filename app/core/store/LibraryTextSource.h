#pragma once
// Article texts kept in a library file, given back one at a time: the text
// source of a catalog assembled from the library (model/ArticleTextSource.h).
//
// A Library object is one connection, usable only on the thread that opened
// it, while a catalog travels from the import's thread to the GUI's. So every
// call opens its own short-lived connection to the file (a few hundred
// microseconds; WAL lets it read while an import writes) and closes it again:
// the source can be used from any thread and holds nothing between calls.
#include "model/ArticleTextSource.h"

namespace atlas {

class LibraryTextSource final : public ArticleTextSource {
public:
    explicit LibraryTextSource(QString libraryPath) : m_path(std::move(libraryPath)) {}

    QString libraryPath() const { return m_path; }
    QString text(const QString &articleId) const override;
    void visitTextsContaining(const QString &phrase, const TextVisitor &visit) const override;

private:
    QString m_path;
};

} // namespace atlas
