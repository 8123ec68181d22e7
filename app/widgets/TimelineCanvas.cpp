#include "widgets/TimelineCanvas.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr double kMinSpanDays = 1.0; // the closest zoom: one day across the view
constexpr int kDragThreshold = 4;
} // namespace

TimelineCanvas::TimelineCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumHeight(180);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderer.setPalette(palette());
    m_renderer.setFont(font());
}

void TimelineCanvas::setPeriod(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    m_periodFirst = first;
    m_periodLast = last;
    m_renderer.setPeriod(first, last);
    setRangeDays(startDay(), endDay());
}

void TimelineCanvas::setRangeDays(double start, double end)
{
    double span = std::max(kMinSpanDays, end - start);
    if (m_periodFirst.isValid()) {
        const double lo = TimeScale::dayOf(m_periodFirst);
        const double hi = TimeScale::dayOf(m_periodLast) + 1.0;
        span = std::min(span, hi - lo);
        start = std::clamp(start, lo, hi - span);
    }
    const double oldStart = startDay(), oldEnd = endDay();
    m_renderer.setRangeDays(start, start + span);
    if (oldStart != startDay() || oldEnd != endDay()) {
        update();
        emit rangeChanged(startDay(), endDay());
    }
}

void TimelineCanvas::showDates(const QDate &first, const QDate &last)
{
    setRangeDays(TimeScale::dayOf(first), TimeScale::dayOf(last) + 1.0);
}

void TimelineCanvas::zoomBy(double factor, double anchorX)
{
    if (factor <= 0)
        return;
    const TimeScale s = m_renderer.scale(paintRect());
    const double anchor = s.dayAt(std::clamp(anchorX, s.left(), s.right()));
    const double span = std::max(kMinSpanDays, spanDays() / factor);
    const double t = (anchor - startDay()) / spanDays();
    setRangeDays(anchor - t * span, anchor - t * span + span);
}

void TimelineCanvas::zoomToSpan(double days, double centreDay)
{
    setRangeDays(centreDay - days / 2.0, centreDay + days / 2.0);
}

void TimelineCanvas::panByPixels(double dx)
{
    const double days = dx / m_renderer.scale(paintRect()).pixelsPerDay();
    setRangeDays(startDay() - days, endDay() - days);
}

void TimelineCanvas::bringIntoView(double firstDay, double lastDay)
{
    if (firstDay >= startDay() && lastDay <= endDay())
        return;
    const double span = spanDays();
    const double middle = (firstDay + lastDay) / 2.0;
    setRangeDays(middle - span / 2.0, middle + span / 2.0);
}

QString TimelineCanvas::launchAt(const QPoint &pos) const { return m_renderer.launchAt(pos, paintRect()); }

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_renderer.paint(p, paintRect());
    if (hasFocus()) {
        // A visible focus ring for keyboard users.
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) {
        panByPixels(steps * width() / 10.0);
    } else if (steps != 0) {
        zoomBy(std::pow(1.25, steps), event->position().x());
    }
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressStart = startDay();
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->position().toPoint() - m_pressPos).manhattanLength() > kDragThreshold) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        const double ppd = m_renderer.scale(paintRect()).pixelsPerDay();
        const double start = m_pressStart - (event->position().x() - m_pressPos.x()) / ppd;
        setRangeDays(start, start + spanDays());
        return;
    }
    if (!m_pressed)
        setCursor(launchAt(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const QDate month = m_renderer.stripMonthAt(event->position(), paintRect());
    if (month.isValid()) {
        emit monthClicked(month);
        return;
    }
    emit launchClicked(launchAt(event->position().toPoint()));
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = launchAt(event->position().toPoint());
    if (!id.isEmpty())
        emit launchActivated(id);
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = launchAt(help->pos());
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltipFor(id), this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineCanvas::changeEvent(QEvent *event)
{
    // Follow the desktop: a dark palette gives a dark timeline.
    if (event->type() == QEvent::PaletteChange)
        m_renderer.setPalette(palette());
    else if (event->type() == QEvent::FontChange)
        m_renderer.setFont(font());
    QWidget::changeEvent(event);
}

QString TimelineCanvas::tooltipFor(const QString &launchId) const
{
    const int i = m_renderer.indexOf(launchId);
    if (i < 0)
        return {};
    const TimelineItem &it = m_renderer.items()[i];
    QStringList lines{QStringLiteral("<b>%1</b>").arg(it.dateText.toHtmlEscaped())};
    lines << it.accessibleText.toHtmlEscaped();
    if (!it.countText.isEmpty())
        lines << tr("Salvo: %1 missiles").arg(it.countText);
    if (it.conflict)
        lines << tr("<span style='color:#c62828'>Sources disagree</span> (see details)");
    if (it.inferred)
        lines << tr("<i>%1</i> (from context; the articles give no date)").arg(it.inferredText.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace atlas
