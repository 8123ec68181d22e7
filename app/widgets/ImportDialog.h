#pragma once
// The import, as the analyst sees it: a progress bar with files done and
// launches found, a Cancel button, and when it ends the report: how many were
// added, unchanged, refused, and for each file that was not imported, why.
// Modeless: the main window stays usable while an import runs.
#include "store/ImportReport.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace atlas {

class ImportReportModel;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    // A new import begins: counts reset, Cancel enabled, report hidden.
    void begin(const QString &what);
    void showProgress(const ImportProgress &progress);
    void showReport(const ImportReport &report);

    // Tests read what the dialog shows.
    QString countsText() const;
    QString summaryText() const;
    int reportRows() const;

signals:
    void cancelRequested();

private:
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_counts;
    QLabel *m_summary;
    QTableView *m_table;
    ImportReportModel *m_model;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace atlas
