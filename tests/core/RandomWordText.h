#pragma once
// Random texts glued from word pieces and separators, for the tests that compare
// a word pass's fast path with its definition (tst_stancewords, tst_asciiwordset):
// pieces in any case or cut short, glued by spaces or other characters (or
// nothing), now and then a long run of letters past a mask's window.
#include <QString>

#include <random>

namespace atlas::testing {

struct RandomTextShape {
    int maxParts = 16;         // pieces in a text: 0 .. maxParts - 1
    int maxGlue = 3;           // separators after a piece: 0 .. maxGlue - 1
    bool mostlySpaces = false; // two separators in three a space, the others from the glue list
    bool plurals = false;      // a piece may take an "s"
    int runMin = 10;           // one text in eight holds a run of runMin .. runMin + runSpan - 1 letters
    int runSpan = 40;
    bool accent = false;       // one text in ten holds an "é" (the text is then not plain ASCII)
};

template <std::size_t P, std::size_t G>
QString randomWordText(std::mt19937 &rng, const char *const (&pieces)[P], const char16_t (&glue)[G],
                       const RandomTextShape &shape)
{
    QString s;
    const int parts = int(rng() % unsigned(shape.maxParts));
    for (int k = 0; k < parts; ++k) {
        QString w = QString::fromLatin1(pieces[rng() % P]);
        switch (rng() % 6) {
        case 0:
            w = w.toUpper();
            break;
        case 1:
            w = w.left(int(rng() % unsigned(w.size() + 1)));
            break;
        case 2:
            if (shape.plurals)
                w += QLatin1String("s");
            break;
        default:
            break;
        }
        s += w;
        const int n = int(rng() % unsigned(shape.maxGlue));
        for (int g = 0; g < n; ++g)
            s += shape.mostlySpaces && rng() % 3 ? QChar(u' ') : QChar(glue[rng() % G]);
    }
    if (rng() % 8 == 0)
        s.insert(int(rng() % unsigned(s.size() + 1)),
                 QString(int(shape.runMin + rng() % unsigned(shape.runSpan)), QChar(u'a' + char16_t(rng() % 26))));
    if (shape.accent && rng() % 10 == 0)
        s.insert(int(rng() % unsigned(s.size() + 1)), QChar(char16_t(0x00E9)));
    return s;
}

} // namespace atlas::testing
