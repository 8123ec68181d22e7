#pragma once
// A transcript's turns ("MR PIGOTT: So we're aware of the launches, and we
// strongly condemn them.", "Guo Jiakun: We noted the relevant reports."):
// whose words a "We" in them is. Without this, "We" meant the country the
// text last named, which in a briefing is the country a reporter asked about.
//
// A turn opens a line with a label and a colon. The one answering is a label
// whose name the head of the text (everything before the first label) gives:
// the briefing's title or byline ("Tommy Pigott, Principal Deputy
// Spokesperson", "Maria Zakharova's answer to a media question"); questioners'
// labels ("QUESTION:", "Bloomberg:") are not there, nor one the head says
// moderates. The answerer's country is the first the head's short lines name
// ("The Ministry of Foreign Affairs of the Russian Federation", "Washington,
// DC"; not North Korea, what briefings are asked about, and not the place an
// ambassador speaks in). With no such country, or two answerers, the turns
// have none: their "We" is then nobody's the reader can name.
#include <QString>
#include <QStringView>
#include <QVector>

namespace atlas {
class ActorLexicon;
}

namespace atlas::reaction {

struct SpeakerTurn {
    int start = 0; // the label's line
    int end = 0;   // the next label's line, or the end of the text
    QString country;
    QString person; // the answerer's name as the head gives it ("Tommy Pigott")
};

class SpeakerTurns {
public:
    // The answerer's turns of the text (country empty when it cannot be told);
    // none when it is no transcript.
    static SpeakerTurns read(const QString &text, const ActorLexicon &lexicon);
    // The answerer's turn holding offset, or nullptr.
    const SpeakerTurn *at(int offset) const;
    const QVector<SpeakerTurn> &turns() const { return m_turns; }

private:
    QVector<SpeakerTurn> m_turns;
};

// The label at the start of line ("MR PIGOTT", "Guo Jiakun", "QUESTION"), or
// an empty view: up to four capitalised words, an optional honorific first,
// then a colon and the words spoken on the same line.
QStringView turnLabel(QStringView line);

// A verbatim record's label at the start of `line`, "Mr. Yermolov (Russian
// Federation) (spoke in Russian):": its length, colon included (0: none), and in
// *country the words in its brackets.
int recordSpeakerLabel(QStringView line, QString *country = nullptr);

} // namespace atlas::reaction
