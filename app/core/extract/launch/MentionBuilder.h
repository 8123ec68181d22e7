#pragma once
// The launch mentions of one article while the launch extractor builds them, and
// what the extractor remembers of each beside it: creating a mention, dating it,
// citing evidence for a field and recording a conflict. One owner for that state,
// so the walk over cues, the field reader and the finishing passes share it.
#include "extract/TemporalTagger.h"
#include "model/Launch.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace atlas::launch {

class MentionBuilder {
public:
    MentionBuilder(const QString &text, const QString &articleId) : m_text(text), m_articleId(articleId) {}
    MentionBuilder(const MentionBuilder &) = delete;
    MentionBuilder &operator=(const MentionBuilder &) = delete;

    const QString &text() const { return m_text; }

    // Cites text[start, end) as evidence of `field`, once (and at most a few hundred spans).
    void evidence(LaunchMention &m, const QString &field, int start, int end) const;
    // Records that `field` was stated both as `first` and as `second`.
    void conflict(LaunchMention &m, const QString &field, const QString &first, const QString &second) const;
    // A new mention, the cue that introduced it as its launch evidence; its index.
    int create(LaunchRole role, int cueStart, int cueEnd);
    // Dates mention k from d (said in `sentence`) unless it is dated already; a day
    // inside the period it holds refines it. A date not resolvable yet is remembered.
    void setDate(int k, const DateMention &d, int sentence);

    QVector<LaunchMention> ms;  // the mentions, in the order they were created
    QVector<DateMention> dateOf;    // per mention: the date mention its date came from
    QVector<int> dateSentence;      // per mention: the sentence of that date
    QSet<int> definiteCount;        // mentions whose count is only "the missile" so far
    QVector<bool> verbReported;     // per mention: some cue was a launch verb
    QVector<bool> unnamedSea;       // per mention: "landing in the sea", which sea unsaid
    QString lastSea;                // the sea last named for a launch, and which launch it was
    int lastSeaOf = -1;
    int primary = -1;
    int current = -1;      // the launch being told
    bool shipTold = false; // the last launch told was a ship's

private:
    const QString &m_text;
    const QString &m_articleId;
};

} // namespace atlas::launch
