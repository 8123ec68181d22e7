#pragma once
// The library, from the File menu: New Library…, Open Library…, recent
// libraries, Import Files…/Import Folder… into the open library, and files
// dropped on the main window. It keeps the GUI's own connection to the open
// library, runs imports (store/ImportJob) with the import dialog, shows the
// catalog they assemble, and saves every analyst edit the moment the
// EditController applies or reverts it.
//
// A library that cannot be opened (damaged, not a library, from a newer
// version) is never written to: the analyst is told why and offered a way out
// (open the automatic backup as a copy, start a new library beside it, open
// another one).
#include "store/ImportJob.h"
#include "store/Library.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace atlas {

class EditController;
class ImportDialog;
class LaunchListModel;

class LibraryActions : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecent = 8;

    LibraryActions(QMainWindow *window, LaunchListModel *model, EditController *edits, QObject *parent = nullptr);
    ~LibraryActions() override;

    // Adds New Library…, Open Library… and Recent Libraries to `menu`, before
    // `before` (null: at the end). The window's own Open Articles…/Import
    // Folder… import into the open library (MainWindow::openPaths).
    void addToMenu(QMenu *menu, QAction *before = nullptr);
    // Lets the window take files dropped on it; they are imported.
    void acceptDrops(QWidget *target);

    // <AppDataLocation>/library.atlas
    static QString defaultLibraryPath();
    // At startup: the last library used, else the default one (created on the
    // first run with the bundled articles). False when none could be opened
    // (the caller then shows the bundled articles without a library).
    bool openStartupLibrary();

    bool openLibrary(const QString &path);
    // Creates a new, empty library; never replaces an existing file.
    bool createLibrary(const QString &path);
    bool isOpen() const { return m_library && m_library->isOpen(); }
    QString currentPath() const { return isOpen() ? m_library->path() : QString(); }
    // The GUI thread's connection; only while isOpen().
    Library &library() { return *m_library; }

    // Imports files and folders into the open library (with the dialog).
    void importPaths(const QStringList &paths);
    ImportJob *job() const { return m_job; }
    ImportDialog *dialog() const { return m_dialog; }

    QStringList recentLibraries() const;

    // What to do about a library that cannot be opened. The default asks with
    // a message box; tests answer without one.
    enum class WayOut { Cancel, OpenBackupCopy, StartNew, OpenAnother };
    using WayOutChooser = std::function<WayOut(const QString &path, const QString &error, bool hasBackup)>;
    void setWayOutChooser(WayOutChooser chooser) { m_chooseWayOut = std::move(chooser); }
    void setImportOptions(const ImportOptions &options) { m_job->setOptions(options); }

signals:
    // The open library changed (path empty: none).
    void libraryChanged(const QString &path);
    // An import or a refresh put a new catalog on screen.
    void catalogShown();
    // A message for the status bar.
    void status(const QString &message);
    // Files were dropped on the window (the window opens them: into the library when one is open).
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseNew();
    void chooseOpen();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void saveEdits();
    void importFinished(const ImportReport &report, const Catalog &catalog);
    void startJob(const QStringList &paths, const QString &title, bool showDialog);
    void offerWayOut(const QString &path, const QString &error);
    void backUpInBackground();

    QMainWindow *m_window;
    LaunchListModel *m_model;
    EditController *m_edits;
    std::unique_ptr<Library> m_library;
    WayOutChooser m_chooseWayOut;
    ImportJob *m_job;
    ImportDialog *m_dialog;
    QMenu *m_recentMenu = nullptr;
    QStringList m_queued;          // paths dropped while an import ran
    bool m_loadEditsOnFinish = false; // the job is the refresh of a library just opened
};

} // namespace atlas
