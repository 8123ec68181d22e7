#pragma once
// The undated tray as painted in exports and briefing pages (on screen it is a
// widget, UndatedTray): a column beside the timeline listing launches without a
// date, with what is known (the weekday, a day without its year), what and where,
// and any inferred range, marked as inferred.
#include "render/timeline/TimelineItem.h"
#include "render/timeline/TimelineStyle.h"

#include <QRectF>

class QPainter;

namespace atlas {

struct UndatedColumn {
    static bool isUndated(const TimelineItem &it) { return !it.dated; }
    static int count(const TimelineItems &items);
    static void paint(QPainter &p, const QRectF &rect, const TimelineItems &items, const TimelineStyle &style,
                      const QString &selectedId);
};

} // namespace atlas
