#pragma once
// Words broken across a line, as PDF-to-text dumps and hard-wrapped pages leave
// them ("two short-range ballis-\ntic missiles", "from Suk-\nch'ŏn"): joined, so
// that "ballistic" is one word for the readers. A line-end hyphen after a word
// that starts compounds ("short-\nrange", "sea-\nbased", "two-\nstage") is a real
// hyphen: the lines are joined and the hyphen kept. Only a letter fragment
// before the hyphen and a lower-case letter opening the next line count: a
// dash ("Hwasong-\n18", " -\n", "--\n") or a capitalised next line is left alone.
#include <QString>

namespace atlas {

QString joinLineBreakHyphens(const QString &text);

// Words that start hyphenated compounds in this domain: after one of them a
// line-end hyphen is the word's own ("short-range", "submarine-launched",
// "two-stage"), after any other a break inside one word ("ballis-tic").
bool startsCompounds(const QString &word);

} // namespace atlas
