#pragma once
// The stance badge: a rounded chip in the stance's colour with the stance word
// on it, so colour is never the only cue. Colours come from the style table
// resources/styles/stances.json, as do the article view's highlight colours per
// evidence kind. Paints on any QPainter (panel, legend, export).
#include "model/Reaction.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRect>
#include <QString>

class QPainter;

namespace atlas {

class StanceStyle {
public:
    // The bundled table; anything it does not name is grey.
    static const StanceStyle &bundled();
    static StanceStyle fromJson(const QByteArray &json, bool print = false);

    QColor fill(Stance s) const;
    QColor textColor(Stance s) const;
    // Highlight colour for an Evidence.field ("date", "site", "reaction", ...).
    QColor evidenceColor(const QString &kind) const;

private:
    QHash<QString, QColor> m_fill;
    QHash<QString, QColor> m_text;
    QHash<QString, QColor> m_evidence;
};

namespace StanceBadge {
// The word shown on the badge, translated for the user; stanceName() stays the identifier.
QString displayWord(Stance s);
// What the stance means, in the reader's language (model stanceDescription() is English).
QString description(Stance s);
// Size of the badge for this stance in this font.
QSize sizeHint(Stance s, const QFont &font);
// Paints the badge with its top-left at topLeft; returns the rectangle used.
QRect paint(QPainter *painter, const QPoint &topLeft, Stance s, const QFont &font,
            const StanceStyle &style = StanceStyle::bundled());
} // namespace StanceBadge

} // namespace atlas
