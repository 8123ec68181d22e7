#pragma once
// A pattern of the reaction reader run by PCRE2 directly (extract/DirectRegex.h),
// without the set-up Qt makes around every QRegularExpression::match (a match
// context, match data, the match object and its offsets: as costly as matching
// the short stretches the reader tries its patterns on).
//
// The answers are Qt's: the same PCRE2 runs the same pattern with the options
// Qt gives it; and a subject that is not valid UTF-16 (an unpaired surrogate, or
// a view cut between the halves of a pair), in which Qt's check makes every
// match fail, has no match here either (DirectRegex skips that check, so it is
// made here first: a quick pass that finds no surrogate in nearly all text).
//
// Only matches from the start of a subject the pattern sees whole: what comes
// before it is not the pattern's business (QRegularExpression::match(view)).
#include "extract/DirectRegex.h"
#include "extract/TrustedText.h"

#include <QVarLengthArray>

namespace atlas::reaction {

class ReaderPattern {
public:
    // Implicit, so that "static const ReaderPattern p = ci(...)" reads as before.
    ReaderPattern(const QRegularExpression &re) : m_re(re), m_direct(re) {}

    // What re.match(subject) finds. The match views the subject: it must outlive it.
    RegexMatch match(QStringView subject) const
    {
        return isValidUtf16(subject) ? m_direct.match(subject, 0) : RegexMatch();
    }

    // The end of the last match re.globalMatch(subject) gives, or -1 when none.
    // After a match that is not empty, globalMatch looks for the leftmost match
    // from where it ended, as here; after an empty one (none of the reader's
    // patterns makes one) it does more, and is asked itself.
    qsizetype lastMatchEnd(QStringView subject) const
    {
        qsizetype end = -1;
        if (!isValidUtf16(subject))
            return end;
        for (qsizetype from = 0;;) {
            const RegexMatch m = m_direct.match(subject, from);
            if (!m.hasMatch())
                return end;
            if (m.capturedEnd() == m.capturedStart())
                break;
            end = from = m.capturedEnd();
        }
        end = -1;
        for (auto it = m_re.globalMatch(subject); it.hasNext();)
            end = it.next().capturedEnd();
        return end;
    }

    // Every match re.globalMatch(subject) gives, in order, to f: RegexMatches
    // (or, should the pattern match empty text, after which globalMatch does more
    // than look again from where a match ended, Qt's own matches).
    template<typename F>
    void forEachMatch(QStringView subject, F &&f) const
    {
        if (!isValidUtf16(subject))
            return;
        QVarLengthArray<RegexMatch, 4> found;
        for (qsizetype from = 0;;) {
            RegexMatch m = m_direct.match(subject, from);
            if (!m.hasMatch()) {
                for (const RegexMatch &x : found)
                    f(x);
                return;
            }
            if (m.capturedEnd() == m.capturedStart())
                break;
            from = m.capturedEnd();
            found.append(std::move(m));
        }
        for (auto it = m_re.globalMatch(subject); it.hasNext();)
            f(it.next());
    }

private:
    QRegularExpression m_re;
    DirectRegex m_direct;
};

} // namespace atlas::reaction
