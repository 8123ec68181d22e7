#include "render/map/LaunchLayer.h"

#include "geo/Geodesy.h"
#include "model/MissileClass.h"
#include "render/map/LabelPlacer.h"
#include "render/map/MapStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
QPolygonF project(const QVector<QPointF> &lonLats)
{
    const LambertConformalConic &lcc = MapViewport::projection();
    QPolygonF out;
    out.reserve(lonLats.size());
    for (const QPointF &p : lonLats)
        out.append(lcc.forward(p));
    return out;
}

QString geometryKey(const LaunchEvent &l)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(l.site.lat, 0, 'f', 5)
        .arg(l.site.lon, 0, 'f', 5)
        .arg(l.distanceKm.value, 0, 'f', 3)
        .arg(l.distanceKm.qualifier, l.splashdown.sea, l.splashdown.eez)
        .arg(l.splashdown.land ? 1 : 0);
}

QString siteKey(const Site &s)
{
    return QStringLiteral("%1|%2|%3").arg(s.name).arg(s.lat, 0, 'f', 4).arg(s.lon, 0, 'f', 4);
}

double pixelRadius(const MapViewport &view, const QPointF &lonLat, double groundKm)
{
    // Conformal: a small circle stays a circle, scaled by the point scale factor.
    return groundKm * MapViewport::projection().scaleFactor(lonLat.y()) / view.kmPerPixel();
}
} // namespace

LaunchLayer::LaunchLayer() : m_estimator(SplashdownEstimator::bundled()) {}

bool LaunchLayer::isUncertainSite(const Site &s)
{
    return s.uncertaintyKm >= 10 || s.kind == QLatin1String("county") || s.kind == QLatin1String("province");
}

double LaunchLayer::markerRadius(int launches)
{
    return std::min(18.0, 5.0 + 2.5 * std::sqrt(std::max(0, launches - 1)));
}

bool LaunchLayer::inWindow(const LaunchEvent &l, const QDate &from, const QDate &to)
{
    if (!l.date.isKnown())
        return true;
    if (from.isValid() && l.date.latest < from)
        return false;
    if (to.isValid() && l.date.earliest > to)
        return false;
    return true;
}

PreparedLaunch LaunchLayer::prepare(const LaunchEvent *l)
{
    const QString key = geometryKey(*l);
    auto it = m_geometryCache.constFind(key);
    PreparedLaunch p;
    if (it != m_geometryCache.cend()) {
        p = *it;
    } else {
        p.estimate = m_estimator.estimate(*l);
        if (p.estimate.valid) {
            p.arcKm = project(Geodesy::greatCircle(p.estimate.site, p.estimate.point, 20));
            p.sectorKm = project(Geodesy::sector(p.estimate.site, p.estimate.minKm, p.estimate.maxKm,
                                                 p.estimate.bearingMinDeg, p.estimate.bearingMaxDeg, 2));
            p.boundsKm = p.arcKm.boundingRect().united(p.sectorKm.boundingRect());
        }
        m_geometryCache.insert(key, p);
    }
    p.launch = l;
    p.headlineClass = l->headlineClass();
    p.undated = !l->date.isKnown();
    return p;
}

void LaunchLayer::setLaunches(const QVector<const LaunchEvent *> &launches)
{
    m_launches.clear();
    m_launches.reserve(launches.size());
    for (const LaunchEvent *l : launches) {
        if (l && !l->rejected && l->site.isLocated())
            m_launches.append(prepare(l));
    }
    if (m_geometryCache.size() > 20000)
        m_geometryCache.clear(); // bound the memory of long sessions; rebuilt on demand
    regroup();
}

void LaunchLayer::setDateWindow(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    regroup();
}

