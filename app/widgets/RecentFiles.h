#pragma once
// File → Open Recent: the article files and folders opened lately, newest first,
// kept in QSettings. (Recent *libraries* belong to the library's own menu.)
#include <QObject>
#include <QStringList>

class QMenu;

namespace atlas {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    // Fills `menu` (owned by the caller) and keeps it current.
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    // Records paths that were just opened: each moves to the top, duplicates go.
    void add(const QStringList &paths);
    void clear();
    QStringList entries() const;

signals:
    void openRequested(const QStringList &paths);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace atlas
