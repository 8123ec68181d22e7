#pragma once
// The launch extractor run on a text of a test's own, as one article published
// on Wednesday 12 March 2025 unless another day is given (the launch tests'
// weekdays are counted back from it), and the check most of their date rows make.
#include "extract/LaunchExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "geo/Gazetteer.h"

#include <QtTest>

namespace atlas::testing {

inline LaunchExtractor::Result extractLaunches(const QString &text, const QDate &pubdate = QDate(2025, 3, 12))
{
    static const LaunchExtractor extractor(Gazetteer::bundled());
    Article a;
    a.id = QStringLiteral("t");
    a.text = text;
    a.publicationDate = pubdate;
    const TemporalTagger tagger(pubdate);
    return extractor.extract(a, splitSentences(text), tagger);
}

// Each launch as "role:date" ("primary:Tue 11 Mar 2025"), for a failing row's message.
inline QString rolesAndDates(const LaunchExtractor::Result &r)
{
    QStringList got;
    for (const LaunchMention &m : r.launches)
        got << roleName(m.role) + QLatin1Char(':') + m.date.display();
    return got.join(QStringLiteral("; "));
}

// The text tells exactly one launch, on `day`.
inline void verifyOneLaunchOn(const QString &text, const QDate &day, const QDate &pubdate = QDate(2025, 3, 12))
{
    const LaunchExtractor::Result r = extractLaunches(text, pubdate);
    QCOMPARE(r.launches.size(), 1);
    QCOMPARE(r.launches.at(0).date.earliest, day);
}

// The same for a data-driven row of columns text, pubdate and day.
inline void verifyOneLaunchOnRowDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, pubdate);
    QFETCH(QDate, day);
    verifyOneLaunchOn(text, day, pubdate);
}

} // namespace atlas::testing
