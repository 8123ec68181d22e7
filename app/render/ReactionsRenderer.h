#pragma once
// The reactions as a picture: for each country that reacted to the launches
// shown, how many statements of each stance, as the stance badges of the
// reactions panel with their counts. Countries with most statements first.
// Paints on any QPainter (the briefing page, the "reactions" export).
#include "render/ClassPalette.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace atlas {
struct PictureContent;
enum class Stance;

struct CountryStances {
    QString country;
    int total = 0;
    QVector<QPair<Stance, int>> stances; // in the vocabulary's order, counts > 0
};

class ReactionsRenderer {
public:
    // Reactions to the launches shown, and unlinked reactions in articles
    // published within the range.
    static QVector<CountryStances> summarise(const PictureContent &content);

    ReactionsRenderer(const QVector<CountryStances> &rows, Theme theme, const QFont &font);
    // The height the rows need at this width.
    double heightFor(double width) const;
    // Paints what fits in rect (a last line says how many countries did not fit);
    // returns the number of countries painted.
    int paint(QPainter &p, const QRectF &rect) const;
    // The heading line ("Reactions: 12 statements from 4 countries").
    QString heading() const;

private:
    double rowHeight() const;
    QVector<CountryStances> m_rows;
    Theme m_theme;
    QFont m_font;
};

} // namespace atlas
