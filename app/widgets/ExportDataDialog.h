#pragma once
// File → Export data…: the catalog for other tools, as CSV (one launch a row
// with its sources), GeoJSON or KML, through the same writers as the
// `launch-atlas export-data` command.
#include "model/Catalog.h"

#include <QDialog>

class QComboBox;

namespace atlas {

class ExportDataDialog : public QDialog {
    Q_OBJECT
public:
    ExportDataDialog(const Catalog &catalog, QWidget *parent = nullptr); // catalog must outlive the dialog

    // "csv", "geojson" or "kml".
    QString format() const;
    void setFormat(const QString &format);
    static QByteArray bytes(const Catalog &catalog, const QString &format);
    bool exportTo(const QString &path, QString *error = nullptr);

private:
    void chooseFileAndExport();
    const Catalog &m_catalog;
    QComboBox *m_format;
};

} // namespace atlas
