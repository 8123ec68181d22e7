// Launch extraction on sentences written for these tests (not the bundled
// articles): every trap of the brief with at least five variants, and every
// field with its spellings. One row, one sentence or short paragraph.
#include "LaunchTestRun.h"

#include <QtTest>

using namespace atlas;
using testing::extractLaunches;
using testing::rolesAndDates;
using testing::verifyOneLaunchOn;

namespace {

// One field of a mention as a short string the table can state.
QString field(const LaunchMention &m, const QString &name)
{
    auto qty = [](const Quantity &q) {
        return q.isValid() ? (QString::number(qRound(q.value)) + (q.qualifier.isEmpty() ? QString() : QLatin1Char(' ') + q.qualifier))
                           : QStringLiteral("none");
    };
    if (name == QLatin1String("classes")) {
        QStringList c = m.classes;
        c.sort();
        return c.join(QLatin1Char(','));
    }
    if (name == QLatin1String("names")) return m.names.join(QLatin1Char(','));
    if (name == QLatin1String("count")) return QStringLiteral("%1..%2").arg(m.count.min).arg(m.count.max);
    if (name == QLatin1String("distance")) return qty(m.distanceKm);
    if (name == QLatin1String("apogee")) return qty(m.apogeeKm);
    if (name == QLatin1String("site")) return m.site.name.isEmpty() ? QStringLiteral("text:") + m.site.text : m.site.name;
    if (name == QLatin1String("near")) return m.site.uncertaintyKm >= 25 ? QStringLiteral("wide") : QStringLiteral("tight");
    if (name == QLatin1String("sea")) return m.splashdown.sea;
    if (name == QLatin1String("eez")) return m.splashdown.eez;
    if (name == QLatin1String("land")) return m.splashdown.land ? QStringLiteral("land") : QStringLiteral("sea");
    if (name == QLatin1String("role")) return roleName(m.role);
    if (name == QLatin1String("precision")) return precisionName(m.date.precision);
    if (name == QLatin1String("conflict")) {
        QStringList f;
        for (const Conflict &c : m.conflicts)
            f << c.field;
        return f.join(QLatin1Char(','));
    }
    if (name == QLatin1String("claimant")) return m.claimant;
    return QStringLiteral("?");
}

} // namespace

