// Who the actors of a sentence are: the SentenceReader members that turn the
// actor lexicon's mentions into ActorGroups (one run of mentions -> countries,
// person, office; group references such as "the three countries" -> the list
// named before; subjects inside prepositional phrases dropped as places).
// Split from ReactionSentenceReader.cpp, which reads the stance triggers and
// quotes and asks these members whose they are.
#include "extract/ReactionSentenceReader.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"
#include "extract/reaction/StatementDocument.h"
#include "extract/reaction/TextSearch.h"
#include "extract/reaction/WordChecks.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace atlas::reaction {

// The office-holder the text names in full whose name begins with a Korean
// family name ("Lee Jae Myung" for "Lee"), when the last person of that family
// named before the sentence is one; none otherwise. The article is searched once per family name: each
// later sentence reads only the text added since the one before asked.
ActorMention SentenceReader::fullNameBefore(QStringView familyName) const
{
    Discourse::FamilyNameSearch &search = m_d.familyNames[familyName.toString()];
    const QStringView text(m_article.text);
    const int end = std::min<int>(m_offset, int(text.size()));
    // (Within the last 20,000 characters, as the surname's own check reads.) The
    // search stops at `end`: a name that runs past it is passed over below anyway
    // (after + 1 >= end), and the rest of the article need not be read for the
    // last, failing search.
    const QStringView upToEnd = text.left(end);
    for (qsizetype at = indexOfText(upToEnd, familyName, std::max(search.upTo, end - 20000)); at >= 0;
         at = indexOfText(upToEnd, familyName, at + 1)) {
        const qsizetype after = at + familyName.size();
        if ((at > 0 && text.at(at - 1).isLetter()) || after + 1 >= end || text.at(after) != u' ' || !text.at(after + 1).isUpper())
            continue;
        // The last person so named decides: an analyst "Lee Sung-yoon" quoted after
        // President Lee Jae Myung is whom a later "Lee" means, an office-holder or not.
        if (text.mid(after + 1).startsWith(familyName))
            continue; // ("Lee Lee": no given name)
        const QString window = text.mid(at, std::min<qsizetype>(40, end - at)).toString();
        search.found = ActorMention();
        for (const ActorMention &m : m_lex.find(window)) {
            if (m.start == 0 && m.kind == ActorMention::Person && !m.surnameOnly && m.person.startsWith(familyName)
                && m.person.size() > familyName.size() && m.person.at(familyName.size()) == u' ')
                search.found = m;
        }
    }
    search.upTo = std::max(search.upTo, end);
    return search.found;
}

void SentenceReader::dropUnsupportedSurnames()
{
    // "Lavrov" alone names the minister only where the article has named him in
    // full, a title stands before it, or the surname is distinctive (short ones
    // such as "Kim" or "Cho" are too common to trust alone).
    // Most sentences name no one by surname alone: nothing to drop, nothing to copy.
    if (std::none_of(m_mentions.cbegin(), m_mentions.cend(),
                     [](const ActorMention &m) { return m.kind == ActorMention::Person && m.surnameOnly; }))
        return;
    QVector<ActorMention> kept;
    for (const ActorMention &m : m_mentions) {
        if (m.kind == ActorMention::Person && m.surnameOnly) {
            const bool titled = !kept.isEmpty() && kept.last().kind == ActorMention::Title
                                && m.start - kept.last().end <= 1;
            // Within the last 20,000 characters: enough for any article, and
            // bounded on a huge file with the surname on every line.
            const int from = std::max(0, m_offset - 20000);
            const QStringView earlier = QStringView(m_article.text).mid(from, m_offset - from);
            bool named = containsText(earlier, m.person);
            ActorMention own = m;
            if (!named) {
                // "Lee" after "President Lee Jae Myung" where two office-holders share
                // the family name: the one the article named in full.
                const ActorMention full = fullNameBefore(QStringView(m_s).mid(m.start, m.end - m.start));
                if (!full.person.isEmpty()) {
                    named = true;
                    own.person = full.person;
                    own.country = full.country;
                    own.role = full.role;
                }
            }
            if (!titled && !named && (m.end - m.start) < 5)
                continue;
            kept << own;
            continue;
        }
        kept << m;
    }
    m_mentions = kept;
}

