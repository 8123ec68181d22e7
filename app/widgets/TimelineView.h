#pragma once
// The timeline pane. (Foundation version: a chronological list sharing the
// selection; the drawn timeline replaces its body.)
#include <QWidget>

class QItemSelectionModel;
class QListView;

namespace atlas {
class LaunchListModel;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    TimelineView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

private:
    QListView *m_list = nullptr;
};

} // namespace atlas
