#include "render/map/LaunchLayer.h"

#include "geo/Geodesy.h"
#include "model/MissileClass.h"
#include "render/map/LabelPlacer.h"
#include "render/map/MapStyle.h"

#include <QPainter>
#include <QPainterPath>
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

void LaunchLayer::paintSplashdowns(QPainter &p, const MapViewport &view, const ClassPalette &palette,
                                   const MapStyle &style, const QString &selectedId) const
{
    const QRectF visibleKm = view.visibleKm();
    const bool allSectors = m_visible.size() <= sectorsForAllUpTo;
    const QTransform toPixels = view.kmToPixelTransform();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);

    // Sectors first, beneath every arc.
    for (int i : m_visible) {
        const PreparedLaunch &l = m_launches.at(i);
        const bool selected = l.launch->id == selectedId;
        if (!l.estimate.valid || (!allSectors && !selected) || !l.boundsKm.intersects(visibleKm))
            continue;
        QColor fill = palette.classColor(l.headlineClass);
        fill.setAlpha(selected ? 64 : 26);
        QColor edge = fill;
        edge.setAlpha(selected ? 200 : 110);
        p.setPen(QPen(edge, selected ? 1.2 : 0.8, Qt::DotLine));
        p.setBrush(fill);
        p.drawPolygon(toPixels.map(l.sectorKm));
    }

    // Arcs, the selected one last and strongest.
    const int many = int(m_visible.size()) > 500;
    auto drawArc = [&](const PreparedLaunch &l, bool selected) {
        QColor c = palette.classColor(l.headlineClass);
        if (l.undated && !selected)
            c.setAlpha(150);
        QPen pen(c, selected ? 3.0 : (many ? 1.0 : 1.8), Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        if (selected) {
            QPen halo(style.color(QStringLiteral("halo")), 5.5);
            p.setPen(halo);
            p.drawPolyline(toPixels.map(l.arcKm));
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(toPixels.map(l.arcKm));
        // The impact: a cross at sea, a filled triangle on a land target.
        const QPointF end = toPixels.map(l.arcKm.last());
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
    };
    if (many)
        p.setRenderHint(QPainter::Antialiasing, false); // thousands of dashes: speed over finish
    const PreparedLaunch *selected = nullptr;
    for (int i : m_visible) {
        const PreparedLaunch &l = m_launches.at(i);
        if (!l.estimate.valid || !l.boundsKm.intersects(visibleKm))
            continue;
        if (l.launch->id == selectedId) {
            selected = &l;
            continue;
        }
        drawArc(l, false);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    if (selected)
        drawArc(*selected, true);
    p.restore();
}

void LaunchLayer::paintSites(QPainter &p, const MapViewport &view, const ClassPalette &palette,
                             const MapStyle &style, const QString &selectedId, LabelPlacer *reserveMarkers) const
{
    const QRectF target = view.target().adjusted(-40, -40, 40, 40);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const SiteGroup &g : m_sites) {
        const QPointF c = view.kmToPixel(g.km);
        if (!target.contains(c))
            continue;
        const double r = markerRadius(int(g.launches.size()));
        const bool hasSelected = std::any_of(g.launches.begin(), g.launches.end(),
                                             [&](int i) { return m_launches.at(i).launch->id == selectedId; });
        const QColor main = palette.classColor(g.classCounts.first().first);
        p.setOpacity(g.allUndated && !hasSelected ? 0.7 : 1.0);

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
        const QColor outline = style.color(QStringLiteral("halo")).lightness() > 128 ? Qt::white : Qt::black;
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
        if (hasSelected) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(style.color(QStringLiteral("halo")), 5));
            p.drawEllipse(c, r + 4, r + 4);
            p.setPen(QPen(style.color(QStringLiteral("selection")), 2.2));
            p.drawEllipse(c, r + 4, r + 4);
        }
        if (reserveMarkers)
            reserveMarkers->reserve(box.adjusted(-2, -2, 2, 2));
    }
    p.setOpacity(1.0);
    p.restore();
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
