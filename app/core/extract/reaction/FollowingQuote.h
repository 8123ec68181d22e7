#pragma once
// 'Chief Cabinet Secretary Minoru Kihara said Japan had lodged a strong
// protest. "The launches threaten the peace of our country," Mr. Kihara said.'
// News reports a stance in its own words first and gives the speaker's words in
// the next sentence, a quotation with no stance word of its own. Those words
// are the stance's quote: this says whether a sentence's quotation is spoken
// again by the speaker of the sentence before.
#include <QStringView>

namespace atlas::reaction {

// Whether the words of a sentence outside its quotation, before its first mark
// (before) or after its last (after), say that the speaker of the sentence
// before speaks it: by surname ('," Mr. Kihara said'), by a pronoun ('," she
// added'), by a noun that refers back ('," the spokesman said', '," the
// statement said'). surname may be empty (a stance without a person): then a
// name the sentence before holds will do ('Minister Minoru Kihara said Japan
// had lodged a protest. "...," Mr. Kihara said.').
bool speaksAgain(QStringView before, QStringView after, QStringView surname, QStringView sentenceBefore);

} // namespace atlas::reaction
