#pragma once
// A catalog shaped like the bundled articles' launches, built by hand so the
// timeline can be tested (and pictured) before and apart from extraction:
// dated launches at every precision, a salvo, a conflict, an undated Tuesday, an
// undated Monday with an inferred date, a day-of-year without a year.
// Header-only: shared by tests/render, tests/widgets and tests/bench.
#include "model/Catalog.h"

namespace atlas::testdata {

inline LaunchEvent launch(const QString &id, const FuzzyDate &date, const QStringList &classes,
                          const QString &site = {}, int countMin = 1, int countMax = 1)
{
    LaunchEvent l;
    l.id = id;
    l.date = date;
    l.classes = classes;
    l.site.name = site;
    l.count.min = countMin;
    l.count.max = countMax;
    LaunchMention m;
    m.articleId = QStringLiteral("a-") + id;
    m.date = date;
    m.classes = classes;
    l.mentions = {m};
    return l;
}

inline Catalog timelineCatalog()
{
    Catalog c;
    const auto day = [](int y, int m, int d) { return FuzzyDate::onDay(QDate(y, m, d)); };
    LaunchEvent jan14 = launch(QStringLiteral("jan14"), day(2025, 1, 14), {QStringLiteral("SRBM")},
                               QStringLiteral("Jagang Province"), 2, -1);
    LaunchEvent earlyMay = launch(QStringLiteral("early-may"),
                                  FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10),
                                                     DatePrecision::PartOfMonth, QStringLiteral("early May")),
                                  {QStringLiteral("SRBM")}, QStringLiteral("Wonsan"), 2, -1);
    LaunchEvent nov7 = launch(QStringLiteral("nov7"), day(2025, 11, 7), {QStringLiteral("SRBM")},
                              QStringLiteral("Pyongyang"));
    Conflict classes;
    classes.field = QStringLiteral("class");
    classes.values = {{QStringLiteral("SRBM"), QStringLiteral("a-nov7"), QStringLiteral("JCS")},
                      {QStringLiteral("ballistic"), QStringLiteral("a-nov7"), QStringLiteral("KCNA")}};
    nov7.conflicts = {classes};
    LaunchEvent tuesday = launch(QStringLiteral("tuesday"), FuzzyDate::unknown(Qt::Tuesday, QStringLiteral("on Tuesday")),
                                 {QStringLiteral("ballistic")});
    LaunchEvent monday = launch(QStringLiteral("monday"), FuzzyDate::unknown(Qt::Monday, QStringLiteral("on Monday")),
                                {QStringLiteral("MRBM"), QStringLiteral("IRBM")});
    monday.inferredDate.narrow(QDate(2025, 1, 6), QDate(2025, 1, 6),
                               QStringLiteral("the Monday before the 14 January launch"));
    LaunchEvent october = launch(QStringLiteral("oct-hypersonic"),
                                 FuzzyDate::between(QDate(2025, 10, 1), QDate(2025, 10, 31), DatePrecision::Month),
                                 {QStringLiteral("hypersonic")});
    LaunchEvent octoberCruise = launch(QStringLiteral("oct-cruise"),
                                       FuzzyDate::between(QDate(2025, 10, 1), QDate(2025, 10, 31), DatePrecision::Month),
                                       {QStringLiteral("cruise")});
    LaunchEvent week = launch(QStringLiteral("jan-week"),
                              FuzzyDate::between(QDate(2025, 1, 4), QDate(2025, 1, 10), DatePrecision::Week),
                              {QStringLiteral("hypersonic")});
    LaunchEvent march = launch(QStringLiteral("mar-air-defense"),
                               FuzzyDate::between(QDate(2025, 3, 1), QDate(2025, 3, 31), DatePrecision::Month),
                               {QStringLiteral("air-defense")});
    LaunchEvent nov5 = launch(QStringLiteral("nov5-no-year"), FuzzyDate::dayOfYear(11, 5, QStringLiteral("since November 5")),
                              {QStringLiteral("ballistic")});
    c.launches = {jan14, earlyMay, nov7, tuesday, monday, october, octoberCruise, week, march, nov5};
    return c;
}

// n launches spread over a year in every lane and precision, for density and speed.
inline QVector<LaunchEvent> manyLaunches(int n, int year = 2025)
{
    static const QStringList kinds{QStringLiteral("SRBM"), QStringLiteral("hypersonic"), QStringLiteral("cruise"),
                                   QStringLiteral("ICBM"), QStringLiteral("air-defense"), QStringLiteral("MRBM")};
    QVector<LaunchEvent> out;
    out.reserve(n);
    const QDate first(year, 1, 1);
    for (int i = 0; i < n; ++i) {
        const QDate d = first.addDays((i * 7919) % 365);
        FuzzyDate date = FuzzyDate::onDay(d);
        if (i % 5 == 1)
            date = FuzzyDate::between(d, d.addDays(6), DatePrecision::Week);
        else if (i % 11 == 2)
            date = FuzzyDate::between(QDate(d.year(), d.month(), 1), QDate(d.year(), d.month(), 10),
                                      DatePrecision::PartOfMonth);
        LaunchEvent l = launch(QStringLiteral("L%1").arg(i), date, {kinds[i % kinds.size()]},
                               QStringLiteral("Site %1").arg(i % 17), 1 + i % 3, 1 + i % 3);
        if (i % 13 == 0)
            l.conflicts = {Conflict{QStringLiteral("distance"), {}}};
        out << l;
    }
    return out;
}

} // namespace atlas::testdata
