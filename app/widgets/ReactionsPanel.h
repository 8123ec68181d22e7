#pragma once
// Diplomatic reactions to the selected launch (or to all launches when none is
// selected), grouped by country.
#include <QWidget>

class QItemSelectionModel;
class QTreeWidget;

namespace atlas {
class LaunchListModel;

class ReactionsPanel : public QWidget {
    Q_OBJECT
public:
    ReactionsPanel(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // The launch whose reactions are shown; empty when none is selected.
    QString shownLaunchId() const { return m_launchId; }

private:
    void refresh();

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    QTreeWidget *m_tree;
    QString m_launchId;
};

} // namespace atlas
