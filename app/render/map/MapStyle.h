#pragma once
// Colours and hand-placed labels of the map, read from resources/styles/map.json
// (screen, print and dark themes), so that look lives in data, not in code.
#include "render/ClassPalette.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QVector>

namespace atlas {

struct MapLabel {
    QString name;
    QString alternative; // "Sea of Japan" beside "East Sea": both names are shown
    QPointF lonLat;
};

class MapStyle {
public:
    // dark: the screen theme on a dark palette (ignored for Print).
    static MapStyle bundled(Theme theme = Theme::Screen, bool dark = false);
    static MapStyle fromJson(const QByteArray &json, Theme theme, bool dark = false);

    // A named colour ("sea", "land", "coastline", ...); magenta when the table lacks it,
    // so a missing entry is seen rather than silently grey.
    QColor color(const QString &name) const { return m_colors.value(name, QColor(Qt::magenta)); }
    const QVector<MapLabel> &countryLabels() const { return m_countries; }
    const QVector<MapLabel> &seaLabels() const { return m_seas; }
    // Anchors for the label of the approximate Japanese zone, in preference order.
    const QVector<MapLabel> &zoneLabels() const { return m_zones; }
    Theme theme() const { return m_theme; }
    bool isDark() const { return m_dark; }

private:
    QHash<QString, QColor> m_colors;
    QVector<MapLabel> m_countries;
    QVector<MapLabel> m_seas;
    QVector<MapLabel> m_zones;
    Theme m_theme = Theme::Screen;
    bool m_dark = false;
};

} // namespace atlas
