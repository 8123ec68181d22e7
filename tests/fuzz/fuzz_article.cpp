// libFuzzer target: arbitrary bytes through the reader, the publication-date
// detector, the sentence splitter and the temporal tagger (and the whole
// article extractor once it is part of the build). Besides crashes and
// sanitizer reports it checks the invariants the rest of the app relies on:
// spans inside the text and in order, date bounds in order.
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "ingest/ArticleReader.h"
#include "ingest/PublicationDateDetector.h"

#if __has_include("extract/ArticleExtractor.h")
#include "extract/ArticleExtractor.h"
#define ATLAS_FUZZ_EXTRACTOR 1
#endif

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort(); // an invariant broke: libFuzzer saves the input as a crash
}

void checkDate(const atlas::FuzzyDate &d)
{
    check(d.earliest.isValid() == d.latest.isValid());
    if (d.isKnown())
        check(d.earliest <= d.latest);
    check(d.weekday >= 0 && d.weekday <= 7);
    if (d.precision == atlas::DatePrecision::DayOfYear)
        check(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the format, the rest is the file.
    static const char *const names[] = {"a.txt", "a.md", "a.html", "a.htm"};
    const char *name = names[data[0] % 4];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<int>(size - 1));

    const atlas::ArticleReader reader;
    atlas::ReadOutcome outcome = reader.readBytes(bytes, QString::fromLatin1(name));
    if (!outcome.article) {
        check(!outcome.problem.isEmpty()); // a refusal always says why
        return 0;
    }
    atlas::Article &article = *outcome.article;
    const QString &text = article.text;

    atlas::PublicationDateDetector().apply(article);
    if (article.publicationDateStart >= 0)
        check(article.publicationDateStart + article.publicationDateText.size() <= text.size());

    const atlas::TemporalTagger tagger(article.publicationDateKorea.isValid() ? article.publicationDateKorea
                                                                              : article.publicationDate);
    const atlas::FuzzyDate reference = atlas::FuzzyDate::onDay(QDate(2025, 1, 14));
    int previousEnd = 0;
    for (const atlas::Sentence &s : atlas::splitSentences(text)) {
        check(s.start >= previousEnd && s.start < s.end && s.end <= text.size());
        previousEnd = s.end;
        const QString sentence = text.mid(s.start, s.end - s.start);
        int previousMention = s.start;
        for (const atlas::DateMention &m : tagger.tag(sentence, s.start)) {
            check(m.start >= previousMention && m.start < m.end && m.end <= s.end);
            previousMention = m.end;
            checkDate(m.date);
        }
        for (const atlas::DateMention &m : tagger.tagRelativeTo(sentence, reference, s.start)) {
            check(m.start >= s.start && m.end <= s.end);
            checkDate(m.date);
        }
        for (const atlas::TimeMention &t : tagger.times(sentence, s.start)) {
            check(t.start >= s.start && t.end <= s.end && t.start < t.end);
            check(t.koreaMinutes < 24 * 60 && t.koreaDayShift >= -1 && t.koreaDayShift <= 1);
        }
    }
#ifdef ATLAS_FUZZ_EXTRACTOR
    static const atlas::ArticleExtractor extractor; // loads the gazetteer once
    const atlas::ArticleExtraction extraction = extractor.extract(article);
    check(extraction.reactionLaunch.size() == extraction.reactions.size());
#endif
    return 0;
}
