#include "store/LibraryTextSource.h"

#include "store/Library.h"

namespace atlas {

namespace {
// A reading connection: no integrity check (the library was checked when the
// window opened it), never creating a file that has gone.
Library::OpenOptions readingOptions()
{
    Library::OpenOptions o;
    o.checkIntegrity = false;
    o.create = false;
    return o;
}
} // namespace

QString LibraryTextSource::text(const QString &articleId) const
{
    Library library;
    if (!library.open(m_path, readingOptions()))
        return {};
    return library.articleText(articleId);
}

void LibraryTextSource::visitTextsContaining(const QString &phrase, const TextVisitor &visit) const
{
    Library library;
    if (!library.open(m_path, readingOptions()))
        return;
    // The candidates first, then their texts one by one: never more than one
    // text in memory, and SQLite's sorter never holds texts.
    const QStringList ids = library.articlesMaybeContaining(phrase);
    for (const QString &id : ids) {
        const QString text = library.articleText(id);
        if (!text.isNull() && !visit(id, text))
            return;
    }
}

} // namespace atlas
