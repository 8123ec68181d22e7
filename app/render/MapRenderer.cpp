#include "render/MapRenderer.h"

#include "geo/Gazetteer.h"
#include "geo/Geodesy.h"
#include "model/MissileClass.h"
#include "render/DateText.h"
#include "render/PlaceNames.h"
#include "render/map/BasemapPainter.h"
#include "render/map/LabelPlacer.h"
#include "render/map/MapDecorations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
// lupdate sees tr() only through a class; this one carries the context name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(atlas::MapRenderer)
};

// Sea and zone names come from map.json; these markers put them in the .ts files and
// mapWord() looks each up at paint time (the English name when there is no translation).
[[maybe_unused]] const char *const kMapWords[] = {
    QT_TRANSLATE_NOOP("atlas::MapRenderer", "East Sea"), QT_TRANSLATE_NOOP("atlas::MapRenderer", "Sea of Japan"),
    QT_TRANSLATE_NOOP("atlas::MapRenderer", "Yellow Sea"), QT_TRANSLATE_NOOP("atlas::MapRenderer", "West Sea"),
    QT_TRANSLATE_NOOP("atlas::MapRenderer", "Japan zone"),
    QT_TRANSLATE_NOOP("atlas::MapRenderer", "approximate, not the legal EEZ")};

QString mapWord(const QString &name) { return Text::tr(name.toUtf8().constData()); }

QString kmText(double km) { return QLocale().toString(qRound(km)) + QStringLiteral(" km"); }

// Text on a soft panel so it stays readable over land, sea and lines.
void drawBoxedText(QPainter &p, const QRectF &r, const QString &text, const QColor &panel, const QColor &ink)
{
    p.setPen(Qt::NoPen);
    p.setBrush(panel);
    p.drawRoundedRect(r, 3, 3);
    p.setPen(ink);
    p.drawText(r, Qt::AlignCenter, text);
}

QVector<QRectF> centredOn(const QPointF &a, const QSizeF &s)
{
    return {QRectF(a.x() - s.width() / 2, a.y() - s.height() / 2, s.width(), s.height()),
            QRectF(a.x() - s.width() / 2, a.y() - s.height() * 1.6, s.width(), s.height()),
            QRectF(a.x() - s.width() / 2, a.y() + s.height() * 0.6, s.width(), s.height())};
}

// The reference places range rings are drawn to, by gazetteer name.
const QStringList &ringReferences()
{
    static const QStringList names{QStringLiteral("Seoul"), QStringLiteral("Tokyo"), QStringLiteral("Guam")};
    return names;
}
} // namespace

MapRenderer::MapRenderer()
    : m_style(MapStyle::bundled()), m_palette(ClassPalette::bundled())
{
    setCenter(QGeoCoordinate(39.0, 129.5));
}

void MapRenderer::setCenter(const QGeoCoordinate &c)
{
    if (c.isValid())
        m_centreKm = MapViewport::projection().forward(c.longitude(), c.latitude());
}

QGeoCoordinate MapRenderer::center() const
{
    const QPointF ll = MapViewport::projection().inverse(m_centreKm);
    return {ll.y(), ll.x()};
}

void MapRenderer::setKmPerPixel(double k) { m_kmPerPixel = std::clamp(k, minKmPerPixel, maxKmPerPixel); }

void MapRenderer::zoomBy(double factor, const QPointF &anchor, const QRectF &target)
{
    if (factor <= 0)
        return;
    const QPointF anchorKm = viewport(target).pixelToKm(anchor);
    setKmPerPixel(m_kmPerPixel / factor);
    // Move the centre so the same km point sits under the anchor again.
    const QPointF offsetPx = anchor - target.center();
    m_centreKm = QPointF(anchorKm.x() - offsetPx.x() * m_kmPerPixel, anchorKm.y() + offsetPx.y() * m_kmPerPixel);
}

