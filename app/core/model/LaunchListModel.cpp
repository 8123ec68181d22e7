#include "model/LaunchListModel.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace atlas {

LaunchListModel::LaunchListModel(QObject *parent) : QAbstractListModel(parent) {}

void LaunchListModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_machine = catalog;
    m_stale.clear();
    m_catalog = applyEdits(m_machine, m_edits, &m_stale);
    m_rows = m_catalog.chronological();
    endResetModel();
    emit catalogChanged();
}

void LaunchListModel::setEdits(const QVector<AnalystEdit> &edits)
{
    m_edits = edits;
    reapplyEdits();
}

void LaunchListModel::insertEdit(int position, const AnalystEdit &edit)
{
    if (position < 0 || position > m_edits.size())
        position = int(m_edits.size());
    m_edits.insert(position, edit);
    reapplyEdits();
}

bool LaunchListModel::removeEdit(const QString &editId, int *position, AnalystEdit *removed)
{
    for (int i = 0; i < m_edits.size(); ++i) {
        if (m_edits.at(i).id != editId)
            continue;
        if (position)
            *position = i;
        if (removed)
            *removed = m_edits.at(i);
        m_edits.removeAt(i);
        reapplyEdits();
        return true;
    }
    return false;
}

QVector<AnalystEdit> LaunchListModel::editsFor(const QString &launchId) const
{
    QVector<AnalystEdit> out;
    for (const AnalystEdit &e : m_edits) {
        if (e.launchIds.contains(launchId))
            out << e;
    }
    return out;
}

// Moves the rows from the old effective catalog to the new one with remove,
// move and insert signals instead of a reset: a reset would clear the shared
// selection every time the analyst corrects the launch they are looking at.
void LaunchListModel::reapplyEdits()
{
    QStringList stale;
    Catalog next = applyEdits(m_machine, m_edits, &stale);
    m_stale = stale;
    QStringList nextIds;
    for (const LaunchEvent *l : next.chronological())
        nextIds << l->id;
    const QSet<QString> nextSet(nextIds.begin(), nextIds.end());

    // 1. Rows that go away, while the old catalog is still alive.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!nextSet.contains(m_rows.at(i)->id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QStringList survivors;
    for (const LaunchEvent *l : m_rows)
        survivors << l->id;
    const QSet<QString> survivorSet(survivors.begin(), survivors.end());

    // 2. Swap in the new catalog and point the surviving rows into it.
    m_catalog = std::move(next);
    QHash<QString, const LaunchEvent *> byId;
    for (const LaunchEvent &l : m_catalog.launches)
        byId.insert(l.id, &l);
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i] = byId.value(survivors.at(i));

    // 3. Reorder the survivors into the new chronological order.
    QStringList target;
    for (const QString &id : nextIds) {
        if (survivorSet.contains(id))
            target << id;
    }
    if (target != survivors) {
        emit layoutAboutToBeChanged();
        const QModelIndexList persistent = persistentIndexList();
        for (const QModelIndex &p : persistent)
            changePersistentIndex(p, index(int(target.indexOf(survivors.value(p.row()))), p.column()));
        for (int i = 0; i < target.size(); ++i)
            m_rows[i] = byId.value(target.at(i));
        emit layoutChanged();
    }

    // 4. New rows (a split's new launch, an undone merge) at their places.
    for (int i = 0; i < nextIds.size(); ++i) {
        if (!survivorSet.contains(nextIds.at(i))) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, byId.value(nextIds.at(i)));
            endInsertRows();
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit catalogChanged();
    emit editsChanged();
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
    case Qt::ToolTipRole: {
        QString tip = l->label() + QLatin1Char('\n')
                      + (l->sourceCount() == 1 ? QStringLiteral("1 source")
                                               : QStringLiteral("%1 sources").arg(l->sourceCount()));
        // Corrections show the machine's reading beside the analyst's on hover.
        for (const AnalystEdit &e : m_edits) {
            if (e.launchIds.contains(l->id))
                tip += QStringLiteral("\nCorrected: %1").arg(e.summary());
        }
        return tip;
    }
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
    case EditedRole:
        for (const AnalystEdit &e : m_edits) {
            if (e.launchIds.contains(l->id))
                return true;
        }
        return false;
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
    names.insert(EditedRole, "edited");
    return names;
}

} // namespace atlas
