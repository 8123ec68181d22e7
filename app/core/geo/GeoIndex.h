#pragma once
// Fast "is this point inside the layer?" for layers tested thousands of times
// (the splashdown estimate tries many bearings per launch against 20,000
// vertices of 10m land). A grid over a lon/lat box classifies each cell as
// wholly outside, wholly inside, or crossed by an edge; only points in crossed
// cells (and outside the box) fall back to the exact polygon test, so the
// answer is always the exact one.
#include "geo/GeoLayer.h"

#include <QByteArray>
#include <QRectF>

namespace atlas {

class GeoLayerIndex {
public:
    GeoLayerIndex() = default;
    // The layer is borrowed: it must outlive the index. Its polygons must not
    // overlap one another (true of every bundled layer), as cells are classified
    // by even-odd crossings of all rings at once.
    GeoLayerIndex(const GeoLayer &layer, const QRectF &box, double cellDeg = 0.05);

    bool contains(const QPointF &lonLat) const;
    // How many cells need the exact test (for tests and tuning).
    int mixedCells() const;
    int cellCount() const { return int(m_cells.size()); }

private:
    enum Cell : char { Outside = 0, Inside = 1, Mixed = 2 };
    const GeoLayer *m_layer = nullptr;
    QRectF m_box;
    double m_cell = 0.05;
    int m_cols = 0;
    int m_rows = 0;
    QByteArray m_cells; // row-major, south to north
};

} // namespace atlas
