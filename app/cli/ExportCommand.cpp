// `launch-atlas export`: a picture of the map, timeline, reactions or a briefing
// page from articles, without a display (main() runs it on the offscreen platform).
#include "cli/ExportCommand.h"

#include "extract/CatalogBuilder.h"
#include "render/Exporter.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace atlas::cli {

namespace {
constexpr int kUsageError = 2;
constexpr int kWriteError = 4;

int usageError(const QString &message)
{
    QTextStream(stderr) << "launch-atlas export: " << message << "\n"
                        << "Try 'launch-atlas export --help'.\n";
    return kUsageError;
}
} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a picture of the launches found in articles: the map, the timeline, the reactions\n"
        "or a briefing page (title, map, timeline, legend, reactions, sources, notes on approximate\n"
        "values, attribution). PNG, SVG or PDF, chosen by the output's extension; SVG and PDF are\n"
        "vector with text kept as text.\n"
        "\n"
        "Exit status: 0 written, 1 written but some article skipped, 2 usage error, 4 not written."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption viewOption(QStringLiteral("view"), QStringLiteral("map, timeline, reactions or briefing (default)."),
                                        QStringLiteral("VIEW"), QStringLiteral("briefing"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("1920x1080 (default), 3840x2160, a4, letter (landscape) or WxH."),
                                        QStringLiteral("SIZE"), QStringLiteral("1920x1080"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("PNG pixels per logical pixel: 1, 2 or 4."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption yearOption(QStringLiteral("year"), QStringLiteral("Only the launches of this year."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("print (default) or screen."),
                                         QStringLiteral("THEME"), QStringLiteral("print"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("The briefing's title."), QStringLiteral("T"));
    const QCommandLineOption subtitleOption(QStringLiteral("subtitle"), QStringLiteral("The briefing's subtitle."),
                                            QStringLiteral("S"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("The file to write: .png, .svg or .pdf."), QStringLiteral("OUT"));
    const QCommandLineOption bundledOption(QStringLiteral("bundled"),
                                           QStringLiteral("Also read the articles bundled with the application."));
    for (const QCommandLineOption *o : {&helpOption, &viewOption, &sizeOption, &scaleOption, &yearOption, &themeOption,
                                        &titleOption, &subtitleOption, &outOption, &bundledOption})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Article files or folders."),
                                 QStringLiteral("PATH..."));

    QStringList args = arguments.mid(1);
    if (!args.isEmpty())
        args[0] = QStringLiteral("launch-atlas export");
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: launch-atlas export [options] -o OUT PATH..."));
        QTextStream(stdout) << help;
        return 0;
    }

    ExportSettings settings;
    if (!exportViewFromName(parser.value(viewOption), &settings.view))
        return usageError(QStringLiteral("unknown view '%1' (use map, timeline, reactions or briefing)").arg(parser.value(viewOption)));
    if (!Exporter::parseSize(parser.value(sizeOption), &settings))
        return usageError(QStringLiteral("'%1' is not a size (use WxH, a4 or letter)").arg(parser.value(sizeOption)));
    bool ok = false;
    settings.scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || (settings.scale != 1 && settings.scale != 2 && settings.scale != 4))
        return usageError(QStringLiteral("scale must be 1, 2 or 4"));
    const QString theme = parser.value(themeOption).toLower();
    if (theme != QLatin1String("print") && theme != QLatin1String("screen"))
        return usageError(QStringLiteral("unknown theme '%1' (use screen or print)").arg(theme));
    settings.theme = theme == QLatin1String("screen") ? Theme::Screen : Theme::Print;
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return usageError(QStringLiteral("no output file (-o OUT.png|.svg|.pdf)"));
    settings.format = Exporter::formatForPath(out, &ok);
    if (!ok)
        return usageError(QStringLiteral("'%1' does not end in .png, .svg or .pdf").arg(out));
    if (settings.format != ExportFormat::Png && settings.scale != 1)
        return usageError(QStringLiteral("--scale is for PNG only (SVG and PDF are vector)"));
    int year = 0;
    if (parser.isSet(yearOption)) {
        year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return usageError(QStringLiteral("'%1' is not a year").arg(parser.value(yearOption)));
    }

    QStringList paths = parser.positionalArguments();
    if (parser.isSet(bundledOption))
        paths = CatalogBuilder::bundledArticlePaths() + paths;
    if (paths.isEmpty())
        return usageError(QStringLiteral("no PATH given (files or folders of articles, or --bundled)"));

    const Catalog catalog = CatalogBuilder().build(paths);
    PictureContent content = PictureContent::forYear(&catalog, year);
    content.title = parser.value(titleOption);
    content.subtitle = parser.value(subtitleOption);

    QString error;
    if (!Exporter::write(content, settings, out, &error)) {
        QTextStream(stderr) << "launch-atlas export: " << error << "\n";
        return kWriteError;
    }
    if (!catalog.problems.isEmpty()) {
        QTextStream err(stderr);
        for (const Problem &p : catalog.problems)
            err << "launch-atlas export: skipped " << p.file << ": " << p.message << "\n";
        return 1;
    }
    return 0;
}

} // namespace atlas::cli
