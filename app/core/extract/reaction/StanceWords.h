#pragma once
// One cheap pass over a sentence for the stance finder (StanceTriggers.cpp):
//
// - gates: which kinds of trigger words it holds, from the first four letters
//   of its words (a pattern runs only when its gate is open);
// - starts: the places where each trigger pattern can begin. Every pattern
//   starts with \b and one of a few word stems, so a match can only begin at an
//   ASCII word start whose letters begin with one of its stems. The patterns are
//   then tried anchored at those places instead of scanning the whole sentence:
//   the same matches, for a fraction of the cost (most sentences have none or one
//   or two such places); the words an alternative needs further on ("is ...
//   aware") are found in the same pass, and a start is tried only with them;
// - valid: no unpaired surrogate (PCRE reads no match in such a sentence);
// - foldsToAscii: holds U+017F or U+212A, which caseless PCRE matches as "s" and
//   "k"; then a pattern could start where no ASCII word starts, and the finder
//   scans the whole sentence as before.
//
// Words are looked up through tables built once, keyed by their lowercase ASCII
// letters: no allocation, no regular expression.
#include <QStringView>
#include <QVarLengthArray>

#include <array>

namespace atlas::reaction {

// Gates (the stanceGates of before, same words).
enum StanceGate : quint32 {
    kGateCondemn = 1u << 0, kGateCalled = 1u << 1, kGateViolation = 1u << 2, kGateSaid = 1u << 3,
    kGateProtest = 1u << 4, kGateConcern = 1u << 5, kGateUrge = 1u << 6, kGateSupport = 1u << 7,
    kGateAck = 1u << 8, kGateCoopVerb = 1u << 9, kGateCoopObject = 1u << 10, kGateDialogue = 1u << 11,
    kGateBy = 1u << 12, kGateFrom = 1u << 13
};

// Where a pattern may start. Each pattern's stems are split into groups (one
// bit each) by the alternative of the pattern they begin; a group may also name
// words its alternative needs further on ("is ... aware", "said ... the
// missile"), so that a start is tried only when the sentence holds one of them.
// Patterns: kPassivePattern, kNominalPattern, or the index of an active pattern
// (in the order of StanceTriggers.cpp).
constexpr int kPassivePattern = -2;
constexpr int kNominalPattern = -1;
constexpr int kActivePatternCount = 10;
constexpr int kStartGroupCount = 32;
// The start bits of one pattern's groups.
quint32 patternStarts(int pattern);
// The words group `bit` needs in the sentence, space-separated; nullptr: none.
const char *startGroupNeeds(int bit);

struct StanceStart {
    int pos;      // index in the sentence of the word's first letter
    quint32 bits; // the patterns that may start there
};

struct StanceScan {
    quint32 gates = 0;
    quint32 anyStart = 0; // union of every start's bits
    quint32 needsMet = 0; // groups whose needed words are in the sentence (or that need none)
    quint32 needsNothing = 0; // groups that need no word further on
    // For each group of needsMet but not needsNothing, where the last word it
    // needs starts in the sentence (the others' entries are left from earlier
    // sentences: never read). An alternative reads its needed words after the
    // word it starts with, so a start past this cannot match.
    std::array<int, kStartGroupCount> lastNeedAt{};
    bool valid = true;
    bool foldsToAscii = false;
    QVarLengthArray<StanceStart, 24> starts;
};

// The start bits of the patterns whose gates `gates` open (StanceTriggers.cpp:
// the gates findStanceTriggers tries a pattern under). With none, a scan
// reports no start: no pattern runs, so none is read.
quint32 openPatternStarts(quint32 gates);
// The same, read off the rule pattern by pattern (what the table is tested against).
quint32 openPatternStartsByRuleForTests(quint32 gates);

void scanStanceWords(QStringView sentence, StanceScan *out);
// The same, character by character: what scanStanceWords does with any text,
// and the definition the faster walk of plain text is tested against.
void scanStanceWordsByCharacter(QStringView sentence, StanceScan *out);
// The same for plain text (ASCII and general punctuation, U+2000 to U+206F),
// from a letter mask; false (and *out unspecified) for any other text.
bool scanPlainStanceWords(QStringView sentence, StanceScan *out);

// Only the gates (and nothing else), as cheap as can be: for a sentence that is
// skipped unless it may hold a trigger.
quint32 stanceGates(QStringView sentence);

} // namespace atlas::reaction
