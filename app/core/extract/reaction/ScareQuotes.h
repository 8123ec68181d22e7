#pragma once
// 'Tokyo lodged a "strong protest"', 'Lee had "strongly condemned" the launch':
// news puts the official wording of a stance in quotation marks. The stance
// patterns read words and spaces, so a mark between "a" and "strong" hid the
// protest. The marks around a short quotation (four words at most) are
// replaced by spaces for the patterns, so every position stays where it was;
// the quotation itself is still read from the sentence as written.
#include <QString>

namespace atlas::reaction {

// The sentence with the marks of its short quotations made spaces; the sentence
// itself when it has none.
QString withoutShortQuotationMarks(const QString &sentence);

} // namespace atlas::reaction
