#pragma once
// Where a missile probably came down, from what the text says: the reported
// distance from the launch site, on the bearing nearest the usual east-north-east
// (67.5 degrees) that ends where the text puts it: at sea, in the named sea
// (East Sea / Yellow Sea), outside or inside Japan's zone as stated, or on land
// when the text says a land target. An estimate, always, with an uncertainty
// sector: the distance tolerance its qualifier implies and the spread of
// bearings near the chosen one that the text equally allows.
//
// Japan's zone here is the bundled APPROXIMATE 200-nmi polygon: it only steers
// the estimate to agree with what Japan's Ministry of Defense said; it decides
// nothing about the legal EEZ.
#include "geo/GeoIndex.h"
#include "geo/GeoLayer.h"
#include "model/Launch.h"

#include <QGeoCoordinate>
#include <QString>

namespace atlas {

struct SplashdownEstimate {
    bool valid = false;        // false: no located site or no distance
    QGeoCoordinate site;
    QGeoCoordinate point;      // the estimated impact point
    double distanceKm = 0;     // as reported
    double minKm = 0;          // distance tolerance from the qualifier
    double maxKm = 0;
    double bearingDeg = 0;     // the bearing used, degrees clockwise from north
    double bearingMinDeg = 0;  // the spread of bearings the text equally allows
    double bearingMaxDeg = 0;  // (clockwise from min to max)
    bool landTarget = false;   // the text says it hit a land target
    bool consistent = false;   // every place constraint of the text is met
    QString sea;               // the sea the point lies in ("East Sea", "Yellow Sea"), if any
    QString note;              // how the bearing was chosen, for tooltips and reports
};

class SplashdownEstimator {
public:
    static constexpr double preferredBearingDeg = 67.5; // east-north-east
    static constexpr double maxSpreadDeg = 20;          // half-width cap of the bearing spread
    static constexpr double minSpreadDeg = 3;           // half-width floor: never a false precision

    // The layers are borrowed: they must outlive the estimator. All (lon, lat).
    // Land and zone get a grid index over the region launches reach (about 60 ms).
    SplashdownEstimator(const GeoLayer &land, const GeoLayer &seas, const GeoLayer &japanZone);
    // Over the bundled basemap (10m land, approximate seas, approximate zone):
    // built once, shared, read-only.
    static const SplashdownEstimator &bundled();

    SplashdownEstimate estimate(const LaunchEvent &launch) const;
    SplashdownEstimate estimate(const QGeoCoordinate &site, const Quantity &distance,
                                const Splashdown &splashdown) const;

    // The distance tolerance of a qualifier: "up to" 0..d, "about" (approximately,
    // around, estimated, some, roughly) ±10%, "more than"/"over" d..1.15d,
    // "nearly"/"almost" 0.9d..d, none ±5%.
    struct Range { double minKm; double maxKm; };
    static Range tolerance(const Quantity &distance);

    bool isLand(const QPointF &lonLat) const;
    bool inJapanZone(const QPointF &lonLat) const;
    QString seaAt(const QPointF &lonLat) const; // canonical name, empty when in neither sea

private:
    struct Constraints {
        bool land = false;
        QString sea;     // canonical, empty: any sea
        QString eez;     // "inside", "outside" or empty
    };
    bool satisfies(const QPointF &lonLat, const Constraints &c) const;
    QString canonicalSea(const QString &name) const;

    const GeoLayer *m_seas;
    GeoLayerIndex m_land;
    GeoLayerIndex m_zone;
};

} // namespace atlas
