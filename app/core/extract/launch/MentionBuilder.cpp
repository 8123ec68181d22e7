// The launch mentions of one article as they are built (see MentionBuilder.h).
#include "extract/launch/MentionBuilder.h"

#include "extract/launch/LaunchDateRules.h"

#include <algorithm>
#include <utility>

namespace atlas::launch {

void MentionBuilder::evidence(LaunchMention &m, const QString &field, int start, int end) const
{
    // A real mention cites a few dozen spans; hostile text (megabytes of trigger
    // words) can give one mention tens of thousands, and the duplicate check
    // below would make that quadratic. Past this many, later spans add nothing.
    constexpr int kMaxEvidence = 256;
    if (m.evidence.size() >= kMaxEvidence)
        return;
    // The duplicate check of Evidence::operator== (the text is no part of it):
    // a field often cites the same span again.
    for (const Evidence &o : std::as_const(m.evidence)) {
        if (o.start == start && o.end == end && o.field == field && o.articleId == m_articleId)
            return;
    }
    Evidence e;
    e.articleId = m_articleId;
    e.field = field;
    e.start = start;
    e.end = end;
    e.source = m_text;
    e.sourceStart = 0;
    m.evidence.append(std::move(e));
}

void MentionBuilder::conflict(LaunchMention &m, const QString &field, const QString &first, const QString &second) const
{
    for (Conflict &c : m.conflicts) {
        if (c.field == field) {
            const bool known = std::any_of(c.values.begin(), c.values.end(),
                                           [&](const ConflictValue &v) { return v.value == second; });
            if (!known)
                c.values.append({second, m_articleId, m.claimant});
            return;
        }
    }
    m.conflicts.append({field, {{first, m_articleId, m.claimant}, {second, m_articleId, m.claimant}}});
}

int MentionBuilder::create(LaunchRole role, int cueStart, int cueEnd)
{
    LaunchMention m;
    m.articleId = m_articleId;
    m.role = role;
    evidence(m, QStringLiteral("launch"), cueStart, cueEnd);
    ms << m;
    dateOf << DateMention{};
    dateSentence << -1;
    verbReported << false;
    unnamedSea << false;
    return int(ms.size()) - 1;
}

void MentionBuilder::setDate(int k, const DateMention &d, int sentence)
{
    LaunchMention &m = ms[k];
    // "fired twice this week ... On Friday, the North launched": a stated day inside
    // the period already held refines it; the period's evidence gives way to the day's.
    const bool refines = m.date.isKnown() && m.date.precision != DatePrecision::Day
        && d.date.isKnown() && d.date.precision == DatePrecision::Day
        && d.date.earliest >= m.date.earliest && d.date.latest <= m.date.latest;
    if (refines) {
        m.evidence.erase(std::remove_if(m.evidence.begin(), m.evidence.end(),
                                        [](const Evidence &e) { return e.field == QLatin1String("date"); }),
                         m.evidence.end());
    } else if (hasDate(m.date)) {
        return;
    }
    if (!hasDate(d.date)) {
        if (dateSentence[k] < 0) { // remembered for resolving against the primary's date
            dateOf[k] = d;
            dateSentence[k] = sentence;
            m.date.text = d.date.text.isEmpty() ? m_text.mid(d.start, d.end - d.start) : d.date.text;
        }
        return;
    }
    m.date = d.date;
    dateOf[k] = d;
    dateSentence[k] = sentence;
    evidence(m, QStringLiteral("date"), d.start, d.end);
    if (m.timeOfDay.isEmpty() && !d.timeOfDay.isEmpty()) {
        m.timeOfDay = d.timeOfDay;
        evidence(m, QStringLiteral("time"), d.start, d.end);
    }
}

} // namespace atlas::launch
