#include "extract/reaction/SpeakerTurns.h"

#include "extract/ActorLexicon.h"
#include "extract/AsciiWordTable.h"
#include "extract/reaction/ReaderWords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace atlas::reaction {

namespace {

bool isNameUnit(QChar c)
{
    return c.isLetter() || c == u'.' || c == u'\'' || c == u'\u2019' || c == u'-';
}

// Labels that head a line of metadata, not a speaker's turn.
bool isMetadataLabel(QStringView label)
{
    static const AsciiWordTable words{"published", "updated", "update", "posted", "date", "time", "source", "sources",
                                        "by", "tags", "categories", "category", "note", "notes", "location", "subject",
                                        "from", "to", "sent", "summary", "photo", "credit", "image", "watch", "read",
                                        "listen", "share", "related", "topics", "filed", "correction", "editor",
                                        "dateline", "transcript", "exclusive", "analysis", "interview", "opinion",
                                        "breaking", "live", "watch", "update", "editorial"};
    return words.contains(label);
}

// Labels of the ones asking, whatever the head says ("answer to a media question").
bool isQuestionLabel(QStringView label)
{
    static const AsciiWordTable words{"question", "questions", "q", "a", "answer", "reporter", "journalist",
                                        "audience", "participant"};
    return words.contains(label);
}

// "MR", "Ms.", "Dr": a courtesy title before the name a head gives without it.
bool isHonorific(QStringView word)
{
    static const AsciiWordTable words{"mr", "ms", "mrs", "dr", "amb", "prof"};
    return words.contains(word.endsWith(u'.') ? word.chopped(1) : word);
}

// Words before a surname in a byline that are a title, not a first name.
bool isTitleWord(QStringView word)
{
    static const AsciiWordTable words{"spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "ambassador",
                                        "deputy", "principal", "director", "president", "chairman", "chair", "press",
                                        "senior", "official", "envoy", "counselor", "adviser", "advisor"};
    return words.contains(word);
}

// Where name (caseless, whole words) first occurs in text; -1 when it does not.
qsizetype findName(QStringView text, QStringView name)
{
    for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + name.size();
        if ((at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
            return at;
    }
    return -1;
}

struct Label {
    qsizetype line = 0; // where its line starts
    QString name;       // without a courtesy title
};

} // namespace

QStringView turnLabel(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t' || line.at(i) == u'*'))
        ++i;
    const qsizetype from = i;
    int words = 0;
    while (i < line.size() && words < 5 && line.at(i).isUpper()) {
        while (i < line.size() && isNameUnit(line.at(i)))
            ++i;
        ++words;
        if (i + 1 < line.size() && line.at(i) == u' ' && line.at(i + 1).isUpper())
            ++i;
        else
            break;
    }
    if (words == 0 || i >= line.size() || line.at(i) != u':')
        return {};
    const QStringView label = line.mid(from, i - from);
    qsizetype after = i + 1;
    while (after < line.size() && line.at(after) == u'*')
        ++after;
    if (after + 1 >= line.size() || line.at(after) != u' ' || line.at(after + 1).isSpace())
        return {};
    return label;
}

SpeakerTurns SpeakerTurns::read(const QString &text, const ActorLexicon &lexicon)
{
    SpeakerTurns out;
    QVector<Label> labels;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        const QStringView label = turnLabel(QStringView(text).mid(at, std::min<qsizetype>(end - at, 200)));
        if (!label.isEmpty()) {
            QStringList words = label.toString().split(u' ');
            if (words.size() > 1 && isHonorific(words.first()))
                words.removeFirst();
            labels.append({at, words.join(u' ')});
        }
        at = end + 1;
    }
    // The head ends at the first speaker's label (metadata lines such as
    // "Published: ..." belong to it).
    qsizetype headEnd = -1;
    for (const Label &l : labels) {
        if (!isMetadataLabel(l.name)) {
            headEnd = l.line;
            break;
        }
    }
    if (headEnd <= 0)
        return out;
    const QStringView head = QStringView(text).left(headEnd);
    // The answerer: a label the head names, and the name as the head gives it.
    QHash<QString, QString> answerers;
    bool envoy = false;
    for (const Label &l : labels) {
        if (l.line < headEnd || answerers.contains(l.name) || isMetadataLabel(l.name) || isQuestionLabel(l.name))
            continue;
        const bool oneWord = !l.name.contains(u' ');
        if (oneWord && l.name.size() < 4)
            continue;
        const qsizetype at = findName(head, l.name);
        if (at < 0)
            continue;
        // "moderated by Kim Jin-a of Yonhap": the one asking, named in the head.
        const QStringView lead = head.mid(std::max<qsizetype>(0, at - 24), std::min<qsizetype>(at, 24));
        if (lead.contains(QLatin1String("moderat"), Qt::CaseInsensitive) || lead.contains(QLatin1String("host"), Qt::CaseInsensitive)
            || lead.contains(QLatin1String("reporter"), Qt::CaseInsensitive))
            continue;
        // An ambassador or envoy speaks abroad: the head's place is not their country.
        if (lead.contains(QLatin1String("ambassador"), Qt::CaseInsensitive) || lead.contains(QLatin1String("envoy"), Qt::CaseInsensitive))
            envoy = true;
        QString person = head.mid(at, l.name.size()).toString();
        if (oneWord) {
            // "Tommy Pigott, Principal Deputy Spokesperson" for "MR PIGOTT".
            qsizetype s = at - 1;
            if (s > 0 && head.at(s) == u' ') {
                qsizetype w = s;
                while (w > 0 && isNameUnit(head.at(w - 1)))
                    --w;
                const QStringView first = head.mid(w, s - w);
                if (!first.isEmpty() && first.at(0).isUpper() && !isTitleWord(first))
                    person = first.toString() + u' ' + person;
            }
        }
        answerers.insert(l.name, person);
    }
    if (answerers.isEmpty())
        return out;
    // The turns: from each label's line to the next speaker's label.
    QVector<SpeakerTurn> turns;
    for (int k = 0; k < labels.size(); ++k) {
        if (labels[k].line < headEnd || isMetadataLabel(labels[k].name) || !answerers.contains(labels[k].name))
            continue;
        qsizetype next = text.size();
        for (int m = k + 1; m < labels.size(); ++m) {
            if (!isMetadataLabel(labels[m].name)) {
                next = labels[m].line;
                break;
            }
        }
        turns.append({int(labels[k].line), int(next), QString(), answerers.value(labels[k].name)});
    }
    // The country: the first the head's short lines name. (Not the one the
    // answerer's turns name most: a Chinese spokesperson's answers name the United
    // States more often than China.)
    QString country;
    for (qsizetype at = 0; at < head.size() && country.isEmpty();) {
        qsizetype end = head.indexOf(u'\n', at);
        if (end < 0)
            end = head.size();
        const QString line = head.mid(at, end - at).trimmed().toString();
        at = end + 1;
        // (Prose, as a paragraph of news read out before the questions, is not the
        // head's own line; "Washington, D.C." is.)
        if (line.isEmpty() || line.size() > 160 || (line.endsWith(u'.') && line.count(u' ') >= 8))
            continue;
        // A line's first country is what the line is about: "Choe Son Hui answers KCNA
        // question on Japan's missile defense" is North Korea's, not Japan's, and
        // North Korea, the subject of most briefings, is never taken from a head.
        for (const ActorMention &m : lexicon.find(line)) {
            if (m.country.isEmpty())
                continue;
            const bool place = m.kind == ActorMention::Metonym || m.kind == ActorMention::Country;
            const bool barePlace = place && line.count(u' ') <= 3;
            if (m.country != QLatin1String("North Korea") && !(envoy && barePlace))
                country = m.country;
            break;
        }
    }
    // Two answerers (a joint press availability) may be of two countries: none is
    // told. A turn without a country still says whose "We" it is not: not the
    // country a question named last.
    if (answerers.size() != 1)
        country.clear();
    for (SpeakerTurn &t : turns)
        t.country = country;
    out.m_turns = turns;
    return out;
}

const SpeakerTurn *SpeakerTurns::at(int offset) const
{
    for (const SpeakerTurn &t : m_turns) {
        if (offset >= t.start && offset < t.end)
            return &t;
    }
    return nullptr;
}

int recordSpeakerLabel(QStringView line, QString *country)
{
    // An honorific, a name, the country in brackets (and the language spoken), a colon.
    static const QRegularExpression label(QStringLiteral(
        "^\\s*(?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Baroness)\\.?\\s+\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3}\\s*"
        "\\(([^()\\n]{2,60})\\)(?:\\s*\\((?:spoke|speaking)\\s+in\\s+\\p{L}+\\))?\\s*:"));
    if (line.isEmpty() || !QStringLiteral("MDSLB").contains(line.trimmed().left(1)))
        return 0; // (most lines: no honorific first)
    const QRegularExpressionMatch m = label.match(line.left(200));
    if (!m.hasMatch())
        return 0;
    if (country)
        *country = m.captured(1);
    return int(m.capturedEnd());
}

} // namespace atlas::reaction