void MapRenderer::panByPixels(const QPointF &d)
{
    m_centreKm += QPointF(-d.x() * m_kmPerPixel, d.y() * m_kmPerPixel);
}

void MapRenderer::fitCoordinates(const QVector<QGeoCoordinate> &points, const QRectF &target, double marginPx)
{
    QRectF box;
    for (const QGeoCoordinate &c : points) {
        if (!c.isValid())
            continue;
        const QPointF km = MapViewport::projection().forward(c.longitude(), c.latitude());
        const QRectF r(km, QSizeF(1e-3, 1e-3));
        box = box.isNull() ? r : box.united(r);
    }
    if (box.isNull())
        return;
    const double w = std::max(1.0, target.width() - 2 * marginPx), h = std::max(1.0, target.height() - 2 * marginPx);
    // At least 400 km across: one site alone is shown with its surroundings.
    const double span = std::max({box.width() / w, box.height() / h, 400.0 / std::max(w, h)});
    setKmPerPixel(span);
    m_centreKm = box.center();
}

void MapRenderer::fitLaunches(const QRectF &target)
{
    // Frame every launch, not only those in the current date window: the frame
    // then stays put while the timeline's window or playback cursor moves.
    QVector<QGeoCoordinate> points;
    for (const PreparedLaunch &l : m_launches.launches()) {
        if (!l.launch->site.isLocated())
            continue;
        points.append(QGeoCoordinate(l.launch->site.lat, l.launch->site.lon));
        if (l.estimate.valid)
            points.append(l.estimate.point);
    }
    if (points.isEmpty())
        points = {QGeoCoordinate(33, 120), QGeoCoordinate(45, 142)}; // the Korean peninsula and its seas
    // Wider margins than a bare fit, and the frame nudged up: the view's buttons
    // and scale bar sit along the bottom edge and must not cover a site.
    fitCoordinates(points, target, 80);
    m_centreKm.ry() -= 24 * m_kmPerPixel;
}

void MapRenderer::setLaunches(const QVector<const LaunchEvent *> &launches)
{
    m_launches.setLaunches(launches);
}

void MapRenderer::setDateWindow(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    m_launches.setDateWindow(from, to);
}

void MapRenderer::setSelectedId(const QString &id) { m_selectedId = id; }

void MapRenderer::setOptions(const MapOptions &o)
{
    const bool restyle = o.theme != m_options.theme || o.dark != m_options.dark;
    m_options = o;
    if (restyle) {
        m_style = MapStyle::bundled(o.theme, o.dark);
        m_palette = ClassPalette::bundled(o.theme);
    }
}

void MapRenderer::setRuler(const QGeoCoordinate &from, const QGeoCoordinate &to) { m_ruler = qMakePair(from, to); }

void MapRenderer::clearRuler() { m_ruler.reset(); }

QString MapRenderer::compassPoint(double bearing)
{
    static const char *points[] = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
                                   "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
    const int i = int(std::floor(std::fmod(bearing + 360 + 11.25, 360) / 22.5)) % 16;
    return QString::fromLatin1(points[i]);
}

QString MapRenderer::rulerText(const QGeoCoordinate &from, const QGeoCoordinate &to)
{
    const double bearing = Geodesy::bearingDeg(from, to);
    return Text::tr("%1, bearing %2° (%3)")
        .arg(kmText(Geodesy::distanceKm(from, to)))
        .arg(qRound(bearing) % 360)
        .arg(compassPoint(bearing));
}

QString MapRenderer::captionText() const
{
    auto date = [](const QDate &d) { return d.isValid() ? DateText::day(d) : QStringLiteral("…"); };
    QString span;
    if (m_from.isValid() || m_to.isValid()) {
        span = Text::tr("%1 – %2").arg(date(m_from), date(m_to));
    } else {
        const auto known = m_launches.visibleDateSpan();
        span = known.first.isValid() ? Text::tr("%1 – %2").arg(date(known.first), date(known.second)) : Text::tr("all dates");
    }
    const int shown = int(m_launches.visible().size());
    const int undated = m_launches.undatedVisibleCount();
    QString text = Text::tr("Launches %1 · %n shown", nullptr, shown).arg(span);
    if (undated > 0)
        text += Text::tr(" (%n undated, always shown)", nullptr, undated);
    return text;
}

