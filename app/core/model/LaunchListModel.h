#pragma once
// The one item model every pane shares: launches in chronological order, one row
// each. Panes share a single QItemSelectionModel over it, so selecting a launch
// anywhere selects it everywhere. Lives in core because QAbstractItemModel and
// QItemSelectionModel are QtCore classes; it knows nothing of painting.
//
// It keeps two catalogs: the machine catalog (what extraction read, never
// modified) and the effective catalog (the machine catalog with the analyst's
// edits applied in order, see model/AnalystEdit.h). Rows, data() and catalog()
// show the effective one. Edits change rows without a model reset, so the
// shared selection survives a correction.
#include "model/AnalystEdit.h"
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
        RoleNameRole,     // "primary" / "mentioned"
        EditedRole        // bool: an analyst edit changed this launch
    };

    explicit LaunchListModel(QObject *parent = nullptr);

    // Replaces the machine catalog (a model reset) and re-applies the current edits.
    void setCatalog(const Catalog &catalog);
    // The effective catalog: what every pane shows.
    const Catalog &catalog() const { return m_catalog; }
    // What the machine read, before any edit.
    const Catalog &machineCatalog() const { return m_machine; }
    const LaunchEvent *machineLaunch(const QString &launchId) const { return m_machine.launch(launchId); }

    // Analyst edits, in the order they apply. These change the effective catalog
    // in place (rows inserted, removed, moved or changed; no reset).
    // EditController (widgets) drives them through its undo stack.
    void setEdits(const QVector<AnalystEdit> &edits);
    void insertEdit(int position, const AnalystEdit &edit); // position < 0 or past the end: append
    // Removes an edit by id; false when there is none. *position gets where it was.
    bool removeEdit(const QString &editId, int *position = nullptr, AnalystEdit *removed = nullptr);
    const QVector<AnalystEdit> &edits() const { return m_edits; }
    // The edits that concern one launch (any of launchIds), in order.
    QVector<AnalystEdit> editsFor(const QString &launchId) const;
    // Ids of edits that did not apply to the current machine catalog.
    const QStringList &staleEditIds() const { return m_stale; }

    const LaunchEvent *launchAt(int row) const;
    int rowOf(const QString &launchId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The catalog was replaced or edited: panes that read more than rows repaint.
    void catalogChanged();
    // The list of edits changed (after catalogChanged).
    void editsChanged();

private:
    void reapplyEdits(); // effective catalog from machine + edits, rows updated in place

    Catalog m_machine;
    QVector<AnalystEdit> m_edits;
    QStringList m_stale;
    Catalog m_catalog;
    QVector<const LaunchEvent *> m_rows; // into m_catalog.launches, chronological
};

} // namespace atlas
