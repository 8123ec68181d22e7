#pragma once
// Launches the articles give no date for ("on Tuesday"; "on November 5" with no
// year), waiting beside the timeline with their weekday and any inferred range
// until the analyst assigns a date. The tray only asks: assignDateRequested goes
// to whoever keeps the edits (EditController), so the date is an undoable
// analyst edit beside the original.
#include "model/FuzzyDate.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace atlas {
struct LaunchEvent;

class UndatedTray : public QWidget {
    Q_OBJECT
public:
    explicit UndatedTray(QWidget *parent = nullptr);

    // Keeps those without a known date, in the order given.
    void setLaunches(const QVector<const LaunchEvent *> &launches);
    QStringList launchIds() const;
    // Highlights a launch (or none); emits nothing.
    void setCurrentLaunch(const QString &launchId);
    QString currentLaunch() const;
    QListWidget *list() const { return m_list; }

    // Asks for this date after checking it against what is known (the weekday,
    // the day of a yearless date). False, and no request, when it contradicts it.
    bool assignDate(const QString &launchId, const QDate &date);
    // The calendar dialog for a launch (modal); on acceptance, assignDate().
    void chooseDate(const QString &launchId);

signals:
    void launchSelected(const QString &launchId);
    void launchActivated(const QString &launchId); // Enter or double-click: the details
    void assignDateRequested(const QString &launchId, const QDate &date);

private:
    struct Known {
        FuzzyDate date;
        DateInference inferred;
        QString label;
    };
    void updateButton();

    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_assign;
    QHash<QString, Known> m_known;
    bool m_silent = false;
};

} // namespace atlas
