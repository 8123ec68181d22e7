// ActorLexicon::find passes most words over on pre-checks (their first two
// characters, their lengths, the next word's length and first character, each
// candidate term's word lengths) before any term is compared;
// findWithoutPreChecks reads every bucket a word's hashes name and compares
// every term in it. Both must find the same mentions in every text: checked on
// every sentence of the bundled articles and test data, and on random texts
// glued from the lexicon's words (group phrases, names, offices, demonyms), cut
// short, in capitals, with marks, possessives, full stops, dashes and the
// characters Qt's case folding takes to ASCII letters (U+212A, U+017F).
// The words it compares (reaction/ActorTokens.h) are read from a break mask,
// word starts only, in texts of sixteen units or more: the same as their
// definition, character by character, on the same texts and on words that
// run past the mask's thirty-two units, at every length around sixteen and
// thirty-two, with every kind of space and dash.
#include "extract/ActorLexicon.h"
#include "extract/reaction/ActorTokens.h"

#include <QStringList>
#include <QTest>
#include <random>

#include "CorpusSentences.h"
#include "RandomWordText.h"

using namespace atlas;

namespace {

const char *const kPieces[] = {
    "the",      "The",       "two",        "three",    "trio",       "four",     "allies",   "partners",
    "nations",  "countries", "leaders",    "both",     "Both",       "all",      "country's", "country",
    "South",    "North",     "Korea",      "Korean",   "Koreans",    "Japan",    "Japanese", "U.S.",
    "US",       "Seoul",     "Tokyo",      "Foreign",  "Ministry",   "Office",   "Secretary", "of",
    "State",    "President", "Chief",      "Cabinet",  "officials",  "military", "and",      "or",
    "Lavrov",   "Cho",       "Tae-yul",    "Kim",      "its",        "United",   "States",   "Nations",
    "launch",   "said",      "Washington", "Beijing",  "Republic",   "EU",       "NATO",     "Acting",
    "Vice",     "Prime",     "Minister",   "ministry", "government", "sides",    "tw",       "t"};
const char16_t kGlue[] = {u' ',      u' ', u' ', u' ', u',', u'.',      u'"',      u'(',      u')', u'\'',
                          u'\u2019', u's', u'-', u';', u':', u'\u2014', u'\u2013', u'\u212A', u'\u017F', u'\u00A0',
                          u'\u201C', u'\n'};

const char16_t kBreakGlue[] = {u' ', u' ', u'\t', u'\n', u'\r', u'\u000B', u'\u000C', u'\u00A0', u'\u2003', u'\u3000',
                               u'\u0085', u'\u2014', u'\u2013', u'-', u'\u2019', u'\u201D', u'"', u'(', u',', u'.',
                               u'\u00E9', u'\u0416', u'\u001F', u'\u0008', u'\u007F', u'\u2028', u'\u180E', u'\uFEFF',
                               u')', u'\'', u';', u'\u201C', u'\u0120', u'\u0109', u'\u8020', u'\uFF0C'};

QVector<int> flat(QStringView text, bool byCharacter)
{
    std::vector<reaction::ActorToken> tokens;
    if (byCharacter)
        reaction::actorTokensByCharacter(text, &tokens);
    else
        reaction::actorTokens(text, &tokens);
    QVector<int> out;
    for (const reaction::ActorToken &t : tokens)
        out << t.start << t.rawEnd << t.coreEnd << t.bareEnd << int(t.possessive);
    return out;
}

QStringList describe(const QVector<ActorMention> &mentions)
{
    QStringList out;
    for (const ActorMention &m : mentions)
        out << QStringLiteral("%1 %2-%3 %4|%5|%6|%7|%8|%9")
                   .arg(int(m.kind))
                   .arg(m.start)
                   .arg(m.end)
                   .arg(m.country, m.person, m.role)
                   .arg(m.groupCount)
                   .arg(m.surnameOnly)
                   .arg(m.organization);
    return out;
}

} // namespace

class TestActorLexicon : public QObject {
    Q_OBJECT
private slots:
    void randomTexts()
    {
        const auto lexicon = ActorLexicon::bundled();
        std::mt19937 rng(20261123);
        int withMentions = 0;
        for (int k = 0; k < 60000; ++k) {
            const QString text = testing::randomWordText(rng, kPieces, kGlue,
                                                         testing::RandomTextShape{14, 3, true, true, 3, 12, true});
            const QStringList fast = describe(lexicon->find(text));
            const QStringList slow = describe(lexicon->findWithoutPreChecks(text));
            withMentions += !slow.isEmpty();
            if (fast != slow)
                QFAIL(qPrintable(text + QLatin1String("\n  find: ") + fast.join(QLatin1String("; "))
                                 + QLatin1String("\n  definition: ") + slow.join(QLatin1String("; "))));
        }
        qDebug() << "texts with mentions" << withMentions;
        QVERIFY(withMentions > 15000);
    }

    void tokensRandomTexts()
    {
        std::mt19937 rng(112326);
        for (int k = 0; k < 40000; ++k) {
            QString text = testing::randomWordText(rng, kPieces, kBreakGlue,
                                                   testing::RandomTextShape{12, 4, k % 2 == 0, true, 10, 50, true});
            // Every length around the mask's sixteen and thirty-two units.
            if (k % 4 == 0)
                text.truncate(int(rng() % 70));
            QCOMPARE(flat(text, false), flat(text, true));
        }
    }

    void corpusSentences()
    {
        const auto lexicon = ActorLexicon::bundled();
        const QStringList sentences = testing::corpusSentences();
        QVERIFY(sentences.size() > 1000);
        int withMentions = 0;
        for (const QString &s : sentences) {
            const QStringList slow = describe(lexicon->findWithoutPreChecks(s));
            withMentions += !slow.isEmpty();
            QCOMPARE(describe(lexicon->find(s)), slow);
            QCOMPARE(flat(s, false), flat(s, true));
            QCOMPARE(flat(QStringView(s).mid(s.size() / 3), false), flat(QStringView(s).mid(s.size() / 3), true));
        }
        qDebug() << "sentences" << sentences.size() << "with mentions" << withMentions;
        QVERIFY(withMentions > 500);
    }
};

QTEST_GUILESS_MAIN(TestActorLexicon)
#include "tst_actorlexicon.moc"
