#include "widgets/SaveFileChooser.h"

#include <QFileDialog>

namespace atlas {

QString chooseSavePath(QWidget *parent, const QString &title, const QString &suggestedPath,
                       const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    if (path.isEmpty())
        return path;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    return path;
}

} // namespace atlas