void SentenceReader::dropObjectsOfStance(const StanceTrigger &t, QVector<ActorGroup> &groups) const
{
    auto dropEmpty = [&groups] {
        groups.erase(std::remove_if(groups.begin(), groups.end(), [](const ActorGroup &g) { return g.countries.isEmpty(); }),
                     groups.end());
    };
    if (t.stance == Stance::Concern) {
        // "The DPRK's growing military cooperation with Russia ... is a serious concern
        // for Euro-Atlantic security": the North's doing is the concern, not its own.
        static const ReaderPattern copula{QRegularExpression(QStringLiteral("\\b(?:is|was|are|were|remains?|remained|poses?|posed|represents?|represented)\\s+(?:a\\s+|an\\s+)?$"),
                                               QRegularExpression::CaseInsensitiveOption)};
        if (copula.match(QStringView(m_s).mid(std::max(0, t.start - 16), std::min(16, t.start))).hasMatch()) {
            for (ActorGroup &g : groups)
                g.countries.removeAll(QStringLiteral("North Korea"));
            dropEmpty();
        }
        return;
    }
    if (t.stance != Stance::Cooperation || t.end < 4
        || QStringView(m_s).mid(t.end - 4, 4).compare(QLatin1String("with"), Qt::CaseInsensitive) != 0)
        return;
    // "The JCS said South Korea and the US were analyzing ..., and that the military
    // was closely sharing information with Washington and Tokyo": the partners
    // named after "with" are not the ones cooperating with them.
    static const ReaderPattern joint{QRegularExpression(QStringLiteral("^\\s*(?:,\\s*)?(?:and\\s+)?(?:the\\s+)?$"))};
    QStringList partners;
    int after = t.end;
    for (const ActorMention &m : m_mentions) {
        if (m.start < after)
            continue;
        if (!isCountryKind(m) || m.country.isEmpty() || !joint.match(QStringView(m_s).mid(after, m.start - after)).hasMatch())
            break;
        partners << m.country;
        after = m.end;
    }
    if (partners.isEmpty())
        return;
    for (ActorGroup &g : groups)
        for (const QString &c : std::as_const(partners))
            g.countries.removeAll(c);
    dropEmpty();
}

QString SentenceReader::countryBefore(int pos) const
{
    for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
        const ActorMention &m = m_mentions[i];
        if (m.end <= pos && m.start >= m_contextFrom && (isCountryKind(m) || m.kind == ActorMention::Person)
            && !m.country.isEmpty())
            return m.country;
    }
    return m_d.lastCountry;
}

