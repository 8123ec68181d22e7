// Export speed: a 3840x2160 briefing page of the bundled articles as PNG
// (painted and encoded), SVG and PDF; the budget is 1 s each. Prints the first
// (cold: basemap projection, estimator grid, fonts) and the median of 5 warm
// runs. Run: bench_export [--launches N] (N copies of the bundled launches,
// shifted by days, to see the cost of a busier page). Offscreen: no display.
#include "extract/CatalogBuilder.h"
#include "render/Exporter.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <algorithm>

using namespace atlas;

namespace {
double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

void measure(const char *name, const std::function<QByteArray()> &f)
{
    QByteArray out;
    const double cold = timeMs([&] { out = f(); });
    std::vector<double> warm;
    for (int i = 0; i < 5; ++i)
        warm.push_back(timeMs([&] { out = f(); }));
    std::sort(warm.begin(), warm.end());
    QTextStream(stdout) << QStringLiteral("%1  cold %2 ms  warm median %3 ms  (%4 KB)  %5\n")
                               .arg(QString::fromLatin1(name), -22)
                               .arg(cold, 7, 'f', 1)
                               .arg(warm[2], 7, 'f', 1)
                               .arg(out.size() / 1024)
                               .arg(warm[2] <= 1000 ? "within 1 s" : "OVER 1 s");
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int copies = 1;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--launches")));
    if (at >= 0 && at + 1 < args.size())
        copies = std::max(1, args.at(at + 1).toInt());

    Catalog catalog = CatalogBuilder().build(CatalogBuilder::bundledArticlePaths());
    const QVector<LaunchEvent> original = catalog.launches;
    for (int c = 1; c < copies; ++c) {
        for (LaunchEvent l : original) {
            l.id += QStringLiteral("-copy%1").arg(c);
            if (l.date.isKnown()) {
                l.date.earliest = l.date.earliest.addDays(c % 300);
                l.date.latest = l.date.latest.addDays(c % 300);
            }
            catalog.launches << l;
        }
    }
    QTextStream(stdout) << "Briefing page, 3840x2160, " << catalog.launches.size() << " launches, "
                        << catalog.articles.size() << " articles\n";
    const PictureContent content = PictureContent::forYear(&catalog, 0);
    ExportSettings s;
    s.view = ExportView::Briefing;
    s.size = QSize(3840, 2160);
    s.theme = Theme::Print;
    measure("PNG (paint)", [&] { return QByteArray::number(Exporter::renderImage(content, s).sizeInBytes()); });
    const QString png = QDir::temp().filePath(QStringLiteral("bench_export.png"));
    measure("PNG (paint + write)", [&] {
        Exporter::write(content, s, png);
        QFile f(png);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    });
    s.format = ExportFormat::Svg;
    measure("SVG", [&] { return Exporter::renderSvg(content, s); });
    s.format = ExportFormat::Pdf;
    measure("PDF", [&] { return Exporter::renderPdf(content, s); });
    return 0;
}
