#include "widgets/ExportDataDialog.h"

#include "widgets/SaveFileChooser.h"

#include "io/CsvWriter.h"
#include "io/GeoJsonWriter.h"
#include "io/KmlWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace atlas {

ExportDataDialog::ExportDataDialog(const Catalog &catalog, QWidget *parent) : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Export Data"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("CSV: one launch a row, with its sources (spreadsheets)"), QStringLiteral("csv"));
    m_format->addItem(tr("GeoJSON: sites and estimated splashdown arcs (QGIS, web maps)"), QStringLiteral("geojson"));
    m_format->addItem(tr("KML: sites and arcs with their dates (Google Earth, QGIS)"), QStringLiteral("kml"));
    auto *note = new QLabel(tr("Splashdown arcs are estimates from the reported distance and are marked approximate."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ExportDataDialog::chooseFileAndExport);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(note);
    form->addRow(buttons);
}

QString ExportDataDialog::format() const { return m_format->currentData().toString(); }
void ExportDataDialog::setFormat(const QString &format) { m_format->setCurrentIndex(m_format->findData(format)); }

QByteArray ExportDataDialog::bytes(const Catalog &catalog, const QString &format)
{
    if (format == QLatin1String("geojson"))
        return GeoJsonWriter::write(catalog);
    if (format == QLatin1String("kml"))
        return KmlWriter::write(catalog);
    return CsvWriter::launches(catalog);
}

bool ExportDataDialog::exportTo(const QString &path, QString *error)
{
    const QByteArray data = bytes(m_catalog, format());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ExportDataDialog::chooseFileAndExport()
{
    const QString suffix = format();
    const QString filter = suffix == QLatin1String("csv")       ? tr("CSV files (*.csv)")
                           : suffix == QLatin1String("geojson") ? tr("GeoJSON files (*.geojson)")
                                                                : tr("KML files (*.kml)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = chooseSavePath(this, tr("Export Data"), dir + QStringLiteral("/launches.") + suffix, filter, suffix);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Data"), error);
        return;
    }
    accept();
}

} // namespace atlas
