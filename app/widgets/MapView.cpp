#include "widgets/MapView.h"

#include "model/LaunchListModel.h"
#include "render/DateText.h"
#include "render/FieldText.h"
#include "render/PlaceNames.h"
#include "render/VocabularyText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace atlas {

namespace {
constexpr int dragThreshold = 4;   // pixels before a press becomes a drag
constexpr double keyPanPixels = 80;
constexpr double zoomStep = 1.25;
} // namespace

MapView::MapView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection)
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map of launch sites"));
    setAccessibleDescription(tr("Launch sites and approximate splashdown arcs. Wheel or +/- to zoom, drag or "
                                "arrows to pan, click a site to select its launch, Shift+drag to measure."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 180);
    setAttribute(Qt::WA_OpaquePaintEvent);

    m_buttons = new QWidget(this);
    auto *row = new QHBoxLayout(m_buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *fit = new QToolButton(m_buttons);
    fit->setObjectName(QStringLiteral("mapFitLaunches"));
    fit->setText(tr("Fit launches"));
    fit->setToolTip(tr("Show every launch in the date window (F)"));
    connect(fit, &QToolButton::clicked, this, &MapView::fitLaunches);
    m_rulerButton = new QToolButton(m_buttons);
    m_rulerButton->setObjectName(QStringLiteral("mapRuler"));
    m_rulerButton->setText(tr("Ruler"));
    m_rulerButton->setCheckable(true);
    m_rulerButton->setToolTip(tr("Drag to measure great-circle distance and bearing (or Shift+drag); Esc clears"));
    connect(m_rulerButton, &QToolButton::toggled, this, &MapView::setRulerMode);
    m_zoneButton = new QToolButton(m_buttons);
    m_zoneButton->setObjectName(QStringLiteral("mapJapanZone"));
    m_zoneButton->setText(tr("Japan zone"));
    m_zoneButton->setCheckable(true);
    m_zoneButton->setToolTip(tr("An approximate Japanese 200-nautical-mile zone: not the legal EEZ"));
    connect(m_zoneButton, &QToolButton::toggled, this, &MapView::setJapanZoneVisible);
    row->addWidget(fit);
    row->addWidget(m_rulerButton);
    row->addWidget(m_zoneButton);
    m_buttons->adjustSize();

    if (m_model) {
        connect(m_model, &LaunchListModel::catalogChanged, this, &MapView::reloadLaunches);
        connect(m_model, &QAbstractItemModel::modelReset, this, &MapView::reloadLaunches);
    }
    if (m_selection) {
        connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MapView::followSelection);
        connect(m_selection, &QItemSelectionModel::currentChanged, this, &MapView::followSelection);
    }
    updateTheme();
    reloadLaunches();
}

void MapView::reloadLaunches()
{
    m_renderer.setLaunches(m_model ? m_model->catalog().chronological() : QVector<const LaunchEvent *>{});
    m_cacheValid = false;
    if (!m_userMoved) // until the user moves the map, it frames the launches
        m_renderer.fitLaunches(area());
    followSelection();
    update();
}

void MapView::followSelection()
{
    QString id;
    if (m_selection && m_model) {
        const QModelIndexList rows = m_selection->selectedRows();
        const QModelIndex index = !rows.isEmpty() ? rows.first() : QModelIndex();
        if (const LaunchEvent *l = index.isValid() ? m_model->launchAt(index.row()) : nullptr)
            id = l->id;
    }
    if (id == m_renderer.selectedId())
        return;
    m_renderer.setSelectedId(id);
    // Bring a launch selected elsewhere into view when its site is off the map.
    if (const PreparedLaunch *l = m_renderer.launchLayer().find(id)) {
        const MapViewport view = m_renderer.viewport(area());
        if (!area().adjusted(30, 30, -30, -30).contains(view.toPixel(QPointF(l->launch->site.lon, l->launch->site.lat)))) {
            m_renderer.setCenter(QGeoCoordinate(l->launch->site.lat, l->launch->site.lon));
            viewMoved();
        }
    }
    update();
}

