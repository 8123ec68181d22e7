#include "extract/reaction/QuotedRuns.h"

#include "extract/CharScan.h"

namespace atlas::reaction {

namespace {

// Whether a quotation is still open at the end of [start, end), given whether
// one was open at start: straight marks toggle, a curly opening mark opens and
// a curly closing mark closes (an apostrophe is no mark).
bool openAfter(const char16_t *d, int start, int end, bool open)
{
    for (qsizetype i = findAnyOf(d, start, end, {u'"', u'\u201C', u'\u201D'}); i < end;
         i = findAnyOf(d, i + 1, end, {u'"', u'\u201C', u'\u201D'})) {
        if (d[i] == u'"')
            open = !open;
        else
            open = d[i] == u'\u201C';
    }
    return open;
}

// A blank line (a paragraph's end) between two sentences: a quotation that
// goes on into the next paragraph opens again there, as news writes it.
bool paragraphBreakBetween(const char16_t *d, int from, int to)
{
    int breaks = 0;
    for (int i = from; i < to; ++i) {
        if (d[i] == u'\n' && ++breaks >= 2)
            return true;
    }
    return false;
}

} // namespace

QVector<Sentence> joinQuotedRuns(const QString &text, const QVector<Sentence> &sentences, bool *joined)
{
    *joined = false;
    const char16_t *d = QStringView(text).utf16();
    const int n = int(text.size());
    QVector<Sentence> out;
    const int count = int(sentences.size());
    for (int i = 0; i < count; ++i) {
        const Sentence &first = sentences[i];
        const bool valid = first.start >= 0 && first.start < first.end && first.end <= n;
        if (!valid || first.heading || !openAfter(d, first.start, first.end, false)) {
            if (*joined)
                out << first;
            continue;
        }
        // A quotation opens here and is not closed: look for the sentence that closes it.
        int last = -1;
        for (int j = i + 1; j < count && j < i + kMaxQuotedRunSentences; ++j) {
            const Sentence &next = sentences[j];
            if (next.heading || next.start < sentences[j - 1].end || next.end > n
                || next.end - first.start > kMaxQuotedRunLength
                || paragraphBreakBetween(d, sentences[j - 1].end, next.start))
                break;
            if (!openAfter(d, next.start, next.end, true)) {
                last = j;
                break;
            }
        }
        if (last < 0) {
            if (*joined)
                out << first;
            continue;
        }
        if (!*joined) {
            *joined = true;
            out.reserve(count);
            out << sentences.mid(0, i);
        }
        out << Sentence{first.start, sentences[last].end, false};
        i = last;
    }
    return out;
}

} // namespace atlas::reaction
