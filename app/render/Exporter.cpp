#include "render/Exporter.h"

#include "render/BriefingComposer.h"
#include "render/MapRenderer.h"
#include "render/ReactionsRenderer.h"
#include "render/TimelineRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace atlas {

namespace {
constexpr int kDpi = 96; // logical pixels per inch of every export

// lupdate sees tr() only through a class; this one carries the context name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(atlas::Exporter)
};

// Paper sizes in logical pixels at 96 dpi, landscape.
QSize paperPixels(const QPageSize &paper)
{
    const QSizeF mm = paper.size(QPageSize::Millimeter);
    const QSize px(qRound(std::max(mm.width(), mm.height()) / 25.4 * kDpi),
                   qRound(std::min(mm.width(), mm.height()) / 25.4 * kDpi));
    return px;
}
// Pictures larger than a 1920x1080 slide are that slide, magnified: text,
// markers and lines keep their proportions (a 4K page is a crisp 1080p page,
// not the same drawing with tiny symbols).
double layoutScale(const QSize &size)
{
    return std::max(1.0, std::min(size.width() / 1920.0, size.height() / 1080.0));
}
QSizeF layoutSize(const QSize &size) { return QSizeF(size) / layoutScale(size); }
} // namespace

QString exportViewName(ExportView v)
{
    switch (v) {
    case ExportView::Map: return QStringLiteral("map");
    case ExportView::Timeline: return QStringLiteral("timeline");
    case ExportView::Reactions: return QStringLiteral("reactions");
    case ExportView::Briefing: return QStringLiteral("briefing");
    }
    return {};
}

bool exportViewFromName(const QString &name, ExportView *out)
{
    for (ExportView v : {ExportView::Map, ExportView::Timeline, ExportView::Reactions, ExportView::Briefing}) {
        if (name.compare(exportViewName(v), Qt::CaseInsensitive) == 0) {
            *out = v;
            return true;
        }
    }
    return false;
}

QStringList Exporter::sizePresets()
{
    return {QStringLiteral("1920x1080"), QStringLiteral("3840x2160"), QStringLiteral("A4"), QStringLiteral("Letter")};
}

bool Exporter::parseSize(const QString &text, ExportSettings *settings)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4") || t == QLatin1String("letter")) {
        settings->paper = QPageSize(t == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
        settings->size = paperPixels(settings->paper);
        return true;
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{2,5})\\s*[x×]\\s*(\\d{2,5})$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return false;
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 100 || h < 100 || w > 16384 || h > 16384)
        return false;
    settings->size = QSize(w, h);
    settings->paper = QPageSize();
    return true;
}

ExportFormat Exporter::formatForPath(const QString &path, bool *ok)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (ok)
        *ok = true;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (ok)
        *ok = suffix == QLatin1String("png");
    return ExportFormat::Png;
}

QSize Exporter::pixelSize(const ExportSettings &s) { return s.size * std::max(1, s.scale); }

QString Exporter::title(const PictureContent &content, ExportView view)
{
    switch (view) {
    case ExportView::Briefing: return BriefingComposer(content, Theme::Print).title();
    case ExportView::Map: return Text::tr("Map: ") + BriefingComposer::defaultTitle(content);
    case ExportView::Timeline: return Text::tr("Timeline: ") + BriefingComposer::defaultTitle(content);
    case ExportView::Reactions: return Text::tr("Reactions: ") + BriefingComposer::defaultTitle(content);
    }
    return {};
}

void Exporter::paint(QPainter &p, const QRectF &rect, const PictureContent &content, ExportView view, Theme theme)
{
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);
    const QFont font = PictureScene::baseFont(rect.size());
    const double margin = QFontMetricsF(font).height() * 1.2;
    switch (view) {
    case ExportView::Map: {
        MapRenderer map;
        PictureScene::setUpMap(map, content, theme, rect, font);
        map.paint(p, rect);
        break;
    }
    case ExportView::Timeline: {
        p.fillRect(rect, PictureScene::pageColor(theme));
        TimelineRenderer timeline(theme);
        PictureScene::setUpTimeline(timeline, content, theme, font, true);
        timeline.paint(p, rect.adjusted(margin, margin, -margin, -margin));
        break;
    }
    case ExportView::Reactions: {
        p.fillRect(rect, PictureScene::pageColor(theme));
        QFont big = font;
        big.setPointSizeF(font.pointSizeF() * 1.3);
        ReactionsRenderer(ReactionsRenderer::summarise(content), theme, big)
            .paint(p, rect.adjusted(margin, margin, -margin, -margin));
        break;
    }
    case ExportView::Briefing: {
        p.translate(rect.topLeft());
        BriefingComposer(content, theme).paint(p, rect.size());
        break;
    }
    }
    p.restore();
}

