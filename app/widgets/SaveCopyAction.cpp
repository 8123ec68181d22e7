#include "widgets/SaveCopyAction.h"

#include "widgets/LibraryActions.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace atlas {

SaveCopyAction::SaveCopyAction(LibraryActions *library, QWidget *window)
    : QAction(tr("&Save a Copy…"), window), m_library(library), m_window(window)
{
    setObjectName(QStringLiteral("actionSaveCopy"));
    setShortcuts(QKeySequence::Save);
    setStatusTip(tr("Your work is saved as you go; this writes a copy of the library to keep or share"));
    setEnabled(m_library->isOpen());
    connect(m_library, &LibraryActions::libraryChanged, this,
            [this](const QString &path) { setEnabled(!path.isEmpty()); });
    connect(this, &QAction::triggered, this, &SaveCopyAction::chooseAndSave);
}

bool SaveCopyAction::saveCopyTo(const QString &target, QString *error)
{
    if (!m_library->isOpen()) {
        *error = tr("No library is open.");
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_library->currentPath()).absoluteFilePath()) {
        *error = tr("That is the open library itself; choose another name for the copy.");
        return false;
    }
    return m_library->library().writeBackup(target, error);
}

void SaveCopyAction::chooseAndSave()
{
    if (!m_library->isOpen())
        return;
    const QFileInfo current(m_library->currentPath());
    const QString suggestion = current.dir().filePath(current.completeBaseName() + tr("-copy") + QStringLiteral(".atlas"));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Save a Copy of the Library"), suggestion,
                                                        tr("Launch Atlas libraries (*.atlas)"));
    if (target.isEmpty())
        return;
    QString error;
    if (!saveCopyTo(target, &error)) {
        QMessageBox::warning(m_window, tr("Save a Copy"), tr("The copy was not written: %1").arg(error));
        return;
    }
    emit status(tr("Saved a copy of the library as %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace atlas
