// How long the timeline takes to paint 5,000 launches (a decade of heavy
// testing at once) into a 1600x400 image: the budget is a median of 8 ms, so
// panning and zooming stay fluid. Two figures: a full paint after the view
// moved (layout + paint, what a drag or a zoom costs) and a repaint of an
// unchanged view (hover, selection). Run: bench_timeline [launches] [repeats].
#include "render/TimelineRenderer.h"
#include "render/TimelineTestCatalog.h"
#include "bench/CpuClock.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>

using namespace atlas;
using namespace atlas::bench;

namespace {
double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 5000;
    const int repeats = argc > 2 ? std::max(3, atoi(argv[2])) : 60;

    const QVector<LaunchEvent> launches = testdata::manyLaunches(count);
    TimelineRenderer r(Theme::Screen);
    QElapsedTimer t;
    t.start();
    r.setLaunches(launches);
    const double setMs = t.nsecsElapsed() / 1e6;
    r.setRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
    r.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    r.setSelectedId(QStringLiteral("L42"));

    const QRectF rect(0, 0, 1600, 400);
    QImage img(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QVector<double> full, cached, layoutOnly, fullCpu;
    const double start = r.startDay();
    for (int i = 0; i < repeats; ++i) {
        // A slightly different range every time: the layout is recomputed, as when panning.
        r.setRangeDays(start + (i % 2 ? 0.25 : 0.0), start + 365.0 + (i % 2 ? 0.25 : 0.0));
        QPainter p(&img);
        t.restart();
        const double cpu0 = threadCpuMs();
        r.paint(p, rect);
        full << t.nsecsElapsed() / 1e6;
        fullCpu << threadCpuMs() - cpu0;
        r.setRangeDays(start + 0.125, start + 365.125);
        t.restart();
        r.layout(rect);
        layoutOnly << t.nsecsElapsed() / 1e6;
        t.restart();
        r.paint(p, rect);
        cached << t.nsecsElapsed() / 1e6;
    }
    const double fullMedian = median(full);
    std::printf("timeline: %d launches, %dx%d, %d repeats\n", count, int(rect.width()), int(rect.height()), repeats);
    std::printf("  setLaunches            %8.2f ms\n", setMs);
    std::printf("  paint after a pan      median %6.2f ms  (min %.2f, max %.2f)\n", fullMedian,
                *std::min_element(full.begin(), full.end()), *std::max_element(full.begin(), full.end()));
    std::printf("  paint after a pan, CPU median %6.2f ms\n", median(fullCpu));
    std::printf("  of which layout        median %6.2f ms\n", median(layoutOnly));
    std::printf("  repaint, same view     median %6.2f ms\n", median(cached));
    std::printf("  budget 8 ms: %s\n", fullMedian <= 8.0 ? "met" : (median(fullCpu) <= 8.0 ? "met in CPU time (wall clock loaded)" : "MISSED"));
    return 0;
}
