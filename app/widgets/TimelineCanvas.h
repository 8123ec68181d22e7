#pragma once
// The drawn timeline on screen: TimelineRenderer in a widget, plus the gestures
// (wheel to zoom about the pointer, drag to pan, click to pick, hover for a
// tooltip). It holds the visible range and keeps it inside the period (a year,
// or all years); what a pick means for the selection is TimelineView's business.
#include "render/TimelineRenderer.h"

#include <QWidget>

namespace atlas {

class TimelineCanvas : public QWidget {
    Q_OBJECT
public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    TimelineRenderer &renderer() { return m_renderer; }
    const TimelineRenderer &renderer() const { return m_renderer; }

    // The period the view may show (zooming out stops at it, panning stays in it).
    void setPeriod(const QDate &first, const QDate &last);
    QDate periodFirst() const { return m_periodFirst; }
    QDate periodLast() const { return m_periodLast; }

    // Visible range in Julian days [start, end); clamped to the period, at least a day.
    void setRangeDays(double start, double end);
    void showDates(const QDate &first, const QDate &last);
    double startDay() const { return m_renderer.startDay(); }
    double endDay() const { return m_renderer.endDay(); }
    double spanDays() const { return endDay() - startDay(); }

    // Zoom by factor (> 1 zooms in) keeping the day under anchorX still.
    void zoomBy(double factor, double anchorX);
    // A span of days centred on a day (the Year/Month/Week/Day buttons).
    void zoomToSpan(double days, double centreDay);
    void panByPixels(double dx);
    // Pans (never zooms) so that [first, last] is in view, when it is not already.
    void bringIntoView(double firstDay, double lastDay);

    QRectF paintRect() const { return QRectF(rect()); }
    QString launchAt(const QPoint &pos) const;

signals:
    void rangeChanged(double startDay, double endDay);
    void launchClicked(const QString &launchId);   // empty: a click on nothing
    void launchActivated(const QString &launchId); // double-click
    void monthClicked(const QDate &month);         // a month on the strip

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString tooltipFor(const QString &launchId) const;

    TimelineRenderer m_renderer;
    QDate m_periodFirst, m_periodLast;
    QPoint m_pressPos;
    double m_pressStart = 0;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace atlas
