#pragma once
// Finds date expressions in text and resolves them to FuzzyDates against an
// anchor (the article's publication date, which may be unknown). Calendar
// arithmetic uses boost::gregorian.
//
// "early May 2025" -> 1-10 May 2025 (part-of-month); "on Tuesday" with a
// publication date -> the latest Tuesday on or before it (day); without one ->
// unknown with weekday Tuesday; "since November 5" with no year -> day-of-year.
#include "model/FuzzyDate.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace atlas {

struct DateMention {
    int start = 0;         // span in the text given to tag(), plus offset
    int end = 0;           // exclusive
    FuzzyDate date;
    QString timeOfDay;     // "early morning", "afternoon", "12:00 local (03:00 GMT)" when stated
    bool relative = false; // resolved from the anchor ("last month", "a week earlier", weekdays)
};

class TemporalTagger {
public:
    // anchor: the publication date; invalid when the article has none.
    explicit TemporalTagger(const QDate &anchor = {}) : m_anchor(anchor) {}

    // All date expressions in text, in order. offset is added to every span so a
    // sentence can be tagged with spans that index the whole article.
    QVector<DateMention> tag(const QString &text, int offset = 0) const;

    // Resolves an expression relative to another date rather than the anchor
    // ("a week earlier" than 14 January -> the week ending 10 January).
    QVector<DateMention> tagRelativeTo(const QString &text, const FuzzyDate &reference, int offset = 0) const;

    QDate anchor() const { return m_anchor; }

private:
    QDate m_anchor;
};

} // namespace atlas
