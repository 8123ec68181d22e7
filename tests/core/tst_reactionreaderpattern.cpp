// ReaderPattern (reaction/ReaderPattern.h) runs the reaction reader's patterns
// through PCRE2 directly: it must answer what QRegularExpression answers, also
// on text that is not valid UTF-16 (Qt finds no match there), on views cut
// between the halves of a surrogate pair, and for every match of a global match.
#include "extract/reaction/ReaderPattern.h"

#include <QTest>
#include <random>

using namespace atlas;

namespace {

struct Answer {
    bool has = false;
    qsizetype start = -1, end = -1, start1 = -1, end1 = -1;
    bool operator==(const Answer &o) const
    {
        return has == o.has && start == o.start && end == o.end && start1 == o.start1 && end1 == o.end1;
    }
};

template<typename M>
Answer answer(const M &m)
{
    if (!m.hasMatch())
        return {};
    return {true, m.capturedStart(), m.capturedEnd(), m.capturedStart(1), m.capturedEnd(1)};
}

qsizetype qtLastEnd(const QRegularExpression &re, QStringView text)
{
    qsizetype end = -1;
    for (auto it = re.globalMatch(text); it.hasNext();)
        end = it.next().capturedEnd();
    return end;
}

} // namespace

class TestReactionReaderPattern : public QObject {
    Q_OBJECT

private slots:
    void sameAnswersAsQt()
    {
        const QList<QRegularExpression> patterns{
            QRegularExpression(QStringLiteral("\\b(said|urged)\\b"), QRegularExpression::CaseInsensitiveOption),
            QRegularExpression(QStringLiteral("^\\s*(?:the\\s+)?$"), QRegularExpression::CaseInsensitiveOption),
            QRegularExpression(QStringLiteral("(?<=\\s)(and|or)\\s+$")),
            QRegularExpression(QStringLiteral("[;:]|,\\s+(but|while)\\b")),
            QRegularExpression(QStringLiteral("x*")), // matches empty text: the global match asks Qt
        };
        const QList<QChar> alphabet{QLatin1Char('s'), QLatin1Char('a'), QLatin1Char('i'), QLatin1Char('d'),
                                    QLatin1Char(' '), QLatin1Char(' '), QLatin1Char(','), QLatin1Char(';'),
                                    QLatin1Char('x'), QChar(0xD83D), QChar(0xDE00), QChar(0x00E9)};
        const QStringList words{QStringLiteral("said"), QStringLiteral("and "), QStringLiteral(", but "),
                                QStringLiteral("the "), QStringLiteral("\U0001F600")};
        std::mt19937 rng(20261122);
        int matched = 0, invalid = 0;
        for (int round = 0; round < 6000; ++round) {
            QString text;
            const int length = std::uniform_int_distribution<int>(0, 40)(rng);
            while (text.size() < length) {
                if (std::uniform_int_distribution<int>(0, 2)(rng) == 0)
                    text += words.at(std::uniform_int_distribution<int>(0, int(words.size()) - 1)(rng));
                else
                    text += alphabet.at(std::uniform_int_distribution<int>(0, int(alphabet.size()) - 1)(rng));
            }
            // A view anywhere in it: it may cut a surrogate pair.
            const int from = std::uniform_int_distribution<int>(0, int(text.size()))(rng);
            const int count = std::uniform_int_distribution<int>(0, int(text.size()) - from)(rng);
            const QStringView view = QStringView(text).mid(from, count);
            invalid += isValidUtf16(view) ? 0 : 1;
            for (const QRegularExpression &re : patterns) {
                const reaction::ReaderPattern direct(re);
                const Answer qt = answer(re.match(view));
                if (!(answer(direct.match(view)) == qt))
                    qWarning() << "pattern" << re.pattern() << "view" << view;
                QVERIFY(answer(direct.match(view)) == qt);
                QCOMPARE(direct.lastMatchEnd(view), qtLastEnd(re, view));
                QList<Answer> all, qtAll;
                direct.forEachMatch(view, [&](const auto &m) { all << answer(m); });
                for (auto it = re.globalMatch(view); it.hasNext();)
                    qtAll << answer(it.next());
                QVERIFY(all == qtAll);
                matched += qt.has ? 1 : 0;
            }
        }
        QVERIFY(matched > 1000);
        QVERIFY(invalid > 100); // broken views were tried
    }
};

QTEST_GUILESS_MAIN(TestReactionReaderPattern)
#include "tst_reactionreaderpattern.moc"
