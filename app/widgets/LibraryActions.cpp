#include "widgets/LibraryActions.h"

#include "extract/CatalogBuilder.h"
#include "model/LaunchListModel.h"
#include "widgets/EditController.h"
#include "widgets/ImportDialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas {

namespace {
const QString kRecentKey = QStringLiteral("library/recent");
const QString kCurrentKey = QStringLiteral("library/current");

QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            out << url.toLocalFile();
    }
    return out;
}

// A file name beside `path` that does not exist yet: "<base>-<tag>-<time>.atlas".
QString siblingPath(const QString &path, const QString &tag)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate;
    for (int n = 0;; ++n) {
        candidate = info.dir().filePath(QStringLiteral("%1-%2-%3%4.atlas")
                                            .arg(info.completeBaseName(), tag, stamp,
                                                 n ? QStringLiteral("-%1").arg(n) : QString()));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}
} // namespace

LibraryActions::LibraryActions(QMainWindow *window, LaunchListModel *model, EditController *edits, QObject *parent)
    : QObject(parent), m_window(window), m_model(model), m_edits(edits), m_job(new ImportJob(this)),
      m_dialog(new ImportDialog(window))
{
    connect(m_job, &ImportJob::progress, this, [this](const ImportProgress &p) {
        if (m_dialog->isVisible())
            m_dialog->showProgress(p);
        else if (p.filesTotal > 0)
            emit status(tr("Library: %1 of %2 articles read").arg(p.filesDone).arg(p.filesTotal));
    });
    connect(m_job, &ImportJob::finished, this, &LibraryActions::importFinished);
    connect(m_dialog, &ImportDialog::cancelRequested, m_job, &ImportJob::cancel);
    // Every edit is saved the moment it is made, undone or redone.
    connect(m_edits, &EditController::editApplied, this, &LibraryActions::saveEdits);
    connect(m_edits, &EditController::editReverted, this, &LibraryActions::saveEdits);
}

LibraryActions::~LibraryActions()
{
    m_job->cancel();
    m_job->waitForFinished();
}

QString LibraryActions::defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.atlas"));
}

void LibraryActions::addToMenu(QMenu *menu, QAction *before)
{
    auto add = [&](const QString &text, const char *name, const QString &tip, auto slot) {
        auto *a = new QAction(text, menu);
        a->setObjectName(QLatin1String(name));
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        menu->insertAction(before, a);
        return a;
    };
    add(tr("&New Library…"), "actionNewLibrary", tr("Start an empty library file"), &LibraryActions::chooseNew);
    add(tr("Open &Library…"), "actionOpenLibrary", tr("Open a library of articles, extractions and corrections"),
        &LibraryActions::chooseOpen);
    m_recentMenu = new QMenu(tr("Recent Li&braries"), menu);
    m_recentMenu->setObjectName(QStringLiteral("menuRecentLibraries"));
    menu->insertMenu(before, m_recentMenu);
    menu->insertSeparator(before);
    rebuildRecentMenu();
}

void LibraryActions::acceptDrops(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool LibraryActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            emit filesDropped(files);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool LibraryActions::openStartupLibrary()
{
    const QString last = QSettings().value(kCurrentKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return openLibrary(last);
    const QString path = defaultLibraryPath();
    if (QFileInfo::exists(path))
        return openLibrary(path);
    // First run: a library with the bundled articles in it.
    if (!createLibrary(path))
        return false;
    startJob(CatalogBuilder::bundledArticlePaths(), tr("Adding the bundled articles…"), false);
    return true;
}

bool LibraryActions::openLibrary(const QString &path)
{
    m_job->cancel();
    m_job->waitForFinished();
    auto candidate = std::make_unique<Library>();
    QString error;
    if (!candidate->open(path, &error)) {
        offerWayOut(path, error);
        return false;
    }
    m_library = std::move(candidate);
    rememberRecent(path);
    emit libraryChanged(path);
    emit status(tr("Opening library %1…").arg(QFileInfo(path).fileName()));
    // The catalog is assembled (and anything an older extractor read is read
    // again) off the GUI thread; the saved edits follow it onto the screen.
    m_loadEditsOnFinish = true;
    startJob({}, tr("Opening %1").arg(QFileInfo(path).fileName()), false);
    backUpInBackground();
    return true;
}

bool LibraryActions::createLibrary(const QString &path)
{
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("New Library"),
                             tr("%1 already exists. A new library never replaces a file; choose another name "
                                "or open it with Open Library.").arg(path));
        return false;
    }
    m_job->cancel();
    m_job->waitForFinished();
    auto candidate = std::make_unique<Library>();
    QString error;
    if (!candidate->open(path, &error)) {
        QMessageBox::warning(m_window, tr("New Library"), error);
        return false;
    }
    m_library = std::move(candidate);
    rememberRecent(path);
    m_model->setCatalog(Catalog{});
    m_edits->loadEdits({});
    emit libraryChanged(path);
    return true;
}

void LibraryActions::importPaths(const QStringList &paths)
{
    if (!isOpen() || paths.isEmpty())
        return;
    startJob(paths, tr("Importing into %1").arg(QFileInfo(m_library->path()).fileName()), true);
}

