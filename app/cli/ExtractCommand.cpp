// `launch-atlas extract`: the catalog of launches and reactions on stdout,
// without a display. Unreadable files are reported, not fatal: they are listed
// under "problems" (and on stderr) and the exit status says something was skipped.
#include "cli/ExtractCommand.h"

#include "extract/CatalogBuilder.h"
#include "io/CatalogJsonWriter.h"
#include "io/CsvWriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

#include <cstdio>

namespace atlas::cli {

namespace {
constexpr int kUsageError = 2;

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

int usageError(const QString &message)
{
    QTextStream(stderr) << "launch-atlas extract: " << message << "\n"
                        << "Try 'launch-atlas extract --help'.\n";
    return kUsageError;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kDescription));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Output format: json (default) or csv."),
                                          QStringLiteral("json|csv"), QStringLiteral("json"));
    const QCommandLineOption tableOption(QStringLiteral("table"),
                                         QStringLiteral("With --format csv: launches (default) or reactions."),
                                         QStringLiteral("launches|reactions"), QStringLiteral("launches"));
    const QCommandLineOption pubdateOption(
        QStringLiteral("pubdate"),
        QStringLiteral("Publication date for every article, overriding what the text says; "
                       "weekdays and relative dates resolve against it."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption bundledOption(QStringLiteral("bundled"),
                                           QStringLiteral("Also read the articles bundled with the application."));
    parser.addOption(helpOption);
    parser.addOption(formatOption);
    parser.addOption(tableOption);
    parser.addOption(pubdateOption);
    parser.addOption(bundledOption);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Article files or folders."),
                                 QStringLiteral("PATH..."));

    // arguments[0] is the program and [1] "extract": the parser sees "launch-atlas extract" as the program.
    QStringList args = arguments.mid(1);
    if (!args.isEmpty())
        args[0] = QStringLiteral("launch-atlas extract");
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        // Qt names the program by its path; the user typed "launch-atlas extract".
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: launch-atlas extract [options] PATH..."));
        writeOut(help.toUtf8());
        return 0;
    }

    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(QStringLiteral("unknown format '%1' (use json or csv)").arg(parser.value(formatOption)));
    const QString table = parser.value(tableOption).toLower();
    if (table != QLatin1String("launches") && table != QLatin1String("reactions"))
        return usageError(QStringLiteral("unknown table '%1' (use launches or reactions)").arg(parser.value(tableOption)));

    BuildOptions options;
    if (parser.isSet(pubdateOption)) {
        options.publicationDateOverride = QDate::fromString(parser.value(pubdateOption), Qt::ISODate);
        if (!options.publicationDateOverride.isValid())
            return usageError(QStringLiteral("'%1' is not a date as YYYY-MM-DD").arg(parser.value(pubdateOption)));
    }

    QStringList paths = parser.positionalArguments();
    if (parser.isSet(bundledOption))
        paths = CatalogBuilder::bundledArticlePaths() + paths;
    if (paths.isEmpty())
        return usageError(QStringLiteral("no PATH given (files or folders of articles, or --bundled)"));

    const Catalog catalog = CatalogBuilder(options).build(paths);

    if (format == QLatin1String("csv"))
        writeOut(table == QLatin1String("reactions") ? CsvWriter::reactions(catalog) : CsvWriter::launches(catalog));
    else
        writeOut(CatalogJsonWriter::write(catalog));

    if (!catalog.problems.isEmpty()) {
        QTextStream err(stderr);
        for (const Problem &p : catalog.problems)
            err << "launch-atlas extract: skipped " << p.file << ": " << p.message << "\n";
        return 1;
    }
    return 0;
}

} // namespace atlas::cli
