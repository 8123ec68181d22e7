#pragma once
// The map pane. (Foundation version: a list sharing the
// selection; the drawn map replaces its body.)
#include <QWidget>

class QItemSelectionModel;
class QListView;

namespace atlas {
class LaunchListModel;

class MapView : public QWidget {
    Q_OBJECT
public:
    MapView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

private:
    QListView *m_list = nullptr;
};

} // namespace atlas
