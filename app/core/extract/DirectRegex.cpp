#include "extract/DirectRegex.h"
#include "extract/RegexProbe.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace atlas {

struct DirectRegex::Code {
    QRegularExpression re; // for the rare match PCRE2 cannot answer here
    QStringList names;     // re.namedCaptureGroups(): index = group number
    bool named = false;    // whether any group has a name (then each match shares the list)
    pcre2_code_16 *code = nullptr; // never null once built
    bool jit = false;
    ~Code() { pcre2_code_free_16(code); }
};

namespace {

// The compile options QRegularExpression gives PCRE2 for these pattern options
// (qregularexpression.cpp: convertToPcreOptions, then PCRE2_UTF).
uint32_t pcreOptions(QRegularExpression::PatternOptions o)
{
    uint32_t options = PCRE2_UTF;
    if (o & QRegularExpression::CaseInsensitiveOption)
        options |= PCRE2_CASELESS;
    if (o & QRegularExpression::DotMatchesEverythingOption)
        options |= PCRE2_DOTALL;
    if (o & QRegularExpression::MultilineOption)
        options |= PCRE2_MULTILINE;
    if (o & QRegularExpression::ExtendedPatternSyntaxOption)
        options |= PCRE2_EXTENDED;
    if (o & QRegularExpression::InvertedGreedinessOption)
        options |= PCRE2_UNGREEDY;
    if (o & QRegularExpression::DontCaptureOption)
        options |= PCRE2_NO_AUTO_CAPTURE;
    if (o & QRegularExpression::UseUnicodePropertiesOption)
        options |= PCRE2_UCP;
    return options;
}

// One match data per thread, for every pattern: room for 48 groups (the
// extractors' patterns have at most a dozen; more fall back to Qt).
constexpr uint32_t kPairs = 49;
struct ThreadMatchData {
    pcre2_match_data_16 *data = pcre2_match_data_create_16(kPairs, nullptr);
    ~ThreadMatchData() { pcre2_match_data_free_16(data); }
};

pcre2_match_data_16 *threadMatchData()
{
    thread_local ThreadMatchData local;
    return local.data;
}

} // namespace

int RegexMatch::groupNumber(QStringView name) const
{
    if (name.isEmpty())
        return -1;
    for (int i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i) == name)
            return i;
    }
    return -1;
}

DirectRegex::DirectRegex(const QRegularExpression &re)
{
    // Not re.isValid(): that would make Qt compile and JIT the pattern too, for
    // nothing (PCRE2 refuses here exactly what it refuses for Qt).
    auto code = std::make_shared<Code>();
    code->re = re;
    const QString pattern = re.pattern();
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    code->code = pcre2_compile_16(reinterpret_cast<PCRE2_SPTR16>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                                  pcreOptions(re.patternOptions()), &error, &errorOffset, nullptr);
    if (!code->code)
        return; // an invalid pattern: no match, as Qt answers
    // The group names from PCRE2's name table (Qt's namedCaptureGroups() would
    // compile the pattern a second time): each entry is the group number, then
    // the name, zero-terminated.
    uint32_t groups = 0, count = 0, entrySize = 0;
    PCRE2_SPTR16 table = nullptr;
    pcre2_pattern_info_16(code->code, PCRE2_INFO_CAPTURECOUNT, &groups);
    pcre2_pattern_info_16(code->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info_16(code->code, PCRE2_INFO_NAMEENTRYSIZE, &entrySize);
    pcre2_pattern_info_16(code->code, PCRE2_INFO_NAMETABLE, &table);
    code->names = QStringList(int(groups) + 1, QString());
    for (uint32_t i = 0; i < count && table; ++i) {
        const auto *entry = reinterpret_cast<const char16_t *>(table) + size_t(i) * entrySize;
        if (entry[0] <= groups) {
            code->names[entry[0]] = QString::fromUtf16(entry + 1);
            code->named = true;
        }
    }
    code->jit = pcre2_jit_compile_16(code->code, PCRE2_JIT_COMPLETE) == 0;
    m_code = std::move(code);
}

bool DirectRegex::isAnchored() const
{
    uint32_t options = 0;
    return m_code && pcre2_pattern_info_16(m_code->code, PCRE2_INFO_ALLOPTIONS, &options) == 0 && (options & PCRE2_ANCHORED);
}

void DirectRegex::matchInto(QStringView subject, qsizetype offset, bool anchored, RegexMatch *out) const
{
    ATLAS_REGEX_PROBE_SCOPE(m_code ? m_code->re.pattern() : QString());
    out->reset();
    if (!m_code || offset < 0 || offset > subject.size())
        return; // as Qt: an invalid pattern or an offset outside the subject has no match
    pcre2_match_data_16 *data = threadMatchData();
    if (!data)
        return askQt(subject, offset, anchored, out);
    const auto *text = reinterpret_cast<PCRE2_SPTR16>(subject.utf16());
    // The JIT's own entry point skips the generic one's checks. Its code is
    // compiled for unanchored matching and does not read PCRE2_ANCHORED, so an
    // anchored match goes through pcre2_match, which then interprets the
    // pattern as it does for Qt (patterns meant to run anchored and fast start
    // with \G instead). The JIT runs on its default 32 KiB stack; a pattern that
    // needs more says so, and Qt, which retries with a larger one, answers.
    const int rc = m_code->jit && !anchored
        ? pcre2_jit_match_16(m_code->code, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(offset), 0, data, nullptr)
        : pcre2_match_16(m_code->code, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(offset),
                         (anchored ? PCRE2_ANCHORED : 0) | PCRE2_NO_UTF_CHECK, data, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH)
        return;
    if (rc <= 0)
        return askQt(subject, offset, anchored, out); // 0: more groups than the match data holds
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer_16(data);
    out->m_subject = subject;
    if (m_code->named)
        out->m_names = m_code->names; // a match may outlive its DirectRegex
    out->m_has = true;
    out->m_offsets.resize(2 * rc);
    for (int i = 0; i < 2 * rc; ++i)
        out->m_offsets[i] = ovector[i] == PCRE2_UNSET ? -1 : qsizetype(ovector[i]);
}

void DirectRegex::askQt(QStringView subject, qsizetype offset, bool anchored, RegexMatch *out) const
{
    QRegularExpression::MatchOptions options = QRegularExpression::DontCheckSubjectStringMatchOption;
    if (anchored)
        options |= QRegularExpression::AnchorAtOffsetMatchOption;
    const QRegularExpressionMatch m = m_code->re.match(subject, offset, QRegularExpression::NormalMatch, options);
    if (!m.hasMatch())
        return;
    out->m_subject = subject;
    if (m_code->named)
        out->m_names = m_code->names; // a match may outlive its DirectRegex
    out->m_has = true;
    out->m_offsets.resize(2 * (m.lastCapturedIndex() + 1));
    for (int i = 0; i <= m.lastCapturedIndex(); ++i) {
        out->m_offsets[2 * i] = m.capturedStart(i);
        out->m_offsets[2 * i + 1] = m.capturedEnd(i);
    }
}

} // namespace atlas
