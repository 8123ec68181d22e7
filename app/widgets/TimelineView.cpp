#include "widgets/TimelineView.h"

#include "model/LaunchListModel.h"
#include "render/DateText.h"
#include "widgets/PlaybackBar.h"
#include "widgets/TimelineCanvas.h"
#include "widgets/UndatedTray.h"

#include <QAccessible>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace atlas {

namespace {
constexpr double kDaysPerMonth = 30.44;
constexpr double kKeyZoom = 1.5;
} // namespace

TimelineView::TimelineView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_canvas(new TimelineCanvas(this)),
      m_tray(new UndatedTray(this)), m_playback(new PlaybackBar(this)), m_yearBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline of launches"));
    setAccessibleDescription(tr("Launches in time by kind. Left and Right move between launches, "
                                "Enter opens the details, plus and minus zoom."));
    m_canvas->setAccessibleName(tr("Timeline of launches"));
    m_yearBox->setObjectName(QStringLiteral("yearSelector"));
    m_yearBox->setAccessibleName(tr("Year shown"));
    m_yearBox->setToolTip(tr("The year to show, or all years"));

    // The bar: year, zoom, playback.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(3);
    bar->addWidget(m_yearBox);
    auto addButton = [this, bar](const QString &text, const QString &tip, const QString &name, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setObjectName(name);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    addButton(QStringLiteral("−"), tr("Zoom out"), QStringLiteral("zoomOut"),
              [this] { m_canvas->zoomBy(1 / kKeyZoom, m_canvas->width() / 2.0); });
    addButton(QStringLiteral("+"), tr("Zoom in"), QStringLiteral("zoomIn"),
              [this] { m_canvas->zoomBy(kKeyZoom, m_canvas->width() / 2.0); });
    addButton(tr("Year"), tr("Show the whole year"), QStringLiteral("zoomYear"), [this] { zoomTo(Zoom::Year); });
    addButton(tr("Month"), tr("Zoom to a month"), QStringLiteral("zoomMonth"), [this] { zoomTo(Zoom::Month); });
    addButton(tr("Week"), tr("Zoom to a week"), QStringLiteral("zoomWeek"), [this] { zoomTo(Zoom::Week); });
    addButton(tr("Day"), tr("Zoom to a day"), QStringLiteral("zoomDay"), [this] { zoomTo(Zoom::Day); });
    auto *hint = new QLabel(tr("wheel: zoom · drag: pan"), this);
    hint->setEnabled(false);
    bar->addWidget(hint);
    bar->addStretch(1);
    bar->addWidget(m_playback);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_canvas, 1);
    body->addWidget(m_tray);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addLayout(body, 1);
    setFocusProxy(m_canvas);

    connect(m_yearBox, &QComboBox::activated, this, [this](int index) {
        m_userChoseYear = true;
        setYear(m_yearBox->itemData(index).toInt());
    });
    connect(m_canvas, &TimelineCanvas::rangeChanged, this, [this] {
        emitWindow();
        announce();
    });
    connect(m_canvas, &TimelineCanvas::launchClicked, this, &TimelineView::selectLaunch);
    connect(m_canvas, &TimelineCanvas::launchActivated, this, [this](const QString &id) {
        selectLaunch(id);
        emit detailsRequested(id);
    });
    connect(m_canvas, &TimelineCanvas::monthClicked, this,
            [this](const QDate &m) { m_canvas->showDates(m, m.addMonths(1).addDays(-1)); });
    connect(m_tray, &UndatedTray::launchSelected, this, &TimelineView::selectLaunch);
    connect(m_tray, &UndatedTray::launchActivated, this, &TimelineView::detailsRequested);
    connect(m_tray, &UndatedTray::assignDateRequested, this, &TimelineView::assignDateRequested);
    connect(m_playback, &PlaybackBar::cursorChanged, this, [this](const QDate &cursor) {
        m_canvas->renderer().setCursor(cursor);
        if (cursor.isValid())
            m_canvas->bringIntoView(TimeScale::dayOf(cursor), TimeScale::dayOf(cursor) + 1.0);
        m_canvas->update();
        emitWindow();
    });

    // Whatever changes the rows (a new catalog, an edit, an undo) ends with
    // catalogChanged: one redraw from the model per change, not one per row signal.
    // (The painter and the tray keep copies, so the rows moving first is harmless.)
    connect(m_model, &LaunchListModel::catalogChanged, this, &TimelineView::refresh);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &TimelineView::followSelection);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &TimelineView::followSelection);
    refresh();
}