// The country of an office or title named without one ("Foreign Minister Penny
// Wong", "the presidential office"), in this order:
// - the country it reports on right after a saying: "Foreign Minister Penny Wong
//   said Australia condemned ..." is Australia's minister, whoever came before;
// - the sentence's setting ("In Seoul, ...") and the countries named before it;
// - the country the text was last about, when that was in this paragraph; across
//   a paragraph break, for an institution (not a title: "The spokesperson" goes
//   on about the speaker before), the outlet's own country: a new paragraph about
//   "the presidential office" is not about the foreign ministry of the one before.
QString SentenceReader::countryOfOffice(const ActorGroup &g, bool institution) const
{
    // (Case-sensitive: the name after a title is capitalised, the saying is not.)
    static const ReaderPattern saying{QRegularExpression(QStringLiteral(
        "^\\s*(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){0,4}?(?:,[^,]{0,80},\\s*)?(?:\\w+ly\\s+)?"
        "(?:said|says|told\\s+[\\w-]+|stated|announced|added)(?:\\s*[:,])?\\s*[\u201C\"]?\\s*(?:that\\s+)?(?:[Tt]he\\s+)?$"))};
    for (const ActorMention &m : m_mentions) {
        if (m.start < g.end)
            continue;
        if (isCountryKind(m) && !m.country.isEmpty() && m.country != QLatin1String("North Korea")
            && saying.match(QStringView(m_s).mid(g.end, m.start - g.end)).hasMatch())
            return m.country;
        break;
    }
    if (!m_setting.isEmpty())
        return m_setting;
    // North Korea named before the office is what it reacts to ("condemned North
    // Korea's launch, with Foreign Minister Winston Peters calling it ..."), not
    // whose office it is: its own offices come with their country or a name the
    // office-holders table knows.
    for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
        const ActorMention &m = m_mentions[i];
        if (m.end <= g.start && m.start >= m_contextFrom && (isCountryKind(m) || m.kind == ActorMention::Person)
            && !m.country.isEmpty() && m.country != QLatin1String("North Korea"))
            return m.country;
    }
    if (institution && m_d.lastCountryAt >= 0 && m_d.lastCountryAt < m_offset
        && QStringView(m_article.text).mid(m_d.lastCountryAt, m_offset - m_d.lastCountryAt).contains(QLatin1Char('\n'))) {
        const QString home = homeCountry();
        if (!home.isEmpty())
            return home;
    }
    if (m_d.lastCountry == QLatin1String("North Korea")) {
        const QString home = homeCountry();
        return !home.isEmpty() ? home : m_d.lastCountry;
    }
    return !m_d.lastCountry.isEmpty() ? m_d.lastCountry : institution ? homeCountry() : QString();
}

// The first office the article names bare that belongs to one country ("The
// JCS said", "the Unification Ministry"): an outlet names its own country's
// offices so. Only the article's opening (60 sentences) is read for it.
QString SentenceReader::homeCountry() const
{
    if (m_d.homeKnown)
        return m_d.home;
    m_d.homeKnown = true;
    if (!m_d.sentences)
        return {};
    const int last = std::min<int>(int(m_d.sentences->size()), 60);
    for (int i = 0; i < last; ++i) {
        const Sentence &p = m_d.sentences->at(i);
        if (p.end - p.start > kMaxSentenceRead || p.end > m_article.text.size())
            continue;
        const QString ps = m_article.text.mid(p.start, p.end - p.start);
        const QVector<ActorMention> mentions = m_lex.find(ps);
        for (int k = 0; k < mentions.size(); ++k) {
            const ActorMention &m = mentions[k];
            if (m.kind != ActorMention::Office || m.country.isEmpty() || m.organization
                || m.country == QLatin1String("North Korea"))
                continue;
            // "South Korea's Joint Chiefs of Staff", "the U.S. Indo-Pacific Command": qualified.
            const bool qualified = k > 0 && m.start - mentions[k - 1].end <= 4 && isCountryKind(mentions[k - 1]);
            if (qualified)
                continue;
            m_d.home = m.country;
            return m_d.home;
        }
    }
    return {};
}

// One of the document's first three lines that is an office's name and nothing
// else (no more than 80 characters, nearly all of its letters in actor mentions,
// an office among them, all of them one country's): "Republic of Korea Joint
// Chiefs of Staff", "Ministry of Foreign Affairs of Japan". A headline ("Japan
// protests the launch") has words of its own, a place line ("Tokyo, Japan") no
// office: neither is one.
QString SentenceReader::recordSpeakerCountry() const
{
    // The label of the line (paragraph) the sentence is in.
    const QString &text = m_article.text;
    const qsizetype lineStart = m_offset > 0 ? text.lastIndexOf(QLatin1Char('\n'), m_offset - 1) + 1 : 0;
    QString name;
    if (!recordSpeakerLabel(QStringView(text).mid(lineStart), &name))
        return {};
    for (const ActorMention &a : m_lex.find(name)) {
        if (!a.country.isEmpty() && !a.organization && a.country != QLatin1String("North Korea"))
            return a.country;
    }
    return {};
}

