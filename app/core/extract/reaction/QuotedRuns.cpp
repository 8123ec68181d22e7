#include "extract/reaction/QuotedRuns.h"

#include "extract/CharScan.h"

#include <algorithm>

namespace atlas::reaction {

namespace {

// Whether a quotation is still open at the end of [start, end), given whether
// one was open at start. marks: where the article's marks are, in order.
bool openAfter(const char16_t *d, const QVector<int> &marks, int start, int end, bool open)
{
    for (auto it = std::lower_bound(marks.begin(), marks.end(), start); it != marks.end() && *it < end; ++it)
        open = openAfterMark(d[*it], open);
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
    // The article's quotation marks, found in one pass (most articles have few,
    // many none: then no sentence is read).
    QVector<int> marks;
    for (qsizetype i = findAnyOfWide(d, 0, n, {u'"', u'\u201C', u'\u201D'}); i < n;
         i = findAnyOfWide(d, i + 1, n, {u'"', u'\u201C', u'\u201D'}))
        marks << int(i);
    if (marks.isEmpty())
        return {};
    QVector<Sentence> out;
    const int count = int(sentences.size());
    for (int i = 0; i < count; ++i) {
        const Sentence &first = sentences[i];
        const bool valid = first.start >= 0 && first.start < first.end && first.end <= n;
        if (!valid || first.heading || !openAfter(d, marks, first.start, first.end, false)) {
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
            if (!openAfter(d, marks, next.start, next.end, true)) {
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
