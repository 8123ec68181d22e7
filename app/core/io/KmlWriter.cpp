#include "io/KmlWriter.h"

#include "geo/Geodesy.h"
#include "geo/SplashdownEstimator.h"

#include <QXmlStreamWriter>

namespace atlas {

namespace {
QString coordinateText(double lon, double lat)
{
    return QStringLiteral("%1,%2,0").arg(lon, 0, 'f', 5).arg(lat, 0, 'f', 5);
}

void writeData(QXmlStreamWriter &x, const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    x.writeStartElement(QStringLiteral("Data"));
    x.writeAttribute(QStringLiteral("name"), name);
    x.writeTextElement(QStringLiteral("value"), value);
    x.writeEndElement();
}

// TimeStamp for a day, TimeSpan for a range at its real precision, nothing when undated.
void writeTime(QXmlStreamWriter &x, const FuzzyDate &d)
{
    if (!d.isKnown())
        return;
    if (d.isDay()) {
        x.writeStartElement(QStringLiteral("TimeStamp"));
        x.writeTextElement(QStringLiteral("when"), d.earliest.toString(Qt::ISODate));
        x.writeEndElement();
        return;
    }
    x.writeStartElement(QStringLiteral("TimeSpan"));
    x.writeTextElement(QStringLiteral("begin"), d.earliest.toString(Qt::ISODate));
    x.writeTextElement(QStringLiteral("end"), d.latest.toString(Qt::ISODate));
    x.writeEndElement();
}

QString sourcesText(const Catalog &catalog, const LaunchEvent &l)
{
    QStringList out;
    for (const QString &id : l.articleIds()) {
        const Article *a = catalog.article(id);
        if (!a) {
            out << id;
            continue;
        }
        QStringList parts{a->displayName()};
        if (!a->outlet.isEmpty())
            parts << a->outlet;
        if (a->publicationDate.isValid())
            parts << a->publicationDate.toString(Qt::ISODate);
        out << parts.join(QLatin1String(", "));
    }
    return out.join(QLatin1String("; "));
}

void writeLaunchData(QXmlStreamWriter &x, const Catalog &catalog, const LaunchEvent &l)
{
    x.writeStartElement(QStringLiteral("ExtendedData"));
    writeData(x, QStringLiteral("launch_id"), l.id);
    writeData(x, QStringLiteral("date_precision"), precisionName(l.date.precision));
    writeData(x, QStringLiteral("date_earliest"), l.date.earliest.isValid() ? l.date.earliest.toString(Qt::ISODate) : QString());
    writeData(x, QStringLiteral("date_latest"), l.date.latest.isValid() ? l.date.latest.toString(Qt::ISODate) : QString());
    writeData(x, QStringLiteral("date_text"), l.date.text);
    writeData(x, QStringLiteral("classes"), l.classes.join(QLatin1String("; ")));
    writeData(x, QStringLiteral("names"), l.names.join(QLatin1String("; ")));
    writeData(x, QStringLiteral("count"), l.count.display());
    if (l.distanceKm.isValid()) {
        writeData(x, QStringLiteral("distance_km"), QString::number(l.distanceKm.value));
        writeData(x, QStringLiteral("distance_qualifier"), l.distanceKm.qualifier);
    }
    writeData(x, QStringLiteral("sea"), l.splashdown.sea);
    writeData(x, QStringLiteral("eez"), l.splashdown.eez);
    writeData(x, QStringLiteral("sources"), sourcesText(catalog, l));
    x.writeEndElement();
}
} // namespace

QByteArray KmlWriter::write(const Catalog &catalog, const QString &documentName)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    x.writeStartElement(QStringLiteral("kml"));
    x.writeStartElement(QStringLiteral("Document"));
    x.writeTextElement(QStringLiteral("name"),
                       documentName.isEmpty() ? QStringLiteral("North Korean missile launches") : documentName);
    x.writeTextElement(QStringLiteral("description"),
                       QStringLiteral("Launch sites as reported in the news, and ESTIMATED splashdown arcs "
                                      "(reported distance on the likeliest bearing; approximate)."));
    x.writeStartElement(QStringLiteral("Style"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("estimate"));
    x.writeStartElement(QStringLiteral("LineStyle"));
    x.writeTextElement(QStringLiteral("color"), QStringLiteral("ff2b39c0"));
    x.writeTextElement(QStringLiteral("width"), QStringLiteral("2"));
    x.writeEndElement();
    x.writeEndElement();

    const SplashdownEstimator &estimator = SplashdownEstimator::bundled();
    const QVector<const LaunchEvent *> launches = catalog.chronological();

    x.writeStartElement(QStringLiteral("Folder"));
    x.writeTextElement(QStringLiteral("name"), QStringLiteral("Launch sites"));
    for (const LaunchEvent *l : launches) {
        if (!l->site.isLocated())
            continue;
        x.writeStartElement(QStringLiteral("Placemark"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("launch-") + l->id);
        x.writeTextElement(QStringLiteral("name"), l->label());
        QString description = l->date.display();
        if (l->site.uncertaintyKm > 0)
            description += QStringLiteral("\nSite approximate (within about %1 km)").arg(qRound(l->site.uncertaintyKm));
        x.writeTextElement(QStringLiteral("description"), description);
        writeTime(x, l->date);
        writeLaunchData(x, catalog, *l);
        x.writeStartElement(QStringLiteral("Point"));
        x.writeTextElement(QStringLiteral("coordinates"), coordinateText(l->site.lon, l->site.lat));
        x.writeEndElement();
        x.writeEndElement(); // Placemark
    }
    x.writeEndElement(); // Folder

    x.writeStartElement(QStringLiteral("Folder"));
    x.writeTextElement(QStringLiteral("name"), QStringLiteral("Estimated splashdowns (approximate)"));
    for (const LaunchEvent *l : launches) {
        const SplashdownEstimate e = estimator.estimate(*l);
        if (!e.valid)
            continue;
        x.writeStartElement(QStringLiteral("Placemark"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("launch-") + l->id + QStringLiteral("-splashdown"));
        x.writeTextElement(QStringLiteral("name"), QStringLiteral("%1 (estimated splashdown)").arg(l->label()));
        x.writeTextElement(QStringLiteral("description"),
                           QStringLiteral("Approximate: %1 km reported, bearing %2° used. %3")
                               .arg(e.distanceKm, 0, 'f', 0).arg(e.bearingDeg, 0, 'f', 0).arg(e.note));
        writeTime(x, l->date); // KML 2.2 order: time, then styleUrl, then ExtendedData
        x.writeTextElement(QStringLiteral("styleUrl"), QStringLiteral("#estimate"));
        writeLaunchData(x, catalog, *l);
        x.writeStartElement(QStringLiteral("LineString"));
        x.writeTextElement(QStringLiteral("tessellate"), QStringLiteral("1"));
        QStringList coords;
        for (const QPointF &ll : Geodesy::greatCircle(e.site, e.point, 25))
            coords << coordinateText(ll.x(), ll.y());
        x.writeTextElement(QStringLiteral("coordinates"), coords.join(QLatin1Char(' ')));
        x.writeEndElement();
        x.writeEndElement(); // Placemark
    }
    x.writeEndElement(); // Folder

    x.writeEndElement(); // Document
    x.writeEndElement(); // kml
    x.writeEndDocument();
    return out;
}

} // namespace atlas
