#include "extract/reaction/TalksInUrge.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"
#include "extract/reaction/WordChecks.h"

#include <QRegularExpression>
#include <algorithm>

namespace atlas::reaction {

// "urged North Korea to halt ... and to return to serious talks", "... and to
// engage in meaningful dialogue": an urge that also asks for talks calls for
// dialogue, however long the first demand (the dialogue pattern looks only 100
// characters past its verb). Added as a trigger of its own at "to return".
void addTalksAskedInUrges(const QString &s, QVector<StanceTrigger> &out)
{
    static const ReaderPattern talks = ci(
        "\\band\\s+((?:to\\s+)?(?:re-?engage|engage|return|come\\s+back|go\\s+back|resume|enter|pursue|hold)\\s+"
        "(?:in\\s+|to\\s+|into\\s+)?(?:[\\w-]+\\s+){0,3}?(?:dialogue|talks|negotiations|negotiating\\s+table|diplomacy))\\b");
    static const reaction::AsciiWordSet talkWords{"dialogue", "talks", "negotiations", "negotiating", "diplomacy"};
    const int count = int(out.size());
    for (int i = 0; i < count; ++i) {
        const StanceTrigger u = out[i];
        if (u.stance != Stance::Urge || u.form != StanceTrigger::Active)
            continue;
        int stop = u.end;
        while (stop < s.size() && !QStringLiteral(".;!?").contains(s.at(stop)))
            ++stop;
        const QStringView rest = QStringView(s).mid(u.end, stop - u.end);
        if (!talkWords.maybeIn(rest))
            continue;
        const auto m = talks.match(rest);
        if (!m.hasMatch())
            continue;
        const int start = u.end + int(m.capturedStart(1)), end = u.end + int(m.capturedEnd(1));
        const bool dialogueThere = std::any_of(out.begin(), out.end(), [&](const StanceTrigger &o) {
            return o.stance == Stance::Dialogue && o.start >= u.start && o.start < end;
        });
        if (dialogueThere)
            continue;
        StanceTrigger d;
        d.stance = Stance::Dialogue;
        d.start = start;
        d.end = end;
        out << d;
    }
}

} // namespace atlas::reaction