void TimelineView::refresh()
{
    QVector<const LaunchEvent *> launches;
    launches.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        launches << m_model->launchAt(row);
    m_canvas->renderer().setLaunches(launches);
    m_tray->setLaunches(launches);
    // Open on the year with most launches, until the analyst picks one. An edit
    // that leaves the year as it was keeps the zoom; "all years" may have grown.
    const int wanted = m_userChoseYear && m_year >= 0 ? m_year : busiestYear();
    if (wanted != m_year || wanted == 0) {
        const double start = m_canvas->startDay(), end = m_canvas->endDay();
        const bool wasAllYears = m_year == 0;
        const bool wasWhole = m_canvas->periodFirst().isValid()
            && start <= TimeScale::dayOf(m_canvas->periodFirst())
            && end >= TimeScale::dayOf(m_canvas->periodLast()) + 1.0;
        m_year = -1; // force the period to be recomputed for the new data
        setYear(wanted);
        if (wasAllYears && wanted == 0 && !wasWhole)
            m_canvas->setRangeDays(start, end);
    } else {
        rebuildYears();
    }
    followSelection();
    m_canvas->update();
}

int TimelineView::busiestYear() const
{
    QMap<int, int> perYear;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LaunchEvent *l = m_model->launchAt(row);
        if (l && l->date.isKnown())
            ++perYear[l->date.midpoint().year()];
    }
    int best = QDate::currentDate().year(), most = 0;
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        if (it.value() >= most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

QList<int> TimelineView::availableYears() const
{
    int lo = 0, hi = 0;
    for (const TimelineItem &it : m_canvas->renderer().items()) {
        const double anchor = it.anchorDay();
        if (std::isnan(anchor))
            continue;
        const int y = QDate::fromJulianDay(qint64(anchor)).year();
        lo = lo ? std::min(lo, y) : y;
        hi = hi ? std::max(hi, y) : y;
    }
    if (!lo)
        lo = hi = busiestYear();
    QList<int> years;
    for (int y = lo; y <= hi; ++y)
        years << y;
    return years;
}

void TimelineView::rebuildYears()
{
    const QSignalBlocker block(m_yearBox);
    m_yearBox->clear();
    m_yearBox->addItem(tr("All years"), 0);
    QList<int> years = availableYears();
    if (m_year > 0 && !years.contains(m_year))
        years << m_year;
    std::sort(years.begin(), years.end());
    for (int y : years)
        m_yearBox->addItem(QString::number(y), y);
    m_yearBox->setCurrentIndex(std::max(0, m_yearBox->findData(m_year)));
}

void TimelineView::setYear(int year)
{
    if (year == m_year && year >= 0)
        return;
    m_year = std::max(0, year);
    QDate first, last;
    if (m_year > 0) {
        first = QDate(m_year, 1, 1);
        last = QDate(m_year, 12, 31);
    } else {
        const QList<int> years = availableYears();
        first = QDate(years.first(), 1, 1);
        last = QDate(years.last(), 12, 31);
    }
    m_canvas->setPeriod(first, last);
    m_canvas->showDates(first, last);
    m_playback->setPeriod(first, last);
    rebuildYears();
    emitWindow();
    announce();
}

void TimelineView::zoomTo(Zoom zoom)
{
    double span = m_canvas->endDay() - m_canvas->startDay();
    switch (zoom) {
    case Zoom::Year: span = m_year > 0 ? 1e9 : 365.25; break; // the whole year, or a year of all years
    case Zoom::Month: span = kDaysPerMonth; break;
    case Zoom::Week: span = 7; break;
    case Zoom::Day: span = 1; break;
    }
    // Centre on the selected launch when it is in view, else keep the centre.
    double centre = (m_canvas->startDay() + m_canvas->endDay()) / 2.0;
    const QRectF mark = m_canvas->renderer().markRect(currentLaunchId(), m_canvas->paintRect());
    if (!mark.isNull())
        centre = m_canvas->renderer().scale(m_canvas->paintRect()).dayAt(mark.center().x());
    m_canvas->zoomToSpan(span, centre);
}

QDate TimelineView::firstVisibleDate() const { return m_canvas->renderer().firstVisibleDate(); }
QDate TimelineView::lastVisibleDate() const { return m_canvas->renderer().lastVisibleDate(); }

QString TimelineView::currentLaunchId() const
{
    const QModelIndex current = m_selection->currentIndex();
    if (current.isValid() && m_selection->isSelected(current))
        return current.data(LaunchListModel::IdRole).toString();
    const QModelIndexList rows = m_selection->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(LaunchListModel::IdRole).toString();
}

void TimelineView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_selection->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
}