QFont MapRenderer::baseFont(const QPainter &p) const
{
    QFont f = m_options.font == QFont() ? p.font() : m_options.font;
    if (f.pointSizeF() > 0 && f.pointSizeF() < 8)
        f.setPointSizeF(8);
    return f;
}

void MapRenderer::paint(QPainter &p, const QRectF &target) const
{
    paintBasemap(p, target);
    paintOverlay(p, target);
}

void MapRenderer::paintBasemap(QPainter &p, const QRectF &target) const
{
    BasemapPainter::paint(p, viewport(target), m_style, m_options.provinces, m_options.japanZone);
}

void MapRenderer::paintOverlay(QPainter &p, const QRectF &target) const
{
    paintLaunches(p, target);
    paintHighlights(p, target);
}

void MapRenderer::paintLaunches(QPainter &p, const QRectF &target) const
{
    const MapViewport view = viewport(target);
    p.save();
    p.setClipRect(target, Qt::IntersectClip);
    if (m_options.splashdowns)
        m_launches.paintSplashdowns(p, view, m_palette, m_style);
    m_launches.paintSites(p, view, m_palette, m_style);
    p.restore();
}

// Legend content: classes in legend order, then the symbols in use.
LegendContent MapRenderer::legendContent() const
{
    LegendContent legend;
    for (const QString &cls : MissileClass::all()) {
        for (const SiteGroup &g : m_launches.sites()) {
            if (std::any_of(g.classCounts.begin(), g.classCounts.end(), [&](const auto &c) { return c.first == cls; })) {
                legend.classes << cls;
                break;
            }
        }
    }
    bool unknownClass = false;
    for (const SiteGroup &g : m_launches.sites()) {
        legend.uncertainSites = legend.uncertainSites || g.uncertain;
        unknownClass = unknownClass || std::any_of(g.classCounts.begin(), g.classCounts.end(),
                                                   [](const auto &c) { return !MissileClass::isKnown(c.first); });
    }
    if (unknownClass)
        legend.classes << QString();
    for (int i : m_launches.visible()) {
        const PreparedLaunch &l = m_launches.launches().at(i);
        legend.splashdowns = legend.splashdowns || (l.estimate.valid && m_options.splashdowns);
        legend.landTarget = legend.landTarget || (l.estimate.valid && l.estimate.landTarget && m_options.splashdowns);
        if (legend.splashdowns && legend.landTarget)
            break;
    }
    const SiteGroup *selectedSite = m_launches.siteOf(m_selectedId);
    legend.rangeRings = m_options.rangeRings && selectedSite;
    legend.japanZone = m_options.japanZone;
    legend.ruler = m_ruler.has_value();
    return legend;
}

