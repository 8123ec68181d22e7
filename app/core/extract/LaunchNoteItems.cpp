// List items in note form read as launches (see LaunchNoteItems.h).
#include "extract/LaunchNoteItems.h"
#include "extract/MissileLexicon.h"

#include <QRegularExpression>
#include <algorithm>

namespace atlas {

namespace {

// Words of a dated item that tells another event of a missile than its firing:
// an engine or motor test, a parade, a transfer, a plan, an anniversary, a book,
// a criticism, another country's firing of it.
QString anotherEventWords()
{
    return QStringLiteral("engines?|motors?|parade|display(?:ed|s)?|unveil(?:ed|s)?|exhibit(?:ed|ion)?|showcas(?:e|ed)|"
                          "shipments?|supplied|transfer(?:red)?|sanctions?|planned|announced|anniversary|book|assessment|"
                          "relocated|production|criticis\\w*|by\\s+(?:Russian|Russia|Ukrainian|Ukraine)");
}

QRegularExpression wordsPattern(const QString &alternatives)
{
    return QRegularExpression(QStringLiteral("(?<![\\w-])(?:%1)(?![\\w-])").arg(alternatives), QRegularExpression::CaseInsensitiveOption);
}

// Those, and the note form's wider words: a satellite, what is expected or
// mentioned, a speech, a modal ("May" the month is no "may").
const QRegularExpression &otherEventWords()
{
    static const QRegularExpression words = wordsPattern(anotherEventWords()
        + QStringLiteral("|satellite|expected|mentioned|speech|will|would|could|(?-i:may)|might|no"));
    return words;
}

// Those, and for an item that names a missile only by its designation: a range
// assessed, a unit moved, a statement about it, a tube or launcher spotted.
const QRegularExpression &notAFlightWords()
{
    static const QRegularExpression words = wordsPattern(anotherEventWords()
        + QStringLiteral("|report|range|moved|next\\s+week|says|said|warns?|spotted|imagery|stands?|tubes?|launchers?|"
                         "deployed|exported|shipped|likely"));
    return words;
}

bool isListMarkerLine(QStringView line)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:\\([a-zA-Z0-9]{1,2}\\)|[a-zA-Z0-9]{1,2}[.)]|[-*\u2022\u2013])\\s"));
    return marker.match(line).hasMatch();
}

// The one year the lines leading into the list name (up to two lines, above its
// items and blank lines), or 0.
int leadInYear(const QString &text, int itemLineStart)
{
    // The year said of the list ("launches in 2025", "The tests of 2024:", "2025
    // launches"), not a year the line compares with or dates another event by
    // ("Since the 2018 Singapore summit", "than in all of 2017", "the 2022 record").
    static const QRegularExpression year(QStringLiteral(
        "(?:(?<![\\w-])(?:in|of|during|for)\\s+|^\\W*)((?:19[5-9]\\d|20\\d\\d))(?![\\w/-])(?!\\s+(?:summit|record|Olympics|election|agreement|deal)\\b)"
        "|(?<![\\w./-])((?:19[5-9]\\d|20\\d\\d))(?=\\s*:|\\s+(?:launches|tests|firings|missile\\s+launches|missile\\s+tests)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherFrame(QStringLiteral("(?<![\\w-])(?:since|than|compared|until|before|after|record)(?![\\w-])"),
                                               QRegularExpression::CaseInsensitiveOption);
    constexpr int kMaxLookBack = 4000;
    int found = 0;
    int leadLines = 0;
    for (int lineEnd = itemLineStart - 1; lineEnd > 0 && itemLineStart - lineEnd < kMaxLookBack && leadLines < 2;) {
        const int lineStart = int(text.lastIndexOf(u'\n', lineEnd - 1)) + 1;
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        lineEnd = lineStart - 1;
        if (line.trimmed().isEmpty() || isListMarkerLine(line))
            continue;
        ++leadLines;
        if (otherFrame.match(line).hasMatch())
            return 0;
        // (Two years named, "Launches in 2024 and 2025": neither is the list's.)
        static const QRegularExpression anyYear(QStringLiteral("(?<![\\w./-])(?:19[5-9]\\d|20\\d\\d)(?![\\w/-])"));
        for (auto it = anyYear.globalMatch(line); it.hasNext();) {
            const int y = it.next().captured().toInt();
            if (found && y != found)
                return 0;
            if (!found && year.match(line).hasMatch())
                found = y;
        }
    }
    return found;
}

} // namespace

// A list item's marker opening a stretch: "(a) ", "1. ", "b) ", "- ", "* ", a bullet.
static const QRegularExpression &listMarker()
{
    static const QRegularExpression marker(QStringLiteral("^(?:\\([a-zA-Z0-9]{1,2}\\)|[a-zA-Z0-9]{1,2}[.)]|[-*\u2022\u2013])(?:\\s|$)"));
    return marker;
}

