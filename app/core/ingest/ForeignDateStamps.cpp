#include "ingest/ForeignDateStamps.h"
#include "extract/AsciiClasses.h"

#include "extract/CharScan.h"

#include <QString>

#include <cstring>

namespace atlas {
namespace {

struct MonthWord {
    const char *word; // lower case, diacritics removed
    int month;
    bool english;     // also an English month word: left to the tagger unless the year is B.E.
};

// Full names and the abbreviations newspapers print, folded to ASCII ("março" is
// "marco", "février" "fevrier", "März" "marz", "août" "aout").
const MonthWord kMonths[] = {
    // English (for Buddhist-Era years only)
    {"january", 1, true}, {"february", 2, true}, {"march", 3, true}, {"april", 4, true}, {"may", 5, true},
    {"june", 6, true}, {"july", 7, true}, {"august", 8, true}, {"september", 9, true}, {"october", 10, true},
    {"november", 11, true}, {"december", 12, true}, {"jan", 1, true}, {"feb", 2, true}, {"mar", 3, true},
    {"apr", 4, true}, {"jun", 6, true}, {"jul", 7, true}, {"aug", 8, true}, {"sep", 9, true},
    {"sept", 9, true}, {"oct", 10, true}, {"nov", 11, true}, {"dec", 12, true},
    // Portuguese
    {"janeiro", 1, false}, {"fevereiro", 2, false}, {"marco", 3, false}, {"abril", 4, false}, {"maio", 5, false},
    {"junho", 6, false}, {"julho", 7, false}, {"agosto", 8, false}, {"setembro", 9, false}, {"outubro", 10, false},
    {"novembro", 11, false}, {"dezembro", 12, false}, {"fev", 2, false}, {"abr", 4, false}, {"mai", 5, false},
    {"ago", 8, false}, {"set", 9, false}, {"out", 10, false}, {"dez", 12, false},
    // Spanish
    {"enero", 1, false}, {"febrero", 2, false}, {"marzo", 3, false}, {"mayo", 5, false}, {"junio", 6, false},
    {"julio", 7, false}, {"septiembre", 9, false}, {"setiembre", 9, false}, {"octubre", 10, false},
    {"noviembre", 11, false}, {"diciembre", 12, false}, {"ene", 1, false}, {"dic", 12, false},
    // French
    {"janvier", 1, false}, {"fevrier", 2, false}, {"mars", 3, false}, {"avril", 4, false}, {"juin", 6, false},
    {"juillet", 7, false}, {"aout", 8, false}, {"septembre", 9, false}, {"octobre", 10, false},
    {"novembre", 11, false}, {"decembre", 12, false}, {"janv", 1, false}, {"fevr", 2, false}, {"avr", 4, false},
    {"juil", 7, false},
    // German
    {"januar", 1, false}, {"janner", 1, false}, {"februar", 2, false}, {"marz", 3, false}, {"juni", 6, false},
    {"juli", 7, false}, {"oktober", 10, false}, {"dezember", 12, false}, {"okt", 10, false},
    // Italian
    {"gennaio", 1, false}, {"febbraio", 2, false}, {"aprile", 4, false}, {"maggio", 5, false}, {"giugno", 6, false},
    {"luglio", 7, false}, {"settembre", 9, false}, {"ottobre", 10, false}, {"dicembre", 12, false},
    {"gen", 1, false}, {"mag", 5, false}, {"giu", 6, false}, {"lug", 7, false}, {"ott", 10, false},
    // Dutch and Indonesian
    {"januari", 1, false}, {"februari", 2, false}, {"maart", 3, false}, {"mei", 5, false}, {"augustus", 8, false},
    {"maret", 3, false}, {"agustus", 8, false}, {"desember", 12, false}, {"mrt", 3, false}, {"des", 12, false},
};

// The month a word names, 0 when none; *english says whether English uses the
// word too. An ASCII word is lower-cased by hand; any other ("março", "août",
// "März") is folded to ASCII first (lower case, diacritics removed).
int monthOf(QStringView word, bool *english)
{
    char ascii[16];
    if (word.size() >= int(sizeof ascii))
        return 0;
    int n = 0;
    for (QChar c : word) {
        if (c.unicode() >= 128) {
            n = -1;
            break;
        }
        ascii[n++] = char(c.unicode() | ((c.unicode() >= 'A' && c.unicode() <= 'Z') ? 0x20 : 0));
    }
    QByteArray folded;
    if (n < 0) {
        const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
        for (QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing)
                folded += c.toLower().toLatin1();
        }
    } else {
        folded = QByteArray::fromRawData(ascii, n);
    }
    for (const MonthWord &m : kMonths) {
        if (folded == m.word) {
            *english = m.english;
            return m.month;
        }
    }
    return 0;
}

// Reads 1..max ASCII digits at i (not run on into more digits); -1 when none.
int readDigits(QStringView s, int &i, int max)
{
    int v = 0, n = 0;
    while (i < s.size() && n < max && isAsciiDigit(s[i].unicode()))
        v = v * 10 + (s[i++].unicode() - u'0'), ++n;
    return n > 0 && !(i < s.size() && isAsciiDigit(s[i].unicode())) ? v : -1;
}

// Skips what separates a day, a month and a year: spaces, one dot, hyphen or
// slash, and the Portuguese and Spanish "de" ("13 de outubro de 2025").
int skipSeparator(QStringView s, int i)
{
    const int from = i;
    if (i < s.size() && (s[i] == u'.' || s[i] == u'-' || s[i] == u'/' || s[i] == u','))
        ++i;
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i + 2 < s.size() && s[i] == u'd' && s[i + 1] == u'e' && s[i + 2] == u' ' && i > from) {
        i += 3;
        while (i < s.size() && s[i] == u' ')
            ++i;
    }
    return i;
}