void MapRenderer::paintHighlights(QPainter &p, const QRectF &target) const
{
    const MapViewport view = viewport(target);
    const QFont font = baseFont(p);
    MapDecorations decorations(m_style, m_palette, font);
    p.save();
    p.setClipRect(target, Qt::IntersectClip);
    p.setFont(font);

    const LegendContent legend = legendContent();
    const SiteGroup *selectedSite = m_launches.siteOf(m_selectedId);

    // Panels and markers first in the placer, so no label hides them.
    LabelPlacer labels(target);
    const QString caption = captionText();
    if (m_options.caption) {
        labels.reserve(decorations.captionRect(target, caption));
        decorations.keepLegendClearOf(decorations.captionRect(target, caption));
    }
    if (m_options.legend)
        labels.reserve(decorations.legendRect(target, legend));
    if (m_options.scaleBar)
        labels.reserve(decorations.scaleBarRect(target));
    if (m_options.attribution)
        labels.reserve(decorations.attributionRect(target));
    m_launches.reserveSites(view, labels);

    if (selectedSite) {
        if (m_options.splashdowns)
            m_launches.paintSelectedSplashdown(p, view, m_palette, m_style, m_selectedId);
        if (m_options.rangeRings)
            paintRangeRings(p, view, labels);
        m_launches.paintSiteSelection(p, view, m_style, m_selectedId);
    }
    if (m_ruler)
        paintRuler(p, view, labels);
    if (m_options.labels)
        paintLabels(p, view, labels);

    if (m_options.legend)
        decorations.paintLegend(p, target, legend);
    if (m_options.scaleBar)
        decorations.paintScaleBar(p, view);
    if (m_options.caption)
        decorations.paintCaption(p, target, caption);
    if (m_options.attribution)
        decorations.paintAttribution(p, target);
    p.restore();
}

void MapRenderer::paintRangeRings(QPainter &p, const MapViewport &view, LabelPlacer &labels) const
{
    const PreparedLaunch *l = m_launches.find(m_selectedId);
    if (!l || !m_launches.siteOf(m_selectedId))
        return;
    const QGeoCoordinate site(l->launch->site.lat, l->launch->site.lon);
    const LambertConformalConic &lcc = MapViewport::projection();
    const QColor ink = m_style.color(QStringLiteral("ring"));
    QFont small = p.font();
    small.setPointSizeF(p.font().pointSizeF() * 0.9);
    const QFontMetricsF fm(small);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(small);
    auto ring = [&](double km, const QPointF &labelLonLat, const QString &label) {
        QPolygonF px;
        for (const QPointF &ll : Geodesy::rangeRing(site, km, 240))
            px.append(view.kmToPixel(lcc.forward(ll)));
        p.setPen(QPen(ink, 1.3, Qt::DashDotLine));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(px);
        const QPointF at = view.toPixel(labelLonLat);
        const QSizeF size(fm.horizontalAdvance(label) + 8, fm.height() + 2);
        const int placed = labels.place(LabelPlacer::around(at, size, 7) + centredOn(at, size));
        if (placed >= 0) {
            const QVector<QRectF> all = LabelPlacer::around(at, size, 7) + centredOn(at, size);
            drawBoxedText(p, all.at(placed), label, m_style.color(QStringLiteral("halo")), ink);
        }
    };
    if (l->estimate.valid) {
        // Label the reported distance where its ring is on the page, east first.
        QPointF at = Geodesy::lonLat(site.atDistanceAndAzimuth(l->estimate.distanceKm * 1000, 90));
        for (double bearing : {90.0, 120.0, 150.0, 180.0, 210.0, 60.0, 30.0, 0.0, 240.0, 270.0, 300.0, 330.0}) {
            const QPointF candidate = Geodesy::lonLat(site.atDistanceAndAzimuth(l->estimate.distanceKm * 1000, bearing));
            if (view.target().adjusted(40, 20, -40, -20).contains(view.toPixel(candidate))) {
                at = candidate;
                break;
            }
        }
        ring(l->estimate.distanceKm, at, Text::tr("%1 (reported)").arg(kmText(l->estimate.distanceKm)));
    }
    for (const QString &name : ringReferences()) {
        const Place *place = Gazetteer::bundled().find(name);
        if (!place)
            continue;
        const QGeoCoordinate c(place->lat, place->lon);
        const QPointF at = view.toPixel(c);
        // The reference place itself: a small square.
        p.setPen(QPen(m_style.color(QStringLiteral("reference")), 1));
        p.setBrush(m_style.color(QStringLiteral("halo")));
        p.drawRect(QRectF(at - QPointF(3.5, 3.5), QSizeF(7, 7)));
        labels.reserve(QRectF(at - QPointF(4, 4), QSizeF(8, 8)));
        ring(Geodesy::distanceKm(site, c), Geodesy::lonLat(c),
             Text::tr("%1 %2").arg(PlaceNames::place(name), kmText(Geodesy::distanceKm(site, c))));
    }
    p.restore();
}

