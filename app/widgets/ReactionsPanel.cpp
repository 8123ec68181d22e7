#include "widgets/ReactionsPanel.h"

#include "model/LaunchListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atlas {

ReactionsPanel::ReactionsPanel(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("reactionsPanel"));
    setAccessibleName(tr("Diplomatic reactions"));
    m_tree->setHeaderLabels({tr("Actor"), tr("Stance"), tr("Who"), tr("Quote")});
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &ReactionsPanel::refresh);
    connect(m_model, &LaunchListModel::catalogChanged, this, &ReactionsPanel::refresh);
    refresh();
}

void ReactionsPanel::refresh()
{
    const QModelIndex current = m_selection->currentIndex();
    const LaunchEvent *launch = current.isValid() ? m_model->launchAt(current.row()) : nullptr;
    m_launchId = launch ? launch->id : QString();
    m_tree->clear();
    QMap<QString, QTreeWidgetItem *> groups;
    for (const Reaction &r : m_model->catalog().reactions) {
        if (launch && r.launchId != launch->id)
            continue;
        QTreeWidgetItem *&group = groups[r.actor];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {r.actor});
            group->setExpanded(true);
        }
        const QString who = r.person.isEmpty() ? r.role
                                               : r.role.isEmpty() ? r.person
                                                                  : QStringLiteral("%1, %2").arg(r.person, r.role);
        new QTreeWidgetItem(group, {QString(), stanceName(r.stance), who, r.quote});
    }
}

} // namespace atlas
