#pragma once
// What a stance is about, for the reaction reader: a condemnation of joint
// drills, sanctions or exercises is no reaction to a launch, even in an article
// about one ("a drill North Korea has denounced", "China condemned the drills").
//
// Two places name the object of a stance verb:
// - the words right after it ("condemned the joint drills near its coast",
//   "expressed concern over the exercises"), up to a comma or a word that starts
//   another phrase ("as", "for", "during", "which");
// - a noun the actor's clause hangs on ("..., a drill North Korea has denounced",
//   "the exercises that Seoul condemned"): a relative clause whose object comes
//   first. There the actor is only the one named inside that clause.
#include <QString>
#include <QStringView>

namespace atlas::reaction {

// The words right after a stance verb that say what it is about (may be empty).
QStringView objectAfter(const QString &sentence, int triggerEnd);

// True when phrase names drills, exercises, sanctions or history (textbooks,
// shrines, the wartime past) and no launch, missile or test: a stance about
// another matter.
bool namesOtherMatter(QStringView phrase);

// True when object starts with a name ("Freedom Shield", "the Ulchi Freedom
// Shield") that articleText itself calls a drill or an exercise somewhere
// ("the Freedom Shield exercise", "Freedom Shield drills"): denouncing it is a
// stance about the exercise, whose name alone does not say so.
bool namesKnownExercise(QStringView object, QStringView articleText);

// True when phrase names a launch, a missile, a test or a provocation.
bool namesLaunch(QStringView phrase);

// A noun an object relative clause hangs on, ending right before the actor that
// starts at actorStart (", a drill | North Korea has denounced", "the drills that
// | Seoul condemned"). found is false when the actor starts a plain clause.
struct HeadNoun {
    bool found = false;
    int start = 0; // where the noun phrase starts in the sentence
    int end = 0;
};
HeadNoun headNounBefore(const QString &sentence, int actorStart, int actorEnd, int triggerStart);

// Whether `before` (a sentence up to a stance verb) ends in an object relative
// clause on a noun whose subject is "the North": "a drill the North has
// repeatedly", "the exercises that the North has long".
bool theNorthRelativeBefore(QStringView before);

} // namespace atlas::reaction
