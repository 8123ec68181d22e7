#include "widgets/AssignDateDialog.h"

#include "render/DateText.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace atlas {

bool dateFitsWhatIsKnown(const FuzzyDate &known, const DateInference &, const QDate &d)
{
    if (!d.isValid())
        return false;
    if (known.weekday >= 1 && known.weekday <= 7 && d.dayOfWeek() != known.weekday)
        return false;
    if (known.precision == DatePrecision::DayOfYear && known.month > 0
        && (d.month() != known.month || d.day() != known.day))
        return false;
    return true;
}

AssignDateDialog::AssignDateDialog(const QString &launchLabel, const FuzzyDate &known,
                                   const DateInference &inferred, QWidget *parent)
    : QDialog(parent), m_known(known), m_inferred(inferred), m_calendar(new QCalendarWidget(this)),
      m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("assignDateDialog"));
    setWindowTitle(tr("Assign a Date"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b><br>The articles give no date for this launch. The date you "
                                "choose is kept as your correction, beside what the articles say, and "
                                "can be undone.")
                                 .arg(launchLabel.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_calendar->setObjectName(QStringLiteral("assignDateCalendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setAccessibleName(tr("Date of the launch"));
    // Days that contradict the stated weekday are greyed; inferred days are bold.
    if (known.weekday >= 1 && known.weekday <= 7) {
        QTextCharFormat grey;
        grey.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        for (int wd = 1; wd <= 7; ++wd) {
            if (wd != known.weekday)
                m_calendar->setWeekdayTextFormat(Qt::DayOfWeek(wd), grey);
        }
        QTextCharFormat stated;
        stated.setFontWeight(QFont::Bold);
        m_calendar->setWeekdayTextFormat(Qt::DayOfWeek(known.weekday), stated);
    }
    if (inferred.earliest.isValid() && inferred.latest.isValid() && inferred.earliest.daysTo(inferred.latest) < 400) {
        QTextCharFormat hint;
        hint.setFontWeight(QFont::Bold);
        hint.setBackground(palette().color(QPalette::AlternateBase));
        for (QDate d = inferred.earliest; d <= inferred.latest; d = d.addDays(1))
            m_calendar->setDateTextFormat(d, hint);
    }
    layout->addWidget(m_calendar);

    QStringList facts;
    if (known.weekday)
        facts << tr("The articles say it was a %1.").arg(DateText::weekday(known.weekday));
    if (known.precision == DatePrecision::DayOfYear)
        facts << tr("The articles give the day (%1) but not the year.").arg(DateText::monthDay(known.month, known.day));
    if (!inferred.isEmpty())
        facts << tr("From context (not stated): %1.").arg(inferred.evidence.join(QStringLiteral("; ")));
    auto *factsLabel = new QLabel(facts.join(QLatin1Char(' ')), this);
    factsLabel->setWordWrap(true);
    layout->addWidget(factsLabel);
    m_verdict->setObjectName(QStringLiteral("assignDateVerdict"));
    layout->addWidget(m_verdict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Assign Date"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &AssignDateDialog::check);

    // Open where the evidence points: the inferred start, else a fitting day near today.
    QDate start = inferred.earliest.isValid() ? inferred.earliest
                                              : (inferred.latest.isValid() ? inferred.latest : QDate::currentDate());
    if (known.precision == DatePrecision::DayOfYear && known.month > 0)
        start = QDate(start.year(), known.month, std::min(known.day, QDate(start.year(), known.month, 1).daysInMonth()));
    for (int i = 0; i < 7 && !dateFitsWhatIsKnown(known, inferred, start); ++i)
        start = start.addDays(1);
    setSelectedDate(start);
}

QDate AssignDateDialog::selectedDate() const { return m_calendar->selectedDate(); }

void AssignDateDialog::setSelectedDate(const QDate &d)
{
    m_calendar->setSelectedDate(d);
    check();
}

void AssignDateDialog::check()
{
    const QDate d = selectedDate();
    const bool fits = dateFitsWhatIsKnown(m_known, m_inferred, d);
    m_ok->setEnabled(fits);
    if (!fits && m_known.weekday)
        m_verdict->setText(tr("%1 is a %2; the articles say %3.")
                               .arg(DateText::day(d), DateText::weekday(d.dayOfWeek()), DateText::weekday(m_known.weekday)));
    else if (!fits)
        m_verdict->setText(tr("The articles give %1.").arg(DateText::fuzzy(m_known)));
    else if (m_inferred.earliest.isValid() && d < m_inferred.earliest)
        m_verdict->setText(tr("Before the inferred range: fine if you know better."));
    else if (m_inferred.latest.isValid() && d > m_inferred.latest)
        m_verdict->setText(tr("After the inferred range: fine if you know better."));
    else
        m_verdict->setText(QString());
}

} // namespace atlas
