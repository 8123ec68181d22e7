#pragma once
// Word checks on who speaks, for the reaction reader: the objects of a
// commitment ("commitments to the defense of Japan"), a speaker's first person
// ("We call on ...", "Our offer ... stands"), and a speaker named only by a
// noun that refers back ("the diplomat said", "the spokeswoman added").
// They read text only; offsets index the text they are given.
#include <QString>
#include <QStringView>

namespace atlas::reaction {

// Where the objects of a commitment start in a subject region ("the U.S.
// commitment to the defence of | South Korea and Japan"), or -1. Countries
// from there on are what is committed to, never who speaks.
int committedToFrom(QStringView region);

// "We" or "Our" opening a clause region that is nothing else ("We", "We again",
// "We also", "Our offer"): the speaker of the passage talking. Where it is in
// region; found is false otherwise.
struct FirstPerson {
    bool found = false;
    int start = 0;
    int end = 0;
};
FirstPerson firstPersonSubject(QStringView region);
// Where a sentence opening in the first person ("We urge ...", "Our military ...",
// "(b) We ...", not "We, the ministers of ...") has its "We" or "Our"; -1 otherwise.
int opensInFirstPerson(QStringView sentence);

// "We, the foreign ministers of ...": a subject region opening with "We" and
// an apposition (after a paragraph number or quotation mark): the countries it
// names are whom the passage's later "We" means.
bool namesFirstPersonGroup(QStringView region);

// A speaker named by a noun that refers back to someone the text named before
// ("the diplomat", "the spokeswoman", "the minister", "a ministry spokesperson"
// without a country): true when the whole of text is such a noun phrase.
bool isReferringSpeaker(QStringView text);
// "ministry spokesperson Koo Byoung-sam", "a foreign ministry official": an
// office's speaker named by no country, as an outlet names its own country's.
bool isBareOfficeSpeaker(QStringView text);

// "Participants", "Attendees", "Those present": the people at a meeting, as a
// whole subject region (quote marks and an adverb allowed).
bool isAttendeeSubject(QStringView region);

// The name a person is referred to by alone: the family name, which Korean and
// Chinese names put first ("Wi Sung-lac" is Mr. Wi, "Guo Jiakun" Mr. Guo), others last.
QStringView familyName(const QString &person, const QString &country);

} // namespace atlas::reaction
