// What the launch extractor settles after the last sentence (see MentionFinishing.h).
#include "extract/launch/MentionFinishing.h"

#include "extract/launch/LaunchDateRules.h"

#include <QRegularExpression>
#include <algorithm>

namespace atlas::launch {

namespace {
// Whether a relative date counts from another day than the day of writing: "a
// week earlier", "the previous day", "two days later", "after that".
bool countsFromAnotherDay(const QString &written)
{
    static const QRegularExpression anaphoric(QStringLiteral(
        "(?<![\\w-])(?:earlier|before|previous|prior|later|after|following|preceding|that|same)(?![\\w-])"
        // ("earlier this month", "later today" are said from the day of writing.)
        "(?!\\s+(?:this|today|tonight))"),
        QRegularExpression::CaseInsensitiveOption);
    return anaphoric.match(written).hasMatch();
}
} // namespace

void finishMentions(MentionBuilder &build, const Article &article, const QVector<Sentence> &sentences,
                    const TemporalTagger &tagger)
{
    const QString &text = article.text;
    QVector<LaunchMention> &ms = build.ms;
    const int primary = build.primary;
    const QVector<DateMention> &dateOf = build.dateOf;
    const QVector<int> &dateSentence = build.dateSentence;
    const QVector<bool> &unnamedSea = build.unnamedSea;

    // "from its eastern coast ... before landing in the sea": the coast it left from names the sea.
    for (int k = 0; k < ms.size(); ++k) {
        LaunchMention &m = ms[k];
        if (!unnamedSea[k] || !m.splashdown.sea.isEmpty())
            continue;
        static const QRegularExpression east(QStringLiteral("east(?:ern)? coast"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression west(QStringLiteral("west(?:ern)? coast"), QRegularExpression::CaseInsensitiveOption);
        if (east.match(m.site.text).hasMatch())
            m.splashdown.sea = QStringLiteral("East Sea");
        else if (west.match(m.site.text).hasMatch())
            m.splashdown.sea = QStringLiteral("Yellow Sea");
    }

    // "BREAKING: ... North Korea has fired a ballistic missile": a launch reported as
    // just done, with no day stated anywhere, is of the day of the report (in Korea).
    const QDate reportDay = article.publicationDateKorea.isValid() ? article.publicationDateKorea : article.publicationDate;
    if (primary >= 0 && reportDay.isValid() && !hasDate(ms[primary].date) && dateSentence[primary] < 0) {
        static const QRegularExpression justDone(
            QStringLiteral("(?<![\\w-])(?:has|have)\\s+(?:just\\s+|now\\s+|again\\s+)?(?:test-)?(?:fired|launched)(?![\\w-])"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Evidence &e : QVector<Evidence>(ms[primary].evidence)) {
            if (e.field != QLatin1String("launch"))
                continue;
            const int from = std::max(0, e.start - 16);
            const auto m = justDone.match(QStringView(text).mid(from, e.end - from));
            if (m.hasMatch() && from + m.capturedEnd() == e.end) {
                ms[primary].date = FuzzyDate::onDay(reportDay, text.mid(from + int(m.capturedStart()), int(m.capturedLength())));
                build.evidence(ms[primary], QStringLiteral("date"), from + int(m.capturedStart()), e.end);
            }
            break; // the cue that introduced it
        }
    }

    // One designation is one kind of missile: a launch told only by name ("the
    // Hwasong-19, which was first tested in ...") takes the classes the article gives
    // another launch of that name; the name is the evidence.
    for (int k = 0; k < ms.size(); ++k) {
        if (!ms[k].classes.isEmpty() || ms[k].names.isEmpty())
            continue;
        for (int j = 0; j < ms.size() && ms[k].classes.isEmpty(); ++j) {
            if (j == k || ms[j].classes.isEmpty()
                || std::none_of(ms[k].names.begin(), ms[k].names.end(), [&](const QString &n) { return ms[j].names.contains(n); }))
                continue;
            ms[k].classes = ms[j].classes;
            for (const Evidence &e : QVector<Evidence>(ms[k].evidence)) {
                if (e.field == QLatin1String("name"))
                    build.evidence(ms[k], QStringLiteral("class"), e.start, e.end);
            }
        }
    }

    // Relative dates of earlier launches count from the primary launch's date.
    if (primary >= 0 && ms[primary].date.isKnown()) {
        const QDate written = tagger.anchor();
        const bool primaryLongBefore = written.isValid() && ms[primary].date.latest < written.addDays(-60);
        for (int k = 0; k < ms.size(); ++k) {
            if (k == primary || dateSentence[k] < 0)
                continue;
            const DateMention &old = dateOf[k];
            if (!old.relative && old.date.isKnown())
                continue;
            // In a flashback story, whose primary launch is long before the day of
            // writing, "last Wednesday", "yesterday", "earlier this month" are said
            // from the day of writing and already read from it; only "a week
            // earlier", "the day before" count from that launch. (In a story of a
            // recent launch, "earlier this month" is before it, and so read.)
            if (old.date.isKnown() && primaryLongBefore && !countsFromAnotherDay(old.date.text))
                continue;
            const Sentence &s = sentences.at(dateSentence[k]);
            for (const DateMention &d : tagger.tagRelativeTo(text.mid(s.start, s.end - s.start), ms[primary].date, s.start)) {
                if (d.start < old.end && old.start < d.end && hasDate(d.date)) {
                    ms[k].date = d.date;
                    break;
                }
            }
        }
    }
}

} // namespace atlas::launch
