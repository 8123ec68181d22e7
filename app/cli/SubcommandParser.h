#pragma once
// What every subcommand (extract, export, export-data) shares, so each file
// keeps only its own options: messages prefixed with "launch-atlas NAME",
// -h/--help with the usage line the user typed, --bundled and the PATH list,
// and the closing report of skipped files that sets the exit status.
#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace atlas {
struct Catalog;
}

namespace atlas::cli {

constexpr int kExitSkipped = 1;
constexpr int kExitUsage = 2;
constexpr int kExitNotWritten = 4;

class SubcommandParser {
public:
    // name: "extract"; usage: the line after "Usage: launch-atlas NAME ".
    SubcommandParser(const QString &name, const QString &usage, const QString &description);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    const QCommandLineParser &parser() const { return m_parser; }

    // Parses arguments (argv with [1] the subcommand name). Returns an exit status
    // when the command must end now: a usage error, or the help printed.
    std::optional<int> parse(const QStringList &arguments);

    // The article paths: the bundled articles first with --bundled, then PATH...
    // Empty when none was given (usageError has then been printed into *status).
    QStringList articlePaths(int *status) const;

    // Prints "launch-atlas NAME: message" and the --help hint; returns kExitUsage.
    int usageError(const QString &message) const;
    // Prints "launch-atlas NAME: message"; for failures that are not usage errors.
    void error(const QString &message) const;
    // Lists the skipped files on stderr: kExitSkipped when there were any, else 0.
    int finish(const Catalog &catalog) const;

private:
    QString m_name;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_bundledOption;
};

} // namespace atlas::cli
