// `launch-atlas export-data`: the catalog as CSV (one launch a row, with its
// sources), GeoJSON or KML, for spreadsheets and GIS tools. No GUI needed.
#include "cli/ExportCommand.h"
#include "cli/SubcommandParser.h"
#include "extract/CatalogBuilder.h"
#include "io/CsvWriter.h"
#include "io/GeoJsonWriter.h"
#include "io/KmlWriter.h"

#include <QSaveFile>
#include <cstdio>

namespace atlas::cli {

int runExportData(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("export-data"), QStringLiteral("--format csv|geojson|kml -o OUT PATH..."),
        QStringLiteral(
            "Writes the launches found in articles for other tools: CSV (one launch a row, with its\n"
            "sources), GeoJSON (sites as Points, estimated splashdown arcs as LineStrings flagged\n"
            "approximate; coordinates lon, lat) or KML 2.2 (Placemarks with TimeStamp or TimeSpan at\n"
            "the date's real precision). '-o -' writes to standard output.\n"
            "\n"
            "Exit status: 0 written, 1 written but some article skipped, 2 usage error, 4 not written."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("csv, geojson or kml (default: from OUT's extension)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("The file to write."), QStringLiteral("OUT"));
    for (const QCommandLineOption *o : {&formatOption, &outOption})
        command.addOption(*o);
    if (const auto status = command.parse(arguments))
        return *status;
    const QCommandLineParser &parser = command.parser();
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return command.usageError(QStringLiteral("no output file (-o OUT, or -o - for standard output)"));
    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty()) {
        const QString lower = out.toLower();
        format = lower.endsWith(QLatin1String(".csv")) ? QStringLiteral("csv")
                 : lower.endsWith(QLatin1String(".geojson")) || lower.endsWith(QLatin1String(".json"))
                     ? QStringLiteral("geojson")
                 : lower.endsWith(QLatin1String(".kml")) ? QStringLiteral("kml")
                                                         : QString();
    }
    if (format != QLatin1String("csv") && format != QLatin1String("geojson") &&
        format != QLatin1String("kml"))
        return command.usageError(QStringLiteral("give --format csv, geojson or kml"));

    int status = 0;
    const QStringList paths = command.articlePaths(&status);
    if (paths.isEmpty())
        return status;

    const Catalog catalog = CatalogBuilder().build(paths);
    const QByteArray bytes = format == QLatin1String("csv")       ? CsvWriter::launches(catalog)
                             : format == QLatin1String("geojson") ? GeoJsonWriter::write(catalog)
                                                                  : KmlWriter::write(catalog);
    if (out == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            command.error(QStringLiteral("could not write %1: %2").arg(out, file.errorString()));
            return kExitNotWritten;
        }
    }
    return command.finish(catalog);
}

} // namespace atlas::cli
