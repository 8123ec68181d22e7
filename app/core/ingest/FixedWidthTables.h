#pragma once
// Tables laid out with spaces, as PDF-to-text exports and plain-text reports
// print them: a header of one or more lines, a rule of dashes, then rows whose
// cells line up in columns, a long cell wrapped onto the next lines:
//
//     Date            Missile type (as reported)     Launch area        Reported
//                                                                       range
//     -----------------------------------------------------------------------
//     Jan. 6          Intermediate-range, hyper-     Pyongyang area     ~1,100 km
//                     sonic (DPRK claim)                                (~680 mi)
//
// Each such table is rewritten as a table with bars, one line a row, so the
// launch readers read it by its columns as they read Markdown tables, and the
// wrapped cells are whole again ("Intermediate-range, hypersonic (DPRK claim)").
// Columns are the stretches between gutters: runs of two or more positions left
// blank on every line of the table. A rule with fewer than three columns under
// it, or fewer than two rows, is left as it is.
#include <QString>

namespace atlas {

QString pipeFixedWidthTables(const QString &text);

} // namespace atlas
