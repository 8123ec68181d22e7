#include "store/Library.h"

#include "io/ModelJson.h"
#include "store/LibrarySchema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace atlas {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("atlas-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// A null QString binds as SQL NULL; the text columns are NOT NULL, '' when empty.
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

// A SQLite file starts with this header; anything else of non-zero size is not one.
bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Article articleFromRow(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.filePath = q.value(1).toString();
    a.contentHash = q.value(2).toString().toLatin1();
    a.title = q.value(3).toString();
    a.outlet = q.value(4).toString();
    a.encoding = q.value(5).toString();
    a.text = q.value(6).toString();
    a.publicationDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    a.publicationDateSource = pubDateSourceFromName(q.value(8).toString());
    a.publicationDateText = q.value(9).toString();
    a.publicationDateStart = q.value(10).toInt();
    return a;
}

const char *const kArticleColumns =
    "id, path, content_hash, title, outlet, encoding, text, pub_date, pub_date_source, "
    "pub_date_text, pub_date_start";
// The same columns with an empty text in its place: what a catalog keeps.
const char *const kArticleColumnsWithoutText =
    "id, path, content_hash, title, outlet, encoding, '', pub_date, pub_date_source, "
    "pub_date_text, pub_date_start";

// A LIKE pattern that matches every text QString::indexOf(phrase,
// Qt::CaseInsensitive) would match, or an empty string when there is none.
// SQLite's LIKE ignores case for ASCII letters only, so only an ASCII phrase
// has one; and Unicode case folding turns two non-ASCII characters into ASCII
// letters, KELVIN SIGN (U+212A) into k and LATIN SMALL LETTER LONG S (U+017F)
// into s (CaseFolding.txt, statuses C and S), so those letters become '_'
// (any one character). The few extra candidates are checked in Qt.
QString likePatternFor(const QString &phrase)
{
    if (phrase.size() > 1000) // SQLite caps LIKE patterns (50,000 bytes by default)
        return {};
    QString pattern = QStringLiteral("%");
    for (const QChar c : phrase) {
        if (c.unicode() >= 0x80)
            return {};
        const QChar lower = c.toLower();
        if (lower == QLatin1Char('k') || lower == QLatin1Char('s'))
            pattern += QLatin1Char('_');
        else if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\') + c;
        else
            pattern += c;
    }
    return pattern + QLatin1Char('%');
}

// Binds and runs one extraction row; the JSON is io/ModelJson's storage form.
bool writeExtraction(QSqlQuery &q, const ArticleExtraction &x, QString *error, const QByteArray &encoded = {})
{
    q.bindValue(0, x.articleId);
    q.bindValue(1, x.extractorVersion);
    q.bindValue(2, encoded.isEmpty() ? json::toBytes(x) : encoded);
    q.bindValue(3, int(x.launches.size()));
    q.bindValue(4, nowIso());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

const char *const kInsertExtraction =
    "INSERT OR REPLACE INTO extractions(article_id, extractor_version, json, launch_count, extracted_at) "
    "VALUES (?, ?, ?, ?, ?)";

} // namespace

QString openErrorName(Library::OpenError e)
{
    switch (e) {
    case Library::OpenError::None: return QStringLiteral("none");
    case Library::OpenError::CannotOpen: return QStringLiteral("cannot-open");
    case Library::OpenError::Damaged: return QStringLiteral("damaged");
    case Library::OpenError::NotALibrary: return QStringLiteral("not-a-library");
    case Library::OpenError::TooNew: return QStringLiteral("too-new");
    case Library::OpenError::UpgradeFailed: return QStringLiteral("upgrade-failed");
    }
    return {};
}

Library::Library() = default;

Library::~Library() { close(); }

bool Library::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

void Library::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool Library::fail(OpenError e, const QString &message, QString *error)
{
    m_openError = e;
    if (error)
        *error = message;
    close();
    return false;
}

QString Library::backupPathFor(const QString &libraryPath) { return libraryPath + QStringLiteral(".backup"); }

