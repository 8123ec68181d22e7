// `launch-atlas extract`: the catalog of launches and reactions on stdout,
// without a display. Unreadable files are reported, not fatal: they are listed
// under "problems" (and on stderr) and the exit status says something was skipped.
#include "cli/ExtractCommand.h"

#include "cli/SubcommandParser.h"
#include "extract/CatalogBuilder.h"
#include "io/CatalogJsonWriter.h"
#include "io/CsvWriter.h"

#include <QDate>
#include <cstdio>

namespace atlas::cli {

namespace {
const char *kDescription =
    "Reads news articles (.txt, .md, .html; files or folders, searched recursively) and prints\n"
    "the missile launches and diplomatic reactions found in them.\n"
    "\n"
    "JSON (the default) has four lists: \"articles\" (id, file, title, publication_date),\n"
    "\"launches\" (merged across articles, with date, site, classes, names, count, distance,\n"
    "apogee, splashdown, per-article sources with evidence spans, and conflicts),\n"
    "\"reactions\" (actor country, person, role, stance, quote, date, evidence) and\n"
    "\"problems\" (files that could not be read, and why). Unknown values are null.\n"
    "CSV prints one launch a row (or one reaction a row with --table reactions).\n"
    "\n"
    "Exit status: 0 when every file was read, 1 when some were skipped (see \"problems\"),\n"
    "2 for a usage error.";

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

int runExtract(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("extract"), QStringLiteral("[options] PATH..."),
                             QString::fromLatin1(kDescription));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Output format: json (default) or csv."),
                                          QStringLiteral("json|csv"), QStringLiteral("json"));
    const QCommandLineOption tableOption(
        QStringLiteral("table"), QStringLiteral("With --format csv: launches (default) or reactions."),
        QStringLiteral("launches|reactions"), QStringLiteral("launches"));
    const QCommandLineOption pubdateOption(
        QStringLiteral("pubdate"),
        QStringLiteral("Publication date for every article, overriding what the text says; "
                       "weekdays and relative dates resolve against it."),
        QStringLiteral("YYYY-MM-DD"));
    command.addOption(formatOption);
    command.addOption(tableOption);
    command.addOption(pubdateOption);
    if (const auto status = command.parse(arguments))
        return *status;
    const QCommandLineParser &parser = command.parser();

    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return command.usageError(
            QStringLiteral("unknown format '%1' (use json or csv)").arg(parser.value(formatOption)));
    const QString table = parser.value(tableOption).toLower();
    if (table != QLatin1String("launches") && table != QLatin1String("reactions"))
        return command.usageError(
            QStringLiteral("unknown table '%1' (use launches or reactions)").arg(parser.value(tableOption)));

    BuildOptions options;
    if (parser.isSet(pubdateOption)) {
        options.publicationDateOverride = QDate::fromString(parser.value(pubdateOption), Qt::ISODate);
        if (!options.publicationDateOverride.isValid())
            return command.usageError(
                QStringLiteral("'%1' is not a date as YYYY-MM-DD").arg(parser.value(pubdateOption)));
    }

    int status = 0;
    const QStringList paths = command.articlePaths(&status);
    if (paths.isEmpty())
        return status;

    const Catalog catalog = CatalogBuilder(options).build(paths);

    if (format == QLatin1String("csv"))
        writeOut(table == QLatin1String("reactions") ? CsvWriter::reactions(catalog)
                                                     : CsvWriter::launches(catalog));
    else
        writeOut(CatalogJsonWriter::write(catalog));
    return command.finish(catalog);
}

} // namespace atlas::cli
