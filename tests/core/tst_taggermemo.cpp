// The tagger keeps its answers per offset (temporal::OffsetMemo, a sorted
// vector) and the tokens of each text it tagged, which times() reuses. Memory
// must never change an answer: every question asked of one long-lived tagger,
// in any order, with other texts at the same offsets in between, must get what
// a fresh tagger answers.
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "extract/temporal/OffsetMemo.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace atlas;

class TestTaggerMemo : public QObject {
    Q_OBJECT
private slots:
    void offsetMemoIsAMap();
    void memoryChangesNoAnswer();
};

namespace {
struct Item {
    int offset = 0;
    int value = 0;
};

QString describe(const QVector<DateMention> &ds)
{
    QStringList parts;
    for (const DateMention &d : ds)
        parts << QStringLiteral("%1-%2 %3 %4..%5 p%6 wd%7 %8-%9 '%10' r%11 b%12 k%13 c%14/%15 dl%16 ya%17")
                     .arg(d.start).arg(d.end).arg(d.date.text).arg(d.date.earliest.toString(Qt::ISODate))
                     .arg(d.date.latest.toString(Qt::ISODate)).arg(int(d.date.precision)).arg(d.date.weekday)
                     .arg(d.date.month).arg(d.date.day).arg(d.timeOfDay).arg(d.relative).arg(d.bareYear)
                     .arg(d.koreaDayShift).arg(d.countsDays).arg(d.dayOffset).arg(d.dateline).arg(d.yearAhead);
    return parts.join(QStringLiteral("; "));
}

QString describe(const QVector<TimeMention> &ts)
{
    QStringList parts;
    for (const TimeMention &t : ts)
        parts << QStringLiteral("%1-%2 '%3' %4 %5 %6").arg(t.start).arg(t.end).arg(t.text).arg(t.minutes)
                     .arg(t.koreaMinutes).arg(t.koreaDayShift);
    return parts.join(QStringLiteral("; "));
}
} // namespace

void TestTaggerMemo::offsetMemoIsAMap()
{
    std::mt19937 rng(23);
    for (int round = 0; round < 200; ++round) {
        temporal::OffsetMemo<Item> memo;
        std::map<int, int> expected;
        int next = 0;
        for (int op = 0; op < 300; ++op) {
            // Mostly rising offsets (a pass over the sentences), some from anywhere.
            const int offset = rng() % 4 == 0 ? int(rng() % 400) : (next += int(rng() % 5));
            if (rng() % 3 == 0) {
                const Item *found = memo.find(offset);
                const auto it = expected.find(offset);
                QCOMPARE(found != nullptr, it != expected.end());
                if (found)
                    QCOMPARE(found->value, it->second);
            } else {
                const int value = int(rng());
                memo.put({offset, value});
                expected[offset] = value;
            }
        }
        for (const auto &[offset, value] : expected) {
            QVERIFY(memo.find(offset));
            QCOMPARE(memo.find(offset)->value, value);
        }
        memo.clear();
        QVERIFY(!memo.find(expected.empty() ? 0 : expected.begin()->first));
    }
}

void TestTaggerMemo::memoryChangesNoAnswer()
{
    // The held-out articles: real reports of every kind the tagger meets.
    QStringList files;
    const QDir data(QStringLiteral(ATLAS_SOURCE_DIR "/tests/data"));
    for (const QString &sub : data.entryList({QStringLiteral("heldout*")}, QDir::Dirs, QDir::Name)) {
        const QDir dir(data.filePath(sub));
        for (const QString &f : dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            files << dir.filePath(f);
    }
    QVERIFY(files.size() > 50);
    std::mt19937 rng(29);
    int questions = 0, dated = 0, timed = 0;
    for (const QString &file : files) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QDate anchor = rng() % 2 ? QDate(2025, 11, 7) : QDate();
        auto fresh = [&] {
            TemporalTagger t(anchor);
            t.setDocument(text);
            return t;
        };
        TemporalTagger kept = fresh();
        // Questions: each sentence, the stretches of it the launch pass asks
        // the times of, and texts that are not the document's at that offset.
        struct Question {
            bool times;
            QString text;
            int offset;
        };
        QVector<Question> asked;
        for (const Sentence &s : splitSentences(text)) {
            const QString sentence = text.mid(s.start, s.end - s.start);
            asked.append({false, sentence, s.start});
            asked.append({true, sentence, s.start});
            const int cut = sentence.isEmpty() ? 0 : int(rng() % sentence.size());
            asked.append({true, sentence.left(cut), s.start});
            asked.append({true, sentence.mid(cut), s.start + cut});
            if (rng() % 4 == 0)
                asked.append({false, sentence.left(cut), s.start});
        }
        const QVector<Question> inOrder = asked;
        std::shuffle(asked.begin(), asked.end(), rng);
        for (const QVector<Question> *pass : {&inOrder, const_cast<const QVector<Question> *>(&asked)}) {
            for (const Question &q : *pass) {
                ++questions;
                if (q.times) {
                    const QString got = describe(kept.times(q.text, q.offset));
                    QCOMPARE(got, describe(fresh().times(q.text, q.offset)));
                    timed += got.isEmpty() ? 0 : 1;
                } else {
                    const QString got = describe(kept.tag(q.text, q.offset));
                    QCOMPARE(got, describe(fresh().tag(q.text, q.offset)));
                    dated += got.isEmpty() ? 0 : 1;
                }
            }
        }
    }
    QVERIFY(questions > 5000);
    QVERIFY(dated > 500);
    QVERIFY(timed > 50);
}

QTEST_GUILESS_MAIN(TestTaggerMemo)
#include "tst_taggermemo.moc"
