#include "ingest/PublicationDateDetector.h"

#include "extract/CharScan.h"
#include "extract/DelimitedCells.h"
#include "extract/TemporalTagger.h"
#include "extract/temporal/DateTokens.h"
#include "extract/temporal/DiscourseDates.h"
#include "ingest/CaselessSearch.h"
#include "ingest/EraStamps.h"
#include "ingest/ForeignDateStamps.h"
#include "ingest/StampZone.h"
#include "ingest/ZonedWeekdayPair.h"

#include <QRegularExpression>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>

namespace atlas {
namespace {

// How much a kind of evidence is trusted; the highest wins, then the earliest.
enum Rank {
    RankNone = 0,
    RankBanner = 1,    // "Today : Nov 08, 2025": the site's clock, not the article's
    RankTitle = 2,     // "... Regular Press Conference on November 3, 2026": a title's day, which a headline may also name
    RankUpdated = 3,   // "Updated: ..." is later than the article
    RankByline = 4,    // "By X | March 3, 2025"
    RankDateline = 5,  // "07 November 2025", "SEOUL, Nov. 7, 2025 (Yonhap) --"
    RankMetadata = 6,  // "Date: 2025-07-21"
    RankPublished = 7, // "Published January 06, 2025 | 12:40 PM"
};

PubDateSource sourceFor(Rank r)
{
    switch (r) {
    case RankBanner: return PubDateSource::Banner;
    case RankTitle: case RankUpdated: case RankByline: case RankPublished: return PubDateSource::Stamp;
    case RankDateline: return PubDateSource::Dateline;
    case RankMetadata: return PubDateSource::Metadata;
    case RankNone: break;
    }
    return PubDateSource::None;
}

constexpr int kMaxStampLine = 200;  // longer lines are body paragraphs
constexpr int kMaxStampPrefix = 48; // the keyword must lead the line: "Last updated on ..."

// Whether s holds the lower-case word w, in any case, not inside a longer word.
bool containsWord(QStringView s, const char *w)
{
    const QLatin1String word(w);
    int from = 0;
    while (true) {
        const int at = int(indexOfCaseless(s, word, from));
        if (at < 0)
            return false;
        const int end = at + word.size();
        if ((at == 0 || !s[at - 1].isLetter()) && (end >= s.size() || !s[end].isLetter()))
            return true;
        from = at + 1;
    }
}

int wordCount(QStringView s)
{
    int n = 0;
    bool in = false;
    for (QChar c : s) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !in)
            ++n;
        in = letter;
    }
    return n;
}

// "- ", "* ", "• ", "1. ", "(a) ": a list item's marker. "- 6 January – North
// Korea launches ..." is an entry of a timeline, not a dateline, and the first
// entry's day is not the day the list was written.
bool isListMarker(QStringView p)
{
    if (p.size() == 1)
        return p[0] == u'-' || p[0] == u'*' || p[0] == u'+' || p[0] == QChar(0x2022) || p[0] == QChar(0x2013)
            || p[0] == QChar(0x2014) || p[0] == QChar(0x00B7);
    qsizetype i = 0;
    const bool bracket = !p.isEmpty() && p[0] == u'(';
    if (bracket)
        ++i;
    const qsizetype from = i;
    while (i < p.size() && (p[i].isDigit() || (p[i].isLower() && p[i].unicode() < 128)))
        ++i;
    if (i == from || i - from > 3 || i + 1 != p.size())
        return false;
    return bracket ? p[i] == u')' : (p[i] == u'.' || p[i] == u')');
}

// "SEOUL, TOKYO –", "WASHINGTON (AP) —", "" : a place in capitals before a dateline's date.
bool looksLikeDatelinePlace(QStringView prefix)
{
    prefix = prefix.trimmed();
    if (prefix.size() > 40 || isListMarker(prefix))
        return false;
    for (QChar c : prefix) {
        if (c.isLetter() && !c.isUpper())
            return false;
        if (c.isDigit())
            return false;
    }
    return true;
}

// "Pyongyang, " before "September 19 (KCNA) --": a place in capitalised words
// (KCNA writes it so), taken only with an agency in brackets after the date.
bool looksLikeCapitalisedPlace(QStringView prefix)
{
    prefix = prefix.trimmed();
    if (prefix.isEmpty() || prefix.size() > 40 || prefix.back() != u',')
        return false;
    bool wordStart = true;
    for (QChar c : prefix.chopped(1)) {
        if (c == u' ' || c == u',') {
            wordStart = true;
            continue;
        }
        if (!c.isLetter() || (wordStart && !c.isUpper()))
            return false;
        wordStart = false;
    }
    return true;
}

bool startsLikeDatelineTail(QStringView suffix)
{
    suffix = suffix.trimmed();
    if (suffix.isEmpty())
        return true;
    const QChar c = suffix.front();
    // "MOSCOW, November 8, 2025. /TASS/." and "TOKYO, June 5, 2024. (Kyodo)": a full
    // stop, then the agency between slashes or brackets.
    if (c == u'.' && suffix.size() > 1) {
        const QStringView after = suffix.mid(1).trimmed();
        return !after.isEmpty() && (after.front() == u'/' || after.front() == u'(');
    }
    if (c == u'(' || c == u'-' || c == u'|' || c == u':' || c == QChar(0x2013) || c == QChar(0x2014) || c == u'/')
        return true;
    // "TOKYO, March 19 Kyodo - North Korea ...": the agency named bare, then the dash.
    static const QLatin1String agencies[] = {QLatin1String("Kyodo"), QLatin1String("Yonhap"), QLatin1String("AFP"),
                                             QLatin1String("AP"), QLatin1String("Reuters"), QLatin1String("Xinhua"),
                                             QLatin1String("KCNA"), QLatin1String("TASS"), QLatin1String("UPI"),
                                             QLatin1String("Bernama"), QLatin1String("Antara")};
    for (const QLatin1String agency : agencies) {
        if (suffix.startsWith(agency)) {
            const QStringView after = suffix.mid(agency.size()).trimmed();
            if (!after.isEmpty() && (after.front() == u'-' || after.front() == QChar(0x2013) || after.front() == QChar(0x2014)))
                return true;
        }
    }
    return false;
}

// "Original: Kyunghyang Shinmun, " or "Source: Nikkei Asia, " ends the text
// before a date: the keyword, a colon or "in", then at most the outlet's name.
bool originalSourceBefore(QStringView p)
{
    // Every key holds one of these three: most lines hold none, and a caseless
    // search for each key was a few percent of all extraction.
    if (!containsCaseless(p, QLatin1String("original")) && !containsCaseless(p, QLatin1String("source:"))
        && !containsCaseless(p, QLatin1String("first published")))
        return false;
    static const char *const keys[] = {"original:", "original article:", "source:", "originally published in",
                                       "originally published by", "first published in"};
    for (const char *key : keys) {
        const QLatin1String k(key);
        const int at = p.lastIndexOf(k, -1, Qt::CaseInsensitive);
        if (at < 0 || (at > 0 && p[at - 1].isLetter()))
            continue;
        const QStringView outlet = p.mid(at + k.size());
        if (wordCount(outlet) <= 6 && outlet.trimmed().endsWith(u','))
            return true;
    }
    return false;
}

