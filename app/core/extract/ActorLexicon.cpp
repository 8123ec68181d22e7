#include "extract/ActorLexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {

// One word of a sentence with the spans a lexicon word may be compared to:
// "(U.S.," -> raw "U.S.," (leading marks dropped), core "U.S.", bare "U.S";
// "Japan’s" -> core "Japan", possessive.
struct ActorLexicon::Token {
    int start = 0;
    int rawEnd = 0;
    int coreEnd = 0;
    int bareEnd = 0; // core without a final full stop
    bool possessive = false;
};

namespace {
QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// FNV-1a over UTF-16 code units; folded lower-cases first. Hashing a view needs
// no allocation, which keeps the matcher fast on long articles.
quint32 wordHash(QStringView w, bool folded)
{
    quint32 h = 2166136261u;
    for (QChar c : w) {
        ushort u = c.unicode();
        if (folded)
            u = u < 128 ? ((u >= 'A' && u <= 'Z') ? ushort(u + 32) : u) : c.toLower().unicode();
        h = (h ^ u) * 16777619u;
    }
    return h;
}

bool isLeadingMark(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('\'')
           || c == QChar(0x201C) || c == QChar(0x2018) || c == QChar(0x00AB);
}

bool isTrailingMark(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('!')
           || c == QLatin1Char('?') || c == QLatin1Char('"') || c == QLatin1Char(')') || c == QLatin1Char(']')
           || c == QChar(0x201D) || c == QChar(0x2019) || c == QChar(0x00BB) || c == QLatin1Char('\'');
}

bool isDash(QChar c) { return c == QChar(0x2014) || c == QChar(0x2013); }

// Words are split at spaces and dashes ("zone—were"), never inside "U.S." or "Cho Tae-yul".
void tokenize(const QString &text, std::vector<ActorLexicon::Token> *out);

QStringList splitWords(const QString &term)
{
    return term.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// What ends a word: a space or a dash.
inline bool isBreak(QChar c) { return c.isSpace() || isDash(c); }

// The first break at or after i, or n. Printable ASCII (0x21 to 0x7E) never
// breaks a word, so eight code units at a time (SSE2) only the others are
// looked at.
qsizetype nextBreak(const QChar *d, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    const __m128i offset = _mm_set1_epi16(0x21);
    const __m128i flip = _mm_set1_epi16(short(0x8000));
    const __m128i lastPrintable = _mm_set1_epi16(short(0x5D ^ 0x8000)); // 0x7E - 0x21, flipped
    while (i + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        // u - 0x21 above 0x5D as unsigned 16-bit numbers: not printable ASCII.
        const __m128i shifted = _mm_xor_si128(_mm_sub_epi16(v, offset), flip);
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpgt_epi16(shifted, lastPrintable)));
        while (mask) {
            const int lane = __builtin_ctz(mask) / 2;
            if (isBreak(d[i + lane]))
                return i + lane;
            mask &= ~(3u << (2 * lane));
        }
        i += 8;
    }
#endif
    while (i < n && !isBreak(d[i]))
        ++i;
    return i;
}
} // namespace

namespace {
void tokenize(const QString &text, std::vector<ActorLexicon::Token> *out)
{
    out->clear();
    const QChar *d = text.constData();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && isBreak(d[i]))
            ++i;
        if (i >= n)
            break;
        int start = i;
        i = int(nextBreak(d, i, n));
        int end = i;
        while (start < end && isLeadingMark(d[start]))
            ++start;
        if (start >= end)
            continue;
        ActorLexicon::Token t;
        t.start = start;
        t.rawEnd = end;
        int core = end;
        while (core > start && isTrailingMark(d[core - 1]))
            --core;
        // Possessive: 's or ’s
        if (core - start > 2 && (d[core - 1] == QLatin1Char('s') || d[core - 1] == QLatin1Char('S'))
            && (d[core - 2] == QLatin1Char('\'') || d[core - 2] == QChar(0x2019))) {
            core -= 2;
            t.possessive = true;
        }
        t.coreEnd = core;
        t.bareEnd = core > start && d[core - 1] == QLatin1Char('.') ? core - 1 : core;
        if (t.coreEnd > t.start)
            out->push_back(t);
    }
}
} // namespace

