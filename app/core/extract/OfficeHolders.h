#pragma once
// Who held which office when (resources/data/officeholders.json), to bound the
// date of an article that states none: "Secretary of State Antony Blinken"
// means on or before 2025-01-20. Only a name WITH its office counts ("Secretary
// of State Antony Blinken", "Acting President, Choi Sang-mok", "Secretary
// Blinken", "the Biden administration"): a bare surname is too weak, and
// "former"/"then-" holders say nothing of the article's date.
#include "model/FuzzyDate.h"

#include <QByteArray>
#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas {

struct OfficeTerm {
    QString person;
    QStringList aliases;
    QString country;
    QString role;
    QDate from;
    QDate to;      // invalid: still in office
    bool approx = false;
};

struct OfficeHolderHit {
    const OfficeTerm *term = nullptr;
    int start = 0;
    int end = 0; // exclusive
    QString text;
};

class OfficeHolders {
public:
    static const OfficeHolders &bundled();
    static OfficeHolders fromJson(const QByteArray &json);

    const QVector<OfficeTerm> &terms() const { return m_terms; }
    // Office-holders named with their office in text, in order of first appearance.
    QVector<OfficeHolderHit> find(const QString &text) const;
    // The intersection of the tenures of everyone found, each as a line of
    // evidence. A tenure that would leave no day at all is skipped (a historical
    // mention), so the result is never empty by contradiction.
    DateInference bounds(const QString &text) const;

private:
    QVector<OfficeTerm> m_terms;
    QVector<QRegularExpression> m_patterns; // one per term, compiled once
};

} // namespace atlas
