#pragma once
// Pictures for briefers: the map, the timeline, the reactions or a briefing
// page as PNG (QImage, exact pixel sizes, 1x/2x/4x), SVG (QSvgGenerator) or PDF
// (QPdfWriter, one page). SVG and PDF are vector with text kept as text. Every
// format and the export preview go through paint(): one paint path, the same
// renderers as the screen.
//
// Sizes are logical pixels at 96 dpi: 1920x1080 and 3840x2160 slides, A4 and
// US Letter landscape (1123x794 and 1056x816; PDF uses the true paper size), or
// any custom size. A PNG has size x scale pixels exactly; SVG and PDF have the
// size itself (a PDF page of W x H pixels is W x H x 0.75 points). A picture
// larger than 1920x1080 is laid out as that slide and magnified, so 3840x2160
// is a crisp 1080p page with the same proportions of text and symbols.
#include "render/ClassPalette.h"
#include "render/PictureContent.h"

#include <QByteArray>
#include <QImage>
#include <QPageSize>
#include <QSize>
#include <QString>

class QPainter;
class QIODevice;

namespace atlas {

enum class ExportView { Map, Timeline, Reactions, Briefing };
enum class ExportFormat { Png, Svg, Pdf };

QString exportViewName(ExportView v);            // "map", "timeline", "reactions", "briefing"
bool exportViewFromName(const QString &name, ExportView *out);

struct ExportSettings {
    ExportView view = ExportView::Briefing;
    ExportFormat format = ExportFormat::Png;
    QSize size{1920, 1080};   // logical pixels
    QPageSize paper;          // valid for A4/Letter: the PDF page is the real paper
    int scale = 1;            // PNG only: 1, 2 or 4
    Theme theme = Theme::Print;
};

class Exporter {
public:
    // "1920x1080", "3840x2160", "a4", "letter" (landscape) or "WxH"; false when not a size.
    static bool parseSize(const QString &text, ExportSettings *settings);
    // The named presets, in the dialog's order.
    static QStringList sizePresets();
    static ExportFormat formatForPath(const QString &path, bool *ok = nullptr);

    // The PNG's pixel size: size x scale.
    static QSize pixelSize(const ExportSettings &settings);

    // The one paint path: the view at rect (logical pixels) on any painter.
    static void paint(QPainter &p, const QRectF &rect, const PictureContent &content, ExportView view, Theme theme);

    static QImage renderImage(const PictureContent &content, const ExportSettings &settings);
    // A small picture of the whole export (same layout as the file), for previews.
    static QImage renderPreview(const PictureContent &content, const ExportSettings &settings, const QSize &bounds);
    static QByteArray renderSvg(const PictureContent &content, const ExportSettings &settings);
    static QByteArray renderPdf(const PictureContent &content, const ExportSettings &settings);

    // Writes the file in settings.format; false with a message for the user otherwise.
    static bool write(const PictureContent &content, const ExportSettings &settings, const QString &path,
                      QString *error = nullptr);
    static QString title(const PictureContent &content, ExportView view); // for SVG/PDF metadata
};

} // namespace atlas
