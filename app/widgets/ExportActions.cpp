#include "widgets/ExportActions.h"

#include "model/LaunchListModel.h"
#include "widgets/ExportDataDialog.h"
#include "widgets/ExportDialog.h"
#include "widgets/MapView.h"
#include "widgets/ReactionsPanel.h"
#include "widgets/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMenu>

namespace atlas {

ExportActions::ExportActions(LaunchListModel *model, QItemSelectionModel *selection, TimelineView *timeline,
                             ReactionsPanel *reactions, QWidget *window)
    : QObject(window), m_model(model), m_selection(selection), m_timeline(timeline), m_reactions(reactions),
      m_window(window)
{
    m_copy = new QAction(tr("Copy &Picture"), this);
    m_copy->setObjectName(QStringLiteral("actionCopyPicture"));
    m_copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copy->setStatusTip(tr("Put a picture of the map (or of the timeline or reactions, when they have the focus) on the clipboard"));
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyPicture);
}

void ExportActions::attach(QAction *exportAction, QMenu *fileMenu)
{
    exportAction->setEnabled(true);
    exportAction->setStatusTip(tr("Export a picture of the map, timeline, reactions or a briefing page (PNG, SVG, PDF)"));
    connect(exportAction, &QAction::triggered, this, &ExportActions::showExportDialog);
    auto *data = new QAction(tr("Export &Data…"), this);
    data->setObjectName(QStringLiteral("actionExportData"));
    data->setStatusTip(tr("Save the launches as CSV, GeoJSON or KML for spreadsheets and map tools"));
    connect(data, &QAction::triggered, this, &ExportActions::showExportDataDialog);
    const QList<QAction *> actions = fileMenu->actions();
    const int at = int(actions.indexOf(exportAction));
    fileMenu->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, data);
}

PictureContent ExportActions::currentContent() const
{
    const int year = m_timeline ? m_timeline->year() : 0;
    PictureContent c = PictureContent::forYear(&m_model->catalog(), std::max(0, year));
    if (m_selection && m_selection->currentIndex().isValid())
        c.selectedId = m_selection->currentIndex().data(LaunchListModel::IdRole).toString();
    return c;
}

ExportView ExportActions::currentView() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && m_timeline && (focus == m_timeline || m_timeline->isAncestorOf(focus)))
        return ExportView::Timeline;
    if (focus && m_reactions && (focus == m_reactions || m_reactions->isAncestorOf(focus)))
        return ExportView::Reactions;
    return ExportView::Map;
}

QImage ExportActions::currentPicture() const
{
    const ExportView view = currentView();
    const QWidget *shown = view == ExportView::Timeline ? static_cast<const QWidget *>(m_timeline)
                           : view == ExportView::Reactions ? static_cast<const QWidget *>(m_reactions)
                                                           : m_window->findChild<MapView *>();
    ExportSettings s;
    s.view = view;
    s.theme = Theme::Screen;
    s.size = shown && shown->width() > 100 && shown->height() > 100 ? shown->size() : QSize(1280, 720);
    s.scale = std::max(1, int(std::ceil(m_window->devicePixelRatioF())));
    return Exporter::renderImage(currentContent(), s);
}

void ExportActions::showExportDialog()
{
    auto *dialog = new ExportDialog(currentContent(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setView(currentView() == ExportView::Map ? ExportView::Briefing : currentView());
    dialog->open();
}

void ExportActions::showExportDataDialog()
{
    auto *dialog = new ExportDataDialog(m_model->catalog(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExportActions::copyPicture()
{
    QApplication::clipboard()->setImage(currentPicture());
}

} // namespace atlas
