#include "render/map/MapStyle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

namespace {
// "#RRGGBBAA" as CSS writes it; QColor reads "#AARRGGBB", so reorder.
QColor parseColor(const QString &text)
{
    if (text.size() == 9 && text.startsWith(QLatin1Char('#'))) {
        QColor c(text.left(7));
        c.setAlpha(text.mid(7, 2).toInt(nullptr, 16));
        return c;
    }
    return QColor(text);
}

QVector<MapLabel> readLabels(const QJsonArray &array)
{
    QVector<MapLabel> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("alt")).toString(),
                    QPointF(o.value(QStringLiteral("lon")).toDouble(), o.value(QStringLiteral("lat")).toDouble())});
    }
    return out;
}
} // namespace

MapStyle MapStyle::bundled(Theme theme, bool dark)
{
    QFile f(QStringLiteral(":/atlas/styles/map.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("map style table is not bundled");
        return {};
    }
    return fromJson(f.readAll(), theme, dark);
}

MapStyle MapStyle::fromJson(const QByteArray &json, Theme theme, bool dark)
{
    MapStyle s;
    s.m_theme = theme;
    s.m_dark = dark && theme == Theme::Screen;
    const QString key = theme == Theme::Print ? QStringLiteral("print")
                        : s.m_dark            ? QStringLiteral("dark")
                                              : QStringLiteral("screen");
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject colors = root.value(QStringLiteral("colors")).toObject();
    for (auto it = colors.begin(); it != colors.end(); ++it) {
        const QColor c = parseColor(it.value().toObject().value(key).toString());
        if (c.isValid())
            s.m_colors.insert(it.key(), c);
    }
    s.m_countries = readLabels(root.value(QStringLiteral("countryLabels")).toArray());
    s.m_seas = readLabels(root.value(QStringLiteral("seaLabels")).toArray());
    s.m_zones = readLabels(root.value(QStringLiteral("zoneLabels")).toArray());
    return s;
}

} // namespace atlas
