#pragma once
// Numbers with units and hedges out of news text: flight distances and
// altitudes ("an estimated 1,100 kilometers (680 miles)", "about eight hundred
// kilometres", "300-400 km") and missile counts ("multiple", "at least seven",
// "a salvo of six"). It only reads numbers; whether a length is the flight, the
// apogee or a distance from a city is decided by the launch extractor, which
// knows the words around it.
//
// Choices (documented here because the text is ambiguous):
// - "1.100 km" (a dot before exactly three digits) is read as 1,100: a missile
//   flight of 1.1 km is not news, a European thousands separator is common.
// - A range "300-400 km", "300 to 400 km", "between 300 and 400 km" gives the
//   upper bound with qualifier "up to"; the words are kept in `text`.
// - When km and miles (or nautical miles) are both given, as in "700 kilometers
//   (about 434 miles)" or "434 miles (700 km)", the kilometre figure wins.
// - Qualifiers are normalised: "some" and "roughly" -> "about", "almost" and
//   "close to" -> "nearly", "over" and "just over" -> "more than".
#include "model/Launch.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace atlas {

struct LengthMatch {
    int start = 0;      // the qualifier's start, else the number's
    int end = 0;        // exclusive; after a parenthetical conversion when there is one
    int numberStart = 0;
    double km = 0;
    QString qualifier;  // normalised, or empty
    QString unit;       // "km", "mi", "nmi"
    bool isRange = false;
    bool adjectival = false; // "a 600-km flight": hyphen between number and unit
};

struct CountMatch {
    int start = 0;
    int end = 0; // exclusive: up to and including the missile noun
    Count count;
    // Weak: "the missile" (one) or a bare plural after a launch verb ("fired cruise
    // missiles": at least two), unless a number for the same launch is stated.
    bool definite = false;
};

namespace QuantityParser {

// A number written in digits ("1,100", "1 100", "2.5", "1.100") or in words
// ("eight hundred", "twenty-five", "a thousand") that ENDS at `end` in text.
// Returns the value and sets *start; false when there is none.
bool numberEndingAt(const QString &text, int end, double *value, int *start);

// Word numbers alone ("seven" -> 7, "twenty-one" -> 21); -1 when not a number word.
int smallNumberWord(QStringView word);

// The normalised qualifier whose words end just before `at` (spaces skipped), and
// where it starts; empty when there is none.
QString qualifierBefore(const QString &text, int at, int *qualifierStart);

// All lengths in text[from, to) with a unit of length (km, miles, nautical miles),
// conversions paired, in text order. Millimetres, metres and durations are not lengths here.
QVector<LengthMatch> lengths(const QString &text, int from = 0, int to = -1);

// Missile counts in text[from, to): a number or quantity word directly before a
// missile noun ("two short-range ballistic missiles", "a barrage of missiles").
// "two types of missiles" is at least two; "fired cruise missiles" at least two (weak;
// reported only when text[from, to) states no number).
// Not a count: "one of the missiles", "a missile test".
QVector<CountMatch> counts(const QString &text, int from = 0, int to = -1);
// The same; with boundedByNoun false every pattern is tried up to `to` (for the
// tests: counts() tries none after lastCountNounStart()).
QVector<CountMatch> countsFrom(const QString &text, int from, int to, bool boundedByNoun);
// False when text[from, to) holds no figure and none of the number words an exact
// count of two or more is written with (counts()' "two" ... "thirty", "dozen",
// "pair", "couple"): a cheap test before counts() when only such a count matters.
bool mayNameExactCount(const QString &text, int from, int to);
// Where the last word of text[from, to) starts that may be a count's missile noun
// (-1: none), judged by its first two letters.
int lastCountNounStart(const QString &text, int from, int to);

} // namespace QuantityParser
} // namespace atlas