std::shared_ptr<const ActorLexicon> ActorLexicon::bundled()
{
    static QMutex mutex;
    static std::shared_ptr<const ActorLexicon> instance;
    QMutexLocker lock(&mutex);
    if (!instance)
        instance = fromJson(readResource(QStringLiteral(":/atlas/data/actors.json")),
                            readResource(QStringLiteral(":/atlas/data/officeholders.json")));
    return instance;
}

void ActorLexicon::addTerm(const QString &spelling, const Entry &e, bool caseSensitive, bool needsPossessive)
{
    QString s = spelling.trimmed();
    if (needsPossessive) {
        // Stored without the 's; the sentence's word must carry it.
        if (s.endsWith(QLatin1String("'s")) || s.endsWith(QString(QChar(0x2019)) + QLatin1Char('s')))
            s.chop(2);
    }
    const QStringList words = splitWords(s);
    if (words.isEmpty())
        return;
    // A spelling that is both an alias and a demonym ("US") reads as the country.
    for (int i = 0; i < m_terms.size(); ++i) {
        Term &t = m_terms[i];
        if (t.words == words && t.folded == !caseSensitive) {
            if (e.kind == ActorMention::Country)
                t.entry = e;
            return;
        }
    }
    Term t;
    t.words = words;
    t.entry = e;
    t.folded = !caseSensitive;
    t.needsPossessive = needsPossessive;
    t.wordCount = int(words.size());
    t.len0 = int(words.at(0).size());
    t.len1 = words.size() > 1 ? int(words.at(1).size()) : 0;
    const int index = int(m_terms.size());
    m_terms << t;
    const quint32 firstHash = wordHash(words.first(), t.folded);
    QVector<int> &bucket = m_byFirstWord[firstHash];
    bucket << index;
    // Longest first: "Secretary of State" before "Secretary".
    std::stable_sort(bucket.begin(), bucket.end(),
                     [this](int a, int b) { return m_terms[a].words.size() > m_terms[b].words.size(); });
}