QString SentenceReader::letterheadCountry() const
{
    if (m_d.letterheadKnown)
        return m_d.letterhead;
    m_d.letterheadKnown = true;
    // A line that names an institution of one country and little else.
    auto institutionOf = [this](QStringView view) {
        if (view.size() > 80)
            return false;
        const QString line = view.toString();
        const QVector<ActorMention> mentions = m_lex.find(line);
        QString country;
        int covered = 0;
        bool one = !mentions.isEmpty();
        bool office = false; // an institution is named, not only places ("Tokyo, Japan")
        for (const ActorMention &m : mentions) {
            // (A seat of government named as an institution counts, "Foreign,
            // Commonwealth & Development Office", "FCDO"; a city alone does not.)
            const QStringView name = QStringView(line).mid(m.start, m.end - m.start);
            const bool institution = m.kind == ActorMention::Metonym
                && (name.contains(u' ') || (name.size() >= 3 && std::all_of(name.begin(), name.end(), [](QChar c) { return c.isUpper(); })));
            office = office || m.kind == ActorMention::Office || m.kind == ActorMention::Title || institution;
            // (An office of no country by itself, "Ministry of Foreign Affairs",
            // takes the country named with it.)
            if (!m.country.isEmpty()) {
                one = one && !m.organization && m.country != QLatin1String("North Korea")
                    && (country.isEmpty() || m.country == country);
                country = m.country;
            }
            for (int k = m.start; k < m.end; ++k)
                covered += line.at(k).isLetter() ? 1 : 0;
        }
        const int letters = int(std::count_if(line.begin(), line.end(), [](QChar c) { return c.isLetter(); }));
        if (!(one && office && !country.isEmpty() && covered * 10 >= letters * 8))
            return false;
        m_d.letterhead = country;
        return true;
    };
    anyHeadLine(m_article.text, 3, m_article.text.size(), [&](QStringView line) {
        // ("UK Parliament | Written questions, answers and statements", "Hansard —
        // UK Parliament": a site's name beside its section's, read alone.)
        static const QRegularExpression separator(QStringLiteral(" [|\u2014] "));
        for (const QStringView part : line.split(separator)) {
            if (institutionOf(part.trimmed()))
                return true;
        }
        return false;
    });
    return m_d.letterhead;
}

