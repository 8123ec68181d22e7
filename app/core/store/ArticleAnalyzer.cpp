#include "store/ArticleAnalyzer.h"

#include "extract/ArticleExtractor.h"
#include "extract/LaunchMerger.h"
#include "ingest/PublicationDateDetector.h"

#include <algorithm>
#include <memory>

namespace atlas {

namespace {
// The extractor's tables (gazetteer, lexicons, office-holders) load once per
// process and are shared by every import: the parts are const and thread-safe.
struct Pipeline {
    PublicationDateDetector dates;
    ArticleExtractor extractor;
    LaunchMerger merger;
};

std::shared_ptr<const Pipeline> sharedPipeline()
{
    static const std::shared_ptr<const Pipeline> pipeline = std::make_shared<const Pipeline>();
    return pipeline;
}
} // namespace

ArticleAnalyzer defaultArticleAnalyzer()
{
    const std::shared_ptr<const Pipeline> pipeline = sharedPipeline();
    ArticleAnalyzer a;
    a.version = ArticleExtractor::version();
    a.analyze = [pipeline](Article &article) {
        pipeline->dates.apply(article); // leaves a user's or the file's own date alone
        return pipeline->extractor.extract(article);
    };
    a.assemble = [pipeline](const LibraryContents &contents) {
        Catalog catalog;
        catalog.articles = contents.articles;
        LaunchMerger::Output merged = pipeline->merger.merge(contents.articles, contents.extractions);
        catalog.launches = std::move(merged.launches);
        catalog.reactions = std::move(merged.reactions);
        return catalog;
    };
    // LaunchMerger reads an article's text for one thing: the office-holders it
    // names bound the date of an undated first-hand launch, when the article
    // has no publication date of its own. tst_librarycatalog checks that a catalog
    // from the library equals the one built from the files.
    a.needsText = [](const Article &article, const ArticleExtraction &extraction) {
        if (article.publicationDate.isValid())
            return false;
        return std::any_of(extraction.launches.cbegin(), extraction.launches.cend(), [](const LaunchMention &m) {
            return m.role == LaunchRole::Primary && !m.date.isKnown();
        });
    };
    return a;
}

} // namespace atlas
