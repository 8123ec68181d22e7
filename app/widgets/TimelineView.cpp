#include "widgets/TimelineView.h"

#include "model/LaunchListModel.h"

#include <QListView>
#include <QVBoxLayout>

namespace atlas {

TimelineView::TimelineView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline of launches"));
    m_list->setModel(model);
    m_list->setSelectionModel(selection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

} // namespace atlas