bool Library::open(const QString &path, OpenOptions options, QString *error)
{
    close();
    m_path = path;
    m_openError = OpenError::None;
    const QFileInfo info(path);
    if (!info.exists() && !options.create)
        return fail(OpenError::CannotOpen, QStringLiteral("the library %1 does not exist").arg(path), error);
    if (info.exists() && info.isDir())
        return fail(OpenError::CannotOpen, QStringLiteral("%1 is a folder, not a library file").arg(path), error);
    // Anything that is not an SQLite file is refused before SQLite ever sees it:
    // SQLite would happily turn an empty-looking or foreign file into a database.
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(path))
        return fail(OpenError::NotALibrary,
                    QStringLiteral("%1 is not a Launch Atlas library (it is not an SQLite database)").arg(path),
                    error);
    if (!info.exists())
        QDir().mkpath(info.absolutePath());

    m_connection = nextConnectionName();
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            openError = db.lastError().text().isEmpty() ? QStringLiteral("unknown error") : db.lastError().text();
    }
    if (!openError.isEmpty())
        return fail(OpenError::CannotOpen, QStringLiteral("the library %1 cannot be opened: %2").arg(path, openError),
                    error);
    if (options.checkIntegrity) {
        const QString verdict = integrityCheck();
        if (verdict != QLatin1String("ok"))
            return fail(OpenError::Damaged,
                        QStringLiteral("the library %1 is damaged (%2). It was not changed.").arg(path, verdict),
                        error);
    }
    // Every failure below closes the connection, so no handle to it may
    // outlive the check that failed: the checks run in their own scope.
    int version = 0;
    QString refusal;
    OpenError refusalKind = OpenError::None;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
        const bool hasTables = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()
            && q.value(0).toInt() > 0;
        const bool isOurs = version > 0
            && q.exec(QStringLiteral("SELECT value FROM library_info WHERE key = 'application'")) && q.next()
            && q.value(0).toString() == QLatin1String(LibrarySchema::kApplicationTag);
        if (version > LibrarySchema::kCurrentVersion) {
            refusalKind = OpenError::TooNew;
            refusal = QStringLiteral("the library %1 was written by a newer Launch Atlas (schema %2; this one "
                                     "reads up to %3)").arg(path).arg(version).arg(LibrarySchema::kCurrentVersion);
        } else if ((version == 0 && hasTables) || (version > 0 && !isOurs)) {
            // A database with tables of its own but not our tag is someone else's.
            refusalKind = OpenError::NotALibrary;
            refusal = QStringLiteral("%1 is an SQLite database but not a Launch Atlas library").arg(path);
        }
    }
    if (refusalKind != OpenError::None)
        return fail(refusalKind, refusal, error);
    QString why;
    if (!configure(options, &why))
        return fail(OpenError::CannotOpen, QStringLiteral("the library %1 cannot be set up: %2").arg(path, why), error);
    bool upgraded = true;
    if (version < LibrarySchema::kCurrentVersion) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        upgraded = LibrarySchema::upgrade(db, version, &why);
    }
    if (!upgraded)
        return fail(OpenError::UpgradeFailed, why, error);
    return true;
}

bool Library::configure(const OpenOptions &options, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QString pragmas[] = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        options.bulkWrites ? QStringLiteral("PRAGMA synchronous = NORMAL") : QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // Imports write a lot at once: a larger page cache, and checkpoints every
        // 32 MB of log rather than every 4 MB, so pages are copied back less often.
        options.bulkWrites ? QStringLiteral("PRAGMA cache_size = -32768") : QString(),
        options.bulkWrites ? QStringLiteral("PRAGMA wal_autocheckpoint = 8192") : QString(),
    };
    for (const QString &p : pragmas) {
        if (!p.isEmpty() && !q.exec(p)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QStringLiteral("the file system does not allow a write-ahead log");
        return false;
    }
    return true;
}

int Library::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString Library::integrityCheck()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text().isEmpty() ? QStringLiteral("the check could not run") : q.lastError().text();
    QStringList lines;
    while (q.next() && lines.size() < 5)
        lines << q.value(0).toString();
    if (lines.isEmpty())
        return QStringLiteral("the check gave no answer");
    return lines.join(QStringLiteral("; "));
}

