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
// Thread-safe: the workers that decode an import's slices share into one pool
// at once (it is split into shards, each with its own lock, by hash).
#include "extract/ArticleExtraction.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <array>

namespace atlas {

class SharedStrings {
public:
    // Makes s share the buffer of an equal string seen before (or remembers it).
    void share(QString &s);
    void share(QStringList &list);
    void share(ArticleExtraction &x);

    // Distinct strings remembered so far.
    qsizetype size() const;
    // Forgets them (the strings shared so far stay shared).
    void clear();

private:
    void share(FuzzyDate &d) { share(d.text); }
    void share(Evidence &e);
    void share(LaunchMention &m);
    void share(Reaction &r);

    struct Shard {
        mutable QMutex lock;
        QSet<QString> strings;
    };
    std::array<Shard, 16> m_shards;
};

} // namespace atlas
