#include "render/TimelineRenderer.h"

#include "model/Launch.h"
#include "render/DateText.h"
#include "render/timeline/UndatedColumn.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPaintEngine>
#include <QVarLengthArray>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr double kMinLabelRoom = 22.0; // narrower than this, a label would be a lone ellipsis
constexpr double kSoftEnd = 14.0;      // pixels over which a range bar fades in at each end

QColor withAlpha(QColor c, double a)
{
    c.setAlphaF(float(a));
    return c;
}

// Black or white, whichever reads better on c.
QColor onColor(const QColor &c) { return c.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white); }
} // namespace

TimelineRenderer::TimelineRenderer(Theme theme)
    : m_theme(theme), m_palette(ClassPalette::bundled(theme)),
      m_widgetPalette(QGuiApplication::palette()), m_font(QGuiApplication::font())
{
    const QDate today = QDate::currentDate();
    setRange(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
    rebuildStyle();
}

void TimelineRenderer::setLaunches(const QVector<const LaunchEvent *> &launches)
{
    m_items.clear();
    m_items.reserve(launches.size());
    for (const LaunchEvent *l : launches) {
        if (l)
            m_items.append(TimelineItem::from(*l));
    }
    ++m_revision;
    updateColours();
    setPeriod(m_periodFirst, m_periodLast);
    invalidate();
}

void TimelineRenderer::updateColours()
{
    // Salvo counts are a handful of distinct strings: measure each once per font.
    const QFontMetricsF fmCount(scaledFont(m_font, 0.8, true));
    QHash<QString, double> widths;
    m_countWidths.resize(m_items.size());
    m_countKeys.resize(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const QString &count = m_items[i].countText;
        auto found = widths.constFind(count);
        if (found == widths.constEnd())
            found = widths.insert(count, count.isEmpty() ? 0.0 : fmCount.horizontalAdvance(count));
        m_countWidths[i] = *found;
        m_countKeys[i] = count.isEmpty() ? 0u : uint(qHash(count));
    }
    // Looked up once per launch, not once per paint: class colour, else the lane's.
    m_colours.resize(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const TimelineItem &it = m_items[i];
        m_colours[i] = it.headlineClass.isEmpty() ? m_palette.laneColor(laneKey(it.lane))
                                                  : m_palette.classColor(it.headlineClass);
    }
    m_sprites.clear();
}

void TimelineRenderer::setLaunches(const QVector<LaunchEvent> &launches)
{
    QVector<const LaunchEvent *> pointers;
    pointers.reserve(launches.size());
    for (const LaunchEvent &l : launches)
        pointers << &l;
    setLaunches(pointers);
}

int TimelineRenderer::indexOf(const QString &launchId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == launchId)
            return i;
    }
    return -1;
}

void TimelineRenderer::setRange(const QDate &first, const QDate &last)
{
    if (first.isValid() && last.isValid() && first <= last)
        setRangeDays(TimeScale::dayOf(first), TimeScale::dayOf(last) + 1.0);
}

void TimelineRenderer::setRangeDays(double startDay, double endDay)
{
    if (!(endDay > startDay))
        return;
    m_start = startDay;
    m_end = endDay;
}

QDate TimelineRenderer::firstVisibleDate() const { return TimeScale(m_start, m_end, 0, 1).firstDate(); }
QDate TimelineRenderer::lastVisibleDate() const { return TimeScale(m_start, m_end, 0, 1).lastDate(); }

void TimelineRenderer::setPeriod(const QDate &first, const QDate &last)
{
    m_periodFirst = first;
    m_periodLast = last;
    m_months = MonthStrip::count(m_items, first.isValid() ? first : firstVisibleDate(),
                                 last.isValid() ? last : lastVisibleDate());
}

void TimelineRenderer::setTheme(Theme theme)
{
    m_theme = theme;
    m_palette = ClassPalette::bundled(theme);
    updateColours();
    rebuildStyle();
}

