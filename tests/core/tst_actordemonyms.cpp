// A demonym counts as an actor only before an agent word ("Japanese officials"),
// compared lower-cased: ActorLexicon lower-cases an ASCII next word into a
// buffer by hand, and anything beyond ASCII through QString::toLower as
// before. Rows that fail if either way of lower-casing is wrong, or if the
// buffer of one word leaks into the next (the "and" of a shared noun).
#include "extract/ActorLexicon.h"

#include <QTest>

using namespace atlas;

class TestActorDemonyms : public QObject {
    Q_OBJECT
private slots:
    void demonymBeforeAgent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("demonyms");
        QTest::newRow("lower") << QStringLiteral("Japanese officials said so.") << 1;
        QTest::newRow("capitalised") << QStringLiteral("Japanese Officials said so.") << 1;
        QTest::newRow("upper") << QStringLiteral("Japanese OFFICIALS said so.") << 1;
        QTest::newRow("full stop") << QStringLiteral("with our Japanese allies.") << 1;
        QTest::newRow("thing") << QStringLiteral("Japanese territory was hit.") << 0;
        QTest::newRow("upper thing") << QStringLiteral("Japanese TERRITORY was hit.") << 0;
        QTest::newRow("longer than agent") << QStringLiteral("Japanese officialsx said so.") << 0;
        QTest::newRow("shorter after longer")
            << QStringLiteral("Japanese representatives and Japanese side.") << 2;
        QTest::newRow("shared noun") << QStringLiteral("South Korean and Japanese officials met.") << 2;
        QTest::newRow("shared noun upper") << QStringLiteral("South Korean AND Japanese officials met.") << 2;
        QTest::newRow("not and") << QStringLiteral("South Korean andes Japanese officials met.") << 1;
        // Beyond ASCII: Qt's lower-casing ("ARMY" with a Cyrillic A is no agent word).
        QTest::newRow("cyrillic") << QStringLiteral("Japanese \u0410RMY moved.") << 0;
        QTest::newRow("kelvin") << QStringLiteral("Japanese \u212Aing said.") << 0;
    }
    void demonymBeforeAgent()
    {
        QFETCH(QString, text);
        QFETCH(int, demonyms);
        int found = 0;
        for (const ActorMention &m : ActorLexicon::bundled()->find(text))
            found += m.kind == ActorMention::Demonym;
        QCOMPARE(found, demonyms);
    }
};

QTEST_GUILESS_MAIN(TestActorDemonyms)
#include "tst_actordemonyms.moc"
