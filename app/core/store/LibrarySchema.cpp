#include "store/LibrarySchema.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace atlas {

namespace {

// Version 0 -> 1: the first schema.
const char *const kVersion1[] = {
    "CREATE TABLE library_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE articles ("
    " id TEXT PRIMARY KEY,"
    " path TEXT NOT NULL,"
    " content_hash TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL DEFAULT '',"
    " outlet TEXT NOT NULL DEFAULT '',"
    " encoding TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL,"
    " pub_date TEXT,"
    " pub_date_source TEXT NOT NULL DEFAULT 'none',"
    " pub_date_text TEXT NOT NULL DEFAULT '',"
    " pub_date_start INTEGER NOT NULL DEFAULT -1,"
    " file_size INTEGER NOT NULL DEFAULT 0,"
    " imported_at TEXT NOT NULL)",
    "CREATE INDEX articles_by_path ON articles(path)",
    "CREATE TABLE extractions ("
    " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " extractor_version TEXT NOT NULL,"
    " json BLOB NOT NULL,"
    " launch_count INTEGER NOT NULL DEFAULT 0,"
    " extracted_at TEXT NOT NULL,"
    " PRIMARY KEY (article_id, extractor_version))",
    "CREATE TABLE edits ("
    " id TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " launch_ids TEXT NOT NULL,"
    " field TEXT NOT NULL DEFAULT '',"
    " machine_text TEXT NOT NULL DEFAULT '',"
    " machine_value TEXT,"
    " analyst_text TEXT NOT NULL DEFAULT '',"
    " analyst_value TEXT,"
    " made_at TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '',"
    " json TEXT NOT NULL,"
    " active INTEGER NOT NULL DEFAULT 1,"
    " ordinal INTEGER NOT NULL DEFAULT 0,"
    " undone_at TEXT)",
    "CREATE TABLE edit_events ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " edit_id TEXT NOT NULL,"
    " action TEXT NOT NULL," // made, undone, redone
    " at TEXT NOT NULL)",
};

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(60));
        return false;
    }
    return true;
}

bool toVersion1(QSqlDatabase &db, QString *error)
{
    for (const char *sql : kVersion1) {
        if (!run(db, QString::fromLatin1(sql), error))
            return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO library_info(key, value) VALUES (?, ?), (?, ?)"));
    q.addBindValue(QStringLiteral("application"));
    q.addBindValue(QString::fromLatin1(LibrarySchema::kApplicationTag));
    q.addBindValue(QStringLiteral("created"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

using Step = bool (*)(QSqlDatabase &, QString *);
// steps[i] takes a library from version i to version i + 1.
const Step kSteps[LibrarySchema::kCurrentVersion] = {toVersion1};

} // namespace

bool LibrarySchema::upgrade(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (int v = fromVersion; v < kCurrentVersion; ++v) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QString why;
        const bool ok = kSteps[v](db, &why)
            && run(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), &why);
        if (!ok || !db.commit()) {
            db.rollback();
            if (error)
                *error = QStringLiteral("upgrading the library to version %1 failed: %2")
                             .arg(v + 1)
                             .arg(why.isEmpty() ? db.lastError().text() : why);
            return false;
        }
    }
    return true;
}

} // namespace atlas
