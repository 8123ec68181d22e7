#pragma once
// The words news uses for the actors of diplomacy: countries and their aliases,
// demonyms, capitals and seats of government used as metonyms ("Seoul said"),
// offices ("the Foreign Office"), titles ("Chief Cabinet Secretary"), the
// office-holders of resources/data/officeholders.json, and group references
// that point back ("the three allies", "Both nations").
//
// Loaded from resources/data/actors.json and data/officeholders.json; the
// extractor asks it for every actor mention in a sentence.
#include "extract/reaction/ActorTokens.h"
#include "extract/reaction/WordChecks.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>
#include <memory>
#include <vector>

namespace atlas {

struct ActorMention {
    enum Kind { Country, Demonym, Metonym, Person, Title, Office, Group, Pronoun };
    Kind kind = Country;
    int start = 0; // offsets in the text given to find()
    int end = 0;   // exclusive
    QString country;   // resolved country, empty when context must say
    QString person;    // canonical name for Person
    QString role;      // Title / Office / the person's office
    int groupCount = 0; // Group: how many countries it refers back to (0: "the allies", 2 or more)
    bool surnameOnly = false; // Person matched by a one-word alias ("Lavrov")
    bool organization = false; // the country entry is an organisation (UN, EU, NATO)
};

class ActorLexicon {
public:
    static std::shared_ptr<const ActorLexicon> bundled();
    static std::shared_ptr<const ActorLexicon> fromJson(const QByteArray &actorsJson,
                                                        const QByteArray &officeholdersJson);

    // Every actor mention in text, in order, non-overlapping (longest wins).
    // Demonyms are reported only where they qualify an office, title or agent
    // ("South Korean officials"), not a thing ("Japanese territory").
    QVector<ActorMention> find(const QString &text) const;
    // The same without any of find()'s pre-checks (first letters, lengths, the
    // second word's length and first letter): every bucket a word's hashes name
    // is read and every term in it is compared in full. The definition find()
    // is tested against (tst_actorlexicon); not for use elsewhere.
    QVector<ActorMention> findWithoutPreChecks(const QString &text) const;

    // Country name for an ISO 3166 alpha-2 code ("KR" -> "South Korea").
    QString countryForIso(const QString &iso) const { return m_isoToCountry.value(iso); }
    // The country a capital or seat of government stands for ("Seoul"), or empty.
    QString countryForMetonym(const QString &word) const { return m_metonyms.value(word); }
    bool isOrganization(const QString &country) const { return m_organizations.contains(country); }
    // Words that make a phrase agentive ("officials", "government", "ministry").
    bool isAgentWord(const QString &lowerWord) const { return m_agents.contains(lowerWord); }
    // True when the text names analysts, experts, think tanks or media: not diplomacy.
    bool mentionsNonActor(const QString &text) const;

    using Token = reaction::ActorToken; // one word of a sentence, as the matcher sees it

private:
    struct Entry {
        ActorMention::Kind kind;
        QString country;
        QString person;
        QString role;
        bool organization = false;
        int groupCount = 0;
        // A group named by its number alone ("The three condemned ..."): only
        // before a verb of saying or of a stance, not before a noun ("the three
        // missiles").
        bool needsVerbAfter = false;
    };
    // A spelling split into words; matched word by word against a sentence.
    struct Term {
        QStringList words;
        Entry entry;
        bool folded = false;          // compared ignoring case
        bool needsPossessive = false; // "the country's"
        int wordCount = 0;            // words.size(), and the lengths of the first two
        int len0 = 0;                 // words: most candidates fail on these alone
        int len1 = 0;
    };
    // A term found in a sentence, before it becomes an ActorMention.
    struct Hit {
        const Term *term;
        int start; // offsets in the text
        int end;
        int lastToken; // index of the term's last word among the tokens
    };
    void addTerm(const QString &term, const Entry &e, bool caseSensitive, bool needsPossessive = false);
    // Lays m_byFirstWord out flat for find() (after the last addTerm).
    void buildFirstWordTable();
    bool matches(const Term &term, const Token *tokens, int tokenCount, int first, const QString &text) const;
    template <bool PreChecks>
    QVector<ActorMention> findTerms(const QString &text) const;
    static bool verbAfter(const Token *tokens, int tokenCount, int next, const QString &text);
    bool demonymQualifies(const Hit *hits, int hitCount, const Token *tokens, int tokenCount, int hitIndex,
                          const QString &text, int depth = 0) const;

