#include "render/BriefingComposer.h"

#include "render/DateText.h"
#include "render/MapRenderer.h"
#include "render/ReactionsRenderer.h"
#include "render/TimelineRenderer.h"
#include "render/map/MapDecorations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace atlas {

namespace {
// lupdate sees tr() only through a class; this one carries the context name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(atlas::BriefingComposer)
};

QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

// Word-wrapped text from the top of r, line by line (each line one text item, so
// SVG and PDF keep it as text); returns the height used. Stops at r's bottom.
double drawWrapped(QPainter &p, const QRectF &r, const QString &text, const QFont &font)
{
    QTextLayout layout(text, font, p.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    const QFontMetricsF fm(font, p.device());
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(r.width());
        if (y + fm.height() > r.height() + 0.5) {
            layout.endLayout();
            return y;
        }
        line.setPosition(QPointF(0, y));
        y += fm.height();
    }
    layout.endLayout();
    layout.draw(&p, r.topLeft());
    return y;
}
} // namespace

BriefingComposer::BriefingComposer(const PictureContent &content, Theme theme) : m_content(content), m_theme(theme) {}

QString BriefingComposer::defaultTitle(const PictureContent &c)
{
    int first = 0, last = 0;
    if (c.from.isValid() && c.to.isValid()) {
        first = c.from.year();
        last = c.to.year();
    } else {
        for (const LaunchEvent *l : c.launches()) {
            if (!l->date.isKnown())
                continue;
            first = first ? std::min(first, l->date.earliest.year()) : l->date.earliest.year();
            last = std::max(last, l->date.latest.year());
        }
    }
    if (!first)
        return Text::tr("North Korean missile launches");
    if (first == last)
        return Text::tr("North Korean missile launches, %1").arg(first);
    return Text::tr("North Korean missile launches, %1–%2").arg(first).arg(last);
}

QString BriefingComposer::defaultSubtitle(const PictureContent &c)
{
    const QVector<const LaunchEvent *> launches = c.launches();
    const int articles = int(c.sources().size());
    const int shown = int(launches.size());
    QString s = (shown == 1 ? Text::tr("%n launch reported", nullptr, 1) : Text::tr("%n launches reported", nullptr, shown)) + QLatin1Char(' ')
                + (articles == 1 ? Text::tr("in %n article", nullptr, 1) : Text::tr("in %n articles", nullptr, articles));
    QDate lo, hi;
    int undated = 0;
    for (const LaunchEvent *l : launches) {
        if (!l->date.isKnown()) {
            ++undated;
            continue;
        }
        if (!lo.isValid() || l->date.earliest < lo)
            lo = l->date.earliest;
        if (!hi.isValid() || l->date.latest > hi)
            hi = l->date.latest;
    }
    if (lo.isValid())
        s += QStringLiteral(" · ") + (lo == hi ? DateText::day(lo) : DateText::day(lo) + QStringLiteral(" – ") + DateText::day(hi));
    if (undated)
        s += QStringLiteral(" · ") + Text::tr("%n without a date", nullptr, undated);
    if (const LaunchEvent *sel = c.catalog && !c.selectedId.isEmpty() ? c.catalog->launch(c.selectedId) : nullptr)
        s += QStringLiteral(" · ") + Text::tr("highlighted: %1").arg(DateText::launchLabel(*sel));
    return s;
}

QString BriefingComposer::title() const { return m_content.title.isEmpty() ? defaultTitle(m_content) : m_content.title; }
QString BriefingComposer::subtitle() const
{
    return m_content.subtitle.isEmpty() ? defaultSubtitle(m_content) : m_content.subtitle;
}

QString BriefingComposer::asOfText() const
{
    const QDate asOf = m_content.dataAsOf();
    return asOf.isValid() ? Text::tr("As of %1").arg(DateText::day(asOf)) : Text::tr("As of: no dated source");
}

QStringList BriefingComposer::notes() const
{
    int estimates = 0, uncertainSites = 0;
    for (const LaunchEvent *l : m_content.launches()) {
        if (l->site.isLocated() && l->distanceKm.isValid())
            ++estimates;
        if (l->site.isLocated() && l->site.uncertaintyKm > 0)
            ++uncertainSites;
    }
    QStringList out;
    out << Text::tr("Approximate values: splashdown points are ESTIMATES (reported distance on the likeliest bearing, "
              "with its uncertainty sector), not reported coordinates (%1 of the launches shown).")
               .arg(estimates);
    out << Text::tr("The Japanese zone is an approximate 200-nautical-mile outline, not the legal EEZ.");
    if (uncertainSites)
        out << (uncertainSites == 1 ? Text::tr("%n site known only to a county or province is drawn as a disc, not a pin.", nullptr, 1) : Text::tr("%n sites known only to a county or province are drawn as discs, not pins.", nullptr, uncertainSites));
    out << Text::tr("Dates are as precise as the sources: a bar spans a week or month when no day is given.");
    return out;
}

