#pragma once
// Playback: a time cursor that runs through the period (a year) so the map can
// show the launches as they came. Play, pause, step (one unit of the chosen
// speed), stop (no cursor: everything in view), and a speed. QTimer-driven: a
// tick moves the cursor one day; the speed sets how often it ticks.
#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace atlas {

class PlaybackBar : public QWidget {
    Q_OBJECT
public:
    explicit PlaybackBar(QWidget *parent = nullptr);

    void setPeriod(const QDate &first, const QDate &last);
    QDate cursor() const { return m_cursor; } // invalid when stopped
    bool isPlaying() const;
    int daysPerSecond() const;
    void setSpeedIndex(int index); // 0: a week a second, 1: a month, 2: a quarter
    QTimer *timer() const { return m_timer; }

    void play();
    void pause();
    void stop();
    void step(int direction); // +1 / -1 by the speed's unit
    void setCursor(const QDate &date);

signals:
    void cursorChanged(const QDate &cursor); // invalid: playback stopped
    void playingChanged(bool playing);

private:
    void tick();
    void updateControls();

    QDate m_first, m_last, m_cursor;
    QTimer *m_timer;
    QToolButton *m_play, *m_stepBack, *m_stepForward, *m_stop;
    QComboBox *m_speed;
    QLabel *m_label;
};

} // namespace atlas
