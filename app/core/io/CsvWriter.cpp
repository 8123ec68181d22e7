#include "io/CsvWriter.h"

namespace atlas {

namespace {
QString number(double v, int decimals)
{
    if (v != v)
        return {};
    QString s = QString::number(v, 'f', decimals);
    // 700.000 -> 700, 39.03385 stays as it is.
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString isoDate(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QString conflictsText(const QVector<Conflict> &conflicts)
{
    // "distance: 1100 km (a1, JCS) | 1500 km (a2)"
    QStringList out;
    for (const Conflict &c : conflicts) {
        QStringList values;
        for (const ConflictValue &v : c.values) {
            QStringList who;
            if (!v.articleId.isEmpty())
                who << v.articleId;
            if (!v.source.isEmpty())
                who << v.source;
            values << (who.isEmpty() ? v.value : QStringLiteral("%1 (%2)").arg(v.value, who.join(QLatin1String(", "))));
        }
        out << QStringLiteral("%1: %2").arg(c.field, values.join(QLatin1String(" | ")));
    }
    return out.join(QLatin1String("; "));
}
} // namespace

QString CsvWriter::field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QStringList CsvWriter::launchHeader()
{
    return {QStringLiteral("id"),           QStringLiteral("role"),       QStringLiteral("date_earliest"),
            QStringLiteral("date_latest"),  QStringLiteral("date_precision"), QStringLiteral("weekday"),
            QStringLiteral("site"),         QStringLiteral("lat"),        QStringLiteral("lon"),
            QStringLiteral("classes"),      QStringLiteral("names"),      QStringLiteral("count_min"),
            QStringLiteral("count_max"),    QStringLiteral("distance_km"), QStringLiteral("distance_qualifier"),
            QStringLiteral("apogee_km"),    QStringLiteral("sea"),        QStringLiteral("eez"),
            QStringLiteral("sources"),      QStringLiteral("conflicts"),  QStringLiteral("apogee_qualifier"),
            QStringLiteral("time_of_day"),  QStringLiteral("land"),       QStringLiteral("date_text")};
}

QByteArray CsvWriter::launches(const Catalog &catalog)
{
    QString out = record(launchHeader());
    for (const LaunchEvent &l : catalog.launches) {
        out += record({l.id,
                       roleName(l.role),
                       isoDate(l.date.earliest),
                       isoDate(l.date.latest),
                       precisionName(l.date.precision),
                       weekdayName(l.date.weekday),
                       l.site.name.isEmpty() ? l.site.text : l.site.name,
                       number(l.site.lat, 5),
                       number(l.site.lon, 5),
                       l.classes.join(QLatin1String("; ")),
                       l.names.join(QLatin1String("; ")),
                       l.count.min > 0 ? QString::number(l.count.min) : QString(),
                       l.count.max >= 0 ? QString::number(l.count.max) : QString(),
                       number(l.distanceKm.value, 1),
                       l.distanceKm.qualifier,
                       number(l.apogeeKm.value, 1),
                       l.splashdown.sea,
                       l.splashdown.eez,
                       l.articleIds().join(QLatin1String("; ")),
                       conflictsText(l.conflicts),
                       l.apogeeKm.qualifier,
                       l.timeOfDay,
                       l.splashdown.land ? QStringLiteral("yes") : QString(),
                       l.date.text});
    }
    return out.toUtf8();
}

QStringList CsvWriter::reactionHeader()
{
    return {QStringLiteral("id"),     QStringLiteral("launch"), QStringLiteral("article"),
            QStringLiteral("actor"),  QStringLiteral("person"), QStringLiteral("role"),
            QStringLiteral("stance"), QStringLiteral("quote"),  QStringLiteral("date_earliest"),
            QStringLiteral("date_latest"), QStringLiteral("date_precision"), QStringLiteral("weekday"),
            QStringLiteral("sentence")};
}

QByteArray CsvWriter::reactions(const Catalog &catalog)
{
    QString out = record(reactionHeader());
    for (const Reaction &r : catalog.reactions) {
        const bool dated = r.date.precision != DatePrecision::Unknown || r.date.weekday != 0;
        out += record({r.id, r.launchId, r.articleId, r.actor, r.person, r.role, stanceName(r.stance), r.quote,
                       isoDate(r.date.earliest), isoDate(r.date.latest),
                       dated ? precisionName(r.date.precision) : QString(), weekdayName(r.date.weekday),
                       evidenceFor(r.evidence, QStringLiteral("reaction")).text()});
    }
    return out.toUtf8();
}

} // namespace atlas
