#include "store/SharedStrings.h"

namespace atlas {

void SharedStrings::share(QString &s)
{
    if (s.isEmpty())
        return;
    const size_t hash = qHash(s);
    Shard &shard = m_shards[hash % m_shards.size()];
    const QMutexLocker locked(&shard.lock);
    const auto known = shard.strings.constFind(s);
    if (known == shard.strings.constEnd())
        shard.strings.insert(s);
    else
        s = *known;
}

void SharedStrings::clear()
{
    for (Shard &shard : m_shards) {
        const QMutexLocker locked(&shard.lock);
        shard.strings = QSet<QString>();
    }
}

qsizetype SharedStrings::size() const
{
    qsizetype n = 0;
    for (const Shard &shard : m_shards) {
        const QMutexLocker locked(&shard.lock);
        n += shard.strings.size();
    }
    return n;
}

void SharedStrings::share(QStringList &list)
{
    for (QString &s : list)
        share(s);
}

void SharedStrings::share(Evidence &e)
{
    share(e.articleId);
    share(e.field);
    if (e.sourceStart < 0) // (an article's whole text is shared already, and costly to hash)
        share(e.source);
}

void SharedStrings::share(LaunchMention &m)
{
    share(m.articleId);
    share(m.date);
    share(m.timeOfDay);
    share(m.site.name);
    share(m.site.text);
    share(m.site.kind);
    share(m.classes);
    share(m.names);
    share(m.count.text);
    share(m.distanceKm.qualifier);
    share(m.distanceKm.text);
    share(m.apogeeKm.qualifier);
    share(m.apogeeKm.text);
    share(m.splashdown.sea);
    share(m.splashdown.eez);
    share(m.splashdown.text);
    share(m.claimant);
    for (Evidence &e : m.evidence)
        share(e);
    for (Conflict &c : m.conflicts) {
        share(c.field);
        for (ConflictValue &v : c.values) {
            share(v.value);
            share(v.articleId);
            share(v.source);
        }
    }
}

void SharedStrings::share(Reaction &r)
{
    // Not r.id: each reaction's own, never equal to another.
    share(r.launchId);
    share(r.articleId);
    share(r.actor);
    share(r.person);
    share(r.role);
    share(r.quote);
    share(r.date);
    for (Evidence &e : r.evidence)
        share(e);
}

void SharedStrings::share(ArticleExtraction &x)
{
    share(x.articleId);
    share(x.extractorVersion);
    for (LaunchMention &m : x.launches)
        share(m);
    for (Reaction &r : x.reactions)
        share(r);
}

} // namespace atlas
