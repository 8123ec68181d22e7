#include "widgets/ImportDialog.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

// The files that were not imported, one row each: a model rather than a
// table widget, so a report of 10,000 rows costs nothing to show.
class ImportReportModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QVector<ImportEntry> entries)
    {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_entries.size())
            return {};
        const ImportEntry &e = m_entries.at(index.row());
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case 0: return QFileInfo(e.file).fileName();
            case 1: return outcomeText(e.outcome);
            case 2: return e.message;
            }
        }
        if (role == Qt::ToolTipRole)
            return e.file;
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0: return ImportDialog::tr("File");
        case 1: return ImportDialog::tr("Outcome");
        case 2: return ImportDialog::tr("Why");
        }
        return {};
    }

    static QString outcomeText(ImportOutcome o)
    {
        switch (o) {
        case ImportOutcome::Added: return ImportDialog::tr("added");
        case ImportOutcome::Updated: return ImportDialog::tr("updated");
        case ImportOutcome::Reextracted: return ImportDialog::tr("re-extracted");
        case ImportOutcome::Unchanged: return ImportDialog::tr("unchanged");
        case ImportOutcome::Duplicate: return ImportDialog::tr("duplicate");
        case ImportOutcome::Refused: return ImportDialog::tr("refused");
        case ImportOutcome::NotImported: return ImportDialog::tr("not imported");
        }
        return {};
    }

private:
    QVector<ImportEntry> m_entries;
};

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLabel(this)), m_bar(new QProgressBar(this)), m_counts(new QLabel(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)), m_model(new ImportReportModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Articles"));
    setModal(false);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importReport"));
    m_table->setAccessibleName(tr("Import report"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importClose"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_title->setText(tr("Cancelling… what is already in stays in."));
        emit cancelRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::begin(const QString &what)
{
    m_title->setText(what);
    m_bar->setRange(0, 0); // busy until the folders are listed
    m_counts->setText(tr("Listing files…"));
    m_summary->clear();
    m_summary->hide();
    m_model->setEntries({});
    m_table->hide();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_close->hide();
}

void ImportDialog::showProgress(const ImportProgress &p)
{
    if (p.filesTotal > 0) {
        m_bar->setRange(0, p.filesTotal);
        m_bar->setValue(p.filesDone);
    }
    const QLocale locale;
    m_counts->setText(tr("%1 of %2 files · %3 launches found · %4 added · %5 skipped")
                          .arg(locale.toString(p.filesDone), locale.toString(p.filesTotal),
                               locale.toString(p.launchesFound), locale.toString(p.added),
                               locale.toString(p.skipped)));
}

void ImportDialog::showReport(const ImportReport &report)
{
    showProgress(report.totals);
    m_bar->setRange(0, qMax(1, report.totals.filesTotal));
    m_bar->setValue(report.totals.filesDone);
    m_title->setText(report.cancelled ? tr("Import cancelled") : !report.error.isEmpty()
                                                                   ? tr("Import stopped")
                                                                   : tr("Import finished"));
    QString summary = report.summary();
    if (!report.error.isEmpty())
        summary += QLatin1Char('\n') + tr("The library was left as it was before the failing batch.");
    m_summary->setText(summary);
    m_summary->show();
    const QVector<ImportEntry> skipped = report.skippedEntries();
    m_model->setEntries(skipped);
    m_table->setVisible(!skipped.isEmpty());
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
}

QString ImportDialog::countsText() const { return m_counts->text(); }
QString ImportDialog::summaryText() const { return m_summary->text(); }
int ImportDialog::reportRows() const { return m_model->rowCount(); }

} // namespace atlas
