#pragma once
// The platform's key bindings for a standard action, with the usual Linux key when
// the platform defines none (Qt's offscreen and Windows-style key schemes give Quit
// and Full Screen no key at all). Menus use these so every standard action has a key.
#include <QKeySequence>
#include <QList>

namespace atlas {

QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key);

} // namespace atlas
