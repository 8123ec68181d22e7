#pragma once
// A hand-built catalog of the five launches the bundled articles report, for map
// tests and the benchmark while extraction is not in place (and afterwards as a
// fixed input). Sites come from the bundled gazetteer, as the extractor's would.
#include "geo/Gazetteer.h"
#include "model/Catalog.h"

#include <QDate>

namespace atlas::testing {

inline LaunchEvent makeLaunch(const QString &id, const FuzzyDate &date, const QString &place,
                              const QString &siteText, const QStringList &classes, double km,
                              const QString &qualifier, const QString &sea, const QString &eez = {},
                              int sources = 1)
{
    LaunchEvent l;
    l.id = id;
    l.date = date;
    if (const Place *p = Gazetteer::bundled().find(place)) {
        l.site.name = p->name;
        l.site.kind = p->kind;
        l.site.lat = p->lat;
        l.site.lon = p->lon;
        l.site.uncertaintyKm = p->uncertaintyKm;
    }
    l.site.text = siteText;
    l.classes = classes;
    if (km > 0) {
        l.distanceKm.value = km;
        l.distanceKm.qualifier = qualifier;
    }
    l.splashdown.sea = sea;
    l.splashdown.eez = eez;
    for (int i = 0; i < sources; ++i) {
        LaunchMention m;
        m.articleId = QStringLiteral("%1-src%2").arg(id).arg(i);
        l.mentions.append(m);
    }
    return l;
}

inline Catalog fiveLaunches()
{
    Catalog c;
    c.launches = {
        makeLaunch("may2025-wonsan",
                   FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10), DatePrecision::PartOfMonth, "early May"),
                   "Wonsan", "near Wonsan", {"SRBM"}, 800, "up to", "East Sea"),
        makeLaunch("nov2025-taegwan", FuzzyDate::onDay(QDate(2025, 11, 7), "7 November 2025"), "Taegwan County",
                   "Taegwan County", {"SRBM"}, 700, "some", "East Sea", "outside", 2),
        makeLaunch("jan2025-jagang", FuzzyDate::onDay(QDate(2025, 1, 14), "14 January 2025"), "Jagang Province",
                   "Jagang Province", {"SRBM"}, 250, "about", "East Sea"),
        makeLaunch("tuesday-pyongyang", FuzzyDate::unknown(2, "on Tuesday"), "Pyongyang", "near Pyongyang",
                   {"ballistic"}, 350, "about", "East Sea"),
        makeLaunch("monday-pyongyang", FuzzyDate::unknown(1, "on Monday"), "Pyongyang", "near Pyongyang",
                   {"MRBM", "IRBM"}, 1100, "about", "East Sea", "outside"),
    };
    return c;
}

} // namespace atlas::testing
