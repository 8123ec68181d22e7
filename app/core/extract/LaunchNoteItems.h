#pragma once
// A list item in note form tells a launch without a verb: "(a) Kanggye, 14
// January: several SRBMs, ~250 km, into the East Sea.", "- 7 November: one SRBM
// from Taegwan, about 700 km", "- January 6: a hypersonic intermediate-range
// missile from near Pyongyang". It opens with a list marker, gives a number (a
// day, a distance) and names a class by its abbreviation, or opens with its day
// and names missiles in words: that stands for the verb a sentence would have.
// Asked by LaunchCueFinder::analyse only of a sentence with no other cue and a
// class abbreviation or a missile noun among its words.
#include "extract/LaunchCues.h"

#include <QString>

namespace atlas {

// The item's cue (the class abbreviation or missile noun, `note` set, `itemStart` where its words
// begin) for the sentence text[start, end); a cue with end 0 when it is not an
// item of that form.
LaunchCue noteItemCue(const QString &text, int start, int end);

// Whether the sentence text[start, end) is a list item that opens with its day
// and tells another event of a missile than its firing ("- 3 March 2026 -
// 'Hwasong-14: The Inside Story' launched at a book fair", "- 20 March 2026 -
// Hwasong-11 test announced for next week"): no launch of that day, whatever
// its launch words.
bool datedItemTellsOtherEvent(const QString &text, int start, int end);

// Whether the sentence at `start` opens a list item: a marker ("-", "*", a bullet,
// "1.", "a)", "(b)") first on its line, as noteItemCue reads one.
bool opensListItem(const QString &text, int start);

} // namespace atlas
