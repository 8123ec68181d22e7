#include "widgets/MainWindow.h"

#include "model/LaunchListModel.h"
#include "model/MissileClass.h"
#include "widgets/ArticleView.h"
#include "widgets/AboutDialog.h"
#include "widgets/CatalogLoader.h"
#include "widgets/CorrectionsDialog.h"
#include "widgets/EditController.h"
#include "widgets/ExportActions.h"
#include "widgets/GlossaryDialog.h"
#include "widgets/LaunchDetails.h"
#include "widgets/LibraryActions.h"
#include "widgets/FindBar.h"
#include "widgets/FirstRunHint.h"
#include "widgets/RecentFiles.h"
#include "widgets/SaveCopyAction.h"
#include "widgets/SelectionKeeper.h"
#include "widgets/StandardShortcuts.h"
#include "widgets/MapView.h"
#include "widgets/ReactionsPanel.h"
#include "widgets/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>

namespace atlas {

MainWindow::MainWindow(LaunchListModel *model, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_selection(new QItemSelectionModel(model, this)),
      m_loader(new CatalogLoader(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Launch Atlas"));
    buildPanes();
    buildMenus();

    m_statusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("loadProgress"));
    progress->setMaximumWidth(220);
    progress->setVisible(false);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelLoad"));
    cancel->setVisible(false);
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(cancel);
    connect(cancel, &QPushButton::clicked, m_loader, &CatalogLoader::cancel);
    connect(m_loader, &CatalogLoader::progress, this, [progress, cancel](int done, int total) {
        progress->setVisible(true);
        cancel->setVisible(true);
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(m_loader, &CatalogLoader::finished, this, [this, progress, cancel](const Catalog &catalog, bool cancelled) {
        progress->setVisible(false);
        cancel->setVisible(false);
        statusBar()->clearMessage(); // "Reading…" is over, whatever the outcome
        if (cancelled) {
            statusBar()->showMessage(tr("Loading cancelled; nothing was changed."), 5000);
            return;
        }
        m_model->setCatalog(catalog);
        if (!catalog.problems.isEmpty())
            statusBar()->showMessage(tr("%n file(s) skipped: %1", nullptr, int(catalog.problems.size()))
                                         .arg(catalog.problems.first().message), 8000);
    });
    connect(m_model, &LaunchListModel::catalogChanged, this, &MainWindow::updateStatus);
    // Open on something to look at: the first launch, or the one selected before a reload.
    new SelectionKeeper(m_model, m_selection, this);

    m_defaultState = saveState();
    restoreLayout();
    updateStatus();
    m_firstRunHint = new FirstRunHint(m_map);
    m_firstRunHint->showIfFirstRun();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanes()
{
    // The map is the centre of the window; timeline and reactions dock around it.
    m_map = new MapView(m_model, m_selection, this);
    setCentralWidget(m_map);

    m_timeline = new TimelineView(m_model, m_selection, this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);

    m_reactions = new ReactionsPanel(m_model, m_selection, this);
    m_reactionsDock = new QDockWidget(tr("Reactions"), this);
    m_reactionsDock->setObjectName(QStringLiteral("reactionsDock"));
    m_reactionsDock->setWidget(m_reactions);
    addDockWidget(Qt::RightDockWidgetArea, m_reactionsDock);
    m_findBar = new FindBar(m_model, m_selection, this);
    m_findDock = new QDockWidget(tr("Find"), this);
    m_findDock->setObjectName(QStringLiteral("findDock"));
    m_findDock->setWidget(m_findBar);
    addDockWidget(Qt::LeftDockWidgetArea, m_findDock);
    m_findDock->hide();
    connect(m_findBar, &FindBar::closeRequested, m_findDock, &QWidget::hide);
    buildAnalysisPanes();
    resizeDocks({m_timelineDock}, {300}, Qt::Vertical);
    resizeDocks({m_reactionsDock}, {430}, Qt::Horizontal);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // The library: New/Open/Recent Libraries first; articles opened or dropped go into it.
    m_libraryActions = new LibraryActions(this, m_model, m_edits, this);
    m_libraryActions->addToMenu(file);
    m_libraryActions->acceptDrops(this);
    connect(m_libraryActions, &LibraryActions::filesDropped, this, &MainWindow::openPaths);
    connect(m_libraryActions, &LibraryActions::status, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    QAction *open = file->addAction(tr("&Open Articles…"), this, &MainWindow::chooseFiles);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Read news articles (.txt, .md, .html) and extract their launches"));
    QAction *importFolder = file->addAction(tr("&Import Folder…"), this, &MainWindow::chooseFolder);
    importFolder->setObjectName(QStringLiteral("actionImportFolder"));
    importFolder->setStatusTip(tr("Read every article in a folder and its subfolders"));
    m_recentFiles = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openPaths);
    auto *saveCopy = new SaveCopyAction(m_libraryActions, this); // Ctrl+S: edits save themselves
    file->addAction(saveCopy);
    connect(saveCopy, &SaveCopyAction::status, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setStatusTip(tr("Export pictures of the map, timeline and reactions"));
    auto *exports = new ExportActions(m_model, m_selection, m_timeline, m_reactions, this);
    exports->attach(exportAction, file); // enables it; adds File → Export Data…
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(standardShortcuts(QKeySequence::Quit));
    quit->setStatusTip(tr("Close Launch Atlas; the window layout is kept for next time"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_edits->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_edits->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    undo->setStatusTip(tr("Undo your last correction"));
    redo->setStatusTip(tr("Redo the correction you undid"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *corrections = edit->addAction(tr("&Corrections…"), this, [this] {
        auto *dialog = new CorrectionsDialog(m_edits, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    corrections->setObjectName(QStringLiteral("actionCorrections"));
    corrections->setStatusTip(tr("Every correction you made, with the machine's value; revert any of them"));
    edit->addSeparator();
    edit->addAction(exports->copyPictureAction()); // Ctrl+Shift+C

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_timelineDock->toggleViewAction());
    view->addAction(m_reactionsDock->toggleViewAction());
    view->addAction(m_detailsDock->toggleViewAction());
    view->addAction(m_articleDock->toggleViewAction());
    for (QDockWidget *dock : {m_timelineDock, m_reactionsDock, m_detailsDock, m_articleDock})
        dock->toggleViewAction()->setStatusTip(tr("Show or hide the %1 pane").arg(dock->windowTitle()));
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    reset->setStatusTip(tr("Put every pane back where it was at first start"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, &MainWindow::showFind);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Find launches, places, actors and words in the articles"));
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(standardShortcuts(QKeySequence::FullScreen));
    fullScreen->setStatusTip(tr("Use the whole screen for the map, timeline and reactions"));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *glossary = help->addAction(tr("&Glossary"), this, &MainWindow::showGlossary);
    glossary->setObjectName(QStringLiteral("actionGlossary"));
    glossary->setShortcut(QKeySequence::HelpContents);
    glossary->setStatusTip(tr("Missile classes, date precision and the other terms, in plain words"));
    QAction *gettingStarted = help->addAction(tr("Getting &Started"), this, [this] { m_firstRunHint->showHint(); });
    gettingStarted->setObjectName(QStringLiteral("actionGettingStarted"));
    gettingStarted->setStatusTip(tr("Show what to try first"));
    QAction *about = help->addAction(tr("&About Launch Atlas"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setStatusTip(tr("Version, data sources and their licences"));
}

void MainWindow::openPaths(const QStringList &paths)
{
    statusBar()->showMessage(tr("Reading %n path(s)…", nullptr, int(paths.size())));
    m_recentFiles->add(paths);
    // With a library open, articles are imported into it and kept; without one
    // (tests, --no-library) they are only read and shown.
    if (m_libraryActions && m_libraryActions->isOpen()) {
        m_libraryActions->importPaths(paths);
        return;
    }
    m_loader->start(paths);
}

void MainWindow::openBundledArticles() { openPaths(CatalogBuilder::bundledArticlePaths()); }

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(), tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void MainWindow::showFind()
{
    m_findDock->show();
    m_findDock->raise();
    m_findBar->activate();
}

void MainWindow::updateStatus()
{
    const Catalog &c = m_model->catalog();
    m_statusCounts->setText(tr("%1 articles · %2 launches · %3 reactions")
                                .arg(c.articles.size())
                                .arg(m_model->rowCount())
                                .arg(c.reactions.size()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    m_timelineDock->show();
    m_reactionsDock->show();
    m_detailsDock->show();
    m_articleDock->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_loader->cancel();
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showGlossary() { showGlossaryFor(QString()); }

void MainWindow::showGlossaryFor(const QString &field)
{
    if (!m_glossary)
        m_glossary = new GlossaryDialog(this);
    if (!field.isEmpty())
        m_glossary->showField(field);
    m_glossary->show();
    m_glossary->raise();
}

// Details and article docks: the analyst's side of the window. Reactions and
// details open articles at their sentence; "?" links open the glossary.
void MainWindow::buildAnalysisPanes()
{
    m_edits = new EditController(m_model, this);
    m_details = new LaunchDetails(m_model, m_selection, m_edits, this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    tabifyDockWidget(m_reactionsDock, m_detailsDock);
    m_reactionsDock->raise();

    m_article = new ArticleView(m_model, m_selection, this);
    m_articleDock = new QDockWidget(tr("Article"), this);
    m_articleDock->setObjectName(QStringLiteral("articleDock"));
    m_articleDock->setWidget(m_article);
    // Reactions, details and the article share the right side as tabs, so the
    // map keeps the width it needs; any of them can be dragged out and the
    // layout is remembered.
    addDockWidget(Qt::RightDockWidgetArea, m_articleDock);
    tabifyDockWidget(m_detailsDock, m_articleDock);
    m_reactionsDock->raise();

    auto openArticle = [this](const QString &articleId, int start, int end) {
        m_articleDock->show();
        m_articleDock->raise();
        m_article->showArticle(articleId, start, end);
    };
    connect(m_reactions, &ReactionsPanel::articleRequested, this, openArticle);
    connect(m_findBar, &FindBar::articleRequested, this, openArticle);
    connect(m_details, &LaunchDetails::articleRequested, this, openArticle);
    connect(m_article, &ArticleView::fieldActivated, this, [this](const QString &, const QString &field) {
        m_details->showField(field); // the launch is already selected; show that field of it
    });
    connect(m_details, &LaunchDetails::glossaryRequested, this, &MainWindow::showGlossaryFor);
    connect(m_timeline, &TimelineView::dateWindowChanged, m_reactions, &ReactionsPanel::setDateWindow);
    connect(m_timeline, &TimelineView::dateWindowChanged, m_map, &MapView::setDateWindow);
    connect(m_timeline, &TimelineView::assignDateRequested, m_edits,
            [this](const QString &launchId, const QDate &date) { m_edits->assignDate(launchId, FuzzyDate::onDay(date)); });
    connect(m_timeline, &TimelineView::detailsRequested, this, [this] { m_detailsDock->show(); m_detailsDock->raise(); });
}

} // namespace atlas
