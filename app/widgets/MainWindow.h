#pragma once
// The main window only wires: it owns the panes, the menus and the one shared
// selection model, and hands work to the objects that do it.
#include <QMainWindow>

class QDockWidget;
class QItemSelectionModel;
class QLabel;

namespace atlas {
class LaunchListModel;
class MapView;
class ReactionsPanel;
class TimelineView;
class CatalogLoader;
class FindBar;
class FirstRunHint;
class RecentFiles;
class ArticleView;
class LaunchDetails;
class EditController;
class GlossaryDialog;
class LibraryActions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LaunchListModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads and extracts these files/folders off the GUI thread, then shows them.
    void openPaths(const QStringList &paths);
    void openBundledArticles();

    QItemSelectionModel *selectionModel() const { return m_selection; }
    TimelineView *timelineView() const { return m_timeline; }
    MapView *mapView() const { return m_map; }
    ReactionsPanel *reactionsPanel() const { return m_reactions; }
    CatalogLoader *loader() const { return m_loader; }
    FindBar *findBar() const { return m_findBar; }
    FirstRunHint *firstRunHint() const { return m_firstRunHint; }
    ArticleView *articleView() const { return m_article; }
    LaunchDetails *launchDetails() const { return m_details; }
    // Every analyst correction goes through it (undo/redo, and the library persists them).
    EditController *editController() const { return m_edits; }
    // The open library: File menu entries, imports, saving edits as they are made.
    LibraryActions *libraryActions() const { return m_libraryActions; }
    // Opens the glossary, at the entry for a launch field when one is given.
    void showGlossaryFor(const QString &field);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildMenus();
    void buildAnalysisPanes();
    void restoreLayout();
    void resetLayout();
    void updateStatus();
    void chooseFiles();
    void chooseFolder();
    void showAbout();
    void showGlossary();
    void showFind();

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    CatalogLoader *m_loader;
    TimelineView *m_timeline = nullptr;
    MapView *m_map = nullptr;
    ReactionsPanel *m_reactions = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_reactionsDock = nullptr;
    FindBar *m_findBar = nullptr;
    QDockWidget *m_findDock = nullptr;
    FirstRunHint *m_firstRunHint = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    EditController *m_edits = nullptr;
    ArticleView *m_article = nullptr;
    LaunchDetails *m_details = nullptr;
    QDockWidget *m_articleDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    GlossaryDialog *m_glossary = nullptr;
    LibraryActions *m_libraryActions = nullptr;
    QLabel *m_statusCounts = nullptr;
    QByteArray m_defaultState;
};

} // namespace atlas
