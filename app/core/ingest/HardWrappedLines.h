#pragma once
// Text wrapped at a fixed width (a PDF-to-text export, an e-mail, a plain-text
// report) breaks its sentences across lines: "On December 3, 2025 (December 2 in
// Washington, DC), North" / "Korea flight-tested ...". The sentence splitter
// reads news text as one paragraph per line, so each such break would cut a
// sentence in two and part its date from its launch.
//
// When most lines of a text end near one width, that text was wrapped, and a
// line break is the wrap's (not the writer's) when the next line's first word
// would not have fitted on the line: such breaks become spaces. A short line (a
// heading, the end of a paragraph, a dateline), a list item, a table row and a
// word broken with a hyphen (left to joinLineBreakHyphens) keep their breaks.
// A space replaces each joined break, so every position in the text stays put.
#include <QString>

namespace atlas {

QString unwrapHardWrappedLines(const QString &text);

// The width the text was wrapped at, or 0 when it was not wrapped.
int hardWrapWidth(const QString &text);

} // namespace atlas
