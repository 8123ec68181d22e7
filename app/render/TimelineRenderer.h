#pragma once
// The timeline, painted on any QPainter: the screen (TimelineView), a QImage, an
// SVG or a PDF (exports and briefing pages use it as is).
//
// Launches lie in lanes by kind (ballistic, hypersonic, cruise, other) in the
// map legend's colours. A day-precise launch is a dot; a week, part of a month
// or a month is a bar over its whole range with soft ends, so "early May" reads
// as 1-10 May and never as 1 May. A salvo is one mark with its count; a badge
// marks launches whose sources disagree. An undated launch with context bounds
// is drawn as a hatched, dashed bar labelled "inferred", never as a date.
// Under the axis a strip counts launches per month of the period.
//
// Usage: setLaunches(), setRange() (the visible dates), optionally setPeriod()
// (what the month strip summarises), setSelectedId(), setCursor(); then
// paint(painter, rect). launchAt() and markRect() answer for the same rect.
#include "render/ClassPalette.h"
#include "render/timeline/LaneLayout.h"
#include "render/timeline/MonthStrip.h"
#include "render/timeline/TimeScale.h"
#include "render/timeline/TimeTicks.h"
#include "render/timeline/TimelineItem.h"
#include "render/timeline/TimelineStyle.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QImage>
#include <functional>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace atlas {
struct LaunchEvent;

class TimelineRenderer {
public:
    explicit TimelineRenderer(Theme theme = Theme::Screen);

    // The launches to draw, in any order (undated ones are drawn only by their
    // inferred range, if any; the tray beside the timeline lists them).
    void setLaunches(const QVector<const LaunchEvent *> &launches);
    void setLaunches(const QVector<LaunchEvent> &launches);
    const TimelineItems &items() const { return m_items; }
    int indexOf(const QString &launchId) const; // into items(); -1 when absent

    // The visible time: whole dates (inclusive) or fractional Julian days [start, end).
    void setRange(const QDate &first, const QDate &last);
    void setRangeDays(double startDay, double endDay);
    double startDay() const { return m_start; }
    double endDay() const { return m_end; }
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;

    // The period the month strip counts (a year, or all years); by default the range.
    void setPeriod(const QDate &first, const QDate &last);
    void setShowMonthStrip(bool show) { m_showStrip = show; }
    // Paint the undated launches in a column at the right (for exports; the
    // screen has the UndatedTray widget instead). Off by default.
    void setShowUndated(bool show) { m_showUndated = show; invalidate(); }

    void setSelectedId(const QString &id) { m_selectedId = id; }
    QString selectedId() const { return m_selectedId; }
    // Playback: a line at the end of this day; later launches fade. Invalid: none.
    void setCursor(const QDate &date) { m_cursor = date; }
    QDate cursor() const { return m_cursor; }

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    void setPalette(const QPalette &palette); // screen colours for text, axes, highlight
    void setFont(const QFont &font);
    const TimelineStyle &style() const { return m_style; }

    void paint(QPainter &painter, const QRectF &rect) const;

    // Parts of rect: lane titles on the left, lanes, the axis and the month strip.
    struct Areas {
        QRectF gutter, lanes, axis, strip;
        QRectF undated; // the undated column, when shown (exports); empty otherwise
    };
    Areas areas(const QRectF &rect) const;
    TimeScale scale(const QRectF &rect) const;
    TickSet ticks(const QRectF &rect) const;
    const LaneLayout &layout(const QRectF &rect) const; // cached until data, range, font or rect change

    // The launch whose mark (or label) is under pos; empty when none.
    QString launchAt(const QPointF &pos, const QRectF &rect) const;
    // The rectangle of a launch's mark; null when it is not on screen.
    QRectF markRect(const QString &launchId, const QRectF &rect) const;
    // The month of the strip under pos; invalid when pos is not on the strip.
    QDate stripMonthAt(const QPointF &pos, const QRectF &rect) const;

private:
    void paintLanes(QPainter &p, const Areas &a, const TickSet &ticks, const LaneLayout &lay) const;
    void paintMarks(QPainter &p, const Areas &a, const LaneLayout &lay) const;
    void paintAxis(QPainter &p, const Areas &a, const TickSet &ticks) const;
    void paintCursor(QPainter &p, const Areas &a, const TimeScale &s) const;
    // A small pre-drawn image (dot, badge) for raster painting, cached by key.
    const QImage &sprite(quint64 key, const QSizeF &size, double dpr,
                         const std::function<void(QPainter &, const QRectF &)> &draw) const;
    void invalidate() { m_layoutKey = {}; }
    void rebuildStyle();
    void updateColours();

    Theme m_theme;
    ClassPalette m_palette;
    QPalette m_widgetPalette;
    QFont m_font;
    TimelineStyle m_style;
    TimelineItems m_items;
    QVector<MonthCount> m_months;
    QDate m_periodFirst, m_periodLast;
    double m_start = 0, m_end = 1;
    QString m_selectedId;
    QDate m_cursor;
    bool m_showStrip = true;
    bool m_showUndated = false;
    double m_rowHeight = 18, m_charWidth = 6;
    int m_revision = 0;

    struct LayoutKey {
        QRectF rect;
        double start = 0, end = 0;
        int revision = -1;
        bool operator==(const LayoutKey &o) const
        {
            return rect == o.rect && start == o.start && end == o.end && revision == o.revision;
        }
    };
    mutable LayoutKey m_layoutKey;
    mutable LaneLayout m_layout;
    mutable QHash<quint64, QImage> m_sprites;
    mutable double m_spriteDpr = 1.0;
    QVector<QColor> m_colours;      // per item
    QVector<double> m_countWidths;  // per item: width of its salvo count
    QVector<uint> m_countKeys;      // per item: hash of its salvo count, for sprite keys
};

} // namespace atlas