void MapView::setDateWindow(const QDate &from, const QDate &to)
{
    if (from == m_renderer.windowFrom() && to == m_renderer.windowTo())
        return;
    m_renderer.setDateWindow(from, to);
    m_cacheValid = false;
    update();
}

void MapView::fitLaunches()
{
    m_renderer.fitLaunches(area());
    m_userMoved = false; // and keep framing them through resizes and reloads
    viewMoved();
}

void MapView::zoomIn() { zoomAt(zoomStep, area().center()); }

void MapView::zoomOut() { zoomAt(1 / zoomStep, area().center()); }

void MapView::zoomAt(double factor, const QPointF &anchor)
{
    m_renderer.zoomBy(factor, anchor, area());
    m_userMoved = true;
    viewMoved();
}

void MapView::panBy(const QPointF &pixels)
{
    m_renderer.panByPixels(pixels);
    m_userMoved = true;
    viewMoved();
}

void MapView::viewMoved()
{
    update();
    emit viewChanged();
}

void MapView::setRulerMode(bool on)
{
    m_rulerMode = on;
    if (m_rulerButton->isChecked() != on)
        m_rulerButton->setChecked(on);
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    if (!on) {
        m_renderer.clearRuler();
        update();
    }
}

void MapView::setJapanZoneVisible(bool on)
{
    MapOptions o = m_renderer.options();
    o.japanZone = on;
    m_renderer.setOptions(o);
    if (m_zoneButton->isChecked() != on)
        m_zoneButton->setChecked(on);
    m_cacheValid = false; // the zone is part of the cached basemap
    update();
}

void MapView::updateTheme()
{
    MapOptions o = m_renderer.options();
    o.dark = palette().color(QPalette::Window).lightness() < 128;
    o.font = font();
    m_renderer.setOptions(o);
    m_cacheValid = false;
}

void MapView::placeButtons()
{
    // Bottom left, above the scale bar.
    m_buttons->adjustSize();
    m_buttons->move(10, height() - m_buttons->height() - 58);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const MapViewport view = m_renderer.viewport(area());
    // Offset of the current centre from the cached one, in pixels.
    const QPointF shift((m_cacheCentreKm.x() - view.centreKm().x()) / view.kmPerPixel(),
                        -(m_cacheCentreKm.y() - view.centreKm().y()) / view.kmPerPixel());
    const bool reusable = m_cacheValid && m_cacheKmPerPixel == view.kmPerPixel() && m_cacheSize == size()
                          && std::abs(shift.x()) <= m_cacheMargin && std::abs(shift.y()) <= m_cacheMargin;
    if (!reusable) {
        m_cacheMargin = std::max(width(), height()) / 4;
        const QSize full = size() + QSize(2 * m_cacheMargin, 2 * m_cacheMargin);
        const qreal dpr = devicePixelRatioF();
        m_basemap = QPixmap(full * dpr);
        m_basemap.setDevicePixelRatio(dpr);
        QPainter cache(&m_basemap);
        m_renderer.paintBasemap(cache, QRectF(QPointF(0, 0), QSizeF(full)));
        m_renderer.paintLaunches(cache, QRectF(QPointF(0, 0), QSizeF(full)));
        m_cacheCentreKm = view.centreKm();
        m_cacheKmPerPixel = view.kmPerPixel();
        m_cacheSize = size();
        m_cacheValid = true;
        p.drawPixmap(QPointF(-m_cacheMargin, -m_cacheMargin), m_basemap);
    } else {
        p.drawPixmap(QPointF(-m_cacheMargin, -m_cacheMargin) + shift, m_basemap);
    }
    m_renderer.paintHighlights(p, area());
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeButtons();
    if (!m_userMoved)
        m_renderer.fitLaunches(area());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(std::pow(zoomStep, steps), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position().toPoint();
    m_measuring = m_rulerMode || (event->modifiers() & Qt::ShiftModifier);
    if (m_measuring)
        m_rulerStart = m_renderer.viewport(area()).toCoordinate(event->position());
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_pressed)
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= dragThreshold)
        m_dragging = true;
    if (!m_dragging)
        return;
    if (m_measuring) {
        m_renderer.setRuler(m_rulerStart, m_renderer.viewport(area()).toCoordinate(event->position()));
        update();
    } else {
        panBy(pos - m_lastPos);
    }
    m_lastPos = pos;
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (!m_dragging) {
        if (m_renderer.hasRuler() && !m_rulerMode) {
            m_renderer.clearRuler(); // a plain click dismisses a measurement
            update();
        }
        if (!m_measuring)
            selectAt(event->position().toPoint());
    }
    m_dragging = false;
    m_measuring = false;
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomAt((event->modifiers() & Qt::ShiftModifier) ? 0.5 : 2.0, event->position());
}