void TimelineView::selectLaunch(const QString &launchId)
{
    if (launchId.isEmpty()) {
        m_selection->clearSelection();
        return;
    }
    selectRow(m_model->rowOf(launchId));
}

void TimelineView::stepLaunch(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_model->rowOf(currentLaunchId());
    if (current < 0)
        selectRow(delta > 0 ? 0 : rows - 1);
    else
        selectRow(std::clamp(current + delta, 0, rows - 1));
}

void TimelineView::followSelection()
{
    const QString id = currentLaunchId();
    TimelineRenderer &r = m_canvas->renderer();
    r.setSelectedId(id);
    m_tray->setCurrentLaunch(id);
    const int i = r.indexOf(id);
    if (i >= 0) {
        const TimelineItem &it = r.items()[i];
        double first = it.dated ? it.startDay : it.inferredStart;
        double last = it.dated ? it.endDay : it.inferredEnd;
        if (!std::isnan(first) || !std::isnan(last)) {
            first = std::isnan(first) ? last - 1 : first;
            last = std::isnan(last) ? first + 1 : last;
            // A launch in another year: go to that year (unless all years are shown).
            const int y = QDate::fromJulianDay(qint64((first + last) / 2)).year();
            if (m_year > 0 && y != m_year)
                setYear(y);
            m_canvas->bringIntoView(first, std::min(last, first + m_canvas->spanDays()));
        }
    }
    m_canvas->update();
    announce();
}

void TimelineView::emitWindow()
{
    const QDate cursor = m_playback->cursor();
    const QDate from = firstVisibleDate();
    const QDate to = cursor.isValid() ? cursor : lastVisibleDate();
    if (from == m_lastFrom && to == m_lastTo)
        return;
    m_lastFrom = from;
    m_lastTo = to;
    emit dateWindowChanged(from, to);
}

void TimelineView::announce()
{
    // Screen readers hear the selected launch (the description changes and Qt
    // sends the accessibility event), and what part of time is in view.
    QString text = tr("Showing %1 to %2.").arg(DateText::day(firstVisibleDate()), DateText::day(lastVisibleDate()));
    const int i = m_canvas->renderer().indexOf(currentLaunchId());
    if (i >= 0)
        text = tr("Selected: %1. ").arg(m_canvas->renderer().items()[i].accessibleText) + text;
    if (m_canvas->accessibleDescription() != text)
        m_canvas->setAccessibleDescription(text);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: stepLaunch(-1); break;
    case Qt::Key_Right: stepLaunch(+1); break;
    case Qt::Key_Home: selectRow(0); break;
    case Qt::Key_End: selectRow(m_model->rowCount() - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!currentLaunchId().isEmpty())
            emit detailsRequested(currentLaunchId());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_canvas->zoomBy(kKeyZoom, m_canvas->width() / 2.0); break;
    case Qt::Key_Minus: m_canvas->zoomBy(1 / kKeyZoom, m_canvas->width() / 2.0); break;
    case Qt::Key_PageUp: m_canvas->panByPixels(m_canvas->width() * 0.8); break;
    case Qt::Key_PageDown: m_canvas->panByPixels(-m_canvas->width() * 0.8); break;
    case Qt::Key_Space: m_playback->isPlaying() ? m_playback->pause() : m_playback->play(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace atlas
