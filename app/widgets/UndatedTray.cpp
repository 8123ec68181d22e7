#include "widgets/UndatedTray.h"

#include "model/Launch.h"
#include "render/DateText.h"
#include "render/PlaceNames.h"
#include "render/VocabularyText.h"
#include "render/timeline/TimelineItem.h"
#include "widgets/AssignDateDialog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

UndatedTray::UndatedTray(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_assign(new QPushButton(tr("Assign Date…"), this))
{
    setObjectName(QStringLiteral("undatedTray"));
    m_list->setObjectName(QStringLiteral("undatedList"));
    m_assign->setObjectName(QStringLiteral("assignDateButton"));
    m_list->setAccessibleName(tr("Undated launches"));
    m_list->setAccessibleDescription(tr("Launches reported without a date. Press Enter for details."));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setTextElideMode(Qt::ElideRight);
    m_assign->setToolTip(tr("Give the selected undated launch a date (kept as your correction, undoable)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_assign);
    setMinimumWidth(170);
    setMaximumWidth(280);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        updateButton();
        if (!m_silent && item)
            emit launchSelected(item->data(kIdRole).toString());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit launchActivated(item->data(kIdRole).toString()); });
    connect(m_assign, &QPushButton::clicked, this, [this] { chooseDate(currentLaunch()); });
    setLaunches({});
}

void UndatedTray::setLaunches(const QVector<const LaunchEvent *> &launches)
{
    const QString current = currentLaunch();
    m_silent = true;
    m_list->clear();
    m_known.clear();
    for (const LaunchEvent *l : launches) {
        if (!l || l->date.isKnown())
            continue;
        const TimelineItem it = TimelineItem::from(*l);
        // First line: what is known of the date; second: what and where; third: the inference.
        QStringList lines{DateText::fuzzy(l->date)};
        QStringList what{VocabularyText::missileClasses(l->classes)};
        if (!l->site.display().isEmpty())
            what << PlaceNames::siteText(l->site);
        what.removeAll(QString());
        if (!what.isEmpty())
            lines << what.join(QStringLiteral(" · "));
        if (it.inferred)
            lines << tr("%1 (context, not stated)").arg(it.inferredText);
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(kIdRole, l->id);
        item->setToolTip(it.accessibleText);
        item->setData(Qt::AccessibleTextRole, it.accessibleText);
        m_known.insert(l->id, Known{l->date, l->inferredDate, DateText::launchLabel(*l)});
    }
    m_title->setText(tr("<b>Undated</b> (%1)").arg(m_list->count()));
    m_silent = false;
    setCurrentLaunch(current);
    updateButton();
}

QStringList UndatedTray::launchIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(kIdRole).toString();
    return ids;
}

void UndatedTray::setCurrentLaunch(const QString &launchId)
{
    m_silent = true;
    const int row = launchIds().indexOf(launchId);
    if (row >= 0) {
        m_list->setCurrentRow(row);
        m_list->scrollToItem(m_list->item(row));
    } else {
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_silent = false;
    updateButton();
}

QString UndatedTray::currentLaunch() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(kIdRole).toString() : QString();
}

bool UndatedTray::assignDate(const QString &launchId, const QDate &date)
{
    const auto found = m_known.constFind(launchId);
    if (found == m_known.constEnd() || !dateFitsWhatIsKnown(found->date, found->inferred, date))
        return false;
    emit assignDateRequested(launchId, date);
    return true;
}

void UndatedTray::chooseDate(const QString &launchId)
{
    const auto found = m_known.constFind(launchId);
    if (found == m_known.constEnd())
        return;
    AssignDateDialog dialog(found->label, found->date, found->inferred, this);
    if (dialog.exec() == QDialog::Accepted)
        assignDate(launchId, dialog.selectedDate());
}

void UndatedTray::updateButton() { m_assign->setEnabled(!currentLaunch().isEmpty()); }

} // namespace atlas