void LibraryActions::startJob(const QStringList &paths, const QString &title, bool showDialog)
{
    if (m_job->isRunning()) {
        m_queued += paths; // imported as soon as the current job ends
        return;
    }
    if (showDialog) {
        m_dialog->begin(title);
        m_dialog->show();
        m_dialog->raise();
    }
    // An import that changes nothing leaves the catalog on screen as it is; a
    // refresh (no paths: a library just opened) always brings the catalog.
    ImportOptions options = m_job->options();
    options.assembleWhenUnchanged = paths.isEmpty();
    m_job->setOptions(options);
    m_job->start(m_library->path(), paths);
}

void LibraryActions::importFinished(const ImportReport &report, const Catalog &catalog)
{
    if (!report.error.isEmpty() && catalog.articles.isEmpty() && report.entries.isEmpty()) {
        emit status(tr("The library could not be read: %1").arg(report.error));
        if (m_dialog->isVisible())
            m_dialog->showReport(report);
        return;
    }
    if (report.catalogAssembled)
        m_model->setCatalog(catalog);
    if (m_loadEditsOnFinish && isOpen()) {
        m_edits->loadEdits(m_library->activeEdits());
        m_loadEditsOnFinish = false;
    }
    if (m_dialog->isVisible())
        m_dialog->showReport(report);
    emit status(report.summary());
    emit catalogShown();
    if (!m_queued.isEmpty() && isOpen()) {
        const QStringList next = m_queued;
        m_queued.clear();
        importPaths(next);
    }
}

void LibraryActions::saveEdits()
{
    if (!isOpen())
        return;
    QString error;
    if (!m_library->saveEdits(m_edits->edits(), &error))
        QMessageBox::warning(m_window, tr("Saving Corrections"),
                             tr("Your correction is on screen but could not be saved in the library: %1").arg(error));
}

void LibraryActions::offerWayOut(const QString &path, const QString &error)
{
    const QString backup = Library::backupPathFor(path);
    const bool hasBackup = QFileInfo::exists(backup);
    WayOut choice = WayOut::Cancel;
    if (m_chooseWayOut) {
        choice = m_chooseWayOut(path, error, hasBackup);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Library Cannot Be Opened"),
                        tr("%1\n\nThe file was not changed and will not be.").arg(error), QMessageBox::Cancel,
                        m_window);
        QPushButton *fromBackup = hasBackup ? box.addButton(tr("Open a Copy of the Backup"), QMessageBox::AcceptRole)
                                            : nullptr;
        QPushButton *fresh = box.addButton(tr("Start a New Library"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
        box.exec();
        if (fromBackup && box.clickedButton() == fromBackup)
            choice = WayOut::OpenBackupCopy;
        else if (box.clickedButton() == fresh)
            choice = WayOut::StartNew;
        else if (box.clickedButton() == other)
            choice = WayOut::OpenAnother;
    }
    switch (choice) {
    case WayOut::OpenBackupCopy: {
        // A copy, so that the backup itself stays as it is.
        const QString copy = siblingPath(path, QStringLiteral("restored"));
        if (hasBackup && QFile::copy(backup, copy))
            openLibrary(copy);
        break;
    }
    case WayOut::StartNew:
        createLibrary(siblingPath(path, QStringLiteral("new")));
        break;
    case WayOut::OpenAnother:
        chooseOpen();
        break;
    case WayOut::Cancel:
        break;
    }
}

void LibraryActions::backUpInBackground()
{
    const QString path = m_library->path();
    const QString backup = Library::backupPathFor(path);
    const QFileInfo info(backup);
    if (info.exists() && info.lastModified().secsTo(QDateTime::currentDateTime()) < 24 * 3600)
        return;
    // Its own connection on a pool thread: the GUI never waits for the copy.
    (void)QtConcurrent::run([path, backup] {
        Library lib;
        if (lib.open(path, Library::OpenOptions{false, false, true}))
            lib.writeBackup(backup);
    });
}

void LibraryActions::chooseNew()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New Library"),
                                                      QFileInfo(defaultLibraryPath()).absolutePath(), tr("Launch Atlas libraries (*.atlas);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    createLibrary(path.endsWith(QLatin1String(".atlas")) ? path : path + QStringLiteral(".atlas"));
}

void LibraryActions::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Library"),
                                                      QFileInfo(defaultLibraryPath()).absolutePath(), tr("Launch Atlas libraries (*.atlas);;All files (*)"));
    if (!path.isEmpty())
        openLibrary(path);
}

QStringList LibraryActions::recentLibraries() const { return QSettings().value(kRecentKey).toStringList(); }

void LibraryActions::rememberRecent(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentLibraries();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings settings;
    settings.setValue(kRecentKey, list);
    settings.setValue(kCurrentKey, abs);
    rebuildRecentMenu();
}

void LibraryActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList list = recentLibraries();
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openLibrary(path); });
        a->setStatusTip(path);
        a->setToolTip(path);
    }
    m_recentMenu->setEnabled(!list.isEmpty());
}

} // namespace atlas
