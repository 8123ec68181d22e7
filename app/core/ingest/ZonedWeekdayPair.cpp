#include "ingest/ZonedWeekdayPair.h"

#include "extract/GatedRegex.h"

#include <QStringView>
#include <QVarLengthArray>

namespace atlas {

namespace {

constexpr auto kCi = QRegularExpression::CaseInsensitiveOption;

// 1 (Monday) to 7, from a weekday's name as matched.
int weekdayNumber(QStringView name)
{
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int k = 0; k < 7; ++k) {
        if (name.left(3).compare(QLatin1String(names[k]), Qt::CaseInsensitive) == 0)
            return k + 1;
    }
    return 0;
}

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
    static const GatedRegex anyWeekday(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(weekday), kCi);
    static const int groupA = usWeekday.groupNumber(QStringLiteral("a"));
    static const int groupB = usWeekday.groupNumber(QStringLiteral("b"));
    const int own = published.dayOfWeek();
    const int next = own % 7 + 1;
    // The weekdays first (few articles name any; the zones are asked only beside
    // the dateline's own weekday).
    struct Named {
        int start, end, day;
    };
    QVarLengthArray<Named, 16> named;
    anyWeekday.forEach(text, 0, int(text.size()), [&](const RegexMatch &w) {
        named.append({int(w.capturedStart()), int(w.capturedEnd()), weekdayNumber(w.capturedView(0))});
        return true;
    });
    for (const Named &us : named) {
        if (us.day != own)
            continue;
        const int from = std::max(0, us.start - 16), to = std::min(int(text.size()), us.end + 48);
        const RegexMatch m = usWeekday.firstMatch(QStringView(text).left(to), from, GatedRegex::Subject::Trusted);
        if (!m.hasMatch())
            continue;
        const int g = m.capturedStart(groupA) >= 0 ? groupA : groupB;
        if (m.capturedStart(g) != us.start)
            continue; // another weekday's zone
        // Korea's weekday a few words away, in the same sentence.
        // (A full stop after a word of two letters or more: not "a.m.", "p.m.", "U.S.")
        auto sentenceBreak = [&](int k) {
            if (text.at(k) == u'\n' || text.at(k) == u';')
                return true;
            return text.at(k) == u'.' && (k + 1 == text.size() || text.at(k + 1) == u' ') && k >= 2 && text.at(k - 1).isLetter()
                && text.at(k - 2).isLetter();
        };
        for (const Named &korea : named) {
            // Korea's first: "12:50 p.m. Tuesday in Hawaii, or 7:50 a.m. Wednesday in
            // Korea" tells the US clock first, and the launch's clock time, read in
            // its zone, already moves its day to Korea's.
            if (korea.day != next || korea.start > us.start || korea.end < us.start - 90)
                continue;
            const int lo = std::min(korea.end, us.end), hi = std::max(korea.start, us.start);
            bool crosses = false;
            for (int k = lo; k < hi && !crosses; ++k)
                crosses = sentenceBreak(k);
            if (!crosses)
                return published.addDays(1);
        }
    }
    return QDate();
}

} // namespace atlas
