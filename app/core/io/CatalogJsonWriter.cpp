#include "io/CatalogJsonWriter.h"

#include "io/ModelJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace atlas {

namespace {
using S = QLatin1String;
using json::dateValue;
using json::numberValue;
using json::stringOrNull;
using json::weekdayValue;

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// Evidence without the article id: it sits inside what names the article.
QJsonArray evidenceJson(const EvidenceList &list)
{
    QJsonArray a;
    for (const Evidence &e : list) {
        QJsonObject o;
        o.insert(S("field"), e.field);
        o.insert(S("start"), e.start);
        o.insert(S("end"), e.end);
        o.insert(S("text"), e.text());
        a.append(o);
    }
    return a;
}

QJsonObject articleJson(const Article &a)
{
    QJsonObject o;
    o.insert(S("id"), a.id);
    o.insert(S("file"), a.filePath);
    o.insert(S("title"), stringOrNull(a.title));
    o.insert(S("outlet"), stringOrNull(a.outlet));
    o.insert(S("encoding"), stringOrNull(a.encoding));
    QJsonObject pub;
    pub.insert(S("date"), dateValue(a.publicationDate));
    pub.insert(S("source"), a.publicationDate.isValid() ? QJsonValue(pubDateSourceName(a.publicationDateSource))
                                                        : QJsonValue(QJsonValue::Null));
    pub.insert(S("text"), stringOrNull(a.publicationDateText));
    o.insert(S("publication_date"), pub);
    o.insert(S("characters"), int(a.text.size()));
    return o;
}
} // namespace

QJsonObject CatalogJsonWriter::launchJson(const LaunchEvent &l)
{
    QJsonObject o;
    o.insert(S("id"), l.id);
    o.insert(S("role"), roleName(l.role));
    QJsonObject date = json::toJson(l.date);
    QJsonObject inferred;
    inferred.insert(S("earliest"), dateValue(l.inferredDate.earliest));
    inferred.insert(S("latest"), dateValue(l.inferredDate.latest));
    inferred.insert(S("evidence"), strings(l.inferredDate.evidence));
    date.insert(S("inferred"), inferred);
    o.insert(S("date"), date);
    o.insert(S("time_of_day"), stringOrNull(l.timeOfDay));

    QJsonObject site;
    site.insert(S("name"), stringOrNull(l.site.name));
    site.insert(S("lat"), numberValue(l.site.lat));
    site.insert(S("lon"), numberValue(l.site.lon));
    site.insert(S("uncertainty_km"), l.site.isLocated() ? QJsonValue(l.site.uncertaintyKm) : QJsonValue(QJsonValue::Null));
    site.insert(S("kind"), stringOrNull(l.site.kind));
    site.insert(S("text"), stringOrNull(l.site.text));
    o.insert(S("site"), site);

    o.insert(S("classes"), strings(l.classes));
    o.insert(S("names"), strings(l.names));
    QJsonObject count;
    count.insert(S("min"), l.count.min > 0 ? QJsonValue(l.count.min) : QJsonValue(QJsonValue::Null));
    count.insert(S("max"), l.count.max >= 0 ? QJsonValue(l.count.max) : QJsonValue(QJsonValue::Null));
    count.insert(S("text"), stringOrNull(l.count.text));
    o.insert(S("count"), count);
    o.insert(S("distance_km"), json::toJson(l.distanceKm));
    o.insert(S("apogee_km"), json::toJson(l.apogeeKm));

    QJsonObject splash;
    splash.insert(S("sea"), stringOrNull(l.splashdown.sea));
    splash.insert(S("eez"), stringOrNull(l.splashdown.eez));
    splash.insert(S("land"), l.splashdown.land);
    splash.insert(S("text"), stringOrNull(l.splashdown.text));
    o.insert(S("splashdown"), splash);

    QJsonArray sources;
    for (const LaunchMention &m : l.mentions) {
        QJsonObject s;
        s.insert(S("article"), m.articleId);
        s.insert(S("role"), roleName(m.role));
        s.insert(S("claimant"), stringOrNull(m.claimant));
        s.insert(S("evidence"), evidenceJson(m.evidence));
        sources.append(s);
    }
    o.insert(S("sources"), sources);

    QJsonArray conflicts;
    for (const Conflict &c : l.conflicts) {
        QJsonObject co;
        co.insert(S("field"), c.field);
        QJsonArray values;
        for (const ConflictValue &v : c.values) {
            QJsonObject vo;
            vo.insert(S("value"), v.value);
            vo.insert(S("article"), stringOrNull(v.articleId));
            vo.insert(S("source"), stringOrNull(v.source));
            values.append(vo);
        }
        co.insert(S("values"), values);
        conflicts.append(co);
    }
    o.insert(S("conflicts"), conflicts);
    if (l.rejected)
        o.insert(S("rejected"), true);
    if (!l.note.isEmpty())
        o.insert(S("note"), l.note);
    return o;
}

QJsonObject CatalogJsonWriter::reactionJson(const Reaction &r)
{
    QJsonObject o;
    o.insert(S("id"), r.id);
    o.insert(S("launch"), stringOrNull(r.launchId));
    o.insert(S("article"), r.articleId);
    o.insert(S("actor"), stringOrNull(r.actor));
    o.insert(S("person"), stringOrNull(r.person));
    o.insert(S("role"), stringOrNull(r.role));
    o.insert(S("stance"), stanceName(r.stance));
    o.insert(S("quote"), stringOrNull(r.quote));
    const bool dated = r.date.precision != DatePrecision::Unknown || r.date.weekday != 0;
    o.insert(S("date"), dated ? QJsonValue(json::toJson(r.date)) : QJsonValue(QJsonValue::Null));
    o.insert(S("evidence"), evidenceJson(r.evidence));
    return o;
}

QJsonObject CatalogJsonWriter::toJson(const Catalog &catalog)
{
    QJsonArray articles, launches, reactions, problems;
    for (const Article &a : catalog.articles)
        articles.append(articleJson(a));
    for (const LaunchEvent &l : catalog.launches)
        launches.append(launchJson(l));
    for (const Reaction &r : catalog.reactions)
        reactions.append(reactionJson(r));
    for (const Problem &p : catalog.problems) {
        QJsonObject o;
        o.insert(S("file"), p.file);
        o.insert(S("message"), p.message);
        problems.append(o);
    }
    QJsonObject root;
    root.insert(S("articles"), articles);
    root.insert(S("launches"), launches);
    root.insert(S("reactions"), reactions);
    root.insert(S("problems"), problems);
    return root;
}

QByteArray CatalogJsonWriter::write(const Catalog &catalog)
{
    return QJsonDocument(toJson(catalog)).toJson(QJsonDocument::Indented);
}

} // namespace atlas
