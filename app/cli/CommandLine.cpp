#include "cli/CommandLine.h"

#include "cli/ExportCommand.h"
#include "cli/ExtractCommand.h"

#include <QTextStream>

namespace atlas::cli {

namespace {
// Each entry is implemented in cli/<Name>Command.cpp and registered here.
struct Subcommand {
    const char *name;
    bool needsGui;
    int (*run)(const QStringList &arguments); // nullptr: not available in this version
    const char *summary;
};

const Subcommand kSubcommands[] = {
    {"extract", false, runExtract, "print the launches and reactions found in articles (JSON or CSV)"},
    {"export", true, runExport, "write a picture of the map, timeline, reactions or a briefing page"},
    {"export-data", false, runExportData, "write the catalog as CSV, GeoJSON or KML"},
};

const Subcommand *find(const QString &name)
{
    for (const Subcommand &s : kSubcommands) {
        if (name == QLatin1String(s.name))
            return &s;
    }
    return nullptr;
}
} // namespace

bool isSubcommand(const QString &firstArgument) { return find(firstArgument) != nullptr; }

bool subcommandNeedsGui(const QString &name)
{
    const Subcommand *s = find(name);
    return s && s->needsGui;
}

int runSubcommand(const QStringList &arguments)
{
    const Subcommand *s = arguments.size() > 1 ? find(arguments.at(1)) : nullptr;
    if (!s)
        return 2;
    if (!s->run) {
        QTextStream(stderr) << "launch-atlas " << s->name << ": not available in this version yet ("
                            << s->summary << ").\n";
        return 3;
    }
    return s->run(arguments);
}

} // namespace atlas::cli
