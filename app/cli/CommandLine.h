#pragma once
// The command line: `launch-atlas [FILES|DIRS...]` opens the GUI; subcommands
// (extract, export, export-data) run without a display and print or write files.
#include <QStringList>

namespace atlas::cli {

// True when argv names a subcommand that must run without a window.
bool isSubcommand(const QString &firstArgument);
// Subcommands that paint (export) need a QGuiApplication; the rest QCoreApplication.
bool subcommandNeedsGui(const QString &name);
// Runs the subcommand; returns the process exit status.
int runSubcommand(const QStringList &arguments);

} // namespace atlas::cli