QString BriefingComposer::attribution() const
{
    return Text::tr("Data: launches and reactions extracted by Launch Atlas from the news articles listed, as they "
              "state them. Map: %1").arg(MapDecorations::attributionText());
}

QStringList BriefingComposer::sourceLines() const
{
    QStringList out;
    for (const Article *a : m_content.sources()) {
        QString line = a->displayName();
        QStringList where;
        if (!a->outlet.isEmpty())
            where << a->outlet;
        where << (a->publicationDate.isValid() ? DateText::day(a->publicationDate) : Text::tr("date unknown"));
        line += QStringLiteral(" — ") + where.join(QStringLiteral(", "));
        out << line;
    }
    return out;
}

BriefingComposer::Layout BriefingComposer::layout(const QSizeF &page) const
{
    Layout L;
    L.page = QRectF(QPointF(0, 0), page);
    L.font = PictureScene::baseFont(page);
    const QFontMetricsF fm(L.font);
    const double lh = fm.height();
    const double m = std::max(12.0, lh * 1.6);
    const double gap = lh * 0.9;
    const QRectF inner = L.page.adjusted(m, m, -m, -m);

    const QFontMetricsF fmTitle(scaled(L.font, 2.3, true));
    const QFontMetricsF fmSub(scaled(L.font, 1.15));
    const double asOfWidth = QFontMetricsF(scaled(L.font, 1.0, true)).horizontalAdvance(asOfText()) + lh;
    L.title = QRectF(inner.left(), inner.top(), inner.width() - asOfWidth - lh * 0.5, fmTitle.height());
    L.asOf = QRectF(inner.right() - asOfWidth, inner.top(), asOfWidth, fmTitle.height());
    L.subtitle = QRectF(inner.left(), L.title.bottom() + lh * 0.2, inner.width(), fmSub.height());

    // Footer: the notes and the attribution, in a smaller font, wrapped over the full width.
    const QFont small = scaled(L.font, 0.82);
    const QFontMetricsF fmSmall(small);
    const double charsPerLine = std::max(20.0, inner.width() / std::max(1.0, fmSmall.averageCharWidth()));
    int lines = 0;
    for (const QString &n : notes() + QStringList{attribution()})
        lines += int(std::ceil(n.size() * 1.08 / charsPerLine));
    const double notesHeight = lines * fmSmall.height() + lh * 0.3;
    L.notes = QRectF(inner.left(), inner.bottom() - notesHeight, inner.width(), notesHeight);

    const QRectF body(inner.left(), L.subtitle.bottom() + gap, inner.width(), L.notes.top() - gap - (L.subtitle.bottom() + gap));
    const double leftWidth = std::round(body.width() * 0.66);
    const QRectF left(body.left(), body.top(), leftWidth, body.height());
    const QRectF right(left.right() + gap, body.top(), body.right() - left.right() - gap, body.height());
    L.map = QRectF(left.left(), left.top(), left.width(), std::round(left.height() * 0.64));
    L.timeline = QRectF(left.left(), L.map.bottom() + gap, left.width(), left.bottom() - L.map.bottom() - gap);

    // The legend panel, at the top of the right column (MapDecorations places it
    // at its target's top right, with its own margin).
    MapRenderer map;
    PictureScene::setUpMap(map, m_content, m_theme, L.map, L.font);
    MapDecorations decorations(map.style(), map.palette(), scaled(L.font, 1.2));
    const QRectF legendTarget(right.left(), right.top(), right.width(), right.height());
    L.legend = decorations.legendRect(legendTarget, map.legendContent());
    if (!L.legend.isEmpty())
        L.legend.moveLeft(right.left()); // flush with the column
    const double afterLegend = L.legend.isEmpty() ? right.top() : L.legend.bottom() + gap;

    const ReactionsRenderer reactions(ReactionsRenderer::summarise(m_content), m_theme, L.font);
    const double rest = right.bottom() - afterLegend;
    const double reactionsHeight = std::min(reactions.heightFor(right.width()), rest * 0.5);
    L.reactions = QRectF(right.left(), afterLegend, right.width(), reactionsHeight);
    L.sources = QRectF(right.left(), L.reactions.bottom() + gap, right.width(), right.bottom() - L.reactions.bottom() - gap);
    return L;
}