void TimelineRenderer::setPalette(const QPalette &palette)
{
    m_widgetPalette = palette;
    rebuildStyle();
}

void TimelineRenderer::setFont(const QFont &font)
{
    m_font = font;
    rebuildStyle();
}

void TimelineRenderer::rebuildStyle()
{
    m_style = TimelineStyle::forTheme(m_theme, m_widgetPalette, m_font);
    updateColours();
    const QFontMetricsF fm(m_font);
    m_rowHeight = std::ceil(fm.height() + 5);
    m_charWidth = fm.averageCharWidth();
    ++m_revision;
    invalidate();
}

TimelineRenderer::Areas TimelineRenderer::areas(const QRectF &rect) const
{
    const QFontMetricsF fm(m_font);
    double gutter = 0;
    for (int l = 0; l < kTimelineLaneCount; ++l)
        gutter = std::max(gutter, fm.horizontalAdvance(laneTitle(TimelineLane(l))));
    gutter = std::min(gutter + 22, rect.width() / 4);
    const double axisH = 2 * fm.height() + 8;
    const double stripH = m_showStrip ? std::ceil(fm.height() * 0.8 + 24) : 0;
    const double lanesH = std::max(m_rowHeight * kTimelineLaneCount, rect.height() - axisH - stripH - 4);
    Areas a;
    const double column = m_showUndated && UndatedColumn::count(m_items) > 0
        ? std::clamp(rect.width() * 0.2, std::min(160.0, rect.width() / 3), 260.0)
        : 0.0;
    if (column > 0)
        a.undated = QRectF(rect.right() - column, rect.top() + 2, column, rect.height() - 4);
    a.gutter = QRectF(rect.left(), rect.top() + 2, gutter, lanesH);
    a.lanes = QRectF(rect.left() + gutter, rect.top() + 2, rect.width() - gutter - 6 - column, lanesH);
    a.axis = QRectF(a.lanes.left(), a.lanes.bottom(), a.lanes.width(), axisH);
    a.strip = QRectF(a.lanes.left(), a.axis.bottom(), a.lanes.width(), stripH);
    return a;
}

TimeScale TimelineRenderer::scale(const QRectF &rect) const
{
    const Areas a = areas(rect);
    return TimeScale(m_start, m_end, a.lanes.left(), a.lanes.right());
}

TickSet TimelineRenderer::ticks(const QRectF &rect) const
{
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    // Major labels are bold: measure all labels in bold so both rows are safe.
    return generateTicks(scale(rect), [&](const QString &s) { return fmBold.horizontalAdvance(s); });
}

const LaneLayout &TimelineRenderer::layout(const QRectF &rect) const
{
    const LayoutKey key{rect, m_start, m_end, m_revision};
    if (!(key == m_layoutKey)) {
        m_layout = LaneLayout::compute(m_items, scale(rect), areas(rect).lanes, m_rowHeight, m_charWidth);
        m_layoutKey = key;
    }
    return m_layout;
}

void TimelineRenderer::paint(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, m_style.background);
    p.setFont(m_font);
    const Areas a = areas(rect);
    const TickSet t = ticks(rect);
    const LaneLayout &lay = layout(rect);
    paintLanes(p, a, t, lay);
    paintMarks(p, a, lay);
    paintAxis(p, a, t);
    if (m_showStrip) {
        const QColor bar = m_palette.laneColor(laneKey(TimelineLane::Ballistic));
        MonthStrip::paint(p, a.strip, m_months, m_style, bar, m_start, m_end);
    }
    paintCursor(p, a, scale(rect));
    if (!a.undated.isEmpty())
        UndatedColumn::paint(p, a.undated, m_items, m_style, m_selectedId);
    p.restore();
}

