#include "render/map/LabelPlacer.h"

#include <cmath>

namespace atlas {

LabelPlacer::LabelPlacer(const QRectF &bounds, double cellSize) : m_bounds(bounds), m_cell(cellSize) {}

template<typename F> void LabelPlacer::forCells(const QRectF &r, F f) const
{
    const int x0 = int(std::floor(r.left() / m_cell)), x1 = int(std::floor(r.right() / m_cell));
    const int y0 = int(std::floor(r.top() / m_cell)), y1 = int(std::floor(r.bottom() / m_cell));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            f((quint64(quint32(x)) << 32) | quint32(y));
}

void LabelPlacer::reserve(const QRectF &r)
{
    const int index = int(m_rects.size());
    m_rects.append(r);
    forCells(r, [&](quint64 key) { m_grid[key].append(index); });
}

bool LabelPlacer::fits(const QRectF &r) const
{
    if (!m_bounds.contains(r))
        return false;
    bool free = true;
    forCells(r, [&](quint64 key) {
        if (!free)
            return;
        const auto it = m_grid.constFind(key);
        if (it == m_grid.cend())
            return;
        for (int i : *it) {
            if (m_rects.at(i).intersects(r)) {
                free = false;
                return;
            }
        }
    });
    return free;
}

int LabelPlacer::place(const QVector<QRectF> &candidates)
{
    for (int i = 0; i < candidates.size(); ++i) {
        if (fits(candidates.at(i))) {
            reserve(candidates.at(i));
            return i;
        }
    }
    return -1;
}

QVector<QRectF> LabelPlacer::around(const QPointF &a, const QSizeF &s, double gap)
{
    const double w = s.width(), h = s.height();
    return {
        QRectF(a.x() + gap, a.y() - h / 2, w, h),         // right
        QRectF(a.x() - gap - w, a.y() - h / 2, w, h),     // left
        QRectF(a.x() - w / 2, a.y() - gap - h, w, h),     // above
        QRectF(a.x() - w / 2, a.y() + gap, w, h),         // below
        QRectF(a.x() + gap * 0.7, a.y() - gap * 0.7 - h, w, h),
        QRectF(a.x() - gap * 0.7 - w, a.y() - gap * 0.7 - h, w, h),
        QRectF(a.x() + gap * 0.7, a.y() + gap * 0.7, w, h),
        QRectF(a.x() - gap * 0.7 - w, a.y() + gap * 0.7, w, h),
    };
}

} // namespace atlas