// What follows a stamp's clock ("4:52 PM GMT+9", ", 16:52 KST", "10.15am (UTC+9)"):
// the suffix without it, so that a clock's figures and zone are not counted as
// words of a sentence.
QStringView withoutLeadingClock(QStringView suffix)
{
    static const QRegularExpression clock(QStringLiteral(
        "^[\\s,]*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[AaPp]\\.?\\s?[Mm]\\.?)?"
        "(?:\\s*\\(?\\s*(?:GMT|UTC|KST|JST|EST|EDT|CST|CDT|PST|PDT|HST|CET|CEST|BST)"
        "(?:\\s*[+\\x{2212}-]\\s*\\d{1,2}(?::?\\d{2})?)?\\s*\\)?)?"));
    if (suffix.isEmpty() || !containsAsciiDigit(suffix.utf16(), std::min<qsizetype>(suffix.size(), 4)))
        return suffix;
    const QRegularExpressionMatch m = clock.match(suffix);
    return m.hasMatch() ? suffix.mid(m.capturedLength()) : suffix;
}

// Classifies the date mention `m` on a line: what the words around it make it.
// "Anna Lee in Seoul · Tue 5 Mar 2024 09.05 GMT": the words before a date are a short
// author, agency or site line ending in a separator (a weekday, abbreviated or in
// full, may lead the date's own words).
// The words before a date without a weekday that leads the date's own words
// ("Tue", "Wednesday,").
QStringView withoutTrailingWeekday(QStringView p)
{
    QStringView head = p;
    while (!head.isEmpty() && (head.back() == u',' || head.back().isSpace()))
        head.chop(1);
    int w = int(head.size());
    while (w > 0 && head[w - 1].isLetter())
        --w;
    const QStringView word = head.mid(w);
    if (word.size() <= 3 || (word.size() <= 9 && word.endsWith(QLatin1String("day"), Qt::CaseInsensitive)))
        return head.left(w).trimmed();
    return head;
}

// What separates the cells of a stamp line: a bar, a middle dot or a bullet
// ("Opinion | 3 min read", "Posted by u/x · 3/24/2028").
bool isCellSeparator(QChar c) { return c == u'|' || c == QChar(0x00B7) || c == QChar(0x2022); }

// Whether `head` is cells of at most maxWords words each, two or more of them
// closed by a separator ("KCNA WATCH | Korean Central News Agency (English) |").
bool shortCells(QStringView head, int maxWords)
{
    int cells = 0;
    static const QRegularExpression separator(QStringLiteral("[|\u00B7\u2022]")); // isCellSeparator's
    for (QStringView cell : head.split(separator)) {
        if (wordCount(cell) > maxWords)
            return false;
        cells += cell.trimmed().isEmpty() ? 0 : 1;
    }
    return cells >= 2;
}

bool separatedStamp(QStringView p, int maxWords)
{
    const QStringView head = withoutTrailingWeekday(p);
    return !head.isEmpty() && isCellSeparator(head.back()) && wordCount(head) <= maxWords;
}

