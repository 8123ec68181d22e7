#include "widgets/PlaybackBar.h"

#include "render/DateText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace atlas {

namespace {
struct Speed {
    const char *name;
    int daysPerSecond;
    int stepDays;
};
// Names are translated where shown; see the combo box below.
const Speed kSpeeds[] = {{QT_TRANSLATE_NOOP("atlas::PlaybackBar", "1 week/s"), 7, 7},
                         {QT_TRANSLATE_NOOP("atlas::PlaybackBar", "1 month/s"), 30, 30},
                         {QT_TRANSLATE_NOOP("atlas::PlaybackBar", "1 quarter/s"), 91, 91}};
} // namespace

PlaybackBar::PlaybackBar(QWidget *parent)
    : QWidget(parent), m_timer(new QTimer(this)), m_play(new QToolButton(this)),
      m_stepBack(new QToolButton(this)), m_stepForward(new QToolButton(this)), m_stop(new QToolButton(this)),
      m_speed(new QComboBox(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("playbackBar"));
    m_play->setObjectName(QStringLiteral("playButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_speed->setObjectName(QStringLiteral("playbackSpeed"));
    m_stepBack->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_stepForward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stepBack->setToolTip(tr("Step back"));
    m_stepForward->setToolTip(tr("Step forward"));
    m_stop->setToolTip(tr("Stop playback and show every launch in view"));
    m_stepBack->setAccessibleName(tr("Step back"));
    m_stepForward->setAccessibleName(tr("Step forward"));
    m_stop->setAccessibleName(tr("Stop playback"));
    for (const Speed &s : kSpeeds)
        m_speed->addItem(tr(s.name));
    m_speed->setToolTip(tr("Playback speed"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("00 May 0000")) + 6);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_stepBack, m_play, m_stepForward, m_stop, m_speed, m_label})
        layout->addWidget(w);

    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PlaybackBar::tick);
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_stop, &QToolButton::clicked, this, &PlaybackBar::stop);
    connect(m_stepBack, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_stepForward, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        m_timer->setInterval(std::max(10, 1000 / daysPerSecond()));
    });
    m_timer->setInterval(1000 / daysPerSecond());
    updateControls();
}

void PlaybackBar::setPeriod(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    if (m_cursor.isValid() && (m_cursor < first || m_cursor > last))
        stop();
    updateControls();
}

bool PlaybackBar::isPlaying() const { return m_timer->isActive(); }

int PlaybackBar::daysPerSecond() const { return kSpeeds[std::clamp(m_speed->currentIndex(), 0, 2)].daysPerSecond; }

void PlaybackBar::setSpeedIndex(int index) { m_speed->setCurrentIndex(std::clamp(index, 0, 2)); }

void PlaybackBar::play()
{
    if (!m_first.isValid())
        return;
    // From the start when stopped or at the end; otherwise carry on from the cursor.
    if (!m_cursor.isValid() || m_cursor >= m_last)
        setCursor(m_first);
    m_timer->start();
    updateControls();
    emit playingChanged(true);
}

void PlaybackBar::pause()
{
    if (!m_timer->isActive())
        return;
    m_timer->stop();
    updateControls();
    emit playingChanged(false);
}

void PlaybackBar::stop()
{
    pause();
    if (m_cursor.isValid()) {
        m_cursor = QDate();
        updateControls();
        emit cursorChanged(m_cursor);
    }
}

void PlaybackBar::step(int direction)
{
    if (!m_first.isValid())
        return;
    const int days = kSpeeds[std::clamp(m_speed->currentIndex(), 0, 2)].stepDays;
    const QDate from = m_cursor.isValid() ? m_cursor : (direction > 0 ? m_first.addDays(-1) : m_last.addDays(1));
    setCursor(from.addDays(direction * days));
}

void PlaybackBar::setCursor(const QDate &date)
{
    if (!m_first.isValid() || !date.isValid())
        return;
    const QDate clamped = std::clamp(date, m_first, m_last);
    if (clamped == m_cursor)
        return;
    m_cursor = clamped;
    updateControls();
    emit cursorChanged(m_cursor);
}

void PlaybackBar::tick()
{
    if (!m_cursor.isValid() || m_cursor >= m_last) {
        pause();
        return;
    }
    setCursor(m_cursor.addDays(1));
    if (m_cursor >= m_last)
        pause();
}

void PlaybackBar::updateControls()
{
    const bool playing = isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play through the period: the map shows launches up to the cursor"));
    m_play->setAccessibleName(playing ? tr("Pause playback") : tr("Play"));
    m_stop->setEnabled(m_cursor.isValid());
    m_label->setText(m_cursor.isValid() ? DateText::day(m_cursor) : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_stepBack, m_stepForward})
        w->setEnabled(m_first.isValid());
}

} // namespace atlas
