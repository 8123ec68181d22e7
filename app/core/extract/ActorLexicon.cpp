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

// One alternation, longest spelling first so "Secretary of State" beats
// "Secretary"; bounded so that "US" never matches inside "USB".
QRegularExpression alternation(QStringList terms, bool caseSensitive)
{
    std::sort(terms.begin(), terms.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QStringList escaped;
    for (const QString &t : terms)
        escaped << QRegularExpression::escape(t);
    QRegularExpression::PatternOptions opts = QRegularExpression::UseUnicodePropertiesOption;
    if (!caseSensitive)
        opts |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}_])(?:%1)(?![\\p{L}\\p{N}_])")
                              .arg(escaped.isEmpty() ? QStringLiteral("(?!)") : escaped.join(QLatin1Char('|'))),
                          opts);
    re.optimize();
    return re;
}

QString nextWord(const QString &text, int from, int *wordStart = nullptr)
{
    int i = from;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    int j = i;
    while (j < text.size() && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('-')
                               || text.at(j) == QLatin1Char('.')))
        ++j;
    if (wordStart)
        *wordStart = i;
    QString w = text.mid(i, j - i);
    while (w.endsWith(QLatin1Char('.')) && w.size() > 1 && !w.contains(QLatin1Char('.')))
        w.chop(1);
    return w;
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

void ActorLexicon::addTerm(const QString &term, const Entry &e, bool caseSensitive)
{
    if (term.trimmed().isEmpty())
        return;
    if (caseSensitive) {
        // A spelling that is both an alias and a demonym ("US") reads as the country.
        if (!m_exact.contains(term) || e.kind == ActorMention::Country)
            m_exact.insert(term, e);
    } else {
        m_folded.insert(term.toLower(), e);
    }
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
        lex->m_agents << v.toString().toLower();
    for (const QJsonValue &v : root.value(QLatin1String("groups")).toArray()) {
        const QJsonObject o = v.toObject();
        QRegularExpression re(QStringLiteral("\\b(?:%1)\\b").arg(o.value(QLatin1String("pattern")).toString()),
                              QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        lex->m_groups.append({re, o.value(QLatin1String("count")).toInt()});
    }
    QStringList nonActors;
    for (const QJsonValue &v : root.value(QLatin1String("nonActors")).toArray())
        nonActors << QRegularExpression::escape(v.toString());
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
    for (const char *p : {"its", "the country's", "the country\u2019s"})
        lex->addTerm(QString::fromUtf8(p), {ActorMention::Pronoun, {}, {}, {}}, false);
    lex->compile();
    return lex;
}

void ActorLexicon::compile()
{
    m_exactRe = alternation(m_exact.keys(), true);
    m_foldedRe = alternation(m_folded.keys(), false);
}

bool ActorLexicon::mentionsNonActor(const QString &text) const { return m_nonActorRe.match(text).hasMatch(); }

bool ActorLexicon::demonymQualifies(const QString &text, int end, int depth) const
{
    int wordStart = 0;
    const QString word = nextWord(text, end, &wordStart);
    if (word.isEmpty())
        return false;
    const QString lower = word.toLower();
    if ((lower == QLatin1String("and") || lower == QLatin1String("or")) && depth == 0) {
        // "South Korean and U.S. officials": the demonym shares the next one's noun.
        int afterSpace = wordStart + int(word.size());
        while (afterSpace < text.size() && text.at(afterSpace).isSpace())
            ++afterSpace;
        const auto m2 = m_exactRe.match(text, afterSpace, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
        return m2.hasMatch() && demonymQualifies(text, m2.capturedEnd(), depth + 1);
    }
    if (m_agents.contains(lower))
        return true;
    // A title or office right after it: "Japanese Prime Minister", "German Foreign Office".
    const auto t = m_exactRe.match(text, wordStart, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
    if (t.hasMatch()) {
        const auto kind = m_exact.value(t.captured()).kind;
        if (kind == ActorMention::Title || kind == ActorMention::Person)
            return true;
    }
    const auto o = m_foldedRe.match(text, wordStart, QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption);
    return o.hasMatch() && m_folded.value(o.captured().toLower()).kind == ActorMention::Office;
}

QVector<ActorMention> ActorLexicon::find(const QString &text) const
{
    QVector<ActorMention> found;
    auto add = [&](int start, int end, const Entry &e) {
        ActorMention m;
        m.kind = e.kind;
        m.start = start;
        m.end = end;
        m.country = e.country;
        m.person = e.person;
        m.role = e.role;
        m.organization = e.organization;
        m.surnameOnly = e.kind == ActorMention::Person && !text.mid(start, end - start).contains(QLatin1Char(' '));
        found << m;
    };
    for (auto it = m_exactRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Entry e = m_exact.value(m.captured());
        if (e.kind == ActorMention::Demonym && !demonymQualifies(text, m.capturedEnd()))
            continue;
        add(m.capturedStart(), m.capturedEnd(), e);
    }
    for (auto it = m_foldedRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(), m_folded.value(m.captured().toLower()));
    }
    for (const auto &g : m_groups) {
        for (auto it = g.first.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            ActorMention a;
            a.kind = ActorMention::Group;
            a.start = m.capturedStart();
            a.end = m.capturedEnd();
            a.groupCount = g.second;
            found << a;
        }
    }
    // Non-overlapping, earliest first, longest at a tie.
    std::sort(found.begin(), found.end(), [](const ActorMention &a, const ActorMention &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QVector<ActorMention> out;
    int reach = -1;
    for (const ActorMention &m : found) {
        if (m.start < reach)
            continue;
        out << m;
        reach = m.end;
    }
    return out;
}

} // namespace atlas
