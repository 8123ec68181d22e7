#pragma once
// Asks where to save a file of one kind and makes sure the answer ends in
// that kind's suffix (users often type a bare name). Shared by the export
// dialogs, so each keeps only what differs: its title, folder and filter.
#include <QString>

class QWidget;

namespace atlas {

// Returns the chosen path with ".suffix" added when missing, or an empty string
// when the user cancelled.
QString chooseSavePath(QWidget *parent, const QString &title, const QString &suggestedPath,
                       const QString &filter, const QString &suffix);

} // namespace atlas
