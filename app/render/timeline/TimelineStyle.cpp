#include "render/timeline/TimelineStyle.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

TimelineStyle TimelineStyle::forScreen(const QPalette &palette, const QFont &font)
{
    TimelineStyle s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.mutedText = mix(s.text, s.background, 0.35);
    s.axis = mix(s.text, s.background, 0.25);
    s.grid = mix(s.text, s.background, 0.88);
    s.laneBand = mix(s.text, s.background, 0.955);
    s.highlight = palette.color(QPalette::Highlight);
    // Red reads as "attention" on light and dark alike; lighter on dark.
    s.badge = s.background.lightnessF() < 0.5 ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    s.cursor = s.highlight;
    s.inference = mix(s.text, s.background, 0.3);
    s.font = font;
    return s;
}

TimelineStyle TimelineStyle::forPrint(const QFont &font)
{
    TimelineStyle s;
    s.background = Qt::white;
    s.text = Qt::black;
    s.mutedText = QColor(0x55, 0x55, 0x55);
    s.axis = QColor(0x33, 0x33, 0x33);
    s.grid = QColor(0xdd, 0xdd, 0xdd);
    s.laneBand = QColor(0xf4, 0xf4, 0xf4);
    s.highlight = QColor(0x1f, 0x4e, 0x9c);
    s.badge = QColor(0xb0, 0x00, 0x20);
    s.cursor = QColor(0x1f, 0x4e, 0x9c);
    s.inference = QColor(0x44, 0x44, 0x44);
    s.font = font;
    return s;
}

QFont scaledFont(const QFont &font, double factor, bool bold)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPointSizeF(std::max(5.0, font.pointSizeF() * factor));
    else
        f.setPixelSize(std::max(7, int(std::lround(font.pixelSize() * factor))));
    if (bold)
        f.setBold(true);
    return f;
}

TimelineStyle TimelineStyle::forTheme(Theme theme, const QPalette &palette, const QFont &font)
{
    return theme == Theme::Print ? forPrint(font) : forScreen(palette, font);
}

} // namespace atlas
