#include "extract/ReactionExtractor.h"

#include "extract/ReactionSentenceReader.h"
#include "extract/reaction/FollowingQuote.h"
#include "extract/reaction/QuotedRuns.h"
#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ScareQuotes.h"
#include "extract/reaction/StanceWords.h"
#include "extract/reaction/SpeakerTurns.h"
#include "extract/reaction/SpeakerWords.h"
#include "extract/reaction/StatementDocument.h"
#include "extract/reaction/TargetAsActor.h"
#include "extract/reaction/TextSearch.h"
#include "extract/reaction/WordChecks.h"
#include "geo/Gazetteer.h"

#include <QRegularExpression>
#include <QHash>
#include <algorithm>
#include <utility>

namespace atlas {

namespace {

using reaction::Discourse;
using reaction::SentenceReader;

constexpr int kMaxSentence = 3000;

// Quoted words in a sentence: straight, curly and guillemet double quotes.
struct Quote {
    int start; // of the words, without the marks
    int end;
};
QVector<Quote> findQuotes(const QString &s)
{
    static const reaction::ReaderPattern re{QRegularExpression(QStringLiteral("\u201C([^\u201D\u201C]{1,800})\u201D|\"([^\"]{1,800})\"|\u00AB([^\u00BB]{1,800})\u00BB"))};
    QVector<Quote> out;
    // Every quote opens with one of its marks.
    if (!containsAnyOf(s, {u'\u201C', u'"', u'\u00AB'}))
        return out;
    int lastEnd = 0; // where the last paired quotation closes
    re.forEachMatch(s, [&](const auto &m) {
        for (int g = 1; g <= 3; ++g) {
            if (m.capturedStart(g) >= 0) {
                // Punctuation the writer put inside the marks ("... resolutions.")
                // belongs to the sentence, not to the words quoted.
                int e = m.capturedEnd(g);
                while (e > m.capturedStart(g) && QStringLiteral(",.;:").contains(s.at(e - 1)))
                    --e;
                out.append({int(m.capturedStart(g)), e});
            }
        }
        lastEnd = int(m.capturedEnd(0));
    });
    // A quotation that the sentence opens and does not close runs to the sentence's
    // end: the quoted words go on in the next sentence, or, as British and wire
    // style writes a quotation of several paragraphs, in the next paragraph, which
    // opens with the mark again ('... said: "The UK condemns the launch ...
    // resolutions.' then '"These reckless actions ...').
    const QStringView rest = QStringView(s).mid(lastEnd);
    qsizetype open = rest.indexOf(u'\u201C');
    if (open < 0 && rest.count(u'"') == 1)
        open = rest.indexOf(u'"');
    if (open >= 0 && !rest.mid(open + 1).contains(u'\u201D')) {
        const int start = lastEnd + int(open) + 1;
        int e = int(s.size());
        while (e > start && (s.at(e - 1).isSpace() || QStringLiteral(",.;:").contains(s.at(e - 1))))
            --e;
        if (QStringView(s).mid(start, e - start).count(u' ') >= 3)
            out.append({start, e});
    }
    return out;
}

// A month without a year in an undated article ("Lavrov's July visit"): the
// year of the last dated expression before it in the article.
FuzzyDate withContextYear(const QVector<DateMention> &articleDates, const DateMention &mention)
{
    if (mention.date.precision != DatePrecision::Unknown || mention.date.month <= 0)
        return mention.date; // weekdays stay weekdays; the tagger's own results stand
    for (int i = int(articleDates.size()) - 1; i >= 0; --i) {
        const DateMention &d = articleDates[i];
        if (d.start >= mention.start || !d.date.isKnown() || d.bareYear)
            continue;
        const QDate first(d.date.latest.year(), mention.date.month, 1);
        return FuzzyDate::between(first, first.addMonths(1).addDays(-1), DatePrecision::Month, mention.date.text);
    }
    return mention.date;
}

// What the bare-month pattern of datesIn needs, read by hand: a possessive 's
// (straight or curly), PCRE's \s (ASCII spaces) after it, then a month's name
// as written. Most sentences have no possessive before a month, and skip the
// pattern.
bool mayNameBareMonth(QStringView s)
{
    static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = findAnyOf(d, 0, n, {u'\'', u'\u2019'}); i + 1 < n; i = findAnyOf(d, i + 1, n, {u'\'', u'\u2019'})) {
        if (d[i + 1] != u's')
            continue;
        qsizetype j = i + 2;
        while (j < n && isPcreSpace(d[j]))
            ++j;
        if (j == i + 2)
            continue;
        for (const char *month : months) {
            qsizetype k = 0;
            while (month[k] && j + k < n && d[j + k] == char16_t(month[k]))
                ++k;
            if (!month[k])
                return true;
        }
    }
    return false;
}

// The tagger's dates, plus months named bare as an attribute ("Lavrov's July
// visit"), which it leaves alone: dated to the publication year (or the one
// before, for a later month), else to the year of the last dated expression.
QVector<DateMention> datesIn(const TemporalTagger &tagger, const QString &s, int offset)
{
    QVector<DateMention> out = tagger.tag(s, offset);
    if (!mayNameBareMonth(s))
        return out;
    static const QRegularExpression month(QStringLiteral(
        "(?:'s|’s)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s*\\d)"));
    for (auto it = month.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int start = offset + int(m.capturedStart(1));
        const int end = offset + int(m.capturedEnd(1));
        bool covered = false;
        for (const DateMention &d : out)
            covered = covered || (d.start < end && start < d.end);
        if (covered)
            continue;
        // The month's number, from its name as the pattern caught it (one of these
        // twelve, as written): what QLocale::c().toDate(name, "MMMM") reads.
        static const QStringList monthList{QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                                           QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
                                           QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
                                           QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
        const int mon = int(monthList.indexOf(m.captured(1))) + 1;
        int year = 0;
        const QDate anchor = tagger.anchor();
        if (anchor.isValid())
            year = mon <= anchor.month() ? anchor.year() : anchor.year() - 1;
        else if (tagger.yearHint() > 0)
            year = tagger.yearHint();
        DateMention d;
        d.start = start;
        d.end = end;
        d.date = FuzzyDate::unknown(0, m.captured(1));
        if (year > 0) {
            const QDate first(year, mon, 1);
            d.date = FuzzyDate::between(first, first.addMonths(1).addDays(-1), DatePrecision::Month, m.captured(1));
        } else {
            // Left for withContextYear: a month with no year at all yet.
            d.date.month = mon;
        }
        out << d;
    }
    return out;
}

Evidence evidence(const Article &a, const QString &field, int start, int end)
{
    return Evidence{a.id, field, start, end, a.text, 0};
}

// A sentence in the speaker's own words, as a quote: without a paragraph
// number before it ("3. We urge ...") or the stop after it.
std::pair<int, int> ownWordsSpan(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(?:\\(?\\d{1,2}[.)]\\s+)?"));
    int from = int(number.match(s).capturedEnd());
    // (A transcript's speaker label, "MR PIGOTT: We condemn ...", or a verbatim
    // record's, "Ms. Hartley (United Kingdom): ...", is not spoken.)
    if (const int record = reaction::recordSpeakerLabel(QStringView(s).mid(from)); record > 0) {
        from += record;
        while (from < s.size() && s.at(from).isSpace())
            ++from;
    } else if (const QStringView label = reaction::turnLabel(QStringView(s).mid(from)); !label.isEmpty()) {
        from = int(QStringView(s).indexOf(u':', from)) + 1;
        while (from < s.size() && (s.at(from) == QLatin1Char('*') || s.at(from).isSpace()))
            ++from;
    }
    int to = int(s.size());
    while (to > from && (s.at(to - 1).isSpace() || QStringLiteral(".,;:").contains(s.at(to - 1))))
        --to;
    return {from, to};
}

// "The European Union strongly condemns", "Brazil urges": a statement's issuer
// speaks in the present; "South Korea and Japan have condemned the launch" reports
// others. The trigger's first word ends in a present "-s" with no auxiliary before.
bool speaksInPresent(const QString &s, const StanceTrigger &t)
{
    qsizetype e = t.start;
    while (e < t.end && s.at(e).isLetter())
        ++e;
    const QStringView verb = QStringView(s).mid(t.start, e - t.start);
    if (verb.size() < 3 || !verb.endsWith(u's') || verb.endsWith(QLatin1String("ss")))
        return false;
    static const QRegularExpression auxiliary(QStringLiteral("\\b(?:has|have|had|was|were|is)\\s+(?:\\w+ly\\s+)?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    return !auxiliary.match(QStringView(s).left(t.start)).hasMatch();
}

// The quotation of a sentence spoken again by the speaker of the reactions the
// sentence before gave without one: their quote ('... lodged a strong protest.
// "The launches threaten our peace," Mr. Kihara said.').
void lendFollowingQuote(const Article &article, const Sentence &sentence, QStringView view,
                        const QVector<int> &waiting, QVector<Reaction> &out)
{
    if (!containsAnyOf(view, {u'\u201C', u'"', u'\u00AB'}))
        return;
    const QString s = view.toString();
    const QVector<Quote> quotes = findQuotes(s);
    if (quotes.isEmpty())
        return;
    // Outside the marks: before the first (one character before its words) and
    // after the last (one after them, past punctuation findQuotes left out).
    const int open = quotes.first().start - 1;
    int close = quotes.last().end;
    while (close < s.size() && s.at(close) != QLatin1Char('"') && s.at(close) != QChar(0x201D) && s.at(close) != QChar(0x00BB))
        ++close;
    const QStringView before = QStringView(s).left(std::max(open, 0));
    const QStringView after = QStringView(s).mid(std::min(close + 1, int(s.size())));
    QStringList parts;
    for (const Quote &q : quotes)
        parts << s.mid(q.start, q.end - q.start);
    for (int j : waiting) {
        Reaction &r = out[j];
        if (!r.quote.isEmpty())
            continue;
        // (Korean and Chinese names put the family name first: "Lee Jae Myung" is Mr. Lee.)
        const QStringView surname = r.person.contains(QLatin1Char(' ')) ? reaction::familyName(r.person, r.actor) : QStringView();
        // The words before the stance in its sentence: who said it.
        const Evidence said = evidenceFor(r.evidence, QStringLiteral("reaction"));
        const Evidence stance = evidenceFor(r.evidence, QStringLiteral("stance"));
        const QStringView subjectWords = said.isValid() && stance.isValid() && stance.start >= said.start
                                             ? QStringView(article.text).mid(said.start, stance.start - said.start)
                                             : QStringView();
        const reaction::SpeaksAgain who = reaction::speaksAgain(before, after, surname, subjectWords);
        // Someone referred to ("she added", "the ministry said") is the speaker
        // only where one reaction, of a named person or office, waits.
        if (who == reaction::SpeaksAgain::No
            || (who == reaction::SpeaksAgain::Referring && (waiting.size() != 1 || (r.person.isEmpty() && r.role.isEmpty()))))
            continue;
        r.quote = parts.join(QStringLiteral(" ... "));
        for (const Quote &q : quotes)
            r.evidence << evidence(article, QStringLiteral("quote"), sentence.start + q.start, sentence.start + q.end);
    }
}

} // namespace

ReactionExtractor::ReactionExtractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer), m_lexicon(ActorLexicon::bundled())
{
}

ReactionExtractor::ReactionExtractor() : ReactionExtractor(Gazetteer::bundled()) {}

ReactionExtractor::~ReactionExtractor() = default;

int ReactionExtractor::sentenceIndexOf(const Reaction &reaction, const QVector<Sentence> &sentences)
{
    const Evidence e = evidenceFor(reaction.evidence, QStringLiteral("reaction"));
    if (!e.isValid())
        return -1;
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), e.start,
                                     [](int pos, const Sentence &s) { return pos < s.start; });
    if (it == sentences.begin())
        return -1;
    const int i = int(it - sentences.begin()) - 1;
    return e.start < sentences[i].end ? i : -1;
}

