#include "extract/LaunchMerger.h"

#include "model/MissileClass.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <algorithm>
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
    QSet<QChar> fa, fb;
    for (const QString &c : a)
        if (familyOf(c) != QLatin1Char('*'))
            fa.insert(familyOf(c));
    for (const QString &c : b)
        if (familyOf(c) != QLatin1Char('*'))
            fb.insert(familyOf(c));
    if (fa.isEmpty() || fb.isEmpty())
        return true;
    return fa.intersects(fb);
}

LaunchMerger::Output LaunchMerger::merge(const QVector<Article> &articles, const QVector<ArticleExtraction> &extractions) const
{
    Output out;
    struct Cluster {
        QVector<Pending> members;
        DateInference inferred;
    };
    QVector<Cluster> clusters;
    auto mentionOf = [&](const Pending &p) -> const LaunchMention & {
        return extractions.at(p.article).launches.at(p.mention);
    };
    auto clusterDate = [&](const Cluster &c) {
        FuzzyDate best;
        for (const Pending &p : c.members) {
            const FuzzyDate &d = mentionOf(p).date;
            if (d.isKnown() && (!best.isKnown() || precisionRank(d.precision) < precisionRank(best.precision)))
                best = d;
        }
        return best;
    };
    auto clusterClasses = [&](const Cluster &c) {
        QStringList all;
        for (const Pending &p : c.members)
            all += mentionOf(p).classes;
        all.removeDuplicates();
        return all;
    };
    auto clusterSites = [&](const Cluster &c) {
        QStringList sites;
        for (const Pending &p : c.members)
            if (!mentionOf(p).site.name.isEmpty())
                sites << mentionOf(p).site.name;
        return sites;
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
            int join = -1;
            for (int c = 0; c < clusters.size() && join < 0; ++c) {
                const FuzzyDate d = clusterDate(clusters.at(c));
                if (!overlaps(d, m.date) || !classesCompatible(clusterClasses(clusters.at(c)), m.classes))
                    continue;
                const bool sameDay = d.isDay() && m.date.isDay();
                bool shared = false;
                for (const QString &cls : m.classes)
                    shared = shared || clusterClasses(clusters.at(c)).contains(cls);
                for (const QString &s : clusterSites(clusters.at(c)))
                    shared = shared || s == m.site.name;
                // Two launches from one article are two launches.
                bool sameArticle = false;
                for (const Pending &q : clusters.at(c).members)
                    sameArticle = sameArticle || q.article == a;
                if (!sameArticle && (sameDay || shared))
                    join = c;
            }
            if (join >= 0)
                clusters[join].members << p;
            else
                clusters.append({{p}, {}});
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
            for (int c = 0; c < clusters.size(); ++c) {
                const FuzzyDate d = clusterDate(clusters.at(c));
                if (!d.isKnown() || !classesCompatible(clusterClasses(clusters.at(c)), m.classes))
                    continue;
                bool sameArticle = false;
                for (const Pending &q : clusters.at(c).members)
                    sameArticle = sameArticle || q.article == p.article;
                if (sameArticle)
                    continue;
                const QDate lo = inf.earliest.isValid() ? std::max(inf.earliest, d.earliest) : d.earliest;
                const QDate hi = inf.latest.isValid() ? std::min(inf.latest, d.latest) : d.latest;
                if (lo > hi)
                    continue;
                const QVector<QDate> fit = daysOn(lo, hi, m.date.weekday);
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
            Cluster &c = clusters[join];
            const FuzzyDate d = clusterDate(c);
            DateInference linked = inf;
            const Pending &anchor = c.members.first();
            linked.narrow(days.first(), days.last(),
                          QStringLiteral("same launch as article %1's \"%2\" (%3)%4")
                              .arg(articles.at(anchor.article).displayName(), d.text, d.display(),
                                   m.date.weekday ? QStringLiteral(", whose only %1 is %2")
                                                        .arg(weekdayName(m.date.weekday), days.first().toString(Qt::ISODate))
                                                  : QString()));
            c.inferred = linked;
            c.members << p;
        } else {
            clusters.append({{p}, inf});
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
        e.date = clusterDate(c);
        if (!e.date.isKnown())
            e.date = first->date;
        e.inferredDate = c.inferred;
        for (const LaunchMention &m : e.mentions) {
            const ConflictValue here{QString(), m.articleId, m.claimant};
            auto value = [&](const QString &v) { ConflictValue cv = here; cv.value = v; return cv; };
            const LaunchMention &m0 = e.mentions.first();
            if (e.timeOfDay.isEmpty())
                e.timeOfDay = m.timeOfDay;
            if (!m.site.name.isEmpty() || !m.site.text.isEmpty()) {
                if (e.site.name.isEmpty() && e.site.text.isEmpty())
                    e.site = m.site;
                else if (!m.site.name.isEmpty() && !e.site.name.isEmpty() && m.site.name != e.site.name)
                    addConflict(e.conflicts, QStringLiteral("site"), value(e.site.name), value(m.site.name));
                else if (e.site.name.isEmpty() && !m.site.name.isEmpty())
                    e.site = m.site;
            }
            for (const QString &cls : m.classes) {
                if (!e.classes.contains(cls)) {
                    const bool range = MissileClass::rangeBand(cls).maxKm > 0;
                    for (const QString &have : e.classes) {
                        if (range && MissileClass::rangeBand(have).maxKm > 0)
                            addConflict(e.conflicts, QStringLiteral("class"), value(have), value(cls));
                    }
                    e.classes << cls;
                }
            }
            for (const QString &nm : m.names)
                if (!e.names.contains(nm))
                    e.names << nm;
            if (m.count.isKnown()) {
                if (!e.count.isKnown())
                    e.count = m.count;
                else if (e.count.min != m.count.min || e.count.max != m.count.max)
                    addConflict(e.conflicts, QStringLiteral("count"), value(countText(e.count)), value(countText(m.count)));
            }
            for (auto slot : {std::make_pair(&LaunchMention::distanceKm, &LaunchEvent::distanceKm),
                              std::make_pair(&LaunchMention::apogeeKm, &LaunchEvent::apogeeKm)}) {
                const Quantity &q = m.*(slot.first);
                Quantity &have = e.*(slot.second);
                if (!q.isValid())
                    continue;
                if (!have.isValid())
                    have = q;
                else if (std::abs(have.value - q.value) > 1.0)
                    addConflict(e.conflicts, slot.first == &LaunchMention::distanceKm ? QStringLiteral("distance") : QStringLiteral("apogee"),
                                value(kmText(have)), value(kmText(q)));
            }
            if (!m.splashdown.sea.isEmpty() && !e.splashdown.sea.isEmpty() && m.splashdown.sea != e.splashdown.sea)
                addConflict(e.conflicts, QStringLiteral("splashdown"), value(e.splashdown.sea), value(m.splashdown.sea));
            if (e.splashdown.sea.isEmpty())
                e.splashdown.sea = m.splashdown.sea;
            if (e.splashdown.eez.isEmpty())
                e.splashdown.eez = m.splashdown.eez;
            e.splashdown.land = e.splashdown.land || m.splashdown.land;
            if (e.splashdown.text.isEmpty())
                e.splashdown.text = m.splashdown.text;
            for (const Conflict &own : m.conflicts) {
                for (int i = 1; i < own.values.size(); ++i)
                    addConflict(e.conflicts, own.field, own.values.first(), own.values.at(i));
            }
            Q_UNUSED(m0);
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
