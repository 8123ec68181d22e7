#pragma once
// The five hand-built launches (FiveLaunchesCatalog.h) with the articles they
// cite and a few reactions, for the exporter and briefing tests.
#include "render/FiveLaunchesCatalog.h"

namespace atlas::testing {

inline Catalog briefingCatalog()
{
    Catalog c = fiveLaunches();
    int n = 0;
    for (const LaunchEvent &l : c.launches) {
        for (const QString &id : l.articleIds()) {
            Article a;
            a.id = id;
            a.title = QStringLiteral("Report %1 on %2").arg(++n).arg(l.id);
            a.outlet = n % 2 ? QStringLiteral("Yonhap") : QString();
            a.publicationDate = l.date.isKnown() ? l.date.latest.addDays(1) : QDate();
            c.articles << a;
        }
    }
    auto reaction = [&](const QString &launch, const QString &actor, Stance s) {
        Reaction r;
        r.id = QStringLiteral("r%1").arg(c.reactions.size());
        r.launchId = launch;
        r.articleId = c.launch(launch)->articleIds().value(0);
        r.actor = actor;
        r.stance = s;
        c.reactions << r;
    };
    reaction("jan2025-jagang", "South Korea", Stance::Condemn);
    reaction("may2025-wonsan", "South Korea", Stance::Condemn);
    reaction("may2025-wonsan", "Japan", Stance::Protest);
    reaction("nov2025-taegwan", "United States", Stance::Concern);
    return c;
}

} // namespace atlas::testing
