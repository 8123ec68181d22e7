#include "model/Reaction.h"

namespace atlas {

QList<Stance> allStances()
{
    return {Stance::Condemn, Stance::Protest,     Stance::Concern,     Stance::Urge,
            Stance::Support, Stance::Acknowledge, Stance::Cooperation, Stance::Dialogue};
}

QString stanceName(Stance s)
{
    switch (s) {
    case Stance::Condemn: return QStringLiteral("condemn");
    case Stance::Protest: return QStringLiteral("protest");
    case Stance::Concern: return QStringLiteral("concern");
    case Stance::Urge: return QStringLiteral("urge");
    case Stance::Support: return QStringLiteral("support");
    case Stance::Acknowledge: return QStringLiteral("acknowledge");
    case Stance::Cooperation: return QStringLiteral("cooperation");
    case Stance::Dialogue: return QStringLiteral("dialogue");
    }
    return {};
}

bool stanceFromName(const QString &name, Stance *out)
{
    for (Stance s : allStances()) {
        if (stanceName(s) == name) {
            if (out)
                *out = s;
            return true;
        }
    }
    return false;
}

QString stanceDescription(Stance s)
{
    switch (s) {
    case Stance::Condemn: return QStringLiteral("condemned, denounced or called it a violation");
    case Stance::Protest: return QStringLiteral("lodged a formal protest");
    case Stance::Concern: return QStringLiteral("expressed concern or alarm");
    case Stance::Urge: return QStringLiteral("urged North Korea to halt or refrain");
    case Stance::Support: return QStringLiteral("sympathy, backing or justification");
    case Stance::Acknowledge: return QStringLiteral("confirmed, detected or reported, without judgement");
    case Stance::Cooperation: return QStringLiteral("reaffirmed an alliance or coordination");
    case Stance::Dialogue: return QStringLiteral("offered or called for talks");
    }
    return {};
}

} // namespace atlas
