#pragma once
// Cutting basemap layers to boxes in lon/lat, so that a detailed regional layer
// and a coarser wider one can be stitched without drawing the same land twice,
// and turning cut polygons back into coastlines without the cut edges.
#include "geo/GeoLayer.h"

#include <QVector>

namespace atlas {

// Polygons of `layer` cut to the inside of `box` (lon/lat), by Sutherland-Hodgman
// per ring. Holes stay holes under even-odd filling; cuts along the box edge may
// leave zero-width slivers on it, which fill nothing.
GeoLayer clipToBox(const GeoLayer &layer, const QRectF &box);
// Polygons of `layer` outside `box`: the union of four cuts (west, east, and the
// south and north strips between them).
GeoLayer clipOutsideBox(const GeoLayer &layer, const QRectF &box);

// The outline of a polygon layer as lines, leaving out every segment that runs
// along one of the given cut meridians or parallels (both ends on it): what is
// left is real coastline.
QVector<GeoRing> outlineWithoutCuts(const GeoLayer &layer, const QVector<double> &cutLons,
                                    const QVector<double> &cutLats);

} // namespace atlas
