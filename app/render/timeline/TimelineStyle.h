#pragma once
// Colours and fonts of the timeline other than the lane colours (those come from
// ClassPalette, shared with the map legend). On screen they follow the widget
// palette, so a dark desktop gets a dark timeline; print is ink on white.
#include "render/ClassPalette.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace atlas {

struct TimelineStyle {
    QColor background;
    QColor text;
    QColor mutedText;   // lane titles, minor tick labels
    QColor axis;
    QColor grid;        // faint lines at ticks across the lanes
    QColor laneBand;    // alternate lane shading
    QColor highlight;   // the selected launch's ring
    QColor badge;       // "sources disagree"
    QColor cursor;      // the playback cursor
    QColor inference;   // hatching of inferred ranges
    QFont font;

    static TimelineStyle forScreen(const QPalette &palette, const QFont &font);
    static TimelineStyle forPrint(const QFont &font);
    static TimelineStyle forTheme(Theme theme, const QPalette &palette, const QFont &font);
};

// font at `factor` of its size, whether it was set in points or in pixels.
QFont scaledFont(const QFont &font, double factor, bool bold = false);

} // namespace atlas
