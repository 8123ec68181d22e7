#pragma once
// One copy of each distinct string in the extractions of a catalog.
//
// Decoded JSON gives every string its own buffer: the same actor, office,
// field name, article id, missile class, sea, quote or evidence sentence is
// allocated again in every reaction, evidence and mention that holds it, and a
// library of 10,000 articles decodes to over a million strings. QString is
// implicitly shared, so pointing equal strings at one buffer costs nothing to
// the readers and keeps a catalog a fraction of the size. An evidence's words
// are often a field's own (a date's text, a quote), and news articles repeat
// themselves (wire copy, boilerplate), so a good share is equal.
//
// Not thread-safe: one pool per assembly, used by one thread.
#include "extract/ArticleExtraction.h"

#include <QSet>
#include <QString>

namespace atlas {

class SharedStrings {
public:
    // Makes s share the buffer of an equal string seen before (or remembers it).
    void share(QString &s);
    void share(QStringList &list);
    void share(ArticleExtraction &x);

    // Distinct strings remembered so far.
    qsizetype size() const { return m_pool.size(); }

private:
    void share(FuzzyDate &d) { share(d.text); }
    void share(Evidence &e);
    void share(LaunchMention &m);
    void share(Reaction &r);

    QSet<QString> m_pool;
};

} // namespace atlas
