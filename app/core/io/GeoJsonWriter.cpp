#include "io/GeoJsonWriter.h"

#include "geo/Geodesy.h"
#include "geo/SplashdownEstimator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace atlas {

namespace {
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
QJsonValue orNull(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue orNull(double v) { return v == v ? QJsonValue(v) : QJsonValue(); }

QJsonArray position(const QGeoCoordinate &c)
{
    // GeoJSON order: longitude, latitude.
    return QJsonArray{c.longitude(), c.latitude()};
}

QJsonObject feature(const QJsonObject &geometry, const QJsonObject &properties, const QString &id)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("geometry"), geometry},
                       {QStringLiteral("properties"), properties}};
}
} // namespace

QJsonObject GeoJsonWriter::launchProperties(const Catalog &catalog, const LaunchEvent &l)
{
    QJsonObject p;
    p.insert(QStringLiteral("launch_id"), l.id);
    p.insert(QStringLiteral("label"), l.label());
    p.insert(QStringLiteral("date_precision"), precisionName(l.date.precision));
    p.insert(QStringLiteral("date_earliest"), orNull(l.date.earliest));
    p.insert(QStringLiteral("date_latest"), orNull(l.date.latest));
    p.insert(QStringLiteral("date_text"), orNull(l.date.text));
    p.insert(QStringLiteral("weekday"), l.date.weekday ? QJsonValue(weekdayName(l.date.weekday)) : QJsonValue());
    p.insert(QStringLiteral("site"), orNull(l.site.name.isEmpty() ? l.site.text : l.site.name));
    p.insert(QStringLiteral("site_uncertainty_km"), l.site.uncertaintyKm);
    p.insert(QStringLiteral("classes"), QJsonArray::fromStringList(l.classes));
    p.insert(QStringLiteral("names"), QJsonArray::fromStringList(l.names));
    p.insert(QStringLiteral("count"), l.count.display());
    p.insert(QStringLiteral("distance_km"), orNull(l.distanceKm.value));
    p.insert(QStringLiteral("distance_qualifier"), orNull(l.distanceKm.qualifier));
    p.insert(QStringLiteral("apogee_km"), orNull(l.apogeeKm.value));
    p.insert(QStringLiteral("apogee_qualifier"), orNull(l.apogeeKm.qualifier));
    p.insert(QStringLiteral("sea"), orNull(l.splashdown.sea));
    p.insert(QStringLiteral("eez"), orNull(l.splashdown.eez));
    QJsonArray sources;
    for (const QString &id : l.articleIds()) {
        QJsonObject s{{QStringLiteral("article_id"), id}};
        if (const Article *a = catalog.article(id)) {
            s.insert(QStringLiteral("title"), orNull(a->displayName()));
            s.insert(QStringLiteral("outlet"), orNull(a->outlet));
            s.insert(QStringLiteral("publication_date"), orNull(a->publicationDate));
        }
        sources.append(s);
    }
    p.insert(QStringLiteral("sources"), sources);
    QStringList conflicts;
    for (const Conflict &c : l.conflicts)
        conflicts << c.field;
    p.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts));
    return p;
}

QJsonObject GeoJsonWriter::collection(const Catalog &catalog)
{
    QJsonArray features;
    const SplashdownEstimator &estimator = SplashdownEstimator::bundled();
    for (const LaunchEvent *l : catalog.chronological()) {
        if (!l->site.isLocated())
            continue;
        const QJsonObject common = launchProperties(catalog, *l);
        const QGeoCoordinate site(l->site.lat, l->site.lon);

        QJsonObject siteProps = common;
        siteProps.insert(QStringLiteral("kind"), QStringLiteral("site"));
        // A county- or province-level place is an area, not a pin.
        siteProps.insert(QStringLiteral("approximate"), l->site.uncertaintyKm > 0);
        features.append(feature(QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                            {QStringLiteral("coordinates"), position(site)}},
                                siteProps, l->id + QStringLiteral("-site")));

        const SplashdownEstimate e = estimator.estimate(*l);
        if (!e.valid)
            continue;
        QJsonArray line;
        for (const QPointF &ll : Geodesy::greatCircle(e.site, e.point, 25))
            line.append(QJsonArray{ll.x(), ll.y()});
        QJsonObject arcProps = common;
        arcProps.insert(QStringLiteral("kind"), QStringLiteral("splashdown-estimate"));
        arcProps.insert(QStringLiteral("approximate"), true);
        arcProps.insert(QStringLiteral("estimate_bearing_deg"), e.bearingDeg);
        arcProps.insert(QStringLiteral("estimate_min_km"), e.minKm);
        arcProps.insert(QStringLiteral("estimate_max_km"), e.maxKm);
        arcProps.insert(QStringLiteral("estimate_land_target"), e.landTarget);
        arcProps.insert(QStringLiteral("estimate_note"), orNull(e.note));
        features.append(feature(QJsonObject{{QStringLiteral("type"), QStringLiteral("LineString")},
                                            {QStringLiteral("coordinates"), line}},
                                arcProps, l->id + QStringLiteral("-splashdown")));
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                       {QStringLiteral("features"), features}};
}

QByteArray GeoJsonWriter::write(const Catalog &catalog)
{
    return QJsonDocument(collection(catalog)).toJson(QJsonDocument::Indented);
}

} // namespace atlas
