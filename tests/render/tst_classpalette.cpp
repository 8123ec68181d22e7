// The class palette is read from the bundled style table, not from code.
#include "render/ClassPalette.h"

#include <QtTest>

using namespace atlas;

class TestClassPalette : public QObject {
    Q_OBJECT
private slots:
    void bundledTableNamesEveryClass()
    {
        const ClassPalette p = ClassPalette::bundled();
        for (const char *cls : {"SRBM", "CRBM", "MRBM", "IRBM", "ICBM", "SLBM", "hypersonic", "cruise", "ballistic", "air-defense"})
            QVERIFY2(p.classColor(QString::fromLatin1(cls)) != p.unknownColor(), cls);
    }
    void printThemeDiffers()
    {
        QVERIFY(ClassPalette::bundled(Theme::Screen).classColor(QStringLiteral("SRBM"))
                != ClassPalette::bundled(Theme::Print).classColor(QStringLiteral("SRBM")));
    }
    void unknownClassFallsBackToGrey()
    {
        const ClassPalette p = ClassPalette::fromJson("{\"classes\":{\"SRBM\":{\"screen\":\"red\"}}}", Theme::Screen);
        QCOMPARE(p.classColor(QStringLiteral("SRBM")), QColor(Qt::red));
        QCOMPARE(p.classColor(QStringLiteral("nonsense")), p.unknownColor());
    }
};

QTEST_GUILESS_MAIN(TestClassPalette)
#include "tst_classpalette.moc"
