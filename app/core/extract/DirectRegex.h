#pragma once
// A QRegularExpression's pattern run by PCRE2 directly, and its match.
//
// Why: every QRegularExpression::match() pays Qt's set-up around PCRE (a match
// context, match data sized for the pattern, the match object and its offsets
// list: four allocations, a few hundred instructions, and as much again to free
// them). The extractors try patterns hundreds of thousands of times per
// thousand articles, mostly on short stretches where PCRE's own work is small,
// so that set-up was a tenth of extraction. DirectRegex compiles the same
// pattern with the options Qt gives PCRE2, matches on per-thread match data
// made once, and gives a RegexMatch: the offsets in a small inline array and a
// view of the subject.
//
// Exactness: the same PCRE2 library with the same pattern and options finds the
// same match. Where PCRE2 cannot answer on this path (its JIT stack too small,
// where Qt retries with a larger one; more groups than the match data holds; a
// pattern it would not compile) the match is asked of Qt and copied.
//
// Subjects must be valid UTF-16 (PCRE2's check is skipped, as for the
// extractors' trusted matches, see TrustedText.h), and must outlive the match:
// a RegexMatch views its subject, it does not copy it (it may outlive its
// DirectRegex: it shares the group names it needs).
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <memory>

namespace atlas {

class RegexMatch {
public:
    RegexMatch() = default;

    bool hasMatch() const { return m_has; }
    // Group n's place in the subject; -1 (and an empty or null text) when the
    // group took no part in the match, as QRegularExpressionMatch answers.
    qsizetype capturedStart(int n = 0) const { return n >= 0 && 2 * n + 1 < m_offsets.size() ? m_offsets[2 * n] : -1; }
    qsizetype capturedEnd(int n = 0) const { return n >= 0 && 2 * n + 1 < m_offsets.size() ? m_offsets[2 * n + 1] : -1; }
    qsizetype capturedLength(int n = 0) const { return capturedStart(n) < 0 ? 0 : capturedEnd(n) - capturedStart(n); }
    QStringView capturedView(int n = 0) const
    {
        return capturedStart(n) < 0 ? QStringView() : m_subject.mid(capturedStart(n), capturedLength(n));
    }
    QString captured(int n = 0) const { return capturedStart(n) < 0 ? QString() : capturedView(n).toString(); }
    // The same by group name (a look-up in the pattern's names: for rare uses).
    qsizetype capturedStart(QStringView name) const { return capturedStart(groupNumber(name)); }
    qsizetype capturedEnd(QStringView name) const { return capturedEnd(groupNumber(name)); }
    QString captured(QStringView name) const { return captured(groupNumber(name)); }

    // No match (as a RegexMatch made empty).
    void reset()
    {
        m_subject = QStringView();
        m_names.clear();
        m_offsets.clear();
        m_has = false;
    }

private:
    friend class DirectRegex;
    int groupNumber(QStringView name) const;

    QStringView m_subject;
    QStringList m_names; // the pattern's group names (shared, not copied), when it has any
    QVarLengthArray<qsizetype, 16> m_offsets; // start and end of each group up to the last one set
    bool m_has = false;
};

class DirectRegex {
public:
    DirectRegex() = default;
    explicit DirectRegex(const QRegularExpression &re);

    bool isValid() const { return m_code != nullptr; }
    // Whether PCRE2 runs the pattern anchored whatever the match options: every
    // top-level branch starts with ^ (not multi-line), \A or \G, and so on
    // (PCRE2_INFO_ALLOPTIONS has PCRE2_ANCHORED). Such a pattern is only ever
    // tried at the offset a match starts from.
    bool isAnchored() const;
    // The leftmost match starting at or after `offset` (with `anchored`: exactly
    // at offset, as QRegularExpression::AnchorAtOffsetMatchOption) in a valid
    // UTF-16 subject; what comes before offset is seen by lookbehinds.
    RegexMatch match(QStringView subject, qsizetype offset, bool anchored = false) const
    {
        RegexMatch out; // (one object, built in place: a match is some hundred bytes)
        matchInto(subject, offset, anchored, &out);
        return out;
    }
    // The same into *out (which is reset first): for callers that keep one
    // RegexMatch through several tries, so that the answer is never copied.
    void matchInto(QStringView subject, qsizetype offset, bool anchored, RegexMatch *out) const;

private:
    struct Code;
    void askQt(QStringView subject, qsizetype offset, bool anchored, RegexMatch *out) const;
    std::shared_ptr<const Code> m_code; // shared by copies, freed with the last
};

} // namespace atlas
