// `launch-atlas export`: a picture of the map, timeline, reactions or a briefing
// page from articles, without a display (main() runs it on the offscreen platform).
#include "cli/ExportCommand.h"

#include "cli/SubcommandParser.h"
#include "extract/CatalogBuilder.h"
#include "render/Exporter.h"


namespace atlas::cli {

int runExport(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("export"), QStringLiteral("[options] -o OUT PATH..."),
        QStringLiteral(
            "Writes a picture of the launches found in articles: the map, the timeline, the reactions\n"
            "or a briefing page (title, map, timeline, legend, reactions, sources, notes on approximate\n"
            "values, attribution). PNG, SVG or PDF, chosen by the output's extension; SVG and PDF are\n"
            "vector with text kept as text.\n"
            "\n"
            "Exit status: 0 written, 1 written but some article skipped, 2 usage error, 4 not written."));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("map, timeline, reactions or briefing (default)."),
                                        QStringLiteral("VIEW"), QStringLiteral("briefing"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("1920x1080 (default), 3840x2160, a4, letter (landscape) or WxH."),
        QStringLiteral("SIZE"), QStringLiteral("1920x1080"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("PNG pixels per logical pixel: 1, 2 or 4."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), QStringLiteral("Only the launches of this year."), QStringLiteral("YYYY"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("print (default) or screen."),
                                         QStringLiteral("THEME"), QStringLiteral("print"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("The briefing's title."),
                                         QStringLiteral("T"));
    const QCommandLineOption subtitleOption(QStringLiteral("subtitle"),
                                            QStringLiteral("The briefing's subtitle."), QStringLiteral("S"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("The file to write: .png, .svg or .pdf."),
                                       QStringLiteral("OUT"));
    for (const QCommandLineOption *o : {&viewOption, &sizeOption, &scaleOption, &yearOption, &themeOption,
                                        &titleOption, &subtitleOption, &outOption})
        command.addOption(*o);
    if (const auto status = command.parse(arguments))
        return *status;
    const QCommandLineParser &parser = command.parser();

    ExportSettings settings;
    if (!exportViewFromName(parser.value(viewOption), &settings.view))
        return command.usageError(
            QStringLiteral("unknown view '%1' (use map, timeline, reactions or briefing)")
                .arg(parser.value(viewOption)));
    if (!Exporter::parseSize(parser.value(sizeOption), &settings))
        return command.usageError(
            QStringLiteral("'%1' is not a size (use WxH, a4 or letter)").arg(parser.value(sizeOption)));
    bool ok = false;
    settings.scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || (settings.scale != 1 && settings.scale != 2 && settings.scale != 4))
        return command.usageError(QStringLiteral("scale must be 1, 2 or 4"));
    const QString theme = parser.value(themeOption).toLower();
    if (theme != QLatin1String("print") && theme != QLatin1String("screen"))
        return command.usageError(QStringLiteral("unknown theme '%1' (use screen or print)").arg(theme));
    settings.theme = theme == QLatin1String("screen") ? Theme::Screen : Theme::Print;
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return command.usageError(QStringLiteral("no output file (-o OUT.png|.svg|.pdf)"));
    settings.format = Exporter::formatForPath(out, &ok);
    if (!ok)
        return command.usageError(QStringLiteral("'%1' does not end in .png, .svg or .pdf").arg(out));
    if (settings.format != ExportFormat::Png && settings.scale != 1)
        return command.usageError(QStringLiteral("--scale is for PNG only (SVG and PDF are vector)"));
    int year = 0;
    if (parser.isSet(yearOption)) {
        year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return command.usageError(QStringLiteral("'%1' is not a year").arg(parser.value(yearOption)));
    }

    int status = 0;
    const QStringList paths = command.articlePaths(&status);
    if (paths.isEmpty())
        return status;

    const Catalog catalog = CatalogBuilder().build(paths);
    PictureContent content = PictureContent::forYear(&catalog, year);
    content.title = parser.value(titleOption);
    content.subtitle = parser.value(subtitleOption);

    QString error;
    if (!Exporter::write(content, settings, out, &error)) {
        command.error(error);
        return kExitNotWritten;
    }
    return command.finish(catalog);
}

} // namespace atlas::cli