void TimelineRenderer::paintLanes(QPainter &p, const Areas &a, const TickSet &t, const LaneLayout &lay) const
{
    const QFontMetricsF fm(m_font);
    for (int l = 0; l < kTimelineLaneCount; ++l) {
        const QRectF band = lay.lanes[l];
        if (l % 2 == 1)
            p.fillRect(QRectF(a.gutter.left(), band.top(), a.gutter.width() + band.width(), band.height()),
                       m_style.laneBand);
        const TimelineLane lane = TimelineLane(l);
        const QColor c = m_palette.laneColor(laneKey(lane));
        // Level with the lane's first row of marks (rows sit in the middle of the band).
        const double cy = band.top() + (band.height() - lay.rows[l] * lay.rowHeight) / 2.0 + lay.rowHeight / 2.0;
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(a.gutter.left() + 4, cy - 5, 10, 10), 2, 2);
        p.setPen(m_style.mutedText);
        p.drawText(QRectF(a.gutter.left() + 18, cy - fm.height() / 2, a.gutter.width() - 20, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(laneTitle(lane), Qt::ElideRight, a.gutter.width() - 20));
    }
    // Grid: a faint line at every labelled unit, stronger at each major one.
    p.setPen(QPen(m_style.grid, 1));
    for (const Tick &tick : t.minor) {
        if (tick.x >= a.lanes.left() && tick.x <= a.lanes.right())
            p.drawLine(QPointF(tick.x, a.lanes.top()), QPointF(tick.x, a.lanes.bottom()));
    }
    p.setPen(QPen(m_style.axis.lighter(m_style.background.lightnessF() < 0.5 ? 70 : 160), 1));
    for (const Tick &tick : t.major) {
        if (tick.x >= a.lanes.left() && tick.x <= a.lanes.right())
            p.drawLine(QPointF(tick.x, a.lanes.top()), QPointF(tick.x, a.lanes.bottom()));
    }
}

namespace {
// A dot, with a salvo's count inside (on a pill when the count is wider than the dot).
void drawDot(QPainter &p, const QRectF &r, const QColor &colour, const QString &count, const QFont &countFont)
{
    p.setPen(QPen(colour.darker(150), 1));
    p.setBrush(colour);
    if (count.isEmpty()) {
        p.drawEllipse(r);
        return;
    }
    const QFontMetricsF fm(countFont);
    const double w = fm.horizontalAdvance(count);
    if (w > r.width() - 2) {
        const QRectF pill(r.center().x() - w / 2 - 3, r.top(), w + 6, r.height());
        p.drawRoundedRect(pill, r.height() / 2, r.height() / 2);
    } else {
        p.drawEllipse(r);
    }
    p.setFont(countFont);
    p.setPen(onColor(colour));
    p.drawText(r.adjusted(-8, 0, 8, 0), Qt::AlignCenter, count);
}

// A range bar: full colour in the middle, fading to nothing over its first and
// last pixels, so its ends read as "somewhere about here". A side cut by the view
// (or an open range) does not fade.
QBrush softEndedBrush(const QColor &colour, double width, bool openStart, bool openEnd)
{
    const double fade = std::min(0.3, kSoftEnd / std::max(1.0, width));
    QLinearGradient grad(0, 0, 1, 0);
    grad.setCoordinateMode(QGradient::ObjectBoundingMode);
    grad.setColorAt(0, withAlpha(colour, openStart ? 0.9 : 0.0));
    grad.setColorAt(fade, withAlpha(colour, 0.9));
    grad.setColorAt(1 - fade, withAlpha(colour, 0.9));
    grad.setColorAt(1, withAlpha(colour, openEnd ? 0.9 : 0.0));
    return QBrush(grad);
}

void drawBadge(QPainter &p, const QRectF &badge, const TimelineStyle &style, const QFont &font)
{
    p.setPen(QPen(style.background, 1));
    p.setBrush(style.badge);
    p.drawEllipse(badge);
    p.setPen(Qt::white);
    p.setFont(font);
    p.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
}
} // namespace

