#include "widgets/MapView.h"

#include "model/LaunchListModel.h"

#include <QListView>
#include <QVBoxLayout>

namespace atlas {

MapView::MapView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map of launch sites"));
    m_list->setModel(model);
    m_list->setSelectionModel(selection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

} // namespace atlas
