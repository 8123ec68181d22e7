#pragma once
// File → Save a Copy… (Ctrl+S). The library saves every article and correction the
// moment it changes, so there is nothing left for a plain "Save" to do; what users
// reach for with Ctrl+S is a file they can keep or send. This writes a consistent
// copy of the open library (SQLite VACUUM INTO) wherever they choose; the copy
// opens with File → Open Library. Disabled while no library is open.
#include <QAction>

class QWidget;

namespace atlas {
class LibraryActions;

class SaveCopyAction : public QAction {
    Q_OBJECT
public:
    SaveCopyAction(LibraryActions *library, QWidget *window);

    // Writes the copy to `target`; false with a reason when it cannot. Never
    // writes over the open library itself.
    bool saveCopyTo(const QString &target, QString *error);

signals:
    void status(const QString &message);

private:
    void chooseAndSave();

    LibraryActions *m_library;
    QWidget *m_window;
};

} // namespace atlas
