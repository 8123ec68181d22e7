#pragma once
// Markdown to plain prose, lightly: the reader wants the words, not the markup.
// Headings lose their '#', emphasis and code marks go, links keep their text,
// images and reference definitions go, list and quote markers go, code fences
// and rules become blank lines. YAML front matter gives a title when it has one.
// Line structure is kept (one output line per input line, or none), so a
// heading stays a line of its own for the sentence splitter.
#include <QString>

namespace atlas {

struct MarkdownDocument {
    QString text;
    QString title;         // front matter "title:", else the first "# " heading
    QString publishedMeta; // front matter "date:", as written
};

class MarkdownText {
public:
    static MarkdownDocument extract(const QString &markdown);
    // One line's inline markup removed: **b**, *i*, `code`, [text](url), ![alt](src).
    static QString stripInline(QStringView line);
};

} // namespace atlas
