#pragma once
// Scores one article's extraction against what a careful reader extracts from it
// (the schema of tests/data/articles-expected.json, rules in shared/README.md).
// Used by eval_extraction only: a mismatch here is a finding about the engine,
// not a failing test, so every miss is recorded with a kind and an example.
#include "extract/ArticleExtraction.h"
#include "model/Article.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas {
class Gazetteer;

// Found/expected for one thing that is scored.
struct Tally {
    int found = 0;
    int expected = 0;
    void add(bool ok) { ++expected; found += ok ? 1 : 0; }
    Tally &operator+=(const Tally &o) { found += o.found; expected += o.expected; return *this; }
};

// The fields of a launch, in the order they are printed.
const QStringList &launchFieldNames(); // date, site, classes, names, count, distance, apogee, splashdown, eez

struct Failure {
    QString kind;    // "date: wrong precision", "reaction missed: urge", ...
    QString article; // file name
    QString detail;  // one line: expected vs extracted
};

struct ArticleScore {
    QString file;
    Tally launches;                 // non-optional expected launches that were matched
    QMap<QString, Tally> fields;    // per field name, over matched launches
    Tally reactions;                // actor+stance
    Tally quotes;                   // expected quotes captured as given
    int spuriousLaunches = 0;       // extracted mentions matching no expected launch
    int spuriousInNoLaunchArticle = 0; // of those, in articles that report no launch at all
    int spuriousReactions = 0;      // distinct extracted actor+stance pairs nobody expected
    int spuriousJudgements = 0;     // of those, with a judging stance (not acknowledge/cooperation)
    bool pubDateRight = false;
    QVector<Failure> failures;

    ArticleScore &operator+=(const ArticleScore &o);
};

class ExpectedMatcher {
public:
    explicit ExpectedMatcher(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

    ArticleScore score(const QJsonObject &expected, const Article &article,
                       const ArticleExtraction &extraction) const;

private:
    bool sameSite(const QString &expected, const Site &site) const;
    const Gazetteer &m_gazetteer;
};

} // namespace atlas