// "B.E.", "BE", "พ.ศ." before a year: the Thai Buddhist Era. Returns the index
// after the mark and its spaces, or `i` when there is none.
int skipBuddhistEraMark(QStringView s, int i, bool *found)
{
    static const char16_t *const marks[] = {u"B.E.", u"BE", u"B.E", u"\u0E1E.\u0E28."};
    for (const char16_t *mark : marks) {
        const QStringView m(mark);
        if (s.mid(i).startsWith(m) && (i + m.size() >= s.size() || !s[i + int(m.size())].isLetter())) {
            int j = i + int(m.size());
            while (j < s.size() && s[j] == u' ')
                ++j;
            *found = true;
            return j;
        }
    }
    return i;
}

// A day, a month word and a year starting at `at` (a day's first digit).
QDate dateAt(QStringView line, int at, int *end)
{
    int i = at;
    const int day = readDigits(line, i, 2);
    if (day < 1 || day > 31)
        return {};
    if (i < line.size() && line[i] == u'.')
        ++i; // German "7. Januar"
    i = skipSeparator(line, i);
    const int wordStart = i;
    while (i < line.size() && line[i].isLetter())
        ++i;
    if (i == wordStart || i - wordStart > 12)
        return {};
    bool english = false;
    const int month = monthOf(line.mid(wordStart, i - wordStart), &english);
    if (!month)
        return {};
    i = skipSeparator(line, i);
    bool buddhist = false;
    i = skipBuddhistEraMark(line, i, &buddhist);
    int year = readDigits(line, i, 4);
    if (year < 0 || (i < line.size() && line[i].isLetter()))
        return {};
    if (buddhist) {
        year -= 543;
    } else if (english) {
        return {}; // "13 November 2025": the tagger's
    }
    if (year < 1900 || year > 2100)
        return {};
    const QDate d(year, month, day);
    if (d.isValid())
        *end = i;
    return d;
}

} // namespace

QDate foreignStampDate(QStringView line, int *start, int *end)
{
    // Every form starts with a figure: only those places are looked at, found
    // eight code units a step (a head line holds a few).
    const char16_t *d = line.utf16();
    const qsizetype n = line.size();
    for (int at = int(findAsciiDigit(d, 0, n)); at < n; at = int(findAsciiDigit(d, at + 1, n))) {
        if (at > 0 && (line[at - 1].isLetterOrNumber() || line[at - 1] == u'.'))
            continue;
        int e = 0;
        const QDate d = dateAt(line, at, &e);
        if (d.isValid()) {
            *start = at;
            *end = e;
            return d;
        }
    }
    return {};
}

} // namespace atlas
