// The missile vocabulary (resources/data/lexicon.json through MissileLexicon):
// class phrases with their spellings, designations, comparisons.
#include "extract/MissileLexicon.h"

#include <QtTest>

using namespace atlas;

namespace {
QString classesOf(const QString &text)
{
    QStringList out;
    for (const LexiconHit &h : MissileLexicon::bundled().classes(text))
        out << h.value;
    return out.join(QLatin1Char(','));
}
QString namesOf(const QString &text)
{
    QStringList out;
    for (const LexiconHit &h : MissileLexicon::bundled().designations(text))
        out << h.value;
    return out.join(QLatin1Char(','));
}
} // namespace

class TestLexicon : public QObject {
    Q_OBJECT
private slots:
    void loads() { QVERIFY(MissileLexicon::bundled().classPatternCount() > 20); }

    void classes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("classes");
        QTest::newRow("srbm hyphen") << "a short-range ballistic missile" << "SRBM";
        QTest::newRow("srbm space") << "two short range ballistic missiles" << "SRBM";
        QTest::newRow("srbm abbr") << "fired two SRBMs" << "SRBM";
        QTest::newRow("srbm short-range missile") << "fired short-range missiles" << "SRBM";
        QTest::newRow("tactical") << "a tactical ballistic missile" << "SRBM";
        QTest::newRow("crbm") << "close-range ballistic missiles" << "CRBM";
        QTest::newRow("mrbm") << "a medium-range ballistic missile" << "MRBM";
        QTest::newRow("mrbm mid") << "a mid-range ballistic missile" << "MRBM";
        QTest::newRow("irbm") << "an intermediate-range ballistic missile" << "IRBM";
        QTest::newRow("medium-to-long is irbm") << "a new-type medium-to-long-range solid-fuel ballistic missile" << "IRBM";
        // A range class whose phrase holds "hypersonic" is that class too (shared/README.md:
        // two classes of one missile are both kept).
        QTest::newRow("irbm hypersonic") << "an intermediate-range hypersonic ballistic missile" << "IRBM,hypersonic";
        QTest::newRow("irbm hypersonic missile") << "a new intermediate-range hypersonic missile" << "IRBM,hypersonic";
        QTest::newRow("irbm hypersonic plural") << "two intermediate range hypersonic missiles" << "IRBM,hypersonic";
        QTest::newRow("medium-to-long hypersonic") << "a medium-to-long-range hypersonic ballistic missile" << "IRBM,hypersonic";
        QTest::newRow("Hypersonic capitalised") << "an Intermediate-Range Hypersonic Missile" << "IRBM,hypersonic";
        QTest::newRow("irbm solid-fuel no hypersonic") << "an intermediate-range solid-fuel ballistic missile" << "IRBM";
        QTest::newRow("icbm") << "an intercontinental ballistic missile" << "ICBM";
        QTest::newRow("icbm abbr") << "its ICBMs" << "ICBM";
        QTest::newRow("slbm") << "a submarine-launched ballistic missile" << "SLBM";
        QTest::newRow("slbm abbr") << "an SLBM" << "SLBM";
        // a cruise missile fired from a submarine is a cruise missile (SLBM is ballistic)
        QTest::newRow("submarine-launched cruise") << "submarine-launched cruise missiles" << "cruise";
        QTest::newRow("submarine-launched strategic cruise") << "two submarine-launched strategic cruise missiles" << "cruise";
        QTest::newRow("strategic and submarine-launched cruise") << "strategic and submarine-launched cruise missiles" << "cruise";
        QTest::newRow("submarine-launched missile") << "a submarine-launched missile" << "SLBM";
        QTest::newRow("submarine-launched strategic") << "a submarine-launched strategic missile" << "SLBM";
        QTest::newRow("ballistic") << "a ballistic missile" << "ballistic";
        QTest::newRow("cruise") << "strategic cruise missiles" << "cruise";
        QTest::newRow("cruise weapon system") << "a new underwater-to-surface guided cruise weapon system" << "cruise";
        QTest::newRow("cruise weapons") << "long-range strategic cruise weapons" << "cruise";
        QTest::newRow("cruise weapon") << "the guided cruise weapon was launched" << "cruise";
        QTest::newRow("cruise weapon systems") << "two cruise weapon systems" << "cruise";
        QTest::newRow("sea cruise weapon") << "a ship-to-ship cruise weapon" << "cruise";
        QTest::newRow("hypersonic") << "a hypersonic missile" << "hypersonic";
        QTest::newRow("hypersonic glide") << "a hypersonic glide vehicle" << "hypersonic";
        QTest::newRow("hypersonic projectiles") << "with hypersonic projectiles hitting a target" << "hypersonic";
        QTest::newRow("hypersonic projectile") << "a single hypersonic guided projectile" << "hypersonic";
        QTest::newRow("hypersonic and cruise") << "both hypersonic and cruise missiles" << "hypersonic,cruise";
        QTest::newRow("hypersonic irbm") << "a hypersonic intermediate-range ballistic missile" << "hypersonic,IRBM";
        QTest::newRow("air defence") << "a new-generation air defense system" << "air-defense";
        QTest::newRow("air defence british") << "air-defence missiles" << "air-defense";
        QTest::newRow("anti-aircraft") << "a new-type anti-aircraft missile" << "air-defense";
        QTest::newRow("surface-to-air") << "surface-to-air missiles" << "air-defense";
        QTest::newRow("ship-to-air") << "a ship-to-air missile" << "air-defense";
        // A pattern that opens with a group of words is no abbreviation: capitals match
        // (a sentence's first word, a table's cell).
        QTest::newRow("Medium-range capitalised") << "Medium-range ballistic missiles were fired" << "MRBM";
        QTest::newRow("Mid-range capitalised") << "Mid-range missiles" << "MRBM";
        QTest::newRow("Medium-to-long capitalised") << "Medium-to-long-range ballistic missile" << "IRBM";
        QTest::newRow("Anti-aircraft capitalised") << "Anti-aircraft missiles" << "air-defense";
        QTest::newRow("Surface-to-air capitalised") << "Surface-to-Air Missile" << "air-defense";
        QTest::newRow("Ship-to-air capitalised") << "Ship-to-air missile" << "air-defense";
        QTest::newRow("not lower-case sam") << "sam said the missiles" << "";
        QTest::newRow("not a compound") << "battlefield-tested cruise" << "";
    }
    void classes()
    {
        QFETCH(QString, text);
        QFETCH(QString, classes);
        QCOMPARE(classesOf(text), classes);
    }

    void designations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("names");
        QTest::newRow("hwasong") << "the Hwasong-11 missile" << "Hwasong-11";
        QTest::newRow("hwasong space") << "the Hwasong 11" << "Hwasong-11";
        QTest::newRow("hwasong nodash") << "the Hwasong11" << "Hwasong-11";
        QTest::newRow("hwasong letter") << "a Hwasong-11D" << "Hwasong-11D";
        QTest::newRow("hwaseong") << "the Hwaseong-18" << "Hwasong-18";
        // KCNA's spellings: "Hwasongpho", Korean letters (Ka, Na, Da, Ra) and a warhead weight,
        // in the lexicon's canonical form (a syllable after the number as KCNA writes
        // it, "11Ma"; a single letter upper-case; spaces as hyphens)
        QTest::newRow("hwasongpho") << "the Hwasongpho-19 missile" << "Hwasong-19";
        QTest::newRow("hwasongpho letter weight") << "missile Hwasongpho-11-Da-4.5 loaded with" << "Hwasong-11Da-4.5";
        QTest::newRow("hwasong korean letter") << "a Hwasong-11Ra was fired" << "Hwasong-11Ra";
        QTest::newRow("hwasong letter space") << "the Hwasong-11 Na, a" << "Hwasong-11Na";
        QTest::newRow("hwasong weight dot") << "a Hwasong-11Ma-4.5." << "Hwasong-11Ma-4.5";
        QTest::newRow("hwasal korean letter") << "the Hwasal-1 Ra-3, alongside" << "Hwasal-1Ra-3";
        QTest::newRow("hwasal korean letter dash") << "a Hwasal-2 Ka-2 cruise missile" << "Hwasal-2Ka-2";
        QTest::newRow("hwasong ba") << "two Hwasong-11Ba missiles" << "Hwasong-11Ba";
        QTest::newRow("hwasong ga") << "four Hwasong-11Ga, KCNA said" << "Hwasong-11Ga";
        QTest::newRow("hwasong ga upper") << "four HWASONG-11GA missiles" << "Hwasong-11Ga";
        QTest::newRow("hwasong sa dash") << "the Hwasong-12-Sa test" << "Hwasong-12Sa";
        QTest::newRow("pyoljji") << "a Pyoljji-1-3 surface-to-air missile" << "Pyoljji-1-3";
        QTest::newRow("hwasal syllable joined") << "fired a Hwasal-1Ra-3 on Wednesday" << "Hwasal-1Ra-3";
        QTest::newRow("scud er stays") << "a Scud-ER" << "Scud-ER";
        QTest::newRow("pair") << "the Hwasong-11 (KN-23)" << "Hwasong-11,KN-23";
        QTest::newRow("kn") << "a KN23" << "KN-23";
        QTest::newRow("rodong missile") << "a Rodong-1 missile" << "Nodong-1";
        QTest::newRow("rodong sinmun is a newspaper") << "The Rodong Sinmun newspaper did not mention the launch" << "";
        QTest::newRow("kn space") << "a KN 25" << "KN-25";
        // Plurals: "including KN-23s and KN-25s", "two Hwasong-11s"
        QTest::newRow("kn plural") << "including KN-23s and KN-25s" << "KN-23,KN-25";
        QTest::newRow("kn plural nodash") << "several KN25s were fired" << "KN-25";
        QTest::newRow("hwasong plural") << "two Hwasong-11s flew east" << "Hwasong-11";
        QTest::newRow("hwasong plural space") << "the Hwasong 12s of 2017" << "Hwasong-12";
        QTest::newRow("hwasong plural possessive") << "the Hwasong-18s' range" << "Hwasong-18";
        QTest::newRow("kn letter is no plural") << "a KN-23sx prototype" << "";
        QTest::newRow("pukguksong") << "the Pukguksong-3" << "Pukguksong-3";
        QTest::newRow("hwasal") << "Hwasal-2 cruise missiles" << "Hwasal-2";
        QTest::newRow("haeil bare") << "the Haeil underwater system" << "Haeil";
        QTest::newRow("haeil number") << "the Haeil-2" << "Haeil-2";
        QTest::newRow("pulhwasal") << "a Pulhwasal-3-31" << "Pulhwasal-3-31";
        QTest::newRow("comparison similar") << "a system similar to the KN-23" << "";
        QTest::newRow("comparison resembling") << "a missile resembling Russia's Hwasong-11" << "";
        QTest::newRow("comparison unlike") << "unlike the Hwasong-15, it" << "";
    }
    void designations()
    {
        QFETCH(QString, text);
        QFETCH(QString, names);
        QCOMPARE(namesOf(text), names);
    }

    void foreign_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("iskander") << "similar to Russia's Iskander missile";
        QTest::newRow("iskander-m") << "an Iskander-M";
        QTest::newRow("tomahawk") << "a Tomahawk";
        QTest::newRow("hyunmoo") << "South Korea's Hyunmoo-2 missile";
        QTest::newRow("df") << "China's DF-41";
    }
    void foreign()
    {
        QFETCH(QString, text);
        QVERIFY(!MissileLexicon::bundled().foreignDesignations(text).isEmpty());
        QCOMPARE(namesOf(text), QString());
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
