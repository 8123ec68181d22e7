#include "extract/ActorLexicon.h"

#include "extract/reaction/ActorTokens.h"

#include <algorithm>

namespace atlas {

// (Both asked of every word of every sentence with a stance word: inlined.)
Q_ALWAYS_INLINE bool ActorLexicon::mayBeginTerm(const QChar *word, int rawLength) const
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

Q_ALWAYS_INLINE bool ActorLexicon::mayBeginTermAt(const QChar *text, const Token &t) const
{
    const QChar *word = text + t.start;
    if (!mayBeginTerm(word, t.rawEnd - t.start))
        return false;
    // Two ASCII letters first, and no term whose first word is shorter or goes
    // beyond ASCII in its second character starts with the first (m_anySecond):
    // then only terms whose first word starts with these two letters (in some
    // case) could begin here, and one must have a length the word has.
    const char16_t c0 = word[0].unicode(), c1 = t.rawEnd - t.start > 1 ? word[1].unicode() : 0;
    const char16_t l0 = c0 | 0x20, l1 = c1 | 0x20;
    if (c0 >= 128 || c1 >= 128 || l0 < 'a' || l0 > 'z' || l1 < 'a' || l1 > 'z' || m_anySecond[c0])
        return true;
    const size_t pair = size_t((l0 - 'a') * 26 + (l1 - 'a'));
    const quint64 lengths = m_firstLengths[pair];
    auto bit = [](int length) { return quint64(1) << std::min(length, 63); };
    const int raw = t.rawEnd - t.start, core = t.coreEnd - t.start, bare = t.bareEnd - t.start;
    if (!(lengths & (bit(raw) | bit(core) | bit(bare))))
        return false;
    if (m_anyThird[pair])
        return true;
    // Every term's first word here has three ASCII characters or more: a span of
    // the word it may equal has as many, and the third character folds to the
    // term's (beyond ASCII, Qt's case folding decides: not read here).
    if (raw < 3)
        return false;
    const char16_t c2 = word[2].unicode();
    return c2 >= 128 || hasThird(thirdKey(l0, l1, c2, raw)) || hasThird(thirdKey(l0, l1, c2, core))
           || hasThird(thirdKey(l0, l1, c2, bare));
}

Q_ALWAYS_INLINE const ActorLexicon::Bucket *ActorLexicon::bucketFor(quint32 hash) const
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
    // (Without a full stop: "with our Japanese allies." ends a sentence.) Lower-cased
    // into a buffer kept from call to call when ASCII (nearly always), as
    // toLower() would; the recursive call below comes after its last use here.
    thread_local QString lowered;
    const QStringView raw = QStringView(text).mid(t.start, t.bareEnd - t.start);
    bool ascii = true;
    for (const QChar c : raw)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        lowered.resize(raw.size());
        QChar *out = lowered.data();
        for (qsizetype k = 0; k < raw.size(); ++k) {
            const char16_t u = raw[k].unicode();
            out[k] = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
        }
    } else {
        lowered = raw.toString().toLower();
    }
    const QString &word = lowered;
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

// Whether the word at token `next` is a verb a group named by its number alone
// may govern: "The three condemned", "the two also agreed", "All three said".
bool ActorLexicon::verbAfter(const Token *tokens, int tokenCount, int next, const QString &text)
{
    static const QSet<QString> verbs{
        QStringLiteral("condemned"), QStringLiteral("condemn"), QStringLiteral("said"), QStringLiteral("say"),
        QStringLiteral("agreed"), QStringLiteral("agree"), QStringLiteral("vowed"), QStringLiteral("pledged"),
        QStringLiteral("urged"), QStringLiteral("called"), QStringLiteral("reaffirmed"), QStringLiteral("expressed"),
        QStringLiteral("stressed"), QStringLiteral("warned"), QStringLiteral("discussed"), QStringLiteral("denounced"),
        QStringLiteral("criticised"), QStringLiteral("criticized"), QStringLiteral("protested"), QStringLiteral("noted"),
        QStringLiteral("emphasised"), QStringLiteral("emphasized"), QStringLiteral("also"), QStringLiteral("jointly"),
        QStringLiteral("strongly"), QStringLiteral("issued"), QStringLiteral("reiterated"), QStringLiteral("confirmed")};
    if (next >= tokenCount)
        return false;
    const Token &t = tokens[next];
    return verbs.contains(text.mid(t.start, t.bareEnd - t.start).toLower());
}

