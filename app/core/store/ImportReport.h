#pragma once
// What an import did, file by file, in words for the user: the import dialog
// shows it and the crash-safety test reads it.
#include <QString>
#include <QtGlobal>
#include <QVector>

namespace atlas {

enum class ImportOutcome {
    Added,       // new content, read and extracted
    Updated,     // a file whose content changed since the last import: replaced
    Reextracted, // known content, extracted again by a newer extractor
    Unchanged,   // same content already in the library: skipped
    Duplicate,   // same content as another file: skipped
    Refused,     // could not be read as an article (the reason says why)
    NotImported  // the import was cancelled or failed before this file
};
QString importOutcomeName(ImportOutcome o); // "added", "unchanged", ...

struct ImportEntry {
    QString file;
    ImportOutcome outcome = ImportOutcome::Added;
    QString message; // why it was skipped or refused; empty for plain successes
};

struct ImportProgress {
    int filesDone = 0;
    int filesTotal = 0;     // 0 while folders are still being listed
    int launchesFound = 0;  // launch mentions in the files done so far
    int added = 0;
    int skipped = 0;        // unchanged, duplicate, refused
};

// Where the time went, for docs/PERFORMANCE.md and for anyone tuning it.
struct ImportTimings {
    qint64 listMs = 0;     // walking the folders
    qint64 workMs = 0;     // the coordinator waiting for workers (read, date, extract)
    qint64 writeMs = 0;    // library transactions
    qint64 loadMs = 0;     // reading the library back for the catalog
    qint64 assembleMs = 0; // the cross-article merge
};

struct ImportReport {
    QVector<ImportEntry> entries; // files in import order, then what the folder walk skipped
    ImportProgress totals;
    bool cancelled = false;
    QString error;   // a failure that stopped the import (the library could not be written)
    qint64 elapsedMs = 0;
    ImportTimings timings;
    // Whether the catalog that comes with this report is the library's; false
    // when the import changed nothing and was asked not to assemble it again.
    bool catalogAssembled = false;

    int count(ImportOutcome o) const;
    // Entries that were not imported as new or updated content, with their reasons.
    QVector<ImportEntry> skippedEntries() const;
    // "1,204 added, 3 unchanged, 2 refused" — for a status line.
    QString summary() const;
};

} // namespace atlas
