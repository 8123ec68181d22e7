#include "search/CatalogSearch.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace atlas {

namespace {
// True when every word of the query occurs in the haystack, ignoring case.
bool matchesAllWords(const QStringList &words, const QString &haystack)
{
    if (words.isEmpty() || haystack.isEmpty())
        return false;
    for (const QString &w : words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString launchHaystack(const LaunchEvent &l)
{
    QStringList parts{l.label(), l.date.display(), l.date.text, l.classes.join(QLatin1Char(' ')),
                      l.names.join(QLatin1Char(' ')), l.timeOfDay, l.splashdown.display(), l.note};
    return parts.join(QLatin1Char(' '));
}

QString oneLine(QString s)
{
    for (QChar &c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return s.simplified();
}
} // namespace

QString CatalogSearch::contextAround(const QString &text, int start, int end, int radius)
{
    if (start < 0 || end < start || end > text.size())
        return {};
    const int from = qMax(0, start - radius);
    const int to = qMin(int(text.size()), end + radius);
    QString s = oneLine(text.mid(from, to - from));
    if (from > 0)
        s.prepend(QChar(0x2026));
    if (to < text.size())
        s.append(QChar(0x2026));
    return s;
}

QVector<SearchHit> CatalogSearch::find(const Catalog &catalog, const QString &query, int maxArticleHits)
{
    QVector<SearchHit> hits;
    const QString phrase = query.simplified();
    const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;

    for (const LaunchEvent *l : catalog.chronological()) {
        if (matchesAllWords(words, launchHaystack(*l))) {
            SearchHit h;
            h.kind = SearchHit::Kind::Launch;
            h.launchId = l->id;
            h.title = l->label();
            h.context = l->date.text;
            hits << h;
        }
        const QString place = l->site.name + QLatin1Char(' ') + l->site.text;
        if (matchesAllWords(words, place)) {
            SearchHit h;
            h.kind = SearchHit::Kind::Place;
            h.launchId = l->id;
            h.title = l->site.display();
            h.context = l->label();
            const Evidence ev = evidenceFor(l->allEvidence(), QStringLiteral("site"));
            if (ev.isValid()) {
                h.articleId = ev.articleId;
                h.start = ev.start;
                h.end = ev.end;
            }
            hits << h;
        }
    }

    for (const Reaction &r : catalog.reactions) {
        if (!matchesAllWords(words, r.actor + QLatin1Char(' ') + r.person + QLatin1Char(' ') + r.role))
            continue;
        SearchHit h;
        h.kind = SearchHit::Kind::Actor;
        h.launchId = catalog.launch(r.launchId) ? r.launchId : QString();
        h.articleId = r.articleId;
        QStringList who{r.actor};
        if (!r.person.isEmpty())
            who << r.person;
        if (!r.role.isEmpty())
            who << r.role;
        h.title = who.join(QStringLiteral(" · "));
        h.context = oneLine(r.quote);
        if (!r.evidence.isEmpty() && r.evidence.first().isValid()) {
            h.start = r.evidence.first().start;
            h.end = r.evidence.first().end;
        }
        hits << h;
    }

    // Article text: the texts the catalog holds, and those its text source
    // keeps (a library's: the catalog holds none), in the order of
    // catalog.articles, at most maxArticleHits.
    QHash<QString, int> position; // article id -> index in catalog.articles
    position.reserve(catalog.articles.size());
    for (int i = 0; i < catalog.articles.size(); ++i)
        position.insert(catalog.articles.at(i).id, i);
    struct TextHit {
        int article;
        SearchHit hit;
    };
    QVector<TextHit> textHits;
    // The matches in one article's text; false once enough are found.
    auto searchText = [&](int index, const QString &text, int *found) {
        const Article &a = catalog.articles.at(index);
        int from = 0;
        while (*found < maxArticleHits) {
            const int at = text.indexOf(phrase, from, Qt::CaseInsensitive);
            if (at < 0)
                return true;
            SearchHit h;
            h.kind = SearchHit::Kind::Article;
            h.articleId = a.id;
            h.start = at;
            h.end = at + int(phrase.size());
            h.title = a.displayName();
            h.context = contextAround(text, h.start, h.end);
            textHits.append({index, h});
            ++*found;
            from = h.end;
        }
        return false;
    };
    int heldHits = 0;
    bool textsElsewhere = false;
    for (int i = 0; i < catalog.articles.size(); ++i) {
        const QString &text = catalog.articles.at(i).text;
        if (text.isEmpty())
            textsElsewhere = true;
        else if (!searchText(i, text, &heldHits))
            break;
    }
    if (textsElsewhere && catalog.textSource) {
        int sourceHits = 0;
        catalog.textSource->visitTextsContaining(phrase, [&](const QString &id, const QString &text) {
            const int index = position.value(id, -1);
            // Only articles of this catalog whose text it does not hold itself.
            if (index < 0 || !catalog.articles.at(index).text.isEmpty())
                return true;
            return searchText(index, text, &sourceHits);
        });
    }
    std::stable_sort(textHits.begin(), textHits.end(),
                     [](const TextHit &a, const TextHit &b) { return a.article < b.article; });
    for (int i = 0; i < textHits.size() && i < maxArticleHits; ++i)
        hits << textHits.at(i).hit;
    return hits;
}

} // namespace atlas