namespace {
// ""...," a spokesperson said, urging Pyongyang to refrain from ...": after a
// quotation read with its speaker (`found`), the words that follow may take
// another stance. Only the quotation's speaker goes on speaking there: a
// participle right after the attribution (", urging ...") is theirs whoever the
// reader would take for its subject (a country the quotation named); other
// findings count when they are the speaker's.
void addStancesAfterQuotation(SentenceReader &reader, const QString &s, const QVector<StanceTrigger> &triggers,
                              QVector<SentenceReader::Found> &found)
{
    const QVector<Quote> quotes = findQuotes(s);
    if (quotes.isEmpty())
        return;
    QVector<StanceTrigger> after; // the triggers after the opening quotation's words
    for (const StanceTrigger &t : triggers) {
        if (t.start >= quotes.first().end)
            after << t;
    }
    if (after.isEmpty())
        return;
    const QVector<SentenceReader::Found> speakers = found;
    for (SentenceReader::Found f : reader.read(after)) {
        int b = f.trigger.start;
        while (b > 0 && s.at(b - 1).isSpace())
            --b;
        int wordEnd = f.trigger.start;
        while (wordEnd < f.trigger.end && s.at(wordEnd).isLetter())
            ++wordEnd;
        const bool participle = b > 0 && s.at(b - 1) == QLatin1Char(',')
            && QStringView(s).mid(f.trigger.start, wordEnd - f.trigger.start).endsWith(QLatin1String("ing"));
        const bool speaker = std::any_of(speakers.begin(), speakers.end(),
                                         [&](const SentenceReader::Found &g) { return g.country == f.country; });
        if (participle && !speaker) {
            f.group = speakers.first().group;
            f.country = speakers.first().country;
        } else if (!speaker) {
            continue;
        }
        const bool known = std::any_of(found.begin(), found.end(), [&](const SentenceReader::Found &g) {
            return g.country == f.country && g.trigger.stance == f.trigger.stance;
        });
        if (!known)
            found << f;
    }
}

} // namespace

