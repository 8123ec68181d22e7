#include "extract/OfficeHolders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace atlas {

namespace {
QString rolePattern(const QString &role)
{
    QString p = QRegularExpression::escape(role);
    p.replace(QStringLiteral("Defense"), QStringLiteral("Defen[cs]e"));
    p.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    return p;
}

QString namePattern(const QString &name)
{
    // "Choi Sang-mok" == "Choi Sang mok" == "Choi Sangmok".
    QString p = QRegularExpression::escape(name);
    p.replace(QStringLiteral("\\-"), QStringLiteral("[- ]?"));
    p.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    return p;
}
} // namespace

const OfficeHolders &OfficeHolders::bundled()
{
    static const OfficeHolders instance = [] {
        QFile f(QStringLiteral(":/atlas/data/officeholders.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : OfficeHolders();
    }();
    return instance;
}

OfficeHolders OfficeHolders::fromJson(const QByteArray &json)
{
    OfficeHolders h;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value(QStringLiteral("offices")).toArray()) {
        const QJsonObject o = v.toObject();
        OfficeTerm t;
        t.person = o.value(QStringLiteral("person")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            t.aliases << a.toString();
        t.country = o.value(QStringLiteral("country")).toString();
        t.role = o.value(QStringLiteral("role")).toString();
        t.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
        t.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
        t.approx = o.value(QStringLiteral("approx")).toBool();
        if (!t.person.isEmpty() && !t.role.isEmpty() && t.from.isValid())
            h.m_terms << t;
    }
    // "<role> <name>", "<role>, <name>", "<name>, <country's> <role>", or a titled alias.
    const auto opts = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    for (const OfficeTerm &t : h.m_terms) {
        QStringList alternatives;
        const QString role = rolePattern(t.role);
        const QString name = namePattern(t.person);
        alternatives << QStringLiteral("%1,?\\s+%2").arg(role, name)
                     << QStringLiteral("%2,\\s+(?:the\\s+)?(?:[\\w.’']+\\s+){0,3}%1").arg(role, name);
        for (const QString &alias : t.aliases) {
            // A one-word alias ("Blinken") is a surname, not evidence of the office.
            if (alias.contains(QLatin1Char(' ')))
                alternatives << namePattern(alias);
        }
        QRegularExpression re(QStringLiteral("(?<![\\w-])(?:%1)(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))), opts);
        re.optimize();
        h.m_patterns << re;
    }
    return h;
}

QVector<OfficeHolderHit> OfficeHolders::find(const QString &text) const
{
    QVector<OfficeHolderHit> hits;
    static const QRegularExpression former(QStringLiteral("(?:former|then|ex|late|previous|predecessor)[- ]?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < m_terms.size(); ++i) {
        const OfficeTerm &t = m_terms.at(i);
        const QRegularExpression &re = m_patterns.at(i);
        const auto m = re.match(text);
        if (!m.hasMatch())
            continue;
        const int from = std::max(0, int(m.capturedStart()) - 12);
        if (former.match(QStringView(text).mid(from, m.capturedStart() - from)).hasMatch())
            continue;
        hits.append({&t, int(m.capturedStart()), int(m.capturedEnd()), m.captured(0)});
    }
    std::sort(hits.begin(), hits.end(), [](const OfficeHolderHit &a, const OfficeHolderHit &b) { return a.start < b.start; });
    return hits;
}

DateInference OfficeHolders::bounds(const QString &text) const
{
    DateInference inf;
    for (const OfficeHolderHit &h : find(text)) {
        const OfficeTerm &t = *h.term;
        const QDate lo = (inf.earliest.isValid() && inf.earliest > t.from) ? inf.earliest : t.from;
        const QDate hi = !t.to.isValid() ? inf.latest : (inf.latest.isValid() && inf.latest < t.to ? inf.latest : t.to);
        if (hi.isValid() && lo > hi)
            continue; // contradicts the others: a historical mention
        const QString tenure = t.to.isValid()
            ? QStringLiteral("%1 – %2").arg(t.from.toString(Qt::ISODate), t.to.toString(Qt::ISODate))
            : QStringLiteral("since %1").arg(t.from.toString(Qt::ISODate));
        inf.narrow(t.from, t.to, QStringLiteral("\"%1\": %2 %3 %4 (%5)%6")
                                     .arg(h.text, t.country, t.role, t.person, tenure,
                                          t.approx ? QStringLiteral(", dates approximate") : QString()));
    }
    return inf;
}

} // namespace atlas