void LaunchLayer::regroup()
{
    m_visible.clear();
    m_sites.clear();
    QHash<QString, int> siteIndex;
    const QStringList &order = MissileClass::all();
    for (int i = 0; i < m_launches.size(); ++i) {
        const PreparedLaunch &p = m_launches.at(i);
        if (!inWindow(*p.launch, m_from, m_to))
            continue;
        m_visible.append(i);
        const Site &s = p.launch->site;
        const QString key = siteKey(s);
        int g = siteIndex.value(key, -1);
        if (g < 0) {
            g = int(m_sites.size());
            siteIndex.insert(key, g);
            SiteGroup group;
            group.name = s.name.isEmpty() ? s.text : s.name;
            group.lonLat = QPointF(s.lon, s.lat);
            group.km = MapViewport::projection().forward(group.lonLat);
            m_sites.append(group);
        }
        SiteGroup &group = m_sites[g];
        group.launches.append(i);
        group.uncertaintyKm = std::max(group.uncertaintyKm, s.uncertaintyKm);
        group.uncertain = group.uncertain || isUncertainSite(s);
        group.allUndated = group.allUndated && p.undated;
        auto c = std::find_if(group.classCounts.begin(), group.classCounts.end(),
                              [&](const auto &cc) { return cc.first == p.headlineClass; });
        if (c == group.classCounts.end())
            group.classCounts.append({p.headlineClass, 1});
        else
            ++c->second;
    }
    for (SiteGroup &g : m_sites) {
        std::sort(g.classCounts.begin(), g.classCounts.end(), [&](const auto &a, const auto &b) {
            const auto rank = [&](const QString &c) { const int i = int(order.indexOf(c)); return i < 0 ? 999 : i; };
            return rank(a.first) < rank(b.first);
        });
        // Latest first, so a click on a site selects its most recent launch.
        std::sort(g.launches.begin(), g.launches.end(), [&](int a, int b) {
            return m_launches.at(a).launch->date.midpoint() > m_launches.at(b).launch->date.midpoint();
        });
    }
    // Big markers under small ones, so every site stays clickable.
    std::stable_sort(m_sites.begin(), m_sites.end(),
                     [](const SiteGroup &a, const SiteGroup &b) { return a.launches.size() > b.launches.size(); });
}

const PreparedLaunch *LaunchLayer::find(const QString &id) const
{
    for (const PreparedLaunch &p : m_launches) {
        if (p.launch->id == id)
            return &p;
    }
    return nullptr;
}

int LaunchLayer::undatedVisibleCount() const
{
    return int(std::count_if(m_visible.begin(), m_visible.end(), [&](int i) { return m_launches.at(i).undated; }));
}

QPair<QDate, QDate> LaunchLayer::visibleDateSpan() const
{
    QDate lo, hi;
    for (int i : m_visible) {
        const FuzzyDate &d = m_launches.at(i).launch->date;
        if (!d.isKnown())
            continue;
        if (!lo.isValid() || d.earliest < lo)
            lo = d.earliest;
        if (!hi.isValid() || d.latest > hi)
            hi = d.latest;
    }
    return {lo, hi};
}

void LaunchLayer::drawSector(QPainter &p, const QTransform &toPixels, const PreparedLaunch &l,
                            const ClassPalette &palette, bool selected) const
{
    QColor fill = palette.classColor(l.headlineClass);
    fill.setAlpha(selected ? 64 : 26);
    QColor edge = fill;
    edge.setAlpha(selected ? 200 : 110);
    QPen pen(edge, selected ? 1.2 : 0.8, Qt::DotLine);
    pen.setCosmetic(true);
    p.setPen(pen);
    p.setBrush(fill);
    p.drawPolygon(toPixels.map(l.sectorKm));
}

