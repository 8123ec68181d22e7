#include "geo/SplashdownEstimator.h"

#include "geo/Basemap.h"
#include "geo/Geodesy.h"

#include <QJsonArray>
#include <cmath>

namespace atlas {

namespace {
double wrap360(double deg)
{
    deg = std::fmod(deg, 360.0);
    return deg < 0 ? deg + 360 : deg;
}
} // namespace

SplashdownEstimator::SplashdownEstimator(const GeoLayer &land, const GeoLayer &seas, const GeoLayer &japanZone)
    : m_seas(&seas),
      // Where missiles from the peninsula can land: 95-170 E, 0-60 N. Outside it the exact test answers.
      m_land(land, QRectF(QPointF(95, 0), QPointF(170, 60)), 0.05),
      m_zone(japanZone, QRectF(QPointF(95, 0), QPointF(170, 60)), 0.05)
{
}

const SplashdownEstimator &SplashdownEstimator::bundled()
{
    static const SplashdownEstimator instance = [] {
        const Basemap &map = Basemap::bundled();
        return SplashdownEstimator(map.level(BasemapLod::Fine10m).land, map.seas(), map.japanZone());
    }();
    return instance;
}

SplashdownEstimator::Range SplashdownEstimator::tolerance(const Quantity &distance)
{
    const double d = distance.value;
    const QString q = distance.qualifier.trimmed().toLower();
    if (q == QLatin1String("up to") || q == QLatin1String("as far as") || q == QLatin1String("at most"))
        return {0, d};
    if (q == QLatin1String("more than") || q == QLatin1String("over") || q == QLatin1String("at least"))
        return {d, d * 1.15};
    if (q == QLatin1String("nearly") || q == QLatin1String("almost"))
        return {d * 0.9, d};
    if (!q.isEmpty()) // about, approximately, around, estimated, some, roughly ...
        return {d * 0.9, d * 1.1};
    return {d * 0.95, d * 1.05};
}

bool SplashdownEstimator::isLand(const QPointF &p) const { return m_land.contains(p); }

bool SplashdownEstimator::inJapanZone(const QPointF &p) const { return m_zone.contains(p); }

QString SplashdownEstimator::seaAt(const QPointF &p) const
{
    const GeoFeature *f = m_seas->featureAt(p);
    return f ? f->name() : QString();
}

QString SplashdownEstimator::canonicalSea(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const GeoFeature &f : m_seas->features) {
        if (f.name().compare(wanted, Qt::CaseInsensitive) == 0)
            return f.name();
        for (const QJsonValue &alias : f.properties.value(QStringLiteral("aliases")).toArray()) {
            if (alias.toString().compare(wanted, Qt::CaseInsensitive) == 0)
                return f.name();
        }
    }
    return {}; // a sea the map does not know (the Pacific): any open sea will do
}

bool SplashdownEstimator::satisfies(const QPointF &p, const Constraints &c) const
{
    if (c.land)
        return isLand(p);
    if (isLand(p))
        return false;
    if (!c.sea.isEmpty() && seaAt(p) != c.sea)
        return false;
    if (c.eez == QLatin1String("outside") && inJapanZone(p))
        return false;
    if (c.eez == QLatin1String("inside") && !inJapanZone(p))
        return false;
    return true;
}

SplashdownEstimate SplashdownEstimator::estimate(const LaunchEvent &launch) const
{
    if (!launch.site.isLocated())
        return {};
    return estimate(QGeoCoordinate(launch.site.lat, launch.site.lon), launch.distanceKm, launch.splashdown);
}

SplashdownEstimate SplashdownEstimator::estimate(const QGeoCoordinate &site, const Quantity &distance,
                                                 const Splashdown &splashdown) const
{
    SplashdownEstimate e;
    if (!site.isValid() || !distance.isValid() || distance.value <= 0)
        return e;
    e.valid = true;
    e.site = site;
    e.distanceKm = distance.value;
    const Range range = tolerance(distance);
    e.minKm = range.minKm;
    e.maxKm = range.maxKm;
    e.landTarget = splashdown.land;

    Constraints full;
    full.land = splashdown.land;
    full.sea = splashdown.land ? QString() : canonicalSea(splashdown.sea);
    full.eez = splashdown.land ? QString() : splashdown.eez.trimmed().toLower();

    // What to give up, in order, when no bearing meets everything: the zone
    // (least certain: our polygon is approximate), then the named sea; never "at sea".
    QVector<QPair<Constraints, QString>> attempts{{full, QString()}};
    if (!full.eez.isEmpty()) {
        Constraints c = full;
        c.eez.clear();
        attempts.append({c, QStringLiteral("no bearing at this distance agrees with the stated zone")});
    }
    if (!full.sea.isEmpty()) {
        Constraints c = full;
        c.eez.clear();
        c.sea.clear();
        attempts.append({c, QStringLiteral("no bearing at this distance lands in the %1").arg(full.sea)});
    }

    const double metres = distance.value * 1000.0;
    auto pointAt = [&](double bearing) { return Geodesy::lonLat(site.atDistanceAndAzimuth(metres, bearing)); };

    for (const auto &attempt : attempts) {
        const Constraints &c = attempt.first;
        for (int k = 0; k <= 180; ++k) {
            for (int side : {+1, -1}) {
                if (k == 0 && side < 0)
                    continue;
                const double bearing = wrap360(preferredBearingDeg + side * k);
                const QPointF p = pointAt(bearing);
                if (!satisfies(p, c))
                    continue;
                e.bearingDeg = bearing;
                e.point = Geodesy::coordinate(p);
                e.consistent = attempt.second.isEmpty();
                // The spread: neighbouring bearings the same constraints allow.
                double lo = 0, hi = 0;
                while (lo < maxSpreadDeg && satisfies(pointAt(bearing - lo - 1), c))
                    lo += 1;
                while (hi < maxSpreadDeg && satisfies(pointAt(bearing + hi + 1), c))
                    hi += 1;
                e.bearingMinDeg = wrap360(bearing - std::max(lo, minSpreadDeg));
                e.bearingMaxDeg = wrap360(bearing + std::max(hi, minSpreadDeg));
                e.sea = seaAt(p);
                e.note = k == 0 ? QStringLiteral("on the usual east-north-east bearing")
                                : QStringLiteral("%1°: the bearing nearest east-north-east that %2")
                                      .arg(qRound(bearing))
                                      .arg(c.land ? QStringLiteral("lands on land, as the text says")
                                                  : QStringLiteral("lands where the text says"));
                if (!attempt.second.isEmpty())
                    e.note = attempt.second + QStringLiteral("; ") + e.note;
                return e;
            }
        }
    }

    // Nothing fits (a short range deep inland): keep the usual bearing and say so.
    e.bearingDeg = preferredBearingDeg;
    e.bearingMinDeg = preferredBearingDeg - maxSpreadDeg;
    e.bearingMaxDeg = preferredBearingDeg + maxSpreadDeg;
    e.point = Geodesy::coordinate(pointAt(preferredBearingDeg));
    e.sea = seaAt(Geodesy::lonLat(e.point));
    e.consistent = false;
    e.note = QStringLiteral("no bearing at this distance lands where the text says; east-north-east shown");
    return e;
}

} // namespace atlas
