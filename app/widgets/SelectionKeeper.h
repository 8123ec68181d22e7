#pragma once
// Keeps a launch selected when the catalog is reloaded (a model reset clears the
// shared selection): the same launch when it is still there, else the first one, so
// the window never opens, or comes back from an import, on an empty selection.
#include <QObject>
#include <QString>

class QItemSelectionModel;

namespace atlas {
class LaunchListModel;

class SelectionKeeper : public QObject {
    Q_OBJECT
public:
    SelectionKeeper(LaunchListModel *model, QItemSelectionModel *selection, QObject *parent = nullptr);

private:
    void remember();
    void restore();

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    QString m_launchId;
};

} // namespace atlas
