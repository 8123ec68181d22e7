// Data for GIS tools, read back: GeoJSON sites as Points ([lon, lat]) and
// splashdown estimates as densified LineStrings flagged approximate, with the
// date at its real precision and the sources; KML 2.2 that parses, with a
// TimeStamp for a day, a TimeSpan for a range and no time for an undated launch.
#include "io/GeoJsonWriter.h"
#include "io/KmlWriter.h"
#include "render/FiveLaunchesCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace atlas;

namespace {
Catalog catalogWithArticles()
{
    Catalog c = testing::fiveLaunches();
    for (const LaunchEvent &l : c.launches) {
        for (const QString &id : l.articleIds()) {
            Article a;
            a.id = id;
            a.title = QStringLiteral("Article about %1").arg(l.id);
            a.outlet = QStringLiteral("Yonhap");
            a.publicationDate = QDate(2025, 11, 8);
            c.articles << a;
        }
    }
    return c;
}

struct KmlPlacemark {
    QString id, name, when, begin, end, point, line;
};

QVector<KmlPlacemark> readKml(const QByteArray &kml, QString *error, QString *ns)
{
    QVector<KmlPlacemark> out;
    QXmlStreamReader x(kml);
    KmlPlacemark *current = nullptr;
    QString parent;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const QString name = x.name().toString();
            if (name == QLatin1String("kml"))
                *ns = x.namespaceUri().toString();
            if (name == QLatin1String("Placemark")) {
                out.append(KmlPlacemark());
                current = &out.last();
                current->id = x.attributes().value(QLatin1String("id")).toString();
            } else if (current && (name == QLatin1String("Point") || name == QLatin1String("LineString"))) {
                parent = name;
            } else if (current && name == QLatin1String("name")) {
                current->name = x.readElementText();
            } else if (current && name == QLatin1String("when")) {
                current->when = x.readElementText();
            } else if (current && name == QLatin1String("begin")) {
                current->begin = x.readElementText();
            } else if (current && name == QLatin1String("end")) {
                current->end = x.readElementText();
            } else if (current && name == QLatin1String("coordinates")) {
                (parent == QLatin1String("Point") ? current->point : current->line) = x.readElementText();
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("Placemark")) {
            current = nullptr;
            parent.clear();
        }
    }
    if (x.hasError())
        *error = x.errorString();
    return out;
}
} // namespace

class TestGeoDataExport : public QObject {
    Q_OBJECT

private slots:
    void geoJsonReadsBack()
    {
        const Catalog c = catalogWithArticles();
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(GeoJsonWriter::write(c), &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value("type").toString(), QStringLiteral("FeatureCollection"));
        int points = 0, lines = 0;
        for (const QJsonValue &v : doc.object().value("features").toArray()) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.value("type").toString(), QStringLiteral("Feature"));
            const QJsonObject g = f.value("geometry").toObject();
            const QJsonObject p = f.value("properties").toObject();
            QVERIFY(p.value("sources").toArray().size() >= 1);
            QCOMPARE(p.value("sources").toArray().at(0).toObject().value("outlet").toString(), QStringLiteral("Yonhap"));
            if (g.value("type") == QLatin1String("Point")) {
                ++points;
                QCOMPARE(p.value("kind").toString(), QStringLiteral("site"));
                if (p.value("launch_id") == QLatin1String("may2025-wonsan")) {
                    // [lon, lat]
                    const QJsonArray xy = g.value("coordinates").toArray();
                    QVERIFY(std::abs(xy.at(0).toDouble() - 127.44) < 0.05);
                    QVERIFY(std::abs(xy.at(1).toDouble() - 39.15) < 0.05);
                    QCOMPARE(p.value("date_precision").toString(), QStringLiteral("part-of-month"));
                    QCOMPARE(p.value("date_earliest").toString(), QStringLiteral("2025-05-01"));
                    QCOMPARE(p.value("date_latest").toString(), QStringLiteral("2025-05-10"));
                    QCOMPARE(p.value("distance_km").toDouble(), 800.0);
                    QCOMPARE(p.value("distance_qualifier").toString(), QStringLiteral("up to"));
                    QCOMPARE(p.value("classes").toArray().at(0).toString(), QStringLiteral("SRBM"));
                }
                if (p.value("launch_id") == QLatin1String("tuesday-pyongyang")) {
                    QCOMPARE(p.value("date_precision").toString(), QStringLiteral("unknown"));
                    QVERIFY(p.value("date_earliest").isNull());
                    QCOMPARE(p.value("weekday").toString(), QStringLiteral("Tuesday"));
                }
            } else if (g.value("type") == QLatin1String("LineString")) {
                ++lines;
                QCOMPARE(p.value("kind").toString(), QStringLiteral("splashdown-estimate"));
                QCOMPARE(p.value("approximate").toBool(), true);
                const QJsonArray coords = g.value("coordinates").toArray();
                QVERIFY2(coords.size() > 5, "a densified great circle, not a straight two-point line");
                // Starts at the site (launch eastwards: longitude grows).
                QVERIFY(coords.last().toArray().at(0).toDouble() > coords.first().toArray().at(0).toDouble());
            }
        }
        QCOMPARE(points, 5); // every launch of the catalog has a located site
        QCOMPARE(lines, 5);  // and a distance, so an estimate
    }

    void rejectedAndUnlocatedLaunchesAreLeftOut()
    {
        Catalog c = catalogWithArticles();
        c.launches[0].rejected = true;
        c.launches[1].site = Site();
        const QJsonArray features = GeoJsonWriter::collection(c).value("features").toArray();
        QCOMPARE(features.size(), 6);
    }

    void kmlReadsBack()
    {
        const Catalog c = catalogWithArticles();
        QString error, ns;
        const QVector<KmlPlacemark> marks = readKml(KmlWriter::write(c), &error, &ns);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ns, QStringLiteral("http://www.opengis.net/kml/2.2"));
        QCOMPARE(marks.size(), 10); // 5 sites, 5 estimated arcs
        auto find = [&](const QString &id) {
            return std::find_if(marks.begin(), marks.end(), [&](const KmlPlacemark &m) { return m.id == id; });
        };
        const auto day = find("launch-nov2025-taegwan");
        QVERIFY(day != marks.end());
        QCOMPARE(day->when, QStringLiteral("2025-11-07"));
        QVERIFY(day->begin.isEmpty());
        const auto early = find("launch-may2025-wonsan");
        QVERIFY(early != marks.end());
        QVERIFY(early->when.isEmpty());
        QCOMPARE(early->begin, QStringLiteral("2025-05-01"));
        QCOMPARE(early->end, QStringLiteral("2025-05-10"));
        QVERIFY(early->point.startsWith(QStringLiteral("127.44")));
        const auto undated = find("launch-tuesday-pyongyang");
        QVERIFY(undated != marks.end());
        QVERIFY(undated->when.isEmpty() && undated->begin.isEmpty() && undated->end.isEmpty());
        const auto arc = find("launch-may2025-wonsan-splashdown");
        QVERIFY(arc != marks.end());
        QVERIFY(arc->line.split(' ').size() > 5);
        QVERIFY(arc->name.contains(QStringLiteral("estimated")));
    }
};

QTEST_GUILESS_MAIN(TestGeoDataExport)
#include "tst_geodataexport.moc"
