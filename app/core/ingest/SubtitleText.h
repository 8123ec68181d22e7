#pragma once
// Subtitle files (SubRip .srt cues, WebVTT) saved as text: a TV report's captions
// break its sentences across numbered cues with timecodes ("launched" / "3" /
// "00:00:07,900 --> 00:00:11,600" / "from Taegwan ..."). The caption lines are
// joined into running text, so that a sentence is one sentence again for the
// readers; cue numbers, timecodes, the WEBVTT header and NOTE blocks are dropped.
#include <QString>

namespace atlas::SubtitleText {

// Two timecode lines at least ("00:00:01,200 --> 00:00:04,000"); cheap for any
// other text (nothing is read unless it holds "-->").
bool looksLikeSubtitles(const QString &text);

// The captions as running text, one line; blank lines between cues are spaces.
QString extract(const QString &text);

} // namespace atlas::SubtitleText
