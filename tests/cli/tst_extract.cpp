// `launch-atlas extract` as a user runs it: exit status, the JSON shape promised
// in --help and the README, CSV that a spreadsheet reads back, and a bad file
// that is reported while the good ones are still read.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run extract(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATLAS_EXECUTABLE), QStringList{QStringLiteral("extract")} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject())
        qWarning("not a JSON object: %s", qPrintable(e.errorString()));
    return d.object();
}

// Keys that must be present (null allowed), as a failure message or empty.
QString missingKeys(const QJsonObject &o, const QStringList &keys, const QString &where)
{
    for (const QString &k : keys) {
        if (!o.contains(k))
            return QStringLiteral("%1 lacks \"%2\"").arg(where, k);
    }
    return {};
}

// Absent values are null, never "": find any empty string in the document.
QString emptyString(const QJsonValue &v, const QString &path)
{
    if (v.isString() && v.toString().isEmpty())
        return path;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString p = emptyString(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!p.isEmpty())
                return p;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = emptyString(it.value(), path + QLatin1Char('.') + it.key());
            if (!p.isEmpty())
                return p;
        }
    }
    return {};
}

// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.
QVector<QStringList> readCsv(const QString &text, bool *crlf)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *crlf = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            *crlf = *crlf && i > 0 && text.at(i - 1) == QLatin1Char('\r');
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

const QStringList kStances{QStringLiteral("condemn"), QStringLiteral("protest"), QStringLiteral("concern"),
                           QStringLiteral("urge"), QStringLiteral("support"), QStringLiteral("acknowledge"),
                           QStringLiteral("cooperation"), QStringLiteral("dialogue")};

} // namespace

