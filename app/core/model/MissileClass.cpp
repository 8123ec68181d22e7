#include "model/MissileClass.h"

namespace atlas::MissileClass {

const QStringList &all()
{
    static const QStringList classes{
        QStringLiteral("SRBM"), QStringLiteral("CRBM"), QStringLiteral("MRBM"),
        QStringLiteral("IRBM"), QStringLiteral("ICBM"), QStringLiteral("SLBM"),
        QStringLiteral("hypersonic"), QStringLiteral("cruise"), QStringLiteral("ballistic"),
        QStringLiteral("air-defense")};
    return classes;
}

bool isKnown(const QString &cls) { return all().contains(cls); }

QString laneOf(const QString &cls)
{
    if (cls == QLatin1String("hypersonic"))
        return QStringLiteral("hypersonic");
    if (cls == QLatin1String("cruise"))
        return QStringLiteral("cruise");
    if (cls == QLatin1String("air-defense") || !isKnown(cls))
        return QStringLiteral("other");
    return QStringLiteral("ballistic");
}

QString laneOf(const QStringList &classes)
{
    // Hypersonic and cruise are the rarer, more telling kinds: they win the lane.
    for (const char *lane : {"hypersonic", "cruise", "ballistic"}) {
        for (const QString &c : classes) {
            if (laneOf(c) == QLatin1String(lane))
                return QString::fromLatin1(lane);
        }
    }
    return QStringLiteral("other");
}

QString headline(const QStringList &classes)
{
    for (const QString &c : all()) {
        if (classes.contains(c))
            return c;
    }
    return classes.isEmpty() ? QString() : classes.first();
}

RangeBand rangeBand(const QString &cls)
{
    if (cls == QLatin1String("CRBM")) return {0, 300};
    if (cls == QLatin1String("SRBM")) return {0, 1000};
    if (cls == QLatin1String("MRBM")) return {1000, 3000};
    if (cls == QLatin1String("IRBM")) return {3000, 5500};
    if (cls == QLatin1String("ICBM")) return {5500, 16000};
    return {0, 0};
}

QString longName(const QString &cls)
{
    if (cls == QLatin1String("SRBM")) return QStringLiteral("short-range ballistic missile");
    if (cls == QLatin1String("CRBM")) return QStringLiteral("close-range ballistic missile");
    if (cls == QLatin1String("MRBM")) return QStringLiteral("medium-range ballistic missile");
    if (cls == QLatin1String("IRBM")) return QStringLiteral("intermediate-range ballistic missile");
    if (cls == QLatin1String("ICBM")) return QStringLiteral("intercontinental ballistic missile");
    if (cls == QLatin1String("SLBM")) return QStringLiteral("submarine-launched ballistic missile");
    if (cls == QLatin1String("hypersonic")) return QStringLiteral("hypersonic missile");
    if (cls == QLatin1String("cruise")) return QStringLiteral("cruise missile");
    if (cls == QLatin1String("ballistic")) return QStringLiteral("ballistic missile (class not stated)");
    if (cls == QLatin1String("air-defense")) return QStringLiteral("air-defence (surface-to-air) missile");
    return cls;
}

} // namespace atlas::MissileClass
