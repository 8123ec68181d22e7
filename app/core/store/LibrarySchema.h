#pragma once
// The library's tables, and the steps that bring an older library file up to
// the current schema. The schema version lives in SQLite's PRAGMA user_version;
// each migration runs in the transaction that also bumps that number, so a
// library is always at one version or the next, never between.
//
// Tables (version 1):
//   library_info   key/value: "application" = "launch-atlas", "created" (ISO time)
//   articles       one row per distinct content (SHA-256 of the file's bytes):
//                  id, path, content_hash, title, outlet, encoding, text,
//                  pub_date, pub_date_source, pub_date_text, pub_date_start,
//                  file_size, imported_at
//   extractions    (article_id, extractor_version) -> ArticleExtraction as JSON
//                  (io/ModelJson), deleted with their article
//   edits          the analyst's corrections (model/AnalystEdit), one row per
//                  edit, never deleted: active = 1 while it applies, 0 once
//                  undone (undone_at says when); ordinal orders the active ones
//   edit_events    the audit trail: every make/undo/redo of an edit, with when
#include <QString>

class QSqlDatabase;

namespace atlas {

class LibrarySchema {
public:
    static constexpr int kCurrentVersion = 1;
    static constexpr const char *kApplicationTag = "launch-atlas";

    // Creates the tables in an empty database, or migrates an older one, each
    // step in its own transaction. False, and why in *error, on failure (the
    // file is then left at the last complete version).
    static bool upgrade(QSqlDatabase &db, int fromVersion, QString *error);
};

} // namespace atlas