// The most recent coordinated list of `count` countries (any size >= 2 for 0),
// in this sentence before `before` or in the few sentences before it.
QStringList SentenceReader::recentList(int count, int before) const
{
    QVector<QStringList> lists = countryLists(m_s, m_mentions, before);
    auto pick = [&](const QVector<QStringList> &ls) -> QStringList {
        for (int i = int(ls.size()) - 1; i >= 0; --i) {
            if ((count == 0 && ls[i].size() >= 2) || ls[i].size() == count)
                return ls[i];
        }
        return {};
    };
    QStringList found = pick(lists);
    for (int back = 1; found.isEmpty() && back <= 4 && m_d.sentences && m_d.current - back >= 0; ++back) {
        const Sentence &p = m_d.sentences->at(m_d.current - back);
        if (p.end - p.start > kMaxSentenceRead)
            break;
        const QString ps = m_article.text.mid(p.start, p.end - p.start);
        const QVector<QStringList> earlier = countryLists(ps, m_lex.find(ps), int(ps.size()));
        found = pick(earlier);
        lists = earlier + lists;
    }
    if (!found.isEmpty())
        return found;
    // No list of that size: the last `count` distinct countries of those lists.
    const int want = std::max(count, 2);
    QStringList recent;
    for (int i = int(lists.size()) - 1; i >= 0 && recent.size() < want; --i) {
        for (int j = int(lists[i].size()) - 1; j >= 0 && recent.size() < want; --j) {
            if (!recent.contains(lists[i][j]))
                recent.prepend(lists[i][j]);
        }
    }
    if (recent.size() == want)
        return recent;
    // "... his counterparts from the United States and Japan. The three sides
    // agreed ...": two countries named and the third the one speaking, the
    // country the text was last about.
    // Only right after the two are named (this sentence or the one before) as
    // someone's partners, after "from", "with" or "in" ("his counterparts from
    // the United States and Japan", "officials in Seoul and Tokyo"): the subject
    // who met them is the third. Two countries that act themselves ("Russia and
    // China vetoed ...") make no three.
    auto partners = [](const QString &text, const QVector<ActorMention> &mentions, int limit) {
        QVector<int> starts;
        const QVector<QStringList> found = countryLists(text, mentions, limit, &starts);
        QStringList out;
        for (int i = 0; i < found.size(); ++i) {
            int ws = 0;
            QString prev = previousWord(text, starts[i], &ws);
            // "with the United States and Japan", "with our Japanese and ROK allies",
            // "with his U.S. and Japanese counterparts"
            if (prev == QLatin1String("the") || prev == QLatin1String("our") || prev == QLatin1String("its")
                || prev == QLatin1String("their") || prev == QLatin1String("his") || prev == QLatin1String("her"))
                prev = previousWord(text, ws);
            if (prev == QLatin1String("from") || prev == QLatin1String("with") || prev == QLatin1String("in"))
                out = found[i];
        }
        return out;
    };
    // (Two sentences back: a reporter's question may sit between, in a transcript.)
    QStringList near = partners(m_s, m_mentions, before);
    for (int back = 1; near.isEmpty() && back <= 2 && m_d.sentences && m_d.current - back >= 0; ++back) {
        const Sentence &p = m_d.sentences->at(m_d.current - back);
        if (p.end - p.start <= kMaxSentenceRead) {
            const QString ps = m_article.text.mid(p.start, p.end - p.start);
            near = partners(ps, m_lex.find(ps), int(ps.size()));
        }
    }
    if (count >= 3 && recent.size() == count - 1 && near == recent) {
        // The speaker: the first other country a sentence names, from this one
        // back ("South Korea's envoy spoke with his counterparts from ..."), or
        // the country the text was last about.
        auto otherCountry = [&](const QVector<ActorMention> &mentions, int limit) {
            for (const ActorMention &m : mentions) {
                if (m.start < limit && !m.country.isEmpty() && !recent.contains(m.country) && !m.organization
                    && m.country != QLatin1String("North Korea") && m.kind != ActorMention::Group)
                    return m.country;
            }
            return QString();
        };
        QString speaker = otherCountry(m_mentions, before);
        for (int back = 1; speaker.isEmpty() && back <= 1 && m_d.sentences && m_d.current - back >= 0; ++back) {
            const Sentence &p = m_d.sentences->at(m_d.current - back);
            if (p.end - p.start > kMaxSentenceRead)
                break;
            const QString ps = m_article.text.mid(p.start, p.end - p.start);
            speaker = otherCountry(m_lex.find(ps), int(ps.size()));
        }
        if (speaker.isEmpty() && !recent.contains(m_d.lastCountry) && m_d.lastCountry != QLatin1String("North Korea")
            && !m_lex.isOrganization(m_d.lastCountry))
            speaker = m_d.lastCountry;
        if (!speaker.isEmpty())
            return QStringList{speaker} + recent;
    }
    // "Secretary of State Marco Rubio spoke by phone with Japanese Foreign Minister
    // Toshimitsu Motegi and South Korean Foreign Minister Cho Hyun. The three
    // ministers agreed ...": the people and offices of the sentence before (or of
    // this one, before the group), when they are of exactly that many countries.
    // (So is a group of no stated number, "The Secretary and the Foreign Ministers
    // reaffirmed ...": the people of the last sentence that names two or more, a
    // few sentences back at most; a statement names them once, at its head.)
    if (count >= 2 || count == 0) {
        auto countriesOf = [&](const QString &text, const QVector<ActorMention> &mentions, int limit) {
            QStringList out;
            for (const ActorMention &m : mentions) {
                // (Not an organisation's officer: "NATO Secretary-General Mark Rutte";
                // not where they met: "... met in Singapore", "at the summit in Tokyo".)
                const QString before = previousWord(text, m.start).toLower();
                if ((m.kind == ActorMention::Country || m.kind == ActorMention::Metonym) && (before == QLatin1String("in") || before == QLatin1String("at")))
                    continue;
                if (m.start < limit && !m.country.isEmpty() && !m.organization && m.kind != ActorMention::Group
                    && m.country != QLatin1String("North Korea") && !m_lex.isOrganization(m.country) && !out.contains(m.country))
                    out << m.country;
            }
            return out;
        };
        QStringList named = countriesOf(m_s, m_mentions, before);
        // (Back to the last sentence that names any: "The three ministers ..." may
        // come a few sentences after them, each group sentence naming none.)
        // ("landed within Japan's exclusive economic zone" names one country: not them.)
        for (int back = 1; named.size() < std::max(count, 2) && back <= 4 && m_d.sentences
                           && m_d.current - back >= 0;
             ++back) {
            const Sentence &p = m_d.sentences->at(m_d.current - back);
            if (p.end - p.start > kMaxSentenceRead)
                break;
            const QString ps = m_article.text.mid(p.start, p.end - p.start);
            named = countriesOf(ps, m_lex.find(ps), int(ps.size()));
        }
        if (named.size() == count || (count == 0 && named.size() >= 2))
            return named;
    }
    return {};
}

