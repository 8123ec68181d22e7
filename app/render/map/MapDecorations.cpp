#include "render/map/MapDecorations.h"

#include "model/MissileClass.h"
#include "render/VocabularyText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace atlas {

namespace {
constexpr double margin = 10;
constexpr double pad = 6;
// lupdate sees tr() only through a class; this one carries the context name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(atlas::MapRenderer)
};
} // namespace

MapDecorations::MapDecorations(const MapStyle &style, const ClassPalette &palette, const QFont &font)
    : m_style(style), m_palette(palette), m_font(font), m_small(font)
{
    m_small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
}

QString MapDecorations::attributionText()
{
    return Text::tr("Natural Earth (public domain) · Lambert conformal conic · splashdowns approx.");
}

double MapDecorations::niceScaleKm(double groundKmPerPixel, double maxPixels)
{
    const double maxKm = groundKmPerPixel * maxPixels;
    const double base = std::pow(10.0, std::floor(std::log10(maxKm)));
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * base <= maxKm)
            return m * base;
    }
    return base;
}

QRectF MapDecorations::captionRect(const QRectF &t, const QString &caption) const
{
    const QFontMetricsF fm(m_font);
    const QSizeF s(fm.horizontalAdvance(caption) + 2 * pad, fm.height() + 2 * pad);
    return QRectF(t.left() + margin, t.top() + margin, s.width(), s.height());
}

void MapDecorations::paintCaption(QPainter &p, const QRectF &t, const QString &caption) const
{
    const QRectF r = captionRect(t, caption);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(m_style.color(QStringLiteral("panel")));
    p.drawRoundedRect(r, 4, 4);
    p.setFont(m_font);
    p.setPen(m_style.color(QStringLiteral("panelText")));
    p.drawText(r, Qt::AlignCenter, caption);
    p.restore();
}

QStringList MapDecorations::legendLines(const LegendContent &c) const
{
    QStringList lines;
    for (const QString &cls : c.classes)
        lines << (cls.isEmpty() ? Text::tr("class not stated") : VocabularyText::missileClass(cls));
    if (!c.classes.isEmpty())
        lines << Text::tr("marker size: number of launches");
    if (c.uncertainSites)
        lines << Text::tr("site known only roughly (estimate)");
    if (c.splashdowns)
        lines << Text::tr("splashdown, approx. (sector: uncertainty)");
    if (c.landTarget)
        lines << Text::tr("land target, approx.");
    if (c.rangeRings)
        lines << Text::tr("range rings of the selected launch");
    if (c.japanZone)
        lines << Text::tr("Japan zone: approximate, not the legal EEZ");
    if (c.ruler)
        lines << Text::tr("ruler: great-circle distance");
    return lines;
}

QRectF MapDecorations::legendRect(const QRectF &t, const LegendContent &content) const
{
    const QStringList lines = legendLines(content);
    if (lines.isEmpty())
        return {};
    const QFontMetricsF fm(m_small);
    double w = fm.horizontalAdvance(Text::tr("Legend"));
    for (const QString &l : lines)
        w = std::max(w, fm.horizontalAdvance(l));
    const double h = (lines.size() + 1) * (fm.height() + 2) + 2 * pad;
    const double width = w + 2 * pad + 22;
    QRectF r(t.right() - margin - width, t.top() + margin, width, h);
    if (!m_avoid.isNull() && r.intersects(m_avoid.adjusted(-4, -4, 4, 4)))
        r.moveTop(m_avoid.bottom() + 6);
    return r;
}

