#include "model/Launch.h"

#include "model/MissileClass.h"

namespace atlas {

QString Quantity::display() const
{
    if (!isValid())
        return {};
    const QString number = QString::number(value, 'f', value == int(value) ? 0 : 1);
    return qualifier.isEmpty() ? QStringLiteral("%1 km").arg(number)
                               : QStringLiteral("%1 %2 km").arg(qualifier, number);
}

QString Count::display() const
{
    if (!isKnown())
        return QStringLiteral("unknown");
    if (isExact())
        return QString::number(min);
    if (max < 0)
        return QStringLiteral("at least %1").arg(min);
    return QStringLiteral("%1–%2").arg(min).arg(max);
}

QString Site::display() const
{
    if (!name.isEmpty())
        return uncertaintyKm > 0 ? QStringLiteral("%1 (±%2 km)").arg(name).arg(qRound(uncertaintyKm)) : name;
    return text;
}

QString Splashdown::display() const
{
    if (land)
        return QStringLiteral("land impact");
    QString s = sea;
    if (!eez.isEmpty())
        s += (s.isEmpty() ? QString() : QStringLiteral(", ")) + eez + QStringLiteral(" Japan's EEZ");
    return s;
}

QString roleName(LaunchRole r)
{
    return r == LaunchRole::Primary ? QStringLiteral("primary") : QStringLiteral("mentioned");
}

QStringList LaunchEvent::articleIds() const
{
    QStringList ids;
    for (const LaunchMention &m : mentions) {
        if (!ids.contains(m.articleId))
            ids << m.articleId;
    }
    return ids;
}

bool LaunchEvent::hasConflict(const QString &field) const
{
    for (const Conflict &c : conflicts) {
        if (c.field == field)
            return true;
    }
    return false;
}

QString LaunchEvent::headlineClass() const { return MissileClass::headline(classes); }

QString LaunchEvent::lane() const { return MissileClass::laneOf(classes); }

EvidenceList LaunchEvent::allEvidence() const
{
    EvidenceList all;
    for (const LaunchMention &m : mentions)
        all += m.evidence;
    return all;
}

QString LaunchEvent::label() const
{
    QStringList parts{date.display()};
    if (!classes.isEmpty())
        parts << classes.join(QLatin1Char('/'));
    if (!site.display().isEmpty())
        parts << site.display();
    return parts.join(QStringLiteral(" · "));
}

} // namespace atlas
