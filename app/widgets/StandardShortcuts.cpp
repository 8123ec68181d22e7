#include "widgets/StandardShortcuts.h"

namespace atlas {

QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.isEmpty())
        return keys;
    // What GNOME and KDE use (Qt's X11 scheme).
    switch (key) {
    case QKeySequence::Quit:
        return {QKeySequence(Qt::CTRL | Qt::Key_Q)};
    case QKeySequence::FullScreen:
        return {QKeySequence(Qt::Key_F11)};
    case QKeySequence::Redo:
        return {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    default:
        return {};
    }
}

} // namespace atlas
