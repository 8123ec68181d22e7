#pragma once
// The words of a sentence as the actor lexicon (ActorLexicon::find) compares
// them with its terms: split at spaces and dashes ("zone—were"), never inside
// "U.S." or "Cho Tae-yul", each with the spans a term's word may equal:
// "(U.S.," -> raw "U.S.," (leading marks dropped), core "U.S.", bare "U.S";
// "Japan’s" -> core "Japan", possessive.
#include <QStringView>

#include <vector>

namespace atlas::reaction {

struct ActorToken {
    int start = 0;
    int rawEnd = 0;
    int coreEnd = 0;
    int bareEnd = 0; // core without a final full stop
    bool possessive = false;
};

// The words of text, in order (a word that is only marks is none).
void actorTokens(QStringView text, std::vector<ActorToken> *out);
// The same, read character by character: the definition actorTokens' walk
// over a break mask (texts of sixteen units or more) is tested against
// (tst_actorlexicon).
void actorTokensByCharacter(QStringView text, std::vector<ActorToken> *out);

} // namespace atlas::reaction