void MapRenderer::paintRuler(QPainter &p, const MapViewport &view, LabelPlacer &labels) const
{
    const auto [from, to] = *m_ruler;
    const LambertConformalConic &lcc = MapViewport::projection();
    QPolygonF px;
    for (const QPointF &ll : Geodesy::greatCircle(from, to, 10))
        px.append(view.kmToPixel(lcc.forward(ll)));
    const QColor ink = m_style.color(QStringLiteral("ruler"));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(m_style.color(QStringLiteral("halo")), 4.5));
    p.drawPolyline(px);
    p.setPen(QPen(ink, 2));
    p.drawPolyline(px);
    p.setBrush(ink);
    p.drawEllipse(px.first(), 3.5, 3.5);
    p.drawEllipse(px.last(), 3.5, 3.5);
    const QString text = rulerText(from, to);
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF fm(bold);
    const QSizeF size(fm.horizontalAdvance(text) + 10, fm.height() + 4);
    const QVector<QRectF> candidates = LabelPlacer::around(px.last(), size, 10);
    int placed = labels.place(candidates);
    // The measurement is what the user asked for: shown even where it must overlap.
    const QRectF r = placed >= 0 ? candidates.at(placed) : candidates.first();
    drawBoxedText(p, r, text, m_style.color(QStringLiteral("halo")), ink);
    p.restore();
}