ActorGroup SentenceReader::resolve(const QVector<ActorMention> &run)
{
    ActorGroup g;
    g.start = run.first().start;
    g.end = run.last().end;
    QString strong, weak, title, office, titleCountry, officeCountry;
    for (const ActorMention &m : run) {
        switch (m.kind) {
        case ActorMention::Country:
        case ActorMention::Demonym:
            // "the G7 Foreign Ministers of Canada": a grouping's name before an
            // office yields to the country the office is "of".
            if (strong.isEmpty() || (m.kind == ActorMention::Country && m_lex.isOrganization(strong)
                                     && !m_lex.isOrganization(m.country)))
                strong = m.country;
            break;
        case ActorMention::Person:
            g.onePerson = true;
            if (g.person.isEmpty())
                g.person = m.person;
            if (strong.isEmpty())
                strong = m.country;
            if (title.isEmpty())
                title = m.role;
            break;
        case ActorMention::Metonym:
            if (weak.isEmpty())
                weak = m.country;
            if (office.isEmpty() && !m.role.isEmpty())
                office = m.role;
            break;
        case ActorMention::Title:
            g.onePerson = true;
            title = m.role;
            titleCountry = m.country;
            if (g.person.isEmpty()) {
                // A title followed by a name the office-holders table does not know.
                static const QRegularExpression name(QStringLiteral(
                    "\\G\\s+((?:[A-Z][\\p{L}'\u2019.]*(?:-[\\p{L}]+)?)(?:\\s+[A-Z][\\p{L}'\u2019]*(?:-[\\p{L}]+)?){0,3})"));
                // PCRE2 straight (DirectRegex.h) where the sentence is valid UTF-16: the
                // answer Qt gives, without its set-up; Qt itself where it is not.
                static const DirectRegex directName(name);
                const QString named = isValidUtf16(m_s) ? directName.match(m_s, m.end).captured(1) : name.match(m_s, m.end).captured(1);
                if (!named.isNull() && m_lex.find(named).isEmpty())
                    g.person = named;
            }
            break;
        case ActorMention::Office:
            office = capitalized(m.role);
            if (officeCountry.isEmpty())
                officeCountry = m.country;
            break;
        case ActorMention::Pronoun:
            if (weak.isEmpty())
                weak = countryBefore(m.start);
            break;
        case ActorMention::Group:
            g.countries = recentList(m.groupCount, m.start);
            break;
        }
    }
    g.role = !title.isEmpty() ? title : office;
    if (g.countries.isEmpty()) {
        QString c = !strong.isEmpty() ? strong
                    : !weak.isEmpty() ? weak
                    : !titleCountry.isEmpty() ? titleCountry
                    : officeCountry;
        // "The Government condemns these launches" in a document under a country's
        // letterhead ("UK Parliament | Written questions"): its own government,
        // capitalised as it writes it, in its own words (outside quotation marks).
        const bool ownGovernment = c.isEmpty() && title.isEmpty() && !office.isEmpty()
            && QStringView(m_s).mid(g.start, g.end - g.start).endsWith(QLatin1String("Government"))
            && !containsAnyOf(m_s, {u'"', u'\u201C', u'\u201D'});
        if (ownGovernment) {
            c = letterheadCountry();
            g.ownWords = !c.isEmpty();
        }
        // An office or title alone speaks for the country the sentence is set in.
        if (c.isEmpty() && (!title.isEmpty() || !office.isEmpty()))
            c = countryOfOffice(g, title.isEmpty());
        if (!c.isEmpty())
            g.countries << c;
    }
    return g;
}