void LaunchLayer::drawArc(QPainter &p, const QTransform &toPixels, const PreparedLaunch &l,
                          const ClassPalette &palette, const MapStyle &style, bool selected, bool thin) const
{
    QColor c = palette.classColor(l.headlineClass);
    if (l.undated && !selected)
        c.setAlpha(150);
    // Dashed says "approximate"; among hundreds of crossing arcs a dash pattern is
    // only noise (and costs three times as much), so dense maps draw thin lines.
    QPen pen(c, selected ? 3.0 : (thin ? 1.0 : 1.8), thin && !selected ? Qt::SolidLine : Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    pen.setCosmetic(true);
    const QPolygonF arc = toPixels.map(l.arcKm);
    if (selected) {
        QPen halo(style.color(QStringLiteral("halo")), 5.5);
        halo.setCosmetic(true);
        p.setPen(halo);
        p.drawPolyline(arc);
    }
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(arc);
    // The impact: a cross at sea, a filled triangle on a land target.
    const QPointF end = arc.last();
    const double s = selected ? 6 : 4.5;
    pen.setStyle(Qt::SolidLine);
    pen.setWidthF(selected ? 2.5 : 1.8);
    p.setPen(pen);
    if (l.estimate.landTarget) {
        p.setBrush(c);
        p.drawPolygon(QPolygonF{end + QPointF(0, -s * 1.2), end + QPointF(s, s * 0.8), end + QPointF(-s, s * 0.8)});
    } else {
        p.drawLine(end + QPointF(-s, -s), end + QPointF(s, s));
        p.drawLine(end + QPointF(-s, s), end + QPointF(s, -s));
    }
}

void LaunchLayer::paintSplashdowns(QPainter &p, const MapViewport &view, const ClassPalette &palette,
                                   const MapStyle &style) const
{
    const QRectF visibleKm = view.visibleKm();
    const QTransform toPixels = view.kmToPixelTransform();
    const bool dense = m_visible.size() > arcsThinAbove;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (m_visible.size() <= sectorsForAllUpTo) {
        for (int i : m_visible) {
            const PreparedLaunch &l = m_launches.at(i);
            if (l.estimate.valid && l.boundsKm.intersects(visibleKm))
                drawSector(p, toPixels, l, palette, false);
        }
    }
    if (dense)
        p.setRenderHint(QPainter::Antialiasing, false); // thousands of lines: speed over finish
    // Launches with the same site, distance and wording share one arc (the
    // geometry cache hands out the same shared polygon): draw it once per class.
    QSet<QPair<const void *, QString>> drawn;
    for (int i : m_visible) {
        const PreparedLaunch &l = m_launches.at(i);
        if (!l.estimate.valid || !l.boundsKm.intersects(visibleKm))
            continue;
        const QPair<const void *, QString> key(l.arcKm.constData(), l.headlineClass + (l.undated ? "~" : ""));
        if (drawn.contains(key))
            continue;
        drawn.insert(key);
        drawArc(p, toPixels, l, palette, style, false, dense);
    }
    p.restore();
}

void LaunchLayer::paintSelectedSplashdown(QPainter &p, const MapViewport &view, const ClassPalette &palette,
                                          const MapStyle &style, const QString &selectedId) const
{
    const PreparedLaunch *l = find(selectedId);
    if (!l || !l->estimate.valid || !inWindow(*l->launch, m_from, m_to))
        return;
    const QTransform toPixels = view.kmToPixelTransform();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    drawSector(p, toPixels, *l, palette, true);
    drawArc(p, toPixels, *l, palette, style, true, false);
    p.restore();
}

void LaunchLayer::paintSites(QPainter &p, const MapViewport &view, const ClassPalette &palette,
                             const MapStyle &style) const
{
    const QRectF target = view.target().adjusted(-40, -40, 40, 40);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor outline = style.color(QStringLiteral("halo")).lightness() > 128 ? Qt::white : Qt::black;
    for (const SiteGroup &g : m_sites) {
        const QPointF c = view.kmToPixel(g.km);
        if (!target.contains(c))
            continue;
        const double r = markerRadius(int(g.launches.size()));
        const QColor main = palette.classColor(g.classCounts.first().first);
        p.setOpacity(g.allUndated ? 0.7 : 1.0);

        if (g.uncertain) {
            // Where the site may be: a translucent disc of its radius of uncertainty.
            const double ur = std::max(pixelRadius(view, g.lonLat, g.uncertaintyKm), r + 3);
            QColor fill = main;
            fill.setAlpha(45);
            QColor edge = main;
            edge.setAlpha(170);
            p.setPen(QPen(edge, 1.2, Qt::DashLine));
            p.setBrush(fill);
            p.drawEllipse(c, ur, ur);
        }

        // The marker: a pie of classes. A precise site gets a solid pie with a
        // centre pin; an uncertain one a pie ring with a hollow centre (no pin).
        const QRectF box(c.x() - r, c.y() - r, 2 * r, 2 * r);
        int total = 0;
        for (const auto &cc : g.classCounts)
            total += cc.second;
        int start = 90 * 16;
        p.setPen(QPen(outline, 1.2));
        for (const auto &cc : g.classCounts) {
            const int span = -int(std::round(5760.0 * cc.second / total));
            p.setBrush(palette.classColor(cc.first));
            if (g.classCounts.size() == 1)
                p.drawEllipse(box);
            else
                p.drawPie(box, start, span);
            start += span;
        }
        if (g.uncertain) {
            p.setBrush(style.color(QStringLiteral("land")));
            p.setPen(QPen(outline, 1.0));
            p.drawEllipse(c, r * 0.45, r * 0.45);
        } else {
            p.setBrush(outline == Qt::white ? Qt::black : Qt::white);
            p.setPen(Qt::NoPen);
            p.drawEllipse(c, 1.6, 1.6);
        }
    }
    p.setOpacity(1.0);
    p.restore();
}

const SiteGroup *LaunchLayer::siteOf(const QString &launchId) const
{
    for (const SiteGroup &g : m_sites) {
        for (int i : g.launches) {
            if (m_launches.at(i).launch->id == launchId)
                return &g;
        }
    }
    return nullptr;
}

void LaunchLayer::paintSiteSelection(QPainter &p, const MapViewport &view, const MapStyle &style,
                                     const QString &selectedId) const
{
    const SiteGroup *g = siteOf(selectedId);
    if (!g)
        return;
    const QPointF c = view.kmToPixel(g->km);
    const double r = markerRadius(int(g->launches.size())) + 4;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(style.color(QStringLiteral("halo")), 5));
    p.drawEllipse(c, r, r);
    p.setPen(QPen(style.color(QStringLiteral("selection")), 2.2));
    p.drawEllipse(c, r, r);
    p.restore();
}

void LaunchLayer::reserveSites(const MapViewport &view, LabelPlacer &placer) const
{
    for (const SiteGroup &g : m_sites) {
        const QPointF c = view.kmToPixel(g.km);
        if (!view.target().contains(c))
            continue;
        const double r = markerRadius(int(g.launches.size())) + 2;
        placer.reserve(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }
}

QStringList LaunchLayer::launchesAt(const QPointF &px, const MapViewport &view) const
{
    // An impact point names one launch exactly.
    for (int k = int(m_visible.size()) - 1; k >= 0; --k) {
        const PreparedLaunch &l = m_launches.at(m_visible.at(k));
        if (l.estimate.valid && QLineF(view.kmToPixel(l.arcKm.last()), px).length() <= 7)
            return {l.launch->id};
    }
    // Sites are drawn biggest first: test the smallest (topmost) first.
    for (auto g = m_sites.crbegin(); g != m_sites.crend(); ++g) {
        const double r = markerRadius(int(g->launches.size())) + 3;
        if (QLineF(view.kmToPixel(g->km), px).length() <= r) {
            QStringList ids;
            for (int i : g->launches)
                ids << m_launches.at(i).launch->id;
            return ids;
        }
    }
    return {};
}

} // namespace atlas