const QImage &TimelineRenderer::sprite(quint64 key, const QSizeF &size, double dpr,
                                       const std::function<void(QPainter &, const QRectF &)> &draw) const
{
    if (dpr != m_spriteDpr) {
        m_sprites.clear();
        m_spriteDpr = dpr;
    }
    auto found = m_sprites.constFind(key);
    if (found != m_sprites.constEnd())
        return *found;
    if (m_sprites.size() > 512)
        m_sprites.clear();
    QImage img((size * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, true);
    draw(p, QRectF(QPointF(0, 0), size));
    p.end();
    return *m_sprites.insert(key, img);
}

void TimelineRenderer::paintMarks(QPainter &p, const Areas &a, const LaneLayout &lay) const
{
    p.save();
    p.setClipRect(a.lanes.adjusted(0, 0, 2, 0));
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(m_font);
    const QFont countFont = scaledFont(m_font, 0.8, true);
    const QFontMetricsF fmCount(countFont);
    // On pixels (screen, PNG) dots and badges are stamped from small pre-drawn
    // images: thousands of antialiased ellipses and counts are what made dense
    // years slow. Vector output (SVG, PDF) keeps real shapes and text.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const double cursorX = m_cursor.isValid()
        ? TimeScale(m_start, m_end, a.lanes.left(), a.lanes.right()).xOfEnd(m_cursor)
        : 1e300;
    const double badgeSize = std::max(8.0, lay.rowHeight * 0.45);
    // Where the last dot of each row was stamped: a dot that would land on the
    // same pixel with the same look changes nothing on screen, so it is skipped
    // (a dense year stacks several launches on one day in one row).
    QVarLengthArray<qint64, 64> lastStamp(kTimelineLaneCount * std::max(1, lay.rows[0] + lay.rows[1] + lay.rows[2] + lay.rows[3]));
    std::fill(lastStamp.begin(), lastStamp.end(), -1);
    double opacity = 1.0;

    for (const MarkGeometry &g : lay.marks) {
        const TimelineItem &it = m_items[g.item];
        const QColor &colour = m_colours[g.item];
        // During playback, launches after the cursor are ghosts of what is to come.
        const double wanted = g.mark.left() > cursorX ? 0.22 : 1.0;
        if (wanted != opacity)
            p.setOpacity(opacity = wanted);
        const QRectF r = g.mark;
        if (g.point) {
            if (raster) {
                // The sprite is wider than the dot when a pill holds the count.
                const double w = std::max(r.width(), m_countWidths[g.item] + 8);
                const QSizeF size(w + 2, r.height() + 2);
                const quint64 key = (quint64(colour.rgba()) << 32) | (quint64(m_countKeys[g.item] & 0x7fff) << 16)
                    | quint64(int(r.height() * 8) & 0xffff);
                const int slot = g.lane * (lastStamp.size() / kTimelineLaneCount) + g.row;
                const qint64 stamp = qint64(std::lround(r.center().x() * 2)) ^ qint64(key << 20);
                const bool same = slot < lastStamp.size() && lastStamp[slot] == stamp && wanted == 1.0
                    && !it.conflict && it.id != m_selectedId;
                if (!same) {
                    const QImage &img = sprite(key, size, dpr, [&](QPainter &sp, const QRectF &box) {
                        drawDot(sp, QRectF(box.center().x() - r.width() / 2, 1, r.width(), r.height()), colour,
                                it.countText, countFont);
                    });
                    // Whole pixels: the raster engine blits those; fractional ones are resampled.
                    p.drawImage(QPoint(int(std::lround(r.center().x() - size.width() / 2)), int(std::lround(r.top() - 1))), img);
                    if (slot < lastStamp.size())
                        lastStamp[slot] = stamp;
                }
            } else {
                drawDot(p, r, colour, it.countText, countFont);
                p.setFont(m_font);
            }
        } else if (g.inference) {
            // An inference, not a date: hatching and a dashed outline, never a solid bar.
            p.setPen(Qt::NoPen);
            p.setBrush(QBrush(withAlpha(colour, 0.85), Qt::BDiagPattern));
            p.drawRect(r);
            p.setPen(QPen(colour, 1.2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0.6, 0.6, -0.6, -0.6));
        } else {
            if (raster && r.width() < 240) {
                // Bars of a kind (a week, early/mid/late in a month) share their width: stamp them.
                const int w = std::max(1, int(std::lround(r.width())));
                const quint64 key = (quint64(colour.rgba()) << 32) | (quint64(w) << 12)
                    | (quint64(int(r.height()) & 0xff) << 2) | (g.openStart ? 1 : 0) | (g.openEnd ? 2 : 0);
                const bool withCount = !it.countText.isEmpty() && r.width() > m_countWidths[g.item] + 2 * kSoftEnd;
                const quint64 barKey = withCount ? key ^ (quint64(m_countKeys[g.item]) << 24) : key;
                const QImage &img = sprite(barKey, QSizeF(w, r.height()), dpr, [&](QPainter &sp, const QRectF &box) {
                    sp.fillRect(box, softEndedBrush(colour, box.width(), g.openStart, g.openEnd));
                    if (withCount) {
                        sp.setFont(countFont);
                        sp.setPen(onColor(colour));
                        sp.drawText(box, Qt::AlignCenter, it.countText);
                    }
                });
                p.drawImage(QPoint(int(std::lround(r.left())), int(std::lround(r.top()))), img);
            } else {
                p.fillRect(r, softEndedBrush(colour, r.width(), g.openStart, g.openEnd));
            }
            if (!(raster && r.width() < 240) && !it.countText.isEmpty()
                && r.width() > m_countWidths[g.item] + 2 * kSoftEnd) {
                p.setFont(countFont);
                p.setPen(onColor(colour));
                p.drawText(r, Qt::AlignCenter, it.countText);
                p.setFont(m_font);
            }
        }

        // The label may not start under the conflict badge, which reaches past the mark.
        double labelShift = 0;
        if (it.conflict) {
            // A small "!" where sources disagree, at the mark's top-right corner.
            const QRectF badge(std::min(r.right(), a.lanes.right()) - badgeSize * 0.45, r.top() - badgeSize * 0.35,
                               badgeSize, badgeSize);
            if (raster) {
                const quint64 key = (quint64(1) << 63) | quint64(int(badgeSize * 8));
                p.drawImage((badge.topLeft() - QPointF(1, 1)).toPoint(),
                            sprite(key, badge.size() + QSizeF(2, 2), dpr, [&](QPainter &sp, const QRectF &box) {
                                drawBadge(sp, box.adjusted(1, 1, -1, -1), m_style, countFont);
                            }));
            } else {
                drawBadge(p, badge, m_style, countFont);
                p.setFont(m_font);
            }
            labelShift = std::max(0.0, badge.right() + 2.0 - g.labelRoom.left());
        }

        if (it.id == m_selectedId) {
            p.setPen(QPen(m_style.highlight, 2.5));
            p.setBrush(Qt::NoBrush);
            if (g.point)
                p.drawEllipse(r.adjusted(-3, -3, 3, 3));
            else
                p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 3, 3);
        }

        // The label, in the room the layout left it: whole, elided, or not at all.
        const double room = g.labelRoom.width() - labelShift;
        if (room >= kMinLabelRoom) {
            const QString text = g.inference ? QCoreApplication::translate("Timeline", "inferred · %1").arg(it.shortLabel) : it.shortLabel;
            // Most labels fit: only measure (and elide) when the estimate says it is close.
            const bool surely = text.size() * m_charWidth * 1.35 < room;
            const QString shown = surely ? text : fm.elidedText(text, Qt::ElideRight, room);
            if (!shown.isEmpty()) {
                p.setPen(it.id == m_selectedId ? m_style.highlight : m_style.text);
                p.drawText(QPointF(g.labelRoom.left() + labelShift, g.labelRoom.center().y() + fm.ascent() / 2 - 1),
                           shown);
            }
        }
    }
    p.setOpacity(1.0);
    p.restore();
}