void MapRenderer::paintLabels(QPainter &p, const MapViewport &view, LabelPlacer &labels) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFont base = p.font();

    // Seas first: both names, always ("East Sea" with "Sea of Japan", "Yellow Sea" with "West Sea").
    QFont sea = base;
    sea.setItalic(true);
    QFontMetricsF seaFm(sea);
    p.setFont(sea);
    p.setPen(m_style.color(QStringLiteral("seaLabel")));
    for (MapLabel l : m_style.seaLabels()) {
        l.name = PlaceNames::place(mapWord(l.name));
        l.alternative = mapWord(l.alternative);
        // The second line is measured with its brackets: drawText clips to the box.
        const QString second = l.alternative.isEmpty() ? QString() : QStringLiteral("(%1)").arg(l.alternative);
        const QString text = second.isEmpty() ? l.name : l.name + QLatin1Char('\n') + second;
        const QSizeF size(std::max(seaFm.horizontalAdvance(l.name), seaFm.horizontalAdvance(second)) + 6,
                          seaFm.height() * (second.isEmpty() ? 1 : 2) + 2);
        const QVector<QRectF> candidates = centredOn(view.toPixel(l.lonLat), size);
        const int i = labels.place(candidates);
        if (i >= 0)
            p.drawText(candidates.at(i), Qt::AlignCenter, text);
    }
    if (m_options.japanZone) {
        p.setPen(m_style.color(QStringLiteral("zoneStroke")));
        for (MapLabel l : m_style.zoneLabels()) {
            l.name = mapWord(l.name);
            l.alternative = mapWord(l.alternative);
            const QString second = QStringLiteral("(%1)").arg(l.alternative);
            const QString text = l.name + QLatin1Char('\n') + second;
            const QSizeF size(std::max(seaFm.horizontalAdvance(l.name), seaFm.horizontalAdvance(second)) + 6,
                              seaFm.height() * 2 + 2);
            const QVector<QRectF> candidates = centredOn(view.toPixel(l.lonLat), size);
            const int i = labels.place(candidates);
            if (i >= 0) {
                p.drawText(candidates.at(i), Qt::AlignCenter, text);
                break; // one label is enough
            }
        }
    }
    QFont country = base;
    country.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
    country.setPointSizeF(base.pointSizeF() * 0.95);
    const QFontMetricsF countryFm(country);
    p.setFont(country);
    p.setPen(m_style.color(QStringLiteral("countryLabel")));
    // A country may have several anchors (map.json): its name goes at the first that fits.
    QSet<QString> named;
    for (MapLabel l : m_style.countryLabels()) {
        l.name = PlaceNames::place(l.name);
        if (named.contains(l.name))
            continue;
        const QSizeF size(countryFm.horizontalAdvance(l.name) + 4, countryFm.height());
        const QVector<QRectF> candidates = centredOn(view.toPixel(l.lonLat), size);
        const int i = labels.place(candidates);
        if (i >= 0) {
            p.drawText(candidates.at(i), Qt::AlignCenter, l.name);
            named.insert(l.name);
        }
    }

    // Sites: the selected one first, then by number of launches (the order sites() keeps).
    QFont siteFont = base;
    QFont selectedFont = base;
    selectedFont.setBold(true);
    const QColor panel = m_style.color(QStringLiteral("halo"));
    const QColor ink = m_style.color(QStringLiteral("siteLabel"));
    const SiteGroup *selectedSite = m_launches.siteOf(m_selectedId);
    QVector<const SiteGroup *> order;
    if (selectedSite)
        order.append(selectedSite);
    for (const SiteGroup &g : m_launches.sites()) {
        if (&g != selectedSite)
            order.append(&g);
    }
    for (const SiteGroup *g : order) {
        const QPointF at = view.kmToPixel(g->km);
        if (!view.target().contains(at))
            continue;
        const bool sel = g == selectedSite;
        const int n = int(g->launches.size());
        const QString name = PlaceNames::place(g->name);
        const QString text = n > 1 ? QStringLiteral("%1 (%2)").arg(name).arg(n) : name;
        const QFont &f = sel ? selectedFont : siteFont;
        const QFontMetricsF fm(f);
        const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 2);
        const QVector<QRectF> candidates = LabelPlacer::around(at, size, LaunchLayer::markerRadius(n) + 4);
        const int i = labels.place(candidates);
        if (i < 0)
            continue;
        p.setFont(f);
        drawBoxedText(p, candidates.at(i), text, panel, ink);
    }

    // "approx." beside every splashdown point that has room: the point is an estimate.
    if (m_options.splashdowns) {
        QFont small = base;
        small.setItalic(true);
        small.setPointSizeF(base.pointSizeF() * 0.85);
        const QFontMetricsF fm(small);
        p.setFont(small);
        // Beside each point when few are shown; beside the selected one's otherwise.
        QVector<int> labelled;
        if (m_launches.visible().size() <= LaunchLayer::sectorsForAllUpTo)
            labelled = m_launches.visible();
        else if (const PreparedLaunch *sel = selectedSite ? m_launches.find(m_selectedId) : nullptr)
            labelled = {int(sel - m_launches.launches().data())};
        for (int i : labelled) {
            const PreparedLaunch &l = m_launches.launches().at(i);
            if (!l.estimate.valid)
                continue;
            const QPointF at = view.kmToPixel(l.arcKm.last());
            if (!view.target().contains(at))
                continue;
            const QString text = l.estimate.landTarget ? Text::tr("land target, approx.") : Text::tr("approx.");
            const QSizeF size(fm.horizontalAdvance(text) + 6, fm.height());
            const QVector<QRectF> candidates = LabelPlacer::around(at, size, 7);
            const int k = labels.place(candidates);
            if (k >= 0) {
                QColor c = m_palette.classColor(l.headlineClass).darker(m_style.isDark() ? 60 : 140);
                drawBoxedText(p, candidates.at(k), text, panel, c);
            }
        }
    }
    p.restore();
}

QStringList MapRenderer::launchesAt(const QPointF &px, const QRectF &target) const
{
    return m_launches.launchesAt(px, viewport(target));
}

} // namespace atlas
