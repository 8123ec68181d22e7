#include "render/ReactionsRenderer.h"

#include "render/PictureContent.h"
#include "render/PlaceNames.h"
#include "render/StanceBadge.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QSet>
#include <algorithm>

namespace atlas {

namespace {
// lupdate sees tr() only through a class; this one carries the context name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(atlas::ReactionsRenderer)
};
} // namespace

QVector<CountryStances> ReactionsRenderer::summarise(const PictureContent &content)
{
    QVector<CountryStances> rows;
    if (!content.catalog)
        return rows;
    QSet<QString> shown;
    for (const LaunchEvent *l : content.launches())
        shown.insert(l->id);
    QHash<QString, QHash<int, int>> counts;
    for (const Reaction &r : content.catalog->reactions) {
        bool in = shown.contains(r.launchId);
        if (!in && r.launchId.isEmpty()) {
            const Article *a = content.catalog->article(r.articleId);
            const QDate d = a ? a->publicationDate : QDate();
            in = d.isValid() ? (!content.from.isValid() || d >= content.from) && (!content.to.isValid() || d <= content.to)
                             : !content.from.isValid() && !content.to.isValid();
        }
        if (in)
            ++counts[r.actor.isEmpty() ? Text::tr("Unnamed") : r.actor][int(r.stance)];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        CountryStances row;
        row.country = it.key();
        for (Stance s : allStances()) {
            const int n = it.value().value(int(s));
            if (n > 0) {
                row.stances.append({s, n});
                row.total += n;
            }
        }
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const CountryStances &a, const CountryStances &b) {
        return a.total != b.total ? a.total > b.total : a.country < b.country;
    });
    return rows;
}

ReactionsRenderer::ReactionsRenderer(const QVector<CountryStances> &rows, Theme theme, const QFont &font)
    : m_rows(rows), m_theme(theme), m_font(font)
{
}

QString ReactionsRenderer::heading() const
{
    int statements = 0;
    for (const CountryStances &r : m_rows)
        statements += r.total;
    if (m_rows.isEmpty())
        return Text::tr("Reactions: none reported in these articles");
    const int countries = int(m_rows.size());
    return (statements == 1 ? Text::tr("Reactions: %n statement", nullptr, 1) : Text::tr("Reactions: %n statements", nullptr, statements))
           + (countries == 1 ? Text::tr(" from %n country", nullptr, 1) : Text::tr(" from %n countries", nullptr, countries));
}

double ReactionsRenderer::rowHeight() const
{
    const QFontMetricsF fm(m_font);
    return std::max<double>(fm.height(), StanceBadge::sizeHint(Stance::Condemn, m_font).height()) + fm.height() * 0.35;
}

double ReactionsRenderer::heightFor(double) const
{
    const QFontMetricsF fm(m_font);
    return fm.height() * 1.4 + rowHeight() * std::max<qsizetype>(1, m_rows.size());
}

int ReactionsRenderer::paint(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);
    const QColor text = PictureScene::textColor(m_theme);
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    p.setFont(bold);
    p.setPen(text);
    double y = rect.top();
    p.drawText(QPointF(rect.left(), y + fmBold.ascent()), fmBold.elidedText(heading(), Qt::ElideRight, rect.width()));
    y += fm.height() * 1.4;

    const double rh = rowHeight();
    double countryWidth = 0;
    for (const CountryStances &r : m_rows)
        countryWidth = std::max(countryWidth, fmBold.horizontalAdvance(PlaceNames::place(r.country)));
    countryWidth = std::min(countryWidth + fm.height() * 0.6, rect.width() * 0.4);

    int painted = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool last = i == m_rows.size() - 1;
        // Keep a line for "and N more" unless this is the last row.
        if (y + rh * (last ? 1 : 2) > rect.bottom() + 0.5) {
            p.setFont(m_font);
            p.setPen(text);
            p.drawText(QPointF(rect.left(), y + fm.ascent()),
                       (m_rows.size() - i == 1 ? Text::tr("… and %n more country", nullptr, 1) : Text::tr("… and %n more countries", nullptr, int(m_rows.size() - i))));
            break;
        }
        const CountryStances &r = m_rows.at(i);
        p.setFont(bold);
        p.setPen(text);
        const double badgeH = StanceBadge::sizeHint(Stance::Condemn, m_font).height();
        const double baseline = y + (badgeH - fmBold.height()) / 2 + fmBold.ascent();
        p.drawText(QPointF(rect.left(), baseline), fmBold.elidedText(PlaceNames::place(r.country), Qt::ElideRight, countryWidth - 4));
        double x = rect.left() + countryWidth;
        for (const auto &[stance, n] : r.stances) {
            const QSize badge = StanceBadge::sizeHint(stance, m_font);
            const QString count = QStringLiteral("×%1").arg(n);
            const double w = badge.width() + fm.horizontalAdvance(count) + fm.height() * 0.7;
            if (x + w > rect.right() + 0.5)
                break; // the row's total is still in the heading; a narrow page shows the leading stances
            StanceBadge::paint(&p, QPoint(int(x), int(y)), stance, m_font);
            p.setFont(m_font);
            p.setPen(text);
            p.drawText(QPointF(x + badge.width() + fm.height() * 0.2, baseline), count);
            x += w;
        }
        y += rh;
        ++painted;
    }
    p.restore();
    return painted;
}

} // namespace atlas
