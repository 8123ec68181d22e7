#pragma once
// What an import does to each article once it is read, and how stored
// extractions become the catalog on screen. The import (store/ImportJob) is
// written against this seam so that it never duplicates the extraction
// pipeline: the default analyzer is the project's own (publication date
// detection, extract/ArticleExtractor, and the cross-article merge of
// extract/CatalogBuilder); tests may pass a small one of their own.
#include "extract/ArticleExtraction.h"
#include "model/Article.h"
#include "model/Catalog.h"
#include "store/Library.h"

#include <functional>

namespace atlas {

struct ArticleAnalyzer {
    // Stored with every extraction: a library whose extractions are of another
    // version is re-extracted (analyst edits are kept: they live apart).
    QString version;
    // Called on worker threads, several at once: must be thread-safe. May set
    // the article's publication date (never one the user set); returns what
    // was extracted from it.
    std::function<ArticleExtraction(Article &article)> analyze;
    // The machine catalog from what the library holds: the cross-article merge.
    std::function<Catalog(const LibraryContents &contents)> assemble;
    // Which articles' texts `assemble` reads. A catalog assembled from a library
    // holds no texts (they stay in the library: model/ArticleTextSource.h), so
    // the import reads back only these for the merge. Unset: every article's.
    std::function<bool(const Article &article, const ArticleExtraction &extraction)> needsText;

    bool isValid() const { return !version.isEmpty() && analyze && assemble; }
};

// The project's own extractor and merge.
ArticleAnalyzer defaultArticleAnalyzer();

} // namespace atlas
