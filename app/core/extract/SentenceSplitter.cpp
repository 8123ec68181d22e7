#include "extract/SentenceSplitter.h"

#include "extract/AsciiWordTable.h"
#include "extract/CharScan.h"

#include <QRegularExpression>
#include <QStringView>

#include <algorithm>
#include <iterator>

// News text mostly arrives as one paragraph per line, so a line break ends a
// sentence, except where a paragraph was wrapped at a fixed width (Markdown,
// plain-text newsletters, e-mail): there a line that stops mid-sentence runs on
// into the next (see SoftWrap below). Inside a paragraph a sentence ends at . ! ?
// (optionally followed by closing quotes or brackets) when whitespace and the
// start of a new sentence follow, unless the period belongs to an abbreviation,
// an initial, a number or a date label leading a list item ("April 28. The ...").
namespace atlas {
namespace {

bool isClosingQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u')': case u']': case 0x201D: case 0x2019: case 0x00BB:
        return true;
    default:
        return false;
    }
}

bool isOpeningQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u'(': case u'[': case 0x201C: case 0x2018: case 0x00AB:
        return true;
    default:
        return false;
    }
}

bool isSpace(QChar c) { return c.isSpace(); }

// Titles and words that are always followed by a name or number, never by the
// end of a sentence.
bool isNeverFinalAbbreviation(QStringView w)
{
    static const AsciiWordTable words{
        "mr", "mrs", "ms", "dr", "gen", "sen", "lt", "col", "maj", "capt", "cpt", "adm", "cmdr",
        "sgt", "gov", "rep", "reps", "sens", "prof", "rev", "hon", "pres", "amb", "st", "mt", "ft",
        "no", "nos", "vol", "art", "fig", "approx", "vs", "v", "cf", "brig", "gens", "lieut",
        "messrs", "jr", "sr", "sec", "secs", "pp", "para", "op", "ed", "est"};
    return words.contains(w);
}

// Abbreviations that end a sentence only when what follows clearly starts one
// ("Jan. 14" continues, "in the U.S. The next day" does not).
bool isContextualAbbreviation(QStringView w)
{
    static const AsciiWordTable words{
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "etc", "al", "govt", "intl", "km", "mi", "min", "max",
        // "condemned by the State Dept. Japan also ...", "the Dept. of Defense"
        "dept"};
    return words.contains(w);
}

// Words that start a sentence and almost never follow an abbreviation inside one.
bool isSentenceStarter(QStringView w)
{
    static const AsciiWordTable words{
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
        "but", "however", "in", "on", "a", "an", "there", "his", "her", "their", "our", "meanwhile",
        "according", "after", "as", "at", "while", "when", "if", "since", "separately", "earlier",
        "later", "last", "following", "analysts", "officials", "north", "south", "japan",
        "japanese", "pyongyang", "seoul", "tokyo", "kim"};
    return words.contains(w);
}

// The word just before position `dot` (exclusive), and whether it is written as
// initials with inner dots ("U.S", "a.m", "U.N").
struct WordBefore {
    QStringView word;
    bool initials = false;
};

WordBefore wordBefore(QStringView line, int dot)
{
    int b = dot;
    while (b > 0 && (line[b - 1].isLetterOrNumber() || line[b - 1] == u'.'))
        --b;
    QStringView token = line.mid(b, dot - b);
    WordBefore out;
    int lastDot = int(token.size()) - 1; // token.lastIndexOf(u'.'), without Qt's general search
    while (lastDot >= 0 && token[lastDot] != u'.')
        --lastDot;
    out.word = lastDot >= 0 ? token.mid(lastDot + 1) : token;
    if (lastDot >= 0) {
        // Initials: every dot-separated part is one or two letters.
        out.initials = true;
        for (QStringView part : token.split(u'.')) {
            if (part.isEmpty() || part.size() > 2) {
                out.initials = false;
                break;
            }
        }
    }
    return out;
}

