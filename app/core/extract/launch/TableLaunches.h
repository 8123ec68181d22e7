#pragma once
// Launches listed in a table, one row each: a Markdown (or plain pipe) table
// whose header names a date column and a missile column, as lists of tests print
// them ("| Date (KST) | Launch site | Missile | Type | Number | Flight distance |
// Apogee | Splashdown | Notes |"). A row is no sentence: its cells are read by
// the column they sit under (the date cell is the launch's date, the "Number"
// cell its count, the "Apogee" cell its apogee whatever the words), with the same
// finders as running text. The sentence walk skips such tables, whose rows would
// otherwise read as one run-on sentence each, their facts going to the wrong launch.
#include "extract/LaunchFields.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "extract/launch/MentionBuilder.h"

#include <QVector>

namespace atlas::launch {

struct TableSpan {
    int start = 0; // the header line's start
    int end = 0;   // the last row's end (exclusive)
    bool ruled = true; // a "---|---" rule under the header; a plain export has none
    // What separates the cells: '|', or ',' and '\t' in a spreadsheet pasted as
    // text ("date_kst, time_kst, site, type, ..." over "2025-01-06, 12:00, ...").
    QChar delimiter = u'|';
};

// The tables of launches in text (the header and its rule, then the rows), in
// the order they come.
QVector<TableSpan> launchTables(const QString &text);

// One line of text from lineStart, read for launchTables' one pass: where it ends
// (its '\n' or the text's end), whether it holds a '|', and whether it may be the
// header of a comma or tab table (when `candidate`): false only where
// shortCellDelimiters(line, 40, 400) certainly finds fewer than four of both.
struct LineScan {
    qsizetype end = 0;
    bool bar = false;
    bool mayBeHeader = false;
};
LineScan scanTableLine(const QString &text, qsizetype lineStart, bool candidate);

// One mention per dated row of each table, every field with its cell as evidence.
void readTableLaunches(MentionBuilder &build, const LaunchFieldFinder &fields, const TemporalTagger &tagger,
                       const QVector<Sentence> &sentences, const QVector<TableSpan> &tables);

// A sentence's launch on a day a table row lists ("On December 3, 2025, North Korea
// flight-tested an ICBM" above a table with a "Dec. 3" row) is the row's launch told
// again: what the sentence says and the row does not (a count, a site, an apogee, a
// name ...) is added to the row, and a figure both give differently is a conflict.
void foldIntoRow(const MentionBuilder &build, LaunchMention &row, const LaunchMention &told);

} // namespace atlas::launch
