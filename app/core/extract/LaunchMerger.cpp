#include "extract/LaunchMerger.h"

#include "model/MissileClass.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <cmath>

namespace atlas {

namespace {

QChar familyOf(const QString &cls)
{
    if (cls == QLatin1String("cruise")) return QLatin1Char('C');
    if (cls == QLatin1String("air-defense")) return QLatin1Char('A');
    if (cls == QLatin1String("hypersonic")) return QLatin1Char('*');
    return QLatin1Char('B'); // ballistic family: CRBM .. SLBM, ballistic
}

int precisionRank(DatePrecision p)
{
    switch (p) {
    case DatePrecision::Day: return 0;
    case DatePrecision::Week: return 1;
    case DatePrecision::PartOfMonth: return 2;
    case DatePrecision::Month: return 3;
    case DatePrecision::Year: return 4;
    case DatePrecision::DayOfYear: return 5;
    case DatePrecision::Unknown: break;
    }
    return 6;
}

bool overlaps(const FuzzyDate &a, const FuzzyDate &b)
{
    return a.isKnown() && b.isKnown() && a.earliest <= b.latest && b.earliest <= a.latest;
}

QString countText(const Count &c) { return c.display(); }
QString kmText(const Quantity &q) { return q.display(); }

void addConflict(QVector<Conflict> &conflicts, const QString &field, const ConflictValue &first, const ConflictValue &other)
{
    for (Conflict &c : conflicts) {
        if (c.field != field)
            continue;
        for (const ConflictValue &v : {first, other}) {
            const bool known = std::any_of(c.values.begin(), c.values.end(), [&](const ConflictValue &x) {
                return x.value == v.value && x.articleId == v.articleId;
            });
            if (!known)
                c.values << v;
        }
        return;
    }
    conflicts.append({field, {first, other}});
}

// The days of [from, to] that fall on weekday (0: any); empty when none.
QVector<QDate> daysOn(const QDate &from, const QDate &to, int weekday)
{
    QVector<QDate> out;
    if (!from.isValid() || !to.isValid() || from.daysTo(to) > 400)
        return out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (weekday == 0 || d.dayOfWeek() == weekday)
            out << d;
    }
    return out;
}

struct Pending {
    int article;
    int mention;
};

} // namespace

LaunchMerger::LaunchMerger(const OfficeHolders &officeHolders) : m_officeHolders(officeHolders) {}

QString LaunchMerger::launchId(const LaunchMention &first)
{
    int start = -1, end = -1;
    for (const Evidence &e : first.evidence) {
        if (start < 0 || e.start < start) {
            start = e.start;
            end = e.end;
        }
    }
    const QByteArray key = QStringLiteral("%1:%2:%3").arg(first.articleId).arg(start).arg(end).toUtf8();
    return QStringLiteral("L") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
}

bool LaunchMerger::classesCompatible(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    // Families as bits: B ballistic, C cruise, A air defence; hypersonic goes with any.
    auto families = [](const QStringList &classes) {
        int bits = 0;
        for (const QString &c : classes) {
            const QChar f = familyOf(c);
            bits |= f == QLatin1Char('B') ? 1 : f == QLatin1Char('C') ? 2 : f == QLatin1Char('A') ? 4 : 0;
        }
        return bits;
    };
    const int fa = families(a), fb = families(b);
    return fa == 0 || fb == 0 || (fa & fb) != 0;
}

