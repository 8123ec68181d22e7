#pragma once
// Colours per missile class and per timeline lane, read from the style table in
// resources (styles/missile-classes.json) so that map legend, timeline lanes and
// exports always agree.
#include <QColor>
#include <QHash>
#include <QString>

namespace atlas {

enum class Theme { Screen, Print };

class ClassPalette {
public:
    // Loads the bundled table; falls back to grey for anything it does not name.
    static ClassPalette bundled(Theme theme = Theme::Screen);
    static ClassPalette fromJson(const QByteArray &json, Theme theme);

    QColor classColor(const QString &missileClass) const;
    QColor laneColor(const QString &lane) const;
    QColor unknownColor() const { return m_unknown; }

private:
    QHash<QString, QColor> m_classes;
    QHash<QString, QColor> m_lanes;
    QColor m_unknown{0x88, 0x88, 0x88};
};

} // namespace atlas