void BriefingComposer::paint(QPainter &p, const QSizeF &page) const
{
    const Layout L = layout(page);
    const QColor text = PictureScene::textColor(m_theme);
    p.save();
    p.fillRect(L.page, PictureScene::pageColor(m_theme));

    p.setPen(text);
    const QFont titleFont = scaled(L.font, 2.3, true);
    p.setFont(titleFont);
    p.drawText(L.title, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(titleFont).elidedText(title(), Qt::ElideRight, L.title.width()));
    const QFont asOfFont = scaled(L.font, 1.0, true);
    p.setFont(asOfFont);
    p.drawText(L.asOf, Qt::AlignRight | Qt::AlignVCenter, asOfText());
    const QFont subFont = scaled(L.font, 1.15);
    p.setFont(subFont);
    p.setPen(text.lighter(m_theme == Theme::Print ? 150 : 170));
    p.drawText(L.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(subFont).elidedText(subtitle(), Qt::ElideRight, L.subtitle.width()));

    // The map, without its own legend, caption and attribution: the page has them.
    MapRenderer map;
    PictureScene::setUpMap(map, m_content, m_theme, L.map, L.font);
    MapOptions mapOptions = map.options();
    mapOptions.legend = false;
    mapOptions.caption = false;
    mapOptions.attribution = false;
    map.setOptions(mapOptions);
    p.save();
    map.paint(p, L.map);
    p.restore();
    const QColor frame = m_theme == Theme::Print ? QColor(0x55, 0x55, 0x55) : QColor(0x9A, 0xA3, 0xAD);
    p.setPen(QPen(frame, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(L.map);

    TimelineRenderer timeline(m_theme);
    PictureScene::setUpTimeline(timeline, m_content, m_theme, L.font, true);
    p.save();
    timeline.paint(p, L.timeline);
    p.restore();

    if (!L.legend.isEmpty()) {
        MapDecorations decorations(map.style(), map.palette(), scaled(L.font, 1.2));
        // legendRect() places the panel at its target's top right: find the
        // target that puts it where the layout says.
        const QRectF probe = decorations.legendRect(QRectF(0, 0, 1000, 1000), map.legendContent());
        const QRectF target(L.legend.left() - probe.left(), L.legend.top() - probe.top(), 1000, 1000);
        p.save();
        decorations.paintLegend(p, target, map.legendContent());
        p.setPen(QPen(frame, 1));
        p.setBrush(Qt::NoBrush);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.drawRoundedRect(L.legend, 4, 4);
        p.restore();
    }

    const ReactionsRenderer reactions(ReactionsRenderer::summarise(m_content), m_theme, L.font);
    reactions.paint(p, L.reactions);
    paintSources(p, L.sources, L.font);
    paintNotes(p, L.notes, scaled(L.font, 0.82));
    p.restore();
}

int BriefingComposer::paintSources(QPainter &p, const QRectF &r, const QFont &font) const
{
    const QStringList lines = sourceLines();
    const QColor text = PictureScene::textColor(m_theme);
    const QFontMetricsF fm(font);
    QFont bold = font;
    bold.setBold(true);
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(text);
    p.setFont(bold);
    double y = r.top();
    const int count = int(lines.size());
    p.drawText(QPointF(r.left(), y + fm.ascent()), count == 1 ? Text::tr("Sources (%n article)", nullptr, 1) : Text::tr("Sources (%n articles)", nullptr, count));
    y += fm.height() * 1.4;
    const QFont small = scaled(font, 0.9);
    const QFontMetricsF fms(small);
    p.setFont(small);
    int painted = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        if (y + fms.height() * (last ? 1 : 2) > r.bottom() + 0.5) {
            // Honest about what did not fit: the full list is in the data export.
            p.drawText(QPointF(r.left(), y + fms.ascent()),
                       Text::tr("… and %n more (all are listed by File → Export data)", nullptr, int(lines.size() - i)));
            break;
        }
        // Long titles wrap to a second line rather than lose their outlet and date.
        const QString line = QStringLiteral("%1. %2").arg(i + 1).arg(lines.at(i));
        const double room = r.bottom() - y - (last ? 0 : fms.height());
        y += drawWrapped(p, QRectF(r.left(), y, r.width(), std::min(room, fms.height() * 2)), line, small);
        y += fms.height() * 0.25;
        ++painted;
    }
    p.restore();
    return painted;
}

void BriefingComposer::paintNotes(QPainter &p, const QRectF &r, const QFont &font) const
{
    p.save();
    p.setPen(PictureScene::textColor(m_theme).lighter(m_theme == Theme::Print ? 140 : 160));
    double y = r.top();
    for (const QString &n : notes() + QStringList{attribution()})
        y += drawWrapped(p, QRectF(r.left(), y, r.width(), r.bottom() - y), n, font);
    p.restore();
}

} // namespace atlas
