#pragma once
// The main window's export actions: File → Export… (Ctrl+E, the ExportDialog),
// File → Export data… (ExportDataDialog) and Edit → Copy picture (Ctrl+Shift+C:
// the view with the focus, or the map, as an image on the clipboard). They
// export what the window shows: the timeline's year and the selected launch.
#include "render/Exporter.h"

#include <QObject>

class QAction;
class QItemSelectionModel;
class QMenu;
class QWidget;

namespace atlas {
class LaunchListModel;
class TimelineView;
class ReactionsPanel;

class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(LaunchListModel *model, QItemSelectionModel *selection, TimelineView *timeline,
                  ReactionsPanel *reactions, QWidget *window);

    // Enables and connects the existing File → Export… action and adds Export data… after it.
    void attach(QAction *exportAction, QMenu *fileMenu);
    QAction *copyPictureAction() const { return m_copy; }

    // What the window shows now.
    PictureContent currentContent() const;
    // The view under the keyboard focus (timeline, reactions), else the map.
    ExportView currentView() const;
    // The picture Copy picture puts on the clipboard: the view at its on-screen size.
    QImage currentPicture() const;

private:
    void showExportDialog();
    void showExportDataDialog();
    void copyPicture();

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    TimelineView *m_timeline;
    ReactionsPanel *m_reactions;
    QWidget *m_window;
    QAction *m_copy;
};

} // namespace atlas
