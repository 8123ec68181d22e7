#include "cli/SubcommandParser.h"

#include "extract/CatalogBuilder.h"
#include "model/Catalog.h"

#include <QTextStream>
#include <cstdio>

namespace atlas::cli {

SubcommandParser::SubcommandParser(const QString &name, const QString &usage, const QString &description)
    : m_name(name), m_usage(usage),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")),
      m_bundledOption(QStringLiteral("bundled"),
                      QStringLiteral("Also read the articles bundled with the application."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_bundledOption);
    m_parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Article files or folders."),
                                   QStringLiteral("PATH..."));
}

std::optional<int> SubcommandParser::parse(const QStringList &arguments)
{
    // arguments[0] is the program and [1] the subcommand: the parser sees
    // "launch-atlas NAME" as the program, which is what its messages should say.
    QStringList args = arguments.mid(1);
    if (!args.isEmpty())
        args[0] = QStringLiteral("launch-atlas ") + m_name;
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        // Qt names the program by its path; the user typed "launch-atlas NAME".
        QString help = m_parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     QStringLiteral("Usage: launch-atlas %1 %2").arg(m_name, m_usage));
        const QByteArray bytes = help.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    return std::nullopt;
}

QStringList SubcommandParser::articlePaths(int *status) const
{
    QStringList paths = m_parser.positionalArguments();
    if (m_parser.isSet(m_bundledOption))
        paths = CatalogBuilder::bundledArticlePaths() + paths;
    if (paths.isEmpty())
        *status = usageError(QStringLiteral("no PATH given (files or folders of articles, or --bundled)"));
    return paths;
}

int SubcommandParser::usageError(const QString &message) const
{
    QTextStream(stderr) << "launch-atlas " << m_name << ": " << message << "\n"
                        << "Try 'launch-atlas " << m_name << " --help'.\n";
    return kExitUsage;
}

void SubcommandParser::error(const QString &message) const
{
    QTextStream(stderr) << "launch-atlas " << m_name << ": " << message << "\n";
}

int SubcommandParser::finish(const Catalog &catalog) const
{
    if (catalog.problems.isEmpty())
        return 0;
    for (const Problem &p : catalog.problems)
        error(QStringLiteral("skipped %1: %2").arg(p.file, p.message));
    return kExitSkipped;
}

} // namespace atlas::cli
