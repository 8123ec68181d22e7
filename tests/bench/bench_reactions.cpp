// Reaction extraction alone (ReactionExtractor::extract), on the corpus generated
// from the bundled articles (CorpusGenerator), single thread:
//
//   bench_reactions [--articles N] [--repeat R]
//       MB/s of UTF-8 text in thread CPU time, best and median of R passes;
//       sentence splitting, publication dates and the tagger are set up before
//       the clock starts, so only the reaction extractor is timed (after a
//       warm-up over 100 articles that compiles the patterns).
//
//   bench_reactions --interleave [--articles N]
//       the same pass timed article by article, each right after the launch
//       pass over the same article (untimed), as in bench_extract's stages: what
//       the other passes leave in the caches costs the reaction pass too.
//
//   bench_reactions --dump FILE [--articles N] [--mixed M] [--texts PATH...]
//       writes every reaction (actor, person, role, stance, quote, date and each
//       evidence span) of the corpus, of the bundled articles, of the files in
//       PATHs, and of M articles made by shuffling and mutating their sentences
//       (fixed seed). Two builds that write the same file extract the same
//       reactions: the check that a speed-up changed nothing.
#include "CorpusGenerator.h"

#include "extract/ArticleExtractor.h"
#include "extract/LaunchExtractor.h"
#include "extract/ReactionExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "geo/Gazetteer.h"
#include "ingest/ArticleReader.h"
#include "ingest/PublicationDateDetector.h"
#include "bench/CpuClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace atlas;
using namespace atlas::bench;

