// `launch-atlas export` and `export-data` as a user runs them, without a
// display: the bundled articles to a PNG of the exact size, an SVG and a PDF;
// CSV, GeoJSON and KML that read back; usage errors with status 2.
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run launchAtlas(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATLAS_EXECUTABLE), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void pngOfTheExactSize()
    {
        const QString out = m_dir.filePath("brief.png");
        const Run r = launchAtlas({"export", "--size", "1920x1080", "--scale", "2", "--year", "2025", "-o", out,
                                   QStringLiteral(ATLAS_ARTICLES_DIR)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImageReader reader(out);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(3840, 2160));
    }

    void svgAndPdfOfEachView_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("suffix");
        for (const char *v : {"map", "timeline", "reactions", "briefing"}) {
            QTest::addRow("%s svg", v) << v << "svg";
            QTest::addRow("%s pdf", v) << v << "pdf";
        }
    }
    void svgAndPdfOfEachView()
    {
        QFETCH(QString, view);
        QFETCH(QString, suffix);
        const QString out = m_dir.filePath(view + "." + suffix);
        const Run r = launchAtlas({"export", "--view", view, "--title", "Test title", "--theme", "screen", "-o", out,
                                   "--bundled"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (suffix == "pdf") {
            QVERIFY(bytes.startsWith("%PDF-"));
        } else {
            QXmlStreamReader x(bytes);
            int texts = 0;
            while (!x.atEnd())
                texts += x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("text");
            QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
            QVERIFY(texts > 3);
        }
    }

    void usageErrors()
    {
        QCOMPARE(launchAtlas({"export", "--bundled"}).exitCode, 2);                                     // no -o
        QCOMPARE(launchAtlas({"export", "--view", "globe", "-o", m_dir.filePath("x.png"), "--bundled"}).exitCode, 2);
        QCOMPARE(launchAtlas({"export", "--size", "big", "-o", m_dir.filePath("x.png"), "--bundled"}).exitCode, 2);
        QCOMPARE(launchAtlas({"export", "--scale", "3", "-o", m_dir.filePath("x.png"), "--bundled"}).exitCode, 2);
        QCOMPARE(launchAtlas({"export", "-o", m_dir.filePath("x.gif"), "--bundled"}).exitCode, 2);
        QCOMPARE(launchAtlas({"export-data", "--format", "xls", "-o", m_dir.filePath("x.xls"), "--bundled"}).exitCode, 2);
        QCOMPARE(launchAtlas({"export-data", "--format", "csv", "-o", m_dir.filePath("x.csv")}).exitCode, 2); // no PATH
    }

    void dataFormats()
    {
        const QString csv = m_dir.filePath("launches.csv");
        QCOMPARE(launchAtlas({"export-data", "--format", "csv", "-o", csv, "--bundled"}).exitCode, 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = c.readAll().split('\n');
        QVERIFY(rows.first().startsWith("id,role,date_earliest"));
        QVERIFY(rows.first().contains("sources"));
        QVERIFY(rows.size() > 3);

        const QString geojson = m_dir.filePath("launches.geojson");
        QCOMPARE(launchAtlas({"export-data", "--format", "geojson", "-o", geojson, "--bundled"}).exitCode, 0);
        QFile g(geojson);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(g.readAll()).object();
        QCOMPARE(doc.value("type").toString(), QStringLiteral("FeatureCollection"));
        QVERIFY(doc.value("features").toArray().size() >= 3);

        const Run kml = launchAtlas({"export-data", "--format", "kml", "-o", "-", "--bundled"});
        QCOMPARE(kml.exitCode, 0);
        QXmlStreamReader x(kml.out);
        int placemarks = 0;
        while (!x.atEnd())
            placemarks += x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("Placemark");
        QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
        QVERIFY(placemarks >= 3);
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_export.moc"
