#include "render/ClassPalette.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

ClassPalette ClassPalette::bundled(Theme theme)
{
    QFile f(QStringLiteral(":/atlas/styles/missile-classes.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return fromJson(f.readAll(), theme);
}

ClassPalette ClassPalette::fromJson(const QByteArray &json, Theme theme)
{
    ClassPalette p;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QString key = theme == Theme::Print ? QStringLiteral("print") : QStringLiteral("screen");
    auto read = [&](const QJsonObject &table, QHash<QString, QColor> &into) {
        for (auto it = table.begin(); it != table.end(); ++it) {
            const QColor c(it.value().toObject().value(key).toString());
            if (c.isValid())
                into.insert(it.key(), c);
        }
    };
    read(root.value(QStringLiteral("classes")).toObject(), p.m_classes);
    read(root.value(QStringLiteral("lanes")).toObject(), p.m_lanes);
    const QColor unknown(root.value(QStringLiteral("unknown")).toObject().value(key).toString());
    if (unknown.isValid())
        p.m_unknown = unknown;
    return p;
}

QColor ClassPalette::classColor(const QString &missileClass) const
{
    return m_classes.value(missileClass, m_unknown);
}

QColor ClassPalette::laneColor(const QString &lane) const { return m_lanes.value(lane, m_unknown); }

} // namespace atlas
