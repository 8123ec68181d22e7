#include "model/LaunchListModel.h"

#include <QDate>

namespace atlas {

LaunchListModel::LaunchListModel(QObject *parent) : QAbstractListModel(parent) {}

void LaunchListModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_rows = m_catalog.chronological();
    endResetModel();
    emit catalogChanged();
}

const LaunchEvent *LaunchListModel::launchAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int LaunchListModel::rowOf(const QString &launchId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->id == launchId)
            return i;
    }
    return -1;
}

int LaunchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LaunchListModel::data(const QModelIndex &index, int role) const
{
    const LaunchEvent *l = index.isValid() ? launchAt(index.row()) : nullptr;
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return l->label();
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 source(s)").arg(l->label()).arg(l->sourceCount());
    case IdRole: return l->id;
    case DateTextRole: return l->date.display();
    case EarliestRole: return l->date.earliest;
    case LatestRole: return l->date.latest;
    case PrecisionRole: return precisionName(l->date.precision);
    case ClassesRole: return l->classes;
    case LaneRole: return l->lane();
    case SiteRole: return l->site.display();
    case DistanceRole: return l->distanceKm.value;
    case SourceCountRole: return l->sourceCount();
    case ConflictRole: return !l->conflicts.isEmpty();
    case RoleNameRole: return roleName(l->role);
    default: return {};
    }
}

QHash<int, QByteArray> LaunchListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "launchId");
    names.insert(DateTextRole, "dateText");
    names.insert(ClassesRole, "classes");
    names.insert(LaneRole, "lane");
    names.insert(SiteRole, "site");
    return names;
}

} // namespace atlas
