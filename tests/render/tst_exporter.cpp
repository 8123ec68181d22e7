// Exports as files: PNG pixel sizes exact for every size and scale, map colours
// where the sites and seas are, the legend painted; SVG that parses with the
// title, legend and site labels as <text>; a PDF of one page of the requested
// size whose text extracts (poppler-utils' pdfinfo and pdftotext, which the
// set-up installs: the test fails without them rather than skip).
#include "render/BriefingComposer.h"
#include "render/BriefingTestCatalog.h"
#include "render/Exporter.h"
#include "render/MapRenderer.h"

#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace atlas;

namespace {
bool close(QRgb a, const QColor &b, int tolerance)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
           && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

// All text of <text> elements (with their <tspan>s), one string per element.
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList out;
    QXmlStreamReader x(svg);
    int depth = 0;
    QString current;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("text")) {
            ++depth;
            current.clear();
        } else if (x.isEndElement() && x.name() == QLatin1String("text")) {
            --depth;
            out << current;
        } else if (x.isCharacters() && depth > 0) {
            current += x.text();
        }
    }
    if (x.hasError())
        *error = x.errorString();
    return out;
}

QString run(const QString &program, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestExporter : public QObject {
    Q_OBJECT
    Catalog m_catalog = testing::briefingCatalog();
    PictureContent content() const { return PictureContent::forYear(&m_catalog, 2025); }

private slots:
    void parsesSizes()
    {
        ExportSettings s;
        QVERIFY(Exporter::parseSize("3840x2160", &s));
        QCOMPARE(s.size, QSize(3840, 2160));
        QVERIFY(Exporter::parseSize("A4", &s));
        QCOMPARE(s.size, QSize(1123, 794));
        QVERIFY(s.paper.isValid());
        QVERIFY(Exporter::parseSize("letter", &s));
        QCOMPARE(s.size, QSize(1056, 816));
        QVERIFY(Exporter::parseSize("1000x700", &s));
        QVERIFY(!s.paper.isValid());
        QVERIFY(!Exporter::parseSize("huge", &s));
        QVERIFY(!Exporter::parseSize("10x10", &s));
    }

    void pngSizeIsExact_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QSize>("pixels");
        for (int scale : {1, 2, 4}) {
            QTest::addRow("1920x1080@%d", scale) << "1920x1080" << scale << QSize(1920, 1080) * scale;
            QTest::addRow("A4@%d", scale) << "a4" << scale << QSize(1123, 794) * scale;
            QTest::addRow("Letter@%d", scale) << "letter" << scale << QSize(1056, 816) * scale;
            QTest::addRow("custom 640x480@%d", scale) << "640x480" << scale << QSize(640, 480) * scale;
        }
        for (int scale : {1, 2}) // 4x of 3840x2160 is 530 MB of pixels: not a briefer's size
            QTest::addRow("3840x2160@%d", scale) << "3840x2160" << scale << QSize(3840, 2160) * scale;
    }
    void pngSizeIsExact()
    {
        QFETCH(QString, size);
        QFETCH(int, scale);
        QFETCH(QSize, pixels);
        ExportSettings s;
        QVERIFY(Exporter::parseSize(size, &s));
        s.scale = scale;
        s.view = ExportView::Timeline; // the cheapest view: the size is what is tested
        QCOMPARE(Exporter::pixelSize(s), pixels);
        QTemporaryDir dir;
        const QString path = dir.filePath("out.png");
        QString error;
        QVERIFY2(Exporter::write(content(), s, path, &error), qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), pixels);
    }

    void mapColoursAtKnownCoordinates()
    {
        ExportSettings s;
        s.view = ExportView::Map;
        s.scale = 2;
        s.theme = Theme::Print;
        const QImage image = Exporter::renderImage(content(), s);
        QCOMPARE(image.size(), QSize(3840, 2160));
        // The same set-up as the export, to know where places are.
        const QRectF rect(0, 0, 1920, 1080);
        MapRenderer map;
        PictureScene::setUpMap(map, content(), Theme::Print, rect, PictureScene::baseFont(rect.size()));
        const MapViewport view = map.viewport(rect);
        const auto pixel = [&](const QPointF &logical) { return image.pixel((logical * s.scale).toPoint()); };
        // Wonsan's marker (one SRBM) in the print palette's SRBM colour, just off its centre pin.
        const QPointF wonsan = view.toPixel(QPointF(127.44361, 39.15278));
        QVERIFY(rect.contains(wonsan));
        QVERIFY2(close(pixel(wonsan + QPointF(3, 0)), map.palette().classColor("SRBM"), 16),
                 qPrintable(QColor(pixel(wonsan + QPointF(3, 0))).name()));
        // The East Sea off Gangneung, south of every arc and sector: the print sea colour.
        const QPointF sea = view.toPixel(QPointF(129.6, 38.6));
        QVERIFY(rect.contains(sea));
        QVERIFY2(close(pixel(sea), map.style().color("sea"), 6), qPrintable(QColor(pixel(sea)).name()));
        // North Korea's land (Kaesong area, inland and clear of markers) is not sea.
        const QPointF land = view.toPixel(QPointF(126.9, 40.7));
        QVERIFY(!close(pixel(land), map.style().color("sea"), 6));
    }

    void briefingPngPaintsTheLegend()
    {
        ExportSettings s;
        s.view = ExportView::Briefing;
        const QImage image = Exporter::renderImage(content(), s);
        const BriefingComposer composer(content(), s.theme);
        const QRectF legend = composer.layout(QSizeF(s.size)).legend;
        QVERIFY(!legend.isEmpty());
        // Text and symbols inside the legend panel: dark pixels and the SRBM swatch.
        int dark = 0, srbm = 0;
        const QColor srbmColour = ClassPalette::bundled(Theme::Print).classColor("SRBM");
        for (int y = int(legend.top()) + 2; y < int(legend.bottom()) - 2; ++y) {
            for (int x = int(legend.left()) + 2; x < int(legend.right()) - 2; ++x) {
                const QRgb c = image.pixel(x, y);
                dark += qGray(c) < 100;
                srbm += close(c, srbmColour, 20);
            }
        }
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
        QVERIFY(srbm > 3);
        // Outside any panel, at the page's bottom right corner: the page colour.
        QCOMPARE(QColor(image.pixel(1915, 1075)), PictureScene::pageColor(Theme::Print));
    }

    void svgHoldsTextAsText()
    {
        ExportSettings s;
        s.format = ExportFormat::Svg;
        PictureContent c = content();
        c.title = QStringLiteral("Launches & reactions, 2025");
        const QByteArray svg = Exporter::renderSvg(c, s);
        QString error;
        const QStringList texts = svgTexts(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(texts.contains(c.title), qPrintable(all.left(400)));
        QVERIFY(texts.contains(QStringLiteral("Legend")));
        QVERIFY(texts.contains(QStringLiteral("SRBM")));      // a legend line
        QVERIFY(all.contains(QStringLiteral("Wonsan")));       // a site label on the map
        QVERIFY(all.contains(QStringLiteral("Taegwan County")));
        QVERIFY(all.contains(QStringLiteral("Natural Earth"))); // the attribution
        QVERIFY(all.contains(QStringLiteral("Sources (6 articles)")));
        // Vector: no embedded raster of the page.
        QVERIFY(!svg.contains("<image"));
    }

    void pdfHasOnePageOfTheSize_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("points");
        QTest::newRow("A4") << "a4" << "842 x 595 pts";
        QTest::newRow("Letter") << "letter" << "792 x 612 pts";
        QTest::newRow("1920x1080") << "1920x1080" << "1440 x 810 pts";
        QTest::newRow("custom") << "1200x900" << "900 x 675 pts";
    }
    void pdfHasOnePageOfTheSize()
    {
        QFETCH(QString, size);
        QFETCH(QString, points);
        if (QStandardPaths::findExecutable("pdfinfo").isEmpty() || QStandardPaths::findExecutable("pdftotext").isEmpty())
            QFAIL("pdfinfo/pdftotext (poppler-utils) are missing: the set-up script installs them");
        ExportSettings s;
        QVERIFY(Exporter::parseSize(size, &s));
        s.format = ExportFormat::Pdf;
        QTemporaryDir dir;
        const QString path = dir.filePath("brief.pdf");
        QString error;
        QVERIFY2(Exporter::write(content(), s, path, &error), qPrintable(error));
        const QString info = run("pdfinfo", {path});
        QVERIFY2(info.contains(QRegularExpression("Pages:\\s+1\\n")), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("Page size:\\s+" + QRegularExpression::escape(points))), qPrintable(info));
        const QString text = run("pdftotext", {"-layout", path, "-"});
        QVERIFY2(text.contains("North Korean missile launches, 2025"), qPrintable(text.left(500)));
        QVERIFY(text.contains("Legend"));
        QVERIFY(text.contains("Wonsan"));
        QVERIFY(text.contains("Yonhap"));
        QVERIFY(text.contains("not the legal EEZ"));
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