class TestExtractCommand : public QObject {
    Q_OBJECT

private slots:
    void help()
    {
        const Run r = extract({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--format"));
        QVERIFY(r.out.contains("--pubdate"));
        QVERIFY(r.out.contains("launch-atlas extract"));
        QVERIFY(r.out.contains("Exit status"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no path") << QStringList{};
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral(ATLAS_ARTICLES_DIR)};
        QTest::newRow("bad pubdate") << QStringList{QStringLiteral("--pubdate"), QStringLiteral("2025-13-45"), QStringLiteral(ATLAS_ARTICLES_DIR)};
        QTest::newRow("pubdate words") << QStringList{QStringLiteral("--pubdate"), QStringLiteral("yesterday"), QStringLiteral(ATLAS_ARTICLES_DIR)};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral(ATLAS_ARTICLES_DIR)};
        QTest::newRow("unknown table") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("x"), QStringLiteral(ATLAS_ARTICLES_DIR)};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = extract(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("launch-atlas extract"));
    }

    void bundledArticlesJsonShape()
    {
        const Run r = extract({QStringLiteral(ATLAS_ARTICLES_DIR)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = parse(r.out);
        const QString top = missingKeys(root, {"articles", "launches", "reactions", "problems"}, QStringLiteral("root"));
        QVERIFY2(top.isEmpty(), qPrintable(top));
        const QString empty = emptyString(root, QStringLiteral("root"));
        QVERIFY2(empty.isEmpty(), qPrintable(empty + QStringLiteral(" is an empty string, not null")));

        const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
        QCOMPARE(articles.size(), QDir(QStringLiteral(ATLAS_ARTICLES_DIR)).entryList(QDir::Files).size());
        QSet<QString> articleIds;
        for (const QJsonValue &v : articles) {
            const QJsonObject a = v.toObject();
            QString m = missingKeys(a, {"id", "file", "title", "publication_date"}, QStringLiteral("article"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            m = missingKeys(a.value(QLatin1String("publication_date")).toObject(), {"date", "source"}, QStringLiteral("publication_date"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            articleIds.insert(a.value(QLatin1String("id")).toString());
        }
        QCOMPARE(articleIds.size(), articles.size());
        QVERIFY(root.value(QLatin1String("problems")).toArray().isEmpty());

        QSet<QString> launchIds;
        for (const QJsonValue &v : root.value(QLatin1String("launches")).toArray()) {
            const QJsonObject l = v.toObject();
            QString m = missingKeys(l, {"id", "role", "date", "time_of_day", "site", "classes", "names", "count",
                                        "distance_km", "apogee_km", "splashdown", "sources", "conflicts"},
                                    QStringLiteral("launch"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            const QJsonObject date = l.value(QLatin1String("date")).toObject();
            m = missingKeys(date, {"earliest", "latest", "precision", "weekday", "text", "inferred"}, QStringLiteral("launch.date"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            m = missingKeys(date.value(QLatin1String("inferred")).toObject(), {"earliest", "latest", "evidence"}, QStringLiteral("inferred"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            const QJsonValue weekday = date.value(QLatin1String("weekday"));
            QVERIFY(weekday.isNull() || weekday.toString().endsWith(QLatin1String("day")));
            m = missingKeys(l.value(QLatin1String("site")).toObject(), {"name", "lat", "lon", "uncertainty_km", "text"}, QStringLiteral("site"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            m = missingKeys(l.value(QLatin1String("count")).toObject(), {"min", "max"}, QStringLiteral("count"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            for (const char *q : {"distance_km", "apogee_km"}) {
                m = missingKeys(l.value(QLatin1String(q)).toObject(), {"value", "qualifier"}, QString::fromLatin1(q));
                QVERIFY2(m.isEmpty(), qPrintable(m));
            }
            m = missingKeys(l.value(QLatin1String("splashdown")).toObject(), {"sea", "eez", "land"}, QStringLiteral("splashdown"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            QVERIFY(!l.value(QLatin1String("sources")).toArray().isEmpty());
            for (const QJsonValue &s : l.value(QLatin1String("sources")).toArray()) {
                QVERIFY(articleIds.contains(s.toObject().value(QLatin1String("article")).toString()));
                for (const QJsonValue &e : s.toObject().value(QLatin1String("evidence")).toArray()) {
                    m = missingKeys(e.toObject(), {"field", "start", "end", "text"}, QStringLiteral("evidence"));
                    QVERIFY2(m.isEmpty(), qPrintable(m));
                }
            }
            for (const QJsonValue &c : l.value(QLatin1String("conflicts")).toArray()) {
                m = missingKeys(c.toObject(), {"field", "values"}, QStringLiteral("conflict"));
                QVERIFY2(m.isEmpty(), qPrintable(m));
            }
            launchIds.insert(l.value(QLatin1String("id")).toString());
        }

        const QJsonArray reactions = root.value(QLatin1String("reactions")).toArray();
        QVERIFY(!reactions.isEmpty());
        for (const QJsonValue &v : reactions) {
            const QJsonObject r = v.toObject();
            QString m = missingKeys(r, {"id", "launch", "article", "actor", "person", "role", "stance", "quote", "date", "evidence"},
                                    QStringLiteral("reaction"));
            QVERIFY2(m.isEmpty(), qPrintable(m));
            QVERIFY(kStances.contains(r.value(QLatin1String("stance")).toString()));
            QVERIFY(articleIds.contains(r.value(QLatin1String("article")).toString()));
            const QJsonValue launch = r.value(QLatin1String("launch"));
            QVERIFY(launch.isNull() || launchIds.contains(launch.toString()));
            QVERIFY(!r.value(QLatin1String("evidence")).toArray().isEmpty());
        }
    }

    void pubdateOverride()
    {
        const Run r = extract({QStringLiteral("--pubdate"), QStringLiteral("2025-11-07"), QStringLiteral(ATLAS_ARTICLES_DIR)});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &v : parse(r.out).value(QLatin1String("articles")).toArray()) {
            const QJsonObject pub = v.toObject().value(QLatin1String("publication_date")).toObject();
            QCOMPARE(pub.value(QLatin1String("date")).toString(), QStringLiteral("2025-11-07"));
            QCOMPARE(pub.value(QLatin1String("source")).toString(), QStringLiteral("user"));
        }
    }

    void badFileIsReportedAndOthersRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList bundled = QDir(QStringLiteral(ATLAS_ARTICLES_DIR)).entryList(QDir::Files);
        QVERIFY(!bundled.isEmpty());
        QVERIFY(QFile::copy(QDir(QStringLiteral(ATLAS_ARTICLES_DIR)).filePath(bundled.first()), dir.filePath(QStringLiteral("good.txt"))));
        QFile bad(dir.filePath(QStringLiteral("bad.txt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char(i * 7 % 256));
        bad.write(binary);
        bad.close();

        const Run r = extract({dir.path()});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = parse(r.out);
        QCOMPARE(root.value(QLatin1String("articles")).toArray().size(), 1);
        const QJsonArray problems = root.value(QLatin1String("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).toObject().value(QLatin1String("file")).toString().endsWith(QLatin1String("bad.txt")));
        QVERIFY(!problems.at(0).toObject().value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(r.err.contains("bad.txt"));
    }

    void missingPathIsAProblem()
    {
        const Run r = extract({QStringLiteral(ATLAS_ARTICLES_DIR), QStringLiteral("/no/such/folder/anywhere")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = parse(r.out);
        QVERIFY(!root.value(QLatin1String("articles")).toArray().isEmpty());
        QCOMPARE(root.value(QLatin1String("problems")).toArray().size(), 1);
    }

    void csvLaunches()
    {
        const Run json = extract({QStringLiteral(ATLAS_ARTICLES_DIR)});
        const int launches = int(parse(json.out).value(QLatin1String("launches")).toArray().size());
        const Run r = extract({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral(ATLAS_ARTICLES_DIR)});
        QCOMPARE(r.exitCode, 0);
        bool crlf = false;
        const QVector<QStringList> rows = readCsv(QString::fromUtf8(r.out), &crlf);
        QVERIFY(crlf);
        QCOMPARE(rows.size(), launches + 1);
        const QStringList header = rows.first();
        for (const char *column : {"id", "role", "date_earliest", "date_latest", "date_precision", "weekday", "site", "lat",
                                   "lon", "classes", "names", "count_min", "count_max", "distance_km",
                                   "distance_qualifier", "apogee_km", "sea", "eez", "sources", "conflicts"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
    }

    void csvReactions()
    {
        const Run r = extract({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"),
                               QStringLiteral("reactions"), QStringLiteral(ATLAS_ARTICLES_DIR)});
        QCOMPARE(r.exitCode, 0);
        bool crlf = false;
        const QVector<QStringList> rows = readCsv(QString::fromUtf8(r.out), &crlf);
        QVERIFY(rows.size() > 1);
        const int stance = int(rows.first().indexOf(QStringLiteral("stance")));
        QVERIFY(stance >= 0);
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), rows.first().size());
            QVERIFY(kStances.contains(rows[i].at(stance)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extract.moc"