// Words that may sit between the parts of one actor's name: "Japan's top
// government spokesman", "Foreign Minister Penny Wong of Australia". A verb or
// any other lower-case word ("Australia joined the United States") ends it.
bool SentenceReader::isGlue(QStringView gap) const
{
    static const QSet<QString> glue{QStringLiteral("the"),    QStringLiteral("of"),      QStringLiteral("s"),
                                    QStringLiteral("in"),     QStringLiteral("for"), // "a spokesperson for the ministry"
                                    QStringLiteral("top"),    QStringLiteral("senior"),  QStringLiteral("chief"),
                                    QStringLiteral("deputy"), QStringLiteral("vice"),    QStringLiteral("acting"),
                                    QStringLiteral("former"), QStringLiteral("incoming"), QStringLiteral("outgoing"),
                                    QStringLiteral("new"),    QStringLiteral("first"),   QStringLiteral("principal")};
    int i = 0;
    while (i < gap.size()) {
        if (!gap.at(i).isLetter()) {
            ++i;
            continue;
        }
        int j = i;
        while (j < gap.size() && (gap.at(j).isLetter() || gap.at(j) == QLatin1Char('-')))
            ++j;
        // (A capitalised word is glue without looking it up.)
        if (!gap.at(i).isUpper()) {
            const QString word = gap.mid(i, j - i).toString();
            if (!glue.contains(word) && !m_lex.isAgentWord(word.toLower()))
                return false;
        }
        i = j;
    }
    return true;
}

QVector<ActorGroup> SentenceReader::makeGroups(const QVector<ActorMention> &mentions)
{
    static const ReaderPattern separator = ci("[,;&]|\\band\\b|\\bor\\b|\\bnor\\b|\\bas well as\\b|\\balong with\\b|\\btogether with\\b");
    QVector<ActorGroup> groups;
    QVector<ActorMention> run;
    run.reserve(mentions.size()); // (a run is some of them: one allocation)
    auto flush = [&] {
        if (!run.isEmpty()) {
            const ActorGroup g = resolve(run);
            if (!g.countries.isEmpty())
                groups << g;
        }
        run.clear();
    };
    for (const ActorMention &m : mentions) {
        if (!run.isEmpty()) {
            const QStringView gap = QStringView(m_s).mid(run.last().end, m.start - run.last().end);
            // The separator needs one of its marks or words (reaction/WordChecks.h).
            static const AsciiWordSet separatorWords{"and", "or", "nor", "as", "along", "together"};
            const bool mayBeSeparated = containsAnyOf(gap, {u',', u';', u'&'}) || separatorWords.maybeIn(gap);
            if ((mayBeSeparated && separator.match(gap).hasMatch()) || gap.size() > 24 || !isGlue(gap))
                flush();
        }
        run << m;
    }
    flush();
    return groups;
}