bool Library::writeBackup(const QString &target, QString *error)
{
    const QString temp = target + QStringLiteral(".partial");
    QFile::remove(temp);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        QFile::remove(temp);
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        if (error)
            *error = QStringLiteral("the backup could not be renamed to %1").arg(target);
        return false;
    }
    return true;
}

QHash<QByteArray, StoredContent> Library::storedContent(const QString &extractorVersion) const
{
    QHash<QByteArray, StoredContent> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.content_hash, a.id, a.path, "
        " EXISTS(SELECT 1 FROM extractions x WHERE x.article_id = a.id AND x.extractor_version = ?) "
        "FROM articles a"));
    q.addBindValue(extractorVersion);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString().toLatin1(),
                   StoredContent{q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return out;
}

bool Library::storeArticles(const QVector<ArticleRecord> &records, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QString why;
    bool ok = true;
    {
        QSqlQuery replaced(db);
        replaced.prepare(QStringLiteral("DELETE FROM articles WHERE path = ? AND content_hash <> ?"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO articles(id, path, content_hash, title, outlet, encoding, text, pub_date, "
            " pub_date_source, pub_date_text, pub_date_start, file_size, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET path = excluded.path, title = excluded.title, "
            " outlet = excluded.outlet, encoding = excluded.encoding, text = excluded.text, "
            " pub_date = excluded.pub_date, pub_date_source = excluded.pub_date_source, "
            " pub_date_text = excluded.pub_date_text, pub_date_start = excluded.pub_date_start"));
        QSqlQuery extraction(db);
        extraction.prepare(QString::fromLatin1(kInsertExtraction));
        const QString now = nowIso();
        for (const ArticleRecord &r : records) {
            const Article &a = r.article;
            replaced.bindValue(0, a.filePath);
            replaced.bindValue(1, QString::fromLatin1(a.contentHash));
            if (!replaced.exec()) {
                why = replaced.lastError().text();
                ok = false;
                break;
            }
            insert.bindValue(0, a.id);
            insert.bindValue(1, text(a.filePath));
            insert.bindValue(2, QString::fromLatin1(a.contentHash));
            insert.bindValue(3, text(a.title));
            insert.bindValue(4, text(a.outlet));
            insert.bindValue(5, text(a.encoding));
            insert.bindValue(6, text(a.text));
            insert.bindValue(7, a.publicationDate.isValid() ? QVariant(a.publicationDate.toString(Qt::ISODate))
                                                            : QVariant(QMetaType(QMetaType::QString)));
            insert.bindValue(8, pubDateSourceName(a.publicationDateSource));
            insert.bindValue(9, text(a.publicationDateText));
            insert.bindValue(10, a.publicationDateStart);
            insert.bindValue(11, r.fileSize);
            insert.bindValue(12, now);
            if (!insert.exec()) {
                why = insert.lastError().text();
                ok = false;
                break;
            }
            if (!r.extraction.extractorVersion.isEmpty() && !writeExtraction(extraction, r.extraction, &why, r.extractionJson)) {
                ok = false;
                break;
            }
        }
    }
    if (!ok || !db.commit()) {
        if (why.isEmpty())
            why = db.lastError().text();
        db.rollback();
        if (error)
            *error = QStringLiteral("storing articles failed: %1").arg(why);
        return false;
    }
    return true;
}

bool Library::storeExtractions(const QVector<ArticleExtraction> &extractions, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QString why;
    bool ok = true;
    {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(kInsertExtraction));
        for (const ArticleExtraction &x : extractions) {
            if (!writeExtraction(q, x, &why)) {
                ok = false;
                break;
            }
        }
    }
    if (!ok || !db.commit()) {
        db.rollback();
        if (error)
            *error = QStringLiteral("storing extractions failed: %1").arg(why.isEmpty() ? db.lastError().text() : why);
        return false;
    }
    return true;
}

int Library::articleCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next() ? q.value(0).toInt() : 0;
}

