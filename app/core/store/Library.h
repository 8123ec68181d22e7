#pragma once
// The library: one SQLite file (through QtSql) that keeps the articles an
// analyst collected, the extractor's reading of each (per extractor version),
// and every analyst correction as an audit trail. See store/LibrarySchema.h for
// the tables.
//
// Safety rules:
// - WAL journal; every write is one transaction, so a crash (even SIGKILL)
//   leaves each article wholly there, with its extraction, or absent;
// - on open, PRAGMA integrity_check runs before anything is written; a damaged
//   file, a file that is not a library, or one from a newer version is refused
//   with a plain message and is never written to, let alone overwritten;
// - edits are written with synchronous=FULL (each is an analyst's work and
//   worth a flush); bulk imports use NORMAL, which is still crash-safe for the
//   process and only risks the last transactions on a power cut.
//
// A Library object is one database connection: use it on the thread that
// opened it. An import on a worker thread opens its own Library on the same
// file (WAL lets it write while the GUI's connection reads).
#include "extract/ArticleExtraction.h"
#include "model/AnalystEdit.h"
#include "model/Article.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>
#include <functional>

namespace atlas {

// What is stored about one piece of content, for deciding whether to skip it.
struct StoredContent {
    QString articleId;
    QString path;
    bool extracted = false; // an extraction by the asked-for extractor version exists
};

// One article to write, with the extraction that goes with it.
struct ArticleRecord {
    Article article;
    ArticleExtraction extraction;
    qint64 fileSize = 0;
    // The extraction already in its stored form (json::toBytes), when the
    // caller encoded it on a worker thread; empty: encoded while writing.
    QByteArray extractionJson;
};

// An edit as the audit trail keeps it.
struct EditRecord {
    AnalystEdit edit;
    bool active = true;
    int ordinal = 0;
    QDateTime undoneAt; // invalid while active
};

struct EditEvent {
    QString editId;
    QString action; // "made", "undone", "redone"
    QDateTime at;
};

// Articles with their extractions still in stored form (JSON bytes), so that
// the caller can decode them on several threads.
struct RawLibraryContents {
    QVector<Article> articles;          // ordered by path
    QVector<QByteArray> extractionJson; // extractionJson[i] is articles[i]'s; empty when none is stored
};

// Articles and their extractions, as stored; input to the merge.
struct LibraryContents {
    QVector<Article> articles;             // ordered by path
    QVector<ArticleExtraction> extractions; // extractions[i] is articles[i]'s (empty when none is stored)
};

class Library {
public:
    enum class OpenError { None, CannotOpen, Damaged, NotALibrary, TooNew, UpgradeFailed };

    struct OpenOptions {
        bool checkIntegrity = true; // a worker's second connection may skip it
        bool create = true;         // create the file when it does not exist
        bool bulkWrites = false;    // synchronous=NORMAL, for imports
    };

    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    bool open(const QString &path, OpenOptions options, QString *error = nullptr);
    bool open(const QString &path, QString *error = nullptr) { return open(path, OpenOptions{}, error); }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    OpenError lastOpenError() const { return m_openError; }
    int schemaVersion() const;

    // The file name of the automatic backup kept beside a library.
    static QString backupPathFor(const QString &libraryPath);
    // Writes a consistent copy (VACUUM INTO a temporary name, then renamed over
    // the old backup), so a crash mid-backup never spoils the previous one.
    bool writeBackup(const QString &target, QString *error = nullptr);
    // Runs PRAGMA integrity_check; "ok" or the first problems found.
    QString integrityCheck();

    // --- articles and extractions ---
    // content hash -> what is stored, with `extracted` for this extractor version.
    QHash<QByteArray, StoredContent> storedContent(const QString &extractorVersion) const;
    // Writes articles and their extractions in one transaction. An article whose
    // path held other content before replaces it (its old extractions go with it).
    bool storeArticles(const QVector<ArticleRecord> &records, QString *error = nullptr);
    // Adds or replaces extractions of stored articles, in one transaction.
    bool storeExtractions(const QVector<ArticleExtraction> &extractions, QString *error = nullptr);
    int articleCount() const;
    QVector<Article> articles() const;
    // Ids of stored articles with no extraction by this version.
    QStringList articlesNeedingExtraction(const QString &extractorVersion) const;
    Article article(const QString &id) const;
    // Articles with, for each, the extraction of this version, or when there is
    // none, the newest stored one.
    LibraryContents contents(const QString &extractorVersion) const;
    RawLibraryContents rawContents(const QString &extractorVersion) const;
    // The same rows without the articles' texts (Article::text left empty), in
    // slices of at most sliceSize rows, so a caller never holds more than one
    // slice of stored JSON. Runs in one read transaction (one snapshot, even
    // while an import writes through another connection); `slice` may query
    // this connection meanwhile (articleText). Stops, returning false, when
    // `slice` returns false; false too when the query fails.
    using ContentSlice = std::function<bool(RawLibraryContents &slice)>;
    bool readContentsInSlices(const QString &extractorVersion, int sliceSize, const ContentSlice &slice) const;
    // Decodes one stored extraction; an empty one (with articleId) when there is none.
    static ArticleExtraction decodeExtraction(const QByteArray &json, const QString &articleId);
    bool removeArticle(const QString &id, QString *error = nullptr);

    // --- article texts on demand (a catalog assembled from a library holds none) ---
    // One article's text; a null QString when there is no such article.
    QString articleText(const QString &id) const;
    // Ids of the articles whose text may contain `phrase` ignoring case: every
    // one that does and perhaps a few more (callers check the text), ordered
    // by path, then id, as contents() orders them.
    QStringList articlesMaybeContaining(const QString &phrase) const;
    // Sets SQLite's page cache back to its default size and hands back the
    // memory it held (an import's connection uses a large cache for writing).
    void releaseCacheMemory();

    // --- analyst edits (the audit trail) ---
    // Makes the stored list of active edits equal `active`, in that order, in one
    // transaction: new edits are added ("made"), edits missing from the list are
    // marked undone (never deleted), undone ones that return are "redone".
    bool saveEdits(const QVector<AnalystEdit> &active, QString *error = nullptr);
    QVector<AnalystEdit> activeEdits() const;
    QVector<EditRecord> editHistory() const; // every edit ever made, oldest first
    QVector<EditEvent> editEvents() const;

private:
    bool configure(const OpenOptions &options, QString *error);
    bool fail(OpenError e, const QString &message, QString *error);

    QString m_connection;
    QString m_path;
    OpenError m_openError = OpenError::None;
};

QString openErrorName(Library::OpenError e);

} // namespace atlas