QVector<Reaction> ReactionExtractor::extract(const Article &article, const QVector<Sentence> &splitterSentences,
                                             const TemporalTagger &tagger) const
{
    // A quotation of several sentences is read as one: its speaker, stance and
    // words are in different pieces of it (reaction/QuotedRuns.h).
    bool joined = false;
    const QVector<Sentence> runs = reaction::joinQuotedRuns(article.text, splitterSentences, &joined);
    const QVector<Sentence> &sentences = joined ? runs : splitterSentences;
    QVector<Reaction> out;
    Discourse discourse;
    discourse.sentences = &sentences;
    QVector<DateMention> articleDates;
    bool articleDatesReady = false;
    // The last sentence whose dates were tagged, and its dates: the sentence before
    // is often one (a tagging depends on nothing but the sentence's text and place).
    int taggedSentence = -1;
    QVector<DateMention> taggedDates;
    // The reactions the sentence before gave without a quote: the next sentence
    // may be their speaker's words (reaction/FollowingQuote.h).
    QVector<int> quoteless;
    // Whether the article is an official statement: read from its head only when a
    // sentence gives a reaction without quotation marks (most articles never ask).
    int statementAsked = -1;
    auto isStatement = [&] {
        if (statementAsked < 0)
            statementAsked = reaction::isStatementDocument(article.text) ? 1 : 0;
        return statementAsked == 1;
    };
    QString issuer;
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &sentence = sentences[si];
        const QVector<int> waiting = std::exchange(quoteless, {});
        if (sentence.end <= sentence.start || sentence.end > article.text.size())
            continue;
        const QStringView view = QStringView(article.text).mid(sentence.start, sentence.end - sentence.start);
        // A "sentence" of thousands of characters is a blob (a table, a run-on
        // list, a broken file), not prose a reaction can be read from.
        if (sentence.heading || view.size() > kMaxSentence || view.endsWith(QLatin1Char('?')))
            continue;
        if (!waiting.isEmpty())
            lendFollowingQuote(article, sentence, view, waiting, out);
        // One pass over the words says whether any stance pattern can match at
        // all; most sentences end here, without a copy or a regular expression.
        thread_local reaction::StanceScan scan;
        reaction::scanStanceWords(view, &scan);
        const bool quoteFirst = !view.isEmpty() && (view.at(0) == QLatin1Char('"') || view.at(0) == QChar(0x201C));
        if (!quoteFirst && !mayFindStanceTriggers(scan))
            continue;
        const QString s = view.toString();
        const QVector<StanceTrigger> triggers = findStanceTriggers(reaction::withoutShortQuotationMarks(s), scan);
        if (triggers.isEmpty() && !quoteFirst)
            continue;
        discourse.current = si;
        SentenceReader reader(*m_lexicon, m_gazetteer, article, discourse, s, sentence.start);
        auto found = quoteFirst ? reader.readQuoteFirst() : QVector<SentenceReader::Found>();
        if (found.isEmpty()) {
            found = reader.read(triggers);
        } else if (!triggers.isEmpty()) {
            addStancesAfterQuotation(reader, s, triggers, found);
        }
        if (found.isEmpty() || reader.aboutArtilleryOnly())
            continue;
        const QVector<Quote> quotes = findQuotes(s);
        const QVector<DateMention> dates = datesIn(tagger, s, sentence.start);
        const bool previousTagged = taggedSentence == si - 1;
        QVector<DateMention> prevDates = previousTagged ? taggedDates : QVector<DateMention>();
        bool prevDatesReady = previousTagged;
        taggedSentence = si;
        taggedDates = dates;
        const int firstNew = int(out.size());
        // The whole sentence's evidence: one copy of its text, shared by its reactions.
        const Evidence sentenceEvidence = evidence(article, QStringLiteral("reaction"), sentence.start, sentence.end);
        // (The sentence before's dates, prevDates, are tagged when a reaction first
        // needs them, the same for every reaction of this sentence.)
        for (const auto &f : found) {
            // "We urge North Korea to ...": the country criticised is not the speaker.
            if (f.country == QLatin1String("North Korea") && reaction::northKoreaIsTheTarget(s, f.trigger.stance, f.group.start, f.group.end))
                continue;
            Reaction r;
            r.articleId = article.id;
            r.actor = f.country;
            r.person = f.group.person;
            r.role = f.group.role;
            r.stance = f.trigger.stance;
            const int base = sentence.start;
            r.evidence.reserve(4);
            r.evidence << sentenceEvidence
                       << evidence(article, QStringLiteral("actor"), base + f.group.start, base + f.group.end)
                       << evidence(article, QStringLiteral("stance"), base + f.trigger.start, base + f.trigger.end);
            // The date said: before the verb in its sentence, or right after it.
            const DateMention *best = nullptr;
            for (const DateMention &d : dates) {
                if (d.bareYear)
                    continue;
                const int rel = d.start - base;
                if (rel < f.trigger.start || rel - f.trigger.end <= 30)
                    best = rel < f.trigger.end + 31 ? &d : best;
            }
            if (!best && !r.person.isEmpty() && si > 0) {
                // "Lavrov's July visit ... Lavrov expressed sympathy": the visit's date.
                const Sentence &p = sentences[si - 1];
                // (The person's last word: what r.person.section(' ', -1) gives.)
                const QStringView surname = QStringView(r.person).mid(r.person.lastIndexOf(QLatin1Char(' ')) + 1);
                if (reaction::containsText(QStringView(article.text).mid(p.start, p.end - p.start), surname)) {
                    if (!prevDatesReady) {
                        prevDates = datesIn(tagger, article.text.mid(p.start, p.end - p.start), p.start);
                        prevDatesReady = true;
                    }
                    for (const DateMention &d : prevDates) {
                        if (!d.bareYear) {
                            best = &d;
                            break;
                        }
                    }
                }
            }
            if (best) {
                r.date = best->date;
                if (!r.date.isKnown() && best->date.month > 0) {
                    // Tagged once per article, and only when a bare month needs a year.
                    if (!articleDatesReady) {
                        articleDates = tagger.tag(article.text);
                        articleDatesReady = true;
                    }
                    r.date = withContextYear(articleDates, *best);
                }
                r.evidence << evidence(article, QStringLiteral("date"), best->start, best->end);
            }
            out << std::move(r);
        }
        // Quotes go to the reaction whose verb comes before them (or the first after),
        // and to the same actor's other reactions in the sentence that have none of
        // their own: "said it "strongly condemns" the launch and urged the North to
        // "immediately halt" ..." gives the urge the second quote, not the first.
        QHash<int, QVector<Quote>> byTrigger;
        for (const Quote &q : quotes) {
            int owner = -1;
            for (int i = 0; i < found.size(); ++i) {
                if (found[i].trigger.start < q.start)
                    owner = i;
            }
            if (owner < 0)
                owner = 0;
            byTrigger[found[owner].trigger.start] << q;
        }
        // First pass: each reaction its own quotes; second: lent to the same actor.
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < found.size(); ++i) {
                const auto qs = byTrigger.value(found[i].trigger.start);
                if (qs.isEmpty())
                    continue;
                QStringList parts;
                for (const Quote &q : qs)
                    parts << s.mid(q.start, q.end - q.start);
                for (int j = firstNew; j < out.size(); ++j) {
                    Reaction &r = out[j];
                    const bool own = byTrigger.contains(found[j - firstNew].trigger.start);
                    const bool same = pass == 0 ? j - firstNew == i : (r.actor == found[i].country && !own);
                    if (!same || !r.quote.isEmpty())
                        continue;
                    r.quote = parts.join(QStringLiteral(" ... "));
                    for (const Quote &q : qs)
                        r.evidence << evidence(article, QStringLiteral("quote"), sentence.start + q.start, sentence.start + q.end);
                }
            }
        }
        // A statement or transcript speaking as "We", outside quotation marks:
        // the sentence is the speaker's own words (after a paragraph number); and
        // so is any sentence of an official statement that its issuer (the first
        // actor to react in it) speaks.
        if (quotes.isEmpty()) {
            // ("Mr. Wood (United States): The United States condemns this launch in
            // the strongest terms.": a verbatim record's speaker's words are quoted as
            // spoken, without quotation marks.)
            QString recordSpeaker;
            bool recordSpeakerAsked = false;
            for (int j = firstNew; j < out.size(); ++j) {
                const bool statement = isStatement();
                // (A statement under its letterhead, "Ministry of Defense, Japan / Press
                // Release", is its country's, whatever tense it reports in: "Japan has
                // lodged a strong protest".)
                if (statement && issuer.isEmpty()) {
                    issuer = reader.letterheadCountry();
                    if (issuer.isEmpty() && speaksInPresent(s, found[j - firstNew].trigger))
                        issuer = out[j].actor;
                }
                const bool issuers = statement && out[j].actor == issuer;
                if (!found[j - firstNew].group.ownWords && !issuers && !recordSpeakerAsked) {
                    recordSpeaker = reader.recordSpeakerCountry();
                    recordSpeakerAsked = true;
                }
                const bool speakers = !recordSpeaker.isEmpty() && out[j].actor == recordSpeaker;
                if ((!found[j - firstNew].group.ownWords && !issuers && !speakers) || !out[j].quote.isEmpty())
                    continue;
                const auto [from, to] = ownWordsSpan(s);
                out[j].quote = s.mid(from, to - from);
                out[j].evidence << evidence(article, QStringLiteral("quote"), sentence.start + from, sentence.start + to);
            }
        }
        for (int j = firstNew; j < out.size(); ++j) {
            if (out[j].quote.isEmpty())
                quoteless << j;
        }
    }
    // One reaction per actor, stance and person in an article; a later mention
    // lends its quote to the first when the first had none. The country's own
    // stance, said first without a speaker ("The Kremlin understands ..."), takes
    // the quote its spokesman gives for it next ("\"We understand ...,\" Peskov said").
    // (Read from the end: the nearest later quote of each actor and stance is
    // kept as the walk goes, so a long text with many quoteless reactions is
    // read once, not once per reaction.)
    QHash<QPair<QString, int>, int> laterQuote; // actor and stance -> the nearest later reaction quoting them
    for (int i = int(out.size()) - 1; i >= 0; --i) {
        const QPair<QString, int> key{out[i].actor, int(out[i].stance)};
        if (!out[i].quote.isEmpty()) {
            laterQuote[key] = i; // (a quote of its own: lent ones are not lent on)
            continue;
        }
        if (!out[i].person.isEmpty() || !out[i].role.isEmpty())
            continue;
        const auto it = laterQuote.constFind(key);
        if (it == laterQuote.constEnd())
            continue;
        const Reaction &later = out[*it];
        out[i].quote = later.quote;
        for (const Evidence &e : later.evidence) {
            if (e.field == QLatin1String("quote"))
                out[i].evidence << e;
        }
    }
    // One reaction per actor, stance and speaker. Two offices of one country are two
    // speakers ("the Joint Chiefs called the launches "a clear provocation"", then
    // "The council "strongly condemned" the launches"); an office named once in
    // full and once shortened ("Joint Chiefs of Staff", "Joint Chiefs"), or once
    // not at all, is one.
    auto sameOffice = [](const QString &a, const QString &b) {
        return a.isEmpty() || b.isEmpty() || a.contains(b, Qt::CaseInsensitive) || b.contains(a, Qt::CaseInsensitive);
    };
    QVector<Reaction> unique;
    for (Reaction &r : out) {
        auto it = std::find_if(unique.begin(), unique.end(), [&](const Reaction &u) {
            return u.actor == r.actor && u.stance == r.stance && u.person == r.person
                && (!u.person.isEmpty() || sameOffice(u.role, r.role));
        });
        if (it == unique.end()) {
            unique << std::move(r); // (out is not read again)
        } else if (it->quote.isEmpty() && !r.quote.isEmpty()) {
            it->quote = r.quote;
            for (const Evidence &e : r.evidence) {
                if (e.field == QLatin1String("quote"))
                    it->evidence << e;
            }
        }
    }
    // (Concatenated rather than QString::arg, which costs more than the rest of a
    // reaction; an id with a '%' in it keeps arg's reading of it.)
    const bool plainId = !article.id.contains(QLatin1Char('%'));
    const QString idPrefix = plainId ? article.id + QLatin1String("-r") : QString();
    for (int i = 0; i < unique.size(); ++i) {
        unique[i].id = plainId ? idPrefix + QString::number(i + 1) : QStringLiteral("%1-r%2").arg(article.id).arg(i + 1);
    }
    return unique;
}

} // namespace atlas
