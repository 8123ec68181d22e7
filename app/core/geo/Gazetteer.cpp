#include "geo/Gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace atlas {

namespace {
int kindRank(const QString &kind)
{
    static const QStringList order{QStringLiteral("facility"), QStringLiteral("city"),
                                   QStringLiteral("county"),   QStringLiteral("province"),
                                   QStringLiteral("reference"), QStringLiteral("sea")};
    const int i = int(order.indexOf(kind));
    return i < 0 ? int(order.size()) : i;
}

// A site's radius of uncertainty: an estimate says so in its note ("±20 km");
// otherwise the size of what the kind names.
double uncertaintyFor(const QString &kind, bool confirmed, const QString &note)
{
    static const QRegularExpression plusMinus(QStringLiteral("±\\s*(\\d+(?:\\.\\d+)?)\\s*km"));
    const auto m = plusMinus.match(note);
    if (!confirmed && m.hasMatch())
        return m.captured(1).toDouble();
    if (kind == QLatin1String("facility")) return 2;
    if (kind == QLatin1String("city")) return 5;
    if (kind == QLatin1String("county")) return 15;
    if (kind == QLatin1String("province")) return 60;
    return 0;
}
} // namespace

QString Gazetteer::normalize(QStringView name)
{
    // Decompose so that ŏ -> o + breve, fold the case, then keep letters and
    // digits only. ASCII (nearly every spelling a text gives) is only lower-cased:
    // decomposition and case folding do nothing else to it, and they cost
    // thousands of instructions a spelling (a launch site phrase is looked up as
    // up to six spellings).
    QVarLengthArray<char16_t, 256> ascii;
    QString decomposed;
    QStringView folded;
    if (std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 128; })) {
        ascii.resize(name.size());
        for (qsizetype i = 0; i < name.size(); ++i) {
            const char16_t c = name[i].unicode();
            ascii[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        }
        folded = QStringView(ascii.constData(), ascii.size());
    } else {
        decomposed = name.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
        folded = decomposed;
    }
    // The words' letters, end to end, and where each word starts and ends.
    QVarLengthArray<char16_t, 256> letters;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 16> words;
    qsizetype start = -1;
    for (const QChar c : folded) {
        if (c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018))
            continue; // P'yŏngyang == Pyongyang
        if (c.isLetterOrNumber()) {
            if (start < 0)
                start = letters.size();
            letters.append(c.unicode());
        } else if (start >= 0) {
            words.append({start, letters.size()});
            start = -1;
        }
    }
    if (start >= 0)
        words.append({start, letters.size()});
    auto word = [&](qsizetype k) { return QStringView(letters.constData() + words[k].first, words[k].second - words[k].first); };
    // Administrative words say what kind of place it is, not which one.
    auto dropped = [](QStringView w) {
        return w == u"county" || w == u"province" || w == u"gun" || w == u"do" || w == u"si" || w == u"city" || w == u"the";
    };
    qsizetype first = 0, last = words.size() - 1;
    while (last > first && dropped(word(last)))
        --last;
    while (last > first && word(first) == u"the")
        ++first;
    if (words.isEmpty())
        return QString();
    return QString(reinterpret_cast<const QChar *>(letters.constData() + words[first].first),
                   words[last].second - words[first].first);
}

Gazetteer Gazetteer::fromJson(const QByteArray &json)
{
    Gazetteer g;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Place p;
        p.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            p.aliases << a.toString();
        p.kind = o.value(QStringLiteral("kind")).toString();
        p.lat = o.value(QStringLiteral("lat")).toDouble();
        p.lon = o.value(QStringLiteral("lon")).toDouble();
        p.country = o.value(QStringLiteral("country")).toString();
        p.confirmed = o.value(QStringLiteral("confirmed")).toBool(true);
        p.note = o.value(QStringLiteral("note")).toString();
        p.uncertaintyKm = uncertaintyFor(p.kind, p.confirmed, p.note);
        if (!p.name.isEmpty())
            g.m_places << p;
    }
    for (int i = 0; i < g.m_places.size(); ++i) {
        const Place &p = g.m_places.at(i);
        for (const QString &spelling : QStringList{p.name} + p.aliases) {
            const QString key = normalize(spelling);
            if (!key.isEmpty())
                g.m_keys.append({key, i});
        }
    }
    std::stable_sort(g.m_keys.begin(), g.m_keys.end(), [&g](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return kindRank(g.m_places.at(a.second).kind) < kindRank(g.m_places.at(b.second).kind);
    });
    return g;
}

const Gazetteer &Gazetteer::bundled()
{
    static const Gazetteer instance = [] {
        QFile f(QStringLiteral(":/atlas/data/gazetteer.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : Gazetteer();
    }();
    return instance;
}

const Place *Gazetteer::find(const QString &name) const
{
    const QString key = normalize(name);
    if (key.isEmpty())
        return nullptr;
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key,
                               [](const auto &entry, const QString &k) { return entry.first < k; });
    if (it == m_keys.end() || it->first != key)
        return nullptr;
    return &m_places.at(it->second);
}

} // namespace atlas