void MapDecorations::paintLegend(QPainter &p, const QRectF &t, const LegendContent &content) const
{
    const QStringList lines = legendLines(content);
    if (lines.isEmpty())
        return;
    const QRectF r = legendRect(t, content);
    const QFontMetricsF fm(m_small);
    const double lh = fm.height() + 2;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(m_style.color(QStringLiteral("panel")));
    p.drawRoundedRect(r, 4, 4);
    p.setFont(m_small);
    const QColor text = m_style.color(QStringLiteral("panelText"));
    QFont bold = m_small;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QPointF(r.left() + pad, r.top() + pad + fm.ascent()), Text::tr("Legend"));
    p.setFont(m_small);
    double y = r.top() + pad + lh;
    const double sx = r.left() + pad + 8; // symbol centre
    int i = 0;
    auto next = [&](const QString &label) {
        p.setPen(text);
        p.setBrush(Qt::NoBrush);
        p.drawText(QPointF(r.left() + pad + 20, y + fm.ascent()), label);
        y += lh;
    };
    const double cy0 = fm.height() / 2;
    for (const QString &cls : content.classes) {
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(cls.isEmpty() ? m_palette.unknownColor() : m_palette.classColor(cls));
        p.drawEllipse(QPointF(sx, y + cy0), 5, 5);
        next(lines.at(i++));
    }
    if (!content.classes.isEmpty()) {
        p.setPen(QPen(text, 1));
        p.drawEllipse(QPointF(sx - 4, y + cy0), 2.5, 2.5);
        p.drawEllipse(QPointF(sx + 3, y + cy0), 5, 5);
        next(lines.at(i++));
    }
    if (content.uncertainSites) {
        p.setPen(QPen(text, 1, Qt::DashLine));
        QColor f = text;
        f.setAlpha(40);
        p.setBrush(f);
        p.drawEllipse(QPointF(sx, y + cy0), 7, 6);
        next(lines.at(i++));
    }
    if (content.splashdowns) {
        p.setPen(QPen(text, 1.5, Qt::DashLine));
        p.drawLine(QPointF(sx - 8, y + cy0 + 3), QPointF(sx + 4, y + cy0 - 2));
        p.setPen(QPen(text, 1.5));
        p.drawLine(QPointF(sx + 3, y + cy0 - 5), QPointF(sx + 9, y + cy0 + 1));
        p.drawLine(QPointF(sx + 3, y + cy0 + 1), QPointF(sx + 9, y + cy0 - 5));
        next(lines.at(i++));
    }
    if (content.landTarget) {
        p.setPen(Qt::NoPen);
        p.setBrush(text);
        p.drawPolygon(QPolygonF{QPointF(sx, y + cy0 - 5), QPointF(sx + 5, y + cy0 + 4), QPointF(sx - 5, y + cy0 + 4)});
        next(lines.at(i++));
    }
    if (content.rangeRings) {
        p.setPen(QPen(m_style.color(QStringLiteral("ring")), 1.2, Qt::DashDotLine));
        p.drawEllipse(QPointF(sx, y + cy0), 7, 5);
        next(lines.at(i++));
    }
    if (content.japanZone) {
        p.setPen(QPen(m_style.color(QStringLiteral("zoneStroke")), 1, Qt::DashDotLine));
        p.setBrush(m_style.color(QStringLiteral("zoneFill")));
        p.drawRect(QRectF(sx - 7, y + cy0 - 4, 14, 8));
        next(lines.at(i++));
    }
    if (content.ruler) {
        p.setPen(QPen(m_style.color(QStringLiteral("ruler")), 2));
        p.drawLine(QPointF(sx - 8, y + cy0), QPointF(sx + 8, y + cy0));
        next(lines.at(i++));
    }
    p.restore();
}

QRectF MapDecorations::scaleBarRect(const QRectF &t) const
{
    const QFontMetricsF fm(m_small);
    return QRectF(t.left() + margin, t.bottom() - margin - fm.height() - 14 - 2 * pad, 160 + 2 * pad,
                  fm.height() + 14 + 2 * pad);
}

void MapDecorations::paintScaleBar(QPainter &p, const MapViewport &view) const
{
    const QRectF r = scaleBarRect(view.target());
    const double kmPerPx = view.groundKmPerPixelAtCentre();
    const double km = niceScaleKm(kmPerPx, 150);
    const double px = km / kmPerPx;
    const QFontMetricsF fm(m_small);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(m_style.color(QStringLiteral("panel")));
    p.drawRoundedRect(QRectF(r.topLeft(), QSizeF(px + 2 * pad + 4, r.height())), 4, 4);
    const QColor text = m_style.color(QStringLiteral("panelText"));
    const double x0 = r.left() + pad + 2, y = r.bottom() - pad - 4;
    p.setPen(QPen(text, 1.5));
    p.drawLine(QPointF(x0, y), QPointF(x0 + px, y));
    p.drawLine(QPointF(x0, y - 5), QPointF(x0, y + 2));
    p.drawLine(QPointF(x0 + px, y - 5), QPointF(x0 + px, y + 2));
    p.setFont(m_small);
    p.drawText(QPointF(x0, r.top() + pad + fm.ascent()),
               QStringLiteral("%1 km").arg(km >= 1 ? QString::number(km, 'f', 0) : QString::number(km, 'g', 2)));
    p.restore();
}

QRectF MapDecorations::attributionRect(const QRectF &t) const
{
    const QFontMetricsF fm(m_small);
    const double w = fm.horizontalAdvance(attributionText()) + 2 * pad;
    return QRectF(t.right() - w - 2, t.bottom() - fm.height() - 4, w, fm.height() + 2);
}

void MapDecorations::paintAttribution(QPainter &p, const QRectF &t) const
{
    const QRectF r = attributionRect(t);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(m_style.color(QStringLiteral("panel")));
    p.drawRect(r);
    p.setFont(m_small);
    p.setPen(m_style.color(QStringLiteral("panelText")));
    p.drawText(r, Qt::AlignCenter, attributionText());
    p.restore();
}

} // namespace atlas