void TimelineRenderer::paintAxis(QPainter &p, const Areas &a, const TickSet &t) const
{
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    p.setPen(QPen(m_style.axis, 1.2));
    p.drawLine(QPointF(a.axis.left(), a.axis.top() + 0.5), QPointF(a.axis.right(), a.axis.top() + 0.5));
    const double minorBase = a.axis.top() + 4 + fm.ascent();
    for (const Tick &tick : t.minor) {
        if (tick.x >= a.axis.left() && tick.x <= a.axis.right()) {
            p.setPen(QPen(m_style.axis, 1));
            p.drawLine(QPointF(tick.x, a.axis.top()), QPointF(tick.x, a.axis.top() + 4));
        }
        if (!tick.label.isEmpty()) {
            p.setPen(m_style.mutedText);
            p.drawText(QPointF(tick.labelX, minorBase), tick.label);
        }
    }
    p.setFont(bold);
    const double majorBase = minorBase + fm.height() + 2;
    for (const Tick &tick : t.major) {
        if (tick.x >= a.axis.left() && tick.x <= a.axis.right()) {
            p.setPen(QPen(m_style.axis, 1.5));
            p.drawLine(QPointF(tick.x, a.axis.top()), QPointF(tick.x, majorBase));
        }
        if (!tick.label.isEmpty()) {
            p.setPen(m_style.text);
            p.drawText(QPointF(tick.labelX, majorBase), tick.label);
        }
    }
    p.setFont(m_font);
}

