#pragma once
// Where article texts are kept when a catalog does not hold them itself.
//
// A catalog assembled from a library leaves every Article::text empty: ten
// thousand articles' texts as UTF-16 would be the largest part of the memory
// the window uses, and the library keeps them anyway. The catalog then carries
// a source (store/LibraryTextSource) that gives any one text back on demand,
// for the article view, and searches them, for Find. A catalog read from files
// (the extract CLI, --no-library) holds its texts and has no source.
//
// A source is shared between copies of a catalog on any thread: every call
// must be thread-safe.
#include <QString>
#include <functional>

namespace atlas {

class ArticleTextSource {
public:
    virtual ~ArticleTextSource() = default;

    // The article's full text; a null QString when the source does not have it
    // (the article was removed since, the library is gone).
    virtual QString text(const QString &articleId) const = 0;

    // Calls visit(articleId, text) for the articles whose text may contain
    // `phrase` ignoring case: at least every one that does (the caller checks
    // the text itself), in the order of Catalog::articles (by path, then id).
    // Stops when visit returns false. One text is in memory at a time.
    using TextVisitor = std::function<bool(const QString &articleId, const QString &text)>;
    virtual void visitTextsContaining(const QString &phrase, const TextVisitor &visit) const = 0;
};

} // namespace atlas
