#include "geo/GeoIndex.h"

#include <algorithm>
#include <cmath>

namespace atlas {

GeoLayerIndex::GeoLayerIndex(const GeoLayer &layer, const QRectF &box, double cellDeg)
    : m_layer(&layer), m_box(box), m_cell(cellDeg)
{
    m_cols = std::max(1, int(std::ceil(box.width() / cellDeg)));
    m_rows = std::max(1, int(std::ceil(box.height() / cellDeg)));
    m_cells = QByteArray(m_cols * m_rows, char(Outside));

    // 1. Every cell an edge passes through is Mixed: walk each edge in steps
    //    of a quarter cell (edges are short; long ones are few).
    QVector<QPair<QPointF, QPointF>> edges;
    for (const GeoFeature &f : layer.features) {
        for (const GeoPolygon &poly : f.polygons) {
            for (const GeoRing &ring : poly.rings) {
                for (int i = 1; i < ring.size(); ++i)
                    edges.append({ring.at(i - 1), ring.at(i)});
            }
        }
    }
    auto mark = [&](const QPointF &p) {
        const int c = int(std::floor((p.x() - box.left()) / cellDeg));
        const int r = int(std::floor((p.y() - box.top()) / cellDeg));
        if (c >= 0 && c < m_cols && r >= 0 && r < m_rows)
            m_cells[r * m_cols + c] = char(Mixed);
    };
    for (const auto &[a, b] : edges) {
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        const int steps = std::max(1, int(std::ceil(length / (cellDeg / 4))));
        for (int s = 0; s <= steps; ++s)
            mark(a + (b - a) * (double(s) / steps));
    }

    // 2. The rest by even-odd crossings along each row's centre line.
    QVector<double> crossings;
    for (int r = 0; r < m_rows; ++r) {
        const double y = box.top() + (r + 0.5) * cellDeg;
        crossings.clear();
        for (const auto &[a, b] : edges) {
            if ((a.y() > y) != (b.y() > y))
                crossings.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
        std::sort(crossings.begin(), crossings.end());
        int passed = 0;
        for (int c = 0; c < m_cols; ++c) {
            const double x = box.left() + (c + 0.5) * cellDeg;
            while (passed < crossings.size() && crossings.at(passed) < x)
                ++passed;
            char &cell = m_cells[r * m_cols + c];
            if (cell != char(Mixed))
                cell = char(passed % 2 ? Inside : Outside);
        }
    }
}

bool GeoLayerIndex::contains(const QPointF &p) const
{
    if (!m_layer)
        return false;
    const int c = int(std::floor((p.x() - m_box.left()) / m_cell));
    const int r = int(std::floor((p.y() - m_box.top()) / m_cell));
    if (c < 0 || c >= m_cols || r < 0 || r >= m_rows)
        return m_layer->contains(p);
    switch (m_cells.at(r * m_cols + c)) {
    case Outside: return false;
    case Inside: return true;
    default: return m_layer->contains(p);
    }
}

int GeoLayerIndex::mixedCells() const { return int(std::count(m_cells.begin(), m_cells.end(), char(Mixed))); }

} // namespace atlas
