#pragma once
// A diplomatic reaction: who said what of which launch, and in what spirit.
#include "model/Evidence.h"
#include "model/FuzzyDate.h"

#include <QString>

namespace atlas {

// The closed stance vocabulary (shared/README.md).
enum class Stance { Condemn, Protest, Concern, Urge, Support, Acknowledge, Cooperation, Dialogue };
QString stanceName(Stance s);                 // "condemn", ...
bool stanceFromName(const QString &name, Stance *out);
QList<Stance> allStances();
QString stanceDescription(Stance s);          // plain words for students and legends

struct Reaction {
    QString id;
    QString launchId;   // the launch it answers; empty when none could be linked
    QString articleId;
    QString actor;      // a country: "South Korea", "Japan", "United States", ...
    QString person;     // "Choi Sang-mok"; empty when an office speaks
    QString role;       // "Acting President", "Foreign Office", ...
    Stance stance = Stance::Acknowledge;
    QString quote;      // the quoted words, as given, without the quote marks
    FuzzyDate date;     // when said, where the text says
    EvidenceList evidence;
};

} // namespace atlas
