#pragma once
// Where each launch goes on the timeline: its lane, its row inside the lane, the
// rectangle of its mark, and the room its label may use.
//
// Marks that would overlap in time stack into rows of their lane (first row that
// is free, labels included); lanes share the height by how many rows they need,
// at least one each. When a lane runs out of rows, marks may overlap but labels
// never do: a label only gets the room up to the next mark in its row, and the
// painter elides it to that room or leaves it out.
#include "render/timeline/TimeScale.h"
#include "render/timeline/TimelineItem.h"

#include <QRectF>
#include <QVector>
#include <array>

namespace atlas {

struct MarkGeometry {
    int item = -1;       // index into the items given to the layout
    int lane = 0;        // TimelineLane
    int row = 0;         // row inside the lane, from the top
    QRectF mark;         // the dot (its bounding square) or the bar
    QRectF labelRoom;    // where the label may be drawn; empty when there is none
    bool point = false;  // a day-precise launch: drawn as a dot
    bool inference = false; // an undated launch placed by its inferred range
    bool openStart = false, openEnd = false; // a bar cut by the view or by an open inference
};

struct LaneLayout {
    std::array<QRectF, kTimelineLaneCount> lanes; // lane bands, top to bottom
    std::array<int, kTimelineLaneCount> rows{};   // rows per lane
    double rowHeight = 0;
    QVector<MarkGeometry> marks; // lane by lane, left to right in each row

    // rowHeight: height of one row; charWidth: average label character width,
    // used to reserve label room while stacking (real text is measured when painting).
    static LaneLayout compute(const TimelineItems &items, const TimeScale &scale, const QRectF &area,
                              double rowHeight, double charWidth);

    // Index into marks of the mark for item index `item`, or -1.
    int markOfItem(int item) const;
};

} // namespace atlas
