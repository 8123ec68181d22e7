#pragma once
// The map pane: a thin interactive shell around MapRenderer. It shows the
// launches of the shared model within the timeline's date window, shares the
// one selection with every other pane, and handles zoom (wheel at the cursor,
// double-click, + and -), pan (drag, arrows), "fit launches", hover tooltips,
// click to select, and a ruler (Shift+drag, or the ruler button).
//
// Painting: the basemap and the launches' arcs and markers are cached in one
// pixmap a margin larger than the widget, re-rendered only when the scale, size,
// style, launches or date window change or a pan runs past the margin; a repaint
// otherwise blits it and paints the highlights (selection, rings, ruler, labels,
// legend) over it. Selecting and hovering never re-render the cache.
#include "render/MapRenderer.h"

#include <QDate>
#include <QPixmap>
#include <QWidget>

class QItemSelectionModel;
class QToolButton;

namespace atlas {
class LaunchListModel;

class MapView : public QWidget {
    Q_OBJECT
public:
    MapView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // The shared selection this pane follows and sets.
    QItemSelectionModel *selectionModel() const { return m_selection; }
    MapRenderer &renderer() { return m_renderer; }
    const MapRenderer &renderer() const { return m_renderer; }
    bool isRulerMode() const { return m_rulerMode; }
    // The hover text for a point: date, class, distance and sources of the launches there.
    QString toolTipAt(const QPoint &pos) const;

public slots:
    // The timeline's visible range or playback cursor. Invalid dates are open
    // ends; launches with no calendar date are shown in every window (faded),
    // since no window can say they are outside it.
    void setDateWindow(const QDate &from, const QDate &to);
    void fitLaunches();
    void zoomIn();
    void zoomOut();
    void setRulerMode(bool on);
    void setJapanZoneVisible(bool on);

signals:
    // The view moved or zoomed (for a status bar or a linked overview).
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reloadLaunches();
    void followSelection();
    void selectAt(const QPoint &pos);
    void zoomAt(double factor, const QPointF &anchor);
    void panBy(const QPointF &pixels);
    void viewMoved();
    void updateTheme();
    void placeButtons();
    QRectF area() const { return QRectF(rect()); }

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    MapRenderer m_renderer;
    bool m_userMoved = false; // the user zoomed or panned: stop framing the launches

    // Basemap cache: rendered around m_cacheCentreKm at m_cacheKmPerPixel.
    QPixmap m_basemap;
    QPointF m_cacheCentreKm;
    double m_cacheKmPerPixel = 0;
    QSize m_cacheSize;
    int m_cacheMargin = 0;
    bool m_cacheValid = false;

    // Mouse state.
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_measuring = false;
    QGeoCoordinate m_rulerStart;
    bool m_rulerMode = false;

    QWidget *m_buttons = nullptr;
    QToolButton *m_rulerButton = nullptr;
    QToolButton *m_zoneButton = nullptr;
};

} // namespace atlas