bool opensListItem(const QString &text, int start)
{
    int lineStart = start;
    while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n') && start - lineStart < 8)
        --lineStart;
    if (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
        return false;
    int i = lineStart;
    while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        ++i;
    return listMarker().match(QStringView(text).mid(i, 8)).hasMatch();
}

LaunchCue noteItemCue(const QString &text, int start, int end)
{
    int i = start;
    while (i < end && text.at(i).isSpace())
        ++i;
    if (i >= end)
        return {};
    // The marker opens the item, or stands before it on its line (the splitter may
    // start the sentence after it).
    int lineStart = start;
    while (lineStart > 0 && start - lineStart < 8 && text.at(lineStart - 1) != QLatin1Char('\n'))
        --lineStart;
    if (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
        lineStart = start; // a long way into its line: no marker before
    const QString before = text.mid(lineStart, start - lineStart).trimmed();
    const QRegularExpression &marker = listMarker();
    if (before.isEmpty()) {
        const QChar first = text.at(i);
        if (first != QLatin1Char('(') && first != QLatin1Char('-') && first != QLatin1Char('*') && first != QChar(0x2022)
            && first != QChar(0x2013) && !first.isLetterOrNumber())
            return {};
        if (!marker.match(QStringView(text).mid(i, std::min(6, end - i))).hasMatch())
            return {};
    } else if (!marker.match(before).hasMatch()) {
        return {};
    }
    const QStringView item = QStringView(text).mid(i, end - i);
    if (std::none_of(item.begin(), item.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    static const QRegularExpression abbreviation(QStringLiteral("(?<![\\w-])(?:SRBM|CRBM|MRBM|IRBM|ICBM|SLBM)s?(?![\\w-])"));
    QRegularExpressionMatch m = abbreviation.match(item);
    if (!m.hasMatch()) {
        // "- January 6: a hypersonic intermediate-range missile from near Pyongyang,
        // about 1,100km", "- March 11: several close-range ballistic missiles into the
        // Yellow Sea", "- 2027. 1. 14. (Thu.) Several cruise missiles": an item that
        // opens with its day names the missiles in words.
        // The noun must head its phrase ("missile programme", "missile defence" and
        // "missile launchers" are no firing).
        static const QRegularExpression datedItem(QStringLiteral(
            "^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
            "|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+\\d{4})?\\s*(?::|\\s[-\u2013\u2014])\\s"
            // "- 2027. 1. 14. (Thu.) Several cruise missiles ...": a day the Korean way
            // labels its item with no more than its closing dot.
            "|^\\d{4}\\.\\s\\d{1,2}\\.\\s\\d{1,2}\\.(?:\\s*\\([A-Za-z]{3,9}\\.?\\))?(?:\\s*(?::|[-\u2013\u2014]))?\\s"));
        static const QRegularExpression missileNoun(QStringLiteral(
            "(?<![\\w-])(?:missiles?|rockets?)(?![\\w-])(?!\\s+(?:programm?e|defen[cs]e|launchers?|systems?|base|site|"
            "unit|units|forces|industry|technology|technologies|exports?|engines?|tests?\\s+site)\\b)"),
            QRegularExpression::CaseInsensitiveOption);
        // (The item's words begin after its marker when the marker opens the sentence.)
        const qsizetype opens = before.isEmpty() ? item.indexOf(u' ') + 1 : 0;
        if (before.isEmpty() && opens <= 0)
            return {};
        auto label = datedItem.match(item.mid(opens));
        // "- Hwasong-15, 29 November 2017: about 950 km, apogee about 4,475 km": the
        // missile's name first, then its day, labels the item too.
        bool namedFirst = false;
        if (!label.hasMatch()) {
            static const QRegularExpression namedThenDated(QStringLiteral(
                "^(%1[- ]?\\d{1,2}(?:[A-Da-d]|[- ]?%2)?(?:[- ]\\d+(?:\\.\\d+)?)?)(?![\\w-])\\s*[,:(]?\\s*"
                "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
                "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{4}-\\d{2}-\\d{2})"
                "(?:,?\\s+\\d{4})?\\)?\\s*(?::|\\s[-\u2013\u2014]|,)\\s").arg(MissileLexicon::designationStems(), MissileLexicon::koreanSyllables()),
                QRegularExpression::CaseInsensitiveOption);
            label = namedThenDated.match(item.mid(opens));
            if (!label.hasMatch())
                return {};
            namedFirst = true;
        }
        // Without a class abbreviation the item may tell another event of a missile:
        // "- 8 September – a ground test of a solid-fuel engine for a new ICBM".
        const QRegularExpression &otherEvent = otherEventWords();
        m = namedFirst ? QRegularExpressionMatch() : missileNoun.match(item);
        if (!m.hasMatch()) {
            // "- 4 July 2017 – Hwasong-14, first ICBM test ...: flew about 933 km": a
            // designation stands for the missile, when the item tells of its flight.
            static const QRegularExpression designation(QStringLiteral(
                "(?<![\\w-])%1[- ]?\\d{1,2}(?:[A-Da-d]|[- ]?%2)?(?![\\w-])").arg(MissileLexicon::designationStems(), MissileLexicon::koreanSyllables()),
                QRegularExpression::CaseInsensitiveOption);
            // Its flight: a flight word, or a distance with a firing word ("Hwasong-16B
            // test, about 600 km"); not another event of the missile (a motor's ground
            // test, an assessment of its range, a unit moved, a statement about it,
            // another country's firing of it, an anniversary).
            static const QRegularExpression flightWord(QStringLiteral(
                "(?<![\\w-])(?:flew|flight|flown|apogee|altitude|downrange|splashed\\s+down|landed|fell)(?![\\w-])"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression distance(QStringLiteral(
                "\\d[\\d,.]*\\s*(?:km|kilomet(?:er|re)s|miles)(?![\\w-])"), QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression firingWord(QStringLiteral(
                "(?<![\\w-])(?:test|tested|test-fired|test-launched|launched|fired|launch)(?![\\w-])"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpression &notAFlight = notAFlightWords();
            m = designation.match(item);
            if (!m.hasMatch())
                return {};
            const QStringView rest = item.mid(m.capturedEnd());
            if (!(flightWord.match(item).hasMatch() || (distance.match(rest).hasMatch() && firingWord.match(item).hasMatch()))
                || notAFlight.match(item).hasMatch())
                return {};
        }
        if (otherEvent.match(item).hasMatch())
            return {};
        // The missiles are the item's subject, named first after its day: only a
        // count, a determiner and modifiers stand before the noun ("two short-range
        // ballistic missiles", "a salvo of cruise missiles"); "Kim Jong Un inspects
        // missile factories", "Seoul says it intercepted no missiles" tell no firing.
        // (The name that labels the item is its subject: nothing leads it.)
        const QStringView lead = namedFirst ? QStringView() : item.mid(opens + label.capturedEnd(), m.capturedStart() - opens - label.capturedEnd());
        static const QRegularExpression nounPhrase(QStringLiteral(
            "^\\s*(?:(?:first|maiden|second|third|latest|last)\\s+(?:flight|flight\\s+test|test|test-launch|launch|firing)\\s+of\\s+(?:the|an?)\\s+)?"
            // ("at least two ballistic missiles", "about 10 rockets": a qualifier, then the number.)
            "(?:(?:about|around|some|at\\s+least|up\\s+to|more\\s+than)\\s+)?"
            "(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|\\d{1,2})\\s+)?"
            "(?:(?:salvo|volley|barrage|pair|series)\\s+of\\s+)?"
            "(?:(?:[\\w.-]*-[\\w.-]*|new|new-type|ballistic|cruise|hypersonic|tactical|strategic|guided|solid-fuel|liquid-fuel|"
            "long-range|short-range|submarine-launched|sea-launched|ground-launched|ship-to-ship|surface-to-air|anti-aircraft|"
            "(?-i:[A-Z][\\w.-]*\\d[\\w.-]*)|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|CRBMs?|and|or|,)\\s+){0,6}$"),
            QRegularExpression::CaseInsensitiveOption);
        if (!nounPhrase.match(lead).hasMatch())
            return {};
    }
    LaunchCue cue;
    cue.start = i + int(m.capturedStart());
    cue.end = i + int(m.capturedEnd());
    cue.verb = true;
    cue.note = true;
    // The item's words begin after its marker, when the marker opens the sentence.
    int words = i;
    if (before.isEmpty()) {
        while (words < end && !text.at(words).isSpace())
            ++words;
        while (words < end && text.at(words).isSpace())
            ++words;
    }
    cue.itemStart = words;
    cue.listYear = leadInYear(text, lineStart);
    return cue;
}

bool datedItemTellsOtherEvent(const QString &text, int start, int end)
{
    // The item's line from its start: a list marker, then its day and a dash or colon.
    int lineStart = start;
    while (lineStart > 0 && start - lineStart < 8 && text.at(lineStart - 1) != QLatin1Char('\n'))
        --lineStart;
    if (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
        return false;
    // (A list item opens with its marker: most lines open with a letter.)
    int first = lineStart;
    while (first < end && text.at(first).isSpace())
        ++first;
    const QChar c = first < end ? text.at(first) : QChar();
    if (!(c == u'-' || c == u'*' || c == u'(' || c == QChar(0x2022) || c == QChar(0x2013) || c.isDigit() || (c.isLetter() && first + 1 < end
          && (text.at(first + 1) == u'.' || text.at(first + 1) == u')'))))
        return false;
    static const QRegularExpression datedItem(QStringLiteral(
        "^\\s*(?:\\(?[a-zA-Z0-9]{1,2}[.)]|[-*\u2022\u2013])\\s+"
        "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
        "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
        "|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+\\d{4})?\\s*(?::|\\s[-\u2013\u2014])\\s"));
    const QStringView line = QStringView(text).mid(lineStart, end - lineStart);
    if (!datedItem.match(line).hasMatch())
        return false;
    // (Not the note form's wider words: "which KCNA says flew", "the JCS said" tell a
    // firing's source, and "will", "no" may be about another matter of the item.)
    static const QRegularExpression otherEvent = wordsPattern(anotherEventWords());
    return otherEvent.match(line).hasMatch();
}

} // namespace atlas
