#pragma once
// 'Chief Cabinet Secretary Minoru Kihara said Japan had lodged a strong
// protest. "The launches threaten the peace of our country," Mr. Kihara said.'
// News reports a stance in its own words first and gives the speaker's words in
// the next sentence, a quotation with no stance word of its own. Those words
// are the stance's quote: this says whether a sentence's quotation is spoken
// again by the speaker of the sentence before.
#include <QStringView>

namespace atlas::reaction {

// Who the words of a sentence outside its quotation, before its first mark
// (before) or after its last (after), say speaks it: the speaker of the
// sentence before by surname ('," Mr. Kihara said'), or someone referred to
// ('," she added', '," the spokesman said', '," the statement said'), which
// the caller lends only where one reaction waits. surname may be empty (a
// stance without a person): then a name said before the stance in its own
// sentence will do ('Minister Minoru Kihara said Japan had lodged a protest.
// "...," Mr. Kihara said.'), not one said after it ('Japan condemned the
// launch, which KCNA said ... "...," KCNA said').
enum class SpeaksAgain { No, Named, Referring };
SpeaksAgain speaksAgain(QStringView before, QStringView after, QStringView surname, QStringView subjectWords);

} // namespace atlas::reaction
