#include "render/timeline/UndatedColumn.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace atlas {

int UndatedColumn::count(const TimelineItems &items)
{
    int n = 0;
    for (const TimelineItem &it : items)
        n += isUndated(it);
    return n;
}

void UndatedColumn::paint(QPainter &p, const QRectF &rect, const TimelineItems &items, const TimelineStyle &style,
                          const QString &selectedId)
{
    p.save();
    p.setClipRect(rect);
    p.setPen(QPen(style.grid, 1));
    p.drawLine(rect.topLeft(), rect.bottomLeft());
    QFont bold = style.font;
    bold.setBold(true);
    const QFont small = scaledFont(style.font, 0.9);
    QFont italic = small;
    italic.setItalic(true);
    const QFontMetricsF fm(style.font), fmSmall(small);
    const double left = rect.left() + 8, width = rect.width() - 12;
    double y = rect.top() + 2;

    p.setFont(bold);
    p.setPen(style.text);
    p.drawText(QRectF(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Timeline", "Undated (%1)").arg(count(items)));
    y += fm.height() + 4;

    for (const TimelineItem &it : items) {
        if (!isUndated(it))
            continue;
        const int lines = 2 + (it.inferred ? 1 : 0);
        const double h = fm.height() + (lines - 1) * fmSmall.height() + 6;
        if (y + h > rect.bottom()) {
            p.setFont(small);
            p.setPen(style.mutedText);
            p.drawText(QRectF(left, y, width, fmSmall.height()), Qt::AlignLeft, QStringLiteral("…"));
            break;
        }
        if (it.id == selectedId) {
            QColor band = style.highlight;
            band.setAlphaF(0.15f);
            p.fillRect(QRectF(rect.left() + 2, y - 2, rect.width() - 4, h), band);
        }
        p.setFont(style.font);
        p.setPen(style.text);
        p.drawText(QPointF(left, y + fm.ascent()), fm.elidedText(it.dateText, Qt::ElideRight, width));
        double line = y + fm.height();
        p.setFont(small);
        p.setPen(style.mutedText);
        p.drawText(QPointF(left, line + fmSmall.ascent()), fmSmall.elidedText(it.whatText, Qt::ElideRight, width));
        line += fmSmall.height();
        if (it.inferred) {
            p.setFont(italic);
            p.setPen(style.inference);
            p.drawText(QPointF(left, line + fmSmall.ascent()),
                       fmSmall.elidedText(QCoreApplication::translate("Timeline", "%1 (context)").arg(it.inferredText),
                                          Qt::ElideRight, width));
        }
        y += h;
    }
    p.restore();
}

} // namespace atlas
