// The date stages of extraction, one by one, single thread: sentence
// splitting, date tagging, clock times and publication-date detection over the
// generated corpus (10,000 articles by default). Prints MB/s of UTF-8 input per
// stage in thread CPU time (what a core spends, whatever else the machine runs)
// and wall time.
#include "CorpusGenerator.h"

#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "ingest/PublicationDateDetector.h"
#include "bench/CpuClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using atlas::bench::threadCpuNs;

namespace {

struct Stage {
    const char *name;
    qint64 cpu = 0;
    qint64 wall = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const atlas::bench::CorpusGenerator generator = atlas::bench::CorpusGenerator::fromBundled();
    QStringList texts;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        texts << generator.article(i);
        bytes += texts.last().toUtf8().size();
    }

    Stage split{"splitSentences"}, tag{"TemporalTagger::tag"}, times{"TemporalTagger::times"},
        pubdate{"PublicationDateDetector"};
    qint64 sentences = 0, mentions = 0, clock = 0, dated = 0;
    const atlas::PublicationDateDetector detector;
    for (const QString &text : texts) {
        QElapsedTimer wall;
        wall.start();
        qint64 cpu = threadCpuNs();
        const atlas::PublicationDate pd = detector.detect(text);
        dated += pd.isValid();
        pubdate.cpu += threadCpuNs() - cpu;
        pubdate.wall += wall.nsecsElapsed();

        wall.restart();
        cpu = threadCpuNs();
        const QVector<atlas::Sentence> ss = atlas::splitSentences(text);
        sentences += ss.size();
        split.cpu += threadCpuNs() - cpu;
        split.wall += wall.nsecsElapsed();

        const atlas::TemporalTagger tagger(pd.koreaDate);
        wall.restart();
        cpu = threadCpuNs();
        for (const atlas::Sentence &s : ss)
            mentions += tagger.tag(text.mid(s.start, s.end - s.start), s.start).size();
        tag.cpu += threadCpuNs() - cpu;
        tag.wall += wall.nsecsElapsed();

        wall.restart();
        cpu = threadCpuNs();
        for (const atlas::Sentence &s : ss)
            clock += tagger.times(text.mid(s.start, s.end - s.start), s.start).size();
        times.cpu += threadCpuNs() - cpu;
        times.wall += wall.nsecsElapsed();
    }

    std::printf("%d articles, %.1f MB UTF-8, %lld sentences, %lld date mentions, %lld times, %lld dated\n",
                count, bytes / 1e6, sentences, mentions, clock, dated);
    std::printf("%-26s %12s %12s\n", "stage", "MB/s (CPU)", "MB/s (wall)");
    for (const Stage *s : {&split, &tag, &times, &pubdate})
        std::printf("%-26s %12.1f %12.1f\n", s->name, bytes / 1e6 / (s->cpu / 1e9), bytes / 1e6 / (s->wall / 1e9));
    return 0;
}
