#include "render/timeline/LaneLayout.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

struct Placed {
    int item;
    double left, right; // mark extent in pixels
    bool point, inference, openStart, openEnd;
    int row = 0;
    double labelWidth = 0; // estimated, reserved while stacking
};

constexpr double kMarkGap = 3.0;    // least space between marks in a row
constexpr double kLabelGap = 4.0;   // between a mark and its label
constexpr double kMinBarWidth = 4.0;

// Horizontal extent of an item's mark, clipped a little beyond the view so that
// soft ends of cut bars stay outside it. False when it is not on screen.
bool extent(const TimelineItem &it, const TimeScale &scale, double radius, Placed *p)
{
    double start = 0, end = 0;
    if (it.dated) {
        start = it.startDay;
        end = it.endDay;
    } else if (it.inferred) {
        // An open inference runs to the edge of the view: "after 3 Jan" has no end in sight.
        start = std::isnan(it.inferredStart) ? scale.startDay() - 1.0 : it.inferredStart;
        end = std::isnan(it.inferredEnd) ? scale.endDay() + 1.0 : it.inferredEnd;
    } else {
        return false;
    }
    p->inference = !it.dated;
    p->point = it.dated && it.precision == DatePrecision::Day && end - start <= 1.0;
    if (p->point) {
        const double cx = scale.x((start + end) / 2.0);
        p->left = cx - radius;
        p->right = cx + radius;
    } else {
        p->left = scale.x(start);
        p->right = scale.x(end);
        if (p->right - p->left < kMinBarWidth) {
            const double mid = (p->left + p->right) / 2.0;
            p->left = mid - kMinBarWidth / 2.0;
            p->right = mid + kMinBarWidth / 2.0;
        }
    }
    if (p->right < scale.left() || p->left > scale.right())
        return false;
    p->openStart = !p->point && (p->left < scale.left() || (p->inference && std::isnan(it.inferredStart)));
    p->openEnd = !p->point && (p->right > scale.right() || (p->inference && std::isnan(it.inferredEnd)));
    p->left = std::max(p->left, scale.left() - 1.0);
    p->right = std::min(p->right, scale.right() + 1.0);
    return true;
}

// First-fit stacking into at most maxRows rows; returns the rows used. With no
// free row the mark goes where the row frees up soonest (it may overlap).
int stack(QVector<Placed> &placed, int maxRows)
{
    QVector<double> freeFrom;
    for (Placed &p : placed) {
        int row = -1;
        for (int r = 0; r < freeFrom.size(); ++r) {
            if (freeFrom[r] <= p.left) {
                row = r;
                break;
            }
        }
        if (row < 0 && freeFrom.size() < maxRows) {
            row = int(freeFrom.size());
            freeFrom << -1e300;
        }
        if (row < 0)
            row = int(std::min_element(freeFrom.begin(), freeFrom.end()) - freeFrom.begin());
        p.row = row;
        const double end = p.right + kLabelGap + p.labelWidth;
        freeFrom[row] = std::max(freeFrom[row], end + kMarkGap);
    }
    return int(freeFrom.size());
}

} // namespace

LaneLayout LaneLayout::compute(const TimelineItems &items, const TimeScale &scale, const QRectF &area,
                               double rowHeight, double charWidth)
{
    LaneLayout out;
    out.rowHeight = rowHeight;
    const double radius = rowHeight * 0.4;

    std::array<QVector<Placed>, kTimelineLaneCount> perLane;
    for (int i = 0; i < items.size(); ++i) {
        Placed p{i, 0, 0, false, false, false, false};
        if (extent(items[i], scale, radius, &p)) {
            p.labelWidth = items[i].shortLabel.size() * charWidth;
            perLane[int(items[i].lane)].append(p);
        }
    }
    for (auto &lane : perLane) {
        std::stable_sort(lane.begin(), lane.end(),
                         [](const Placed &a, const Placed &b) { return a.left < b.left; });
    }

    // Rows: every lane gets one; the rest go, one at a time, to the lane that
    // still needs most (a year of ballistic launches outranks two cruise ones).
    const int available = std::max(kTimelineLaneCount, int(std::floor(area.height() / rowHeight)));
    std::array<int, kTimelineLaneCount> need{};
    for (int l = 0; l < kTimelineLaneCount; ++l)
        need[l] = std::max(1, stack(perLane[l], available));
    std::array<int, kTimelineLaneCount> rows;
    rows.fill(1);
    for (int spare = available - kTimelineLaneCount; spare > 0; --spare) {
        int best = -1;
        for (int l = 0; l < kTimelineLaneCount; ++l) {
            if (rows[l] < need[l] && (best < 0 || need[l] - rows[l] > need[best] - rows[best]))
                best = l;
        }
        if (best < 0)
            break;
        ++rows[best];
    }
    // Height left over (all lanes satisfied) is shared out evenly as padding.
    int used = 0;
    for (int r : rows)
        used += r;
    const double extra = std::max(0.0, area.height() - used * rowHeight) / kTimelineLaneCount;

    double y = area.top();
    for (int l = 0; l < kTimelineLaneCount; ++l) {
        const double h = rows[l] * rowHeight + extra;
        out.lanes[l] = QRectF(area.left(), y, area.width(), h);
        out.rows[l] = rows[l];
        if (rows[l] < need[l])
            stack(perLane[l], rows[l]);
        const double top = y + extra / 2.0;
        y += h;

        // A mark that starts under an earlier one in its row (a lane out of rows)
        // gets no label: its label would run over that mark.
        QVector<bool> covered(perLane[l].size(), false);
        QVector<double> rowRight(rows[l], -1e300);
        for (int k = 0; k < perLane[l].size(); ++k) {
            const Placed &p = perLane[l][k];
            covered[k] = p.left < rowRight[p.row] + kMarkGap;
            rowRight[p.row] = std::max(rowRight[p.row], p.right);
        }
        // Label room: up to the next mark in the same row (or the lane's end).
        QVector<double> nextLeft(rows[l], scale.right());
        QVector<MarkGeometry> laneMarks(perLane[l].size());
        for (int k = int(perLane[l].size()) - 1; k >= 0; --k) {
            const Placed &p = perLane[l][k];
            MarkGeometry g;
            g.item = p.item;
            g.lane = l;
            g.row = p.row;
            g.point = p.point;
            g.inference = p.inference;
            g.openStart = p.openStart;
            g.openEnd = p.openEnd;
            const double rowTop = top + p.row * rowHeight;
            const double markH = p.point ? 2 * radius : rowHeight * 0.62;
            g.mark = QRectF(p.left, rowTop + (rowHeight - markH) / 2.0, p.right - p.left, markH);
            const double labelLeft = p.right + kLabelGap;
            const double roomRight = nextLeft[p.row] - kMarkGap;
            if (roomRight - labelLeft > 0 && !covered[k])
                g.labelRoom = QRectF(labelLeft, rowTop, roomRight - labelLeft, rowHeight);
            nextLeft[p.row] = std::max(scale.left(), p.left);
            laneMarks[k] = g;
        }
        out.marks += laneMarks;
    }
    return out;
}

int LaneLayout::markOfItem(int item) const
{
    for (int i = 0; i < marks.size(); ++i) {
        if (marks[i].item == item)
            return i;
    }
    return -1;
}

} // namespace atlas