QVector<ActorGroup> SentenceReader::groupsIn(int from, int to, const QVector<QPair<int, int>> &excluded, bool subject)
{
    static const ReaderPattern joiner{QRegularExpression(QStringLiteral("^[\\s,]*(?:and|&|or)?[\\s,]*(?:the\\s+)?$"))};
    QVector<ActorMention> picked;
    picked.reserve(m_mentions.size()); // (at most all of them: one allocation)
    int placeEnd = -1; // end of the last mention read as a place, for lists after it
    for (const ActorMention &m : m_mentions) {
        if (m.start < from || m.end > to)
            continue;
        bool out = false;
        for (const auto &x : excluded)
            out = out || (m.start >= x.first && m.start < x.second);
        if (out)
            continue;
        if (subject) {
            // Inside a prepositional phrase a country is a place, not a speaker,
            // unless an agent heads the phrase ("officials from all three nations").
            PrevWord prev(m_s, m.start);
            if (prev.is(QLatin1String("the")) || prev.is(QLatin1String("all")))
                prev = PrevWord(m_s, prev.start);
            const int ws = prev.start;
            const bool listed = placeEnd >= 0 && joiner.match(m_s.mid(placeEnd, m.start - placeEnd)).hasMatch();
            // A clause cut just before the mention ("days after | Pyongyang criticized")
            // leaves the word before it outside: a conjunction, not a preposition.
            const bool clauseStart = ws < from;
            // "The Foreign Office in London": the capital says whose office it is.
            const bool officeIn = prev.is(QLatin1String("in")) && m.kind == ActorMention::Metonym && !picked.isEmpty()
                                  && (picked.last().kind == ActorMention::Office || picked.last().kind == ActorMention::Title)
                                  && m_s.mid(picked.last().end, m.start - picked.last().end).trimmed() == QLatin1String("in");
            // "The Ministry of Foreign Affairs of Mongolia", "the Foreign Minister of
            // the Republic of Korea": the country after "of" is the office's own.
            auto officeOf = [&] {
                if (!prev.is(QLatin1String("of")) || picked.isEmpty()
                    || (m.kind != ActorMention::Country && m.kind != ActorMention::Metonym)
                    || (picked.last().kind != ActorMention::Office && picked.last().kind != ActorMention::Title))
                    return false;
                const QStringView gap = QStringView(m_s).mid(picked.last().end, m.start - picked.last().end).trimmed();
                return gap == QLatin1String("of") || gap == QLatin1String("of the");
            };
            if (officeIn || officeOf()) {
                picked << m;
                continue;
            }
            if (listed || (!clauseStart && prev.isPreposition() && !m_lex.isAgentWord(previousWord(m_s, ws)))) {
                placeEnd = m.end; // "between Seoul, Washington, and Tokyo": all places
                continue;
            }
        }
        picked << m;
    }
    return makeGroups(picked);
}

QVector<ActorGroup> SentenceReader::listAfter(int from)
{
    // "by Japanese Prime Minister Sanae Takaichi, who ...", "from South Korea and Japan and ..."
    // ("by the foreign ministers of Japan, ...": an office's holders "of" their countries.)
    static const ReaderPattern glue = ci("^[\\s,]*(?:and|&|as well as|or)?[\\s,]*(?:the\\s+)?(?:[\\p{L}\u2019'-]+\\s+){0,2}(?:of\\s+(?:the\\s+)?)?$");
    static const ReaderPattern stop = ci("\\b(?:who|which|that|where|after|before|when|while|but|amid|over|as|in|during|for|to|drawing|saying)\\b|[.;:(\u2014]");
    QVector<ActorMention> picked;
    int reach = from;
    for (int i = 0; i < m_mentions.size(); ++i) {
        const ActorMention &m = m_mentions.at(i);
        if (m.start < from)
            continue;
        const QStringView gap = QStringView(m_s).mid(reach, m.start - reach);
        if (stop.match(gap).hasMatch() || !glue.match(gap).hasMatch())
            break;
        // "by its neighbours": a possessive before a vague noun names the country's
        // neighbours, not the country; only "by its foreign ministry" (an actor word
        // right after) keeps it.
        if (m.kind == ActorMention::Pronoun) {
            int next = m.end;
            while (next < m_s.size() && m_s.at(next).isSpace())
                ++next;
            const bool actorFollows = i + 1 < m_mentions.size() && m_mentions.at(i + 1).start == next;
            if (next < m_s.size() && m_s.at(next).isLetter() && !actorFollows)
                break;
        }
        picked << m;
        reach = m.end;
    }
    return makeGroups(picked);
}

} // namespace atlas::reaction
