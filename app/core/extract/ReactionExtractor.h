#pragma once
// Diplomatic reactions out of one article: who (a country, and where named the
// person and office), in what spirit (the closed Stance vocabulary), with which
// words (the quote), when (where the text says), traced to the sentence.
//
// Rules, in short (see ReactionExtractor.cpp for the why of each):
// - a reaction needs a stance verb in the indicative ("condemned", "urged ...
//   to halt"); speculation ("is likely to", "may", "would", "could") is none;
// - the actor is a country: named outright ("South Korea", "the U.S."), through
//   a demonym ("Japanese Prime Minister"), an official or ministry (office-holders
//   table, "its Foreign Office" in a sentence about a country), a capital used as
//   a metonym ("Seoul", "Tokyo"), the sentence's setting ("In Seoul, ..."), or a
//   group that refers back ("the three allies", "Both nations");
// - several actors before one verb give one reaction each;
// - analysts of think tanks and universities are not diplomatic actors.
//
// Every Reaction's evidence spans index Article::text: field "reaction" covers
// the whole sentence, and "actor", "stance", "quote", "date" the words they came
// from. sentenceIndexOf() recovers the sentence from the "reaction" evidence.
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "model/Article.h"
#include "model/Reaction.h"

#include <QVector>
#include <memory>

namespace atlas {

class Gazetteer;
class ActorLexicon;

class ReactionExtractor {
public:
    // The lexicon of countries, demonyms, capitals and office-holders is loaded
    // once and shared; the gazetteer gives the country of places ("In Seoul").
    explicit ReactionExtractor(const Gazetteer &gazetteer);
    ReactionExtractor();
    ~ReactionExtractor();
    ReactionExtractor(const ReactionExtractor &) = delete;
    ReactionExtractor &operator=(const ReactionExtractor &) = delete;

    // Reactions in text order. sentences come from splitSentences(article.text);
    // tagger is anchored on the article's publication date. Ids are
    // "<articleId>-r<n>"; launchId is left empty (the caller links launches).
    QVector<Reaction> extract(const Article &article, const QVector<Sentence> &sentences,
                              const TemporalTagger &tagger) const;

    // Index in sentences of the sentence a reaction came from (-1 when unknown).
    static int sentenceIndexOf(const Reaction &reaction, const QVector<Sentence> &sentences);

private:
    const Gazetteer &m_gazetteer;
    std::shared_ptr<const ActorLexicon> m_lexicon;
};

} // namespace atlas