namespace {

struct Prepared {
    Article article;
    QVector<Sentence> sentences;
};

Prepared prepare(Article a)
{
    PublicationDateDetector().apply(a);
    Prepared p;
    p.sentences = splitSentences(a.text);
    p.article = std::move(a);
    return p;
}

// As ArticleExtractor anchors it: the publication day in Korea, else a year hint.
TemporalTagger taggerFor(const Article &a)
{
    const QDate anchor = a.publicationDateKorea.isValid() ? a.publicationDateKorea : a.publicationDate;
    TemporalTagger tagger(anchor);
    if (!anchor.isValid())
        tagger.setYearHint(ArticleExtractor::yearHint(a.text));
    return tagger;
}

QString describe(const FuzzyDate &d)
{
    return QStringLiteral("%1..%2/%3/w%4/m%5d%6/%7")
        .arg(d.earliest.toString(Qt::ISODate), d.latest.toString(Qt::ISODate), precisionName(d.precision))
        .arg(d.weekday)
        .arg(d.month)
        .arg(d.day)
        .arg(d.text);
}

void dumpArticle(QTextStream &out, const ReactionExtractor &extractor, const Prepared &p)
{
    const TemporalTagger tagger = taggerFor(p.article);
    const QVector<Reaction> reactions = extractor.extract(p.article, p.sentences, tagger);
    out << "## " << p.article.id << " (" << reactions.size() << ")\n";
    for (const Reaction &r : reactions) {
        out << r.id << " | " << r.actor << " | " << r.person << " | " << r.role << " | " << stanceName(r.stance)
            << " | " << r.quote << " | " << describe(r.date) << "\n";
        for (const Evidence &e : r.evidence)
            out << "   " << e.field << ' ' << e.start << '-' << e.end << ' ' << e.text() << "\n";
    }
}

// Articles made of sentences from everywhere, some of them altered: words
// dropped, swapped, lower-cased or replaced by another word seen anywhere.
QVector<Article> mixedArticles(const QVector<Prepared> &sources, int count)
{
    QStringList pool;
    QStringList words;
    for (const Prepared &p : sources) {
        for (const Sentence &s : p.sentences) {
            const QString text = p.article.text.mid(s.start, s.end - s.start);
            if (text.size() > 3000)
                continue;
            pool << text;
            words << text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    QVector<Article> out;
    if (pool.isEmpty() || words.isEmpty())
        return out;
    QRandomGenerator rng(20251122);
    for (int i = 0; i < count; ++i) {
        QStringList parts;
        const int n = 1 + int(rng.bounded(25));
        for (int k = 0; k < n; ++k) {
            QString s = pool.at(int(rng.bounded(int(pool.size()))));
            if (rng.bounded(3) == 0) {
                QStringList w = s.split(QLatin1Char(' '));
                const int edits = 1 + int(rng.bounded(4));
                for (int e = 0; e < edits && !w.isEmpty(); ++e) {
                    const int at = int(rng.bounded(int(w.size())));
                    switch (rng.bounded(5)) {
                    case 0: w.removeAt(at); break;
                    case 1: if (at + 1 < w.size()) w.swapItemsAt(at, at + 1); break;
                    case 2: w[at] = w[at].toLower(); break;
                    case 3: w[at] = words.at(int(rng.bounded(int(words.size())))); break;
                    default: w.insert(at, words.at(int(rng.bounded(int(words.size()))))); break;
                    }
                }
                s = w.join(QLatin1Char(' '));
            }
            parts << s;
        }
        Article a;
        a.id = QStringLiteral("mixed-%1").arg(i);
        a.text = parts.join(rng.bounded(4) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        out << a;
    }
    return out;
}

// One timed pass, in a function of its own so that a profiler can be told to
// count it alone: valgrind --tool=callgrind --toggle-collect='*measuredReactionPass*'
Q_NEVER_INLINE int measuredReactionPass(const ReactionExtractor &extractor, const QVector<Prepared> &corpus,
                                        const QVector<TemporalTagger> &taggers)
{
    int reactions = 0;
    for (int i = 0; i < corpus.size(); ++i)
        reactions += int(extractor.extract(corpus[i].article, corpus[i].sentences, taggers[i]).size());
    return reactions;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 3000;
    int repeat = 3;
    int mixed = 20000;
    QString dumpPath;
    bool interleave = false;
    QStringList textPaths;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--articles") && hasValue)
            count = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--repeat") && hasValue)
            repeat = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--mixed") && hasValue)
            mixed = std::max(0, args.at(++i).toInt());
        else if (a == QLatin1String("--interleave"))
            interleave = true;
        else if (a == QLatin1String("--dump") && hasValue)
            dumpPath = args.at(++i);
        else if (a == QLatin1String("--texts")) {
            while (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--")))
                textPaths << args.at(++i);
        }
    }
    QTextStream out(stdout);

    const bench::CorpusGenerator generator = bench::CorpusGenerator::fromBundled();
    QVector<Prepared> corpus;
    corpus.reserve(count);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.text = generator.article(i);
        a.id = QString::number(i);
        bytes += a.text.toUtf8().size();
        corpus << prepare(std::move(a));
    }
    const ReactionExtractor extractor(Gazetteer::bundled());

    if (!dumpPath.isEmpty()) {
        QFile file(dumpPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out << "cannot write " << dumpPath << "\n";
            return 1;
        }
        QTextStream dump(&file);
        QVector<Prepared> sources;
        QStringList files;
        QDirIterator bundled(QStringLiteral(":/atlas/articles"), QDir::Files);
        while (bundled.hasNext())
            files << bundled.next();
        for (const QString &path : textPaths) {
            if (QFileInfo(path).isDir()) {
                QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext())
                    files << it.next();
            } else {
                files << path;
            }
        }
        std::sort(files.begin(), files.end());
        const ArticleReader reader;
        for (const QString &path : files) {
            ReadOutcome r = reader.readFile(path);
            if (!r.article)
                continue;
            r.article->id = QFileInfo(path).fileName();
            if (path.endsWith(QLatin1String("sentences.txt"))) {
                // One test sentence per line: each its own article, undated.
                const QStringList lines = r.article->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (int i = 0; i < lines.size(); ++i) {
                    Article a;
                    a.id = QStringLiteral("%1:%2").arg(r.article->id).arg(i + 1);
                    a.text = lines.at(i);
                    Prepared p;
                    p.sentences = splitSentences(a.text);
                    p.article = a;
                    sources << p;
                }
                continue;
            }
            sources << prepare(*r.article);
        }
        for (const Prepared &p : sources)
            dumpArticle(dump, extractor, p);
        for (const Prepared &p : corpus)
            dumpArticle(dump, extractor, p);
        QVector<Prepared> pool = sources;
        pool += corpus.mid(0, std::min<int>(int(corpus.size()), 50));
        for (const Article &a : mixedArticles(pool, mixed)) {
            Prepared p;
            p.sentences = splitSentences(a.text);
            p.article = a;
            dumpArticle(dump, extractor, p);
        }
        out << "dumped " << sources.size() << " files, " << corpus.size() << " corpus and " << mixed
            << " mixed articles to " << dumpPath << "\n";
        return 0;
    }

    QVector<TemporalTagger> taggers;
    taggers.reserve(corpus.size());
    for (const Prepared &p : corpus)
        taggers << taggerFor(p.article);
    // A warm-up over the first 100 articles pays the one-time pattern compilation
    // before the clock starts.
    for (int i = 0; i < std::min<int>(100, int(corpus.size())); ++i)
        extractor.extract(corpus[i].article, corpus[i].sentences, taggers[i]);
    if (interleave) {
        const LaunchExtractor launches(Gazetteer::bundled());
        double reactionSeconds = 0;
        int reactions = 0;
        for (int i = 0; i < corpus.size(); ++i) {
            launches.extract(corpus[i].article, corpus[i].sentences, taggers[i]);
            const double c = threadCpuSeconds();
            reactions += int(extractor.extract(corpus[i].article, corpus[i].sentences, taggers[i]).size());
            reactionSeconds += threadCpuSeconds() - c;
        }
        out << "corpus: " << count << " articles, " << QString::number(bytes / 1e6, 'f', 1) << " MB; " << reactions
            << " reactions\n";
        out << "reactions after the launch pass on each article (thread CPU time): "
            << QString::number(reactionSeconds, 'f', 3) << " s = " << QString::number(bytes / 1e6 / reactionSeconds, 'f', 1)
            << " MB/s\n";
        return 0;
    }
    QVector<double> passes;
    int reactions = 0;
    for (int r = 0; r < repeat; ++r) {
        const double c = threadCpuSeconds();
        reactions = measuredReactionPass(extractor, corpus, taggers);
        passes << threadCpuSeconds() - c;
    }
    std::sort(passes.begin(), passes.end());
    const double best = passes.first();
    const double median = passes.at(passes.size() / 2);
    out << "corpus: " << count << " articles, " << QString::number(bytes / 1e6, 'f', 1) << " MB; " << reactions
        << " reactions\n";
    out << "reactions (thread CPU time): best " << QString::number(best, 'f', 3) << " s = "
        << QString::number(bytes / 1e6 / best, 'f', 1) << " MB/s, median " << QString::number(median, 'f', 3)
        << " s = " << QString::number(bytes / 1e6 / median, 'f', 1) << " MB/s (" << repeat << " passes)\n";
    return 0;
}
