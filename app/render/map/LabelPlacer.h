#pragma once
// Greedy label placement without overlaps: labels are offered in priority order,
// each with candidate positions around its anchor; the first candidate that
// overlaps nothing already placed (labels or reserved marker areas) wins, else
// the label is dropped. A grid of buckets keeps it near linear for thousands.
#include <QHash>
#include <QRectF>
#include <QVector>

namespace atlas {

class LabelPlacer {
public:
    explicit LabelPlacer(const QRectF &bounds, double cellSize = 64);

    // Reserve an area (a marker, the legend) so no label covers it.
    void reserve(const QRectF &r);
    // The first candidate that fits inside the bounds and overlaps nothing; it is
    // then reserved. Returns its index, or -1 when none fits.
    int place(const QVector<QRectF> &candidates);
    bool fits(const QRectF &r) const;

    // The usual eight positions around a point for a label of `size`, at `gap`
    // pixels: right, left, above, below, then the diagonals.
    static QVector<QRectF> around(const QPointF &anchor, const QSizeF &size, double gap);

private:
    QRectF m_bounds;
    double m_cell;
    QVector<QRectF> m_rects;
    QHash<quint64, QVector<int>> m_grid; // cell -> indexes into m_rects
    template<typename F> void forCells(const QRectF &r, F f) const;
};

} // namespace atlas
