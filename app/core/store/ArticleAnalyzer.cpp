#include "store/ArticleAnalyzer.h"

#include "extract/ArticleExtractor.h"
#include "extract/LaunchMerger.h"
#include "ingest/PublicationDateDetector.h"

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
    return a;
}

} // namespace atlas