QVector<ActorMention> ActorLexicon::find(const QString &text) const
{
    return findTerms<true>(text);
}

QVector<ActorMention> ActorLexicon::findWithoutPreChecks(const QString &text) const
{
    return findTerms<false>(text);
}

// PreChecks false: the definition (tested against each other in tst_actorlexicon).
template <bool PreChecks>
QVector<ActorMention> ActorLexicon::findTerms(const QString &text) const
{
    thread_local std::vector<Token> tokenBuffer;
    reaction::actorTokens(text, &tokenBuffer);
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
        if (PreChecks && !mayBeginTermAt(chars, t))
            continue;
        // The hashes the lookups below try, in one pass over the word (FNV-1a runs
        // left to right, so bare and core are prefixes of raw).
        quint32 hash[2][3] = {{2166136261u, 0, 0}, {2166136261u, 0, 0}}; // [folded][core, raw, bare]
        {
            // Bare, core and raw end in that order (bare is core without a final
            // full stop; core, raw without its marks): three stretches of one pass.
            quint32 h = 2166136261u, hf = 2166136261u;
            auto hashUpTo = [&](int from, int to) {
                for (int k = from; k < to; ++k) {
                    const QChar c = text.at(k);
                    const ushort u = c.unicode();
                    h = (h ^ u) * 16777619u;
                    const ushort f = u < 128 ? ((u >= 'A' && u <= 'Z') ? ushort(u + 32) : u) : c.toLower().unicode();
                    hf = (hf ^ f) * 16777619u;
                }
            };
            hashUpTo(t.start, t.bareEnd);
            hash[0][2] = h;
            hash[1][2] = hf;
            hashUpTo(t.bareEnd, t.coreEnd);
            hash[0][0] = h;
            hash[1][0] = hf;
            hashUpTo(t.coreEnd, t.rawEnd);
            hash[0][1] = h;
            hash[1][1] = hf;
        }
        const Term *best = nullptr;
        int bestCount = 0;
        auto consider = [&](quint32 h) {
            const Bucket *bucket = bucketFor(h);
            if (!bucket)
                return; // a word that begins no term: most of them
            // Whether a term of two words or more may begin here: the next word's
            // length (as written, without marks, or without a full stop) and first
            // character must be those of one of their second words; a first
            // character beyond ASCII is left to the comparison (Qt's case folding).
            bool longerMayFit = i + 1 < tokenCount;
            if (PreChecks && longerMayFit && !bucket->wideSecond) {
                const Token &t1 = tokens[i + 1];
                const char16_t u = chars[t1.start].unicode();
                const char16_t u2 = t1.rawEnd - t1.start > 1 ? chars[t1.start + 1].unicode() : char16_t(0);
                longerMayFit = u >= 128 || u2 >= 128 || t1.rawEnd - t1.start < 2
                               || hasSecondKey(bucket->secondKeys, secondKeyIndex(t1.rawEnd - t1.start, u, u2))
                               || hasSecondKey(bucket->secondKeys, secondKeyIndex(t1.coreEnd - t1.start, u, u2))
                               || hasSecondKey(bucket->secondKeys, secondKeyIndex(t1.bareEnd - t1.start, u, u2));
            }
            if (PreChecks && !bucket->anySingle && !longerMayFit)
                return;
            const Candidate *c = m_candidates.data() + bucket->first;
            for (quint32 k = 0; k < bucket->count; ++k, ++c) {
                const int n = c->wordCount;
                if (best && bestCount >= n)
                    continue;
                if (!PreChecks) {
                    if (matches(m_terms[c->index], tokens, tokenCount, i, text)) {
                        best = &m_terms[c->index];
                        bestCount = n;
                    }
                    continue;
                }
                if (n >= 2 && !longerMayFit)
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
                    // Its first character, where both are ASCII: equal as written, or
                    // ignoring ASCII case for a folded term (beyond ASCII, Qt's case
                    // folding decides, in matches()).
                    char16_t u = chars[t1.start].unicode();
                    if (u < 128 && c->first1 < 128) {
                        if (c->folded && u >= 'A' && u <= 'Z')
                            u = char16_t(u + 32);
                        if (u != c->first1)
                            continue;
                    }
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
        if (e.needsVerbAfter && !verbAfter(tokens, tokenCount, hit.lastToken + 1, text))
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