std::shared_ptr<const ActorLexicon> ActorLexicon::fromJson(const QByteArray &actorsJson,
                                                           const QByteArray &officeholdersJson)
{
    auto lex = std::make_shared<ActorLexicon>();
    const QJsonObject root = QJsonDocument::fromJson(actorsJson).object();
    for (const QJsonValue &v : root.value(QLatin1String("countries")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = c.value(QLatin1String("name")).toString();
        const QString iso = c.value(QLatin1String("iso")).toString();
        const bool org = iso.isEmpty() || iso == QLatin1String("EU");
        if (!iso.isEmpty())
            lex->m_isoToCountry.insert(iso, name);
        if (org)
            lex->m_organizations << name;
        for (const QJsonValue &a : c.value(QLatin1String("demonyms")).toArray())
            lex->addTerm(a.toString(), {ActorMention::Demonym, name, {}, {}, org}, true);
        for (const QJsonValue &a : c.value(QLatin1String("aliases")).toArray())
            lex->addTerm(a.toString(), {ActorMention::Country, name, {}, {}, org}, true);
        for (const QJsonValue &a : c.value(QLatin1String("metonyms")).toArray()) {
            lex->addTerm(a.toString(), {ActorMention::Metonym, name, {}, {}, org}, true);
            lex->m_metonyms.insert(a.toString(), name);
        }
    }
    for (const QJsonValue &v : root.value(QLatin1String("offices")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        lex->addTerm(name, {ActorMention::Office, o.value(QLatin1String("country")).toString(), {}, name}, false);
    }
    for (const QJsonValue &v : root.value(QLatin1String("titles")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        lex->addTerm(name, {ActorMention::Title, o.value(QLatin1String("country")).toString(), {}, name}, true);
    }
    for (const QJsonValue &v : root.value(QLatin1String("agents")).toArray())
        lex->m_agents.insert(v.toString().toLower());
    for (const QJsonValue &v : root.value(QLatin1String("groups")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e{ActorMention::Group, {}, {}, {}};
        e.groupCount = o.value(QLatin1String("count")).toInt();
        for (const QJsonValue &start : o.value(QLatin1String("starts")).toArray()) {
            for (const QJsonValue &noun : o.value(QLatin1String("nouns")).toArray())
                lex->addTerm(start.toString() + QLatin1Char(' ') + noun.toString(), e, false);
        }
    }
    QStringList nonActors;
    QStringList nonActorPhrases;
    for (const QJsonValue &v : root.value(QLatin1String("nonActors")).toArray()) {
        nonActors << QRegularExpression::escape(v.toString());
        nonActorPhrases << v.toString();
    }
    // (No phrase at all: the pattern matches at any word boundary, so always maybe.)
    lex->m_nonActorWords = reaction::AsciiWordSet(nonActorPhrases.isEmpty() ? QStringList{QString()} : nonActorPhrases);
    lex->m_nonActorRe = QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(nonActors.join(QLatin1Char('|'))),
                                           QRegularExpression::CaseInsensitiveOption);
    lex->m_nonActorRe.optimize();

    // Office-holders: full names always; one-word aliases are flagged so the
    // extractor can demand context ("Lavrov" after "Sergey Lavrov").
    const QJsonObject holders = QJsonDocument::fromJson(officeholdersJson).object();
    for (const QJsonValue &v : holders.value(QLatin1String("offices")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString person = o.value(QLatin1String("person")).toString();
        const QString country = o.value(QLatin1String("country")).toString();
        const QString role = o.value(QLatin1String("role")).toString();
        lex->addTerm(person, {ActorMention::Person, country, person, role}, true);
        // Korean names put the family name first ("Lee Ju-ho", "Ahn Gyu-back": the
        // given name hyphenated): "Lee" alone is Lee Ju-ho where the article has named
        // him (a one-word alias, checked like "Lavrov").
        const QStringList words = person.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 2 && words.last().contains(QLatin1Char('-'))
            && (country == QLatin1String("South Korea") || country == QLatin1String("North Korea"))) {
            const QJsonArray aliases = o.value(QLatin1String("aliases")).toArray();
            if (std::none_of(aliases.begin(), aliases.end(), [&](const QJsonValue &a) { return a.toString() == words.first(); }))
                lex->addTerm(words.first(), {ActorMention::Person, country, person, role}, true);
        }
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray()) {
            const QString alias = a.toString();
            if (alias.contains(QLatin1String("administration"), Qt::CaseInsensitive)) {
                QString bare = alias;
                if (bare.startsWith(QLatin1String("the ")))
                    bare = bare.mid(4);
                lex->addTerm(bare, {ActorMention::Metonym, country, {}, bare}, true);
            } else {
                lex->addTerm(alias, {ActorMention::Person, country, person, role}, true);
            }
        }
    }
    // "its Foreign Office", "the country's foreign ministry": the country named before.
    lex->addTerm(QStringLiteral("its"), {ActorMention::Pronoun, {}, {}, {}}, false);
    lex->addTerm(QStringLiteral("the country's"), {ActorMention::Pronoun, {}, {}, {}}, false, true);
    lex->buildFirstWordTable();
    return lex;
}

void ActorLexicon::buildFirstWordTable()
{
    // Which first two characters a sentence's word needs to begin each term.
    // matches() compares the word as written or ignoring case (Qt's case folding,
    // by which U+212A and U+017F equal "k" and "s"): a word whose first two
    // characters are ASCII can equal a term's first word only where they equal its
    // first two, ASCII case aside for a folded term. A term whose first word is
    // shorter, or beyond ASCII in its second character, lets every word with that
    // first character through (m_anySecond); one beyond ASCII in its first needs
    // nothing, since only words beginning beyond ASCII could equal it, and those
    // are always looked up.
    auto variants = [](QChar c, bool folded) {
        QVector<ushort> out{c.unicode()};
        const ushort u = c.unicode();
        if (folded && u < 128 && QChar::isLetter(u)) {
            out = {ushort(QChar::toLower(u)), ushort(QChar::toUpper(u))};
        }
        return out;
    };
    // (A sentence's character that folds to an ASCII letter is beyond ASCII
    // itself, and such words are always looked up.)
    auto asciiOnly = [](QChar c, bool) { return c.unicode() < 128; };
    m_firstPairs.fill(0);
    m_anySecond.fill(false);
    for (const Term &t : std::as_const(m_terms)) {
        const QString &w = t.words.first();
        if (w.isEmpty())
            continue;
        if (!asciiOnly(w.at(0), t.folded)) {
            // Unless folding makes it an ASCII letter (U+212A is "k").
            const QChar folded = w.at(0).toCaseFolded();
            if (t.folded && folded.unicode() < 128) {
                for (ushort c0 : variants(folded, true))
                    m_anySecond[c0] = true;
            }
            continue;
        }
        if (w.size() < 2 || !asciiOnly(w.at(1), t.folded)) {
            for (ushort c0 : variants(w.at(0), t.folded))
                m_anySecond[c0] = true;
            continue;
        }
        for (ushort c0 : variants(w.at(0), t.folded)) {
            for (ushort c1 : variants(w.at(1), t.folded)) {
                const quint32 bit = quint32(c0) << 7 | c1;
                m_firstPairs[bit >> 6] |= quint64(1) << (bit & 63);
            }
        }
    }

    quint32 size = 16;
    m_bucketShift = 28;
    while (size < 2 * quint32(m_byFirstWord.size())) {
        size *= 2;
        --m_bucketShift;
    }
    m_buckets.assign(size, Bucket{});
    m_candidates.clear();
    for (auto it = m_byFirstWord.cbegin(); it != m_byFirstWord.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        quint32 slot = (it.key() * 2654435761u) >> m_bucketShift;
        while (m_buckets[slot].count)
            slot = (slot + 1) & (size - 1);
        Bucket &b = m_buckets[slot];
        b.hash = it.key();
        b.first = quint32(m_candidates.size());
        b.count = quint32(it.value().size());
        for (int index : it.value()) {
            const Term &t = m_terms[index];
            m_candidates.push_back({qint16(t.wordCount), qint16(t.len0), qint16(t.len1), index});
            if (t.wordCount == 1)
                b.anySingle = true;
            else
                b.secondLengths |= quint64(1) << std::min(t.len1, 63);
        }
    }
}

bool ActorLexicon::mayBeginTerm(const QChar *word, int rawLength) const
{
    const ushort c0 = word[0].unicode();
    if (c0 >= 128 || m_anySecond[c0])
        return true;
    const ushort c1 = rawLength > 1 ? word[1].unicode() : 0;
    if (c1 >= 128)
        return true;
    const quint32 bit = quint32(c0) << 7 | c1;
    return (m_firstPairs[bit >> 6] >> (bit & 63)) & 1;
}

const ActorLexicon::Bucket *ActorLexicon::bucketFor(quint32 hash) const
{
    if (m_buckets.empty())
        return nullptr;
    const quint32 mask = quint32(m_buckets.size()) - 1;
    for (quint32 slot = (hash * 2654435761u) >> m_bucketShift;; slot = (slot + 1) & mask) {
        const Bucket &b = m_buckets[slot];
        if (!b.count)
            return nullptr;
        if (b.hash == hash)
            return &b;
    }
}

bool ActorLexicon::mentionsNonActor(const QString &text) const
{
    // The pattern is \b(?:phrase|...)\b: no phrase's first word, no match.
    return m_nonActorWords.maybeIn(text) && m_nonActorRe.match(text).hasMatch();
}

namespace {
// QStringView::compare(w, cs) == 0 for a word and a term's word of the same
// length, read in place where both are ASCII (then ignoring case is ASCII case);
// anything beyond ASCII goes to Qt's comparison, whose case folding may equate
// it with an ASCII letter.
bool sameWord(const QChar *word, const QString &w, Qt::CaseSensitivity cs)
{
    const qsizetype len = w.size();
    const QChar *t = w.constData();
    for (qsizetype k = 0; k < len; ++k) {
        const char16_t a = word[k].unicode(), b = t[k].unicode();
        if ((a | b) >= 128)
            return QStringView(word, len).compare(w, cs) == 0;
        if (a != b && (cs == Qt::CaseSensitive || (a | 0x20) != (b | 0x20) || char16_t((a | 0x20) - 'a') >= 26))
            return false;
    }
    return true;
}
} // namespace

bool ActorLexicon::matches(const Term &term, const Token *tokens, int tokenCount, int first, const QString &text) const
{
    const int n = int(term.words.size());
    if (first + n > tokenCount)
        return false;
    const Qt::CaseSensitivity cs = term.folded ? Qt::CaseInsensitive : Qt::CaseSensitive;
    // Lengths first, for every word: "the three allies" is passed over at "the
    // launch" without comparing "the" (the result is the same in any order).
    for (int j = 0; j < n; ++j) {
        const Token &t = tokens[first + j];
        const qsizetype len = term.words[j].size();
        if (j < n - 1 ? t.rawEnd - t.start != len : (t.coreEnd - t.start != len && t.bareEnd - t.start != len))
            return false;
    }
    for (int j = 0; j < n; ++j) {
        const Token &t = tokens[first + j];
        const QString &w = term.words[j];
        // Qt compares (ignoring case or not) code unit by code unit: words of
        // different lengths never compare equal, and most candidates differ in length.
        if (j < n - 1) {
            // Inside a name: the word as written, no comma or possessive after it.
            if (t.rawEnd - t.start != w.size() || !sameWord(text.constData() + t.start, w, cs))
                return false;
            continue;
        }
        // Core and bare begin where the word does: when they end there too (no
        // final full stop), the bare word is the core one, already compared.
        const bool coreFits = t.coreEnd - t.start == w.size() && sameWord(text.constData() + t.start, w, cs);
        if (!coreFits
            && (t.bareEnd == t.coreEnd || t.bareEnd - t.start != w.size() || !sameWord(text.constData() + t.start, w, cs)))
            return false;
        if (term.needsPossessive && !t.possessive)
            return false;
    }
    return true;
}

bool ActorLexicon::demonymQualifies(const Hit *hits, int hitCount, const Token *tokens, int tokenCount, int i,
                                    const QString &text, int depth) const
{
    // The word after the demonym: an agent ("officials"), or where a title,
    // office or person begins ("Prime Minister", "Foreign Office").
    const int next = hits[i].lastToken + 1;
    if (next >= tokenCount)
        return false;
    const Token &last = tokens[hits[i].lastToken];
    if (last.rawEnd != last.coreEnd && !last.possessive)
        return false; // "Japanese," ends the phrase
    const Token &t = tokens[next];
    // (Without a full stop: "with our Japanese allies." ends a sentence.)
    const QString word = text.mid(t.start, t.bareEnd - t.start).toLower();
    if (i + 1 < hitCount && hits[i + 1].start == t.start) {
        const auto kind = hits[i + 1].term->entry.kind;
        if (kind == ActorMention::Title || kind == ActorMention::Office || kind == ActorMention::Person)
            return true;
    }
    if (m_agents.contains(word))
        return true;
    // "South Korean and U.S. officials": the demonym shares the next one's noun.
    if (depth == 0 && (word == QLatin1String("and") || word == QLatin1String("or")) && next + 1 < tokenCount
        && i + 1 < hitCount && hits[i + 1].start == tokens[next + 1].start
        && (hits[i + 1].term->entry.kind == ActorMention::Demonym || hits[i + 1].term->entry.kind == ActorMention::Country))
        return demonymQualifies(hits, hitCount, tokens, tokenCount, i + 1, text, depth + 1);
    return false;
}

QVector<ActorMention> ActorLexicon::find(const QString &text) const
{
    thread_local std::vector<Token> tokenBuffer;
    tokenize(text, &tokenBuffer);
    const Token *tokens = tokenBuffer.data();
    const int tokenCount = int(tokenBuffer.size());
    // Terms found, longest first at each word; made into ActorMentions (three
    // strings each) only once the demonyms that qualify nothing are dropped.
    thread_local std::vector<Hit> hitBuffer;
    std::vector<Hit> &hits = hitBuffer;
    hits.clear();
    const QChar *chars = text.constData();
    for (int i = 0; i < tokenCount; ++i) {
        const Token &t = tokens[i];
        if (!mayBeginTerm(chars + t.start, t.rawEnd - t.start))
            continue;
        // The hashes the lookups below try, in one pass over the word (FNV-1a runs
        // left to right, so bare and core are prefixes of raw).
        quint32 hash[2][3] = {{2166136261u, 0, 0}, {2166136261u, 0, 0}}; // [folded][core, raw, bare]
        {
            quint32 h = 2166136261u, hf = 2166136261u;
            for (int k = t.start; k < t.rawEnd; ++k) {
                if (k == t.bareEnd) {
                    hash[0][2] = h;
                    hash[1][2] = hf;
                }
                if (k == t.coreEnd) {
                    hash[0][0] = h;
                    hash[1][0] = hf;
                }
                const QChar c = text.at(k);
                const ushort u = c.unicode();
                h = (h ^ u) * 16777619u;
                const ushort f = u < 128 ? ((u >= 'A' && u <= 'Z') ? ushort(u + 32) : u) : c.toLower().unicode();
                hf = (hf ^ f) * 16777619u;
            }
            hash[0][1] = h;
            hash[1][1] = hf;
            if (t.coreEnd == t.rawEnd) {
                hash[0][0] = h;
                hash[1][0] = hf;
            }
            if (t.bareEnd == t.rawEnd) {
                hash[0][2] = h;
                hash[1][2] = hf;
            }
        }
        const Term *best = nullptr;
        int bestCount = 0;
        auto consider = [&](quint32 h) {
            const Bucket *bucket = bucketFor(h);
            if (!bucket)
                return; // a word that begins no term: most of them
            if (!bucket->anySingle) {
                // Every term here has a second word: its length must be one the
                // next word has as written, without marks, or without a full stop.
                if (i + 1 >= tokenCount)
                    return;
                const Token &t1 = tokens[i + 1];
                const quint64 lengths = (quint64(1) << std::min(t1.rawEnd - t1.start, 63))
                                        | (quint64(1) << std::min(t1.coreEnd - t1.start, 63))
                                        | (quint64(1) << std::min(t1.bareEnd - t1.start, 63));
                if (!(bucket->secondLengths & lengths))
                    return;
            }
            const Candidate *c = m_candidates.data() + bucket->first;
            for (quint32 k = 0; k < bucket->count; ++k, ++c) {
                const int n = c->wordCount;
                if (best && bestCount >= n)
                    continue;
                // matches() would reject on these lengths first (inner words are
                // compared as written, the last one without its marks).
                if (i + n > tokenCount)
                    continue;
                const Token &t0 = tokens[i];
                if (n == 1 ? (t0.coreEnd - t0.start != c->len0 && t0.bareEnd - t0.start != c->len0)
                           : t0.rawEnd - t0.start != c->len0)
                    continue;
                if (n >= 2) {
                    const Token &t1 = tokens[i + 1];
                    if (n == 2 ? (t1.coreEnd - t1.start != c->len1 && t1.bareEnd - t1.start != c->len1)
                               : t1.rawEnd - t1.start != c->len1)
                        continue;
                }
                const Term &term = m_terms[c->index];
                if (matches(term, tokens, tokenCount, i, text)) {
                    best = &term;
                    bestCount = n;
                }
            }
        };
        // Most words have no marks around them: then raw, core and bare are one.
        // A word without capitals hashes the same folded or not: its bucket is read
        // once (a second reading could not change the longest match found in it).
        quint32 seen[6];
        int seenCount = 0;
        auto considerOnce = [&](quint32 h) {
            for (int k = 0; k < seenCount; ++k) {
                if (seen[k] == h)
                    return;
            }
            seen[seenCount++] = h;
            consider(h);
        };
        for (int f = 0; f < 2; ++f) {
            considerOnce(hash[f][0]);
            if (t.rawEnd != t.coreEnd)
                considerOnce(hash[f][1]);
            if (t.bareEnd != t.coreEnd)
                considerOnce(hash[f][2]);
        }
        if (!best)
            continue;
        const int last = i + bestCount - 1;
        hits.push_back({best, t.start, tokens[last].coreEnd, last});
        i = last;
    }
    // Demonyms count only where they qualify an office, a title or an agent.
    QVector<ActorMention> out;
    out.reserve(qsizetype(hits.size()));
    const int hitCount = int(hits.size());
    for (int i = 0; i < hitCount; ++i) {
        const Hit &hit = hits[i];
        const Entry &e = hit.term->entry;
        if (e.kind == ActorMention::Demonym && !demonymQualifies(hits.data(), hitCount, tokens, tokenCount, i, text))
            continue;
        ActorMention &m = out.emplace_back();
        m.kind = e.kind;
        m.start = hit.start;
        m.end = hit.end;
        m.country = e.country;
        m.person = e.person;
        m.role = e.role;
        m.organization = e.organization;
        m.groupCount = e.groupCount;
        m.surnameOnly = m.kind == ActorMention::Person && hit.term->wordCount == 1;
    }
    return out;
}

} // namespace atlas