QVector<Article> Library::articles() const
{
    QVector<Article> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM articles ORDER BY path, id").arg(QLatin1String(kArticleColumns))))
        return out;
    while (q.next())
        out << articleFromRow(q);
    return out;
}

Article Library::article(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(QLatin1String(kArticleColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return articleFromRow(q);
    return {};
}

QStringList Library::articlesNeedingExtraction(const QString &extractorVersion) const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM extractions x "
                             "WHERE x.article_id = a.id AND x.extractor_version = ?) ORDER BY path, id"));
    q.addBindValue(extractorVersion);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

RawLibraryContents Library::rawContents(const QString &extractorVersion) const
{
    RawLibraryContents out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One read transaction: articles and extractions from the same snapshot,
    // even while an import writes through another connection.
    db.transaction();
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The extraction of the asked-for version, else the newest one stored.
        q.prepare(QStringLiteral(
            "SELECT %1, (SELECT x.json FROM extractions x WHERE x.article_id = a.id "
            "  ORDER BY (x.extractor_version = ?) DESC, x.extracted_at DESC LIMIT 1) "
            "FROM articles a ORDER BY a.path, a.id")
                      .arg(QLatin1String(kArticleColumns)));
        q.addBindValue(extractorVersion);
        if (q.exec()) {
            while (q.next()) {
                out.articles << articleFromRow(q);
                out.extractionJson << q.value(11).toByteArray();
            }
        }
    }
    db.commit();
    return out;
}

ArticleExtraction Library::decodeExtraction(const QByteArray &json, const QString &articleId)
{
    ArticleExtraction x;
    if (json.isEmpty() || !json::fromBytes(json, &x)) {
        x = ArticleExtraction{}; // none stored yet: an empty reading keeps the pairing
        x.articleId = articleId;
    }
    return x;
}

LibraryContents Library::contents(const QString &extractorVersion) const
{
    RawLibraryContents raw = rawContents(extractorVersion);
    LibraryContents out;
    out.extractions.reserve(raw.articles.size());
    for (int i = 0; i < raw.articles.size(); ++i)
        out.extractions << decodeExtraction(raw.extractionJson.at(i), raw.articles.at(i).id);
    out.articles = std::move(raw.articles);
    return out;
}

bool Library::readContentsInSlices(const QString &extractorVersion, int sliceSize, const ContentSlice &slice) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    bool ok = false;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT %1, (SELECT x.json FROM extractions x WHERE x.article_id = a.id "
            "  ORDER BY (x.extractor_version = ?) DESC, x.extracted_at DESC LIMIT 1) "
            "FROM articles a ORDER BY a.path, a.id")
                      .arg(QLatin1String(kArticleColumnsWithoutText)));
        q.addBindValue(extractorVersion);
        if (q.exec()) {
            ok = true;
            RawLibraryContents part;
            const int size = qMax(1, sliceSize);
            while (ok && q.next()) {
                part.articles << articleFromRow(q);
                part.extractionJson << q.value(11).toByteArray();
                if (part.articles.size() >= size) {
                    ok = slice(part);
                    part = RawLibraryContents{};
                }
            }
            if (ok && !part.articles.isEmpty())
                ok = slice(part);
        }
    }
    db.commit();
    return ok;
}

QString Library::articleText(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT text FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QStringList Library::articlesMaybeContaining(const QString &phrase) const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // SQLite narrows an ASCII phrase down in its own scan, without a text ever
    // reaching Qt; any other phrase leaves every article to the caller's check.
    const QString pattern = likePatternFor(phrase);
    bool ran = false;
    if (!pattern.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM articles WHERE text LIKE ? ESCAPE '\\' ORDER BY path, id"));
        q.addBindValue(pattern);
        ran = q.exec();
    }
    if (!ran)
        ran = q.exec(QStringLiteral("SELECT id FROM articles ORDER BY path, id"));
    if (ran) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

void Library::releaseCacheMemory()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default: 2 MB
    q.exec(QStringLiteral("PRAGMA shrink_memory"));
}

bool Library::removeArticle(const QString &id, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace atlas