void TimelineRenderer::paintCursor(QPainter &p, const Areas &a, const TimeScale &s) const
{
    if (!m_cursor.isValid())
        return;
    const double x = s.xOfEnd(m_cursor);
    if (x < a.lanes.left() || x > a.lanes.right())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(m_style.cursor, 2));
    p.drawLine(QPointF(x, a.lanes.top()), QPointF(x, a.axis.top()));
    const QString label = DateText::day(m_cursor);
    const QFontMetricsF fm(m_font);
    const double w = fm.horizontalAdvance(label) + 8;
    const QRectF tag(std::clamp(x - w / 2, a.lanes.left(), a.lanes.right() - w), a.lanes.top(), w, fm.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(m_style.cursor);
    p.drawRoundedRect(tag, 3, 3);
    p.setPen(onColor(m_style.cursor));
    p.drawText(tag, Qt::AlignCenter, label);
    p.restore();
}

QString TimelineRenderer::launchAt(const QPointF &pos, const QRectF &rect) const
{
    const LaneLayout &lay = layout(rect);
    if (!areas(rect).lanes.adjusted(-2, 0, 2, 0).contains(pos))
        return {};
    // Marks first (topmost last), then labels: a label is a handle too.
    for (int i = int(lay.marks.size()) - 1; i >= 0; --i) {
        if (lay.marks[i].mark.adjusted(-3, -3, 3, 3).contains(pos))
            return m_items[lay.marks[i].item].id;
    }
    for (const MarkGeometry &g : lay.marks) {
        if (g.labelRoom.width() < kMinLabelRoom)
            continue;
        const double w = std::min(g.labelRoom.width(), m_items[g.item].shortLabel.size() * m_charWidth * 1.1);
        if (QRectF(g.labelRoom.left(), g.labelRoom.top(), w, g.labelRoom.height()).contains(pos))
            return m_items[g.item].id;
    }
    return {};
}

QRectF TimelineRenderer::markRect(const QString &launchId, const QRectF &rect) const
{
    const int item = indexOf(launchId);
    if (item < 0)
        return {};
    const LaneLayout &lay = layout(rect);
    const int m = lay.markOfItem(item);
    return m < 0 ? QRectF() : lay.marks[m].mark;
}

QDate TimelineRenderer::stripMonthAt(const QPointF &pos, const QRectF &rect) const
{
    const Areas a = areas(rect);
    if (!m_showStrip || !a.strip.contains(pos))
        return {};
    return MonthStrip::monthAt(m_months, a.strip, pos.x());
}

} // namespace atlas
