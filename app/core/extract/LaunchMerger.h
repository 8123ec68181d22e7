#pragma once
// Launches across articles: the mentions of one launch become one LaunchEvent
// with per-source mentions; values that disagree (1,100 km vs 1,500 km, MRBM vs
// IRBM) are kept side by side as Conflicts, never averaged.
//
// Which mentions are one launch:
// - dated mentions: the same day, or overlapping ranges ("early May" and "May")
//   that share a class or a site, with classes that do not exclude each other
//   (a cruise missile is not an SRBM; "hypersonic" goes with any);
// - an undated mention ("on Monday", no publication date) is bounded by the
//   office-holders its article names (OfficeHolders) and joins the one dated
//   launch from another article that fits those bounds and its weekday; the
//   day this implies is an inference with its evidence, beside the stated date.
// Deterministic: articles and mentions are read in the order given.
#include "extract/ArticleExtraction.h"
#include "extract/OfficeHolders.h"
#include "model/Article.h"
#include "model/Launch.h"
#include "model/Reaction.h"

#include <QVector>

namespace atlas {

class LaunchMerger {
public:
    explicit LaunchMerger(const OfficeHolders &officeHolders = OfficeHolders::bundled());

    struct Output {
        QVector<LaunchEvent> launches;
        QVector<Reaction> reactions; // launchId set to the merged launch's id
    };
    // extractions[i] belongs to articles[i].
    Output merge(const QVector<Article> &articles, const QVector<ArticleExtraction> &extractions) const;

    // A stable id: hash of the first mention's article id and the span that introduced it.
    static QString launchId(const LaunchMention &first);
    // Whether two class lists can describe one missile launch.
    static bool classesCompatible(const QStringList &a, const QStringList &b);

private:
    const OfficeHolders &m_officeHolders;
};

} // namespace atlas
