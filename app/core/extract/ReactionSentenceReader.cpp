#include "extract/ReactionSentenceReader.h"

#include "extract/reaction/StanceObject.h"
#include "extract/reaction/WordChecks.h"
#include "geo/Gazetteer.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace atlas::reaction {

namespace {

// Longer "sentences" are blobs, not prose (ReactionExtractor skips them too).
constexpr int kMaxSentenceRead = 3000;

QRegularExpression ci(const char *pattern)
{
    QRegularExpression re(QString::fromUtf8(pattern),
                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

bool isCountryKind(const ActorMention &m)
{
    return m.kind == ActorMention::Country || m.kind == ActorMention::Demonym || m.kind == ActorMention::Metonym;
}

// Coordinated runs of two or more countries in a sentence ("South Korea, Japan,
// and the U.S."), before `before`. North Korea, the target, and organisations
// are never among "the allies".
QVector<QStringList> countryLists(const QString &s, const QVector<ActorMention> &mentions, int before,
                                  QVector<int> *firstStarts = nullptr)
{
    static const QRegularExpression joiner(QStringLiteral("^[\\s,]*(?:and|&|as well as)?[\\s,]*(?:the\\s+)?$"));
    QVector<QStringList> lists;
    QStringList run;
    int lastEnd = -1;
    for (const ActorMention &m : mentions) {
        if (m.start >= before)
            break;
        if (!isCountryKind(m) || m.organization || m.country == QLatin1String("North Korea"))
            continue;
        if (lastEnd >= 0 && !joiner.match(s.mid(lastEnd, m.start - lastEnd)).hasMatch()) {
            if (run.size() > 1)
                lists << run;
            run.clear();
        }
        if (run.isEmpty() && firstStarts) {
            // Where the list that this mention may start would begin.
            firstStarts->resize(lists.size() + 1);
            (*firstStarts)[lists.size()] = m.start;
        }
        if (!run.contains(m.country))
            run << m.country;
        lastEnd = m.end;
    }
    if (run.size() > 1)
        lists << run;
    if (firstStarts)
        firstStarts->resize(lists.size());
    return lists;
}

const QStringList &prepositions()
{
    static const QStringList words{
        QStringLiteral("in"),      QStringLiteral("at"),         QStringLiteral("to"),        QStringLiteral("into"),
        QStringLiteral("onto"),    QStringLiteral("during"),     QStringLiteral("for"),       QStringLiteral("from"),
        QStringLiteral("with"),    QStringLiteral("of"),         QStringLiteral("about"),     QStringLiteral("against"),
        QStringLiteral("amid"),    QStringLiteral("amidst"),     QStringLiteral("after"),     QStringLiteral("following"),
        QStringLiteral("toward"),  QStringLiteral("towards"),    QStringLiteral("on"),        QStringLiteral("over"),
        QStringLiteral("between"), QStringLiteral("among"),      QStringLiteral("across"),    QStringLiteral("near"),
        QStringLiteral("by"),      QStringLiteral("than"),       QStringLiteral("like"),      QStringLiteral("including"),
        QStringLiteral("via"),     QStringLiteral("through"),    QStringLiteral("under"),     QStringLiteral("within"),
        QStringLiteral("without"), QStringLiteral("before"),     QStringLiteral("despite"),   QStringLiteral("behind"),
        QStringLiteral("beyond"),  QStringLiteral("around"),     QStringLiteral("off"),       QStringLiteral("upon"),
        QStringLiteral("versus"),  QStringLiteral("involving"),  QStringLiteral("targeting"), QStringLiteral("regarding"),
        QStringLiteral("concerning"), QStringLiteral("visit"),   QStringLiteral("visiting"),  QStringLiteral("toured")};
    return words;
}

bool isPreposition(const QString &w)
{
    static const QSet<QString> preps(prepositions().cbegin(), prepositions().cend());
    return preps.contains(w);
}

// The word before pos (letters, digits and hyphens, after skipping what is
// neither), without copying it: where it is, and whether it is ASCII letters
// only. Then comparing it with a lower-case word ignoring ASCII case is
// comparing its lower-cased copy with that word; any other word is compared
// through the copy.
struct PrevWord {
    QStringView view;
    int start = 0;
    bool asciiLetters = false;

    PrevWord(const QString &s, int pos)
    {
        int j = pos;
        while (j > 0 && !s.at(j - 1).isLetterOrNumber())
            --j;
        int i = j;
        while (i > 0 && (s.at(i - 1).isLetterOrNumber() || s.at(i - 1) == QLatin1Char('-')))
            --i;
        start = i;
        view = QStringView(s).mid(i, j - i);
        asciiLetters = true;
        for (const QChar c : view)
            asciiLetters = asciiLetters && isAsciiLetterUnit(c.unicode());
    }
    QString lowered() const { return view.toString().toLower(); }
    bool is(QLatin1String lower) const
    {
        if (!asciiLetters)
            return lowered() == lower;
        if (view.size() != lower.size())
            return false;
        for (qsizetype k = 0; k < view.size(); ++k) {
            if (char(view.at(k).unicode() | 0x20) != lower.at(k))
                return false;
        }
        return true;
    }
    bool isPreposition() const
    {
        static const AsciiWordSet preps(prepositions());
        // A word of ASCII letters is one run: in the set exactly when its lower case is.
        return asciiLetters ? !view.isEmpty() && preps.maybeIn(view) : reaction::isPreposition(lowered());
    }
};

// The word before pos, lower-cased; its start in *wordStart.
QString previousWord(const QString &s, int pos, int *wordStart = nullptr)
{
    const PrevWord w(s, pos);
    if (wordStart)
        *wordStart = w.start;
    return w.lowered();
}

QString capitalized(QString role)
{
    // "foreign ministry" as the text spells it reads "Foreign Ministry" as a role;
    // a name the text already capitalises is kept as given.
    for (const QChar c : role) {
        if (c.isUpper())
            return role;
    }
    static const QStringList small{QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("for"), QStringLiteral("the")};
    QStringList words = role.split(QLatin1Char(' '));
    for (QString &w : words) {
        if (!w.isEmpty() && !small.contains(w))
            w[0] = w.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

// The region before a verb without the audience of a saying: "told reporters
// Tokyo had lodged a protest" is said by an official, and the reporters it was
// told to are no speakers (the non-actor words would otherwise drop it).
QString withoutAudience(const QString &region)
{
    static const AsciiWordSet sayingWords{"told", "telling", "tells", "speaking", "spoke", "briefed", "briefing"};
    if (!sayingWords.maybeIn(region))
        return region;
    static const QRegularExpression audience = ci(
        "\\b(?:told|tells|telling|briefed|briefing|(?:speaking|spoke|talking|talked)\\s+to)\\s+(?:the\\s+|a\\s+|local\\s+|foreign\\s+)?"
        "(?:reporters|journalists|media|press|newspaper)\\b");
    QString out = region;
    for (auto it = audience.globalMatch(region); it.hasNext();) {
        const auto m = it.next();
        out.replace(int(m.capturedStart()), int(m.capturedLength()), QString(m.capturedLength(), QLatin1Char(' ')));
    }
    return out;
}

} // namespace


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
            const bool named = QStringView(m_article.text).mid(from, m_offset - from).contains(m.person);
            if (!titled && !named && (m.end - m.start) < 5)
                continue;
        }
        kept << m;
    }
    m_mentions = kept;
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
            if (prev == QLatin1String("the"))
                prev = previousWord(text, ws);
            if (prev == QLatin1String("from") || prev == QLatin1String("with") || prev == QLatin1String("in"))
                out = found[i];
        }
        return out;
    };
    QStringList near = partners(m_s, m_mentions, before);
    if (near.isEmpty() && m_d.sentences && m_d.current > 0) {
        const Sentence &p = m_d.sentences->at(m_d.current - 1);
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
            if (strong.isEmpty())
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
                const auto n = name.match(m_s, m.end);
                if (n.hasMatch() && m_lex.find(n.captured(1)).isEmpty())
                    g.person = n.captured(1);
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
        // An office or title alone speaks for the country the sentence is set in.
        if (c.isEmpty() && (!title.isEmpty() || !office.isEmpty()))
            c = !m_setting.isEmpty() ? m_setting : countryBefore(g.start);
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
    static const QRegularExpression separator = ci("[,;&]|\\band\\b|\\bor\\b|\\bnor\\b|\\bas well as\\b|\\balong with\\b|\\btogether with\\b");
    QVector<ActorGroup> groups;
    QVector<ActorMention> run;
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
            const bool mayBeSeparated = containsAnyOf(gap, u',', u';', u'&') || separatorWords.maybeIn(gap);
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
    static const QRegularExpression joiner(QStringLiteral("^[\\s,]*(?:and|&|or)?[\\s,]*(?:the\\s+)?$"));
    QVector<ActorMention> picked;
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
            if (officeIn) {
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
    static const QRegularExpression glue = ci("^[\\s,]*(?:and|&|as well as|or)?[\\s,]*(?:the\\s+)?(?:[\\p{L}\u2019'-]+\\s+){0,2}$");
    static const QRegularExpression stop = ci("\\b(?:who|which|that|where|after|before|when|while|but|amid|over|as|in|during|for|to|drawing|saying)\\b|[.;:(\u2014]");
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

// Where the subject of trigger k starts; *inherit when it shares the previous
// trigger's subject ("acknowledged the tests and underscored ...").
int SentenceReader::subjectRegion(const QVector<StanceTrigger> &triggers, int k, bool *inherit, int *uncut)
{
    *inherit = false;
    static const QRegularExpression laterClause = ci(
        "(?:[;:]|,\\s+(?:while|whereas|but|with|as|although|though|and|who|which|after)\\b|\\s(?:but|while|whereas|that)\\s"
        // "urged Pyongyang to refrain ... and said Washington remained open to
        // dialogue": what is said has its own subject (or, with none, the speaker's).
        "|\\s(?:and\\s+)?(?:said|says|added|stated|noted)\\s+(?:that\\s+)?)");
    // "..., South Korea's military said, days after Pyongyang criticized ...": the
    // subordinate clause has its own subject.
    static const QRegularExpression firstClause = ci(
        "(?:[;:]|,\\s+(?:while|whereas|but)\\b|\\s(?:but|while|whereas|that)\\s"
        "|,\\s+(?:[\\w-]+\\s+){0,2}?(?:after|before|when|because|since|although|though|until|as)\\s)");
    int from = 0;
    if (k > 0 && triggers[k - 1].form == StanceTrigger::Active) {
        from = triggers[k - 1].end;
        const QStringView between = QStringView(m_s).mid(from, triggers[k].start - from);
        int cut = -1;
        static const AsciiWordSet laterWords{"while", "whereas", "but",  "with", "as",    "although", "though",
                                             "and",   "who",     "which", "after", "that", "said",  "says",
                                             "added", "stated",  "noted"};
        if (containsAnyOf(between, u';', u':', u':') || laterWords.maybeIn(between)) {
            for (auto it = laterClause.globalMatch(between); it.hasNext();)
                cut = it.next().capturedEnd();
        }
        *uncut = from + std::max(cut, 0);
        if (cut < 0) {
            *inherit = true;
            return from;
        }
        return from + cut;
    }
    if (k > 0)
        from = triggers[k - 1].end;
    *uncut = from;
    const QStringView before = QStringView(m_s).mid(from, triggers[k].start - from);
    int cut = 0;
    static const AsciiWordSet firstWords{"while", "whereas", "but",     "that",   "after", "before", "when",
                                         "because", "since", "although", "though", "until", "as"};
    if (containsAnyOf(before, u';', u':', u':') || firstWords.maybeIn(before)) {
        for (auto it = firstClause.globalMatch(before); it.hasNext();)
            cut = it.next().capturedEnd();
    }
    from += cut;
    // An introductory phrase before the first comma ("In July 2025,", "Similarly,",
    // "According to X,"): skipped, but "In Seoul," tells where the sentence is set.
    static const QRegularExpression intro = ci(
        "^[\\s\\-\u2013\u2014\u2022*\"\u201C]*(?:in|on|at|during|after|following|despite|amid|while|when|though|although|as|"
        "since|similarly|meanwhile|however|earlier|later|separately|according|before|last|this|early|late|also|still|"
        "instead|additionally|moreover|furthermore|afterward|afterwards|then|yet|but|and|elsewhere|likewise|by contrast|"
        "in response|in a statement|speaking|responding|asked|separately|for its part|for their part|notably|today|"
        "yesterday|overnight)\\b[^,]*,");
    // The introduction ends at a comma and starts with one of its words.
    static const AsciiWordSet introWords{
        "in", "on", "at", "during", "after", "following", "despite", "amid", "while", "when", "though", "although", "as",
        "since", "similarly", "meanwhile", "however", "earlier", "later", "separately", "according", "before", "last",
        "this", "early", "late", "also", "still", "instead", "additionally", "moreover", "furthermore", "afterward",
        "afterwards", "then", "yet", "but", "and", "elsewhere", "likewise", "by", "speaking", "responding", "asked",
        "for", "notably", "today", "yesterday", "overnight"};
    const QStringView introText = QStringView(m_s).mid(from, triggers[k].start - from);
    const bool mayIntroduce = introText.contains(QLatin1Char(',')) && introWords.maybeIn(introText);
    const auto m = mayIntroduce ? intro.match(introText) : QRegularExpressionMatch();
    if (m.hasMatch()) {
        static const QRegularExpression inPlace(QStringLiteral("^[\\s\\-]*In\\s+([A-Z][\\p{L}'\u2019-]+(?:\\s+[A-Z][\\p{L}'\u2019-]+)?)\\s*,"));
        const auto p = inPlace.match(m.captured());
        if (p.hasMatch()) {
            QString c = m_lex.countryForMetonym(p.captured(1));
            if (c.isEmpty()) {
                if (const Place *place = m_gaz.find(p.captured(1)))
                    c = m_lex.countryForIso(place->country);
            }
            m_setting = c;
        }
        from += int(m.capturedEnd());
    }
    return from;
}

// "expressed concern that Russia is expanding its cooperation with the North":
// a concern or a condemnation of what another country does, with no launch in
// it, is about that country, not a reaction to the launch.
bool SentenceReader::aboutAnotherCountry(const StanceTrigger &t, const QVector<ActorGroup> &groups) const
{
    if (t.form != StanceTrigger::Active || (t.stance != Stance::Concern && t.stance != Stance::Condemn))
        return false;
    static const QRegularExpression thatBefore = ci("^\\s+(?:[\\w,-]+\\s+){0,4}?that\\s+(?:the\\s+)?$");
    for (const ActorMention &m : m_mentions) {
        if (m.start < t.end)
            continue;
        if (m.start - t.end > 60 || !isCountryKind(m) || m.country.isEmpty() || m.country == QLatin1String("North Korea"))
            return false;
        for (const ActorGroup &g : groups) {
            if (g.countries.contains(m.country))
                return false;
        }
        if (!thatBefore.match(QStringView(m_s).mid(t.end, m.start - t.end)).hasMatch())
            return false;
        return !namesLaunch(QStringView(m_s).mid(m.end));
    }
    return false;
}

// "denounced Freedom Shield as ...": the object is a name the article calls an
// exercise elsewhere. (An actor's name, "condemned Pyongyang", is never one.)
bool SentenceReader::objectIsKnownExercise(const StanceTrigger &t) const
{
    // A name starts right after the verb (and "the"): most objects fail here.
    int at = t.end;
    while (at < m_s.size() && m_s.at(at) == QLatin1Char(' '))
        ++at;
    if (QStringView(m_s).mid(at, 4).compare(QLatin1String("the "), Qt::CaseInsensitive) == 0)
        at += 4;
    if (at >= m_s.size() || !m_s.at(at).isUpper())
        return false;
    const QStringView object = objectAfter(m_s, t.end);
    int lead = 0;
    while (lead < object.size() && object.at(lead).isSpace())
        ++lead;
    int nameAt = lead;
    if (object.mid(lead).startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        nameAt += 4;
    if (nameAt >= object.size() || !object.at(nameAt).isUpper())
        return false; // no name ("the launch", "the drills": read by namesOtherMatter)
    const int objectStart = t.end + lead;
    for (const ActorMention &m : m_mentions) {
        if (m.start >= objectStart && m.start <= objectStart + 4)
            return false;
    }
    return namesKnownExercise(object, m_article.text);
}

ActorGroup SentenceReader::lastPersonNamed()
{
    const QVector<ActorGroup> groups = makeGroups(m_mentions);
    for (int i = int(groups.size()) - 1; i >= 0; --i) {
        if (!groups[i].person.isEmpty())
            return groups[i];
    }
    // No name: one person named by office or delegation ("the foreign minister",
    // "The representative of Brazil", "Canada's delegate").
    static const QRegularExpression delegateBefore = ci(
        "\\b(?:representative|delegate|ambassador|envoy|spokesperson|spokesman|spokeswoman)\\s+(?:of|for|from)\\s+(?:the\\s+)?$");
    static const QRegularExpression delegateAfter = ci(
        "^(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:representative|delegate|ambassador|envoy)\\b");
    static const AsciiWordSet delegateWords{"representative", "delegate", "ambassador", "envoy",
                                            "spokesperson",   "spokesman", "spokeswoman"};
    const bool delegates = delegateWords.maybeIn(m_s);
    for (int i = int(groups.size()) - 1; i >= 0; --i) {
        const ActorGroup &g = groups[i];
        if (g.countries.size() != 1)
            continue;
        if (g.onePerson)
            return g;
        if (delegates
            && (delegateBefore.match(QStringView(m_s).left(g.start)).hasMatch()
                || delegateAfter.match(QStringView(m_s).mid(g.end, 40)).hasMatch()))
            return g;
    }
    return {};
}

ActorGroup SentenceReader::openingInstitution()
{
    const QVector<ActorGroup> groups = groupsIn(0, int(m_s.size()), {}, true);
    if (groups.isEmpty())
        return {};
    const ActorGroup &g = groups.first();
    // It opens the sentence (after "The" at most) and is one country's, not a person's.
    const QString before = m_s.left(g.start).trimmed();
    if (!before.isEmpty() && before.compare(QLatin1String("the"), Qt::CaseInsensitive) != 0)
        return {};
    if (g.countries.size() != 1 || g.onePerson || m_lex.mentionsNonActor(m_s.left(g.end)))
        return {};
    return g;
}

QVector<SentenceReader::Found> SentenceReader::readQuoteFirst()
{
    QVector<Found> out;
    static const QRegularExpression speakerAfter(QStringLiteral(
        "^\\s*[\u201C\"]([^\u201D\"]{2,800})[\u201D\"]\\s*,?\\s*(.{1,120}?)\\s+(said|says|added|stated|noted|told\\s+[\\w-]+)\\b"));
    static const QRegularExpression verbFirst(QStringLiteral(
        "^\\s*[\u201C\"]([^\u201D\"]{2,800})[\u201D\"]\\s*,?\\s*(said|says|added|stated)\\s+(.{1,120}?)\\s*(?:[.,;]|$)"));
    const auto a = speakerAfter.match(m_s);
    const auto b = a.hasMatch() ? a : verbFirst.match(m_s);
    if (!b.hasMatch())
        return out;
    const int sg = a.hasMatch() ? 2 : 3; // speaker group
    const int vg = a.hasMatch() ? 3 : 2; // verb group
    const QString speaker = b.captured(sg);
    if (m_lex.mentionsNonActor(speaker))
        return out;
    // "UN" inside the quote is what was said, not who said it.
    m_contextFrom = int(b.capturedStart(sg));
    const QVector<ActorGroup> groups = groupsIn(int(b.capturedStart(sg)), int(b.capturedEnd(sg)), {}, false);
    m_contextFrom = 0;
    if (groups.isEmpty())
        return out;
    // The stance is in the quoted words themselves.
    static const QVector<QPair<Stance, QRegularExpression>> cues{
        {Stance::Condemn, ci("\\b(?:condemn\\w*|denounc\\w*|violat\\w*|provocat\\w*|unacceptable|outrageous|reckless|deplor\\w*)")},
        {Stance::Urge, ci("\\b(?:call\\s+on|urge\\w*|must\\s+(?:stop|cease|halt|refrain|abandon)|refrain\\s+from)")},
        {Stance::Concern, ci("\\b(?:concern\\w*|alarm\\w*|worr\\w*)")},
        {Stance::Cooperation, ci("\\b(?:alliance|ironclad|cooperation|coordinat\\w*|solidarity|stand\\s+with|shoulder\\s+to\\s+shoulder)\\b")},
        {Stance::Dialogue, ci("\\b(?:dialogue|talks|negotiat\\w*|diplomacy)\\b")},
    };
    // The speaker is whom the next sentence's "The spokesperson" or "He" means.
    for (const ActorGroup &g : groups) {
        if (!g.person.isEmpty())
            m_d.lastPerson = g;
        if (!g.countries.isEmpty())
            m_d.lastCountry = g.countries.first();
    }
    const QString quote = b.captured(1);
    for (const auto &cue : cues) {
        if (!cue.second.match(quote).hasMatch())
            continue;
        StanceTrigger t;
        t.stance = cue.first;
        t.start = int(b.capturedStart(vg));
        t.end = int(b.capturedEnd(vg));
        for (const ActorGroup &g : groups) {
            for (const QString &c : g.countries)
                out.append({t, g, c});
        }
    }
    return out;
}

QVector<SentenceReader::Found> SentenceReader::read(const QVector<StanceTrigger> &triggers)
{
    QVector<Found> out;
    static const QRegularExpression parenthetical(QStringLiteral(
        ",\\s+(?:who|which|where|whose|when)\\b[^,]*,|[\u2014\u2013]\\s?[^\u2014\u2013]*[\u2014\u2013]|\\([^)]*\\)"));
    QVector<ActorGroup> previous;
    for (int k = 0; k < triggers.size(); ++k) {
        const StanceTrigger &t = triggers[k];
        QVector<ActorGroup> groups;
        int clauseStart = std::max(0, t.start - 60);
        QString actorText;
        if (t.form == StanceTrigger::Active) {
            bool inherit = false;
            int uncut = 0;
            const int from = subjectRegion(triggers, k, &inherit, &uncut);
            if (inherit && !previous.isEmpty()) {
                groups = previous;
            } else {
                QVector<QPair<int, int>> excluded;
                const QString region = m_s.mid(from, t.start - from);
                for (auto it = mayHoldParenthetical(region) ? parenthetical.globalMatch(region) : QRegularExpressionMatchIterator();
                     it.hasNext();) {
                    const auto p = it.next();
                    excluded.append({from + int(p.capturedStart()), from + int(p.capturedEnd())});
                }
                groups = groupsIn(from, t.start, excluded, true);
                // "Minister X called it unacceptable and said Japan had lodged a protest":
                // the speaker's own country, told by the speaker, keeps the speaker's name.
                for (ActorGroup &g : groups) {
                    if (!g.person.isEmpty() || !g.role.isEmpty())
                        continue;
                    for (const ActorGroup &p : std::as_const(previous)) {
                        if (p.countries == g.countries && (!p.person.isEmpty() || !p.role.isEmpty())) {
                            g = p;
                            break;
                        }
                    }
                }
                if (groups.isEmpty() && uncut < from) {
                    // "X said that it had detected": the main clause's subject.
                    const QStringView main = QStringView(m_s).mid(uncut, from - uncut);
                    for (auto it = mayHoldParenthetical(main) ? parenthetical.globalMatch(main) : QRegularExpressionMatchIterator();
                         it.hasNext();) {
                        const auto p = it.next();
                        excluded.append({uncut + int(p.capturedStart()), uncut + int(p.capturedEnd())});
                    }
                    groups = groupsIn(uncut, t.start, excluded, true);
                }
                PronounSpan he = pronounSubject(region);
                int heBase = from;
                if (!he.found && groups.isEmpty() && uncut < from) {
                    // "It said that it had detected": the main clause's pronoun.
                    he = pronounSubject(QStringView(m_s).mid(uncut, t.start - uncut));
                    heBase = uncut;
                }
                ActorGroup named;
                if (groups.isEmpty() && he.found && m_d.sentences && m_d.current > 0
                    && m_d.sentences->at(m_d.current - 1).end - m_d.sentences->at(m_d.current - 1).start <= kMaxSentenceRead) {
                    // The person the sentence before named, even in passing; for "It",
                    // the ministry or command that sentence opened with.
                    const Sentence &p = m_d.sentences->at(m_d.current - 1);
                    const QString ps = m_article.text.mid(p.start, p.end - p.start);
                    SentenceReader before(m_lex, m_gaz, m_article, m_d, ps, p.start);
                    named = he.neuter ? before.openingInstitution() : before.lastPersonNamed();
                }
                if (named.countries.isEmpty() && !he.neuter)
                    named = m_d.lastPerson;
                if (groups.isEmpty() && he.found && !named.countries.isEmpty()) {
                    // The actor named before, evidenced by the pronoun in this sentence.
                    ActorGroup g = named;
                    g.start = heBase + he.start;
                    g.end = heBase + he.end;
                    groups << g;
                }
                if (groups.isEmpty() && k > 0 && !previous.isEmpty())
                    groups = previous; // "..., and urged" with no new subject
                if (!groups.isEmpty() && groups.last().start >= from) {
                    // "..., a drill North Korea has denounced": a relative clause on a
                    // noun; only its own actor speaks, and about that noun.
                    const HeadNoun head = headNounBefore(m_s, groups.last().start, groups.last().end, t.start);
                    if (head.found) {
                        if (namesOtherMatter(QStringView(m_s).mid(head.start, head.end - head.start))) {
                            previous.clear();
                            continue;
                        }
                        groups.erase(std::remove_if(groups.begin(), groups.end(),
                                                    [&](const ActorGroup &g) { return g.start < head.end; }),
                                     groups.end());
                    }
                }
                actorText = withoutAudience(region);
                clauseStart = groups.isEmpty() ? from : std::max(from, groups.last().end);
                if (clauseStart > t.start)
                    clauseStart = from;
            }
        } else {
            groups = listAfter(t.agentFrom);
            if (!groups.isEmpty())
                actorText = m_s.mid(t.agentFrom, groups.last().end - t.agentFrom);
        }
        previous = groups;
        if (groups.isEmpty() || isHedged(m_s, clauseStart, t.start) || m_lex.mentionsNonActor(actorText))
            continue;
        if (aboutAnotherCountry(t, groups))
            continue;
        if (t.form == StanceTrigger::Active && (t.stance == Stance::Condemn || t.stance == Stance::Protest || t.stance == Stance::Concern)
            && objectIsKnownExercise(t))
            continue;
        // "..., where leaders from the U.S., South Korea and Japan pledged ...":
        // a clause about an earlier occasion, background to the news.
        if (containsLatin1(QStringView(m_s).left(t.start), ", where "))
            continue;
        for (const ActorGroup &g : groups) {
            if (t.needsOfficialSubject && g.role.isEmpty() && g.person.isEmpty())
                continue;
            for (const QString &c : g.countries) {
                StanceTrigger own = t;
                if (c == QLatin1String("North Korea")) {
                    // North Korea confirming or justifying its own launch is its
                    // claim, not a reaction; blaming others is denunciation.
                    if (t.stance == Stance::Acknowledge)
                        continue;
                    if (t.stance == Stance::Support) {
                        if (!m_s.mid(t.start, 4).startsWith(QLatin1String("blam"), Qt::CaseInsensitive))
                            continue;
                        own.stance = Stance::Condemn;
                    }
                }
                // One reaction per country and stance in a sentence: the fuller
                // naming wins ("Australia's Foreign Minister Penny Wong ... Canberra").
                auto same = std::find_if(out.begin(), out.end(), [&](const Found &f) {
                    return f.country == c && f.trigger.stance == own.stance;
                });
                if (same != out.end()) {
                    if (same->group.person.isEmpty() && same->group.role.isEmpty()
                        && (!g.person.isEmpty() || !g.role.isEmpty()))
                        same->group = g;
                    continue;
                }
                out.append({own, g, c});
            }
            if (!g.person.isEmpty())
                m_d.lastPerson = g;
            if (!g.countries.isEmpty())
                m_d.lastCountry = g.countries.first();
        }
    }
    // "Britain's Foreign Office said the UK condemned the launch": the saying only
    // carries the stance it reports, so a country's "said" acknowledge gives way to
    // any other stance the same country takes in the sentence.
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Found &f) {
                  if (f.trigger.stance != Stance::Acknowledge || !f.trigger.needsOfficialSubject)
                      return false;
                  return std::any_of(out.begin(), out.end(), [&](const Found &o) {
                      return o.country == f.country && o.trigger.stance != Stance::Acknowledge;
                  });
              }),
              out.end());
    return out;
}

} // namespace atlas::reaction
