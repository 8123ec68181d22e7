#pragma once
// A regular expression that finds the same matches as a plain scan, but tries
// the pattern only where a match could start.
//
// Why: a plain QRegularExpression scan runs PCRE at every character of the
// subject; the launch finders' alternations (missile classes, splashdown
// phrases) cost tens of thousands of instructions per sentence that way, nearly
// all of it at positions where no phrase starts. Here, each candidate position
// is first judged by the character before it and the first three characters of
// the would-be match: the pattern (anchored there) is run only when PCRE says
// that those characters could begin a match (a partial match). The answers are
// computed on first use and cached (lock-free, shared by all threads), so there
// is no start-up cost and no table to keep in step with the pattern.
//
// Exactness: the matches are exactly those of
// QRegularExpression(pattern).globalMatch(QStringView(text).left(to), from)
// provided the pattern never matches the empty string. Where a character
// outside ASCII is involved it is judged as it is (PCRE folds its case), in a
// cache of its own. Patterns whose matching depends on more than one
// character before the match (lookbehinds longer than one character, \G, \K)
// are not gated: they scan as a plain regex would.
#include "extract/DirectRegex.h"
#include "extract/GatedRegexStarts.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <memory>

namespace atlas {

class GatedRegex {
public:
    GatedRegex() = default;
    explicit GatedRegex(const QString &pattern,
                        QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);

    bool isValid() const { return m_plain.isValid(); }
    QString pattern() const { return m_plain.pattern(); }
    const QRegularExpression &plain() const { return m_plain; }
    bool isGated() const { return m_gated; }
    // The number of the capturing group with this name (-1: none), for
    // capturedStart(int): a lookup by name reads PCRE's name table every time.
    int groupNumber(const QString &name) const { return int(m_plain.namedCaptureGroups().indexOf(name)); }

    // Whether the subject may be taken as valid UTF-16 (see TrustedText.h): a
    // view into an article made valid by ArticleExtractor is; a short window
    // whose edges may split a surrogate pair is checked first (and, if not
    // valid, has no match, as QRegularExpression answers).
    enum class Subject { Trusted, Checked };

    // The leftmost match starting at or after `from` in subject (which ends
    // where matching must stop; what comes before `from` is seen by lookbehinds).
    // Positions are indexes into subject.
    RegexMatch firstMatch(QStringView subject, int from = 0, Subject kind = Subject::Checked) const;
    // The same, but only a match that starts no later than lastStart: candidates
    // after it are not visited (for callers that know none can start there).
    RegexMatch firstMatchStartingBy(QStringView subject, int from, int lastStart, Subject kind = Subject::Checked) const;
    RegexMatch firstMatchStartingBy(const QString &text, int from, int to, int lastStart) const
    {
        return firstMatchStartingBy(QStringView(text).left(std::max(0, to)), from, lastStart, Subject::Trusted);
    }
    // A match starting exactly at `at`, or none.
    RegexMatch matchAt(QStringView subject, int at, Subject kind = Subject::Trusted) const;
    // Every match from `from` on, in order, as globalMatch finds them; visit
    // returns false to stop.
    template <typename Visit>
    void forEach(QStringView subject, int from, Subject kind, Visit &&visit) const
    {
        int pos = from;
        while (pos < subject.size()) {
            const RegexMatch m = firstMatch(subject, pos, kind);
            if (!m.hasMatch() || !visit(m))
                return;
            pos = std::max(int(m.capturedEnd()), pos + 1);
            kind = Subject::Trusted; // checked once
        }
    }
    // The same over text[from, to) of a whole (trusted) article text.
    RegexMatch firstMatch(const QString &text, int from, int to) const
    {
        return firstMatch(QStringView(text).left(std::max(0, to)), from, Subject::Trusted);
    }
    template <typename Visit>
    void forEach(const QString &text, int from, int to, Visit &&visit) const
    {
        forEach(QStringView(text).left(std::max(0, to)), from, Subject::Trusted, std::forward<Visit>(visit));
    }

    // Could a match start at text[at] (the subject ending at `to`)? False only
    // when it certainly cannot.
    bool mayStartAt(const QChar *text, int at, int to) const;

private:
    struct Cache;
    bool viable(int previous, const ushort *chars, int n) const;
    bool viableAfter(bool atStart, ushort previous, const ushort *chars, int n) const;
    // mayStartAt's second and third characters, the first (after `previous`, its stand-in) known to fit.
    bool mayContinueAt(const QChar *text, int at, int to, int previous) const;
    // The same, the first two characters known to fit: the third, then seven.
    bool mayContinueAfterPair(const QChar *text, int at, int to, int previous) const;
    // What a match may start with right after an ASCII word character, worked
    // out and cached (see GatedRegexStarts.h).
    Q_NEVER_INLINE StartsAfterWord::Packed startsAfterWord() const;

    QRegularExpression m_plain;
    QRegularExpression m_anchored; // \G(?:pattern): anchored when compiled, so PCRE's JIT runs it
    DirectRegex m_plainDirect;     // the same two, run without Qt's per-match set-up
    DirectRegex m_anchoredDirect;
    bool m_gated = false;
    std::shared_ptr<Cache> m_cache;
};

} // namespace atlas
