#include "ingest/ZonedWeekdayPair.h"

#include "extract/CharScan.h"
#include "extract/GatedRegex.h"

#include <QStringView>

namespace atlas {

namespace {

constexpr auto kCi = QRegularExpression::CaseInsensitiveOption;

} // namespace

QDate koreaDayFromZonedWeekdays(const QString &text, const QDate &published)
{
    if (!published.isValid())
        return QDate();
    // A weekday and a US zone beside it, either way round ("Monday Eastern time",
    // "Monday evening in Washington", "EDT Monday").
    static const QString weekday = QStringLiteral("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
    static const QString zone = QStringLiteral(
        "(?:(?:U\\.S\\.\\s+)?(?:Eastern|Pacific|Central|Mountain)(?:\\s+(?:Standard|Daylight))?\\s+Time|EDT|EST|CDT|CST|PDT|PST|ET|PT|HST"
        "|in\\s+(?:Washington|New\\s+York|Hawaii|Honolulu)|(?:Washington|New\\s+York|U\\.S\\.|US|Hawaii)\\s+time)");
    static const GatedRegex usWeekday(
        QStringLiteral("(?<![\\w-])(?:(?<a>%1)(?:\\s+(?:morning|afternoon|evening|night))?\\s+%2|%2,?\\s+(?:on\\s+)?(?<b>%1))(?![\\w-])")
            .arg(weekday, zone),
        kCi);
    static const int groupA = usWeekday.groupNumber(QStringLiteral("a"));
    static const int groupB = usWeekday.groupNumber(QStringLiteral("b"));
    const int own = published.dayOfWeek();
    const int next = own % 7 + 1;
    static const char *const dayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    const QLatin1String ownName(dayNames[own - 1]), nextName(dayNames[next - 1]);
    // (A plain search for the dateline's own weekday, capitalised as news writes
    // it: most articles never name it, and a scan for every weekday cost 2% of
    // extraction.)
    auto isWordAt = [&](qsizetype at, qsizetype len) {
        return (at == 0 || !text.at(at - 1).isLetterOrNumber()) && (at + len >= text.size() || !text.at(at + len).isLetterOrNumber());
    };
    // (A full stop after a word of two letters or more ends a sentence: not
    // "a.m.", "p.m.", "U.S.")
    auto sentenceBreak = [&](qsizetype k) {
        if (text.at(k) == u'\n' || text.at(k) == u';')
            return true;
        return text.at(k) == u'.' && (k + 1 == text.size() || text.at(k + 1) == u' ') && k >= 2 && text.at(k - 1).isLetter()
            && text.at(k - 2).isLetter();
    };
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype at = indexOfAscii(d, 0, text.size(), ownName); at >= 0; at = indexOfAscii(d, at + 1, text.size(), ownName)) {
        if (!isWordAt(at, ownName.size()))
            continue;
        const int from = int(std::max<qsizetype>(0, at - 16)), to = int(std::min<qsizetype>(text.size(), at + ownName.size() + 48));
        const RegexMatch m = usWeekday.firstMatch(QStringView(text).left(to), from, GatedRegex::Subject::Trusted);
        if (!m.hasMatch())
            continue;
        const int g = m.capturedStart(groupA) >= 0 ? groupA : groupB;
        if (m.capturedStart(g) != at)
            continue; // another weekday's zone
        // Korea's weekday told first, a few words before, in the same sentence:
        // "12:50 p.m. Tuesday in Hawaii, or 7:50 a.m. Wednesday in Korea" tells
        // the US clock first, and the launch's clock time, read in its zone,
        // already moves its day to Korea's.
        const qsizetype earliest = std::max<qsizetype>(0, at - 90);
        for (qsizetype k = text.lastIndexOf(nextName, at); k >= earliest; k = k > 0 ? text.lastIndexOf(nextName, k - 1) : -1) {
            if (!isWordAt(k, nextName.size()))
                continue;
            bool crosses = false;
            for (qsizetype j = k + nextName.size(); j < at && !crosses; ++j)
                crosses = sentenceBreak(j);
            if (!crosses)
                return published.addDays(1);
            break;
        }
    }
    return QDate();
}

} // namespace atlas
