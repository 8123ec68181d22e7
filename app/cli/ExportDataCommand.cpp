// `launch-atlas export-data`: the catalog as CSV (one launch a row, with its
// sources), GeoJSON or KML, for spreadsheets and GIS tools. No GUI needed.
#include "cli/ExportCommand.h"

#include "extract/CatalogBuilder.h"
#include "io/CsvWriter.h"
#include "io/GeoJsonWriter.h"
#include "io/KmlWriter.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace atlas::cli {

namespace {
int usageError(const QString &message)
{
    QTextStream(stderr) << "launch-atlas export-data: " << message << "\n"
                        << "Try 'launch-atlas export-data --help'.\n";
    return 2;
}
} // namespace

int runExportData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the launches found in articles for other tools: CSV (one launch a row, with its\n"
        "sources), GeoJSON (sites as Points, estimated splashdown arcs as LineStrings flagged\n"
        "approximate; coordinates lon, lat) or KML 2.2 (Placemarks with TimeStamp or TimeSpan at\n"
        "the date's real precision). '-o -' writes to standard output.\n"
        "\n"
        "Exit status: 0 written, 1 written but some article skipped, 2 usage error, 4 not written."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv, geojson or kml (default: from OUT's extension)."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."),
                                       QStringLiteral("OUT"));
    const QCommandLineOption bundledOption(QStringLiteral("bundled"),
                                           QStringLiteral("Also read the articles bundled with the application."));
    for (const QCommandLineOption *o : {&helpOption, &formatOption, &outOption, &bundledOption})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Article files or folders."),
                                 QStringLiteral("PATH..."));

    QStringList args = arguments.mid(1);
    if (!args.isEmpty())
        args[0] = QStringLiteral("launch-atlas export-data");
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     QStringLiteral("Usage: launch-atlas export-data --format csv|geojson|kml -o OUT PATH..."));
        QTextStream(stdout) << help;
        return 0;
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return usageError(QStringLiteral("no output file (-o OUT, or -o - for standard output)"));
    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty()) {
        const QString lower = out.toLower();
        format = lower.endsWith(QLatin1String(".csv"))       ? QStringLiteral("csv")
                 : lower.endsWith(QLatin1String(".geojson")) || lower.endsWith(QLatin1String(".json")) ? QStringLiteral("geojson")
                 : lower.endsWith(QLatin1String(".kml"))     ? QStringLiteral("kml")
                                                              : QString();
    }
    if (format != QLatin1String("csv") && format != QLatin1String("geojson") && format != QLatin1String("kml"))
        return usageError(QStringLiteral("give --format csv, geojson or kml"));

    QStringList paths = parser.positionalArguments();
    if (parser.isSet(bundledOption))
        paths = CatalogBuilder::bundledArticlePaths() + paths;
    if (paths.isEmpty())
        return usageError(QStringLiteral("no PATH given (files or folders of articles, or --bundled)"));

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
            QTextStream(stderr) << "launch-atlas export-data: could not write " << out << ": " << file.errorString() << "\n";
            return 4;
        }
    }
    if (!catalog.problems.isEmpty()) {
        QTextStream err(stderr);
        for (const Problem &p : catalog.problems)
            err << "launch-atlas export-data: skipped " << p.file << ": " << p.message << "\n";
        return 1;
    }
    return 0;
}

} // namespace atlas::cli
