// Building the actor lexicon: the bundled data files read into terms (each
// spelling split into words, with what it names), and the tables find() looks
// a sentence's words up in (ActorLexicon.cpp).
#include "extract/ActorLexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <algorithm>

namespace atlas {

namespace {
QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// FNV-1a over UTF-16 code units; folded lower-cases first (find() hashes a
// sentence's words the same way, inline). Hashing a view needs
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

QStringList splitWords(const QString &term)
{
    return term.split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
        e.needsVerbAfter = o.value(QLatin1String("verbAfter")).toBool();
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
        // given name hyphenated, or written in two words, "Lee Jae Myung"): "Lee"
        // alone is Lee Ju-ho where the article has named him (a one-word alias,
        // checked like "Lavrov").
        const QStringList words = person.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (((words.size() == 2 && words.last().contains(QLatin1Char('-'))) || words.size() == 3)
            && (country == QLatin1String("South Korea") || country == QLatin1String("North Korea"))) {
            const QJsonArray aliases = o.value(QLatin1String("aliases")).toArray();
            if (std::none_of(aliases.begin(), aliases.end(), [&](const QJsonValue &a) { return a.toString() == words.first(); }))
                lex->addTerm(words.first(), {ActorMention::Person, country, person, role}, true);
        }
        // Japan's government writes its own names family name first, the family
        // name in capitals ("Minister of Defense KOIZUMI Shinjiro", then "Minister
        // KOIZUMI"): both orders are full names, and a one-word alias in capitals
        // is the alias.
        const bool japanese = country == QLatin1String("Japan");
        if (words.size() == 2 && japanese) {
            lex->addTerm(words.last() + QLatin1Char(' ') + words.first(), {ActorMention::Person, country, person, role}, true);
            lex->addTerm(words.last().toUpper() + QLatin1Char(' ') + words.first(), {ActorMention::Person, country, person, role}, true);
        }
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray()) {
            const QString alias = a.toString();
            if (japanese && !alias.contains(QLatin1Char(' ')) && alias.size() >= 3)
                lex->addTerm(alias.toUpper(), {ActorMention::Person, country, person, role}, true);
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
    m_firstLengths.fill(0);
    m_anyThird.fill(false);
    m_thirds.fill(0);
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
        const char16_t l0 = w.at(0).unicode() | 0x20, l1 = w.at(1).unicode() | 0x20;
        if (l0 >= 'a' && l0 <= 'z' && l1 >= 'a' && l1 <= 'z' && w.at(0).unicode() < 128 && w.at(1).unicode() < 128) {
            const size_t pair = size_t((l0 - 'a') * 26 + (l1 - 'a'));
            m_firstLengths[pair] |= quint64(1) << std::min<qsizetype>(w.size(), 63);
            if (w.size() < 3 || w.at(2).unicode() >= 128) {
                m_anyThird[pair] = true;
            } else {
                const quint32 key = thirdKey(l0, l1, w.at(2).unicode(), int(w.size()));
                m_thirds[key >> 6] |= quint64(1) << (key & 63);
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
            char16_t first1 = t.wordCount > 1 && !t.words.at(1).isEmpty() ? t.words.at(1).at(0).unicode() : 0;
            if (t.folded && first1 >= 'A' && first1 <= 'Z')
                first1 = char16_t(first1 + 32);
            m_candidates.push_back({qint16(t.wordCount), qint16(t.len0), qint16(t.len1), first1, t.folded, index});
            if (t.wordCount == 1) {
                b.anySingle = true;
            } else {
                const QString &w1 = t.words.at(1);
                const char16_t second1 = w1.size() > 1 ? w1.at(1).unicode() : 0;
                if (first1 >= 128 || second1 >= 128 || w1.size() < 2) {
                    b.wideSecond = true;
                } else {
                    const int k = secondKeyIndex(t.len1, first1, second1);
                    b.secondKeys[k >> 6] |= quint64(1) << (k & 63);
                }
            }
        }
    }
}

} // namespace atlas
