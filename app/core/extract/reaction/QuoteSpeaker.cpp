// Who speaks a quotation whose own words name the country: 'Foreign Secretary
// Yvette Cooper said: "The UK condemns the launch."', '"The UK condemns the
// launch. We stand with our partners," Foreign Secretary Yvette Cooper said.'
// The stance's subject is the country inside the marks; the person and office
// that speak for it are outside them, before the opening mark or after the
// closing one. Read for SentenceReader::read.
#include "extract/ReactionSentenceReader.h"

#include "extract/CharScan.h"
#include "extract/reaction/QuotedRuns.h"
#include "extract/reaction/ReaderPattern.h"

#include <QRegularExpression>

namespace atlas::reaction {

namespace {

// The quotation of the sentence s that holds position pos: its opening and
// closing marks (the closing one at s.size() when the sentence ends inside it),
// the marks read as joinQuotedRuns reads them.
bool quotationAround(QStringView s, int pos, int *open, int *close)
{
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    int at = -1;
    for (qsizetype i = findAnyOf(d, 0, n, {u'"', u'\u201C', u'\u201D'}); i < n;
         i = findAnyOf(d, i + 1, n, {u'"', u'\u201C', u'\u201D'})) {
        const bool opens = openAfterMark(d[i], at >= 0);
        if (i >= pos) {
            if (at < 0 || opens)
                return false;
            *open = at;
            *close = int(i);
            return true;
        }
        at = opens ? int(i) : -1;
    }
    if (at < 0)
        return false;
    *open = at;
    *close = int(n);
    return true;
}

} // namespace

void SentenceReader::lendQuoteSpeaker(const StanceTrigger &t, QVector<ActorGroup> &groups)
{
    if (groups.size() != 1 || !groups.first().person.isEmpty() || !groups.first().role.isEmpty()
        || groups.first().countries.size() != 1)
        return;
    int open = -1, close = -1;
    if (!containsAnyOf(m_s, {u'"', u'\u201C'}) || !quotationAround(m_s, t.start, &open, &close)
        || groups.first().start < open)
        return;
    // Before the opening mark: "<speaker> said:", "<speaker> wrote on X:",
    // "<speaker> says,". After the closing one: "," <speaker> said", "," said <speaker>".
    static const ReaderPattern before{QRegularExpression(QStringLiteral(
        "(?:^|[.;]\\s+|^[^,]{0,60},\\s+)((?:[^\\s,;:\"\u201C\u201D]+\\s+){1,8}?)"
        "(?:said|says|added|stated|wrote|posted|declared|told\\s+[\\w-]+)(?:\\s+[\\w-]+){0,4}?\\s*[:,]?\\s*$"))};
    static const ReaderPattern afterSpeakerFirst{QRegularExpression(QStringLiteral(
        "^\\s*[,.]?\\s*((?:[^\\s,;:\"\u201C\u201D]+\\s+){1,8}?)(?:said|says|added|stated|wrote)\\b"))};
    static const ReaderPattern afterVerbFirst{QRegularExpression(QStringLiteral(
        "^\\s*[,.]?\\s*(?:said|says|added|stated|wrote)\\s+((?:[^\\s,;:\"\u201C\u201D]+\\s*){1,8}?)\\s*(?:[.,;]|$)"))};
    int from = -1, to = -1;
    if (const RegexMatch m = before.match(QStringView(m_s).left(open)); m.hasMatch()) {
        from = int(m.capturedStart(1));
        to = int(m.capturedEnd(1));
    } else if (close < m_s.size()) {
        const QStringView rest = QStringView(m_s).mid(close + 1);
        RegexMatch m = afterSpeakerFirst.match(rest);
        if (!m.hasMatch())
            m = afterVerbFirst.match(rest);
        if (m.hasMatch()) {
            from = close + 1 + int(m.capturedStart(1));
            to = close + 1 + int(m.capturedEnd(1));
        }
    }
    if (from < 0)
        return;
    const QVector<ActorGroup> speakers = groupsIn(from, to, {}, true);
    if (speakers.size() != 1 || (speakers.first().person.isEmpty() && speakers.first().role.isEmpty())
        || !speakers.first().countries.contains(groups.first().countries.first()))
        return;
    ActorGroup &g = groups.first();
    g.person = speakers.first().person;
    g.role = speakers.first().role;
    g.onePerson = speakers.first().onePerson;
}

} // namespace atlas::reaction
