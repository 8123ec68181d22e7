#pragma once
// The timeline pane: the drawn timeline (TimelineCanvas over TimelineRenderer),
// the undated tray beside it, and a bar with the year, zoom and playback.
//
// It shares the one selection with the map and the reactions panel: clicking a
// mark selects its row; a selection made elsewhere highlights the mark and
// brings it into view. Keyboard: Left/Right previous/next launch (chronological
// order, undated last), Home/End first/last, Enter the details, +/- zoom.
//
// It only asks for changes: assignDateRequested (an undated launch's date, for
// the EditController) and detailsRequested. dateWindowChanged tells the map what
// time is in view: the visible dates, or up to the playback cursor while playing.
#include <QDate>
#include <QWidget>

class QComboBox;
class QItemSelectionModel;
class QToolButton;

namespace atlas {
class LaunchListModel;
class PlaybackBar;
class TimelineCanvas;
class UndatedTray;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    TimelineView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    enum class Zoom { Year, Month, Week, Day };

    TimelineCanvas *canvas() const { return m_canvas; }
    UndatedTray *tray() const { return m_tray; }
    PlaybackBar *playback() const { return m_playback; }

    // The year shown; 0 for all years.
    int year() const { return m_year; }
    void setYear(int year);
    QList<int> availableYears() const;
    void zoomTo(Zoom zoom);
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;
    QString currentLaunchId() const;

    // Keyboard navigation, also used by the key handler: +1 next, -1 previous.
    void stepLaunch(int delta);
    void selectLaunch(const QString &launchId);

signals:
    void detailsRequested(const QString &launchId);
    void assignDateRequested(const QString &launchId, const QDate &date);
    void dateWindowChanged(const QDate &from, const QDate &to);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void rebuildYears();
    int busiestYear() const;
    void followSelection();
    void emitWindow();
    void announce();
    void selectRow(int row);

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    TimelineCanvas *m_canvas;
    UndatedTray *m_tray;
    PlaybackBar *m_playback;
    QComboBox *m_yearBox;
    int m_year = -1;
    bool m_userChoseYear = false;
    QDate m_lastFrom, m_lastTo;
};

} // namespace atlas
