// launch-atlas: GUI by default, headless subcommands (extract, export, export-data).
// main() builds the long-lived objects and passes them down: there are no globals.
#include "cli/CommandLine.h"
#include "model/LaunchListModel.h"
#include "widgets/AppTranslator.h"
#include "widgets/DarkPalette.h"
#include "widgets/LibraryActions.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QScreen>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>

namespace {
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LaunchAtlas"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("launch-atlas.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("launch-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
}

int runHeadless(int argc, char **argv)
{
    // The subcommands speak English (no translation is installed), so the dates
    // in their pictures do too, whatever the machine's locale: scripts get the
    // same picture everywhere. Machine formats (CSV, JSON) are ISO regardless.
    QLocale::setDefault(QLocale::c());
    const QString name = QString::fromLocal8Bit(argv[1]);
    if (atlas::cli::subcommandNeedsGui(name)) {
        // Painting needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        nameApplication();
        return atlas::cli::runSubcommand(app.arguments());
    }
    QCoreApplication app(argc, argv);
    nameApplication();
    return atlas::cli::runSubcommand(app.arguments());
}
} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && atlas::cli::isSubcommand(QString::fromLocal8Bit(argv[1])))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Launch Atlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/atlas/icons/launch-atlas.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.launchatlas.LaunchAtlas"));
    // The language follows the system locale (LANGUAGE=ko or LANGUAGE=ja overrides it).
    atlas::AppTranslator translator;
    const QString language = translator.install(QLocale::system());
    // Dates and numbers in the language the window speaks (LANGUAGE=ko with LANG=C
    // still gives "2025년 1월"): the system's locale when it is that language, else
    // that language in the system's territory; English when no translation fits.
    const QLocale::Language spoken = language.isEmpty() ? QLocale::English : QLocale(language).language();
    if (QLocale::system().language() != spoken)
        QLocale::setDefault(QLocale(spoken, QLocale::system().territory()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Launch Atlas: North Korea's missile launches from the news.\n\n"
        "Subcommands (no display needed; run 'launch-atlas SUBCOMMAND --help'):\n"
        "  extract      print the launches and reactions found in articles\n"
        "  export       write a picture of the map, timeline, reactions or a briefing\n"
        "  export-data  write the catalog as CSV, GeoJSON or KML"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QStringLiteral("Use a dark colour palette, for desktops whose dark mode Qt does not see."));
    parser.addOption(darkOption);
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QStringLiteral("Open this library file (created when missing) instead of the last one used."),
        QStringLiteral("FILE"));
    parser.addOption(libraryOption);
    const QCommandLineOption noLibraryOption(
        QStringLiteral("no-library"),
        QStringLiteral("Only show the articles given (or the bundled ones); keep nothing in a library."));
    parser.addOption(noLibraryOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Articles or folders to open (default: the bundled articles)."),
                                 QStringLiteral("[FILES|DIRS...]"));
    parser.process(app);
    if (parser.isSet(darkOption))
        atlas::applyDarkPalette();

    atlas::LaunchListModel model;
    atlas::MainWindow window(&model);
    // A first start fills most of the screen; later starts restore the saved geometry.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        window.resize(screen->availableGeometry().size().boundedTo(QSize(1920, 1200)) * 0.96);
    else
        window.resize(1500, 940);
    window.show();
    // The library: the one named, else the last one used, else the default one,
    // which the first run creates with the bundled articles in it.
    bool libraryOpen = false;
    if (!parser.isSet(noLibraryOption)) {
        atlas::LibraryActions *library = window.libraryActions();
        const QString named = parser.value(libraryOption);
        if (named.isEmpty())
            libraryOpen = library->openStartupLibrary();
        else
            libraryOpen = QFileInfo::exists(named) ? library->openLibrary(named) : library->createLibrary(named);
    }
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments()); // into the library when one is open
    else if (!libraryOpen)
        window.openBundledArticles();
    return app.exec();
}
