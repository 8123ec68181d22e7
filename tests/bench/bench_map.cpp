// Map repaint benchmark: 1920x1080, the 10m basemap, 5,000 launches.
//
// Prints, for N repetitions: the median and 90th percentile of
//   repaint   - what MapView's paintEvent does on a pan, hover or selection: blit the
//               cached layers (basemap + launches) and paint the highlights, with a
//               launch selected (its arc, sector, range rings) and all labels
//   cache     - re-rendering the cached layers (after a zoom, a new date window)
//   full      - everything from scratch, no cache (an export)
//   basemap   - the basemap layer alone
// and the one-off cost of preparing the launches (splashdown estimates, arcs).
//
// Usage: bench_map [repetitions=30]
#include "geo/Basemap.h"
#include "geo/Gazetteer.h"
#include "model/Catalog.h"
#include "render/MapRenderer.h"
#include "bench/CpuClock.h"

#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <time.h>

using namespace atlas;
using namespace atlas::bench;

namespace {
Catalog syntheticCatalog(int count)
{
    std::mt19937 rng(42);
    QVector<const Place *> sites;
    for (const Place &p : Gazetteer::bundled().places()) {
        if (p.country == QLatin1String("KP"))
            sites.append(&p);
    }
    const QStringList classes{"SRBM", "SRBM", "SRBM", "CRBM", "MRBM", "IRBM", "ICBM", "SLBM", "hypersonic", "cruise", "ballistic"};
    const QStringList qualifiers{"", "about", "up to", "approximately", "some"};
    Catalog c;
    c.launches.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Place *p = sites.at(int(rng() % sites.size()));
        LaunchEvent l;
        l.id = QStringLiteral("bench-%1").arg(i);
        l.date = FuzzyDate::onDay(QDate(2017, 1, 1).addDays(int(rng() % 3200)));
        l.site.name = p->name;
        l.site.kind = p->kind;
        l.site.lat = p->lat;
        l.site.lon = p->lon;
        l.site.uncertaintyKm = p->uncertaintyKm;
        l.classes = {classes.at(int(rng() % classes.size()))};
        if (rng() % 10 != 0) { // one in ten without a distance: a site marker only
            l.distanceKm.value = 100 + 50 * double(rng() % 30);
            l.distanceKm.qualifier = qualifiers.at(int(rng() % qualifiers.size()));
            l.splashdown.sea = rng() % 6 == 0 ? QStringLiteral("Yellow Sea") : QStringLiteral("East Sea");
            if (rng() % 3 == 0)
                l.splashdown.eez = QStringLiteral("outside");
        }
        LaunchMention m;
        m.articleId = QStringLiteral("a%1").arg(i);
        l.mentions = {m};
        c.launches.append(l);
    }
    return c;
}

// Wall-clock and this thread's CPU time: on a shared machine the wall clock also
// counts the time other processes held the cores; the CPU time is the paint's own.
struct Figures { double median, p90, cpuMedian; };

Figures measure(int repetitions, const std::function<void()> &work)
{
    work(); // warm caches (projected basemap, fonts)
    QVector<double> ms, cpu;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        work();
        ms.append(t.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - c0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms.at(ms.size() / 2), ms.at(std::min(int(ms.size()) - 1, int(ms.size() * 9 / 10))), cpu.at(cpu.size() / 2)};
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for labels; run with QT_QPA_PLATFORM=offscreen
    const int repetitions = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const QRectF page(0, 0, 1920, 1080);

    const Catalog catalog = syntheticCatalog(5000);
    QElapsedTimer prep;
    prep.start();
    MapRenderer map;
    map.setLaunches(catalog.chronological());
    const double prepareMs = prep.nsecsElapsed() / 1e6;
    map.setCenter(QGeoCoordinate(39.5, 130.0));
    map.setKmPerPixel(1.2); // Natural Earth 10m level: Korea, the East Sea and western Japan
    const BasemapLod lod = Basemap::lodForScale(map.viewport(page).groundKmPerPixelAtCentre());

    QImage image(page.size().toSize(), QImage::Format_RGB32); // a window surface is opaque
    QImage cache(page.size().toSize(), QImage::Format_RGB32); // opaque, like MapView's pixmap
    const Figures cacheFigures = measure(repetitions, [&] {
        QPainter p(&cache);
        map.paintBasemap(p, page);
        map.paintLaunches(p, page);
    });
    map.setSelectedId(QStringLiteral("bench-17"));
    const Figures repaint = measure(repetitions, [&] {
        QPainter p(&image);
        p.drawImage(0, 0, cache);
        map.paintHighlights(p, page);
    });
    const Figures full = measure(repetitions, [&] {
        QPainter p(&image);
        map.paint(p, page);
    });
    const Figures base = measure(repetitions, [&] {
        QPainter p(&image);
        map.paintBasemap(p, page);
    });
    std::printf("bench_map: 1920x1080, %s basemap, %d launches at %d sites, %d repetitions\n",
                lod == BasemapLod::Fine10m ? "10m" : "coarser (!)", int(map.launchLayer().visible().size()),
                int(map.launchLayer().sites().size()), repetitions);
    std::printf("  prepare launches (estimates, arcs), once : %8.1f ms\n", prepareMs);
    std::printf("  repaint (cached)  median %6.2f ms   p90 %6.2f ms   cpu median %6.2f ms\n", repaint.median, repaint.p90, repaint.cpuMedian);
    std::printf("  cache refresh     median %6.2f ms   p90 %6.2f ms   cpu median %6.2f ms\n", cacheFigures.median, cacheFigures.p90, cacheFigures.cpuMedian);
    std::printf("  full, uncached    median %6.2f ms   p90 %6.2f ms   cpu median %6.2f ms\n", full.median, full.p90, full.cpuMedian);
    std::printf("  basemap only      median %6.2f ms   p90 %6.2f ms   cpu median %6.2f ms\n", base.median, base.p90, base.cpuMedian);
    if (qEnvironmentVariableIsSet("ATLAS_BENCH_PNG"))
        image.save(qEnvironmentVariable("ATLAS_BENCH_PNG"));
    return 0;
}
