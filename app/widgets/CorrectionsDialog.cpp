#include "widgets/CorrectionsDialog.h"

#include "model/LaunchListModel.h"
#include "widgets/EditController.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atlas {

CorrectionsDialog::CorrectionsDialog(EditController *edits, QWidget *parent)
    : QDialog(parent), m_edits(edits), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("correctionsDialog"));
    setWindowTitle(tr("Corrections"));
    m_list->setObjectName(QStringLiteral("correctionsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Correction"), tr("When (UTC)"), tr("Why"), tr("Status")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revert = buttons->addButton(tr("Revert"), QDialogButtonBox::ActionRole);
    m_revert->setObjectName(QStringLiteral("revertCorrection"));
    m_revert->setToolTip(tr("Take this correction back (Edit → Undo brings it again)"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, &CorrectionsDialog::revertCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { m_revert->setEnabled(item); });
    connect(m_edits->model(), &LaunchListModel::editsChanged, this, &CorrectionsDialog::refill);
    connect(m_edits->model(), &LaunchListModel::catalogChanged, this, &CorrectionsDialog::refill);
    resize(760, 360);
    refill();
}

void CorrectionsDialog::refill()
{
    const QStringList stale = m_edits->model()->staleEditIds();
    m_list->clear();
    for (const AnalystEdit &e : m_edits->edits()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.summary());
        item->setToolTip(0, tr("Machine read: %1\nYou set: %2").arg(e.machineText, e.analystText));
        item->setText(1, e.when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(2, e.note);
        item->setText(3, stale.contains(e.id) ? tr("does not fit the articles read") : tr("applied"));
        item->setData(0, Qt::UserRole, e.id);
    }
    m_revert->setEnabled(m_list->currentItem());
}

void CorrectionsDialog::revertCurrent()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        m_edits->revertEdit(item->data(0, Qt::UserRole).toString());
}

} // namespace atlas
