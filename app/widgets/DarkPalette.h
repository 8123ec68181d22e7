#pragma once
// A dark colour palette for the Fusion style, for desktops whose Qt platform theme
// does not pass on the system's dark mode (Qt 6.4 on GNOME, bare X servers).
// `launch-atlas --dark` applies it; everything else in the app simply follows
// QGuiApplication::palette(), whichever palette that is.
#include <QPalette>

namespace atlas {

QPalette darkPalette();
// Fusion style plus darkPalette(), application-wide.
void applyDarkPalette();
// True when the palette's window colour is darker than its text colour.
bool isDarkPalette(const QPalette &palette);

} // namespace atlas