QImage Exporter::renderImage(const PictureContent &content, const ExportSettings &s)
{
    const int scale = std::max(1, s.scale);
    // Opaque: the page colour is under everything (and PNG without alpha encodes faster).
    QImage image(pixelSize(s), QImage::Format_RGB32);
    const double k = layoutScale(s.size);
    image.setDevicePixelRatio(scale * k); // painting in layout pixels, rasterised at scale
    image.setDotsPerMeterX(qRound(kDpi * scale / 0.0254));
    image.setDotsPerMeterY(qRound(kDpi * scale / 0.0254));
    image.fill(PictureScene::pageColor(s.theme));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    paint(p, QRectF(QPointF(0, 0), layoutSize(s.size)), content, s.view, s.theme);
    p.end();
    return image;
}

QImage Exporter::renderPreview(const PictureContent &content, const ExportSettings &s, const QSize &bounds)
{
    const QSizeF logical = layoutSize(s.size);
    const double k = std::min(bounds.width() / logical.width(), bounds.height() / logical.height());
    QImage image((logical * k).toSize().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.fill(PictureScene::pageColor(s.theme));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.scale(k, k);
    paint(p, QRectF(QPointF(0, 0), logical), content, s.view, s.theme);
    p.end();
    return image;
}

QByteArray Exporter::renderSvg(const PictureContent &content, const ExportSettings &s)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(s.size);
    svg.setViewBox(QRect(QPoint(0, 0), s.size));
    svg.setResolution(kDpi);
    // QSvgGenerator writes the title and description as they are: escape them for XML.
    svg.setTitle(title(content, s.view).toHtmlEscaped());
    svg.setDescription(BriefingComposer(content, s.theme).attribution().toHtmlEscaped());
    QPainter p(&svg);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(QRect(QPoint(0, 0), s.size), PictureScene::pageColor(s.theme));
    p.scale(layoutScale(s.size), layoutScale(s.size));
    paint(p, QRectF(QPointF(0, 0), layoutSize(s.size)), content, s.view, s.theme);
    p.end();
    return bytes;
}

QByteArray Exporter::renderPdf(const PictureContent &content, const ExportSettings &s)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kDpi);
    pdf.setTitle(title(content, s.view));
    pdf.setCreator(QStringLiteral("Launch Atlas"));
    QPageLayout layout;
    if (s.paper.isValid()) {
        layout = QPageLayout(s.paper, QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
    } else {
        // W x H logical pixels at 96 dpi is W x H x 0.75 points.
        const QPageSize page(QSizeF(s.size.width() * 72.0 / kDpi, s.size.height() * 72.0 / kDpi), QPageSize::Point,
                             QString(), QPageSize::ExactMatch);
        layout = QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    }
    layout.setMode(QPageLayout::FullPageMode);
    pdf.setPageLayout(layout);
    QPainter p(&pdf);
    // The painter's area is the whole page at 96 dpi; fit the logical size to it
    // (paper sizes round by a fraction of a pixel).
    const QRect paintRect = layout.fullRectPixels(kDpi);
    p.scale(paintRect.width() / double(s.size.width()), paintRect.height() / double(s.size.height()));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(QRect(QPoint(0, 0), s.size), PictureScene::pageColor(s.theme));
    p.scale(layoutScale(s.size), layoutScale(s.size));
    paint(p, QRectF(QPointF(0, 0), layoutSize(s.size)), content, s.view, s.theme);
    p.end();
    buffer.close();
    return bytes;
}

bool Exporter::write(const PictureContent &content, const ExportSettings &s, const QString &path, QString *error)
{
    QByteArray bytes;
    switch (s.format) {
    case ExportFormat::Png: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        // zlib level 3 instead of 6: a 4K page encodes in half the time, a few % larger.
        writer.setQuality(70);
        if (!writer.write(renderImage(content, s))) {
            if (error)
                *error = Text::tr("The picture could not be encoded as PNG.");
            return false;
        }
        break;
    }
    case ExportFormat::Svg: bytes = renderSvg(content, s); break;
    case ExportFormat::Pdf: bytes = renderPdf(content, s); break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Text::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace atlas