// Whether the words after a date are a byline's: "- 3 min read - World News",
// "\u2013 Seoul Bureau \u2013 Reuters staff", ": by Park Ji-hoon, Seoul correspondent".
bool namesByline(QStringView words)
{
    static const QRegularExpression byline(QStringLiteral(
        "(?<![\\w-])(?:read|min|minutes|updated|bureau|staff|by|reporters?|correspondents?|digest|edition|desk|news|"
        "politics|opinion|world|issue|newsletter)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    return byline.match(words).hasMatch();
}

// Whether a line is a site's top bar, its cells the site's furniture: "Fri., May 21,
// 2027 | Tokyo 18°C | e-Paper | Log in". Its date is the site's clock, not the
// article's (as "Today : ...").
bool siteBarLine(QStringView line)
{
    if (!line.contains(u'|'))
        return false;
    static const QRegularExpression furniture(QStringLiteral(
        "(?<![\\w-])(?:log\\s?in|sign\\s?in|sign\\s?up|subscribe|e-?paper|my\\s+account|register|menu|search|"
        "weather)(?![\\w-])|\\d\\s*\u00B0\\s*[CF]\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(line).hasMatch();
}

Rank classify(QStringView line, QStringView prefix, QStringView suffix, bool inHead)
{
    const QStringView p = prefix.trimmed();
    if (containsWord(p, "today") || containsWord(p, "current date"))
        return inHead ? RankBanner : RankNone;
    if (inHead && line.size() <= kMaxStampLine && siteBarLine(line))
        return RankBanner;
    const bool leadsLine = prefix.size() <= kMaxStampPrefix;
    // "Hannah Ellis in Tokyo | Wed 25 Nov 2026 08.41 GMT | First published on Wed 25
    // Nov 2026 01.02 GMT": the stamp's words lead their cell of a bar-separated line.
    // ("r/KoreanPeninsulaWatch · Posted by u/sinpo_sonar · 3/24/2028": a middle dot
    // or a bullet separates cells as a bar does, and the stamp's words may close
    // the cell before the date's.)
    QStringView cells = p;
    if (!cells.isEmpty() && cells.back() != u'|' && isCellSeparator(cells.back()))
        cells = cells.chopped(1).trimmed();
    qsizetype bar = cells.size() - 1;
    while (bar >= 0 && !isCellSeparator(cells.at(bar)))
        --bar;
    const QStringView cell = bar >= 0 ? cells.mid(bar + 1).trimmed() : cells;
    if (bar >= 0 && cell.size() <= kMaxStampPrefix && line.size() <= kMaxStampLine) {
        if (containsWord(cell, "published") || containsWord(cell, "posted"))
            return RankPublished;
        if (containsWord(cell, "updated") || containsWord(cell, "modified") || containsWord(cell, "edited"))
            return RankUpdated;
    }
    if (inHead && line.size() <= kMaxStampLine) {
        // "*Friday, 31 March 2028 · sent 18:00 KST · View in browser · Unsubscribe*": the
        // date leads a line of short cells (a newsletter's or a site's stamp line).
        const QStringView after = suffix.trimmed();
        if (wordCount(withoutTrailingWeekday(p)) == 0 && !after.isEmpty()
            && isCellSeparator(after.front())
            && shortCells(after, 5))
            return RankByline;
        // "08.02.2028 Julian Reiter in Tokyo (with AFP, Reuters, dpa)": the date leads
        // its author's byline, a name and where they write from.
        static const QRegularExpression authorIn(QStringLiteral(
            "^(?:\\p{Lu}[\\p{L}'\u2019.-]+\\s+){1,3}in\\s+\\p{Lu}[\\p{L}-]+(?:\\s*\\((?:with\\s+)?[^)]{0,60}\\))?\\s*$"));
        if (wordCount(withoutTrailingWeekday(p)) == 0 && authorIn.match(after).hasMatch())
            return RankByline;
        // "North Korea shows off missiles at army anniversary parade – DW – 08.02.2028":
        // a page's title closing with its outlet and its day.
        static const QRegularExpression outletThenDay(QStringLiteral("\\S\\s[\u2013\u2014-]\\s+([^\u2013\u2014|]{1,24}?)\\s+[\u2013\u2014-]\\s*$"));
        if (wordCount(after) == 0) {
            if (const auto m = outletThenDay.match(p); m.hasMatch() && wordCount(m.capturedView(1)) <= 3)
                return RankTitle;
        }
        // "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on
        // November 3, 2026", "Briefing by ... Zakharova, Moscow, October 15, 2026":
        // an official transcript's title closes with the day it was held.
        // (The tagger may take "on" into the date: "Conference on November 3, 2026".)
        if (wordCount(suffix) == 0
            && (p.endsWith(QLatin1String(" on"), Qt::CaseInsensitive) || p.endsWith(u',')
                || p.endsWith(QLatin1String("conference"), Qt::CaseInsensitive) || p.endsWith(QLatin1String("briefing"), Qt::CaseInsensitive))
            && (containsWord(p, "briefing") || containsWord(p, "press conference") || containsWord(p, "remarks")
                || containsWord(p, "transcript") || containsWord(p, "readout")))
            return RankTitle;
        // "[Hokkaido Shimbun, morning edition, November 26, 2026 (Thursday).
        // Translated from Japanese.]": a translation's note of its source's edition.
        // (Or set in italics, "*Translated from the Korean. This column appeared ... on
        // 2027.4.13.*"; a longer lead when it says where the original appeared:
        // "[Translated from Japanese. Original article published in the ... Minpo,
        // morning edition, April 8, Reiwa 9 (2027), ...]".)
        const QStringView opened = line.trimmed();
        const bool original = containsWord(p, "published") || containsWord(p, "appeared") || containsWord(p, "edition");
        if ((opened.startsWith(u'[') || opened.startsWith(u'*') || opened.startsWith(u'_')
             || opened.startsWith(QLatin1String("Translated"), Qt::CaseInsensitive))
            && (containsCaseless(line, QLatin1String("translated")) || containsCaseless(line, QLatin1String("translation")))
            && wordCount(p) <= (original ? 24 : 8))
            return RankByline;
    }
    if (leadsLine && line.size() <= kMaxStampLine) {
        if (containsWord(p, "updated") || containsWord(p, "update") || containsWord(p, "modified")
            || containsWord(p, "edited") || containsWord(p, "edit"))
            return RankUpdated;
        // "Write:" and "Input" are Korean sites' posting stamps (작성, 입력);
        // "Answered on" dates a parliament's written answer, whose question was
        // "tabled" earlier.
        if (containsWord(p, "published") || containsWord(p, "posted") || containsWord(p, "released")
            || containsWord(p, "issued") || containsWord(p, "write") || containsWord(p, "written")
            || containsWord(p, "input") || containsWord(p, "answered") || containsWord(p, "answer")
            // a programme's air date is its publication: "Broadcast: Monday 10 March 2025"
            || containsWord(p, "broadcast") || containsWord(p, "aired"))
            return RankPublished;
    }
    // "Answer given by High Representative/Vice-President Kallas on behalf of the
    // European Commission (22.1.2026)": a written answer's date follows the
    // answerer's name and office, too long for a stamp's lead words.
    if (line.size() <= kMaxStampLine && p.startsWith(QLatin1String("answer given"), Qt::CaseInsensitive))
        return RankPublished;
    if (!inHead)
        return RankNone;
    // "Quick summary of what's been reported so far (Tue 25 Nov 2025, KST):", "As of
    // 10 a.m. on 25 November 2025": the day a summary in the head is written as of.
    // (The date closes the line: "The sanctions regime, as of 25 November 2025,
    // covered ..." is prose.)
    // ("Sanctions in force as of January 1, 2018 remain.", "North Korea has fired 12
    // missiles as of March 2, 2023." are sentences: "as of" must lead the line's
    // words, and no full stop close it.)
    const auto asOfLeads = [&] {
        const qsizetype at = indexOfCaseless(p, QLatin1String("as of"), 0);
        return at >= 0 && containsWord(p, "as of") && wordCount(p.left(at)) <= 1;
    };
    if (line.size() <= kMaxStampLine && prefix.size() <= 2 * kMaxStampPrefix && wordCount(suffix) <= 2
        && !suffix.trimmed().endsWith(u'.')
        && (asOfLeads() || withoutTrailingWeekday(p).endsWith(QLatin1String("so far ("), Qt::CaseInsensitive)))
        return RankUpdated;
    // A print edition's line: "*Rodong Sinmun*, page 1 — Juche 116 (2027), May 21,
    // Friday", "The Korea Herald, page 3, 21 May 2027".
    static const QRegularExpression pageOf(QStringLiteral("(?<![\\w-])(?:page|p\\.)\\s*[A-Z]?\\d{1,3}(?![\\w-])"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (line.size() <= kMaxStampLine && wordCount(p) <= 10 && wordCount(suffix) <= 2 && pageOf.match(p).hasMatch())
        return RankByline;
    // A translation's or reprint's source line, "[Unofficial translation from the
    // Korean. Original: <outlet>, 28 August 2025, page 4]", "Source: <outlet>, 2 June
    // 2025": the original's date, said a few words after the keyword.
    if (line.size() <= kMaxStampLine && originalSourceBefore(p))
        return RankByline;
    if (leadsLine && line.size() <= kMaxStampLine) {
        if (p.startsWith(QLatin1String("date"), Qt::CaseInsensitive)
            || p.startsWith(QLatin1String("publication date"), Qt::CaseInsensitive)
            || p.startsWith(QLatin1String("pubdate"), Qt::CaseInsensitive))
            return RankMetadata;
        if (p.startsWith(QLatin1String("by "), Qt::CaseInsensitive) || containsWord(p, "by"))
            return RankByline;
        if (separatedStamp(p, 8))
            return RankByline;
        // A line that is little more than the date (and, after a dateline's place,
        // its clock: "SEOUL/TOKYO, Oct 15, 2025, 4:52 PM GMT+9" is a stamp of two
        // places, not a sentence; "Exported 2025-12-04 02:11 UTC by ..." is no dateline).
        QStringView rest = looksLikeDatelinePlace(prefix) ? withoutLeadingClock(suffix) : suffix;
        // ("June 25, 2027 at 9:47 p.m. EDT Updated June 26, 2027 at 7:10 a.m. EDT": the
        // words from "Updated" on are a stamp of their own.)
        static const QRegularExpression laterStamp(QStringLiteral("(?<![\\w-])(?:updated|modified|edited)(?![\\w-])"),
                                                   QRegularExpression::CaseInsensitiveOption);
        if (const auto later = laterStamp.match(rest); later.hasMatch())
            rest = rest.left(later.capturedStart());
        // (A list item's day is an event's, unless a byline follows it in list form.)
        // (A line ending in a full stop is a sentence, unless the stop is a clock's:
        // "Monday, 23 August 2027, 3 p.m.", a meeting record's head.)
        const QStringView tail = suffix.trimmed();
        const bool sentenceStop = tail.endsWith(u'.') && !tail.endsWith(QLatin1String("a.m."), Qt::CaseInsensitive)
            && !tail.endsWith(QLatin1String("p.m."), Qt::CaseInsensitive);
        if (wordCount(p) + wordCount(rest) <= 6 && !sentenceStop && (!isListMarker(p) || namesByline(suffix)))
            return RankDateline;
    }
    // "KCNA WATCH | Korean Central News Agency (English) | Wednesday, December 10, Juche
    // 114 (2025)": a site's header line, its cells longer than a stamp's lead words.
    // (Two separators at least, each cell a few words: "Timeline: North Korea's first
    // hydrogen bomb test and its aftermath | September 3, 2017" is a related story.)
    if (prefix.size() <= 2 * kMaxStampPrefix && line.size() <= kMaxStampLine && wordCount(suffix) <= 2
        && separatedStamp(p, 12) && shortCells(withoutTrailingWeekday(p), 5))
        return RankByline;
    // A dateline opening the first paragraph: "SEOUL, Nov. 7, 2025 (Yonhap) -- North Korea ..."
    if (prefix.size() <= 48 && looksLikeDatelinePlace(prefix) && startsLikeDatelineTail(suffix)
        && (!p.isEmpty() || !suffix.trimmed().isEmpty()))
        return RankDateline;
    if (looksLikeCapitalisedPlace(prefix) && suffix.trimmed().startsWith(u'('))
        return RankDateline;
    return RankNone;
}

// The common-era year of an era's year that ends `prefix` (before a separator):
// "... Juche 116 (2027), " gives 2027; 0 when there is none.
int eraYearJustBefore(QStringView prefix)
{
    QStringView p = prefix;
    while (!p.isEmpty() && (p.back().isSpace() || p.back() == u',' || p.back() == QChar(0x2014) || p.back() == u'-'))
        p.chop(1);
    for (const QLatin1String era : {QLatin1String("Juche"), QLatin1String("Reiwa"), QLatin1String("Heisei")}) {
        const qsizetype at = p.lastIndexOf(era);
        if (at < 0 || p.size() - at > 24)
            continue;
        int end = 0;
        const int year = temporal::eraYearAfter(p.mid(at), &end);
        if (year > 0 && at + end == p.size())
            return year;
    }
    return 0;
}

// KCNA's stamp "(Juche113.4.3.)", "Juche116(2027).8.19.": the Juche year counts from 1912 (Juche 1), so
// Gregorian = Juche + 1911. Returns the date and its span in `line`, or an
// invalid date. Years outside 100..200 (2011..2111) are not a current stamp.
QDate jucheStampAt(QStringView line, int at, int *start, int *end)
{
    int i = at + 5;
    while (i < line.size() && line[i] == u' ')
        ++i;
    int numbers[3] = {0, 0, 0};
    for (int k = 0; k < 3; ++k) {
        const int first = i;
        while (i < line.size() && line[i].isDigit() && i - first < 4)
            numbers[k] = numbers[k] * 10 + line[i++].digitValue();
        if (i == first)
            return {};
        // ("Juche116(2027).8.19.": the common-era year in brackets after the
        // Juche year, which it must agree with.)
        if (k == 0) { // ("Juche 116 (2027).8.19.")
            int j = i;
            while (j < line.size() && line[j] == u' ')
                ++j;
            if (j + 6 <= line.size() && line[j] == u'(' && line[j + 5] == u')')
                i = j;
        }
        if (k == 0 && i + 6 <= line.size() && line[i] == u'(' && line[i + 5] == u')') {
            int gregorian = 0;
            for (int j = i + 1; j < i + 5; ++j)
                gregorian = line[j].isDigit() ? gregorian * 10 + line[j].digitValue() : -100000;
            if (gregorian != numbers[0] + 1911)
                return {};
            i += 6;
        }
        if (k < 2) {
            if (i >= line.size() || line[i] != u'.')
                return {};
            ++i;
        }
    }
    if (i < line.size() && line[i] == u'.')
        ++i;
    if (numbers[0] < 100 || numbers[0] > 200)
        return {};
    const QDate d(numbers[0] + 1911, numbers[1], numbers[2]);
    if (d.isValid()) {
        *start = at;
        *end = i;
    }
    return d;
}

// Where "Juche" starts in line from `from` on, or -1 (line.indexOf("Juche", from)):
// its 'J' found eight code units a step, where Qt's search of a Latin-1 word
// cost ten instructions a character of every head line with a figure.
int indexOfJuche(QStringView line, int from)
{
    return int(indexOfAscii(line.utf16(), from, line.size(), QLatin1String("Juche")));
}

QDate jucheStamp(QStringView line, int *start, int *end)
{
    for (int at = indexOfJuche(line, 0); at >= 0; at = indexOfJuche(line, at + 5)) {
        const QDate d = jucheStampAt(line, at, start, end);
        if (d.isValid())
            return d; // "the Juche idea ... (Juche113.4.3.)": the first that is a stamp
    }
    return {};
}

struct Best {
    PublicationDate pd;
    Rank rank = RankNone;
    PublicationDate yearless; // "SEOUL, Nov. 7 (Yonhap) --": month and day in `date` of year 2000
};

constexpr int kYearSearchChars = 20000; // where a yearless dateline's year is looked for

// The one year the matches of `re` in text capture (group 1): 0 when none, -1
// when they name two.
int onlyYear(const QRegularExpression &re, QStringView text)
{
    int found = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const int y = it.next().capturedView(1).toInt();
        if (found && y != found)
            return -1;
        found = y;
    }
    return found;
}

// The year of a dateline that gives only the month and day ("SEOUL, Nov. 7
// (Yonhap) --"), from elsewhere in the article: a copyright line, or the same
// month and day written with a year ("on Nov. 7, 2025"), or the year its own
// paragraph counts the news in ("the first such launch of 2027"), or a headline
// about one year. 0 when none is there: no year is guessed.
int yearForDateline(const QString &text, int month, int day, const TemporalTagger &tagger, int datelineAt)
{
    const QString head = text.left(kYearSearchChars);
    static const QRegularExpression copyright(
        QStringLiteral("(?:\\x{00A9}|\\(c\\)|Copyright)\\s*(?:(?:19|20)\\d\\d\\s*[-\\x{2013}]\\s*)?((?:19|20)\\d\\d)(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = copyright.match(head);
    if (m.hasMatch())
        return m.captured(1).toInt();
    for (const DateMention &d : tagger.tag(head)) {
        if (d.date.isDay() && !d.relative && d.date.earliest.month() == month && d.date.earliest.day() == day)
            return d.date.earliest.year();
    }
    // "TOKYO, Jan 5 (Reuters) - North Korea fired ..., the isolated state's first
    // such launch of 2027": the dateline's sentence counts the news in its year
    // (an ordinal, then a launch word and "of" and the year; not "its first ICBM
    // in 2023", which may be when that was, nor "the first hypersonic missile of
    // 2022" or "the first half of 2026", nor a year counted from: "the first since
    // ... of 2022"). When the sentence names a weekday ("on Tuesday"), the day in
    // that year must be it or the day after it.
    if (datelineAt >= 0 && datelineAt < head.size()) {
        // (The sentence's end by hand, a full stop after a lower-case letter: the
        // splitter would end it at the dateline's own "MOSCOW, April 7. /TASS/.".)
        qsizetype sentenceEnd = head.indexOf(u'\n', datelineAt);
        if (sentenceEnd < 0)
            sentenceEnd = head.size();
        for (qsizetype k = datelineAt; k + 2 < sentenceEnd; ++k) {
            if (head.at(k) == u'.' && head.at(k + 1) == u' ' && head.at(k + 2).isUpper() && k > 0 && head.at(k - 1).isLower()
                && k - datelineAt > 12) {
                sentenceEnd = k;
                break;
            }
        }
        static const QRegularExpression counted(QStringLiteral(
            "(?<![\\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)|latest|newest)"
            "(?![\\w-])(?:(?!(?<![\\w-])(?:since|after|before|than|from|until|ago)(?![\\w-]))[^.;]){0,60}?"
            "(?<![\\w-])(?:launch(?:es)?|tests?|firings?|salvos?)\\s+of\\s+((?:19|20)\\d\\d)(?![\\d/.-]\\d)(?!\\s*(?:[-\u2013]|to|and)\\s*\\d)"),
            QRegularExpression::CaseInsensitiveOption);
        const QStringView sentence = QStringView(head).mid(datelineAt, sentenceEnd - datelineAt);
        const int found = std::max(onlyYear(counted, sentence), 0);
        // The weekday the dateline's sentence tells, if any (Qt::DayOfWeek; 0: none;
        // the tagger's reading: "on Tuesday", "early Friday"), and whether the
        // dateline's day in a year is it or the day after it.
        int told = 0;
        for (const DateMention &d : tagger.tag(sentence.toString())) {
            if (d.date.weekday != 0) {
                told = d.date.weekday;
                break;
            }
        }
        auto fitsWeekday = [&](int year) {
            const int dateline = QDate(year, month, day).dayOfWeek();
            return dateline == told || dateline == told % 7 + 1;
        };
        if (found && (!told || fitsWeekday(found)))
            return found;
        // "It was the sixth ballistic missile launch by Pyongyang in 2027, Seoul said",
        // further down: the article counting the news in its year, "in" as well as
        // "of" -- taken only when the weekday the dateline's sentence tells fits
        // that year, and one year alone is so counted.
        if (told) {
            // ("first" only after a possessive, "its first ICBM launch in 2027": "it
            // recalled the first launch of 2022" looks back. From the dateline on: a
            // headline's year is the headline rule's, below.)
            static const QRegularExpression countedAnywhere(QStringLiteral(
                "(?<![\\w-])(?:(?<=its\\s|['\u2019]s\\s)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)|latest)"
                "(?![\\w-])\\s+(?:[\\w'\u2019-]+\\s+){0,4}?(?:launch(?:es)?|tests?|test-fires?|firings?)(?:\\s+events?)?"
                "(?:\\s+(?:by|from|of)\\s+(?:the\\s+)?(?:[\\w'\u2019-]+\\s+){0,2}?[\\w'\u2019-]+)??\\s+(?:of|in)\\s+((?:19|20)\\d\\d)"
                "(?![\\d/.-]\\d)(?!\\s*(?:[-\u2013]|to|and)\\s*\\d)"),
                QRegularExpression::CaseInsensitiveOption);
            // ("It was the ninth time North Korea had launched ballistic missiles in
            // 2027": the times counted, by a launch verb.)
            static const QRegularExpression timesCounted(QStringLiteral(
                "(?<![\\w-])(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+time\\s+"
                "(?:[\\w'\u2019-]+\\s+){0,4}?(?:launched|fired|test-fired|tested)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?in\\s+((?:19|20)\\d\\d)"
                "(?![\\d/.-]\\d)(?!\\s*(?:[-\u2013]|to|and)\\s*\\d)"),
                QRegularExpression::CaseInsensitiveOption);
            int anywhere = onlyYear(countedAnywhere, QStringView(head).mid(datelineAt));
            if (const int times = onlyYear(timesCounted, QStringView(head).mid(datelineAt)); times != 0)
                anywhere = anywhere == 0 || anywhere == times ? times : -1;
            if (anywhere < 0)
                return 0; // two years counted: neither is told
            if (anywhere && fitsWeekday(anywhere))
                return anywhere;
        }
    }
    // "FACTBOX-North Korea's missile launches in 2025" over "Nov 25 (Reuters) -":
    // a headline about one year, the only year it names.
    // (The headline is a line of its own, above the dateline's.)
    const int titleEnd = int(head.indexOf(u'\n'));
    if (titleEnd <= 0 || titleEnd > 150)
        return 0;
    // (Not a year the headline counts from or compares with: "first ICBM since
    // 2023", "more than in 2022".)
    static const QRegularExpression year(QStringLiteral(
        "(?<![\\d.,/-])(?<!since )(?<!after )(?<!before )(?<!than )(?<!from )(?<!until )(?<!till )(?<!to )(?<!in late )"
        "((?:19|20)\\d\\d)(?![\\d.,/-]\\d)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression countedFrom(QStringLiteral("\\b(?:since|after|before|than|from|until|till|first|last|ago)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    // A headline that counts from a year ("first ICBM since 2023") or holds the
    // dateline's own words ("(Reuters)") names no year of its own.
    const QStringView title = QStringView(head).left(titleEnd);
    if (countedFrom.match(title).hasMatch() || title.contains(u'('))
        return 0;
    return std::max(onlyYear(year, title), 0);
}

// The highest rank classify() can give a date on a line of this length: a body
// paragraph (longer than a stamp line) can hold a banner's "today" or open
// with a dateline, never a stamp, a byline or a metadata line; outside the
// head only stamps count.
Rank bestRankPossible(qsizetype lineSize, bool inHead)
{
    if (lineSize <= kMaxStampLine)
        return RankPublished;
    return inHead ? RankDateline : RankNone;
}

// Whether a date the tagger finds on a body paragraph in the head (a line
// longer than a stamp line) can rank at all, which there means as a banner (a
// "today" or "current date" before it, wanted only while nothing is found) or
// as a dateline: looksLikeDatelinePlace (at most 48 characters before it, no
// figure and no lower-case letter) or looksLikeCapitalisedPlace (capitalised
// words and a comma) before it. A date starts at a figure or at a word of the
// tagger's lexicon (a month, "on", "the", "early" ...), so the places where
// such a prefix can end are looked at for one; most paragraphs open with a
// lower-case word within a few letters and have none.
bool mayOpenPlacedDate(QStringView scan);

bool bodyLineMayRank(QStringView scan, bool lookForBanner)
{
    if (mayOpenPlacedDate(scan))
        return true;
    // A banner's key anywhere on the line (containsWord reads a part of it):
    // looked for around its rarer letters.
    const qsizetype n = scan.size();
    return lookForBanner
        && (leadingKeys(scan, {QLatin1String("today")}, n, 'y') != 0
            || leadingKeys(scan, {QLatin1String("current date")}, n, 'u') != 0);
}

// Whether a date may start where the prefix before it can still be a dateline
// place or a capitalised place (see bodyLineMayRank).
bool mayOpenPlacedDate(QStringView scan)
{
    const qsizetype n = scan.size();
    qsizetype k = 0; // the prefix's first character after white space (as trimmed() reads it)
    while (k < n && scan[k].isSpace())
        ++k;
    // While the prefix scan[0, t) grows, whether it can still be (a) a dateline
    // place or (b) a capitalised place: both fail for good at some character.
    bool placeA = true, placeB = true;
    bool wordStart = true;       // (b): the next letter starts a word
    bool otherSpace = false;     // (b): white space other than ' ' since the last character of the prefix
    qsizetype trimmedSize = 0;   // of the prefix, as trimmed()
    bool endsWithComma = false;
    for (qsizetype t = 0;; ++t) {
        const bool a = placeA && t <= 48 && trimmedSize <= 40;
        const bool bAlive = placeB && trimmedSize <= 40;
        if (!a && !bAlive)
            return false; // no longer prefix can be either
        if (t == n)
            return false;
        if (a || (bAlive && trimmedSize > 0 && endsWithComma)) {
            const QChar c = scan[t];
            if (c.unicode() >= u'0' && c.unicode() <= u'9')
                return true; // a number token may open a date here
            if (c.isLetter()) {
                qsizetype e = t;
                while (e < n && scan[e].isLetter())
                    ++e;
                int value = 0;
                if (temporal::classifyWord(scan.mid(t, e - t), value) != temporal::Lex::None)
                    return true; // so may a lexicon word (a month, "on", "the", "early" ...)
            }
        }
        const QChar c = scan[t];
        if (t < k)
            continue; // leading white space, trimmed off
        if (c.isSpace()) {
            otherSpace = otherSpace || c != u' ';
            wordStart = true;
            continue; // inside the prefix only if more follows
        }
        trimmedSize = t - k + 1;
        endsWithComma = c == u',';
        if ((c.isLetter() && !c.isUpper()) || c.isDigit())
            placeA = false;
        if (otherSpace)
            placeB = false; // a tab or line break inside the prefix
        if (c == u',')
            wordStart = true;
        else if (!c.isLetter() || (wordStart && !c.isUpper()))
            placeB = false;
        else
            wordStart = false;
    }
}

// A dateline of `line` up to `end`, dated `day`, as the best date so far (its
// evidence from the line's first word).
void takeDateline(Best &best, QStringView line, int lineStart, int end, const QDate &day)
{
    int s = 0;
    while (s < line.size() && line[s].isSpace())
        ++s;
    best.pd.date = best.pd.koreaDate = day;
    best.pd.source = PubDateSource::Dateline;
    best.pd.start = lineStart + s;
    best.pd.end = lineStart + end;
    best.pd.text = line.mid(s, end - s).toString();
    best.rank = RankDateline;
}

// Whether a date opens a list item that tells an event: a list marker alone
// before it ("-", "*", "\u2022", "\u2013", "1.", "a)"), then a colon or a dash and
// three words or more ("- 2026-01-04: several ballistic missiles ..."). A short
// stamp in a list ("\u2022 March 3, 2025", "\u2022 Updated 3 March 2025") is not one.
bool datesAListItem(QStringView prefix, QStringView suffix)
{
    if (!isListMarker(prefix.trimmed()))
        return false;
    const QStringView rest = suffix.trimmed();
    if (rest.isEmpty() || !(rest.front() == u':' || rest.front() == u'-' || rest.front() == QChar(0x2013) || rest.front() == QChar(0x2014)))
        return false;
    return wordCount(rest.mid(1)) >= 4 && !namesByline(rest);
}

void considerLine(const QString &text, int lineStart, int lineEnd, bool inHead, const TemporalTagger &tagger,
                  Best &best, bool skipOutranked)
{
    // A line's indentation is layout, not words before its date: a PDF's
    // right-aligned "January 6, 2025" leads its line as much as a flush one.
    while (lineStart < lineEnd && (text.at(lineStart) == u' ' || text.at(lineStart) == u'\t'))
        ++lineStart;
    const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
    // Every candidate below (Juche stamp, era or foreign date, tagged date) must
    // rank above the best so far to count; a yearless dateline is read only
    // while nothing is found (best.rank > RankNone means a date is). So a line
    // that cannot outrank the best is not read: most head lines are body
    // paragraphs, tagged in vain once a dateline is found.
    if (skipOutranked && bestRankPossible(line.size(), inHead) <= best.rank && (best.rank > RankNone || !inHead))
        return;
    if (line.trimmed().isEmpty())
        return;
    // "| 6 January 2025 | Pyongyang | ...": a table's cell is a row's data, never
    // the article's date (a list of launches may have no date of its own).
    if (line.trimmed().startsWith(u'|'))
        return;
    // Only the first part of a long line can hold a stamp or dateline.
    const QStringView head = line.left(kMaxStampLine + 40);
    // Every date this looks for (a day of a year, a yearless dateline day, a
    // Juche stamp) is written with figures: a line without one is not tagged.
    if (!containsAsciiDigit(head.utf16(), head.size()))
        return;
    const QString scan = head.toString();
    int jStart = 0, jEnd = 0;
    if (inHead && best.rank < RankDateline) {
        const QDate juche = jucheStamp(scan, &jStart, &jEnd);
        // (A stamp: opening its line, or its own short line, or in brackets after a dispatch's words;
        // not "KCNA's statement, dated Juche116.8.19., warned ..." told in prose.)
        const bool stamped = jStart <= 40 || line.size() <= 60 || (jStart > 0 && scan.at(jStart - 1) == u'(');
        if (juche.isValid() && stamped) {
            // "Pyongyang, April 3 (KCNA) -- www.kcna.kp (Juche113.4.3.)": the
            // agency's own dating of its dispatch, as good as a dateline.
            takeDateline(best, line, lineStart, std::min<int>(line.size(), jEnd + (jEnd < line.size() && line[jEnd] == u')' ? 1 : 0)), juche);
        }
    }
    // "Updated: R7.12.13 (Sat) 08:10": a Japanese era date, ranked by the words
    // around it; else "13.out.2025 às 23h15" or "3 December B.E. 2568": a month
    // in another language or a Buddhist-Era year, kept from a translated source.
    // (Japan's day is Korea's, both UTC+9; a foreign stamp's clock is not read.)
    int eraStart = 0, eraEnd = 0;
    QDate era = japaneseEraDate(scan, &eraStart, &eraEnd);
    if (!era.isValid())
        era = foreignStampDate(scan, &eraStart, &eraEnd);
    if (era.isValid()) {
        const Rank rank = classify(line, QStringView(scan).left(eraStart), QStringView(scan).mid(eraEnd), inHead);
        if (rank > best.rank) {
            int s = 0;
            while (s < line.size() && line[s].isSpace())
                ++s;
            int e = line.size();
            while (e > s && line[e - 1].isSpace())
                --e;
            if (line.size() > kMaxStampLine)
                e = eraEnd;
            best.pd.date = best.pd.koreaDate = era;
            best.pd.source = sourceFor(rank);
            best.pd.start = lineStart + s;
            best.pd.end = lineStart + e;
            best.pd.text = line.mid(s, e - s).toString();
            best.rank = rank;
        }
    }
    // A body paragraph's dates rank only as a banner's or a dateline's, and
    // most paragraphs can hold neither: they are not tagged.
    if (skipOutranked && line.size() > kMaxStampLine
        && (bestRankPossible(line.size(), inHead) <= best.rank
            || !bodyLineMayRank(scan, best.rank < RankBanner)))
        return;
    const QVector<DateMention> mentions = tagger.tag(scan);
    int prevEnd = 0;
    for (const DateMention &found : mentions) {
        const DateMention *mp = &found;
        DateMention eraDay; // the day with its era's year, when a stamp line gives one
        const int mStart = found.start;
        int mEnd = found.end;
        const QStringView prefix = QStringView(scan).mid(prevEnd, mStart - prevEnd);
        prevEnd = mEnd;
        if (found.date.precision == DatePrecision::DayOfYear && inHead && !best.yearless.date.isValid()
            && classify(line, QStringView(scan).left(mStart), QStringView(scan).mid(mEnd), inHead) == RankDateline) {
            best.yearless.date = QDate(2000, found.date.month, found.date.day); // a leap year admits 29 February
            best.yearless.start = lineStart + mStart;
            best.yearless.end = lineStart + mEnd;
        }
        if (found.date.precision == DatePrecision::DayOfYear && inHead && best.rank < RankDateline) {
            // "Pyongyang, November 26 Juche 114 (2025) (KCNA) --": KCNA's dateline
            // gives its year in the Juche calendar after the day.
            int jucheEnd = 0;
            int year = temporal::eraYearAfter(QStringView(scan).mid(mEnd), &jucheEnd);
            // (Or just before it: "Rodong Sinmun, page 1 — Juche 116 (2027), May 21, Friday".)
            const int eraBefore = year > 0 ? 0 : eraYearJustBefore(QStringView(scan).left(mStart));
            const QDate day = year > 0 ? QDate(year, found.date.month, found.date.day) : QDate();
            const QStringView lead = QStringView(scan).left(mStart);
            if (day.isValid() && (looksLikeCapitalisedPlace(lead) || (!lead.trimmed().isEmpty() && looksLikeDatelinePlace(lead)))) {
                int e = mEnd + jucheEnd;
                if (const int close = int(scan.indexOf(u')', e)); close > 0 && close - e < 12 && scan.mid(e, close - e).contains(u'('))
                    e = close + 1; // and the agency's bracket
                takeDateline(best, line, lineStart, e, day);
                continue;
            }
            // "Wednesday, December 10, Juche 114 (2025)", "25 November, Reiwa 7 (2025)":
            // a stamp line's day with its era's year ranks as that day written in full.
            if (!day.isValid() && eraBefore > 0 && line.size() <= kMaxStampLine
                && QDate::isValid(eraBefore, found.date.month, found.date.day)) {
                eraDay = found;
                eraDay.date = FuzzyDate::onDay(QDate(eraBefore, found.date.month, found.date.day), found.date.text);
                mp = &eraDay;
            } else if (day.isValid() && line.size() <= kMaxStampLine) {
                eraDay = found;
                eraDay.date = FuzzyDate::onDay(day, found.date.text);
                eraDay.end = mEnd + jucheEnd;
                mEnd = eraDay.end;
                mp = &eraDay;
            }
        }
        const DateMention &m = *mp;
        if (m.date.precision != DatePrecision::Day || !m.date.isKnown() || m.relative)
            continue;
        int suffixEnd = scan.size();
        const QStringView suffix = QStringView(scan).mid(mEnd, suffixEnd - mEnd);
        // "- 2026-01-04: several ballistic missiles from near Pyongyang": a list
        // item's day is the event it lists, not the article's.
        if (datesAListItem(QStringView(scan).left(mStart), suffix))
            continue;
        const Rank rank = classify(line, QStringView(scan).left(mStart), suffix, inHead);
        Q_UNUSED(prefix);
        if (rank <= best.rank)
            continue;
        PublicationDate pd;
        pd.koreaDate = m.date.earliest;
        pd.date = m.date.earliest.addDays(-m.koreaDayShift);
        pd.source = sourceFor(rank);
        // The evidence: the whole stamp line when short, else up to the date.
        int s = 0;
        while (s < line.size() && line[s].isSpace())
            ++s;
        // (a dateline opening a paragraph ends with the date and its agency).
        int e = line.size() <= kMaxStampLine && wordCount(suffix) <= 8 ? line.size() : mEnd;
        if (e == mEnd && suffix.trimmed().startsWith(u'(')) {
            const int close = scan.indexOf(u')', mEnd);
            if (close > 0 && close - mEnd < 30)
                e = close + 1;
        }
        while (e > s && line[e - 1].isSpace())
            --e;
        pd.start = lineStart + s;
        pd.end = lineStart + e;
        pd.text = line.mid(s, e - s).toString();
        best.pd = pd;
        best.rank = rank;
    }
}

} // namespace

namespace {
// The commas (or tabs) of a line that reads as a row of a spreadsheet pasted as
// text: four or more, every cell a short value ("24 July 2023,Wonsan,-,SRBM,2,400
// km"); 0 for prose, whose clauses between commas run longer.
int delimitedRowCells(QStringView line)
{
    const DelimiterCounts d = shortCellDelimiters(line, 60);
    const int count = std::max(d.commas, d.tabs);
    return count >= 4 ? count : 0;
}
} // namespace

PublicationDate PublicationDateDetector::detect(const QString &text) const
{
    TemporalTagger tagger; // no anchor: only dates that carry their own year count
    tagger.setKeepDatelines(true); // a dateline's date is what is looked for here
    Best best;
    // 1. The head: datelines, bylines, metadata lines, banners, stamps.
    int lineStart = 0;
    int headEnd = 0;
    bool inTable = false; // after a table's "--- | ---" rule, until a line without '|'
    // A plain-text export has no rule: a line of four or more cells under one
    // with as many is a data row ("2025-01-06 | Pyongyang area | IRBM | ..."),
    // and its date is a row's, not the file's.
    qsizetype prevBars = 0;
    // Line ends are looked for sixteen code units a step: step 2 walks the whole text.
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    // (The characters first: a line of prose fails at its first letter, where
    // looking for a bar and a dash read all of it.)
    static const auto isTableRule = [](QStringView l) {
        l = l.trimmed();
        return l.size() >= 3
            && std::all_of(l.begin(), l.end(), [](QChar c) { return c == u'-' || c == u'|' || c == u':' || c == u' '; })
            && l.contains(u'|') && l.contains(u'-');
    };
    for (int lineNo = 0; lineNo < m_options.headLines && lineStart < text.size()
         && lineStart < m_options.headChars;
         ++lineNo) {
        const int lineEnd = int(findAnyOfWide(d, lineStart, text.size(), {u'\n'}));
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        // Cells between bars, or between the commas or tabs of a pasted spreadsheet.
        // (Most head lines are prose without a bar: an SSE2 look says so before any count.)
        const qsizetype pipes = containsAnyOf(line, {u'|'}) ? line.count(u'|') : 0;
        const qsizetype bars = std::max<qsizetype>(pipes, delimitedRowCells(line));
        if (isTableRule(line) || (bars >= 3 && bars == prevBars))
            inTable = true;
        else if (bars == 0)
            inTable = false;
        if (!line.trimmed().isEmpty())
            prevBars = bars;
        if (line.trimmed().isEmpty())
            --lineNo; // blank lines do not count
        else if (!inTable)
            considerLine(text, lineStart, lineEnd, true, tagger, best, m_options.skipOutranked);
        lineStart = lineEnd + 1;
        headEnd = lineStart;
    }
    // 2. Published/Posted/Updated/Edited stamps anywhere (some outlets print them at the end).
    if (best.rank < RankPublished) {
        // A stamp is a short line (kMaxStampLine + 1 characters at most) whose
        // keyword starts within its first kMaxStampPrefix + 1 characters. Only
        // those lines are searched: a case-insensitive search of the whole
        // text cost as much as extracting the article.
        struct Line {
            int start, end;
        };
        QVarLengthArray<Line, 64> shortLines;
        for (int ls = headEnd; ls < text.size();) {
            const int le = int(findAnyOfWide(d, ls, text.size(), {u'\n'}));
            if (le - ls <= kMaxStampLine + 1)
                shortLines.append(Line{ls, le});
            ls = le + 1;
        }
        // Each line is read once for all keys; the lines are then considered
        // key by key, in the order that decides between equal ranks. ("nswer": a
        // written answer below its question; its own pivot, a rare letter.)
        QVarLengthArray<unsigned, 64> keysOf(shortLines.size());
        for (qsizetype i = 0; i < shortLines.size(); ++i) {
            const QStringView line = QStringView(text).mid(shortLines[i].start, shortLines[i].end - shortLines[i].start);
            // considerLine passes over a line without a figure (every stamp
            // date has one), so its keys are not read: most short lines are
            // headings and captions.
            if (m_options.skipOutranked && !containsAsciiDigit(line.utf16(), line.size())) {
                keysOf[i] = 0;
                continue;
            }
            // ("This page was last edited on 21 September 2026": a wiki's footer.)
            keysOf[i] = leadingKeys(line, {QLatin1String("ublished"), QLatin1String("osted"), QLatin1String("pdate"),
                                           QLatin1String("dited"), QLatin1String("odified")},
                                    kMaxStampPrefix, 'd')
                | leadingKeys(line, {QLatin1String("nswer")}, kMaxStampPrefix, 'w') << 5;
        }
        for (unsigned key = 0; key < 6; ++key) {
            for (qsizetype i = 0; i < shortLines.size(); ++i) {
                if (keysOf[i] & (1u << key))
                    considerLine(text, shortLines[i].start, shortLines[i].end, false, tagger, best, m_options.skipOutranked);
            }
        }
    }
    // 3. A dateline with the month and day only takes its year from elsewhere.
    // (A yearless dateline beats a site's clock too: "Mon., Aug. 2, 2027 | Seoul 31°C |
    // e-Paper" over "SEOUL, June 13 (Reuters) -".)
    if ((!best.pd.isValid() || best.rank == RankTitle || best.rank == RankBanner) && best.yearless.date.isValid()) {
        const QDate md = best.yearless.date;
        const int year = yearForDateline(text, md.month(), md.day(), tagger, best.yearless.start);
        const QDate d = year > 0 ? QDate(year, md.month(), md.day()) : QDate();
        if (d.isValid()) {
            best.pd.date = best.pd.koreaDate = d;
            best.pd.source = PubDateSource::Dateline;
            best.pd.start = best.yearless.start;
            best.pd.end = best.yearless.end;
            best.pd.text = text.mid(best.pd.start, best.pd.end - best.pd.start);
        }
    }
    // 4. A stamp's clock time with no zone ("February 11, 2025 10:05 PM") is in
    // the zone the page declares ("all times UTC") or the dateline city's
    // ("WASHINGTON —"): late in a US evening it is already the next day in Korea.
    if (best.pd.isValid() && best.pd.koreaDate == best.pd.date && best.pd.start >= 0
        && (best.pd.source == PubDateSource::Stamp || best.pd.source == PubDateSource::Dateline)) {
        for (const TimeMention &tm : tagger.times(best.pd.text)) {
            if (tm.minutes < 0)
                continue; // a word ("morning"), not a clock
            if (tm.koreaMinutes < 0) { // no zone, and not "local time"
                if (const std::optional<int> offset = unzonedStampUtcOffset(text, best.pd.date)) {
                    const int koreaMinutes = tm.minutes - *offset + 9 * 60;
                    const int shift = koreaMinutes >= 24 * 60 ? 1 : (koreaMinutes < 0 ? -1 : 0);
                    best.pd.koreaDate = best.pd.date.addDays(shift);
                }
            }
            break; // the stamp's first clock time is its time
        }
    }
    // 5. "at 6:48 a.m. local time Tuesday, or 5:48 p.m. Monday Eastern time"
    // under a dateline of Monday: the story's day is on US time, Korea's the next.
    if (best.pd.isValid() && best.pd.koreaDate == best.pd.date && best.pd.source != PubDateSource::Metadata) {
        if (const QDate korea = koreaDayFromZonedWeekdays(text, best.pd.date); korea.isValid())
            best.pd.koreaDate = korea;
    }
    return best.pd;
}

bool PublicationDateDetector::apply(Article &article) const
{
    // A page's metadata stamped in UTC ("2028-02-22T00:48:11.000Z") gives UTC's
    // calendar day, not the outlet's: its own stamp in the head ("February 21, 2028
    // at 7:48 PM EST"), within a day of it, tells the day it published on.
    if (article.publicationDateSource == PubDateSource::Metadata && article.publicationDate.isValid()
        && (article.publicationDateText.endsWith(u'Z') || article.publicationDateText.endsWith(QLatin1String("+00:00")))) {
        const PublicationDate pd = detect(article.text);
        if (pd.isValid() && pd.date != article.publicationDate && std::abs(pd.date.daysTo(article.publicationDate)) <= 1
            && (pd.source == PubDateSource::Stamp || pd.source == PubDateSource::Dateline)) {
            article.publicationDate = pd.date;
            article.publicationDateKorea = pd.koreaDate;
            article.publicationDateSource = pd.source;
            article.publicationDateText = pd.text;
            article.publicationDateStart = pd.start;
            return true;
        }
    }
    if ((article.publicationDateSource == PubDateSource::User
         || article.publicationDateSource == PubDateSource::Metadata)
        && article.publicationDate.isValid()) {
        if (!article.publicationDateKorea.isValid())
            article.publicationDateKorea = article.publicationDate;
        return true;
    }
    const PublicationDate pd = detect(article.text);
    article.publicationDate = pd.date;
    article.publicationDateKorea = pd.koreaDate;
    article.publicationDateSource = pd.source;
    article.publicationDateText = pd.text;
    article.publicationDateStart = pd.start;
    return pd.isValid();
}

} // namespace atlas