void MapView::selectAt(const QPoint &pos)
{
    if (!m_selection || !m_model)
        return;
    const QStringList ids = m_renderer.launchesAt(pos, area());
    if (ids.isEmpty()) {
        m_selection->clearSelection();
        return;
    }
    // A site with several launches: each click selects the next.
    const int current = int(ids.indexOf(m_renderer.selectedId()));
    const QString id = ids.at(current < 0 ? 0 : (current + 1) % ids.size());
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(QPointF(keyPanPixels, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-keyPanPixels, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, keyPanPixels));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -keyPanPixels));
        break;
    case Qt::Key_F:
        fitLaunches();
        break;
    case Qt::Key_Escape:
        if (m_renderer.hasRuler() || m_rulerMode) {
            setRulerMode(false);
            m_renderer.clearRuler();
            update();
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QString MapView::toolTipAt(const QPoint &pos) const
{
    const QStringList ids = m_renderer.launchesAt(pos, area());
    if (ids.isEmpty())
        return {};
    const LaunchLayer &layer = m_renderer.launchLayer();
    QStringList lines;
    const PreparedLaunch *first = layer.find(ids.first());
    if (first && ids.size() > 1)
        lines << tr("<b>%1</b>: %n launch(es)", nullptr, int(ids.size())).arg(PlaceNames::siteText(first->launch->site).toHtmlEscaped());
    for (int i = 0; i < ids.size() && i < 8; ++i) {
        const PreparedLaunch *l = layer.find(ids.at(i));
        if (!l)
            continue;
        const LaunchEvent &e = *l->launch;
        const QString classes = e.classes.isEmpty() ? tr("class not stated") : VocabularyText::missileClasses(e.classes, QStringLiteral(" / "));
        const QString distance = e.distanceKm.isValid() ? FieldText::quantity(e.distanceKm) : tr("distance not stated");
        QString line = tr("<b>%1</b> · %2 · %3 · %n source(s)", nullptr, e.sourceCount())
                           .arg(DateText::fuzzy(e.date).toHtmlEscaped(), classes.toHtmlEscaped(), distance.toHtmlEscaped());
        if (ids.size() == 1) {
            line += QStringLiteral("<br>") + tr("Site: %1").arg(PlaceNames::siteText(e.site).toHtmlEscaped());
            if (l->estimate.valid)
                line += QStringLiteral("<br>")
                        + tr("Splashdown (approx.): %1, %2 km ± bearing %3°–%4°; %5")
                              .arg(l->estimate.sea.isEmpty() ? tr("at sea") : l->estimate.sea)
                              .arg(qRound(l->estimate.distanceKm))
                              .arg(qRound(l->estimate.bearingMinDeg))
                              .arg(qRound(l->estimate.bearingMaxDeg))
                              .arg(l->estimate.note.toHtmlEscaped());
        }
        lines << line;
    }
    if (ids.size() > 8)
        lines << tr("… and %n more", nullptr, int(ids.size()) - 8);
    return lines.join(QStringLiteral("<br>"));
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateTheme();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace atlas
