#include "widgets/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace atlas {

namespace {
const QString kKey = QStringLiteral("recent/files");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    m_menu->setObjectName(QStringLiteral("menuOpenRecent"));
    rebuildMenu();
}

QStringList RecentFiles::entries() const { return QSettings().value(kKey).toStringList(); }

void RecentFiles::add(const QStringList &paths)
{
    QStringList list = entries();
    for (const QString &p : paths) {
        // Bundled articles live in resources: nothing the user could reopen from disk.
        if (p.startsWith(QLatin1Char(':')))
            continue;
        const QString abs = QFileInfo(p).absoluteFilePath();
        list.removeAll(abs);
        list.prepend(abs);
    }
    while (list.size() > kMaxEntries)
        list.removeLast();
    QSettings().setValue(kKey, list);
    rebuildMenu();
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = entries();
    int n = 0;
    for (const QString &path : list) {
        ++n;
        const QFileInfo info(path);
        // "&1 name" gives each of the first nine entries a keyboard accelerator.
        const QString label = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(info.fileName())
                                     : info.fileName();
        QAction *a = m_menu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(info.exists());
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested({path}); });
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear Recent Files"), this, &RecentFiles::clear);
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setStatusTip(tr("Forget the list of recently opened articles and folders"));
    clearAction->setEnabled(!list.isEmpty());
    m_menu->setEnabled(true);
}

} // namespace atlas