QStringView wordAt(QStringView line, int i)
{
    while (i < line.size() && isOpeningQuote(line[i]))
        ++i;
    int e = i;
    while (e < line.size() && line[e].isLetterOrNumber())
        ++e;
    return line.mid(i, e - i);
}

// "January 6 (Monday)", "April 28", "Jan. 14", "Tuesday, 5 March": a date on
// its own at the head of a line is a label for what follows, not a sentence.
bool isDateLabel(QStringView unit)
{
    static const AsciiWordTable words{
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"};
    if (unit.size() > 32)
        return false;
    bool month = false, digit = false;
    int words_ = 0;
    for (int i = 0; i < unit.size();) {
        const QChar c = unit[i];
        if (c.isDigit()) {
            digit = true;
            ++words_;
            while (i < unit.size() && unit[i].isDigit())
                ++i;
            continue;
        }
        if (c.isLetter()) {
            int e = i;
            while (e < unit.size() && unit[e].isLetter())
                ++e;
            const QStringView w = unit.mid(i, e - i);
            const bool known = words.contains(w);
            if (!known && !(w.size() <= 2 && (w == u"th" || w == u"st" || w == u"nd" || w == u"rd")))
                return false; // any other word makes it a sentence ("May 5 was quiet")
            month = month || known;
            ++words_;
            i = e;
            continue;
        }
        if (c != u' ' && c != u',' && c != u'(' && c != u')' && c != u'.' && c != u'-')
            return false;
        ++i;
    }
    return month && digit && words_ <= 5;
}

// Whether line[from, ...) is a day written the Korean way, "2027. 1. 27.": a
// four-figure year, a month and a day in figures, each closed by a dot, one
// space after the first two. Its end (after the last dot), or -1.
int koreanDottedDateEnd(QStringView line, int from)
{
    int i = from;
    auto figures = [&](int least, int most, int *value) {
        int n = 0, v = 0;
        while (i < line.size() && n < most && line[i].unicode() >= '0' && line[i].unicode() <= '9') {
            v = v * 10 + (line[i].unicode() - '0');
            ++i;
            ++n;
        }
        *value = v;
        return n >= least && (i >= line.size() || !line[i].isDigit());
    };
    auto dot = [&](bool spaceAfter) {
        if (i >= line.size() || line[i] != u'.')
            return false;
        ++i;
        if (!spaceAfter)
            return true;
        if (i >= line.size() || line[i] != u' ')
            return false;
        ++i;
        return true;
    };
    int year = 0, month = 0, day = 0;
    if (!figures(4, 4, &year) || !dot(true) || !figures(1, 2, &month) || !dot(true) || !figures(1, 2, &day) || !dot(false))
        return -1;
    return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? i : -1;
}

// Whether the '.' at pos is the first or the second dot of such a day: the
// year or the month before it (a day's own closing dot may end a sentence).
bool insideKoreanDottedDate(QStringView line, int pos)
{
    int start = pos;
    while (start > 0 && line[start - 1].isDigit())
        --start;
    const int figures = pos - start;
    if (figures == 4) // the year's dot
        return (start == 0 || !line[start - 1].isLetterOrNumber()) && koreanDottedDateEnd(line, start) > pos;
    if (figures < 1 || figures > 2 || start < 6 || line[start - 1] != u' ' || line[start - 2] != u'.')
        return false;
    // The month's dot: the year is the four figures before ". ".
    const int year = start - 6;
    return line[year].isDigit() && (year == 0 || !line[year - 1].isLetterOrNumber()) && koreanDottedDateEnd(line, year) > pos;
}

// Decides whether the terminator at `pos` (a '.', '!' or '?') ends a sentence;
// `after` is the index of the first non-space character after it and any
// closing quotes.
bool endsSentence(QStringView line, int pos, int after)
{
    if (after >= line.size())
        return true;
    const QChar next = line[after];
    const QChar term = line[pos];
    // A lowercase continuation ("“Why?” he asked", "7 a.m. local time") is the same sentence.
    const bool nextStarts = next.isUpper() || next.isDigit() || isOpeningQuote(next)
        || next == u'-' || next == char16_t(0x2013) || next == char16_t(0x2014);
    if (!nextStarts)
        return false;
    if (term != u'.')
        return true;
    if (next.isDigit() && pos > 0 && line[pos - 1].isDigit() && insideKoreanDottedDate(line, pos))
        return false;
    // Ellipsis inside a quote followed by a capital: treat as an end.
    const WordBefore wb = wordBefore(line, pos);
    if (wb.word.isEmpty())
        return true;
    if (wb.word.size() == 1 && wb.word[0].isUpper() && !wb.initials)
        return false; // a single capital initial ("John F. Kennedy")
    // "flew c. 1,000 km", "ca. 500 km": "circa" before a figure (lower case only:
    // "Plan C. 300 troops" ends there).
    if ((wb.word == u"c" || wb.word == u"ca") && next.isDigit())
        return false;
    if (isNeverFinalAbbreviation(wb.word)) {
        // "No." is an abbreviation only before a number.
        if (wb.word.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
            return !next.isDigit();
        return false;
    }
    if (wb.initials || isContextualAbbreviation(wb.word)) {
        const QStringView nextWord = wordAt(line, after); // read only here: most stops end no abbreviation
        if (next.isDigit())
            return false;
        // "7 a.m. Seoul time" continues; "in the U.S. Seoul said" does not.
        const int afterNext = after + nextWord.size();
        if (wordAt(line, std::min<int>(afterNext + 1, line.size()))
                .compare(QLatin1String("time"), Qt::CaseInsensitive) == 0)
            return false;
        return isSentenceStarter(nextWord);
    }
    return true;
}

// Whether a unit of text ends with sentence-final punctuation (closing quotes allowed).
bool hasFinalPunctuation(QStringView s)
{
    int i = s.size() - 1;
    for (;;) {
        while (i >= 0 && (isClosingQuote(s[i]) || isSpace(s[i])) && s[i] != u']')
            --i;
        // A footnote marker after the stop ("... Seoul.[19]") is the sentence's too.
        if (i >= 0 && s[i] == u']') {
            int k = i - 1;
            while (k >= 0 && i - k <= 4 && s[k].isLetterOrNumber())
                --k;
            if (k >= 0 && k < i - 1 && s[k] == u'[') {
                i = k - 1;
                continue;
            }
            --i; // a closing bracket
            continue;
        }
        break;
    }
    if (i < 0)
        return false;
    const QChar c = s[i];
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';' || c == char16_t(0x2026);
}

// The length of a numbered list marker leading a line ("1. ", "12) "), else 0.
int numberedMarker(QStringView line)
{
    int i = 0;
    while (i < line.size() && i < 3 && line[i].isDigit())
        ++i;
    if (i == 0 || i >= 3 || i + 1 >= line.size() || (line[i] != u'.' && line[i] != u')') || !isSpace(line[i + 1]))
        return 0;
    return i + 1;
}

// Whether `next` continues the paragraph `line` was wrapped from. A wrapped line
// stops mid-sentence: no final punctuation, and either the next line starts in
// lower case, or this one ends on a word a sentence cannot end with ("the",
// "from", a comma), or it is as long as wrapped text is, reads as prose and the
// next line is more of the paragraph, not a byline or stamp. The text's first
// line runs on only into lower case: a headline in sentence case reads as prose
// and may end in "says". A list item, a Markdown heading or a short line never
// runs on.
// "FLASH: Japan lodged strong protest with N. Korea via embassy in Beijing: Kihara
// (12:42)": a wire's flash or breaking line is a report, not a title, though it
// ends without a stop (a label in capitals, a colon, then at least four words).
bool flashLine(QStringView line)
{
    // (Every line is asked: two capitals first, or no label.)
    if (line.size() < 8 || line[0].unicode() - u'A' > 25u || line[1].unicode() - u'A' > 25u)
        return false;
    static const char *const labels[] = {"FLASH:", "BREAKING:", "URGENT:", "BULLETIN:", "ALERT:", "JUST IN:", "UPDATE:", "BREAKING NEWS:"};
    for (const char *label : labels) {
        const QLatin1String l(label);
        if (!line.startsWith(l))
            continue;
        int words = 0;
        bool in = false;
        for (qsizetype i = l.size(); i < line.size(); ++i) {
            const bool letter = line[i].isLetterOrNumber();
            words += letter && !in;
            in = letter;
        }
        return words >= 4;
    }
    return false;
}

// "- South Korea says the missile flew about 600 kilometres": a bulleted line of
// six words or more with lower-case words in it reads as a clause, not a title.
bool bulletClause(QStringView line)
{
    line = line.trimmed();
    // (A numbered item, "2. KN-25, 12 June 2024: fired from Sunan", is a bullet too.)
    int first = 1;
    if (line.size() < 3 || !((line.front() == u'-' || line.front() == u'*' || line.front() == char16_t(0x2022)
                              || line.front() == char16_t(0x2013)) && isSpace(line[1]))) {
        first = numberedMarker(line);
        if (first <= 0)
            return false;
    }
    int words = 0, lower = 0;
    bool in = false;
    for (int i = first; i < line.size(); ++i) {
        const bool letter = line[i].isLetterOrNumber();
        if (letter && !in) {
            ++words;
            lower += line[i].isLower() ? 1 : 0;
        }
        in = letter;
    }
    if (words >= 6 && lower >= 3)
        return true;
    // "* Flew about 700km, JCS says": a short item closed by its source is a
    // reported fact, a clause however few its words; a title has no ", X says".
    static const QRegularExpression attributed(
        QStringLiteral(",\\s+(?:[\\w.'’-]+\\s+){0,3}(?:says|said|reports|reported|confirms|confirmed|adds|added|according to [\\w.'’ -]{1,30})$"));
    if (words < 3 || line.size() >= 200)
        return false;
    // The pattern ends the (trimmed) line with a source's verb or "according to
    // ...": a line that ends otherwise and holds no "according to " is no match,
    // and is not copied for Qt's matcher.
    const QStringView tail = line.right(80);
    static const QLatin1String verbs[] = {QLatin1String("says"), QLatin1String("said"), QLatin1String("reports"),
                                          QLatin1String("reported"), QLatin1String("confirms"), QLatin1String("confirmed"),
                                          QLatin1String("adds"), QLatin1String("added")};
    // (Every verb ends in 's' or 'd'; "according to " is found from its 'g'.)
    const bool verbEnd = (tail.back() == u's' || tail.back() == u'd')
        && std::any_of(std::begin(verbs), std::end(verbs), [&tail](QLatin1String v) { return tail.endsWith(v); });
    if (!verbEnd) {
        static const QLatin1String according("according to ");
        const char16_t *d = tail.utf16();
        const qsizetype n = tail.size();
        bool found = false;
        for (qsizetype g = findAnyOf(d, 8, n, {u'g'}); g < n && !found; g = findAnyOf(d, g + 1, n, {u'g'}))
            found = g + 5 <= n && tail.mid(g - 8, 13) == according; // the g of "according"
        if (!found)
            return false;
    }
    return attributed.match(tail.toString()).hasMatch();
}

bool softWrapped(QStringView line, QStringView next, bool firstLine)
{
    line = line.trimmed();
    next = next.trimmed();
    if (line.isEmpty() || next.isEmpty() || hasFinalPunctuation(line) || line.front() == u'#' || next.front() == u'#')
        return false;
    if (((next.front() == u'-' || next.front() == u'*' || next.front() == char16_t(0x2022) || next.front() == char16_t(0x2013))
         && next.size() > 1 && isSpace(next[1]))
        || numberedMarker(next) > 0)
        return false;
    if (next.front().isLower())
        return true;
    if (firstLine)
        return false; // "..., state media says" / "By X |" below it: a headline
    const QChar last = line.back();
    if (last == u',' || last == u'(')
        return true;
    int b = int(line.size());
    while (b > 0 && line[b - 1].isLetter())
        --b;
    const QStringView lastWord = line.mid(b);
    static const AsciiWordTable continuing{
        "the", "a", "an", "of", "in", "on", "at", "to", "from", "into", "onto", "by", "for", "with",
        "and", "or", "but", "nor", "about", "its", "their", "his", "her", "our", "that", "which", "who",
        "whose", "was", "were", "is", "are", "be", "been", "has", "have", "had", "as", "than", "some",
        "several", "over", "after", "before", "since", "while", "when", "near", "off", "toward",
        "towards", "between", "this", "these", "those", "it", "they", "would", "could",
        "will", "not", "also", "up", "under", "across", "around", "per"};
    if (b > 0 && !line[b - 1].isLetterOrNumber() && line[b - 1] != u' ')
        return false; // "Hwasong-18" or "(Yonhap)": not a bare word
    if (continuing.contains(lastWord))
        return true;
    constexpr int kWrappedWidth = 60;
    if (line.size() < kWrappedWidth || (!hasFinalPunctuation(next) && next.size() < kWrappedWidth))
        return false;
    // Prose, not a title: most longer words in lower case.
    int longWords = 0, capitalised = 0;
    for (int i = 0; i < line.size();) {
        if (!line[i].isLetter()) {
            ++i;
            continue;
        }
        int e = i;
        while (e < line.size() && line[e].isLetter())
            ++e;
        if (e - i > 3) {
            ++longWords;
            capitalised += line[i].isUpper() ? 1 : 0;
        }
        i = e;
    }
    return longWords >= 5 && capitalised * 2 < longWords;
}

// "... and the United States.[19] Japan lodged ...": a wiki's footnote markers
// ("[19]", "[c]", "[19][20]") after a sentence's stop belong to that sentence.
// Their length from at; 0 when none starts there.
int footnoteMarkers(QStringView line, int at)
{
    int k = at;
    while (k < line.size() && line[k] == u'[') {
        int e = k + 1;
        while (e < line.size() && e - k <= 4 && line[e].isLetterOrNumber())
            ++e;
        if (e == k + 1 || e >= line.size() || line[e] != u']')
            break;
        k = e + 1;
    }
    return k - at;
}

void splitLine(const QString &text, int lineStart, int lineEnd, QVector<Sentence> &out)
{
    // Trim, and step over a list marker so the sentence starts at its first word.
    int s = lineStart;
    while (s < lineEnd && isSpace(text[s]))
        ++s;
    int e = lineEnd;
    while (e > s && isSpace(text[e - 1]))
        --e;
    if (s >= e)
        return;
    const bool clauseBullet = bulletClause(QStringView(text).mid(s, e - s)) || flashLine(QStringView(text).mid(s, e - s));
    if (e - s >= 2 && (text[s] == u'-' || text[s] == u'*' || text[s] == char16_t(0x2022) || text[s] == char16_t(0x2013))
        && isSpace(text[s + 1])) {
        s += 2;
        while (s < e && isSpace(text[s]))
            ++s;
        if (s >= e)
            return;
    } else if (const int marker = numberedMarker(QStringView(text).mid(s, e - s)); marker > 0) {
        s += marker; // "1. ", "12) "
        while (s < e && isSpace(text[s]))
            ++s;
        if (s >= e)
            return;
    }

    const QStringView line = QStringView(text).mid(s, e - s);
    // Rules and separators ("----", "* * *") carry no sentence.
    bool hasContent = false;
    for (QChar c : line) {
        if (c.isLetterOrNumber()) {
            hasContent = true;
            break;
        }
    }
    if (!hasContent)
        return;
    const int firstIndex = out.size();
    int sentenceStart = 0;
    const char16_t *d = line.utf16();
    for (int i = 0; i < line.size(); ++i) {
        i = int(findAnyOfWide(d, i, line.size(), {u'.', u'!', u'?', 0x2026})); // the next terminator
        if (i >= line.size())
            break;
        const QChar c(d[i]);
        // Decimal numbers and inner dots ("3.5", "U.S", "example.com") never end anything.
        if (c == u'.' && i + 1 < line.size() && !isSpace(line[i + 1]) && !isClosingQuote(line[i + 1])
            && line[i + 1] != u'.' && (line[i + 1] != u'[' || footnoteMarkers(line, i + 1) == 0))
            continue;
        int endOfTerm = i + 1;
        while (endOfTerm < line.size()) {
            if (line[endOfTerm] == u'.' || line[endOfTerm] == u'!' || line[endOfTerm] == u'?' || isClosingQuote(line[endOfTerm]))
                ++endOfTerm;
            else if (const int markers = line[endOfTerm] == u'[' ? footnoteMarkers(line, endOfTerm) : 0; markers > 0)
                endOfTerm += markers;
            else
                break;
        }
        if (endOfTerm < line.size() && !isSpace(line[endOfTerm])) {
            i = endOfTerm - 1;
            continue;
        }
        int after = endOfTerm;
        while (after < line.size() && isSpace(line[after]))
            ++after;
        // (A day at the head of the line labels what follows: "January 6 (Monday).",
        // "2027. 1. 5. (Tue.) Several SRBMs ...".)
        if (endsSentence(line, i, after)
            && !(sentenceStart == 0 && c == u'.' && (isDateLabel(line.left(i)) || (line.at(0).isDigit() && koreanDottedDateEnd(line, 0) == i + 1)))) {
            out.append(Sentence{s + sentenceStart, s + endOfTerm, false});
            sentenceStart = after;
        }
        i = endOfTerm - 1;
    }
    if (sentenceStart < line.size())
        out.append(Sentence{s + sentenceStart, e, false});

    // A line that is one unit without final punctuation is a heading ("Missile
    // Details", "- Historical Context", a dateline); but a bullet that is a clause
    // ("- South Korea says the missile flew about 600 kilometres", a "Key points"
    // item) is a sentence without its full stop.
    if (out.size() == firstIndex + 1 && !hasFinalPunctuation(line) && !clauseBullet)
        out.last().heading = true;
}

} // namespace

QVector<Sentence> splitSentences(const QString &text)
{
    QVector<Sentence> out;
    out.reserve(text.size() / 120 + 1);
    // A paragraph is a run of lines that SoftWrap joins; each is split as one line.
    int paragraphStart = -1;
    int previousStart = 0, previousEnd = 0;
    int firstLineStart = -1; // the text's first non-blank line: its title when it has one
    int lineStart = 0;
    const int n = text.size();
    const char16_t *d = QStringView(text).utf16();
    for (int i = 0; i <= n; ++i) {
        i = int(findAnyOfWide(d, i, n, {u'\n', u'\r', 0x2028, 0x2029})); // the next line break, or n
        if (i > lineStart) {
            const QStringView line = QStringView(text).mid(lineStart, i - lineStart);
            const bool blank = line.trimmed().isEmpty();
            if (paragraphStart >= 0 && !blank
                && !softWrapped(QStringView(text).mid(previousStart, previousEnd - previousStart), line,
                                previousStart == firstLineStart)) {
                splitLine(text, paragraphStart, previousEnd, out);
                paragraphStart = -1;
            }
            if (blank) {
                if (paragraphStart >= 0)
                    splitLine(text, paragraphStart, previousEnd, out);
                paragraphStart = -1;
            } else {
                if (firstLineStart < 0)
                    firstLineStart = lineStart;
                if (paragraphStart < 0)
                    paragraphStart = lineStart;
                previousStart = lineStart;
                previousEnd = i;
            }
        } else if (i < n && text[i] == u'\n' && i > 0 && text[i - 1] == u'\r') {
            // the second half of a CRLF: not a blank line
        } else if (paragraphStart >= 0) {
            splitLine(text, paragraphStart, previousEnd, out); // an empty line ends a paragraph
            paragraphStart = -1;
        }
        lineStart = i + 1;
    }
    if (paragraphStart >= 0)
        splitLine(text, paragraphStart, previousEnd, out);
    return out;
}

} // namespace atlas
