#pragma once
// The tokens the temporal tagger matches on: words, numbers and single
// punctuation marks with their spans, and a small lexicon that classifies the
// words a date expression can contain. Tokenising once and classifying by a
// lowercase lookup into a sorted table keeps the tagger free of per-word
// allocations, which is what lets it run at tens of MB/s.
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <QVector>

namespace atlas::temporal {

enum class TokKind : unsigned char { Word, Number, Punct };

// What a word means to the tagger. Value carries the month (1-12), the
// weekday (1-7, Qt::DayOfWeek), the number (one..twelve) or the UTC offset in
// minutes for time zones.
enum class Lex : unsigned char {
    None,
    Month,        // January, Jan (value 1-12)
    Weekday,      // Monday (value 1-7)
    NumberWord,   // one, two, a couple (value)
    Yesterday, Today, Tonight, Tomorrow,
    Last, This, Next, Previous, Past, Following, Prior,
    Earlier, Later, Ago, Before, After,
    Early, Mid, Middle, Late, End, Beginning, Start,
    Day, Week, Month_, Year, Weekend,
    The, A, Of, On, In, Since, During, Until, By, From, Through, At, Around, About,
    Approximately, And,
    Morning, Afternoon, Evening, Night, Overnight, Dawn, Noon, Midday, Midnight, Hours,
    Local, Time, Zone,   // Zone: GMT, UTC, KST, ET ... (value: offset in minutes + 1000)
    Same,
};

struct Token {
    int start = 0;
    int end = 0;              // exclusive, index into the tagged text
    TokKind kind = TokKind::Word;
    Lex lex = Lex::None;
    bool spaceBefore = true;  // whitespace separates it from the previous token
    bool capitalised = false; // first letter upper case (months and weekdays need it)
    bool ordinal = false;     // "25th"
    bool grouped = false;     // "1,100" or "3.5": never a day or a year
    unsigned char digits = 0; // digits in a plain number
    QChar punct;              // for Punct
    int value = 0;            // number value, or the lexicon's value
};

// A sentence's tokens. Appending to a QVarLengthArray is inlined; a QVector's
// out-of-line append was a sixth of the tokenizer's time.
using TokenList = QVarLengthArray<Token, 64>;

// Tokenises `text`. Cheap: one pass, no allocation beyond the output list.
void tokenize(QStringView text, TokenList &out);

// False when text certainly holds no date: no figure and no word that names a
// unit or point of time (a month, a weekday, "day", "week", "yesterday",
// "morning" ...), which every date pattern needs. Far cheaper than tokenize().
bool mayHoldDate(QStringView text);

// False when text certainly holds no clock time and no time-of-day word: no
// figure and none of "noon", "midday", "midnight", "morning", "afternoon",
// "evening", "night", "overnight", "dawn", "hours", which every pattern of
// ClockTimes.cpp needs. The launch pass asks for the times of sentence parts
// that were never tagged, and most hold none.
bool mayHoldTime(QStringView text);

// Lowercase ASCII lookup of a word; Lex::None for anything else.
Lex classifyWord(QStringView word, int &value);

// What classifyWord answers, by a plain search of the lexicon comparing ASCII
// words caselessly: the reference the tests hold the fast look-ups to.
Lex classifyWordByDefinition(QStringView word, int &value);

} // namespace atlas::temporal
