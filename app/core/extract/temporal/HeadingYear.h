#pragma once
// An undated article with no full date ("6 January", "In February" only) whose
// headings name its year: "# North Korea's Missile Tests in 2025", "## 2025",
// "Timeline of the main launches in 2025". Its yearless dates are of that year,
// as a reader takes them; without it they stayed days of an unknown year.
#include "extract/SentenceSplitter.h"

#include <QString>
#include <QVector>

namespace atlas::temporal {

// The one year (1950-2099) the article's headings name, or 0 when none does or
// two headings name different years (a list of several years' sections).
int headingYear(const QString &text, const QVector<Sentence> &sentences);

} // namespace atlas::temporal
