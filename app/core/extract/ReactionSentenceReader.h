#pragma once
// One sentence's reactions, read for ReactionExtractor: who the subject of each
// stance trigger is (countries, officials, metonyms, group references, "its",
// "He"), split into one actor per country, with the person and office named.
// Internal to the extractor; offsets index the sentence.
#include "extract/ActorLexicon.h"
#include "extract/SentenceSplitter.h"
#include "extract/StanceTriggers.h"
#include "extract/reaction/SpeakerTurns.h"
#include "model/Article.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas {

class Gazetteer;

namespace reaction {

// Who reacts: one or more countries (a group reference gives several), and the
// person and office where the text names them. Offsets index the sentence.
struct ActorGroup {
    QStringList countries;
    QString person;
    QString role;
    int start = 0;
    int end = 0;
    bool onePerson = false; // a title or a person: "He" or "She" can refer back to it
    // The speaker's own "We", outside quotation marks ("We urge the DPRK ...", "We,
    // the foreign ministers of ..."): a statement or a transcript in its own
    // words, which are the reaction's quote.
    bool ownWords = false;
};

// What earlier sentences left for later ones to refer back to.
struct Discourse {
    ActorGroup lastPerson;       // for "He" / "She"
    QString lastCountry;         // for "its" with nothing in the sentence
    int lastCountryAt = -1;      // where (in the article) the sentence that set it starts
    // The country whose offices the article names bare ("the JCS said", "the
    // Unification Ministry"): the outlet's own, which "the presidential office
    // here" means. Worked out once, when a sentence first needs it.
    QString home;
    bool homeKnown = false;
    // The country whose office heads the document on a line of its own
    // ("Republic of Korea Joint Chiefs of Staff" over a press release): whom its
    // unquoted "We" and "Our military" mean. Read once, when first needed.
    QString letterhead;
    bool letterheadKnown = false;
    // "We, the foreign ministers of A, B and C, condemn ...": whom a later "We"
    // means (a joint statement's signatories), until a person is named.
    QStringList firstPersonGroup;
    // Whether that "We, the ..." was itself in quotation marks: a statement quoted
    // whole, paragraph by paragraph ('"We urge ...'), whose later quoted "We" is
    // still theirs (and an unquoted one, the article's own voice, is not).
    bool firstPersonGroupQuoted = false;
    // The countries of the last reaction told by a group of two or more ("The three
    // Ministers strongly condemned ..."), and its sentence: whom a "They" opening
    // the next sentence means.
    QStringList lastGroup;
    int lastGroupSentence = -1;
    // Korean family names alone ("Lee"): the office-holder the article named in
    // full, searched for once (up to where the last search stopped).
    struct FamilyNameSearch {
        int upTo = 0;
        ActorMention found;
    };
    QHash<QString, FamilyNameSearch> familyNames;
    // A transcript's answerer and their turns (reaction/SpeakerTurns.h): read
    // once, when a sentence first speaks as "We" outside a joint statement.
    reaction::SpeakerTurns turns;
    bool turnsRead = false;
    const QVector<Sentence> *sentences = nullptr;
    int current = 0;             // index of the sentence being read
};

// Reads one sentence. Constructing it finds the sentence's actor mentions.
class SentenceReader {
public:
    SentenceReader(const ActorLexicon &lex, const Gazetteer &gaz, const Article &article, Discourse &d,
                   const QString &s, int offset)
        : m_lex(lex), m_gaz(gaz), m_article(article), m_d(d), m_s(s), m_offset(offset),
          m_mentions(lex.find(s))
    {
        dropUnsupportedSurnames();
    }

    struct Found {
        StanceTrigger trigger;
        ActorGroup group;
        QString country;
    };
    QVector<Found> read(const QVector<StanceTrigger> &triggers);
    // A quote before its speaker: "This launch is a violation ...," a spokesperson said.
    QVector<Found> readQuoteFirst();
    // The last person this sentence names, with country and office ("He" in the next one).
    ActorGroup lastPersonNamed();
    bool aboutArtilleryOnly() const;
    void addCountriesSpokenFor(int stanceStart, QVector<ActorGroup> &groups) const;
    // The actor this sentence opens with, when it is one country's office or the
    // country itself ("Japan's Defense Ministry gave ..."): "It" in the next one.
    ActorGroup openingInstitution();
    // The country of a record's speaker whose paragraph this sentence is in:
    // "Mr. Yermolov (Russian Federation) (spoke in Russian): ..."; empty when none.
    QString recordSpeakerCountry() const;
    // The one country whose institution heads the document ("Ministry of Defense,
    // Japan", "UK Parliament | Written questions"), read once; empty when none.
    QString letterheadCountry() const;

private:
    void dropUnsupportedSurnames();
    ActorMention fullNameBefore(QStringView familyName) const;
    // Countries a stance is about, not whose it is, leave groups: the partners named
    // right after a cooperation's "with"; North Korea as the subject of "... is a
    // serious concern".
    void dropObjectsOfStance(const StanceTrigger &t, QVector<ActorGroup> &groups) const;
    QVector<ActorGroup> groupsIn(int from, int to, const QVector<QPair<int, int>> &excluded, bool subject);
    QVector<ActorGroup> listAfter(int from);
    QVector<ActorGroup> makeGroups(const QVector<ActorMention> &mentions);
    bool isGlue(QStringView gap) const;
    ActorGroup resolve(const QVector<ActorMention> &run);
    QStringList recentList(int count, int before) const;
    QString countryBefore(int pos) const;
    QString countryOfOffice(const ActorGroup &g, bool institution) const;
    QString homeCountry() const;
    QStringList countriesSpokenForBefore() const;
    // Whether the sentence before names `noun` ("ministry"); true for an empty noun.
    bool previousSentenceNames(const QString &noun) const;
    ActorGroup speakerBefore(bool neuter);
    // The transcript turn of an answerer this sentence lies in (read once per article).
    const SpeakerTurn *answererTurn();
    // A country inside a quotation given the person and office that speak it
    // (reaction/QuoteSpeaker.cpp).
    void lendQuoteSpeaker(const StanceTrigger &t, QVector<ActorGroup> &groups);
    bool aboutAnotherCountry(const StanceTrigger &t, const QVector<ActorGroup> &groups) const;
    bool objectIsKnownExercise(const StanceTrigger &t) const;
    bool urgesAnotherCountry(const StanceTrigger &t) const;
    // "a J-Alert warning urging residents to take shelter", "called on the public to
    // stay calm": an urge to the speaker's own people or to ships and aircraft is a
    // safety notice, not a call on North Korea.
    bool urgesThePublic(const StanceTrigger &t) const;
    // "cannot be tolerated", "will not tolerate", "must not be condoned"
    bool isIntolerance(const StanceTrigger &t) const;
    bool isGloss(int start, int end) const;
    QString groupWithMembersAside(int start, int end) const;
    int afterFreeRelative(int from, int triggerStart) const;
    bool opensOwnClause(int from, int verbStart) const;
    static int outsideClosedRelative(QStringView before, int cut);
    int subjectRegion(const QVector<StanceTrigger> &triggers, int k, bool *inherit, int *uncut);

    const ActorLexicon &m_lex;
    const Gazetteer &m_gaz;
    const Article &m_article;
    Discourse &m_d;
    const QString &m_s;
    int m_offset;
    QVector<ActorMention> m_mentions;
    QString m_setting; // "In Seoul, ..." -> South Korea
    int m_contextFrom = 0; // countries named before this (inside a quote) are not context
};

} // namespace reaction
} // namespace atlas