    QVector<Term> m_terms;
    QHash<quint32, QVector<int>> m_byFirstWord; // hash of the first word (folded for folded terms) -> terms
    // The same buckets, flat, for find(): an open-addressing table of first-word
    // hashes, each naming its run of m_candidates (longest terms first, as in
    // m_byFirstWord). A candidate carries what rejects most terms without
    // touching the Term: its word count and the lengths of its first two words.
    struct Candidate {
        qint16 wordCount;
        qint16 len0;
        qint16 len1;
        // The first character of the second word (lower-cased ASCII for a term
        // compared ignoring case; 0 for a term of one word): a sentence's second
        // word that begins with another ASCII character cannot equal it.
        char16_t first1;
        bool folded; // the term's
        int index;   // in m_terms
    };
    struct Bucket {
        quint32 hash = 0;
        quint32 first = 0;
        quint32 count = 0; // 0: an empty slot
        bool anySingle = false;   // a one-word term among them
        // The longer ones' second words: bit secondKeyBit(len1, first1) of each
        // (first1 lower-cased if an ASCII capital), and whether one begins beyond
        // ASCII (then any second word may do). "the" begins some thirty group
        // phrases ("the two allies", "the three nations"): a sentence's "the
        // launch" is passed over here instead of reading every one of them.
        quint64 secondKeys[2] = {0, 0};
        bool wideSecond = false;
    };
    // The first two characters of a word that may begin a term, read before any
    // hashing: most words fail here. Bit (c0 << 7 | c1) for ASCII c0, c1 (c1 = 0
    // for a one-character word); m_anySecond[c0]: a term's first word makes c0
    // alone the test (a one-letter word, or a character beyond ASCII second).
    std::array<quint64, 128 * 128 / 64> m_firstPairs{};
    std::array<bool, 128> m_anySecond{};
    // And the lengths a term's first word has, for first two characters that are
    // ASCII letters (ignoring case): bit min(length, 63) of
    // m_firstLengths[(c0 - 'a') * 26 + c1 - 'a']. A word can equal a term's first
    // word only as written, without its marks or without its full stop: when none
    // of those three lengths is one of these, no term begins at the word.
    std::array<quint64, 26 * 26> m_firstLengths{};
    // And, for first two letters whose terms' first words all have three ASCII
    // characters or more (m_anyThird[pair] false), the third character (ASCII
    // capitals lower-cased) with the length: bit thirdKey(l0, l1, l2, length) of
    // m_thirds for each such word. A word that passes the lengths but begins no
    // term (a third of them: "that", "missile", "Council") is then passed over
    // before it is hashed.
    std::array<bool, 26 * 26> m_anyThird{};
    std::array<quint64, 256> m_thirds{};
    static quint32 thirdKey(char16_t l0, char16_t l1, char16_t c2, int length)
    {
        if (c2 >= 'A' && c2 <= 'Z')
            c2 = char16_t(c2 + 32);
        return ((quint32(l0) | quint32(l1) << 7 | quint32(c2) << 14 | quint32(std::min(length, 63)) << 21) * 2654435761u) >> 18;
    }
    bool hasThird(quint32 key) const { return (m_thirds[key >> 6] >> (key & 63)) & 1; }
    // A second word's bit in Bucket::secondKeys: its length and first two
    // characters (ASCII capitals lower-cased), one of 128 bits. ("the" begins
    // some forty group phrases; with its length and first letter alone, "the
    // foreign ministry", "the defense ministry" passed for "the foreign
    // ministers", "the defense ministers" and read every phrase of "the".)
    static int secondKeyIndex(int length, char16_t first, char16_t second)
    {
        if (first >= 'A' && first <= 'Z')
            first = char16_t(first + 32);
        if (second >= 'A' && second <= 'Z')
            second = char16_t(second + 32);
        return int((unsigned(length) * 5u + unsigned(first) * 3u + unsigned(second)) & 127u);
    }
    static bool hasSecondKey(const quint64 *keys, int index) { return (keys[index >> 6] >> (index & 63)) & 1; }
    // Whether the word tokens[i] may begin a term, by its first characters and lengths.
    bool mayBeginTermAt(const QChar *text, const Token &t) const;
    bool mayBeginTerm(const QChar *word, int rawLength) const;
    std::vector<Candidate> m_candidates;
    std::vector<Bucket> m_buckets; // power-of-two size, at most half full
    quint32 m_bucketShift = 32;
    const Bucket *bucketFor(quint32 hash) const;
    QHash<QString, QString> m_isoToCountry;
    QHash<QString, QString> m_metonyms;
    QStringList m_organizations;
    QSet<QString> m_agents;
    QRegularExpression m_nonActorRe;
    reaction::AsciiWordSet m_nonActorWords; // a non-actor phrase starts with one of these
};

} // namespace atlas
