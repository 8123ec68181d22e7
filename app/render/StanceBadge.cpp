#include "render/StanceBadge.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

namespace atlas {

namespace {
const QColor kGrey(0x88, 0x88, 0x88);
constexpr int kPadX = 6;
constexpr int kPadY = 2;
} // namespace

const StanceStyle &StanceStyle::bundled()
{
    static const StanceStyle style = [] {
        QFile f(QStringLiteral(":/atlas/styles/stances.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : StanceStyle();
    }();
    return style;
}

StanceStyle StanceStyle::fromJson(const QByteArray &json, bool print)
{
    StanceStyle s;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject stances = root.value(QStringLiteral("stances")).toObject();
    const QString key = print ? QStringLiteral("print") : QStringLiteral("screen");
    for (auto it = stances.begin(); it != stances.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QColor fill(o.value(key).toString());
        const QColor text(o.value(QStringLiteral("text")).toString());
        if (fill.isValid())
            s.m_fill.insert(it.key(), fill);
        if (text.isValid())
            s.m_text.insert(it.key(), text);
    }
    const QJsonObject evidence = root.value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        const QColor c(it.value().toString());
        if (c.isValid())
            s.m_evidence.insert(it.key(), c);
    }
    return s;
}

QColor StanceStyle::fill(Stance s) const { return m_fill.value(stanceName(s), kGrey); }

QColor StanceStyle::textColor(Stance s) const { return m_text.value(stanceName(s), Qt::white); }

QColor StanceStyle::evidenceColor(const QString &kind) const
{
    return m_evidence.value(kind, m_evidence.value(QStringLiteral("other"), QColor(0xE0, 0xE0, 0xE0)));
}

namespace StanceBadge {

QString displayWord(Stance s)
{
    switch (s) {
    case Stance::Condemn: return QCoreApplication::translate("StanceBadge", "condemn");
    case Stance::Protest: return QCoreApplication::translate("StanceBadge", "protest");
    case Stance::Concern: return QCoreApplication::translate("StanceBadge", "concern");
    case Stance::Urge: return QCoreApplication::translate("StanceBadge", "urge");
    case Stance::Support: return QCoreApplication::translate("StanceBadge", "support");
    case Stance::Acknowledge: return QCoreApplication::translate("StanceBadge", "acknowledge");
    case Stance::Cooperation: return QCoreApplication::translate("StanceBadge", "cooperation");
    case Stance::Dialogue: return QCoreApplication::translate("StanceBadge", "dialogue");
    }
    return stanceName(s);
}

QString description(Stance s)
{
    switch (s) {
    case Stance::Condemn: return QCoreApplication::translate("StanceBadge", "condemned, denounced or called it a violation");
    case Stance::Protest: return QCoreApplication::translate("StanceBadge", "lodged a formal protest");
    case Stance::Concern: return QCoreApplication::translate("StanceBadge", "expressed concern or alarm");
    case Stance::Urge: return QCoreApplication::translate("StanceBadge", "urged North Korea to halt or refrain");
    case Stance::Support: return QCoreApplication::translate("StanceBadge", "sympathy, backing or justification");
    case Stance::Acknowledge:
        return QCoreApplication::translate("StanceBadge", "confirmed, detected or reported, without judgement");
    case Stance::Cooperation: return QCoreApplication::translate("StanceBadge", "reaffirmed an alliance or coordination");
    case Stance::Dialogue: return QCoreApplication::translate("StanceBadge", "offered or called for talks");
    }
    return stanceDescription(s);
}

QSize sizeHint(Stance s, const QFont &font)
{
    const QFontMetrics fm(font);
    return {fm.horizontalAdvance(displayWord(s)) + 2 * kPadX, fm.height() + 2 * kPadY};
}

QRect paint(QPainter *painter, const QPoint &topLeft, Stance s, const QFont &font, const StanceStyle &style)
{
    const QRect rect(topLeft, sizeHint(s, font));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath chip;
    chip.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2.0, rect.height() / 2.0);
    painter->fillPath(chip, style.fill(s));
    painter->setFont(font);
    painter->setPen(style.textColor(s));
    painter->drawText(rect, Qt::AlignCenter, displayWord(s));
    painter->restore();
    return rect;
}

} // namespace StanceBadge

} // namespace atlas
