#pragma once
// The one item model every pane shares: launches in chronological order, one row
// each. Panes share a single QItemSelectionModel over it, so selecting a launch
// anywhere selects it everywhere. Lives in core because QAbstractItemModel and
// QItemSelectionModel are QtCore classes; it knows nothing of painting.
#include "model/Catalog.h"

#include <QAbstractListModel>

namespace atlas {

class LaunchListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateTextRole,     // FuzzyDate::display()
        EarliestRole,     // QDate, invalid when unknown
        LatestRole,       // QDate
        PrecisionRole,    // precisionName()
        ClassesRole,      // QStringList
        LaneRole,         // "ballistic", "hypersonic", "cruise", "other"
        SiteRole,         // Site::display()
        DistanceRole,     // double km, NaN when unknown
        SourceCountRole,  // int
        ConflictRole,     // bool: sources disagree on some field
        RoleNameRole      // "primary" / "mentioned"
    };

    explicit LaunchListModel(QObject *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }

    const LaunchEvent *launchAt(int row) const;
    int rowOf(const QString &launchId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The catalog was replaced or edited: panes that read more than rows repaint.
    void catalogChanged();

private:
    Catalog m_catalog;
    QVector<const LaunchEvent *> m_rows; // into m_catalog.launches, chronological
};

} // namespace atlas