LaunchMerger::Output LaunchMerger::merge(const QVector<Article> &articles, const QVector<ArticleExtraction> &extractions) const
{
    Output out;
    // A cluster caches what joining tests read, so the merge stays near-linear
    // in the number of mentions (clusters are found through the months they span).
    struct Cluster {
        QVector<Pending> members;
        DateInference inferred;
        FuzzyDate date; // the most precise known date of its members
        QStringList classes;
        QStringList sites;
        QSet<int> articles;
    };
    QVector<Cluster> clusters;
    QHash<int, QVector<int>> byMonth; // year * 12 + month -> clusters whose date touches it
    auto mentionOf = [&](const Pending &p) -> const LaunchMention & {
        return extractions.at(p.article).launches.at(p.mention);
    };
    auto monthKey = [](const QDate &d) { return d.year() * 12 + d.month() - 1; };
    auto addMember = [&](int c, const Pending &p) {
        Cluster &cl = clusters[c];
        const LaunchMention &m = mentionOf(p);
        cl.members << p;
        cl.articles.insert(p.article);
        for (const QString &cls : m.classes)
            if (!cl.classes.contains(cls))
                cl.classes << cls;
        if (!m.site.name.isEmpty() && !cl.sites.contains(m.site.name))
            cl.sites << m.site.name;
        if (m.date.isKnown() && (!cl.date.isKnown() || precisionRank(m.date.precision) < precisionRank(cl.date.precision))) {
            cl.date = m.date;
            for (int k = monthKey(m.date.earliest); k <= monthKey(m.date.latest) && k - monthKey(m.date.earliest) < 24; ++k)
                byMonth[k] << c;
        }
    };
    auto newCluster = [&](const Pending &p, const DateInference &inf) {
        clusters.append(Cluster{});
        clusters.back().inferred = inf;
        addMember(int(clusters.size()) - 1, p);
    };

    // 1. Dated mentions, in article order.
    QVector<Pending> undated;
    const int n = int(std::min(articles.size(), extractions.size()));
    for (int a = 0; a < n; ++a) {
        for (int k = 0; k < extractions.at(a).launches.size(); ++k) {
            const Pending p{a, k};
            const LaunchMention &m = mentionOf(p);
            if (!m.date.isKnown()) {
                undated << p;
                continue;
            }
            QVector<int> candidates;
            for (int key = monthKey(m.date.earliest); key <= monthKey(m.date.latest) && key - monthKey(m.date.earliest) < 24; ++key)
                candidates += byMonth.value(key);
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            int join = -1;
            for (int c : candidates) {
                const Cluster &cl = clusters.at(c);
                // Two launches from one article are two launches.
                if (cl.articles.contains(a) || !overlaps(cl.date, m.date) || !classesCompatible(cl.classes, m.classes))
                    continue;
                const bool sameDay = cl.date.isDay() && m.date.isDay();
                bool shared = !m.site.name.isEmpty() && cl.sites.contains(m.site.name);
                for (const QString &cls : m.classes)
                    shared = shared || cl.classes.contains(cls);
                if (sameDay || shared) {
                    join = c;
                    break;
                }
            }
            if (join >= 0)
                addMember(join, p);
            else
                newCluster(p, {});
        }
    }

    // 2. Undated mentions: bounded by office-holders, linked to the one dated launch that fits.
    for (const Pending &p : undated) {
        const LaunchMention &m = mentionOf(p);
        const Article &article = articles.at(p.article);
        DateInference inf;
        if (!article.publicationDate.isValid() && m.role == LaunchRole::Primary)
            inf = m_officeHolders.bounds(article.text);
        int join = -1;
        QVector<QDate> days;
        if (!inf.isEmpty()) {
            int candidates = 0;
            // Clusters in the months the bounds allow (all of them when a bound is open).
            QVector<int> pool;
            if (inf.earliest.isValid() && inf.latest.isValid() && monthKey(inf.latest) - monthKey(inf.earliest) < 36) {
                for (int key = monthKey(inf.earliest); key <= monthKey(inf.latest); ++key)
                    pool += byMonth.value(key);
                std::sort(pool.begin(), pool.end());
                pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
            } else {
                pool.resize(clusters.size());
                std::iota(pool.begin(), pool.end(), 0);
            }
            for (int c : pool) {
                const FuzzyDate &d = clusters.at(c).date;
                if (!d.isKnown() || (inf.latest.isValid() && d.earliest > inf.latest)
                    || (inf.earliest.isValid() && d.latest < inf.earliest)
                    || clusters.at(c).articles.contains(p.article) || !classesCompatible(clusters.at(c).classes, m.classes))
                    continue;
                const QDate lo = inf.earliest.isValid() ? std::max(inf.earliest, d.earliest) : d.earliest;
                const QDate hi = inf.latest.isValid() ? std::min(inf.latest, d.latest) : d.latest;
                if (lo > hi)
                    continue;
                QVector<QDate> fit = daysOn(lo, hi, m.date.weekday);
                // ("In June" with no year: only the days of that month fit.)
                if (m.date.precision == DatePrecision::Unknown && m.date.month != 0)
                    fit.erase(std::remove_if(fit.begin(), fit.end(), [&](const QDate &d) { return d.month() != m.date.month; }), fit.end());
                if (fit.isEmpty())
                    continue;
                ++candidates;
                join = c;
                days = fit;
            }
            if (candidates != 1) {
                join = -1; // ambiguous or none: bounds only, no link
                days.clear();
            }
        }
        if (join >= 0) {
            const Cluster &c = clusters.at(join);
            const FuzzyDate d = c.date;
            DateInference linked = inf;
            const Pending &anchor = c.members.first();
            linked.narrow(days.first(), days.last(),
                          QStringLiteral("probably the same launch as article %1's \"%2\" (%3)%4")
                              .arg(articles.at(anchor.article).displayName(), d.text, d.display(),
                                   m.date.weekday ? QStringLiteral(", whose only %1 is %2")
                                                        .arg(weekdayName(m.date.weekday), days.first().toString(Qt::ISODate))
                                                  : QString()));
            // The undated account stays its own launch: what another article dates
            // is an inference beside its stated "on Monday", never in its place
            // (issue 3), so it waits in the undated tray with the inferred day.
            newCluster(p, linked);
        } else {
            newCluster(p, inf);
        }
    }

    // 3. One LaunchEvent per cluster, members in article order.
    QHash<QPair<int, int>, QString> idOf;
    for (Cluster &c : clusters) {
        std::sort(c.members.begin(), c.members.end(), [](const Pending &x, const Pending &y) {
            return x.article < y.article || (x.article == y.article && x.mention < y.mention);
        });
        LaunchEvent e;
        e.role = LaunchRole::Mentioned;
        for (const Pending &p : c.members) {
            const LaunchMention &m = mentionOf(p);
            e.mentions << m;
            if (m.role == LaunchRole::Primary)
                e.role = LaunchRole::Primary;
        }
        // The first mention that reports it first-hand names it; else the first.
        const LaunchMention *first = &e.mentions.first();
        e.id = launchId(*first);
        e.date = c.date;
        if (!e.date.isKnown())
            e.date = first->date;
        e.inferredDate = c.inferred;
        // Who gave each value the event holds: a conflict names both sources.
        QHash<QString, ConflictValue> origin;
        for (const LaunchMention &m : e.mentions) {
            const ConflictValue here{QString(), m.articleId, m.claimant};
            auto value = [&](const QString &v) { ConflictValue cv = here; cv.value = v; return cv; };
            auto held = [&](const QString &key, const QString &v) {
                ConflictValue cv = origin.value(key, here);
                cv.value = v;
                return cv;
            };
            if (e.timeOfDay.isEmpty())
                e.timeOfDay = m.timeOfDay;
            if (!m.site.name.isEmpty() || !m.site.text.isEmpty()) {
                if ((e.site.name.isEmpty() && e.site.text.isEmpty()) || (e.site.name.isEmpty() && !m.site.name.isEmpty())) {
                    e.site = m.site;
                    origin.insert(QStringLiteral("site"), here);
                } else if (!m.site.name.isEmpty() && !e.site.name.isEmpty() && m.site.name != e.site.name) {
                    addConflict(e.conflicts, QStringLiteral("site"), held(QStringLiteral("site"), e.site.name), value(m.site.name));
                }
            }
            for (const QString &cls : m.classes) {
                if (!e.classes.contains(cls)) {
                    const bool range = MissileClass::rangeBand(cls).maxKm > 0;
                    for (const QString &have : e.classes) {
                        if (range && MissileClass::rangeBand(have).maxKm > 0)
                            addConflict(e.conflicts, QStringLiteral("class"), held(QStringLiteral("class:") + have, have), value(cls));
                    }
                    e.classes << cls;
                    origin.insert(QStringLiteral("class:") + cls, here);
                }
            }
            for (const QString &nm : m.names)
                if (!e.names.contains(nm))
                    e.names << nm;
            if (m.count.isKnown()) {
                if (!e.count.isKnown()) {
                    e.count = m.count;
                    origin.insert(QStringLiteral("count"), here);
                } else if (e.count.min != m.count.min || e.count.max != m.count.max) {
                    addConflict(e.conflicts, QStringLiteral("count"), held(QStringLiteral("count"), countText(e.count)), value(countText(m.count)));
                }
            }
            for (auto slot : {std::make_pair(&LaunchMention::distanceKm, &LaunchEvent::distanceKm),
                              std::make_pair(&LaunchMention::apogeeKm, &LaunchEvent::apogeeKm)}) {
                const Quantity &q = m.*(slot.first);
                Quantity &have = e.*(slot.second);
                if (!q.isValid())
                    continue;
                const QString field = slot.first == &LaunchMention::distanceKm ? QStringLiteral("distance") : QStringLiteral("apogee");
                if (!have.isValid()) {
                    have = q;
                    origin.insert(field, here);
                } else if (std::abs(have.value - q.value) > 1.0) {
                    addConflict(e.conflicts, field, held(field, kmText(have)), value(kmText(q)));
                }
            }
            if (!m.splashdown.sea.isEmpty() && !e.splashdown.sea.isEmpty() && m.splashdown.sea != e.splashdown.sea)
                addConflict(e.conflicts, QStringLiteral("splashdown"), held(QStringLiteral("sea"), e.splashdown.sea), value(m.splashdown.sea));
            if (e.splashdown.sea.isEmpty() && !m.splashdown.sea.isEmpty()) {
                e.splashdown.sea = m.splashdown.sea;
                origin.insert(QStringLiteral("sea"), here);
            }
            if (e.splashdown.eez.isEmpty())
                e.splashdown.eez = m.splashdown.eez;
            e.splashdown.land = e.splashdown.land || m.splashdown.land;
            if (e.splashdown.text.isEmpty())
                e.splashdown.text = m.splashdown.text;
            for (const Conflict &own : m.conflicts) {
                for (int i = 1; i < own.values.size(); ++i)
                    addConflict(e.conflicts, own.field, own.values.first(), own.values.at(i));
            }
        }
        // Classes in the vocabulary's order, so the headline is stable.
        QStringList ordered;
        for (const QString &cls : MissileClass::all())
            if (e.classes.contains(cls))
                ordered << cls;
        for (const QString &cls : e.classes)
            if (!ordered.contains(cls))
                ordered << cls;
        e.classes = ordered;
        for (const Pending &p : c.members)
            idOf.insert({p.article, p.mention}, e.id);
        out.launches << e;
    }

    // 4. Reactions get the merged launch's id.
    for (int a = 0; a < n; ++a) {
        const ArticleExtraction &x = extractions.at(a);
        for (int r = 0; r < x.reactions.size(); ++r) {
            Reaction reaction = x.reactions.at(r);
            const int launch = r < x.reactionLaunch.size() ? x.reactionLaunch.at(r) : -1;
            reaction.launchId = launch >= 0 ? idOf.value({a, launch}) : QString();
            out.reactions << reaction;
        }
    }
    return out;
}

} // namespace atlas
