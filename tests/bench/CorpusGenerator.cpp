#include "CorpusGenerator.h"

#include "extract/CatalogBuilder.h"
#include "geo/Gazetteer.h"

#include <QFile>
#include <QRegularExpression>
#include <random>

namespace atlas::bench {

CorpusGenerator::CorpusGenerator(QStringList bases, QStringList places, quint32 seed)
    : m_bases(std::move(bases)), m_places(std::move(places)), m_seed(seed)
{
}

CorpusGenerator CorpusGenerator::fromBundled(quint32 seed)
{
    QStringList bases;
    for (const QString &path : CatalogBuilder::bundledArticlePaths()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            bases << QString::fromUtf8(f.readAll());
    }
    QStringList places;
    for (const Place &p : Gazetteer::bundled().places()) {
        if (p.country == QLatin1String("KP") && p.kind != QLatin1String("province"))
            places << p.name;
    }
    return CorpusGenerator(bases, places, seed);
}

QString CorpusGenerator::article(int index) const
{
    if (m_bases.isEmpty())
        return {};
    std::mt19937 rng(m_seed ^ (quint32(index) * 2654435761u));
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    QString text = m_bases.at(index % m_bases.size());

    static const QStringList months{"January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"};
    static const QStringList weekdays{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static const QStringList ranges{"short-range", "medium-range", "intermediate-range", "close-range"};
    static const QRegularExpression year(QStringLiteral("\\b20(1\\d|2\\d)\\b"));
    static const QRegularExpression monthDay(QStringLiteral("\\b(January|February|March|April|May|June|July|August|September|October|November|December)( \\d{1,2})?\\b"));
    static const QRegularExpression weekday(QStringLiteral("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"));
    static const QRegularExpression distance(QStringLiteral("\\b\\d{1,3}(?:,\\d{3})?(?= (?:kilomet|km|miles))"));
    static const QRegularExpression range(QStringLiteral("\\b(?:short|medium|intermediate|close)-range\\b"));
    static const QRegularExpression place(QStringLiteral("\\b(?:Wonsan|Taekwan|Jagang|Pyongyang)\\b(?! Province|,? the North)"));

    auto replaceAll = [&](const QRegularExpression &re, const std::function<QString(const QRegularExpressionMatch &)> &make) {
        QString out;
        out.reserve(text.size() + 64);
        int last = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += make(m);
            last = int(m.capturedEnd());
        }
        out += QStringView(text).mid(last);
        text = out;
    };
    replaceAll(year, [&](const QRegularExpressionMatch &) { return QString::number(pick(2017, 2025)); });
    replaceAll(monthDay, [&](const QRegularExpressionMatch &m) {
        QString s = months.at(pick(0, 11));
        if (m.capturedLength(2))
            s += QLatin1Char(' ') + QString::number(pick(1, 28));
        return s;
    });
    replaceAll(weekday, [&](const QRegularExpressionMatch &) { return weekdays.at(pick(0, 6)); });
    replaceAll(distance, [&](const QRegularExpressionMatch &) {
        const int km = pick(60, 4500);
        return km >= 1000 ? QStringLiteral("%1,%2").arg(km / 1000).arg(km % 1000, 3, 10, QLatin1Char('0')) : QString::number(km);
    });
    replaceAll(range, [&](const QRegularExpressionMatch &) { return ranges.at(pick(0, int(ranges.size()) - 1)); });
    if (!m_places.isEmpty())
        replaceAll(place, [&](const QRegularExpressionMatch &) { return m_places.at(pick(0, int(m_places.size()) - 1)); });
    return text;
}

} // namespace atlas::bench