class TestLaunchExtractor : public QObject {
    Q_OBJECT
private slots:
    // Things that look like launches and are not: no mention at all.
    void notALaunch_data()
    {
        QTest::addColumn<QString>("text");
        // spaceflight: a crew or a spacecraft launched is no missile firing
        QTest::newRow("space-crew") << "China's Shenzhou-21 crew reached the space station a week after their launch from Jiuquan on October 31.";
        QTest::newRow("space-astronauts") << "The astronauts docked with the station two days after their launch from Baikonur on Tuesday.";
        QTest::newRow("space-crew-of") << "The crew of Soyuz MS-28 arrived at the station after their launch on November 27.";
        QTest::newRow("space-taikonauts") << "The taikonauts' launch from Jiuquan on Thursday went smoothly.";
        QTest::newRow("space-cosmonauts") << "The cosmonauts returned to Earth six months after their launch from Baikonur on April 8.";
        QTest::newRow("space-spacecraft") << "The spacecraft reached orbit nine minutes after its launch on Monday.";
        // artillery
        QTest::newRow("artillery-rounds") << "South Korea detected ten rounds of artillery fire into the western waters on Monday.";
        QTest::newRow("artillery-shells") << "North Korea fired about 100 artillery shells into the sea near its western border on Friday.";
        QTest::newRow("artillery-coastal") << "The North's coastal guns fired dozens of rounds near the maritime border on Saturday.";
        QTest::newRow("artillery-howitzer") << "Pyongyang fired 200 howitzer rounds near Yeonpyeong Island on Tuesday.";
        QTest::newRow("artillery-firings") << "These artillery firings coincided with a visit by the U.S. defence secretary.";
        // a launch noun "of" a definite missile, hypothetical: no count makes it concrete
        QTest::newRow("flight-test-of-the-new-missile") << "Washington is likely to watch for a flight test of the new missile in the coming months.";
        // parade
        QTest::newRow("parade-displays") << "Among the displays was a new intercontinental ballistic missile.";
        QTest::newRow("parade-displayed") << "A Hwasong-20 ICBM was displayed at a military parade in Pyongyang on Friday.";
        QTest::newRow("parade-paraded") << "State TV showed new solid-fuel missiles paraded through Kim Il Sung Square last month.";
        QTest::newRow("parade-unveiled") << "North Korea unveiled a hypersonic missile at a defence exhibition on Tuesday.";
        QTest::newRow("parade-showcased") << "The parade showcased launchers for a new ICBM, fuelling speculation about a test.";
        // nuclear tests
        QTest::newRow("nuclear-ready") << "North Korea is ready to conduct a seventh nuclear test.";
        QTest::newRow("nuclear-sixth") << "Pyongyang carried out its sixth nuclear test in September 2017.";
        QTest::newRow("nuclear-underground") << "The regime has conducted six underground nuclear tests since 2006.";
        QTest::newRow("nuclear-any-time") << "Seoul warned that a nuclear test could come at any time.";
        QTest::newRow("nuclear-engine") << "North Korea said on Sunday it had conducted a solid-fuel engine test for a new missile.";
        // an engine as the firing verb's object: a ground test, no flight
        QTest::newRow("engine-tested-big") << "In September they tested a big rocket engine on the ground.";
        QTest::newRow("engine-test-fired") << "North Korea test-fired a new solid-fuel rocket engine at Sohae on Tuesday.";
        QTest::newRow("engine-for-missile") << "Pyongyang tested a high-thrust engine for its new missile on Friday.";
        QTest::newRow("engine-fired-up-motor") << "The North fired up a rocket motor in a static test on Sunday.";
        QTest::newRow("engine-two-engines") << "KCNA said the country successfully tested two solid-fuel rocket engines on Monday.";
        // speculation and hypotheticals
        QTest::newRow("spec-imminent") << "Analysts said a test of this weapon could be imminent.";
        QTest::newRow("spec-could-launch") << "North Korea could launch an ICBM in the coming weeks.";
        QTest::newRow("spec-expect") << "Officials expect Pyongyang to fire more missiles before the election.";
        QTest::newRow("spec-if") << "If North Korea launched a missile toward Guam, Washington would respond.";
        QTest::newRow("spec-capable") << "The missile is capable of being launched from a submarine.";
        QTest::newRow("spec-threatened") << "Kim threatened to fire missiles at the aircraft carrier.";
        QTest::newRow("spec-next") << "Officials said its next launch could involve an ICBM.";
        QTest::newRow("spec-planned") << "Seoul is watching for a planned test of a new missile.";
        // looked out for, or judged likely in a relative clause
        QTest::newRow("spec-watch-for") << "Watch for a cruise missile test timed to the summit next week.";
        QTest::newRow("spec-look-out") << "Look out for an ICBM launch around the party anniversary in October.";
        QTest::newRow("spec-which-likely") << "Analysts point to a hypersonic missile test, which some officials say is likely before the election.";
        QTest::newRow("spec-that-imminent") << "Seoul is on alert for a missile launch that analysts think is imminent.";
        // "that" well into the words after the cue, after a word holding "that" ("thatched")
        QTest::newRow("spec-that-far-after") << "Seoul is on alert for a missile launch, thatched roofs aside, over the coming days of drills, that analysts think is imminent.";
        QTest::newRow("spec-expect-which") << "Expect a ballistic missile launch during the drills, which many in Tokyo think is probable.";
        QTest::newRow("spec-reach") << "These missiles could reach targets across South Korea and Japan.";
        // supplies and exports
        QTest::newRow("supply-russia") << "The missiles reportedly supplied to Russia have been used in Ukraine.";
        QTest::newRow("supply-exported") << "North Korea has exported short-range ballistic missiles to Russia.";
        QTest::newRow("supply-shipped") << "Pyongyang shipped KN-23 missiles to Moscow last year.";
        QTest::newRow("supply-provided") << "Intelligence officials say North Korea provided Russia with dozens of ballistic missiles.";
        QTest::newRow("supply-transfer") << "The transfer of Hwasong-11 missiles to Russia violates UN resolutions.";
        QTest::newRow("supply-russia-fired") << "Russia fired North Korean KN-23 missiles at Kyiv on Tuesday.";
        // generic history
        QTest::newRow("generic-numerous") << "The nation has conducted numerous tests over the years.";
        QTest::newRow("generic-decades") << "North Korea has tested ballistic missiles for decades.";
        QTest::newRow("generic-past-decade") << "Pyongyang has launched dozens of missiles over the past decade.";
        QTest::newRow("generic-history") << "North Korea has a long history of missile tests that defy the UN.";
        QTest::newRow("generic-so-far") << "North Korea has launched more than 30 ballistic missiles so far this year.";
        QTest::newRow("generic-since-year") << "Since 2006, North Korea has carried out missile tests in defiance of sanctions.";
        // definitions of a class
        QTest::newRow("def-irbm") << "An intermediate-range ballistic missile has a range of 3,000 to 5,500 kilometres.";
        QTest::newRow("def-icbm") << "ICBMs are missiles with a range of more than 5,500 km.";
        QTest::newRow("def-kn23") << "The KN-23 is a solid-fuel short-range ballistic missile similar to Russia's Iskander.";
        QTest::newRow("def-hypersonic") << "Hypersonic missiles fly at more than five times the speed of sound.";
        QTest::newRow("def-cruise") << "Cruise missiles fly low to evade radar and can be launched from ships.";
        // other countries' launches
        QTest::newRow("other-southkorea") << "South Korea test-fired a Hyunmoo ballistic missile on Thursday.";
        QTest::newRow("other-japan") << "Japan launched an interceptor missile during drills on Wednesday.";
        // "it" firing in a sentence whose subject is another country
        QTest::newRow("other-russia-it") << "Russia says it has used its air-launched Kinzhal in Ukraine, and on 21 November it fired a new intermediate-range missile, the Oreshnik, at Dnipro.";
        QTest::newRow("other-china-it") << "China said the drills were routine, and on Monday it fired several ballistic missiles into the sea near Taiwan.";
        QTest::newRow("other-iran-it") << "Iran denied the report, but last week it launched a new hypersonic missile during an exercise.";
        QTest::newRow("other-israel-it") << "Israel says it shot down the drones, and on Sunday it fired a ballistic missile at a target in Yemen.";
        QTest::newRow("other-india-they") << "India and Pakistan traded threats, and on Friday they fired cruise missiles across the border.";
        // ships put to water: a launch, but not of a missile
        QTest::newRow("ship-ceremony") << "Kim Jong Un attended the launch of a new frigate armed with cruise missiles at Nampo on Monday.";
        QTest::newRow("ship-launched-its") << "North Korea launched a new destroyer designed to carry nuclear-capable cruise missiles on Tuesday.";
        QTest::newRow("ship-failed") << "The launch of the warship, which will carry ballistic missiles, failed on Wednesday when it capsized.";
        QTest::newRow("ship-corvette") << "The North's navy launched the corvette, armed with anti-ship missiles, at Chongjin on Thursday.";
        QTest::newRow("ship-named-before") << "The vessel Kang Kon, launched last month at Chongjin, is meant to carry ballistic missiles.";
        QTest::newRow("ship-then-the-launch") << "North Korea's launch of a destroyer built to carry cruise missiles failed on Wednesday. "
                                                 "Kim Jong Un, who watched the launch, blamed the officials in charge.";
        // a headline drops the article before the ship
        QTest::newRow("ship-headline-of") << "Kim Attends Launch of Third Destroyer Armed With Cruise Missiles at Nampo on Tuesday";
        QTest::newRow("ship-headline-of-new") << "Launch of new frigate for ballistic missiles held at Chongjin on Monday.";
        QTest::newRow("ship-headline-of-named") << "Launch of Choe Hyon-class destroyer carrying 74 missiles marked on 25 April.";
        // a missile's launch has no ceremony
        QTest::newRow("ship-launch-ceremony") << "A naming and launch ceremony for the frigate, which carries anti-ship missiles, was held on Thursday.";
        QTest::newRow("ship-launching-ceremony") << "The launch ceremony of the missile destroyer took place at Nampo on 12 May.";
        // launch cells are a ship's equipment, not a launch
        QTest::newRow("launch-cells") << "The destroyer carries more than 70 vertical launch cells for cruise missiles and ballistic missiles.";
        QTest::newRow("launch-tubes") << "The submarine has ten launch tubes for ballistic missiles, state media said on Monday.";
        QTest::newRow("launch-canisters") << "Imagery shows launch canisters for cruise missiles on the new corvette since Tuesday.";
        // (Review) a list item that opens with its day and tells another event of a missile
        QTest::newRow("item-book-launched") << "Events\n\n- 3 March 2025 \u2013 \"Hwasong-14: The Inside Story\" launched at the Seoul book fair\n";
        QTest::newRow("item-test-announced") << "Events\n\n- 20 February 2025 \u2013 Hwasong-11 live-fire test announced by KCNA for next week\n";
        QTest::newRow("item-anniversary") << "Events\n\n- 4 March 2025 \u2013 ninth anniversary of the Hwasong-14 test launch\n";
        QTest::newRow("item-statement") << "Events\n\n- 4 March 2025 \u2013 Theresa May criticises the Hwasong-18 test launched last month\n";
        QTest::newRow("item-motor") << "Events\n\n* 5 March 2025 \u2013 Hwasong-20 motor test fired at Sohae\n";
        // another country's space launch: a rocket carrying satellites, no missile named
        QTest::newRow("space-ariane") << "Ariane 6 launch from Kourou: Europe's rocket carries Galileo satellites into orbit on Tuesday.";
        QTest::newRow("space-falcon") << "A SpaceX Falcon 9 rocket launched 22 Starlink satellites from Cape Canaveral on Friday.";
        QTest::newRow("space-nuri") << "The Nuri rocket launched eight small satellites from the Naro Space Center on Wednesday.";
        QTest::newRow("space-long-march") << "China fired a Long March rocket carrying three satellites from Jiuquan on Monday.";
        QTest::newRow("space-h3") << "JAXA launched an H3 rocket with a navigation satellite from Tanegashima on Sunday.";
        // a habit, said first: no launch told
        QTest::newRow("habit-every-few-weeks") << "Every few weeks a news alert announces that North Korea has \"fired a ballistic missile\".";
        QTest::newRow("habit-every-couple-of-months") << "Every couple of months, Pyongyang test-fires short-range ballistic missiles toward the East Sea.";
        QTest::newRow("habit-whenever") << "Whenever North Korea launches an ICBM, Japan issues a J-Alert warning.";
        // any launch, a particular test: launches in general
        QTest::newRow("any-launch") << "The resolutions ban any launch of a ballistic missile by North Korea.";
        QTest::newRow("any-test") << "North Korea is banned from any launch of ballistic missiles, and any test of a ballistic missile is a violation.";
        QTest::newRow("a-particular-test") << "Officials sort ballistic missiles by how far they can fly, not how far a particular test went.";
        QTest::newRow("every-launch") << "Every launch of a ballistic missile violates the resolutions, Seoul says.";
        // shells fired, whatever missile words the sentence has
        QTest::newRow("rounds-from-launchers") << "On July 3, North Korea fired roughly 10 rounds from 240mm multiple rocket launchers into the Yellow Sea, the JCS said of the missile unit.";
        QTest::newRow("shells-not-missiles") << "North Korea fired dozens of shells near the border on Monday, its missile units idle.";
        QTest::newRow("artillery-firing-jcs") << "The North's missile forces stayed quiet on Friday; a firing the JCS categorized as an artillery drill took place near Kaesong.";
        QTest::newRow("shots-fired") << "Soldiers fired warning shots on Tuesday near the missile base after North Korean troops crossed the line.";
        QTest::newRow("artillery-object") << "The North fired artillery into the buffer zone on Sunday, the military said, ruling out a missile.";
        // what the event was not
        QTest::newRow("rather-than-launch") << "On July 3 the JCS categorized the firing as an artillery drill rather than a missile launch.";
        QTest::newRow("instead-of-launch") << "Seoul called it a drill instead of a missile launch on Monday.";
        QTest::newRow("not-a-launch") << "The explosion near Sohae on Friday was not a missile launch, officials said.";
    }
    void notALaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << roleName(m.role) + QLatin1Char(':') + evidenceFor(m.evidence, QStringLiteral("launch")).text();
        QVERIFY2(r.launches.isEmpty(), qPrintable(got.join(QStringLiteral("; "))));
    }

    // One field of the primary launch.
    void primaryField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QString fired = QStringLiteral("North Korea fired a ballistic missile on Tuesday");
        auto row = [](const char *name, const QString &text, const char *f, const char *v) {
            QTest::newRow(name) << text << QString::fromLatin1(f) << QString::fromUtf8(v);
        };
        // distances: units, separators, words, ranges, qualifiers, km beside miles
        row("dist-about-km", fired + " that flew about 1,000 km.", "distance", "1000 about");
        row("dist-miles", fired + " that flew 600 miles.", "distance", "966");
        row("dist-nautical", fired + " that traveled 500 nautical miles.", "distance", "926");
        row("dist-space-group", fired + " that flew 1 100 km.", "distance", "1100");
        row("dist-dot-group", fired + " that flew 1.100 km.", "distance", "1100");
        row("dist-words", fired + " that flew about eight hundred kilometres.", "distance", "800 about");
        row("dist-words-thousand", fired + " that flew one thousand two hundred kilometers.", "distance", "1200");
        row("dist-range-dash", fired + " that flew 300-400 km.", "distance", "400 up to");
        row("dist-range-between", fired + " that flew between 300 and 400 kilometres.", "distance", "400 up to");
        row("dist-km-then-miles", fired + ", sending it over some 700 kilometers (about 434 miles).", "distance", "700 about");
        row("dist-miles-then-km", fired + " that flew 434 miles (700 km).", "distance", "700");
        row("dist-roughly", fired + " that flew roughly 250 km before landing.", "distance", "250 about");
        row("dist-nearly", fired + " that flew nearly 1,000 km.", "distance", "1000 nearly");
        row("dist-more-than", fired + " that flew more than 900 km.", "distance", "900 more than");
        row("dist-estimated", "The missile traveled an estimated 1,100 kilometers (680 miles) after North Korea fired it on Tuesday.", "distance", "1100 estimated");
        row("dist-up-to", "North Korea fired several missiles on Tuesday. The missiles reportedly flew up to 800 kilometers.", "distance", "800 up to");
        row("dist-approximately", fired + ", travelling approximately 350 kilometres before falling into the sea.", "distance", "350 approximately");
        // not a distance
        row("dist-watched-fly", fired + ". Kim Jong Un watched the missile fly about 900 km over the East Sea.", "distance", "900 about");
        row("dist-seen-fly", fired + ", and radar saw it fly 650 kilometres.", "distance", "650");
        row("dist-seen-to-fly", fired + ", which was seen to fly 450 km toward Japan.", "distance", "450");
        row("dist-flight-paths", fired + ". The missiles flew along oval flight paths of 1,200 km.", "distance", "1200");
        row("dist-fly-before", fired + " and made it fly nearly 700 kilometres before it came down.", "distance", "700 nearly");
        row("nodist-could-fly", fired + " that could fly 3,000 km.", "distance", "none");
        row("nodist-can-fly", fired + "; missiles of this type can fly 1,500 km.", "distance", "none");
        row("nodist-nominal-range", fired + " with a range of up to 5,500 km.", "distance", "none");
        row("nodist-calibre", "North Korea fired four 600-millimetre rockets on Tuesday.", "distance", "none");
        row("nodist-calibre-mm", "North Korea fired two 600-mm super-large rockets on Tuesday.", "distance", "none");
        row("nodist-from-city", "North Korea fired a missile on Tuesday from a site 50 km north of Pyongyang.", "distance", "none");
        row("nodist-fell-west-of", fired + "; it fell 200 km west of Okushiri island.", "distance", "none");
        // A distance off a place named is where it fell, not how far it flew.
        row("nodist-off-peninsula", fired + "; it fell only some 250 kilometres off the Oga Peninsula.", "distance", "none");
        row("nodist-off-island", fired + ", which came down 200 km off Okushiri Island.", "distance", "none");
        row("nodist-off-country-coast", fired + " that splashed down about 300 km off Japan's northern coast.", "distance", "none");
        row("nodist-off-bracketed", fired + "; it landed about 250 km (135 nautical miles) off the Noto Peninsula.", "distance", "none");
        row("nodist-off-prefecture", fired + " that fell around 150 km off Aomori Prefecture.", "distance", "none");
        // (Off the east coast, lower case, is no place named: read as before.)
        row("dist-off-east-coast", fired + " that flew 600 km off the east coast.", "distance", "600");
        row("nodist-duration", fired + " that flew for 40 minutes.", "distance", "none");
        row("nodist-troops", fired + " after sending about 15,000 soldiers to Russia.", "distance", "none");
        row("nodist-speed", fired + " that flew at 5,000 km/h.", "distance", "none");
        row("nodist-could", fired + " that could travel 3,000 km.", "distance", "none");
        row("dist-after-apogee", fired + ". It reached a maximum altitude of about 100 kilometers and flew about 400 kilometers.", "distance", "400 about");
        row("apogee-before-dist", fired + ". It reached a maximum altitude of about 100 kilometers and flew about 400 kilometers.", "apogee", "100 about");
        // apogee
        row("apogee-altitude", fired + ". The missile reached an altitude of around 80 kilometres.", "apogee", "80 around");
        row("apogee-apogee", fired + " that reached an apogee of 6,000 km.", "apogee", "6000");
        row("apogee-max-altitude", fired + " that flew 1,000 km at a maximum altitude of 2,000 km.", "apogee", "2000");
        row("apogee-and-distance", fired + " that flew 1,000 km at a maximum altitude of 2,000 km.", "distance", "1000");
        row("apogee-height", fired + " that climbed to a height of about 100 km.", "apogee", "100 about");
        row("apogee-tilde", fired + ", max altitude ~60 km, Tokyo said.", "apogee", "60 about");
        row("apogee-topping-out", fired + ". They flew some 350 km, topping out at about 50 km, the JCS said.", "apogee", "50 about");
        row("apogee-topped-out", fired + " that flew 600 km and topped out at 90 km.", "apogee", "90");
        row("dist-beside-topping-out", fired + ". They flew some 350 km, topping out at about 50 km, the JCS said.", "distance", "350 about");
        row("apogee-peak", fired + " that peaked at 50 km.", "apogee", "50");
        // "a ballistic missile from a submarine" is an SLBM
        row("class-from-a-submarine", "North Korea test-fired a ballistic missile from a submarine on Tuesday, the JCS said.", "classes", "SLBM");
        row("class-fired-from-its-submarine", "The North launched two ballistic missiles fired from its new submarine on Tuesday.", "classes", "SLBM");
        row("class-launched-from-the-submarine", "A ballistic missile launched from the submarine flew 400 km on Tuesday.", "classes", "SLBM");
        row("class-from-a-strategic-submarine", "Pyongyang fired a ballistic missile from a strategic submarine on Tuesday.", "classes", "SLBM");
        row("class-plural-from-submarines", "North Korea fired ballistic missiles from submarines on Tuesday, officials said.", "classes", "SLBM");
        // a launch noun "of" a bare plural: at least two
        row("count-test-fire-of-plural", "North Korea conducted a test-fire of strategic cruise missiles on Tuesday over the West Sea.", "count", "2..-1");
        row("count-launch-of-plural", "Pyongyang carried out the launch of new-type tactical ballistic missiles on Tuesday.", "count", "2..-1");
        row("count-test-launch-of-plural", "The army staged a test-launch of anti-ship cruise missiles on Tuesday, KCNA said.", "count", "2..-1");
        row("count-salvo-of-plural", "North Korea fired a salvo of short-range ballistic missiles on Tuesday.", "count", "2..-1");
        row("count-firing-of-plural", "Kim oversaw a firing of hypersonic missiles on Tuesday, state media said.", "count", "2..-1");
        // the launcher and the day between the noun and its "of"
        row("count-launch-by-on-of", "Canada condemns the launch by North Korea, on 6 January, of two ballistic missiles.", "count", "2..2");
        row("count-launch-by-of", "Seoul denounced the launch by Pyongyang of three cruise missiles on Tuesday.", "count", "3..3");
        row("count-firing-by-the-north-of", "The firing by the North on Monday of several short-range missiles drew protests.", "count", "2..-1");
        row("count-launch-by-of-singular", "France condemns the launch by North Korea, on 6 January, of a ballistic missile that flew 1,000 km.", "count", "1..1");
        row("count-test-by-of", "The test by North Korea yesterday of four hypersonic missiles alarmed Japan.", "count", "4..4");
        // site
        row("site-county", "North Korea launched a missile on Tuesday from the western county of Taekwan.", "site", "Taegwan County");
        row("site-near-coast", "North Korea launched missiles on Tuesday from its eastern coast near Wonsan.", "site", "Wonsan");
        row("site-near-wide", "North Korea launched missiles on Tuesday from its eastern coast near Wonsan.", "near", "wide");
        row("site-province", "The missiles were launched from the Jagang Province on Tuesday, the military said.", "site", "Chagang-do");
        row("site-area-near", "The missiles were fired on Tuesday from an area near Pyongyang.", "site", "Pyongyang");
        row("site-area-near-wide", "The missiles were fired on Tuesday from an area near Pyongyang.", "near", "wide");
        row("site-area-after", "The missiles were fired on Tuesday from the Wonsan area in Kangwon Province.", "near", "wide");
        row("site-city-tight", "North Korea fired a missile from Sinpo on Tuesday.", "near", "tight");
        row("site-romanization", "North Korea fired two missiles on Monday from the Ryeokpho district on the capital's edge.", "site", "Ryokpho district");
        // "near"/"off"/"at" a place a few words after the launch verb, in its clause
        row("site-verb-off-port", "The North launched what seemed to be an SLBM off the northeastern port of Sinpo on Tuesday.", "site", "Sinpo");
        row("site-verb-object-near", "North Korea fired three cruise missiles near Wonsan on Tuesday, the JCS said.", "site", "Wonsan");
        row("site-verb-time-near", "The missile was fired at about 7:20am local time (22:20 GMT) near Sunan on Tuesday.", "site", "Sunan");
        row("site-verb-coastal-city", "Pyongyang test-fired two ballistic missiles on Tuesday off the east coast city of Hamhung.", "site", "Hamhung");
        row("site-verb-port-of-near-wide", "North Korea fired two missiles near the port of Nampo on Tuesday.", "near", "wide");
        row("site-verb-port-of", "North Korea fired two missiles near the port of Nampo on Tuesday.", "site", "Nampo");
        row("site-verb-not-distance", "North Korea fired a missile on Tuesday that fell 300 km off Wonsan, officials said.", "site", "text:");
        row("site-verb-not-other-clause", "North Korea fired a missile on Tuesday; a drill was held near Kaesong.", "site", "text:");
        // a launch noun right before "from" names the site too
        row("site-launch-noun-from", "The launch from Sinpo on Tuesday drew protests from Tokyo and Seoul.", "site", "Sinpo");
        row("site-salvo-from-area", "Tuesday's salvo from the Wonsan area involved four ballistic missiles.", "site", "Wonsan");
        row("site-test-from", "A missile test from Kusong on Tuesday was confirmed by the JCS.", "site", "Kusong");
        row("site-firing-from", "The firing from Sunan on Tuesday was of two ballistic missiles.", "site", "Sunan");
        row("site-latest-launch-from", "The latest missile launch from Sohae on Tuesday was watched by Kim.", "site", "Sohae Satellite Launching Station");
        // a launch noun, a detection verb, then "from"
        row("site-noun-detected-from", "JCS: launch detected at 6:40 a.m. KST from the Sinpo area.", "site", "Sinpo");
        row("site-noun-was-detected-from", "A missile launch was detected on Tuesday from the Wonsan area.", "site", "Wonsan");
        row("site-noun-spotted-from", "The firing of a ballistic missile was spotted by radar shortly after noon from Kusong.", "site", "Kusong");
        row("site-noun-conducted-from", "The missile test conducted on Tuesday from a barge off Sinpo used a new launcher.", "site", "Sinpo");
        row("site-noun-observed-from", "The ICBM launch observed early Tuesday from the Pyongyang area was the year's first.", "site", "Pyongyang");
        row("site-noun-drew-from-not", "North Korea fired a missile on Tuesday. The launch drew criticism from Kusong residents' relatives abroad.", "site", "text:");
        // a launch noun followed by where it was
        row("site-noun-near", "The launch near Wonsan on Tuesday drew protests from Tokyo.", "site", "Wonsan");
        row("site-noun-near-wide", "The launch near Wonsan on Tuesday drew protests from Tokyo.", "near", "wide");
        row("site-noun-at", "Tuesday's missile launch at Sohae was watched by Kim Jong Un.", "site", "Sohae Satellite Launching Station");
        row("site-noun-off", "The salvo off Sinpo on Tuesday involved two ballistic missiles.", "site", "Sinpo");
        row("site-noun-in-province", "The missile test in North Hamgyong on Tuesday was the third this month.", "site", "Hamgyŏng-bukto");
        row("site-noun-in-month-not", "North Korea fired a missile on Tuesday, its first launch in January or since.", "site", "text:");
        // what a military tracked or detected is what was fired
        row("count-tracked-several", "The salvo on Tuesday was a test of a new launcher; Seoul's military had tracked several missiles.", "count", "2..-1");
        row("count-detected-two", "The launch this morning of what Pyongyang called a new weapon was condemned; the JCS detected two ballistic missiles.", "count", "2..2");
        row("count-spotted-three", "The test of new hardware on Tuesday was watched closely; Japan spotted three missiles.", "count", "3..3");
        row("count-observed-four", "A launch of new hardware took place on Tuesday, and radars observed four cruise missiles.", "count", "4..4");
        row("count-detected-what-appeared", "The launch on Tuesday of an unknown type was confirmed; Seoul detected what appeared to be two SRBMs.", "count", "2..2");
        row("site-breve", "North Korea fired a missile from Hamhŭng on Tuesday.", "site", "Hamhung");
        row("site-alias", "North Korea fired a rocket from Tongchang-ri on Tuesday.", "site", "Sohae Satellite Launching Station");
        row("site-unknown", "North Korea fired a missile on Tuesday from the Kangso district.", "site", "text:from the Kangso");
        row("site-offset-wide", "North Korea fired a missile on Tuesday from a site 50 km north of Pyongyang.", "near", "wide");
        row("site-not-reaction", "North Korea fired a missile on Tuesday. The launch drew protests from Seoul.", "site", "text:");
        // splashdown
        row("sea-east", fired + " that landed in the East Sea.", "sea", "East Sea");
        row("sea-japan", fired + " into the Sea of Japan.", "sea", "East Sea");
        row("sea-between", fired + " that landed in the waters between the Korean Peninsula and Japan.", "sea", "East Sea");
        row("sea-off-east-coast", fired + " off its east coast.", "sea", "East Sea");
        row("sea-off-norths-coast", fired + ", falling into the sea off the North's eastern coast.", "sea", "East Sea");
        row("sea-country-coast", fired + " that splashed down in the waters off the country's eastern coast.", "sea", "East Sea");
        row("sea-coast-then-sea", "North Korea launched missiles on Tuesday from its eastern coast near Wonsan. The missiles flew 800 km before landing in the sea.", "sea", "East Sea");
        row("sea-yellow", fired + " into the Yellow Sea.", "sea", "Yellow Sea");
        row("sea-west", fired + " into the West Sea.", "sea", "Yellow Sea");
        row("sea-off-west-coast", fired + " off its west coast.", "sea", "Yellow Sea");
        // a unit glued to the number
        row("dist-glued-km", fired + " that flew 1,230km, according to Seoul.", "distance", "1230");
        row("dist-glued-kilometres", fired + " that travelled some 610kilometres.", "distance", "610 about");
        row("eez-just-outside", fired + " that landed just outside Japan's exclusive economic zone.", "eez", "outside");
        row("eez-outside-its", fired + ". Japan's defence ministry said the missile landed outside its EEZ.", "eez", "outside");
        row("eez-beyond", fired + " that fell beyond Japan's EEZ.", "eez", "outside");
        row("eez-not-in", fired + ". Tokyo said it did not land in Japan's EEZ.", "eez", "outside");
        row("eez-never-inside", fired + "; it never fell inside Japan's exclusive economic zone.", "eez", "outside");
        row("eez-countrys", fired + " that fell outside the country's exclusive economic zone.", "eez", "outside");
        row("eez-inside", fired + " that fell inside Japan's exclusive economic zone.", "eez", "inside");
        row("eez-within", fired + " that landed within Japan's EEZ.", "eez", "inside");
        // "(did not) enter" the zone; "it is believed to have fallen outside ...", a sentence of its own
        row("eez-did-not-enter", fired + ". Tokyo said the missile did not enter Japan's exclusive economic zone.", "eez", "outside");
        // "no missiles had landed in": the negation in the subject turns the side around
        row("eez-no-missiles-landed", fired + ". Tokyo said no missiles had landed in Japan's EEZ.", "eez", "outside");
        row("eez-no-missile-fell", fired + "; no missile fell inside Japan's exclusive economic zone.", "eez", "outside");
        row("eez-no-projectile-entered", fired + ". No projectile entered Japan's EEZ, officials said.", "eez", "outside");
        // terse notes abbreviate Japan ("outside JP EEZ")
        row("eez-jp-outside", fired + " that fell outside JP EEZ.", "eez", "outside");
        row("eez-jp-inside", fired + " that landed inside JP EEZ, per the ministry.", "eez", "inside");
        row("eez-didnt-enter", fired + "; defence officials said it didn't enter Japan's EEZ.", "eez", "outside");
        row("eez-never-entered", fired + ". The projectile never entered the exclusive economic zone, the coast guard added.", "eez", "outside");
        row("eez-entered", fired + ". Japan's coast guard said the missile entered its EEZ west of Hokkaido.", "eez", "inside");
        row("eez-fallen-own-sentence", fired + " that flew some 400 km. It is thought to have fallen outside Japan's EEZ.", "eez", "outside");
        row("eez-fallen-inside", fired + ". It appears to have fallen inside Japan's exclusive economic zone, NHK said.", "eez", "inside");
        // terse notes without the possessive
        row("eez-japan-no-s", fired + " into the East Sea (inside Japan EEZ).", "eez", "inside");
        row("eez-japanese", fired + " that came down outside Japanese EEZ waters.", "eez", "outside");
        row("eez-japan-zone", fired + "; it splashed down within Japan exclusive economic zone.", "eez", "inside");
        row("eez-japanese-zone", fired + ". Tokyo: fell beyond the Japanese exclusive economic zone.", "eez", "outside");
        row("eez-not-japan", fired + ". It did not land in Japan EEZ, officials said.", "eez", "outside");
        // reaching the zone, or coming near it (never in it), and "none of them had"
        row("eez-reached-its", fired + ". Tokyo said the missile had reached its exclusive economic zone.", "eez", "inside");
        row("eez-none-had-reached", fired + ". Japan said none of the projectiles had reached its EEZ.", "eez", "outside");
        row("eez-none-reached", fired + "; none of them reached Japan's exclusive economic zone, Tokyo said.", "eez", "outside");
        row("eez-no-missile-came-near", fired + ". No projectile came near Japan's EEZ, the coast guard said.", "eez", "outside");
        row("eez-came-close-to", fired + " that came close to Japan's exclusive economic zone.", "eez", "outside");
        row("eez-coming-near", fired + ", one coming near the country's EEZ off Hokkaido.", "eez", "outside");
        // "the distance covered" told in a sentence of its own; how far the targets struck were
        row("dist-distance-covered", fired + ". It put the distance covered at 1,020 kilometres.", "distance", "1020");
        row("dist-distance-flown", fired + ". Seoul said the distance flown was about 640 km.", "distance", "640 about");
        row("dist-distance-travelled", fired + ". The distance they travelled was 480 kilometers, KCNA said.", "distance", "480");
        row("dist-distance-it-covered", fired + ". KCNA put the distance it covered at 1,500 km.", "distance", "1500");
        row("dist-distance-traveled", fired + ". Japan said the distance traveled was 350 km.", "distance", "350");
        row("dist-struck-targets", fired + ", and KCNA said they struck targets 1,500 kilometers away.", "distance", "1500");
        row("dist-hit-its-target", fired + " that hit its target 600 km away, state media said.", "distance", "600");
        row("dist-hit-designated", fired + "; the missiles hit their designated targets 320 km away.", "distance", "320");
        row("dist-striking-targets", fired + ", striking targets some 250 km away.", "distance", "250 about");
        row("dist-struck-target", fired + " whose warhead struck the target 410 kilometres away.", "distance", "410");
        row("dist-designed-to-hit", fired + ". It is designed to hit targets 1,000 km away.", "distance", "none");
        // the sea named by its side of the peninsula
        row("sea-east-of-peninsula", fired + " before falling into the sea east of the Korean Peninsula.", "sea", "East Sea");
        row("sea-east-of-korea", fired + " that splashed down in the sea east of Korea.", "sea", "East Sea");
        row("sea-east-of-the-peninsula", fired + ", landing in the sea east of the peninsula.", "sea", "East Sea");
        row("sea-west-of-peninsula", fired + " that fell into the sea west of the Korean peninsula.", "sea", "Yellow Sea");
        row("sea-west-of-the-country", fired + " that came down in the sea west of the country.", "sea", "Yellow Sea");
        row("eez-has-fallen-beyond", fired + ". Officials in Tokyo say it has fallen beyond the EEZ.", "eez", "outside");
        row("land-island", fired + " that hit an island target.", "land", "land");
        row("land-struck", fired + " that struck a target on an uninhabited island.", "land", "land");
        row("land-not-could", fired + " that could hit targets in Japan.", "land", "sea");
        // classes
        row("class-srbm", "North Korea fired a short-range ballistic missile on Tuesday.", "classes", "SRBM");
        row("class-srbm-space", "North Korea fired two short range ballistic missiles on Tuesday.", "classes", "SRBM");
        row("class-srbm-abbr", "North Korea fired two SRBMs on Tuesday.", "classes", "SRBM");
        row("class-mrbm", "North Korea fired a medium-range ballistic missile on Tuesday.", "classes", "MRBM");
        row("class-irbm", "North Korea fired an intermediate-range ballistic missile on Tuesday.", "classes", "IRBM");
        row("class-icbm", "North Korea fired an intercontinental ballistic missile on Tuesday.", "classes", "ICBM");
        row("class-icbm-abbr", "North Korea test-fired an ICBM on Tuesday.", "classes", "ICBM");
        row("class-slbm", "North Korea fired a submarine-launched ballistic missile on Tuesday.", "classes", "SLBM");
        row("class-crbm", "North Korea fired close-range ballistic missiles on Tuesday.", "classes", "CRBM");
        row("class-ballistic", "North Korea fired multiple ballistic missiles on Tuesday.", "classes", "ballistic");
        row("class-cruise", "North Korea fired strategic cruise missiles on Tuesday.", "classes", "cruise");
        row("class-not-speculated", "North Korea fired two SRBMs on Tuesday. Watch for a cruise missile test timed to the summit, which analysts think is likely.", "classes", "SRBM");
        row("class-not-judged-likely", "North Korea fired an ICBM on Tuesday. Officials also flagged a cruise missile test, which several analysts in Seoul believe is likely within weeks.", "classes", "ICBM");
        // a quoted object after the launch verb
        // a class word in scare quotes ("a new "hypersonic" system")
        row("scare-quoted-class", "North Korea fired a missile on Tuesday. State media said it was a new \"hypersonic\" system.", "classes", "hypersonic");
        row("scare-quoted-curly", "North Korea fired a missile on Tuesday that KCNA called a \u201chypersonic\u201d weapon.", "classes", "hypersonic");
        row("scare-quoted-single", "North Korea fired a 'hypersonic' missile on Tuesday, state media claimed.", "classes", "hypersonic");
        row("scare-quoted-glide", "Pyongyang said it tested a \"hypersonic\" glide vehicle on Tuesday.", "classes", "hypersonic");
        row("scare-quoted-launch", "North Korea conducted what it called a \"hypersonic\" launch on Tuesday.", "classes", "hypersonic");
        row("quoted-object-tested", "North Korea tested \"an advanced hypersonic missile\" on Tuesday, state media said.", "classes", "hypersonic");
        row("quoted-object-launched", "Pyongyang launched \u201ctwo strategic cruise missiles\u201d on Tuesday, KCNA claimed.", "classes", "cruise");
        row("quoted-object-fired", "The North fired \"a new-type ballistic missile\" toward the East Sea on Tuesday.", "classes", "ballistic");
        row("quoted-object-weapon", "State media said it had tested \"a new weapon system\" on Tuesday, with hypersonic projectiles hitting an island target.", "classes", "hypersonic");
        row("quoted-object-count", "North Korea fired \"several SRBMs\" on Tuesday, Seoul said.", "count", "2..-1");
        // up to four words between a launch verb and its missile noun
        row("verb-four-words-cruise", "North Korea fired strategic and submarine-launched cruise missiles on Tuesday.", "classes", "cruise");
        row("verb-four-words-new", "Pyongyang launched new long-range strategic cruise missiles on Tuesday.", "classes", "cruise");
        row("verb-four-words-solid", "The North fired newly developed solid-fuel ballistic missiles on Tuesday.", "classes", "ballistic");
        row("verb-four-words-guided", "North Korea launched upgraded tactical guided ballistic missiles on Tuesday.", "classes", "ballistic");
        row("verb-four-words-glide", "It fired two-stage solid-fuel hypersonic glide missiles on Tuesday.", "classes", "hypersonic");
        // a place right after a gerund read as the launch verb
        row("site-gerund-near", "The Tuesday firing near Sinpo involved two ballistic missiles.", "site", "Sinpo");
        row("site-gerund-in", "Tuesday's firing in North Pyongan involved several ballistic missiles.", "site", "P'yŏngan-bukto");
        row("class-hypersonic", "North Korea launched a hypersonic missile on Tuesday.", "classes", "hypersonic");
        row("class-hypersonic-cruise", "North Korea fired hypersonic and cruise missiles on Tuesday.", "classes", "cruise,hypersonic");
        row("class-air-defense", "North Korea test-fired a new-type anti-aircraft missile on Tuesday.", "classes", "air-defense");
        row("class-not-generic", "North Korea fired a ballistic missile on Tuesday amid scrutiny of its short-range missile systems.", "classes", "ballistic");
        // two classes for one missile: both kept, a conflict
        row("conflict-mrbm-irbm", "North Korea launched a suspected medium-range ballistic missile on Monday. The military said the missile, presumed to be an intermediate-range ballistic missile, flew 1,100 km.", "conflict", "class");
        row("conflict-classes", "North Korea launched a suspected medium-range ballistic missile on Monday. The military said the missile, presumed to be an intermediate-range ballistic missile, flew 1,100 km.", "classes", "IRBM,MRBM");
        row("conflict-srbm-crbm", "North Korea fired a short-range ballistic missile on Monday. Seoul later said the missile was a close-range ballistic missile.", "conflict", "class");
        row("conflict-icbm-irbm", "North Korea fired what appeared to be an ICBM on Monday. Japan said the missile may have been an IRBM, as it flew 4,500 km.", "conflict", "class");
        row("conflict-irbm-mrbm", "North Korea launched an intermediate-range ballistic missile on Monday. The missile, identified as a medium-range ballistic missile by Japan, flew 1,000 km.", "conflict", "class");
        row("conflict-srbm-irbm", "North Korea fired a short-range ballistic missile on Monday. Analysts said the missile was an IRBM that flew 2,000 km on a lofted path.", "conflict", "class");
        // designations
        row("name-pair", "North Korea fired two Hwasong-11 (KN-23) missiles on Tuesday.", "names", "Hwasong-11,KN-23");
        row("name-space", "North Korea fired a Hwasong 11 missile on Tuesday.", "names", "Hwasong-11");
        row("name-nodash", "North Korea fired a KN23 missile on Tuesday.", "names", "KN-23");
        row("name-pukguksong", "North Korea test-fired a Pukguksong-3 from a submarine on Tuesday.", "names", "Pukguksong-3");
        // the family without its number: "a Pukguksong-type missile"
        row("name-family-type", "North Korea fired an SLBM on Tuesday; officials think it was a Pukguksong-type missile.", "names", "Pukguksong");
        row("name-family-class", "North Korea fired a Pukguksong-class missile from a submarine on Tuesday.", "names", "Pukguksong");
        row("name-family-series", "North Korea test-fired an SLBM of the Pukguksong series on Tuesday.", "names", "Pukguksong");
        row("name-family-romanised", "North Korea fired a Bukgeukseong-type SLBM off Sinpo on Tuesday.", "names", "Pukguksong");
        row("name-family-variant", "North Korea launched a new Pukguksong variant from a barge on Tuesday.", "names", "Pukguksong");
        row("name-family-bare-word-no", "North Korea fired an SLBM from the Pukguksong shipyard area on Tuesday.", "names", "");
        row("name-hwasal", "North Korea fired two Hwasal-2 cruise missiles on Tuesday.", "names", "Hwasal-2");
        row("name-haeil", "North Korea said it tested a Haeil underwater drone and fired missiles on Tuesday.", "names", "Haeil");
        row("name-icbm", "North Korea launched a Hwasong-19 ICBM on Tuesday.", "names", "Hwasong-19");
        row("name-not-comparison", "North Korea fired two missiles on Tuesday, a system similar to Russia's Iskander.", "names", "");
        row("name-not-resembling", "North Korea fired a new missile on Tuesday resembling the KN-23.", "names", "");
        row("name-not-like", "North Korea fired a new missile on Tuesday that looked like the Hwasong-11.", "names", "");
        // "modell?ed": one l or two ("modeled" was once never read as a comparison).
        row("name-not-modeled-on", "North Korea fired a new missile on Tuesday modeled on the KN-23.", "names", "");
        row("name-not-modeled-after", "North Korea fired a new missile on Tuesday, modeled after the Hwasong-15.", "names", "");
        row("name-not-modeled-on-possessive", "North Korea fired an SRBM on Tuesday modeled on Russia's Iskander.", "names", "");
        row("name-not-modelled-after", "North Korea fired a new missile on Tuesday modelled after the Hwasong-11.", "names", "");
        // counts
        row("count-a", "North Korea fired a ballistic missile on Tuesday.", "count", "1..1");
        row("count-one", "North Korea fired one short-range missile on Tuesday.", "count", "1..1");
        row("count-two", "North Korea fired two ballistic missiles on Tuesday.", "count", "2..2");
        row("count-digits", "North Korea fired 3 cruise missiles on Tuesday.", "count", "3..3");
        row("count-multiple", "North Korea launched multiple short-range ballistic missiles on Tuesday.", "count", "2..-1");
        row("count-several", "North Korea fired several missiles on Tuesday.", "count", "2..-1");
        row("count-barrage", "North Korea fired a barrage of missiles on Tuesday.", "count", "2..-1");
        row("count-at-least", "North Korea fired at least seven short-range ballistic missiles on Tuesday.", "count", "7..-1");
        row("count-salvo", "North Korea fired a salvo of six on Tuesday, all short-range missiles.", "count", "6..6");
        row("count-more-than", "North Korea fired more than 10 missiles on Tuesday.", "count", "11..-1");
        // one missile of each type at least: "two types" is not two missiles, but at least two
        row("count-bare-plural", "North Korea test-fired strategic cruise missiles off its west coast on Tuesday.", "count", "2..-1");
        row("count-bare-plural-then-number", "North Korea launched ballistic missiles on Tuesday. Seoul said five missiles were fired.", "count", "5..5");
        row("count-bare-plural-firing", "The North began firing cruise missiles into the sea on Tuesday, Seoul said.", "count", "2..-1");
        // An open count ("several", "a salvo of", "at least two") made exact by the
        // launch's missiles numbered later; a number that is itself open, or one, leaves it.
        row("count-several-then-three", "North Korea fired several short-range ballistic missiles on Tuesday. South Korea says three missiles were launched.", "count", "3..3");
        row("count-salvo-then-four", "North Korea fired a salvo of short-range missiles on Tuesday. Japan said four short-range ballistic missiles were launched.", "count", "4..4");
        row("count-barrage-then-kcna", "North Korea fired a barrage of short-range ballistic missiles on Tuesday. KCNA later said 12 rockets were launched.", "count", "12..12");
        row("count-multiple-then-two", "The North launched multiple cruise missiles on Tuesday. Seoul said two cruise missiles were launched.", "count", "2..2");
        row("count-several-then-five-fired", "Pyongyang test-fired several missiles on Tuesday. The JCS said five missiles were fired.", "count", "5..5");
        row("count-several-then-at-least", "North Korea fired several missiles on Tuesday; Seoul said at least eight missiles were fired.", "count", "2..-1");
        row("count-at-least-one-then-the", "North Korea fired at least one ballistic missile on Tuesday. Japan said the missile was launched eastward.", "count", "1..-1");
        row("count-kinds-at-least", "Pyongyang test-fired three kinds of new air defence missiles on Tuesday.", "count", "3..-1");
        // a number right after a launch noun ("a test-firing of", "a salvo of") counts the missiles
        row("count-noun-test-firing-of", "North Korea conducted a test-firing of three new cruise missiles on Tuesday.", "count", "3..3");
        row("count-noun-salvo-several", "The North launched nothing new but staged a salvo of several ballistic missiles on Tuesday.", "count", "2..-1");
        row("count-noun-types", "Pyongyang carried out a test of two types of air defence missiles on Tuesday.", "count", "2..-1");
        row("count-noun-launch-of", "State media reported the launch of four cruise missiles on Tuesday.", "count", "4..4");
        row("count-noun-volley", "Seoul detected a volley of six short-range missiles on Tuesday.", "count", "6..6");
        row("count-noun-far", "North Korea conducted a missile test on Tuesday; officials counted two missiles later.", "count", "0..-1");
        row("count-types-at-least", "North Korea fired two types of missiles on Tuesday.", "count", "2..-1");
        row("count-not-test", "North Korea conducted a missile test on Tuesday, firing from Sinpo.", "count", "0..-1");
        // claimant
        row("claim-jcs", "South Korea's Joint Chiefs of Staff said North Korea fired a missile on Tuesday.", "claimant", "JCS");
        row("claim-japan", "Japan's Ministry of Defense said North Korea fired a missile on Tuesday.", "claimant", "Japan MoD");
        row("claim-kcna", "KCNA said North Korea test-fired a new missile on Tuesday.", "claimant", "KCNA");
        // "after" alone does not make the launch an earlier one
        row("to-date-not-generic", "North Korea fired its most powerful ICBM to date on Thursday.", "classes", "ICBM");
        row("after-protest", "Japan lodged a protest after North Korea fired a ballistic missile on Tuesday.", "role", "primary");
        row("after-condemned", "Seoul condemned the act after the North launched two SRBMs on Tuesday.", "count", "2..2");
        // the date of a report is not the launch's
        row("report-next-day", "North Korea fired a missile on Wednesday. State media said the next day it had tested a new hypersonic missile, the Hwasong-16B.", "names", "Hwasong-16B");
        row("report-next-day-class", "North Korea fired a missile on Wednesday. State media said the next day it had tested a new hypersonic missile, the Hwasong-16B.", "classes", "hypersonic");
        row("test-fire-noun", "North Korea conducted a test-fire of a new-type medium-to-long-range solid-fuel ballistic missile on Tuesday.", "classes", "IRBM");
        row("tested-verb", "North Korea tested a new cruise missile on Tuesday.", "classes", "cruise");
        // a singular "the missile"/"the rocket" as the launch's subject or object is one,
        // unless a number is stated for the same launch
        row("count-the-missile", "The missile, fired from Sunan on Tuesday, flew 500 km.", "count", "1..1");
        row("count-the-rocket", "The rocket was launched from the west coast on Tuesday, Seoul said.", "count", "1..1");
        row("count-the-new-missile", "The new ballistic missile was test-fired on Tuesday.", "count", "1..1");
        row("count-object", "North Korea fired the missile toward the East Sea on Tuesday.", "count", "1..1");
        row("count-number-beats-the", "North Korea fired three ballistic missiles on Tuesday. The missile that flew farthest was launched from Sunan.", "count", "3..3");
        row("count-later-number-beats-the", "The rocket was launched on Tuesday; officials later said two rockets had been fired.", "count", "2..2");
        // a launch noun, when it was, then "of" and the count
        row("count-launch-this-morning-of", "Seoul condemned North Korea's launch this morning of an intermediate-range ballistic missile.", "count", "1..1");
        row("count-launch-on-day-of", "Tokyo protested the launch on Tuesday of two short-range ballistic missiles.", "count", "2..2");
        row("count-launch-early-of", "The launch early Tuesday of a single cruise missile was picked up by radar.", "count", "1..1");
        row("count-launch-yesterday-of", "Japan lodged a protest over the North's launch yesterday of three ballistic missiles.", "count", "3..3");
        row("count-firing-last-night-of", "The firing last night of four cruise missiles off the west coast was confirmed by Seoul.", "count", "4..4");
        row("count-launch-not-of-other", "The launch on Tuesday was a breach of two Security Council resolutions, Seoul said of the ballistic missile.", "count", "0..-1");
        row("count-missile-launch-noun", "The missile launch on Tuesday involved two cruise missiles fired from Nampo.", "count", "2..2");
        // several sentences build one launch
        row("accumulate", "North Korea launched a ballistic missile on Tuesday. The missile flew 600 km. It reached an altitude of 50 km and landed in the East Sea.", "apogee", "50");
        row("accumulate-sea", "North Korea launched a ballistic missile on Tuesday. The missile flew 600 km. It reached an altitude of 50 km and landed in the East Sea.", "sea", "East Sea");
    }
    void primaryField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const auto r = extractLaunches(text);
        QVERIFY2(!r.launches.isEmpty(), "no launch extracted");
        const LaunchMention &m = r.launches.first();
        QCOMPARE(roleName(m.role), QStringLiteral("primary"));
        QString got = ::field(m, field);
        if (field == QLatin1String("site") && expected.startsWith(QLatin1String("text:")))
            got = got.left(expected.size());
        QCOMPARE(got, expected);
        // Every field set has its evidence in the text.
        for (const Evidence &e : m.evidence) {
            QVERIFY(e.isValid());
            QCOMPARE(text.mid(e.start, e.end - e.start), e.text());
        }
    }

    // A stated day beats a period phrase ("this week", "this month") for the launch's
    // date, whether the period is nearer the verb or told in an earlier sentence.
    // Publication date Wednesday 12 March 2025.
    void statedDayBeatsPeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("week-then-day") << QStringLiteral("North Korea fired missiles twice this week, Seoul said. On Monday, the North launched a short-range ballistic missile toward the East Sea.") << QDate(2025, 3, 10);
        QTest::newRow("week-nearer-verb") << QStringLiteral("North Korea, in its second test this week, launched a cruise missile on Monday.") << QDate(2025, 3, 10);
        QTest::newRow("month-then-date") << QStringLiteral("The North has launched ballistic missiles repeatedly this month. It fired a ballistic missile from Sunan on 4 March, the JCS said.") << QDate(2025, 3, 4);
        QTest::newRow("earlier-week-then-day") << QStringLiteral("Pyongyang test-fired missiles earlier this week. The latest, a ballistic missile launched on Tuesday, flew 300 km.") << QDate(2025, 3, 11);
        QTest::newRow("week-with-dated-day") << QStringLiteral("North Korea fired a missile this week: the launch took place on 11 March, according to Japan's defence ministry.") << QDate(2025, 3, 11);
    }
    void statedDayBeatsPeriod()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        QVERIFY2(!r.launches.isEmpty(), "no launch extracted");
        const LaunchMention &m = r.launches.first();
        QCOMPARE(precisionName(m.date.precision), QStringLiteral("day"));
        QCOMPARE(m.date.earliest, day);
        // The date's evidence is the day, not the period.
        for (const Evidence &e : m.evidence) {
            if (e.field == QLatin1String("date"))
                QVERIFY2(!e.text().contains(QLatin1String("week")) && !e.text().contains(QLatin1String("month")), qPrintable(e.text()));
        }
    }

    // Earlier launches an article refers to become "mentioned" launches.
    void mentioned_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("classes");
        const QString primary = QStringLiteral("North Korea fired a short-range ballistic missile on Tuesday. ");
        QTest::newRow("last-month") << primary + "Just last month, North Korea claimed to have fired both hypersonic and cruise missiles." << "month" << "cruise,hypersonic";
        QTest::newRow("since-day") << primary + "It was the first such test since November 5, when it fired at least seven short-range ballistic missiles off its east coast." << "day" << "SRBM";
        QTest::newRow("week-earlier") << primary + "The launch was the second this year, following a hypersonic missile test conducted just a week earlier." << "week" << "hypersonic";
        QTest::newRow("in-month") << primary + "State media reported successful tests of a new-generation air defense system in January." << "month" << "air-defense";
        QTest::newRow("weeks-ago") << primary + "Two weeks ago, North Korea test-fired cruise missiles off its west coast." << "week" << "cruise";
        QTest::newRow("previous") << primary + "In February, Pyongyang launched an ICBM that flew for 70 minutes." << "month" << "ICBM";
        // "flight-tested": a launch verb of its own
        QTest::newRow("flight-tested-after") << primary + "It came after the North flight-tested a solid-fuel ICBM last month." << "month" << "ICBM";
        QTest::newRow("flight-tested-in") << primary + "In January, Pyongyang flight-tested its newest hypersonic missile." << "month" << "hypersonic";
        QTest::newRow("flight-tested-passive") << primary + "A new intercontinental ballistic missile was flight-tested two weeks ago." << "week" << "ICBM";
        QTest::newRow("flight-test-noun") << primary + "A flight-test of a cruise missile last month drew protests from Tokyo." << "month" << "cruise";
        QTest::newRow("flight-tested-weeks") << primary + "Three weeks ago, the North flight-tested cruise missiles over the Yellow Sea." << "week" << "cruise";
    }
    void mentioned()
    {
        QFETCH(QString, text);
        QFETCH(QString, precision);
        QFETCH(QString, classes);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(0).role, LaunchRole::Primary);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("classes")), QStringLiteral("SRBM"));
        const LaunchMention &m = r.launches.at(1);
        QCOMPARE(m.role, LaunchRole::Mentioned);
        QCOMPARE(precisionName(m.date.precision), precision);
        QVERIFY2(m.date.isKnown() && m.date.latest < QDate(2025, 3, 11), qPrintable(m.date.display()));
        QCOMPARE(field(m, QStringLiteral("classes")), classes);
    }

    // "its first ICBM test since 31 October 2024": the launch told is the primary,
    // and the "since" date dates an earlier launch of the kind the noun phrase names.
    void firstSinceIsAnEarlierLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("earlier");
        QTest::addColumn<QString>("classes");
        QTest::newRow("own-sentence") << QStringLiteral("North Korea fired a ballistic missile on Tuesday. It was the North's first ballistic missile launch since January 6.")
                                      << QDate(2025, 1, 6) << "ballistic";
        QTest::newRow("apposition") << QStringLiteral("Pyongyang launched an ICBM on Tuesday, its first ICBM test since 31 October 2024, Seoul said.")
                                    << QDate(2024, 10, 31) << "ICBM";
        QTest::newRow("firing-noun") << QStringLiteral("North Korea fired cruise missiles on Tuesday. The launch was the country's first cruise missile firing since Jan. 25, according to Yonhap.")
                                     << QDate(2025, 1, 25) << "cruise";
        QTest::newRow("possessive-test") << QStringLiteral("North Korea launched a hypersonic missile on Tuesday. Officials said it was Pyongyang's first hypersonic missile test since February 1.")
                                         << QDate(2025, 2, 1) << "hypersonic";
        QTest::newRow("such-launch") << QStringLiteral("North Korea fired two short-range ballistic missiles on Tuesday. Tokyo called it the first such launch since February 20.")
                                     << QDate(2025, 2, 20) << "";
    }
    void firstSinceIsAnEarlierLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QDate, earlier);
        QFETCH(QString, classes);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(0).role, LaunchRole::Primary);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        const LaunchMention &m = r.launches.at(1);
        QCOMPARE(m.role, LaunchRole::Mentioned);
        QCOMPARE(precisionName(m.date.precision), QStringLiteral("day"));
        QCOMPARE(m.date.earliest, earlier);
        QCOMPARE(field(m, QStringLiteral("classes")), classes);
    }
    void firstWithoutSinceIsNoEarlierLaunch()
    {
        // "first ... in two months" and "since" after another noun name no earlier launch of their own.
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile on Tuesday, its first launch in two months."));
        QCOMPARE(r.launches.size(), 1);
        const auto r2 = extractLaunches(QStringLiteral("North Korea fired a ballistic missile on Tuesday. It was the first launch reported by Seoul's military, which has tightened its watch since January 6."));
        QCOMPARE(r2.launches.size(), 1);
    }

    // "the Hwasong-19, which North Korea first tested in October 2024": the earlier launch
    // told in a relative clause is of the missile its antecedent names, and one name is
    // one kind of missile (the class the article gives that name).
    void relativeClauseNamesTheMissile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("names");
        QTest::addColumn<QString>("classes");
        QTest::newRow("it-was-the") << QStringLiteral("North Korea fired an ICBM on Tuesday. Analysts said it was the Hwasong-18, which the North first tested in April 2023.")
                                    << "Hwasong-18" << "ICBM";
        QTest::newRow("believed-to-be") << QStringLiteral("North Korea fired a short-range ballistic missile on Tuesday, believed to be a KN-23, which Pyongyang first launched in May 2019.")
                                        << "KN-23" << "SRBM";
        QTest::newRow("no-class-given") << QStringLiteral("Tuesday's launch was of a Hwasong-11, which North Korea first fired in May 2019, Seoul said.")
                                        << "Hwasong-11" << "";
        QTest::newRow("flight-tested") << QStringLiteral("The IRBM fired on Tuesday was a Hwasong-16B, which the North first flight-tested in April 2024.")
                                       << "Hwasong-16B" << "IRBM";
        QTest::newRow("colon") << QStringLiteral("Pyongyang launched an intercontinental ballistic missile on Tuesday: the Hwasong-19, which it first tested in October 2024.")
                               << "Hwasong-19" << "ICBM";
    }
    void relativeClauseNamesTheMissile()
    {
        QFETCH(QString, text);
        QFETCH(QString, names);
        QFETCH(QString, classes);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        const LaunchMention &m = r.launches.at(1);
        QCOMPARE(m.role, LaunchRole::Mentioned);
        QCOMPARE(precisionName(m.date.precision), QStringLiteral("month"));
        QVERIFY(m.date.latest < QDate(2025, 1, 1));
        QCOMPARE(field(m, QStringLiteral("names")), names);
        QCOMPARE(field(m, QStringLiteral("classes")), classes);
    }

    // "BREAKING: North Korea has fired ...": a launch reported as just done, with no day
    // stated anywhere, is of the report's day; a day stated later wins, and the simple
    // past ("fired") or an article without a date stays undated.
    void justFiredIsOfTheReportDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("breaking") << QStringLiteral("BREAKING: North Korea has fired a ballistic missile toward the East Sea, Seoul says.");
        QTest::newRow("has-launched") << QStringLiteral("North Korea has launched an unidentified projectile, Japan's coast guard said.");
        QTest::newRow("has-just-fired") << QStringLiteral("Pyongyang has just fired two short-range missiles, according to the JCS. More to follow.");
        QTest::newRow("has-test-fired") << QStringLiteral("The North has test-fired a cruise missile off its west coast, state media reported.");
        QTest::newRow("has-again-fired") << QStringLiteral("South Korea's military says North Korea has again fired a ballistic missile.");
    }
    void justFiredIsOfTheReportDay()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(precisionName(r.launches.at(0).date.precision), QStringLiteral("day"));
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 12));
        QVERIFY(!extractLaunches(text, QDate()).launches.at(0).date.isKnown());
    }
    void justFiredKeepsAStatedDay()
    {
        const auto r = extractLaunches(QStringLiteral("North Korea has fired a ballistic missile. The launch took place on Monday, Seoul said."));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 10));
        const auto past = extractLaunches(QStringLiteral("North Korea fired a ballistic missile toward the East Sea, Seoul said."));
        QCOMPARE(past.launches.size(), 1);
        QVERIFY(!past.launches.at(0).date.isKnown());
    }

    // "Last flight of this type was January 6": an earlier launch of the kind just told.
    void lastFlightOfThisType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("distance");
        const QString primary = QStringLiteral("North Korea fired a hypersonic missile on Tuesday. ");
        QTest::newRow("was-date-distance") << primary + "Last flight of this type was January 6 (about 1,100 km)." << QDate(2025, 1, 6) << "1100 about";
        QTest::newRow("previous-came") << primary + "The previous flight of this type came on 14 February, when it flew 900 km." << QDate(2025, 2, 14) << "900";
        QTest::newRow("prior-same-kind") << primary + "Its prior flight of the same kind was on January 30." << QDate(2025, 1, 30) << "none";
        QTest::newRow("earlier-missile") << primary + "An earlier flight of the missile, on February 2, covered some 600 km." << QDate(2025, 2, 2) << "600 about";
        QTest::newRow("last-took-place") << primary + "The last flight of that type took place on Jan. 20, Seoul said." << QDate(2025, 1, 20) << "none";
    }
    void lastFlightOfThisType()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QFETCH(QString, distance);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        QCOMPARE(field(r.launches.at(0), QStringLiteral("distance")), QStringLiteral("none"));
        const LaunchMention &m = r.launches.at(1);
        QCOMPARE(m.role, LaunchRole::Mentioned);
        QCOMPARE(m.date.earliest, day);
        QCOMPARE(field(m, QStringLiteral("distance")), distance);
        if (text.contains(QLatin1String("type")) || text.contains(QLatin1String("kind")))
            QCOMPARE(field(m, QStringLiteral("classes")), QStringLiteral("hypersonic"));
    }
    void flightAloneIsNoLaunch()
    {
        // a flight not said to be an earlier one of the kind is the launch's own flight
        const auto r = extractLaunches(QStringLiteral("North Korea fired a missile on Tuesday. The flight of the missile lasted 12 minutes, and its last flight in January lasted ten."));
        QCOMPARE(r.launches.size(), 1);
    }

    // "now assessing it as an intermediate-range missile": a sentence that says what the
    // launch told was, naming it by a pronoun, adds to it.
    void assessedAsAddsToTheLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("classes");
        const QString breaking = QStringLiteral("BREAKING: North Korea has fired an unidentified projectile, Seoul says. ");
        QTest::newRow("assessing-it-as") << breaking + "Update: the JCS is now assessing it as an intermediate-range missile." << "IRBM";
        QTest::newRow("identified-them") << breaking + "Seoul later identified them as SRBMs." << "SRBM";
        QTest::newRow("believes-it-to-be") << breaking + "Tokyo believes it to be a new solid-fuel ICBM." << "ICBM";
        QTest::newRow("classified-it") << breaking + "Officials classified it as a hypersonic missile on Wednesday." << "hypersonic";
        QTest::newRow("judged-it") << breaking + "Analysts judged it as a cruise missile based on its low altitude." << "cruise";
        QTest::newRow("said-it-was") << breaking + "State media said the next day it was a new \"hypersonic\" system." << "hypersonic";
        QTest::newRow("claimed-they-were") << breaking + "KCNA claimed they were tactical cruise missiles." << "cruise";
        QTest::newRow("reported-that-it-was") << breaking + "Japanese media reported that it was an ICBM." << "ICBM";
        QTest::newRow("insists-it-is") << breaking + "Pyongyang insists it is a hypersonic weapon, not a ballistic one." << "hypersonic";
    }
    void assessedAsAddsToTheLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QString, classes);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("classes")), classes);
    }

    // "No ICBM has flown since the Hwasong-19 on 31 October 2024": the flight it counts from.
    void flownSinceIsAnEarlierLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("names");
        const QString primary = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("designation-on-day") << primary + "No ICBM has flown since the Hwasong-18 on 18 December 2023." << QDate(2023, 12, 18) << "Hwasong-18";
        QTest::newRow("words-class") << primary + "No intercontinental missile has flown since the Hwasong-19 on 31 October 2024, analysts note." << QDate(2024, 10, 31) << "Hwasong-19";
        QTest::newRow("not-a-single") << primary + "Not a single SLBM has flown since the Pukguksong-5 on 19 October 2022." << QDate(2022, 10, 19) << "Pukguksong-5";
        QTest::newRow("since-day") << primary + "No IRBM has flown since 14 January, Seoul said." << QDate(2025, 1, 14) << "";
        QTest::newRow("nothing-since-name") << primary + "Nothing of that class has flown since the KN-23 on 5 May 2024, according to Seoul." << QDate(2024, 5, 5) << "KN-23";
    }
    void flownSinceIsAnEarlierLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QFETCH(QString, names);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        const LaunchMention &m = r.launches.at(1);
        QCOMPARE(m.role, LaunchRole::Mentioned);
        QCOMPARE(m.date.earliest, day);
        QCOMPARE(field(m, QStringLiteral("names")), names);
    }

    // "The launch was North Korea's first of an ICBM since October 2024": the launch said
    // to be the first names, after "first", the kind of the earlier one it counts from.
    void launchWasFirstSince_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QString>("classes");
        const QString primary = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("first-of-an") << primary + "The launch was Pyongyang's first of an intermediate-range ballistic missile since May 2024." << QDate(2024, 5, 1) << "IRBM";
        QTest::newRow("marks-first") << primary + "The test marks the North's first ICBM flight since 18 December 2023." << QDate(2023, 12, 18) << "ICBM";
        QTest::newRow("is-its-first") << primary + "The firing is its first of a submarine-launched ballistic missile since October 2022, officials said." << QDate(2022, 10, 1) << "SLBM";
        QTest::newRow("was-the-first") << primary + "The launch was the first cruise missile test since 28 January." << QDate(2025, 1, 28) << "cruise";
        QTest::newRow("represented-first") << primary + "That launch represented the country's first hypersonic missile test since April 2024." << QDate(2024, 4, 1) << "hypersonic";
    }
    // "first into the Yellow Sea since ...": no kind named, no earlier launch made of it.
    void firstWithoutAKindAddsNothing_data()
    {
        QTest::addColumn<QString>("text");
        const QString primary = QStringLiteral("North Korea fired two ballistic missiles into the Yellow Sea on Tuesday. ");
        QTest::newRow("first-into-sea") << primary + "The launch is the North's first into the Yellow Sea since 10 March.";
        QTest::newRow("first-from-site") << primary + "The launch was its first from that base since May 2024.";
        QTest::newRow("first-this-spring") << primary + "The test was the first in the area since 2 February.";
        QTest::newRow("first-at-night") << primary + "The launch marks the first at night since 14 January.";
        QTest::newRow("first-under-drills") << primary + "The firing was the first during allied drills since April 2024.";
    }
    void firstWithoutAKindAddsNothing()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << m.date.earliest.toString(Qt::ISODate) + u' ' + m.splashdown.sea;
        QVERIFY2(!r.launches.isEmpty(), "no launch");
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        QCOMPARE(r.launches.at(0).splashdown.sea, QStringLiteral("Yellow Sea"));
    }

    void launchWasFirstSince()
    {
        QFETCH(QString, text);
        QFETCH(QDate, earliest);
        QFETCH(QString, classes);
        // The sentence after it goes on about the launch told, not the earlier one.
        const auto r = extractLaunches(text + QStringLiteral(" Seoul said the missile flew about 900 km."));
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << m.date.earliest.toString(Qt::ISODate) + u' ' + m.classes.join(u',');
        QVERIFY2(r.launches.size() == 2, qPrintable(got.join(QLatin1String("; "))));
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        QCOMPARE(qRound(r.launches.at(0).distanceKm.value), 900);
        QVERIFY(!r.launches.at(1).distanceKm.isValid());
        const LaunchMention &m = r.launches.at(1);
        QCOMPARE(m.role, LaunchRole::Mentioned);
        QCOMPARE(m.date.earliest, earliest);
        QCOMPARE(field(m, QStringLiteral("classes")), classes);
    }

    // "On Jan. 24, 28 and 30, it fired ...": one launch per listed day, with the same facts.
    void listedDaysAreLaunchesEach_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("days"); // day of month of each launch, in order of the days
        const QString primary = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("comma-and") << primary + "On Feb. 3, 7 and 9, it fired cruise missiles off its west coast." << "3,7,9";
        QTest::newRow("two-days") << primary + "On January 6 and 14, Pyongyang launched short-range missiles." << "6,14";
        QTest::newRow("oxford-comma") << primary + "It test-fired cruise missiles on Feb. 2, 11, and 20, Seoul said." << "2,11,20";
        QTest::newRow("end-of-sentence") << primary + "Pyongyang fired cruise missiles into the sea on Jan. 17, 21 and 29." << "17,21,29";
        QTest::newRow("month-names") << primary + "The North launched two SRBMs on Feb. 8 and 22, according to the JCS." << "8,22";
        // A plural noun's days: "the launches on ...", "its tests on ...".
        QTest::newRow("plural-noun-launches") << primary + "The ballistic missile launches on Jan. 6, Jan. 14 and Feb. 19 violate UN resolutions." << "6,14,19";
        QTest::newRow("plural-noun-tests") << primary + "Its cruise missile tests on Feb. 2 and Feb. 20 drew protests." << "2,20";
        QTest::newRow("plural-noun-three-days") << primary + "The SRBM launches on Jan. 17, Jan. 21 and Jan. 29 were condemned." << "17,21,29";
        QTest::newRow("plural-noun-as-well-as") << primary + "This launch, as well as the DPRK's ballistic missile launches on January 8 and February 19, violates resolutions." << "8,19";
        QTest::newRow("plural-noun-launches-of") << primary + "Seoul recalled the ballistic missile launches on Feb. 5 and 24." << "5,24";
        // Days in figures after one written year first.
        QTest::newRow("year-first-figures") << primary + "It has launched ballistic missiles on 2025/1/6, 1/14 and 2/19 this year." << "6,14,19";
        QTest::newRow("year-first-dashes") << primary + "Pyongyang fired cruise missiles on 2025-01-17, 01-21 and 01-29." << "17,21,29";
        // A listed day that is the report's own launch's is that launch, not another.
        QTest::newRow("listed-primary-day") << primary + "It has launched ballistic missiles on 2025/1/6, 2/19 and 3/11 this year." << "6,19";
        QTest::newRow("listed-primary-day-words") << primary + "It launched cruise missiles on Jan. 6, Feb. 19 and March 11." << "6,19";
        // So is one an earlier sentence told.
        QTest::newRow("listed-told-before") << primary + "On Feb. 19 it fired cruise missiles. The cruise missile launches on Jan. 6, Feb. 19 and Feb. 26 drew protests." << "6,19,26";
        QTest::newRow("listed-told-before-last") << primary + "On Feb. 26 it fired cruise missiles. Its cruise missile tests on Feb. 2 and Feb. 26 drew protests." << "2,26";
    }
    void listedDaysAreLaunchesEach()
    {
        QFETCH(QString, text);
        QFETCH(QString, days);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        QStringList got;
        QStringList classes;
        for (int i = 1; i < r.launches.size(); ++i) {
            QCOMPARE(r.launches.at(i).role, LaunchRole::Mentioned);
            QCOMPARE(precisionName(r.launches.at(i).date.precision), QStringLiteral("day"));
            got << QString::number(r.launches.at(i).date.earliest.day());
            classes << field(r.launches.at(i), QStringLiteral("classes"));
        }
        std::sort(got.begin(), got.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        QCOMPARE(got.join(QLatin1Char(',')), days);
        QVERIFY2(!classes.first().isEmpty(), "the listed launches keep the sentence's class");
        QCOMPARE(classes.count(classes.first()), classes.size());
    }
    void listedDaysNeedAListJoint()
    {
        // Two dates of one sentence that are not a list stay two dates: the launch and the report.
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile on Tuesday. On Feb. 3 it fired cruise missiles, KCNA said on Feb. 4."));
        QCOMPARE(r.launches.size(), 2);
    }

    // "oversaw the test-firing ... the previous day, state media reported Thursday": a day
    // counted back from the report's day in the same sentence dates the launch referred to.
    void previousDayOfTheReport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("oversaw-previous-day") << QStringLiteral("Kim Jong Un oversaw the test-firing of a new cruise missile the previous day, state media reported on 6 March.") << QDate(2025, 3, 5);
        QTest::newRow("watched-day-before") << QStringLiteral("Kim watched the launch of a hypersonic missile the day before, KCNA said on 7 March.") << QDate(2025, 3, 6);
        QTest::newRow("guided-previous-day") << QStringLiteral("The leader guided the missile test the previous day, the Rodong Sinmun reported on March 9.") << QDate(2025, 3, 8);
        QTest::newRow("observed-previous-day") << QStringLiteral("Kim observed the firing of two ballistic missiles the previous day, state TV said on 4 March.") << QDate(2025, 3, 3);
        QTest::newRow("inspected-day-before") << QStringLiteral("Kim inspected the launch of a new ICBM the day before, KCNA announced on 10 March.") << QDate(2025, 3, 9);
    }
    void previousDayOfTheReport()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        verifyOneLaunchOn(text, day);
    }

    // "..., state media reported on Friday, March 7": North Korea's media report a test the
    // day after, as a rule, so that day dates the report; the launch's own day is told
    // elsewhere. And "said on Wednesday (March 5, 2025) that ... the previous day": the day
    // restated in brackets is still the report's.
    void reportDayIsNotTheLaunchDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("pubdate");
        QTest::addColumn<QDate>("day");
        QTest::newRow("state-media-reported") << QStringLiteral("Kim Jong Un oversaw a test launch of strategic cruise missiles, state media reported on Friday, March 7. The missiles were fired on Wednesday over the Yellow Sea.")
                                              << QDate(2025, 3, 7) << QDate(2025, 3, 5);
        QTest::newRow("kcna-said") << QStringLiteral("North Korea tested a new solid-fuel missile, KCNA said on Thursday. The missile was launched on Tuesday from near Pyongyang.")
                                   << QDate(2025, 3, 6) << QDate(2025, 3, 4);
        QTest::newRow("agency-reported-day-month") << QStringLiteral("Kim watched the test-firing of hypersonic missiles, the Korean Central News Agency reported on 6 March. The missiles were launched on 4 March from near Pyongyang.")
                                                   << QDate(2025, 3, 6) << QDate(2025, 3, 4);
        QTest::newRow("state-run-announced") << QStringLiteral("Pyongyang fired two cruise missiles, state-run media announced on Saturday. The missiles were fired on Thursday off the west coast.")
                                             << QDate(2025, 3, 8) << QDate(2025, 3, 6);
        QTest::newRow("rodong-reported") << QStringLiteral("The leader guided a test-fire of new rockets, Rodong Sinmun reported on March 10. The rockets were fired on Sunday.")
                                         << QDate(2025, 3, 10) << QDate(2025, 3, 9);
        QTest::newRow("bracketed-full") << QStringLiteral("North Korea said on Wednesday (March 5, 2025) that it had test-fired cruise missiles the previous day.")
                                        << QDate(2025, 3, 5) << QDate(2025, 3, 4);
        QTest::newRow("bracketed-day-month") << QStringLiteral("Pyongyang announced on Friday (7 March) that it had launched a new ICBM the day before.")
                                             << QDate(2025, 3, 7) << QDate(2025, 3, 6);
        QTest::newRow("bracketed-reported") << QStringLiteral("KCNA reported on Monday (March 10) that Kim had overseen the firing of missiles the previous day.")
                                            << QDate(2025, 3, 10) << QDate(2025, 3, 9);
        QTest::newRow("bracketed-it-had") << QStringLiteral("The North said on Tuesday (March 11, 2025) it had fired two ballistic missiles the previous day.")
                                          << QDate(2025, 3, 11) << QDate(2025, 3, 10);
        QTest::newRow("bracketed-stated") << QStringLiteral("State media stated on Thursday (March 6) that the military had tested a hypersonic missile the previous day.")
                                          << QDate(2025, 3, 6) << QDate(2025, 3, 5);
    }
    void reportDayIsNotTheLaunchDay()
    {
        testing::verifyOneLaunchOnRowDay();
    }

    // A launch told lies behind the report: a yearless day just after the
    // publication date is last year's, not the coming one.
    void yearlessDayIsNotAhead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("pubdate");
        QTest::addColumn<QDate>("day");
        QTest::newRow("jan after dec") << QStringLiteral("North Korea launched cruise missiles on Jan 25 off its west coast.")
                                       << QDate(2025, 12, 28) << QDate(2025, 1, 25);
        QTest::newRow("day first") << QStringLiteral("The North fired two ballistic missiles on 3 January from Pyongyang.")
                                   << QDate(2025, 12, 20) << QDate(2025, 1, 3);
        QTest::newRow("within the month") << QStringLiteral("Pyongyang test-fired an ICBM on March 30, the military said.")
                                          << QDate(2025, 3, 12) << QDate(2024, 3, 30);
        QTest::newRow("abbreviated month") << QStringLiteral("It fired several short-range missiles on Feb. 2 into the sea.")
                                           << QDate(2025, 1, 20) << QDate(2024, 2, 2);
        QTest::newRow("korea's next day stays") << QStringLiteral("The DPRK fired a ballistic missile at 12:35 p.m. Korea Standard Time on Nov. 7, the command said.")
                                               << QDate(2025, 11, 6) << QDate(2025, 11, 7);
        QTest::newRow("year given stays") << QStringLiteral("North Korea launched a missile on Jan 25, 2026, officials said.")
                                          << QDate(2025, 12, 28) << QDate(2026, 1, 25);
    }
    void yearlessDayIsNotAhead()
    {
        testing::verifyOneLaunchOnRowDay();
    }

    // "met this morning to discuss the launch by the DPRK of an ICBM on 25 November":
    // a day in the launch noun's own "by"/"of" phrase is the launch's (published 1 December 2025).
    void dayInsideTheLaunchNounsPhrase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("pubdate");
        QTest::addColumn<QDate>("day");
        const QDate pub(2025, 12, 1);
        QTest::newRow("council met") << QStringLiteral("The Security Council met this morning to discuss the launch by the DPRK of an intercontinental ballistic missile on 25 November.") << pub << QDate(2025, 11, 25);
        QTest::newRow("ministers spoke") << QStringLiteral("The ministers spoke by phone on Sunday about the launch of a ballistic missile on 26 November.") << pub << QDate(2025, 11, 26);
        QTest::newRow("briefing") << QStringLiteral("Officials held a briefing yesterday on the test of a new cruise missile on November 20.") << pub << QDate(2025, 11, 20);
        QTest::newRow("by then of") << QStringLiteral("Japan convened its security council today over the launch by North Korea of two missiles on 27 November.") << pub << QDate(2025, 11, 27);
        QTest::newRow("test of") << QStringLiteral("Seoul summoned envoys on Saturday over the test of several ballistic missiles on November 28.") << pub << QDate(2025, 11, 28);
        // The day written before the noun stays its own.
        QTest::newRow("day before the noun") << QStringLiteral("The November 22 launch of a ballistic missile was described by KCNA on November 23 as a test.") << pub << QDate(2025, 11, 22);
    }
    void dayInsideTheLaunchNounsPhrase()
    {
        testing::verifyOneLaunchOnRowDay();
    }

    // A dateline's place is no subject: "SEOUL, South Korea (AP) — North Korea said
    // Monday it tested ..." is North Korea's launch, though Seoul opens the sentence.
    void datelinePlaceIsNoForeignSubject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ap seoul") << QStringLiteral("SEOUL, South Korea (AP) \u2014 North Korea said Monday it tested a new solid-fuel intermediate-range missile.");
        QTest::newRow("tokyo kyodo") << QStringLiteral("TOKYO (Kyodo) -- North Korea said it fired a ballistic missile toward the Sea of Japan.");
        QTest::newRow("beijing dateline") << QStringLiteral("BEIJING, March 10 (Xinhua) -- The DPRK said it launched a new cruise missile.");
        QTest::newRow("washington dateline") << QStringLiteral("WASHINGTON \u2014 North Korea said on Sunday it test-fired a hypersonic missile.");
        QTest::newRow("moscow dateline") << QStringLiteral("MOSCOW, March 10. /TASS/. North Korea said it fired a new ballistic missile.");
    }
    void datelinePlaceIsNoForeignSubject()
    {
        QFETCH(QString, text);
        QCOMPARE(extractLaunches(text).launches.size(), 1);
    }
    // "Tokyo said North Korea fired ... and that it launched two more": "it" is North Korea.
    void northKoreaBeforeThePronounIsItsSubject()
    {
        const auto r = extractLaunches(QStringLiteral("Tokyo said North Korea fired one missile on Sunday, and that it launched two more missiles on Monday."));
        QCOMPARE(r.launches.size(), 2);
    }

    // "On Thursday, KCNA said the launch tested ...": the day opening the clause of the
    // North's own media reporting dates the report, not a second launch.
    void reportDayOpeningTheSentenceIsNotALaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("pubdate");
        QTest::addColumn<QDate>("day");
        const QString fired = QStringLiteral("North Korea fired a hypersonic missile on Wednesday from near Pyongyang. ");
        QTest::newRow("kcna news agency") << fired + QStringLiteral("On Thursday, North Korea's official KCNA news agency said the launch tested a new hypersonic system.")
                                          << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("kcna reported friday") << fired + QStringLiteral("On Friday, North Korea's official KCNA news agency reported the launch tested a new hypersonic glide vehicle.")
                                              << QDate(2025, 10, 25) << QDate(2025, 10, 22);
        QTest::newRow("state-run kcna") << fired + QStringLiteral("On Thursday, North Korea's state-run KCNA news agency said the launch tested a hypersonic warhead.")
                                        << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("pyongyang's kcna") << fired + QStringLiteral("On Thursday, Pyongyang's official KCNA news agency said the launch tested a new hypersonic missile.")
                                          << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("kcna claimed") << fired + QStringLiteral("On Thursday, the North's official KCNA news agency claimed the launch tested a new hypersonic weapon.")
                                      << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        // A part of the day after the weekday, and the launch named long after the saying.
        QTest::newRow("morning, long clause") << fired + QStringLiteral("On Thursday morning North Korea's state news agency KCNA said the launch was a test of a "
                                                                        "\"strategic underwater-launched ballistic missile\", the Pukguksong-6, fired from the submarine Hero Kim Kun Ok.")
                                              << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("afternoon, long clause") << fired + QStringLiteral("On Thursday afternoon North Korea's official news agency KCNA said the test involved a new "
                                                                          "\"hypersonic ballistic missile\", the Hwasong-16B, fired from a mobile launcher near Pyongyang.")
                                                << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("evening, long clause") << fired + QStringLiteral("On Thursday evening the North's state news agency KCNA said it was a test of a "
                                                                        "\"new-type intermediate-range ballistic missile\", the Hwasong-16B, fired from the Pyongyang area.")
                                              << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("reported, long clause") << fired + QStringLiteral("On Thursday morning Pyongyang's official news agency KCNA reported the event as a drill with a "
                                                                         "\"hypersonic ballistic missile\", the Hwasong-11Ma, fired into the East Sea.")
                                               << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("claimed, long clause") << fired + QStringLiteral("On Thursday night North Korea's state news agency KCNA claimed the test was of an "
                                                                        "\"intermediate-range hypersonic missile\", the Hwasong-16B, fired from a road-mobile launcher.")
                                              << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        // Controls: without a class word the clause was never a launch of its own.
        QTest::newRow("official news agency") << fired + QStringLiteral("On Thursday, the North's official news agency said the launch tested a new solid-fuel engine.")
                                              << QDate(2025, 10, 24) << QDate(2025, 10, 22);
        QTest::newRow("yonhap news agency") << fired + QStringLiteral("On Thursday, South Korea's Yonhap news agency said the launch tested a new guidance system.")
                                            << QDate(2025, 10, 24) << QDate(2025, 10, 22);
    }
    void reportDayOpeningTheSentenceIsNotALaunch()
    {
        testing::verifyOneLaunchOnRowDay();
    }

    // "On December 3, 2025 (December 2 in Washington, DC)": the day in brackets is
    // the same moment on another place's calendar, not the launch's day.
    void otherZoneDayInBracketsIsNotTheLaunchDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("pubdate");
        QTest::addColumn<QDate>("day");
        QTest::newRow("in washington") << QStringLiteral("On December 3, 2025 (December 2 in Washington, DC), North Korea flight-tested an intercontinental ballistic missile.")
                                       << QDate(2025, 12, 15) << QDate(2025, 12, 3);
        QTest::newRow("us time") << QStringLiteral("On Jan. 14 (Jan. 13 U.S. time), North Korea fired a ballistic missile from Kanggye.")
                                 << QDate(2025, 1, 20) << QDate(2025, 1, 14);
        QTest::newRow("weekday et") << QStringLiteral("On Tuesday (Monday ET), the North launched two missiles into the East Sea.")
                                    << QDate(2025, 1, 15) << QDate(2025, 1, 14);
        QTest::newRow("clock and zone") << QStringLiteral("On 3 December (2 December, 17:21 GMT), Pyongyang fired an ICBM toward the Sea of Japan.")
                                        << QDate(2025, 12, 10) << QDate(2025, 12, 3);
        QTest::newRow("evening in new york") << QStringLiteral("On Wednesday (Tuesday evening in New York), North Korea fired a ballistic missile from Sunan.")
                                             << QDate(2025, 12, 4) << QDate(2025, 12, 3);
        QTest::newRow("day first in london") << QStringLiteral("On 7 November (6 November in London), North Korea launched a missile from Taegwan.")
                                             << QDate(2025, 11, 8) << QDate(2025, 11, 7);
    }
    void otherZoneDayInBracketsIsNotTheLaunchDay()
    {
        testing::verifyOneLaunchOnRowDay();
    }

    // "since Oct. 31 last year, when it test-fired a new ICBM": "last year" right after the
    // day gives its year, so the "when" clause is that day's launch, not one more dated
    // only "last year" (two rows without "last year" are the control).
    void whenClauseIsTheLaunchOfThatDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("classes");
        QTest::addColumn<QString>("names");
        QTest::newRow("test-fired") << QStringLiteral("North Korea fired an SRBM on Tuesday. It was the first ballistic launch since Nov. 5 last year, when it test-fired an ICBM, the Hwasong-18.")
                                    << QDate(2024, 11, 5) << "ICBM" << "Hwasong-18";
        QTest::newRow("launched") << QStringLiteral("North Korea fired an SRBM on Tuesday, its first missile launch since Dec. 18, 2024, when it launched a new IRBM.")
                                  << QDate(2024, 12, 18) << "IRBM" << "";
        QTest::newRow("the-north-fired") << QStringLiteral("North Korea fired an SRBM on Tuesday. That was its first launch since September 2 last year, when the North fired a Hwasong-11.")
                                         << QDate(2024, 9, 2) << "" << "Hwasong-11";
        QTest::newRow("pyongyang-flew") << QStringLiteral("North Korea fired an SRBM on Tuesday, the first since Oct. 8 last year, when Pyongyang launched an intercontinental ballistic missile.")
                                        << QDate(2024, 10, 8) << "ICBM" << "";
        QTest::newRow("country-tested") << QStringLiteral("North Korea fired an SRBM on Tuesday. It was the first ballistic launch since Aug. 20 last year, when the country test-fired two SLBMs.")
                                        << QDate(2024, 8, 20) << "SLBM" << "";
    }
    void whenClauseIsTheLaunchOfThatDay()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QFETCH(QString, classes);
        QFETCH(QString, names);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        const LaunchMention &m = r.launches.at(1);
        QCOMPARE(m.date.earliest, day);
        QVERIFY2(classes.isEmpty() || m.classes.contains(classes), qPrintable(field(m, QStringLiteral("classes"))));
        QVERIFY2(names.isEmpty() || m.names.contains(names), qPrintable(field(m, QStringLiteral("names"))));
    }

    // "Eight days later, North Korea fired ...": a paragraph whose day counts from a day
    // it does not state tells another launch, dated from the one told (the article
    // has no publication date to count from).
    void countedDaysAfterParagraphIsAnotherLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("eight-days-later") << QStringLiteral("North Korea fired an IRBM on Jan. 6, 2025.\n\nEight days later, the North fired several SRBMs.") << QDate(2025, 1, 14);
        QTest::newRow("two-days-later") << QStringLiteral("North Korea fired an SRBM on Feb. 3, 2025.\n\nTwo days later, Pyongyang launched a cruise missile.") << QDate(2025, 2, 5);
        QTest::newRow("the-next-day") << QStringLiteral("North Korea fired an SRBM on March 1, 2025.\n\nThe next day, North Korea fired two more missiles.") << QDate(2025, 3, 2);
        QTest::newRow("three-days-later") << QStringLiteral("North Korea fired an SRBM on Feb. 10, 2025.\n\nThree days later, North Korea launched a hypersonic missile.") << QDate(2025, 2, 13);
        QTest::newRow("ten-days-later-it") << QStringLiteral("North Korea fired an SRBM on Jan. 2, 2025.\n\nTen days later, it launched two SLBMs.") << QDate(2025, 1, 12);
    }
    void countedDaysAfterParagraphIsAnotherLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        // No publication date: nothing but the launch told to count from.
        const auto r = extractLaunches(text, QDate());
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(1).date.earliest, day);
    }

    // A list item in note form, with no verb: the class abbreviation stands for it.
    void noteItemIsALaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("classes");
        QTest::addColumn<QString>("count");
        QTest::newRow("lettered") << QStringLiteral("Timeline\n(b) Sinpo, 3 February: two SLBMs, about 600 km.") << QDate(2025, 2, 3) << "SLBM" << "2..2";
        QTest::newRow("dash") << QStringLiteral("Cases\n\n- 19 February: several CRBMs into the West Sea.") << QDate(2025, 2, 19) << "CRBM" << "2..-1";
        QTest::newRow("bullet") << QStringLiteral("Notes\n\n\u2022 Kusong, 24 January: one IRBM, 1,000 km.") << QDate(2025, 1, 24) << "IRBM" << "1..1";
        QTest::newRow("numbered") << QStringLiteral("Launches\n\n1. 2 March: an ICBM on a lofted path.") << QDate(2025, 3, 2) << "ICBM" << "1..1";
        QTest::newRow("letter-paren") << QStringLiteral("Events\n\na) Hamhung, 27 February: three SRBMs toward the east.") << QDate(2025, 2, 27) << "SRBM" << "3..3";
        // An item that opens with its day may name its missiles in words.
        QTest::newRow("words-dash") << QStringLiteral("Launches\n\n- January 6: a hypersonic intermediate-range missile from near Pyongyang, about 1,100km") << QDate(2025, 1, 6) << "IRBM,hypersonic" << "1..1";
        QTest::newRow("words-several") << QStringLiteral("Launches\n\n- March 11: several close-range ballistic missiles into the Yellow Sea") << QDate(2025, 3, 11) << "CRBM" << "2..-1";
        QTest::newRow("words-day-first") << QStringLiteral("Log\n\n* 19 February \u2013 two short-range ballistic missiles from Sukchon") << QDate(2025, 2, 19) << "SRBM" << "2..2";
        QTest::newRow("words-bullet-rockets") << QStringLiteral("Log\n\n\u2022 Feb. 27: two cruise missiles into the Yellow Sea") << QDate(2025, 2, 27) << "cruise" << "2..2";
        // A plural with no number is at least two.
        QTest::newRow("words-bare-plural") << QStringLiteral("Log\n\n\u2022 Feb. 27: cruise missiles into the Yellow Sea.") << QDate(2025, 2, 27) << "cruise" << "2..-1";
        QTest::newRow("abbreviation-bare-plural") << QStringLiteral("Cases\n\n- 19 February: SRBMs into the West Sea.") << QDate(2025, 2, 19) << "SRBM" << "2..-1";
        QTest::newRow("words-bare-plural-rockets") << QStringLiteral("Log\n\n- 8 March: rockets off the east coast.") << QDate(2025, 3, 8) << "" << "2..-1";
        QTest::newRow("words-numbered") << QStringLiteral("Log\n\n1. 8 February: a ballistic missile off Sinpo.") << QDate(2025, 2, 8) << "ballistic" << "1..1";
        // A qualifier before the number ("at least two ballistic missiles").
        QTest::newRow("words-at-least") << QStringLiteral("Reference\n\n- September 23: at least two ballistic missiles from an inland area in the west, about 400 km, fell outside the EEZ.") << QDate(2024, 9, 23) << "ballistic" << "2..-1";
        QTest::newRow("words-about") << QStringLiteral("Log\n\n- 8 March: about 10 rockets into the Yellow Sea.") << QDate(2025, 3, 8) << "" << "10..10";
        QTest::newRow("words-up-to") << QStringLiteral("Log\n\n- 8 March: up to three cruise missiles off the west coast.") << QDate(2025, 3, 8) << "cruise" << "1..3";
        QTest::newRow("words-more-than") << QStringLiteral("Log\n\n* 8 March: more than five short-range ballistic missiles from Sukchon") << QDate(2025, 3, 8) << "SRBM" << "6..-1";
        QTest::newRow("words-some") << QStringLiteral("Log\n\n- 8 March: some 20 rockets from multiple launchers near Kaesong.") << QDate(2025, 3, 8) << "" << "20..20";
        // A designation stands for the missile when the item tells of its flight.
        QTest::newRow("designation-flew") << QStringLiteral("Key tests\n\n- 3 August 2022 \u2013 Hwasong-16: flew about 950 km, apogee 4,000 km.") << QDate(2022, 8, 3) << "" << "0..-1";
        QTest::newRow("designation-first-flight") << QStringLiteral("Key tests\n\n\u2022 9 May 2023 \u2013 first flight of the solid-fuel Hwasong-18, about 1,000 km.") << QDate(2023, 5, 9) << "" << "1..1";
        QTest::newRow("designation-kn") << QStringLiteral("Record\n\n* 12 June 2024 - KN-25: apogee 90 km, downrange 380 km.") << QDate(2024, 6, 12) << "" << "0..-1";
        QTest::newRow("designation-romanized") << QStringLiteral("Record\n\n1. 21 March 2024: Hwaseong-16B test, about 600 km.") << QDate(2024, 3, 21) << "" << "0..-1";
        // ("May" the month is no "may" of a hypothesis.)
        QTest::newRow("words-in-may") << QStringLiteral("Log\n\n- 9 May: two short-range ballistic missiles from Sukchon") << QDate(2024, 5, 9) << "SRBM" << "2..2";
        QTest::newRow("designation-pukguksong") << QStringLiteral("Record\n\n- 2 October 2019 \u2013 Pukguksong-3, launched from a barge off Wonsan: about 450 km.") << QDate(2019, 10, 2) << "" << "0..-1";
        // A day written the Korean way labels its item, with its weekday in brackets.
        QTest::newRow("korean-day-words") << QStringLiteral("Reference\n\n- 2027. 1. 14. (Thu.) Several cruise missiles, Nampo area, over the West Sea") << QDate(2027, 1, 14) << "cruise" << "2..-1";
        QTest::newRow("korean-day-abbreviation") << QStringLiteral("Reference\n\n- 2026. 12. 17. (Thu.) Four SRBMs, Taekwan area, about 350 km") << QDate(2026, 12, 17) << "SRBM" << "4..4";
        QTest::newRow("korean-day-numbered") << QStringLiteral("Reference\n\n1. 2026. 12. 28. One ballistic missile, Sunan area, Pyongyang.") << QDate(2026, 12, 28) << "ballistic" << "1..1";
        QTest::newRow("korean-day-colon") << QStringLiteral("Reference\n\n- 2026. 11. 25. (Wed.): one ICBM, about 1,000 km") << QDate(2026, 11, 25) << "ICBM" << "1..1";
        QTest::newRow("iso-day-bracketed-weekday") << QStringLiteral("Reference\n\n- 2027-01-05 (Tue.): several SRBMs, Hamhung area, about 420 km") << QDate(2027, 1, 5) << "SRBM" << "2..-1";
        // The missile's name first, then its day, labels the item.
        QTest::newRow("named-first-dmy") << QStringLiteral("Record flights\n\n- Hwasong-15, 29 November 2017: about 950 km, apogee about 4,475 km, 53 minutes.") << QDate(2017, 11, 29) << "" << "0..-1";
        QTest::newRow("named-first-mdy") << QStringLiteral("Record flights\n\n- Hwasong-19, October 31, 2024: 86 minutes, apogee 7,687.5 km.") << QDate(2024, 10, 31) << "" << "0..-1";
        QTest::newRow("named-first-bracket") << QStringLiteral("Record flights\n\n* Hwasong-18 (13 April 2023): first solid-fuel ICBM, flew about 1,000 km.") << QDate(2023, 4, 13) << "ICBM" << "0..-1";
        QTest::newRow("named-first-iso") << QStringLiteral("Record flights\n\n1. KN-25, 2024-06-12 - apogee 90 km, downrange 380 km.") << QDate(2024, 6, 12) << "" << "0..-1";
        QTest::newRow("named-first-syllable") << QStringLiteral("Record flights\n\n- Hwasong-11Ma, 24 February 2027: about 600 km, apogee 50 km.") << QDate(2027, 2, 24) << "" << "0..-1";
    }
    void noteItemIsALaunch()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QFETCH(QString, classes);
        QFETCH(QString, count);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, day);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("classes")), classes);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("count")), count);
    }
    // "North Korea's missile launches in 2025" over "- January 6: ...": an item's
    // yearless day is in the year the list's lead-in names, not the latest such
    // day before the publication date.
    void noteItemTakesItsListsYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("heading") << QStringLiteral("Report.\n\nNorth Korea's missile launches in 2025\n\n- January 6: a hypersonic missile from near Pyongyang\n- February 19: two short-range ballistic missiles from Sukchon\n") << QDate(2025, 2, 19);
        QTest::newRow("lead-in-line") << QStringLiteral("Report.\n\nThe tests of 2024:\n- 14 January: one IRBM, about 1,000 km\n") << QDate(2024, 1, 14);
        QTest::newRow("heading-and-lead-in") << QStringLiteral("Report.\n\nLaunches in 2025\n\nSeoul counted these:\n\n- February 19: two short-range ballistic missiles\n") << QDate(2025, 2, 19);
        QTest::newRow("two-years-named") << QStringLiteral("Report.\n\nLaunches in 2024 and 2025\n\n- February 19: two short-range ballistic missiles\n") << QDate(2026, 2, 19);
        // (Review) a year the lead-in compares with or dates another event by is not the list's.
        QTest::newRow("since-a-summit") << QStringLiteral("Report.\n\nSince the 2018 Singapore summit, North Korea has tested:\n\n- February 19: two short-range ballistic missiles\n") << QDate(2026, 2, 19);
        QTest::newRow("than-a-year") << QStringLiteral("Report.\n\nIt has fired more missiles this year than in all of 2017. Recent launches:\n\n- February 19: two short-range ballistic missiles\n") << QDate(2026, 2, 19);
        QTest::newRow("compared-record") << QStringLiteral("Report.\n\nRecent launches (compared with the 2022 record):\n\n- February 19: two short-range ballistic missiles\n") << QDate(2026, 2, 19);
        QTest::newRow("own-year-kept") << QStringLiteral("Report.\n\nLaunches in 2025\n\n- 19 February 2024: two short-range ballistic missiles\n") << QDate(2024, 2, 19);
    }
    void noteItemTakesItsListsYear()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text, QDate(2026, 3, 17));
        QVERIFY(!r.launches.isEmpty());
        QCOMPARE(r.launches.last().date.earliest, day);
    }

    // "Earlier this year, North Korea launched ... in January": the period opening
    // the sentence frames it; the launch is dated by the month its verb's clause gives.
    void periodOpeningTheSentenceFramesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("earlier-this-year-month") << QStringLiteral("Earlier this year, North Korea launched a hypersonic missile in January.") << QDate(2025, 1, 1) << QDate(2025, 1, 31);
        QTest::newRow("this-year-part-of-month") << QStringLiteral("This year, it fired two cruise missiles in late April.") << QDate(2025, 4, 21) << QDate(2025, 4, 30);
        QTest::newRow("earlier-this-year-day") << QStringLiteral("Earlier this year, the North test-fired an SLBM on March 3.") << QDate(2025, 3, 3) << QDate(2025, 3, 3);
        QTest::newRow("last-year-month") << QStringLiteral("Last year, North Korea launched an ICBM in October.") << QDate(2024, 10, 1) << QDate(2024, 10, 31);
        QTest::newRow("period-in-another-clause") << QStringLiteral("The North displayed new missiles at an exhibition last year and test-fired cruise missiles in February.") << QDate(2025, 2, 1) << QDate(2025, 2, 28);
        // (Review) a month of an aside or of another event stays out.
        QTest::newRow("month-of-an-aside") << QStringLiteral("Last year, North Korea test-fired the Hwasong-18, a solid-fuel ICBM first shown at a military parade in February.") << QDate(2024, 1, 1) << QDate(2024, 12, 31);
        QTest::newRow("month-of-another-event") << QStringLiteral("Last year, North Korea fired an ICBM weeks before a summit in August.") << QDate(2024, 1, 1) << QDate(2024, 12, 31);
        QTest::newRow("said-in-month-is-the-report") << QStringLiteral("Earlier this year, North Korea launched a hypersonic missile, Seoul said in March.") << QDate(2025, 1, 1) << QDate(2025, 10, 14);
    }
    void periodOpeningTheSentenceFramesIt()
    {
        QFETCH(QString, text);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const auto r = extractLaunches(text, QDate(2025, 10, 15));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, earliest);
        QCOMPARE(r.launches.at(0).date.latest, latest);
    }

    // "one ballistic missile of ICBM class": the class is the missile's; "the ICBM
    // class of weapons" alone names no launch's class.
    void classOfTheMissileFired_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("classes");
        QTest::newRow("of-class") << QStringLiteral("North Korea launched one ballistic missile of ICBM class on Tuesday.") << "ICBM,ballistic";
        QTest::newRow("of-an-class") << QStringLiteral("North Korea fired a missile of an IRBM class on Tuesday.") << "IRBM";
        QTest::newRow("of-category") << QStringLiteral("North Korea launched two missiles of SRBM category on Tuesday.") << "SRBM";
        QTest::newRow("projectile-of-class") << QStringLiteral("North Korea fired a projectile of ICBM class on Tuesday.") << "ICBM";
        QTest::newRow("generic-class-kept-out") << QStringLiteral("North Korea fired a missile on Tuesday, expanding its ICBM class of weapons.") << "";
        QTest::newRow("not-of-class") << QStringLiteral("North Korea fired a short-range ballistic missile on Tuesday, not a missile of ICBM class as Japan had first reported.") << "SRBM";
        QTest::newRow("feared-of-class") << QStringLiteral("North Korea fired a missile on Tuesday. Tokyo had feared a missile of ICBM class.") << "";
        // "ICBM class" said of the missile itself, in its own sentence or note
        QTest::newRow("likely-class") << QStringLiteral("North Korea fired a missile on Tuesday. FLASH: Missile likely ICBM class, reached altitude of 7,000 km.") << "ICBM";
        QTest::newRow("was-class") << QStringLiteral("North Korea fired a missile on Tuesday. The missile was IRBM class and flew 1,000 km, Tokyo said.") << "IRBM";
        QTest::newRow("believed-class") << QStringLiteral("North Korea fired a missile on Tuesday; it is believed to be SRBM class, Seoul said.") << "SRBM";
        QTest::newRow("class-of-weapons") << QStringLiteral("North Korea fired a missile on Tuesday, adding to its ICBM class of weapons.") << "";
        // (Review) another class, or another launch's
        QTest::newRow("not-class") << QStringLiteral("North Korea fired a missile on Tuesday. Japan's defense ministry said the missile was not ICBM class.") << "";
        QTest::newRow("probably-not-class") << QStringLiteral("North Korea fired a missile on Tuesday; it was probably not IRBM class, Seoul said.") << "";
        QTest::newRow("below-class") << QStringLiteral("North Korea fired a missile on Tuesday. Analysts said it was below ICBM class.") << "";
        QTest::newRow("last-class-launch") << QStringLiteral("North Korea fired a short-range ballistic missile on Tuesday, a week after its last ICBM class launch.") << "SRBM";
    }
    void classOfTheMissileFired()
    {
        QFETCH(QString, text);
        QFETCH(QString, classes);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("classes")), classes);
    }

    // The note form's place opens the item; its distance needs no verb.
    void noteItemFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("distance");
        QTest::newRow("lettered") << QStringLiteral("Timeline\n\n(a) Sinpo, 3 February: two SLBMs, about 600 km.") << "Sinpo" << "600 about";
        QTest::newRow("dash") << QStringLiteral("Cases\n\n- Hamhung, 19 February: several SRBMs, ~300 km, into the East Sea.") << "Hamhung" << "300 about";
        QTest::newRow("bullet") << QStringLiteral("Notes\n\n\u2022 Kusong, 24 January: one IRBM, longest about 1,000 km.") << "Kusong" << "1000 about";
        QTest::newRow("numbered") << QStringLiteral("Launches\n\n1. Sohae, 2 March: an ICBM, 950 km on a lofted path.") << "Sohae Satellite Launching Station" << "950";
        QTest::newRow("second-item") << QStringLiteral("Cases\n\n(a) Kusong, 3 March: one IRBM.\n(b) Wonsan, 8 May: \"joint striking drill\", SRBMs + 600 mm MLRS, longest about 800 km.\n") << "Wonsan" << "800 about";
        QTest::newRow("quoted-name") << QStringLiteral("Events\n\nb) Nampo, 27 February: \"strike drill\", CRBMs + rockets, up to 120 km.") << "Nampo" << "120 up to";
        // Its place among its fields as "X area" (or "region", "vicinity").
        QTest::newRow("place-area") << QStringLiteral("Reference\n\n- 2027. 1. 5. (Tue.) Several SRBMs, Hamhung area, about 420 km") << "Hamhung" << "420 about";
        QTest::newRow("place-the-area") << QStringLiteral("Cases\n\n- 19 February: several SRBMs, the Sinpo area, ~300 km.") << "Sinpo" << "300 about";
        QTest::newRow("place-region-bracketed") << QStringLiteral("Cases\n\n- 19 February: two SRBMs (Kusong region), 400 km.") << "Kusong" << "400";
    }
    void noteItemFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, site);
        QFETCH(QString, distance);
        const auto r = extractLaunches(text);
        QVERIFY(!r.launches.isEmpty());
        QCOMPARE(field(r.launches.last(), QStringLiteral("site")), site);
        QCOMPARE(field(r.launches.last(), QStringLiteral("distance")), distance);
    }
    // "fires" of people or debate, with missiles further on, is no launch.
    void presentFiresOfOtherThingsIsNoLaunch()
    {
        for (const char *text : {"Kim fires about a dozen officials in charge of missiles after a failed test, NIS says.",
                                 "The scandal fires up debate on missiles in Tokyo."})
            QVERIFY2(extractLaunches(QString::fromUtf8(text)).launches.isEmpty(), text);
    }
    // A chronology's present tense: "North Korea fires one submarine-launched ballistic
    // missile ..." (the object's words before "missile", a figure or "its").
    void presentFiresIsALaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("count");
        QTest::newRow("one") << QStringLiteral("On Tuesday North Korea fires one submarine-launched ballistic missile from waters off Sinpo.") << "1..1";
        QTest::newRow("about") << QStringLiteral("On Tuesday the North fires about ten short-range ballistic missiles into the sea.") << "10..10";
        QTest::newRow("its") << QStringLiteral("On Tuesday North Korea fires its new Hwasong-20 missile on a lofted trajectory.") << "?";
        QTest::newRow("adjectives") << QStringLiteral("On Tuesday Pyongyang fires new solid-fuel hypersonic missiles toward the East Sea.") << "?";
        QTest::newRow("an estimated") << QStringLiteral("On Tuesday North Korea fires an estimated six rockets from Jangyon.") << "6..6";
    }
    void presentFiresIsALaunch()
    {
        QFETCH(QString, text);
        QFETCH(QString, count);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        if (count != QLatin1String("?"))
            QCOMPARE(field(r.launches.at(0), QStringLiteral("count")), count);
    }
    // "An intermediate-range ballistic missile, the Hwasong-12Da, is launched ...": the
    // passive's subject is the indefinite noun; "the" opens its apposition, and the
    // launch is a new one, not the one told before. Publication date Wednesday 12
    // March 2025; each row: the text, how many launches, the day of one of them.
    void appositionToAnIndefiniteSubject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("launches");
        QTest::addColumn<QDate>("day");
        QTest::newRow("chronology present") << QStringLiteral("March 3, 2025: North Korea tests an ICBM.\n\nMarch 11, 2025: An intermediate-range ballistic missile, the Hwasong-12Da, is launched from Sunan.") << 2 << QDate(2025, 3, 11);
        QTest::newRow("past") << QStringLiteral("North Korea fired an ICBM on March 3. On March 11 an IRBM, the Hwasong-12Da, was launched from Sunan.") << 2 << QDate(2025, 3, 11);
        QTest::newRow("apposition with its source") << QStringLiteral("North Korea fired an ICBM on March 3. On March 11 a cruise missile, the Hwasal-2 according to KCNA, was fired from a destroyer.") << 2 << QDate(2025, 3, 11);
        QTest::newRow("two missiles") << QStringLiteral("North Korea fired an ICBM on March 3. On March 10 two SRBMs, the Hwasong-11s, were fired from Jangyon.") << 2 << QDate(2025, 3, 10);
        QTest::newRow("an apposition of a") << QStringLiteral("North Korea fired an ICBM on March 3. On March 10 a new missile, the Pukguksong-6, was test-fired off Sinpo.") << 2 << QDate(2025, 3, 10);
        // (A definite subject with an apposition still refers back.)
        QTest::newRow("the missile, the Hwasong-18") << QStringLiteral("North Korea fired an ICBM on Tuesday. The missile, the Hwasong-18, was launched from Pyongyang.") << 1 << QDate(2025, 3, 11);
        QTest::newRow("its missile, the type") << QStringLiteral("North Korea fired an ICBM on Tuesday. Its missile, a Hwasong-18, was launched from Pyongyang.") << 1 << QDate(2025, 3, 11);
    }
    void appositionToAnIndefiniteSubject()
    {
        QFETCH(QString, text);
        QFETCH(int, launches);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), launches);
        QVERIFY2(std::any_of(r.launches.cbegin(), r.launches.cend(),
                             [&](const LaunchMention &m) { return m.date.earliest == day && m.date.latest == day; }),
                 qPrintable(rolesAndDates(r)));
    }
    // "the launches around 7 a.m.", "the launches of cruise missiles": the noun, whose
    // words after it are no object of a present verb (no second launch).
    void launchesNounIsNoPresentVerb()
    {
        for (const char *text : {"North Korea fired several cruise missiles on Tuesday. Seoul detected the launches around 7 a.m.",
                                 "North Korea fired several cruise missiles on Tuesday. The launches of cruise missiles followed a drill."}) {
            const auto r = extractLaunches(QString::fromUtf8(text));
            QVERIFY2(r.launches.size() == 1, text);
        }
    }
    // A chronology notes whose figure it is: "JCS: approx. 400 km" is the distance flown,
    // in the sentence of the launch or in a note of its own after it.
    void claimantNoteIsTheDistance_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("distance");
        QTest::newRow("same sentence") << QStringLiteral("On Tuesday North Korea fired two SRBMs from Hwangju; JCS: approx. 300 km.") << "300 approximately";
        QTest::newRow("own note") << QStringLiteral("Two SRBMs were fired from Hwangju on Tuesday. JCS: approx. 300 km.") << "300 approximately";
        QTest::newRow("with apogee") << QStringLiteral("Two SRBMs were fired from Hwangju on Tuesday. JCS: about 480 km, apogee about 60 km.") << "480 about";
        QTest::newRow("MOD") << QStringLiteral("An IRBM was fired from Kusong on Tuesday. MOD: approx. 1,000 km.") << "1000 approximately";
        QTest::newRow("nautical") << QStringLiteral("An IRBM was fired from Kusong on Tuesday. JCS: approx. 540 nautical miles.") << "1000 approximately";
    }
    void claimantNoteIsTheDistance()
    {
        QFETCH(QString, text);
        QFETCH(QString, distance);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("distance")), distance);
    }
    // A claimant's figure followed by "range" is a reach.
    void claimantRangeIsNoDistance()
    {
        const auto r = extractLaunches(QStringLiteral("Two SRBMs were fired from Hwangju on Tuesday. JCS: 1,500 km range, according to its specifications."));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("distance")), QStringLiteral("none"));
    }
    // Without a launch or a claimant's label the figure is no flight.
    void labelledFigureWithoutLaunchIsNothing()
    {
        QVERIFY(extractLaunches(QStringLiteral("JCS: approx. 300 km.")).launches.isEmpty());
        const auto r = extractLaunches(QStringLiteral("Two SRBMs were fired from Hwangju on Tuesday. Border: approx. 300 km."));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("distance")), QStringLiteral("none"));
    }
    // "the sixth ballistic missile launch this year, following those of 2025/1/4,
    // 2025/2/17 and 2025/3/1": "those" stands for earlier launches, one per listed
    // day, of the kind named before it.
    void thoseOfListedDaysAreEarlierLaunches_data()
    {
        QTest::addColumn<QString>("text");
        const QString primary = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("numeric") << primary + "It is the third ballistic missile launch this year, following those of 2025/1/4, 2025/2/17 and 2025/3/1.";
        QTest::newRow("after those on") << primary + "It was the fourth ballistic missile launch this year, after those on January 4, February 17 and March 1.";
        QTest::newRow("day first") << primary + "This is the third ballistic missile launch of 2025, following those of 4 January, 17 February and 1 March.";
        QTest::newRow("oxford comma") << primary + "The ballistic missile launch follows those of Jan. 4, Feb. 17, and March 1.";
        QTest::newRow("ISO") << primary + "It is the fourth ballistic missile launch in 2025, following those of 2025-01-04, 2025-02-17 and 2025-03-01.";
    }
    void thoseOfListedDaysAreEarlierLaunches()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QStringList days;
        for (const LaunchMention &m : r.launches) {
            if (m.role == LaunchRole::Mentioned) {
                days << m.date.earliest.toString(Qt::ISODate);
                QCOMPARE(field(m, QStringLiteral("classes")), QStringLiteral("ballistic"));
            }
        }
        QCOMPARE(days, (QStringList{QStringLiteral("2025-01-04"), QStringLiteral("2025-02-17"), QStringLiteral("2025-03-01")}));
    }
    // "those" of another event the clause is about is no launch.
    void thoseOfAnotherEventIsNoLaunch()
    {
        for (const char *text : {"North Korea fired a ballistic missile on Tuesday. Japan's protest over the missile launch follows those of Jan. 4 and Jan. 27.",
                                 "North Korea fired a ballistic missile on Tuesday. The UN Security Council meeting on the missile launch follows those of Jan. 5 and Feb. 2."}) {
            const auto r = extractLaunches(QString::fromUtf8(text));
            QVERIFY2(r.launches.size() == 1, text);
        }
    }
    void thoseWithoutADayIsNoLaunch()
    {
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile on Tuesday. Analysts compared its flight with those of the Hwasong-15."));
        QCOMPARE(r.launches.size(), 1);
    }
    // "3:05 p.m. Hawaii Standard Time today (10:05 a.m. July 8, Korea Standard Time)":
    // the day restated in Korea time is the launch's.
    void dayRestatedInKoreaTimeIsTheLaunchDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("HST today") << QStringLiteral("North Korea launched a ballistic missile at approximately 3:05 p.m. Hawaii Standard Time today (10:05 a.m. March 12, Korea Standard Time).");
        QTest::newRow("ET Tuesday") << QStringLiteral("North Korea fired an ICBM at 9:05 p.m. ET on Tuesday (10:05 a.m. March 12 KST), officials said.");
        QTest::newRow("no clock") << QStringLiteral("North Korea fired an ICBM on Tuesday (March 12, Korean time), the Pentagon said.");
        QTest::newRow("Seoul time") << QStringLiteral("The North launched a missile late on Tuesday (March 12, Seoul time).");
        QTest::newRow("dated") << QStringLiteral("North Korea fired an ICBM on March 11 (March 12 KST), U.S. officials said.");
    }
    void dayRestatedInKoreaTimeIsTheLaunchDay()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text, QDate(2025, 3, 11));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 12));
    }
    // Another country's missile fired, named by its designation, is no launch of
    // the North's, whoever the subject ("the Agency for Defense Development").
    void foreignMissileFiredIsNoLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("hyunmoo object") << QStringLiteral("On Tuesday the Agency for Defense Development test-fired the Hyunmoo-5 from the Anheung range.");
        QTest::newRow("test-firing of its") << QStringLiteral("Shares rose after the military publicised a test-firing of its Hyunmoo-5 ballistic missile on Tuesday.");
        QTest::newRow("minuteman") << QStringLiteral("On Tuesday the Air Force launched an unarmed Minuteman III from Vandenberg.");
        QTest::newRow("type-12 noun") << QStringLiteral("The Type-12 test on Tuesday hit a decommissioned ship off Hokkaido.");
        QTest::newRow("DF series") << QStringLiteral("The PLA fired a DF-31 ICBM into the Pacific on Tuesday.");
        QTest::newRow("trident") << QStringLiteral("The Royal Navy fired a Trident II missile off Florida on Tuesday.");
        // The subject of the verb: passive, or the platform that fired.
        QTest::newRow("sineva passive") << QStringLiteral("During the drill a Sineva ballistic missile was launched from a submarine in the Barents Sea on Tuesday.");
        QTest::newRow("yars passive") << QStringLiteral("A Yars intercontinental ballistic missile was launched from Plesetsk on Tuesday.");
        QTest::newRow("bombers launched") << QStringLiteral("Tu-95MS strategic bombers also launched cruise missiles on Tuesday.");
        QTest::newRow("hyunmoo passive") << QStringLiteral("Two Hyunmoo-2 missiles were fired from the east coast on Tuesday.");
        QTest::newRow("topol test-launched") << QStringLiteral("The Topol-M was test-launched from Kapustin Yar on Tuesday.");
        // Another country named as the agent after "by".
        QTest::newRow("by-the-united-states") << QStringLiteral("A ballistic missile launched by the United States on Tuesday fell into the Pacific.");
        QTest::newRow("by-russian-forces") << QStringLiteral("A KN-23 missile fired by Russian forces on Tuesday hit Kharkiv.");
        QTest::newRow("by-south-korea") << QStringLiteral("A ballistic missile launched by South Korea on Tuesday flew 300 km.");
        QTest::newRow("by-japan") << QStringLiteral("Two missiles fired by Japan's army on Tuesday hit a target ship.");
        QTest::newRow("by-the-us") << QStringLiteral("An ICBM launched by the U.S. on Tuesday flew 6,700 km.");
        // (Review) any agent but North Korea, and "launched by" of no missile.
        QTest::newRow("by-the-houthis") << QStringLiteral("A missile launched by the Houthis on Tuesday was intercepted over the Red Sea, the US military said.");
        QTest::newRow("by-hezbollah") << QStringLiteral("Rockets launched by Hezbollah on Tuesday hit northern Israel, the army said.");
        QTest::newRow("by-airmen") << QStringLiteral("The missile was selected at random and launched by a combined team of airmen on Tuesday.");
        QTest::newRow("inquiry-launched-by") << QStringLiteral("An inquiry launched by the UN panel of experts on Tuesday examines missile parts found in Ukraine.");
        QTest::newRow("probe-launched-by") << QStringLiteral("A probe launched by prosecutors on Tuesday looks into leaks of missile data, officials said.");
    }
    // "a ballistic missile launched by North Korea on Wednesday fell inside Japan's
    // EEZ": a participle with its agent after the missile tells the launch; after a
    // launch told, it is that launch reported again.
    void participleWithItsAgent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("launches");
        QTest::addColumn<QString>("distance");
        QTest::newRow("subject") << QStringLiteral("A ballistic missile launched by North Korea on Wednesday morning fell inside Japan's exclusive economic zone.") << 1 << "none";
        QTest::newRow("reported") << QStringLiteral("Japan's Defense Ministry says a ballistic missile launched by North Korea on Wednesday fell into the sea.") << 1 << "none";
        QTest::newRow("the-north") << QStringLiteral("The missile fired by the North on Wednesday flew about 1,100 km.") << 1 << "1100 about";
        QTest::newRow("commas") << QStringLiteral("A missile, launched by Pyongyang on Wednesday, flew 600 km.") << 1 << "600";
        QTest::newRow("refers-back") << QStringLiteral("North Korea fired an ICBM on Wednesday. Tokyo said a ballistic missile launched by the DPRK had flown 1,000 km.") << 1 << "1000";
        QTest::newRow("kpa") << QStringLiteral("Seoul said two missiles fired by the Korean People's Army on Wednesday flew 400 km.") << 1 << "400";
        QTest::newRow("long-name") << QStringLiteral("ASEAN expressed concern over the missile launched by the Democratic People's Republic of Korea on Wednesday, which flew 1,000 km.") << 1 << "1000";
        // (Review) with a day of its own after the agent, it is that earlier launch.
        QTest::newRow("own-day") << QStringLiteral("North Korea fired a ballistic missile on Wednesday. It resembled a missile launched by North Korea in March 2024 that flew 800 km.") << 2 << "none";
    }
    void participleWithItsAgent()
    {
        QFETCH(QString, text);
        QFETCH(int, launches);
        QFETCH(QString, distance);
        const auto r = extractLaunches(text);
        QCOMPARE(int(r.launches.size()), launches);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 12));
        QCOMPARE(field(r.launches.at(0), QStringLiteral("distance")), distance);
    }
    void foreignMissileFiredIsNoLaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QVERIFY2(r.launches.isEmpty(), qPrintable(text));
    }
    // A foreign name further on is a comparison: the North's launch stands.
    void foreignNameInComparisonKeepsTheLaunch()
    {
        for (const char *text : {"North Korea fired a KN-23, a missile often compared with Russia's Iskander, on Tuesday.",
                                 "North Korea fired two Iskander-type KN-23 missiles into the East Sea on Tuesday.",
                                 "North Korea launched a Tomahawk-style cruise missile on Tuesday, the JCS said.",
                                 "North Korea fired the Patriot-evading KN-23 on Tuesday, the JCS said.",
                                 "On Tuesday US Forces Korea said its THAAD battery tracked the launch of a North Korean missile.",
                                 "North Korea fired two ballistic missiles on Tuesday, days after South Korea's Hyunmoo-5 test.",
                                 "Days after the Hyunmoo-5 test, North Korea fired two ballistic missiles on Tuesday.",
                                 "Japan's Patriot units were alerted as North Korea fired a missile on Tuesday."}) {
            const auto r = extractLaunches(QString::fromUtf8(text));
            QVERIFY2(r.launches.size() == 1, text);
        }
    }
    // "North Korea's missile launches are a consequence of ...": launches in general.
    void launchesInGeneralAreNoLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("launches");
        QTest::newRow("consequence") << QStringLiteral("MOSCOW, March 3 - North Korea's missile launches are a consequence of US pressure, the ministry said.") << 0;
        QTest::newRow("tests-are") << QStringLiteral("Pyongyang's weapons tests are a response to the drills, an official said on Tuesday.") << 0;
        QTest::newRow("firings-remain") << QStringLiteral("Its missile firings remain a threat to the region, Tokyo said on Monday.") << 0;
        QTest::newRow("salvos-are") << QStringLiteral("Such salvos are a message to Washington, analysts said on Friday.") << 0;
        QTest::newRow("ballistic-launches-are") << QStringLiteral("North Korean ballistic missile launches are banned by UN resolutions, Seoul said on March 4.") << 0;
        QTest::newRow("the-launches-are-told") << QStringLiteral("North Korea fired two missiles on Tuesday. The launches are the first since January.") << 1;
        // A tally of launches over a period: none of them told.
        // Each one: launches in general. An engine's test, named before the noun, after
        // its "of", or as the relative clause's antecedent before a verb.
        QTest::newRow("after-each-test") << QStringLiteral("Western media hyped the missile threat after each test, an official said on Tuesday.") << 0;
        QTest::newRow("each-launch-is") << QStringLiteral("Each launch is a violation of the resolutions, Tokyo said on Monday.") << 0;
        QTest::newRow("ground-jet-test-of-engine") << QStringLiteral("The academy conducted a ground jet test of a high-thrust solid-fuel engine for a new ballistic missile at Sohae on Tuesday.") << 0;
        QTest::newRow("test-of-new-engine") << QStringLiteral("KCNA reported a test of a new solid-fuel engine for an ICBM on Tuesday.") << 0;
        QTest::newRow("whose-engine-tested") << QStringLiteral("Analysts are studying the new missile whose engine North Korea said it tested on Tuesday.") << 0;
        QTest::newRow("engine-that-tested") << QStringLiteral("It may be the missile with an engine that the North tested on Tuesday.") << 0;
        QTest::newRow("each-missile-flew") << QStringLiteral("Each missile flew 350 km after North Korea fired them on Tuesday.") << 1;
        QTest::newRow("fired-missile-whose-engine") << QStringLiteral("North Korea fired a missile whose engine was new on Tuesday.") << 1;
        // None told as none.
        QTest::newRow("no-launch-took-place") << QStringLiteral("North Korea had warned of a drill, but no launch took place during it, which ended on Nov. 10.") << 0;
        QTest::newRow("no-missile-launch-detected") << QStringLiteral("No missile launch was detected on Tuesday, the JCS said.") << 0;
        QTest::newRow("no-further-launches") << QStringLiteral("There were no further launches on Wednesday, Seoul said.") << 0;
        QTest::newRow("no-ballistic-missile-launch") << QStringLiteral("Japan said no ballistic missile launch had been confirmed on Monday.") << 0;
        QTest::newRow("no-such-launch") << QStringLiteral("The ministry said no such launch happened on Sunday.") << 0;
        QTest::newRow("no-then-launch-told") << QStringLiteral("No launch came on Monday, but North Korea fired two missiles on Tuesday.") << 1;
        QTest::newRow("tally-events") << QStringLiteral("Pyongyang carried out 10 launch events last year, according to Seoul.") << 0;
        QTest::newRow("tally-launches") << QStringLiteral("North Korea conducted 12 launches in 2025, Japan's defence ministry said.") << 0;
        // Two counted since a day, so far or to date: a tally too.
        QTest::newRow("two-since-day") << QStringLiteral("The DPRK has conducted two ballistic missile launches since 1 April.") << 0;
        QTest::newRow("two-since-month") << QStringLiteral("North Korea has carried out two missile launches since March, Seoul said on Friday.") << 0;
        QTest::newRow("two-so-far") << QStringLiteral("North Korea has made two launches so far this year, the ministry said on Monday.") << 0;
        QTest::newRow("2-to-date") << QStringLiteral("The North has carried out 2 missile launches to date in 2025, Tokyo said on Tuesday.") << 0;
        QTest::newRow("two-since-election") << QStringLiteral("Pyongyang has staged two ballistic launches since the election, analysts said on Monday.") << 0;
        // (Told: the period belongs to another word of the sentence.)
        QTest::newRow("two-on-day-first-since") << QStringLiteral("North Korea made two launches on Monday, the first since March.") << 1;
        QTest::newRow("two-on-day-flew") << QStringLiteral("Japan said two launches on Tuesday flew 400 km.") << 1;
        QTest::newRow("tally-words") << QStringLiteral("The North staged seven missile launches in 2024, the JCS said on Monday.") << 0;
        QTest::newRow("tally-dozens") << QStringLiteral("It has staged dozens of tests since 2022, the report said in March.") << 0;
        QTest::newRow("ordinal-is-no-tally") << QStringLiteral("North Korea fired three missiles on Tuesday, its fifth launch this year.") << 1;
        // (Review) several launches of one day are told, not tallied.
        QTest::newRow("one-day-salvo-no-tally") << QStringLiteral("North Korea on Friday carried out three missile launches in the space of six hours, Seoul said.") << 1;
        QTest::newRow("one-day-four-launches") << QStringLiteral("North Korea conducted four ballistic missile launches on Friday from Sunan, the Joint Chiefs of Staff said.") << 1;
    }
    void launchesInGeneralAreNoLaunch()
    {
        QFETCH(QString, text);
        QFETCH(int, launches);
        QCOMPARE(extractLaunches(text).launches.size(), launches);
    }

    // Not a list item, or no abbreviation, or no number: no launch of its own.
    void noteItemNeedsItsForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no marker") << QStringLiteral("Analysts counted SRBMs in 2024 photos of the base.");
        QTest::newRow("no number") << QStringLiteral("Notes\n- SRBMs remain the mainstay of the arsenal.");
        QTest::newRow("no abbreviation") << QStringLiteral("Notes\n- 10 October: the parade showed new missiles.");
        QTest::newRow("words-engine-test") << QStringLiteral("Notes\n- 8 September: a ground test of a solid-fuel engine for a new missile.");
        QTest::newRow("words-programme") << QStringLiteral("Notes\n- 3 March: missile programme budget raised by 10%.");
        QTest::newRow("words-no-day-first") << QStringLiteral("Notes\n- Sinpo shipyard: two missiles seen on 3 March.");
        QTest::newRow("words-satellite") << QStringLiteral("Notes\n- 27 February: a satellite on a new rocket.");
        QTest::newRow("words-no-marker") << QStringLiteral("January 6: a hypersonic missile that the military had long expected.");
        // (Review) missiles named in an item that tells another event.
        QTest::newRow("words-inspects-factories") << QStringLiteral("Key events in 2024\n\n- February 14: Kim Jong Un inspects missile factories producing missiles for Russia\n");
        QTest::newRow("words-warns") << QStringLiteral("Key events in 2024\n\n- March 10: drills begin; the North warns of a missile response\n");
        QTest::newRow("words-intercepted-none") << QStringLiteral("Key events in 2024\n\n- May 30: Seoul says it intercepted no missiles\n");
        QTest::newRow("words-promises") << QStringLiteral("Key moments in 2018\n\n- June 12: Trump and Kim meet; Kim promises to destroy a missile testing ground\n");
        QTest::newRow("words-expected") << QStringLiteral("Notes\n\n- Jan. 20: A missile is expected soon, Seoul's spy agency says\n");
        QTest::newRow("words-speech") << QStringLiteral("Notes\n\n- December 25: missiles mentioned in Kim's speech\n");
        // A designation without a flight told is another event of the missile.
        QTest::newRow("designation-no-flight") << QStringLiteral("Record\n\n- 8 February 2023 \u2013 Hwasong-17 shown to the public.\n");
        QTest::newRow("designation-parade") << QStringLiteral("Record\n\n- 10 October 2025 \u2013 Hwasong-20 displayed, 22 launchers.\n");
        QTest::newRow("designation-engine") << QStringLiteral("Record\n\n- 19 September 2025 \u2013 Hwasong-20 engine test at Sohae, 1,971 kN.\n");
        QTest::newRow("designation-no-marker") << QStringLiteral("Notes on 13 April 2023 \u2013 Hwasong-18: about 1,000 km.");
        QTest::newRow("designation-in-word") << QStringLiteral("Record\n\n- 3 May 2024 \u2013 SuperHwasong-12 game flew 3 km.\n");
        // (Review) other events of a named missile, in note form.
        QTest::newRow("designation-motor") << QStringLiteral("Record\n\n- 19 September 2025 \u2013 Hwasong-20 solid-fuel motor ground test, 1,971 kN thrust\n");
        QTest::newRow("designation-foreign-firing") << QStringLiteral("Record\n\n- 2 January 2024 \u2013 KN-23 missiles first fired by Russian forces at Kharkiv\n");
        QTest::newRow("designation-assessment") << QStringLiteral("Record\n\n- 14 February 2024 \u2013 Hwasong-19 range put at 15,000 km in new US assessment\n");
        QTest::newRow("designation-relocated") << QStringLiteral("Record\n\n- 3 March 2024 \u2013 Hwasong-18 brigade relocated 50 km north of Pyongyang\n");
        QTest::newRow("designation-tube") << QStringLiteral("Record\n\n- 24 February 2025 \u2013 Pukguksong-6 launch tube spotted at Sinpo, 5 km from the pier\n");
        // (The name first: still its flight, not another event of it.)
        QTest::newRow("named-first-parade") << QStringLiteral("Record\n\n- Hwasong-20, 10 October 2025: displayed at the parade, 22 launchers.\n");
        QTest::newRow("named-first-engine") << QStringLiteral("Record\n\n- Hwasong-20, 19 September 2025: engine ground test at Sohae, 1,971 kN.\n");
        // (Review) a motor's test, its name first
        QTest::newRow("named-first-motor") << QStringLiteral("Record\n\n- Hwasong-18, 15 December 2022: solid-fuel motor test, thrust 140 tf\n");
        QTest::newRow("named-first-static-fire") << QStringLiteral("Record\n\n- Hwasong-19, 3 September 2024: static fire test of a new motor\n");
        QTest::newRow("named-first-no-marker") << QStringLiteral("Hwasong-15, 29 November 2017: about 950 km, apogee about 4,475 km.");
    }
    void noteItemNeedsItsForm()
    {
        QFETCH(QString, text);
        QCOMPARE(extractLaunches(text).launches.size(), 0);
    }

    // An undated story: "In June" (its month without a year) is no launch told "on
    // Wednesday", and a month of the same name is one launch.
    void monthWithoutYearIsItsOwnLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("launches");
        QTest::newRow("weekday-then-month") << QStringLiteral("North Korea fired an ICBM on Wednesday morning. In June, the North fired an intermediate-range missile over northern Japan.") << 2;
        QTest::newRow("month-then-weekday") << QStringLiteral("In March the North tested cruise missiles. On Friday it fired two SRBMs into the East Sea.") << 2;
        QTest::newRow("two-months") << QStringLiteral("The North fired an SLBM in April. In June, it fired an IRBM over Japan.") << 2;
        QTest::newRow("same-month-twice") << QStringLiteral("In June, the North fired an IRBM over Japan. The June launch flew about 4,500 km.") << 1;
        QTest::newRow("month-and-day-of-year") << QStringLiteral("In June, the North fired an IRBM over Japan. It was fired on June 26 from Pyongyang.") << 1;
    }
    void monthWithoutYearIsItsOwnLaunch()
    {
        QFETCH(QString, text);
        QFETCH(int, launches);
        const auto r = extractLaunches(text, QDate()); // (no publication date)
        QVERIFY2(r.launches.size() == launches, qPrintable(rolesAndDates(r)));
    }

    // Each item of a list keeps its own missile's name (the words before an item's
    // first cue are that item's launch's, not the item's before it).
    void listItemsKeepTheirNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("names");
        QTest::newRow("note-then-note") << QStringLiteral("How it compares:\n\n- Hwasong-15, 29 November 2017: about 950 km, apogee about 4,475 km.\n"
                                                          "- Hwasong-18, first flown 13 April 2023: the first solid-fuel ICBM, about 1,000 km.\n") << "Hwasong-15|Hwasong-18";
        QTest::newRow("note-then-verb") << QStringLiteral("Key events:\n\n- Hwasong-16B, 2 April 2024: about 1,000 km, apogee about 100 km\n"
                                                          "- Pukguksong-3, 2 October 2019: launched from a barge, about 450 km\n") << "Hwasong-16B|Pukguksong-3";
        QTest::newRow("numbered-verb") << QStringLiteral("Key events:\n\n1. Hwasong-16B, 2 April 2024: about 1,000 km, apogee 100 km\n"
                                                         "2. KN-25, 12 June 2024: fired from Sunan, 380 km\n") << "Hwasong-16B|KN-25";
        QTest::newRow("bullet-verb") << QStringLiteral("Key events:\n\n\u2022 Hwasong-19, 31 October 2024: 86 minutes, apogee 7,687.5 km\n"
                                                       "\u2022 Hwasong-21, 7 April 2027: fired from Sunan, about 1,000 km\n") << "Hwasong-19|Hwasong-21";
        QTest::newRow("star-note") << QStringLiteral("Key events:\n\n* Hwasong-15, 29 November 2017: flew about 950 km\n"
                                                     "* Hwasong-17, first flown 24 March 2022: the largest ICBM, about 1,090 km\n") << "Hwasong-15|Hwasong-17";
    }
    void listItemsKeepTheirNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, names);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << field(m, QStringLiteral("names"));
        QCOMPARE(got.join(QLatin1Char('|')), names);
    }

    // What the event told was made of: "the drill involved Hwasong-11 (KN-23) missiles".
    void eventInvolvedNamesTheLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("names");
        QTest::newRow("exercise-involved") << QStringLiteral("North Korea fired several missiles on Tuesday. KCNA said the exercise involved KN-25 launchers as well as Hwasong-11 missiles.") << "KN-25,Hwasong-11";
        QTest::newRow("exercise-included") << QStringLiteral("North Korea launched missiles on Tuesday. The exercise included two Hwasong-11D missiles, state media said.") << "Hwasong-11D";
        QTest::newRow("drill-featured") << QStringLiteral("North Korea fired two missiles on Tuesday. This drill featured the Pukguksong-3 and a new rocket, KCNA said.") << "Pukguksong-3";
        QTest::newRow("drill-used") << QStringLiteral("North Korea launched missiles on Tuesday. The drill used KN-23 and KN-24 missiles, according to Seoul.") << "KN-23,KN-24";
        QTest::newRow("quoted-drill-employed") << QStringLiteral("North Korea fired several missiles on Tuesday. The \"strike drill,\" which employed Hwasong-11 (KN-23) rockets, was watched by Kim.") << "Hwasong-11,KN-23";
        QTest::newRow("parade-is-no-event") << QStringLiteral("North Korea fired several missiles on Tuesday. The parade included Hwasong-20 missiles.") << "";
        // (Review) an air-defence designation by itself names the missile fired
        QTest::newRow("pyoljji-alone") << QStringLiteral("North Korea fired a Pyoljji-1-3 on Wednesday, KCNA said.") << "Pyoljji-1-3";
        QTest::newRow("pyoljji-two") << QStringLiteral("The North test-fired two Pyoljji-1-2 near Nampo on Saturday.") << "Pyoljji-1-2";
    }
    void eventInvolvedNamesTheLaunch()
    {
        QFETCH(QString, text);
        QFETCH(QString, names);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("names")), names);
    }

    // "The first Hwasong-14, fired on July 4, 2017, was ...": the short noun phrase set
    // off before a participle names the missile it fired, not the launch told before.
    void participlesMissileNamedBeforeIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("names");
        const QString before = QStringLiteral("North Korea fired an ICBM on Tuesday. ");
        QTest::newRow("fired-on") << before + "The first Hwaseong-14, fired on July 4, 2017, was a liquid-fuel missile." << "Hwasong-14";
        QTest::newRow("first-launched") << before + "The Hwasong-18, first launched on April 13, 2023, used solid fuel." << "Hwasong-18";
        QTest::newRow("test-fired") << before + "Its KN-25, test-fired on 31 July 2019, is a large rocket." << "KN-25";
        QTest::newRow("launched-in") << before + "A Pukguksong-3, launched on 2 October 2019, flew 450 km." << "Pukguksong-3";
    }
    void participlesMissileNamedBeforeIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, names);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("names")), QString());
        QCOMPARE(field(r.launches.at(1), QStringLiteral("names")), names);
    }

    // A flashback story's primary launch is years back; "last Tuesday" in it is said
    // from the day of writing (12 March 2025), not from that launch.
    void deicticDatesCountFromTheDayOfWriting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("later");
        const QString flashback = QStringLiteral("Nine years ago, in the early hours of March 9, 2016, North Korea fired a missile nobody had seen before from Sunan. "
                                                 "It flew about 950 kilometers. ");
        QTest::newRow("last-weekday") << flashback + "And last Tuesday, the North fired what its state media called a new missile." << QDate(2025, 3, 11);
        QTest::newRow("yesterday") << flashback + "Yesterday the North launched a cruise missile from Nampo." << QDate(2025, 3, 11);
        QTest::newRow("last-month") << flashback + "Last month it test-fired an IRBM from Jagang." << QDate(2025, 2, 1);
        QTest::newRow("earlier-this-month") << flashback + "Earlier this month it test-fired an IRBM from Jagang." << QDate(2025, 3, 1);
    }
    void deicticDatesCountFromTheDayOfWriting()
    {
        QFETCH(QString, text);
        QFETCH(QDate, later);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QList<QDate> days{r.launches.at(0).date.earliest, r.launches.at(1).date.earliest};
        std::sort(days.begin(), days.end());
        QCOMPARE(days, (QList<QDate>{QDate(2016, 3, 9), later}));
    }

    // "the North flew an ICBM": flew with a missile as its object is a launch verb.
    void flewAMissileIsALaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("classes");
        QTest::addColumn<QString>("count");
        QTest::newRow("lofted") << QStringLiteral("North Korea flew an ICBM on a lofted trajectory on Tuesday.") << "ICBM" << "1..1";
        QTest::newRow("two-abbr") << QStringLiteral("Pyongyang flew two SRBMs toward the East Sea on Tuesday.") << "SRBM" << "2..2";
        QTest::newRow("distance-after") << QStringLiteral("The North flew a hypersonic missile some 600 km on Tuesday, Seoul said.") << "hypersonic" << "1..1";
        QTest::newRow("several-cruise") << QStringLiteral("On Tuesday North Korea flew several cruise missiles over the Yellow Sea.") << "cruise" << "2..-1";
        QTest::newRow("another") << QStringLiteral("The military said the North flew a ballistic missile on Tuesday.") << "ballistic" << "1..1";
        // a designation after "the" or "its"
        QTest::newRow("the-designation") << QStringLiteral("North Korea first flew the Hwasong-18 on Tuesday, Seoul said.") << "" << "1..1";
        QTest::newRow("its-designation") << QStringLiteral("Pyongyang flew its new Hwasong-20 on Tuesday on a lofted path.") << "" << "1..1";
        QTest::newRow("the-kn") << QStringLiteral("The North flew the KN-25 toward the East Sea on Tuesday.") << "" << "1..1";
        // "sent a missile over Aomori": sent with a missile as its object, and where to.
        QTest::newRow("sent-over") << QStringLiteral("On Tuesday, it sent an intermediate-range missile over Aomori Prefecture.") << "IRBM" << "1..1";
        QTest::newRow("sent-into") << QStringLiteral("North Korea sent two ballistic missiles into the East Sea on Tuesday.") << "ballistic" << "2..2";
        QTest::newRow("sent-toward") << QStringLiteral("Pyongyang sent several cruise missiles toward the Yellow Sea on Tuesday.") << "cruise" << "2..-1";
        QTest::newRow("sent-abbr-over") << QStringLiteral("The North sent an IRBM over Japan on Tuesday, Tokyo said.") << "IRBM" << "1..1";
        QTest::newRow("sent-flying") << QStringLiteral("On Tuesday the North sent a missile flying over Hokkaido.") << "" << "1..1";
    }
    // "sent" with no missile flying somewhere tells no launch.
    void sentWithoutAMissileFlightIsNoLaunch()
    {
        for (const char *text : {"North Korea sent a letter to the UN on Tuesday about its missiles.",
                                 "Russia sent missiles to North Korea by train on Tuesday.",
                                 "Pyongyang sent two missile experts to Moscow on Tuesday."}) {
            const auto r = extractLaunches(QString::fromUtf8(text));
            QVERIFY2(r.launches.isEmpty(), text);
        }
    }
    void flewAMissileIsALaunch()
    {
        QFETCH(QString, text);
        QFETCH(QString, classes);
        QFETCH(QString, count);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        QCOMPARE(field(r.launches.at(0), QStringLiteral("classes")), classes);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("count")), count);
    }
    // An engine named after the missile or its preposition does not make the firing a ground test.
    void engineAfterTheObjectStillFlies()
    {
        for (const char *text : {"North Korea fired a rocket with a new engine into the sea on Tuesday.",
                                 "Pyongyang launched a missile powered by a new solid-fuel engine on Tuesday.",
                                 "The North test-fired two ballistic missiles and a new engine on Tuesday.",
                                 "North Korea fired a Hwasong-18 ICBM whose solid-fuel motor was first shown in 2022, Seoul said on Tuesday.",
                                 "North Korea fired a Hwasong-18 powered by new motors toward the East Sea on Tuesday.",
                                 "North Korea launched a Pukguksong-3 SLBM whose motor it had tested weeks earlier, on Tuesday."}) {
            const auto r = extractLaunches(QString::fromUtf8(text));
            QVERIFY2(r.launches.size() == 1, text);
        }
    }
    // (Review) A ship's launch ceremony told beside a firing leaves the firing its day.
    void ceremonyLeavesTheFiringItsDay()
    {
        for (const char *text : {"Kim Jong Un attended a launch ceremony on Tuesday and then watched the test-firing of two Hwasong-11 missiles from the new destroyer.",
                                 "The launch ceremonies were followed by the launch of a Hwasong-11 missile from the ship on Tuesday."}) {
            const auto r = extractLaunches(QString::fromUtf8(text));
            QVERIFY2(r.launches.size() == 1, text);
            QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        }
    }
    void flewWithoutAMissileObjectIsNoLaunch()
    {
        QVERIFY(extractLaunches(QStringLiteral("The missile flew 800 km on Tuesday.")).launches.isEmpty());
        QVERIFY(extractLaunches(QStringLiteral("US bombers flew a mission over the peninsula on Tuesday, armed with cruise missiles.")).launches.isEmpty());
        // (Review) "flew the <designation> ..." carrying something is a flight of a plane.
        QVERIFY(extractLaunches(QStringLiteral("An Air Koryo jet flew the Hwasong-17 engineers to Moscow on Tuesday.")).launches.isEmpty());
        QVERIFY(extractLaunches(QStringLiteral("Il-76 transports flew the KN-24 launchers from Pyongyang to Vladivostok on Tuesday.")).launches.isEmpty());
        QVERIFY(extractLaunches(QStringLiteral("Kim praised pilots who flew the Hwasong-17 flag over Pyongyang on Tuesday.")).launches.isEmpty());
        QVERIFY(extractLaunches(QStringLiteral("Cargo planes flew the KN-23 missiles to Russia on Tuesday, officials said.")).launches.isEmpty());
    }

    // "The January 6 launch", "the launch on 14 January": a definite launch noun with a
    // day of its own, not the primary's, is that day's (earlier) launch.
    void definiteLaunchWithItsOwnDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        const QString primary = QStringLiteral("North Korea fired a ballistic missile on Tuesday. ");
        QTest::newRow("day-before-noun") << primary + "The January 6 launch had flown about 1,100 km." << QDate(2025, 1, 6);
        QTest::newRow("abbreviated-month") << primary + "The Feb. 20 salvo from Sunan involved four missiles." << QDate(2025, 2, 20);
        QTest::newRow("on-after-noun") << primary + "Analysts compared it with the launch on 14 January, which used a solid-fuel engine." << QDate(2025, 1, 14);
        QTest::newRow("day-month-noun") << primary + "The 28 February firing near Sinpo was of a submarine-launched missile." << QDate(2025, 2, 28);
        QTest::newRow("launch-on-ended") << primary + "The launch on January 30 ended in failure, Seoul said of that missile." << QDate(2025, 1, 30);
    }
    void definiteLaunchWithItsOwnDay()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 11));
        QCOMPARE(r.launches.at(1).role, LaunchRole::Mentioned);
        QCOMPARE(r.launches.at(1).date.earliest, day);
    }
    void definiteLaunchOnThePrimarysDay()
    {
        const auto r = extractLaunches(QStringLiteral("North Korea fired a ballistic missile on Tuesday. The March 11 launch drew protests from Tokyo."));
        QCOMPARE(r.launches.size(), 1);
    }

    // "described by state media the next day as a test of ...": what the launch just
    // told was, never another launch on the day of the report.
    void asATestNamesTheLaunchTold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("described-next-day") << QStringLiteral("North Korea fired two missiles on Monday, and KCNA described the launch the next day as a test of a new cruise missile.");
        QTest::newRow("hailed-successful") << QStringLiteral("North Korea fired a missile on Monday. Pyongyang hailed it on Tuesday as a successful test of a hypersonic missile.");
        QTest::newRow("presented-tests") << QStringLiteral("The missiles fired on Monday were presented by state media a day later as tests of a new tactical missile.");
        QTest::newRow("billed-launch") << QStringLiteral("The firing on Monday was billed by KCNA the following day as a launch of a new ICBM.");
        QTest::newRow("quoted-verification-firing") << QStringLiteral("North Korea fired two missiles on Monday. The next day KCNA described the test as a \"verification firing\" of a new-type missile.");
        QTest::newRow("curly-quoted-launch") << QStringLiteral("North Korea fired a missile on Monday. On Tuesday state media hailed the event as a \u201cpowerful launch\u201d of a new ICBM.");
        QTest::newRow("quoted-test-fire") << QStringLiteral("North Korea launched a missile on Monday. KCNA reported it on Tuesday as a \"test launch\" of a new engine.");
        QTest::newRow("quoted-strike-drill") << QStringLiteral("The missiles fired on Monday were reported a day later as a \"simulated nuclear counterattack launch\" drill.");
        QTest::newRow("quoted-single-marks") << QStringLiteral("North Korea fired two missiles on Monday. A day later the agency presented the salvo as a \u2018demonstration firing\u2019 of a new system.");
        QTest::newRow("reported-test-firing") << QStringLiteral("North Korea launched a missile on Monday; on Tuesday its media reported the event as a test of a new-type missile.");
    }
    void asATestNamesTheLaunchTold()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).date.earliest, QDate(2025, 3, 10));
    }

    // "over the same waters": a mentioned launch takes the sea named before for another launch.
    void sameWatersIsTheSeaNamedBefore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sea");
        QTest::newRow("same-waters") << QStringLiteral("North Korea fired cruise missiles into the Yellow Sea on Tuesday. It test-fired strategic cruise missiles over the same waters in January.") << "Yellow Sea";
        QTest::newRow("same-sea") << QStringLiteral("North Korea fired a ballistic missile into the Sea of Japan on Tuesday. Last month it launched two missiles into the same sea.") << "East Sea";
        QTest::newRow("same-water-singular") << QStringLiteral("Pyongyang launched a missile off its west coast on Tuesday. In February it flight-tested cruise missiles over the same water.") << "Yellow Sea";
        QTest::newRow("same-stretch") << QStringLiteral("The North fired two SRBMs into the East Sea on Tuesday. Two weeks ago it fired an IRBM into the same stretch of sea.") << "East Sea";
        QTest::newRow("the-same-waters-comma") << QStringLiteral("North Korea fired missiles into the Yellow Sea on Tuesday. In January, it fired cruise missiles into the same waters, state media said.") << "Yellow Sea";
    }
    void sameWatersIsTheSeaNamedBefore()
    {
        QFETCH(QString, text);
        QFETCH(QString, sea);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(r.launches.at(1).role, LaunchRole::Mentioned);
        QCOMPARE(r.launches.at(1).splashdown.sea, sea);
        QCOMPARE(r.launches.at(0).splashdown.sea, sea);
    }
    void sameWatersWithoutEarlierSeaIsNoSea()
    {
        const auto r = extractLaunches(QStringLiteral("North Korea fired a cruise missile over the same waters on Tuesday."));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.at(0).splashdown.sea, QString());
    }

    // "The launch came a day after the North fired ...": the second firing is an
    // earlier launch, and its classes stay off the primary.
    void gapAfterIsAnEarlierLaunch_data()
    {
        QTest::addColumn<QString>("text");
        const QString first = QStringLiteral("North Korea fired an intercontinental ballistic missile on Thursday. ");
        QTest::newRow("a day after") << first + "The launch came a day after the North fired several short-range ballistic missiles toward the Yellow Sea.";
        QTest::newRow("days after") << first + "It came days after Pyongyang launched two short-range ballistic missiles.";
        QTest::newRow("weeks after") << first + "The test came two weeks after North Korea test-fired short-range ballistic missiles.";
        QTest::newRow("hours after") << first + "It was launched hours after the North fired short-range ballistic missiles from Sinpo.";
        QTest::newRow("shortly after") << first + "It came shortly after North Korea fired short-range ballistic missiles.";
    }
    void gapAfterIsAnEarlierLaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 2);
        QCOMPARE(field(r.launches.at(0), QStringLiteral("classes")), QStringLiteral("ICBM"));
        QCOMPARE(r.launches.at(1).role, LaunchRole::Mentioned);
        QCOMPARE(field(r.launches.at(1), QStringLiteral("classes")), QStringLiteral("SRBM"));
    }

    // A hedged count ("around 10", "some 30") is still a launch, with its classes and number.
    void hedgedCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("classes");
        QTest::addColumn<QString>("count");
        QTest::newRow("about") << "Pyongyang launched about eight short-range ballistic missiles into the sea off its east coast on Thursday, Japan's coast guard said." << "SRBM" << "8..8";
        QTest::newRow("roughly") << "North Korea fired roughly 20 cruise missiles over the Yellow Sea on Monday, according to Seoul." << "cruise" << "20..20";
        QTest::newRow("approximately") << "The North test-fired approximately six short-range ballistic missiles from the Sunan area early Sunday." << "SRBM" << "6..6";
        QTest::newRow("some") << "North Korea launched some 30 ballistic missiles of various types on Wednesday, officials said." << "ballistic" << "30..30";
        QTest::newRow("estimated") << "North Korea fired an estimated 10 short-range ballistic missiles toward the East Sea on Friday." << "SRBM" << "10..10";
        QTest::newRow("nearly") << "Seoul said the North had fired nearly 12 cruise missiles off its west coast on Tuesday." << "cruise" << "12..12";
    }
    void hedgedCount()
    {
        QFETCH(QString, text);
        QFETCH(QString, classes);
        QFETCH(QString, count);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.first().role, LaunchRole::Primary);
        QCOMPARE(field(r.launches.first(), QStringLiteral("classes")), classes);
        QCOMPARE(field(r.launches.first(), QStringLiteral("count")), count);
    }

    // A ship that fires a missile is a missile launch; a ship launched is not.
    void shipFiringIsALaunch()
    {
        const auto r = extractLaunches(QStringLiteral("A North Korean destroyer launched two cruise missiles off the west coast on Monday."));
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(field(r.launches.first(), QStringLiteral("count")), QStringLiteral("2..2"));
        // The ship's launch day is not the test-fire's.
        const auto s = extractLaunches(QStringLiteral("North Korea fired a ballistic missile on Tuesday. The destroyer Kang Kon, launched two days earlier at Chongjin, "
                                          "test-fired a cruise missile on the same day."));
        for (const LaunchMention &m : s.launches)
            QVERIFY2(m.date.text != QLatin1String("two days earlier"), qPrintable(m.date.display()));
    }

    // A launch told again from another source, its day counted from the report's day
    // ("said on Wednesday ... the previous day"), is the same launch, not an earlier one.
    // Publication date Wednesday 12 March 2025.
    void retoldLaunchIsThePrimary_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QString first = QStringLiteral("North Korea test-fired new strategic cruise missiles on Tuesday, state media said. ");
        QTest::newRow("previous-day-count") << first + "Seoul's military said on Wednesday that it had detected three cruise missiles fired into the Yellow Sea the previous day." << "count" << "3..3";
        QTest::newRow("previous-day-sea") << first + "South Korea's Joint Chiefs of Staff said on Wednesday it had tracked several missiles fired toward the Yellow Sea the previous day." << "sea" << "Yellow Sea";
        QTest::newRow("day-before") << first + "Japan's defence ministry said on Wednesday that two missiles fired from the west coast the day before had landed in the Yellow Sea." << "count" << "2..2";
        QTest::newRow("previous-day-time") << first + "The JCS said in a statement on Wednesday that four cruise missiles had been fired at about 9 a.m. the previous day." << "count" << "4..4";
        QTest::newRow("previous-day-distance") << first + "Officials in Seoul said on Wednesday that the missiles fired the previous day flew about 1,200 km." << "distance" << "1200 about";
    }
    void retoldLaunchIsThePrimary()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const auto r = extractLaunches(text);
        QVERIFY2(r.launches.size() == 1, qPrintable(rolesAndDates(r)));
        QCOMPARE(r.launches.first().date.earliest, QDate(2025, 3, 11));
        QCOMPARE(::field(r.launches.first(), field), expected);
    }

    // Two earlier launches in one sentence, joined by "and a": each keeps its own
    // date, class and flight.
    void twoLaunchesJoinedByAnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstClasses");
        QTest::addColumn<QString>("secondClasses");
        const QString first = QStringLiteral("North Korea fired an intercontinental ballistic missile on Tuesday. ");
        QTest::newRow("test-and-salvo") << first + "It follows a cruise missile test on Feb. 3 and a salvo of short-range ballistic missiles on Feb. 20 that flew 300 km." << "cruise" << "SRBM";
        QTest::newRow("launch-and-volley") << first + "That came after a hypersonic missile launch on Jan. 5 and a volley of cruise missiles on Jan. 28." << "hypersonic" << "cruise";
        QTest::newRow("test-and-test") << first + "Earlier, it carried out a hypersonic missile test on Jan. 5 and a test of cruise missiles on Feb. 14." << "hypersonic" << "cruise";
        QTest::newRow("firing-and-another") << first + "Pyongyang conducted a cruise missile firing on Feb. 2 and another firing of short-range ballistic missiles on Feb. 25." << "cruise" << "SRBM";
        QTest::newRow("launch-and-salvo-months") << first + "The North staged an ICBM launch in December and a salvo of short-range ballistic missiles in January." << "ICBM" << "SRBM";
    }
    void twoLaunchesJoinedByAnd()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstClasses);
        QFETCH(QString, secondClasses);
        const auto r = extractLaunches(text);
        QStringList got;
        for (const LaunchMention &m : r.launches)
            got << roleName(m.role) + QLatin1Char(':') + m.date.display() + QLatin1Char(':') + field(m, QStringLiteral("classes"));
        QVERIFY2(r.launches.size() == 3, qPrintable(got.join(QStringLiteral("; "))));
        QCOMPARE(field(r.launches.at(0), QStringLiteral("classes")), QStringLiteral("ICBM"));
        QCOMPARE(field(r.launches.at(1), QStringLiteral("classes")), firstClasses);
        QCOMPARE(field(r.launches.at(2), QStringLiteral("classes")), secondClasses);
        QVERIFY(r.launches.at(1).date.isKnown() && r.launches.at(2).date.isKnown());
        QVERIFY(r.launches.at(1).date.latest < r.launches.at(2).date.earliest);
    }

    // "North Korea's attempt to fire a ballistic missile on Monday appears to have
    // failed": a failed launch is a launch, dated by the sentence that tells of the
    // attempt. Publication date Wednesday 12 March 2025.
    void attemptIsALaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        QTest::newRow("fire") << QStringLiteral("North Korea's attempt to fire a ballistic missile on Monday appears to have failed, the JCS said.") << QDate(2025, 3, 10);
        QTest::newRow("launch-missile") << QStringLiteral("Pyongyang's attempt to launch an ICBM on Tuesday ended when the missile exploded.") << QDate(2025, 3, 11);
        // The object is a missile, whatever it carries or whatever else the sentence names.
        QTest::newRow("rocket-toward") << QStringLiteral("North Korea launched a rocket toward the East Sea on Tuesday, days after putting a satellite into orbit.") << QDate(2025, 3, 11);
        QTest::newRow("missile-carrying-warhead") << QStringLiteral("The North fired a ballistic missile carrying a dummy warhead on Monday, weeks after a satellite launch.") << QDate(2025, 3, 10);
        QTest::newRow("rocket-with-engine") << QStringLiteral("North Korea fired a rocket with a new engine on Tuesday, a month after its satellite failed.") << QDate(2025, 3, 11);
        QTest::newRow("two-rounds-of-missiles") << QStringLiteral("North Korea fired two rounds of ballistic missiles on Tuesday, the JCS said.") << QDate(2025, 3, 11);
        QTest::newRow("rocket-then-satellite-clause") << QStringLiteral("North Korea fired a rocket on Tuesday; it had put a satellite into orbit in May.") << QDate(2025, 3, 11);
        // A missile's launch told after a satellite's is read (one launch: the missile's).
        QTest::newRow("missile-after-satellite") << QStringLiteral("North Korea launched a rocket carrying a satellite on Saturday. On Tuesday it fired a ballistic missile toward the East Sea.") << QDate(2025, 3, 11);
        QTest::newRow("srbm-after-attempt") << QStringLiteral("Its attempt to put a satellite into orbit failed in February. North Korea fired an SRBM on Monday, the JCS said.") << QDate(2025, 3, 10);
        QTest::newRow("same-sentence-then-rocket") << QStringLiteral("North Korea fired a ballistic missile on Monday, days after its attempt to launch a satellite failed. The missile flew 600 km.") << QDate(2025, 3, 10);
        // The launcher's own name for what it fired, and a launch "of" something, that
        // is a missile.
        QTest::newRow("what-it-called-missile") << QStringLiteral("North Korea fired what it called a new ballistic missile on Tuesday, days after a satellite launch.") << QDate(2025, 3, 11);
        QTest::newRow("launch-of-missile-then-satellite") << QStringLiteral("The launch of a ballistic missile on Monday came weeks after its satellite failed in orbit.") << QDate(2025, 3, 10);
        QTest::newRow("launch-of-and-satellite") << QStringLiteral("The launch of an ICBM and a satellite on Monday drew condemnation.") << QDate(2025, 3, 10);
        // (The space station is no satellite launch told.)
        QTest::newRow("space-station-height") << QStringLiteral("North Korea fired a missile toward the East Sea. It climbed higher than the International Space Station orbits. The launch on Monday was the third this year.") << QDate(2025, 3, 10);
    }
    void attemptIsALaunch()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        const auto r = extractLaunches(text);
        QCOMPARE(r.launches.size(), 1);
        QCOMPARE(r.launches.first().role, LaunchRole::Primary);
        QCOMPARE(r.launches.first().date.earliest, day);
        QCOMPARE(r.launches.first().date.latest, day);
    }

    // A satellite launch, failed or not, is no missile launch (shared/README.md's
    // launches are missiles fired; the held-out sets list satellite launches among
    // their not_launches): a rocket carrying a satellite, in any voice, or an attempt
    // to put one in orbit. Publication date Wednesday 12 March 2025.
    void satelliteLaunchIsNoMissileLaunch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("put-into-orbit") << QStringLiteral("North Korea's attempt to put a spy satellite into orbit failed on Monday night when the rocket exploded.");
        QTest::newRow("launch-satellite") << QStringLiteral("Pyongyang's attempt to launch a reconnaissance satellite on Tuesday ended when the rocket's second stage failed.");
        QTest::newRow("place") << QStringLiteral("The North's latest attempt to place a satellite in orbit with a new rocket failed on Monday, Seoul said.");
        QTest::newRow("send") << QStringLiteral("Its attempt to send a military satellite aloft aboard a Chollima-1 rocket failed on Tuesday.");
        QTest::newRow("sohae-told-by-seoul") << QStringLiteral("The rocket carrying the satellite was launched from Sohae on Monday night, South Korea's Joint Chiefs of Staff said.");
        QTest::newRow("told-by-japanese") << QStringLiteral("The rocket carrying a spy satellite was launched on Tuesday, the Japanese government said.");
        QTest::newRow("satellite-carrying-fired") << QStringLiteral("The satellite-carrying rocket was fired from Tongchang-ri on Tuesday.");
        QTest::newRow("nuri-beside") << QStringLiteral("North Korea launched a rocket carrying a military reconnaissance satellite from Sohae on Tuesday, weeks after South Korea's Nuri rocket put satellites into orbit.");
        QTest::newRow("nasa-tracking") << QStringLiteral("Pyongyang launched a rocket with a spy satellite on Tuesday, NASA tracking data showed.");
        QTest::newRow("like-long-march") << QStringLiteral("The North launched a satellite rocket on Tuesday similar to China's Long March.");
        QTest::newRow("what-it-calls") << QStringLiteral("The North fired a long-range rocket carrying what it calls an Earth observation satellite toward the south on Monday.");
        QTest::newRow("to-put") << QStringLiteral("North Korea launched a new carrier rocket to put a military satellite into orbit on Tuesday.");
        QTest::newRow("that-carried") << QStringLiteral("Pyongyang fired a rocket that carried its second spy satellite on Monday, Japan said.");
        QTest::newRow("satellite-launch-vehicle") << QStringLiteral("North Korea launched a satellite launch vehicle from Sohae on Tuesday morning.");
        // What carried it told a few words on.
        QTest::newRow("it-said-carried") << QStringLiteral("On Tuesday North Korea launched a rocket it said carried a military reconnaissance satellite.");
        QTest::newRow("it-claimed-put") << QStringLiteral("Pyongyang launched a rocket on Monday it claimed put a reconnaissance satellite into orbit.");
        QTest::newRow("announced-would-carry") << QStringLiteral("North Korea launched a rocket southward late on Monday that it had announced would carry a military reconnaissance satellite.");
        QTest::newRow("space-launch-vehicle") << QStringLiteral("South Korea's JCS said North Korea fired \"what it claims is a space launch vehicle\" southward on Tuesday.");
        QTest::newRow("slv") << QStringLiteral("The North launched an SLV from Tongchang-ri on Monday night.");
        // A missile named beside it (the technology, other launches) does not make
        // the satellite's launch a missile's.
        QTest::newRow("what-it-describes") << QStringLiteral("On Tuesday it launched what it describes as a military reconnaissance satellite, using ballistic missile technology.");
        QTest::newRow("what-the-north-called") << QStringLiteral("North Korea on Monday launched what it called a reconnaissance satellite, which Seoul said used ballistic missile technology.");
        QTest::newRow("what-pyongyang-claimed") << QStringLiteral("Pyongyang fired what it claimed to be a spy satellite on Monday, with a ballistic missile engine.");
        QTest::newRow("launch-of-so-called") << QStringLiteral("The allies condemned the North's Monday launch of a so-called military reconnaissance satellite using ballistic missile technology.");
        QTest::newRow("launch-of-new-military") << QStringLiteral("Tuesday's launch of a new military reconnaissance satellite drew on ballistic missile technology, Seoul said.");
        QTest::newRow("launch-of-second-spy") << QStringLiteral("The launch of its second military spy satellite on Monday violated resolutions banning ballistic missile technology.");
        // Told across sentences: once a satellite's launch is told, "the rocket"
        // launched in the next ones is its rocket.
        QTest::newRow("next-sentence-rocket") << QStringLiteral("North Korea launched a rocket it said was carrying a military reconnaissance satellite late Monday. The rocket was launched at around 10:43 p.m. from the Tongchang-ri area, Japan's defence ministry said.");
        QTest::newRow("next-sentence-fired") << QStringLiteral("The North launched a rocket carrying a spy satellite on Tuesday. The rocket was fired southward and exploded over the Yellow Sea.");
        QTest::newRow("after-attempt") << QStringLiteral("Pyongyang's attempt to put a satellite into orbit failed on Monday. The rocket was launched from Sohae at 6:30 a.m.");
        QTest::newRow("rocket-launch-of-year") << QStringLiteral("North Korea launched a satellite launch vehicle from Sohae on Tuesday. It was the second rocket launch from there on Tuesday, the JCS said.");
        QTest::newRow("japan-said-rocket") << QStringLiteral("The North fired a rocket it claimed put a satellite into orbit on Monday. Japan said the rocket, launched at 10:40 p.m., flew over Okinawa.");
    }
    void satelliteLaunchIsNoMissileLaunch()
    {
        QFETCH(QString, text);
        const auto r = extractLaunches(text);
        QVERIFY2(r.launches.isEmpty(), qPrintable(rolesAndDates(r)));
    }

    void emptyAndOddInputs()
    {
        QVERIFY(extractLaunches(QString()).launches.isEmpty());
        QVERIFY(extractLaunches(QStringLiteral("   \n\n  ")).launches.isEmpty());
        QVERIFY(extractLaunches(QString(100000, QLatin1Char('x'))).launches.isEmpty());
        const QString lots = QStringLiteral("North Korea fired a missile on Tuesday that flew 1,000 km. ").repeated(2000);
        const auto r = extractLaunches(lots);
        QCOMPARE(r.launches.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLaunchExtractor)
#include "tst_launchextractor.moc"
