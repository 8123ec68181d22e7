#include "widgets/SelectionKeeper.h"

#include "model/LaunchListModel.h"

#include <QItemSelectionModel>

namespace atlas {

SelectionKeeper::SelectionKeeper(LaunchListModel *model, QItemSelectionModel *selection, QObject *parent)
    : QObject(parent), m_model(model), m_selection(selection)
{
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    // Queued: every pane refreshes on the reset first, then sees the selection arrive.
    connect(m_model, &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore, Qt::QueuedConnection);
}

void SelectionKeeper::remember()
{
    const QModelIndex current = m_selection->currentIndex();
    const LaunchEvent *launch = current.isValid() ? m_model->launchAt(current.row()) : nullptr;
    m_launchId = launch ? launch->id : QString();
}

void SelectionKeeper::restore()
{
    if (m_selection->hasSelection() || m_model->rowCount() == 0)
        return;
    int row = m_launchId.isEmpty() ? -1 : m_model->rowOf(m_launchId);
    // With nothing to keep, start on the first launch an article reports
    // first-hand: it has the sources and reactions a newcomer wants to see.
    for (int r = 0; row < 0 && r < m_model->rowCount(); ++r) {
        if (m_model->launchAt(r)->role == LaunchRole::Primary)
            row = r;
    }
    if (row < 0)
        row = 0;
    m_selection->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
}

} // namespace atlas
