// Extraction quality on articles the engine was not tuned on (tests/data/heldout/,
// tests/data/heldout2/, tests/data/heldout3/, tests/data/heldout4/, tests/data/heldout5/,
// tests/data/heldout6/, tests/data/heldout7/ or any folder
// given with --set)
// and, for comparison, on the bundled articles' oracle. Runs the real pipeline per
// article (ArticleReader, PublicationDateDetector and ArticleExtractor through
// CatalogBuilder::analyze) and scores it with the matching rules of
// shared/README.md. Prints per article and in total, then the failure kinds,
// most frequent first: that list is the to-do for the extraction engine.
//
// Not a test: a miss here is a finding, not a regression. Always exits 0 unless
// the data cannot be read.
//
// Usage: eval_extraction [--set DIR]... [--failures N]
//   --set DIR   score the held-out set in DIR (its expected.json and the files it
//               names); a bare name is looked up in tests/data ("heldout2"). May be
//               given more than once. Without it: tests/data/heldout.
//   --failures N   N examples per failure kind (default 1)
#include "ExpectedMatcher.h"

#include "extract/ArticleExtractor.h"
#include "extract/CatalogBuilder.h"
#include "geo/Gazetteer.h"
#include "ingest/ArticleReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace atlas;

namespace {

QTextStream out(stdout);

QString ratio(const Tally &t) { return t.expected ? QString("%1/%2").arg(t.found).arg(t.expected) : QString("-"); }
QString percent(const Tally &t)
{
    return t.expected ? QString::number(100.0 * t.found / t.expected, 'f', 0) + "%" : QString("-");
}

void printHeader()
{
    out << QString("%1 %2").arg("article", -30).arg("launch", 6);
    for (const QString &f : launchFieldNames())
        out << QString(" %1").arg(f.left(6), 6);
    out << QString(" %1 %2 %3 %4 %5\n").arg("react", 6).arg("quote", 5).arg("+L", 3).arg("+R", 3).arg("pub", 4);
}

void printRow(const QString &label, const ArticleScore &s, const QString &pub)
{
    out << QString("%1 %2").arg(label.left(30), -30).arg(ratio(s.launches), 6);
    for (const QString &f : launchFieldNames())
        out << QString(" %1").arg(ratio(s.fields.value(f)), 6);
    out << QString(" %1 %2 %3 %4 %5\n").arg(ratio(s.reactions), 6).arg(ratio(s.quotes), 5)
               .arg(s.spuriousLaunches, 3).arg(s.spuriousReactions, 3).arg(pub, 4);
}

// Scores every article of one expected.json; `pathOf` turns a file name into a
// path the reader can open (a folder on disk, or the bundled resources).
ArticleScore evaluate(const QString &title, const QString &expectedPath,
                      const std::function<QString(const QString &)> &pathOf, int *pubRight, int *pubTotal)
{
    QFile f(expectedPath);
    if (!f.open(QIODevice::ReadOnly)) {
        out << "cannot read " << expectedPath << "\n";
        std::exit(2);
    }
    const QJsonArray articles = QJsonDocument::fromJson(f.readAll()).object()["articles"].toArray();
    const ArticleReader reader;
    const ArticleExtractor extractor;
    const ExpectedMatcher matcher(Gazetteer::bundled());

    out << "\n== " << title << " (" << articles.size() << " articles, " << expectedPath << ")\n";
    printHeader();
    ArticleScore total;
    *pubRight = *pubTotal = 0;
    for (const QJsonValue &v : articles) {
        const QJsonObject expected = v.toObject();
        const QString file = expected["file"].toString();
        ReadOutcome read = reader.readFile(pathOf(file));
        if (!read.article) {
            out << file << ": not read: " << read.problem << "\n";
            ArticleScore unread;
            unread.file = file;
            unread.failures.append({"article not read", file, read.problem});
            total += unread;
            continue;
        }
        Article article = *read.article;
        const ArticleExtraction extraction = CatalogBuilder::analyze(article, extractor);
        const ArticleScore s = matcher.score(expected, article, extraction);
        ++*pubTotal;
        *pubRight += s.pubDateRight ? 1 : 0;
        printRow(file, s, s.pubDateRight ? "ok" : "WRONG");
        total += s;
    }
    printRow("TOTAL", total, QString("%1/%2").arg(*pubRight).arg(*pubTotal));
    return total;
}

void printSummary(const QString &title, const ArticleScore &t, int pubRight, int pubTotal)
{
    out << "\n-- " << title << " summary\n";
    out << QString("  launches found        %1 (%2)\n").arg(ratio(t.launches), percent(t.launches));
    for (const QString &f : launchFieldNames())
        out << QString("  %1 %2 (%3)\n").arg(f, -21).arg(ratio(t.fields.value(f)), percent(t.fields.value(f)));
    out << QString("  reactions (actor+stance) %1 (%2)\n").arg(ratio(t.reactions), percent(t.reactions));
    out << QString("  quotes as given       %1\n").arg(ratio(t.quotes));
    out << QString("  spurious launches     %1 (of which in no-launch articles: %2)\n").arg(t.spuriousLaunches).arg(t.spuriousInNoLaunchArticle);
    out << QString("  spurious reactions    %1 (distinct actor+stance per article; %2 of them judging: not acknowledge/cooperation)\n")
               .arg(t.spuriousReactions).arg(t.spuriousJudgements);
    out << QString("  publication date      %1/%2 right\n").arg(pubRight).arg(pubTotal);
}

void printFailureKinds(const QVector<Failure> &failures, int examples)
{
    QMap<QString, QVector<Failure>> byKind;
    for (const Failure &f : failures)
        byKind[f.kind].append(f);
    QVector<QString> kinds = byKind.keys().toVector();
    std::stable_sort(kinds.begin(), kinds.end(),
                     [&](const QString &a, const QString &b) { return byKind[a].size() > byKind[b].size(); });
    out << "\n-- failure kinds, most frequent first (" << failures.size() << " failures)\n";
    for (const QString &k : kinds) {
        out << QString("%1  %2\n").arg(byKind[k].size(), 3).arg(k);
        for (int i = 0; i < std::min<int>(examples, byKind[k].size()); ++i)
            out << "       e.g. " << byKind[k][i].article << ": " << byKind[k][i].detail << "\n";
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int examples = 1;
    const QString data = QStringLiteral(ATLAS_EVAL_DATA_DIR);
    QStringList sets;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--failures" && hasValue) {
            examples = args[++i].toInt();
        } else if (args[i] == "--set" && hasValue) {
            // A folder as given, else a set under tests/data ("heldout2").
            const QString dir = args[++i];
            sets << (QFileInfo(dir).isDir() ? QFileInfo(dir).absoluteFilePath() : data + "/" + dir);
        } else {
            out << "usage: eval_extraction [--set DIR]... [--failures N]\n";
            out.flush();
            return 2;
        }
    }
    if (sets.isEmpty())
        sets << data + "/heldout";

    out << "extractor version " << ArticleExtractor::version() << "\n";

    for (const QString &dir : sets) {
        int pubRight = 0, pubTotal = 0;
        const QString name = QFileInfo(dir).fileName();
        const ArticleScore heldout = evaluate("held-out articles: " + name, dir + "/expected.json",
                                              [&](const QString &file) { return dir + "/" + file; },
                                              &pubRight, &pubTotal);
        printSummary(name, heldout, pubRight, pubTotal);
        printFailureKinds(heldout.failures, examples);
    }

    int bRight = 0, bTotal = 0;
    const ArticleScore bundled = evaluate("bundled articles (the oracle the engine is tuned on)",
                                          data + "/articles-expected.json",
                                          [](const QString &file) { return ":/atlas/articles/" + file; },
                                          &bRight, &bTotal);
    printSummary("bundled", bundled, bRight, bTotal);
    printFailureKinds(bundled.failures, examples);
    out.flush();
    return 0;
}
