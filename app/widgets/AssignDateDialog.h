#pragma once
// A calendar to give an undated launch its date. What the articles do say still
// binds: a launch reported "on Monday" can only be given a Monday, one reported
// "on November 5" (no year) only a 5 November. The inferred range, when there is
// one, is where the calendar opens and is shown in bold; it is a hint, not a limit.
#include "model/FuzzyDate.h"

#include <QDialog>

class QCalendarWidget;
class QLabel;
class QPushButton;

namespace atlas {

// Whether day d agrees with what is known of an undated launch's date.
bool dateFitsWhatIsKnown(const FuzzyDate &known, const DateInference &inferred, const QDate &d);

class AssignDateDialog : public QDialog {
    Q_OBJECT
public:
    AssignDateDialog(const QString &launchLabel, const FuzzyDate &known, const DateInference &inferred,
                     QWidget *parent = nullptr);

    QDate selectedDate() const;
    void setSelectedDate(const QDate &d);
    QCalendarWidget *calendar() const { return m_calendar; }

private:
    void check();

    FuzzyDate m_known;
    DateInference m_inferred;
    QCalendarWidget *m_calendar;
    QLabel *m_verdict;
    QPushButton *m_ok;
};

} // namespace atlas
