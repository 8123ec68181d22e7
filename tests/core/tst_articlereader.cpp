// The reader: every encoding it promises to read, every kind of bad input it
// must refuse with a reason (and never hang or crash on).
#include "ingest/ArticleReader.h"
#include "ingest/HtmlText.h"
#include "ingest/MarkdownText.h"
#include "ingest/TextDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace atlas;

namespace {
QByteArray utf16(const QString &s, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const char lo = char(u & 0xFF), hi = char(u >> 8);
        if (littleEndian)
            out.append(lo).append(hi);
        else
            out.append(hi).append(lo);
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestArticleReader : public QObject {
    Q_OBJECT
private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedEncoding");

        const QString quote = QStringLiteral("North Korea \u201Cfired\u201D a missile \u2014 Seoul said.");
        QTest::newRow("utf8") << quote.toUtf8() << "a.txt" << quote << "UTF-8";
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF") + quote.toUtf8() << "a.txt" << quote
                                  << "UTF-8 (BOM)";
        QTest::newRow("utf16le-bom") << utf16(quote, true) << "a.txt" << quote << "UTF-16LE";
        QTest::newRow("utf16be-bom") << utf16(quote, false) << "a.txt" << quote << "UTF-16BE";
        // Curly quotes 0x93/0x94, an em dash 0x97 and an e-acute 0xE9 in Windows-1252.
        QTest::newRow("windows-1252")
            << QByteArray("Pyongyang \x93" "fired\x94 \x97 caf\xE9.") << "a.txt"
            << QStringLiteral("Pyongyang \u201Cfired\u201D \u2014 caf\u00E9.") << "Windows-1252";
        // Invalid UTF-8 (a lone continuation byte, a truncated sequence): read as 1252, never refused.
        QTest::newRow("invalid-utf8") << QByteArray("Seoul \x80 said \xC3") << "a.txt"
                                      << QStringLiteral("Seoul \u20AC said \u00C3") << "Windows-1252";
        QTest::newRow("overlong-utf8") << QByteArray("A \xC0\xAF B") << "a.txt"
                                       << QStringLiteral("A \u00C0\u00AF B") << "Windows-1252";
        QTest::newRow("crlf") << QByteArray("Title\r\nBody.\rMore.") << "a.txt"
                              << QStringLiteral("Title\nBody.\nMore.") << "UTF-8";
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedEncoding);
        const ReadOutcome r = ArticleReader().readBytes(bytes, name);
        QVERIFY2(r.article, qPrintable(r.problem));
        QCOMPARE(r.article->text, expectedText);
        QCOMPARE(r.article->encoding, expectedEncoding);
        QCOMPARE(r.article->contentHash.size(), 64);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QByteArray() << "a.txt" << "empty";
        QTest::newRow("only-whitespace") << QByteArray(" \n\t \n") << "a.txt" << "no readable text";
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) % 256);
        QTest::newRow("binary-with-nul") << binary << "a.txt" << "binary";
        QByteArray controls;
        for (int i = 0; i < 2000; ++i)
            controls.append(char(1 + i % 8)).append('a');
        QTest::newRow("control-characters") << controls << "a.txt" << "binary";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") << "a.txt" << "PDF";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << "a.txt" << "PNG";
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << "a.txt" << "ZIP";
        QTest::newRow("utf16-without-bom") << QByteArray("N\0o\0r\0t\0h\0", 10) << "a.txt" << "binary";
        QTest::newRow("html-only-script")
            << QByteArray("<html><script>var launch = 1;</script></html>") << "a.html" << "no readable text";
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const ReadOutcome r = ArticleReader().readBytes(bytes, name);
        QVERIFY(!r.article);
        QVERIFY2(r.problem.contains(reason, Qt::CaseInsensitive), qPrintable(r.problem));
    }

    void sizeLimitIsConfigurable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(writeFile(path, QByteArray(3 * 1024 * 1024, 'a')));
        ArticleReader small(ArticleReader::Options{2 * 1024 * 1024});
        const ReadOutcome refused = small.readFile(path);
        QVERIFY(!refused.article);
        QVERIFY2(refused.problem.contains(QLatin1String("over the 2.0 MB limit")), qPrintable(refused.problem));
        QVERIFY(ArticleReader().readFile(path).article); // the default 20 MB takes it
    }

    void fileAboveDefaultLimitIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(21 * 1024 * 1024)); // sparse: costs no disk
        f.close();
        QElapsedTimer t;
        t.start();
        const ReadOutcome r = ArticleReader().readFile(path);
        QVERIFY(!r.article);
        QVERIFY2(r.problem.contains(QLatin1String("20.0 MB limit")), qPrintable(r.problem));
        QVERIFY(t.elapsed() < 20000);
    }

    void tenMegabyteSingleLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("txt") << "line.txt";
        QTest::newRow("md") << "line.md";
        QTest::newRow("html") << "line.html";
    }
    void tenMegabyteSingleLine()
    {
        QFETCH(QString, name);
        QByteArray line;
        line.reserve(10 * 1024 * 1024 + 64);
        const QByteArray unit("North Korea fired [a] <b>missile</b> & *more* on Jan. 14, 2025; ");
        while (line.size() < 10 * 1024 * 1024)
            line += unit;
        QElapsedTimer t;
        t.start();
        const ReadOutcome r = ArticleReader().readBytes(line, name);
        QVERIFY2(r.article, qPrintable(r.problem));
        QVERIFY(r.article->text.size() > 5 * 1024 * 1024);
        QVERIFY(r.article->title.isEmpty()); // a 10 MB line is no headline
        QVERIFY2(t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
    }

    // A TV report's captions saved as text: the sentences split across cues are joined.
    void subtitlesAreJoined_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("absent");
        QTest::newRow("srt") << QByteArray("1\n00:00:00,500 --> 00:00:03,900\nThe missile was launched\n\n2\n00:00:04,000 --> 00:00:07,800\n"
                                           "from Kusong at around 7 a.m.\n\n")
                             << "The missile was launched from Kusong at around 7 a.m." << "-->";
        QTest::newRow("srt-two-lines") << QByteArray("1\n00:00:01,000 --> 00:00:03,000\nSeoul said the rocket\nflew 300 km\n\n2\n"
                                                     "00:00:03,100 --> 00:00:05,000\ninto the West Sea.\n")
                                       << "Seoul said the rocket flew 300 km into the West Sea." << "00:00";
        QTest::newRow("webvtt") << QByteArray("WEBVTT\n\n00:01.000 --> 00:04.000\nTokyo lodged\n\n00:04.100 --> 00:06.000 align:start\na protest.\n")
                                << "Tokyo lodged a protest." << "WEBVTT";
        QTest::newRow("webvtt-note") << QByteArray("WEBVTT\n\nNOTE made by the newsroom\n\n00:01.000 --> 00:02.000\nThe ICBM flew\n\n"
                                                   "00:02.100 --> 00:04.000\nfor 70 minutes.\n")
                                     << "The ICBM flew for 70 minutes." << "newsroom";
        QTest::newRow("title-first") << QByteArray("Evening news, captions\n\n1\n00:00:00,000 --> 00:00:02,000\nA launch was reported\n\n2\n"
                                                   "00:00:02,100 --> 00:00:04,000\nthis morning.\n")
                                     << "Evening news, captions\n\nA launch was reported this morning." << "-->";
        QTest::newRow("an-arrow-is-no-cue") << QByteArray("Route: Seoul --> Tokyo.\nThe flight was delayed.\n")
                                            << "Route: Seoul --> Tokyo.\nThe flight was delayed." << "";
    }
    void subtitlesAreJoined()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, contains);
        QFETCH(QString, absent);
        const ReadOutcome r = ArticleReader().readBytes(bytes, QStringLiteral("captions.txt"));
        QVERIFY2(r.article, qPrintable(r.problem));
        QVERIFY2(r.article->text.contains(contains), qPrintable(r.article->text));
        if (!absent.isEmpty())
            QVERIFY2(!r.article->text.contains(absent), qPrintable(r.article->text));
    }

    // Government and academic pages date themselves with Dublin Core or citation
    // tags; the page's own date wins over a site banner's "today".
    void htmlPublishedMetaKeys_data()
    {
        QTest::addColumn<QString>("meta");
        QTest::newRow("DC.date.created") << "<meta name=\"DC.date.created\" content=\"2026-07-07\">";
        QTest::newRow("dcterms.created") << "<meta name=\"dcterms.created\" content=\"2026-07-07\">";
        QTest::newRow("dcterms.issued") << "<meta name=\"DCTERMS.issued\" content=\"2026-07-07\">";
        QTest::newRow("citation_publication_date") << "<meta name=\"citation_publication_date\" content=\"2026/07/07\">";
        QTest::newRow("citation_date") << "<meta name=\"citation_date\" content=\"2026-07-07\">";
    }
    void htmlPublishedMetaKeys()
    {
        QFETCH(QString, meta);
        const QByteArray html = ("<html><head><title>Statement</title>" + meta
                                 + "</head><body><div class=\"banner\">Wednesday, July 8, 2026</div>"
                                   "<h1>Statement on the DPRK launch</h1><p>North Korea fired a ballistic missile.</p></body></html>")
                                    .toUtf8();
        const ReadOutcome r = ArticleReader().readBytes(html, QStringLiteral("page.html"));
        QVERIFY2(r.article, qPrintable(r.problem));
        QCOMPARE(r.article->publicationDate, QDate(2026, 7, 7));
    }

    void htmlVisibleTextOnly()
    {
        const QByteArray html(
            "<!DOCTYPE html><html><head><title>Launch | The Daily</title>"
            "<meta property=\"article:published_time\" content=\"2025-01-14T09:00:00+09:00\">"
            "<style>p { color: red } .launch { }</style>"
            "<script>var fired = \"SCRIPT TEXT\"; if (a<b) { document.write('</p>'); }</script>"
            "<link rel=stylesheet href=\"http://example.invalid/x.css\"></head>"
            "<body><!-- COMMENT TEXT --><h1>North Korea fires missile</h1>"
            "<p>SEOUL &mdash; The JCS said it flew&nbsp;1,100&#160;km.</p>"
            "<p>Japan said it was &ldquo;unacceptable&rdquo; &amp; protested.<br>Second line</p>"
            "<noscript>NOSCRIPT TEXT</noscript><img src=\"http://example.invalid/a.png\" alt=\"ALT TEXT\">"
            "<SCRIPT type=\"text/javascript\">UPPER SCRIPT</SCRIPT><template>TEMPLATE TEXT</template>"
            "<ul><li>One</li><li>Two</li></ul></body></html>");
        const ReadOutcome r = ArticleReader().readBytes(html, QStringLiteral("page.html"));
        QVERIFY2(r.article, qPrintable(r.problem));
        const QString text = r.article->text;
        for (const char *hidden : {"SCRIPT TEXT", "color: red", "COMMENT TEXT", "NOSCRIPT", "ALT TEXT",
                                   "UPPER SCRIPT", "TEMPLATE", "document.write", "Daily", "example.invalid"})
            QVERIFY2(!text.contains(QLatin1String(hidden)), hidden);
        QCOMPARE(r.article->title, QStringLiteral("North Korea fires missile"));
        QVERIFY(text.startsWith(QStringLiteral("North Korea fires missile\n\n")));
        QVERIFY(text.contains(QStringLiteral("SEOUL \u2014 The JCS said it flew 1,100 km.")));
        QVERIFY(text.contains(QStringLiteral("\u201Cunacceptable\u201D & protested.\nSecond line")));
        // (A list item keeps the bullet a browser shows.)
        QVERIFY(text.contains(QStringLiteral("\u2022 One\n\u2022 Two")));
        QCOMPARE(r.article->publicationDate, QDate(2025, 1, 14));
        QCOMPARE(r.article->publicationDateSource, PubDateSource::Metadata);
    }

    // A list item reads as one in plain text: its bullet, then its words, on a line
    // of its own, so that "4 July 2017 - Hwasong-14 ..." items are list items.
    void htmlListItemsKeepTheirBullet_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("<ul><li>4 July 2017</li><li>29 November 2017</li></ul>")
                               << QStringLiteral("\u2022 4 July 2017\n\u2022 29 November 2017");
        QTest::newRow("inline tags") << QByteArray("<ul><li><strong>4 July 2017</strong> &ndash; Hwasong-14</li></ul>")
                                     << QStringLiteral("\u2022 4 July 2017 \u2013 Hwasong-14");
        QTest::newRow("ordered") << QByteArray("<ol>\n <li>\n  First\n </li>\n <li>Second</li>\n</ol>")
                                 << QStringLiteral("\u2022 First\n\u2022 Second");
        QTest::newRow("nested") << QByteArray("<ul><li>Outer<ul><li>Inner</li></ul></li></ul>")
                                << QStringLiteral("\u2022 Outer\n\n\u2022 Inner");
        QTest::newRow("upper case") << QByteArray("<UL><LI>One</LI><LI>Two</LI></UL>")
                                    << QStringLiteral("\u2022 One\n\u2022 Two");
        // (Preformatted text is shown as written.)
        QTest::newRow("in pre") << QByteArray("<pre>- a\n<li>b</li></pre>") << QStringLiteral("- a\nb");
        // The page's furniture lists other pages' headlines, not the article's items.
        QTest::newRow("in nav") << QByteArray("<nav><ul><li>3 March 2026 - Hwasong-11 test flew 300 km</li></ul></nav>")
                                << QStringLiteral("3 March 2026 - Hwasong-11 test flew 300 km");
        QTest::newRow("in aside") << QByteArray("<aside><ul><li>One</li></ul></aside>") << QStringLiteral("One");
        QTest::newRow("related class") << QByteArray("<ul class=\"related-links\"><li>One</li><li>Two</li></ul>") << QStringLiteral("One\nTwo");
        QTest::newRow("sidebar id") << QByteArray("<div id=\"sidebar\"><div><ol><li>One</li></ol></div></div>") << QStringLiteral("One");
        QTest::newRow("after furniture closes") << QByteArray("<div class=\"menu\"><div><ul><li>Home</li></ul></div></div><ul><li>Item</li></ul>")
                                                << QStringLiteral("Home\n\n\u2022 Item");
    }
    void htmlListItemsKeepTheirBullet()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expected);
        const ReadOutcome r = ArticleReader().readBytes("<html><body><p>Intro line.</p>" + html + "</body></html>",
                                                        QStringLiteral("list.html"));
        QVERIFY2(r.article, qPrintable(r.problem));
        QCOMPARE(r.article->text, QStringLiteral("Intro line.\n\n") + expected);
    }

    void htmlTitleFallsBackToTitleElement()
    {
        const HtmlDocument doc = HtmlText::extract(QStringLiteral(
            "<html><head><title> Missile &amp; more </title></head><body><p>Text.</p></body></html>"));
        QCOMPARE(doc.title, QStringLiteral("Missile & more"));
        QCOMPARE(doc.text, QStringLiteral("Text."));
    }

    void htmlUnterminatedConstructsEnd()
    {
        for (const char *html : {"<p>Text <script>never closed", "<p>Text <!-- never closed",
                                 "<p>Text <a href=\"never closed>", "<p>1 < 2 and 3 > 2</p>"}) {
            const HtmlDocument doc = HtmlText::extract(QString::fromLatin1(html));
            QVERIFY2(doc.text.startsWith(QLatin1String("Text")) || doc.text.startsWith(QLatin1String("1 < 2")),
                     html);
        }
    }

    void markdownStrippedLightly()
    {
        const QByteArray md("---\ntitle: \"Front matter title\"\ndate: 2025-05-08\n---\n"
                            "# North Korea *fires* missiles\n\n"
                            "The **JCS** said [it](http://example.invalid) flew `about 800 km`.\n"
                            "![chart](http://example.invalid/c.png)\n"
                            "- first item\n1. numbered item\n> quoted words\n\n---\n"
                            "[ref]: http://example.invalid\nsnake_case stays, _emphasis_ goes.");
        const ReadOutcome r = ArticleReader().readBytes(md, QStringLiteral("a.md"));
        QVERIFY2(r.article, qPrintable(r.problem));
        const QString text = r.article->text;
        QCOMPARE(r.article->title, QStringLiteral("Front matter title"));
        QCOMPARE(r.article->publicationDate, QDate(2025, 5, 8));
        QVERIFY(text.startsWith(QStringLiteral("North Korea fires missiles\n")));
        QVERIFY(text.contains(QStringLiteral("The JCS said it flew about 800 km.")));
        // (A list item keeps its marker as a rendered page shows it; a quote's goes.)
        QVERIFY(text.contains(QStringLiteral("\n\u2022 first item\n1. numbered item\nquoted words\n")));
        QVERIFY(text.contains(QStringLiteral("snake_case stays, emphasis goes.")));
        QVERIFY(!text.contains(QLatin1String("example.invalid")));
        QVERIFY(!text.contains(QLatin1String("chart")));
    }

    // A Markdown list item reads as one in plain text: a bullet for "-", "*" and
    // "+", its number for a numbered one, so that dated items are list items.
    void markdownListItemsKeepTheirMarker_data()
    {
        QTest::addColumn<QByteArray>("md");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dash") << QByteArray("- **2026-01-04**: several missiles") << QStringLiteral("\u2022 2026-01-04: several missiles");
        QTest::newRow("star") << QByteArray("* one\n* two") << QStringLiteral("\u2022 one\n\u2022 two");
        QTest::newRow("plus") << QByteArray("+ item") << QStringLiteral("\u2022 item");
        QTest::newRow("numbered") << QByteArray("1. first\n2) second") << QStringLiteral("1. first\n2) second");
        QTest::newRow("quoted list") << QByteArray("> - quoted item") << QStringLiteral("\u2022 quoted item");
        QTest::newRow("indented") << QByteArray("  - nested item") << QStringLiteral("\u2022 nested item");
        // (Not a marker: a dash without a space, an emphasis star.)
        QTest::newRow("no space") << QByteArray("-5 degrees") << QStringLiteral("-5 degrees");
        QTest::newRow("emphasis") << QByteArray("*emphasis* here") << QStringLiteral("emphasis here");
    }
    void markdownListItemsKeepTheirMarker()
    {
        QFETCH(QByteArray, md);
        QFETCH(QString, expected);
        const ReadOutcome r = ArticleReader().readBytes("Intro line.\n\n" + md, QStringLiteral("list.md"));
        QVERIFY2(r.article, qPrintable(r.problem));
        QCOMPARE(r.article->text, QStringLiteral("Intro line.\n\n") + expected);
    }

    // Static-site generators name the publication date by other keys than "date";
    // Jekyll's "published: true" is a switch, and the date below it still counts.
    void frontMatterPublishedKeys_data()
    {
        QTest::addColumn<QString>("head");
        QTest::newRow("published") << "published: 2026-09-15T19:40:00+09:00";
        QTest::newRow("publishDate") << "publishDate: 2026-09-15";
        QTest::newRow("pubDate quoted") << "pubDate: \"2026-09-15\"";
        QTest::newRow("published_at") << "published_at: 2026-09-15 10:40";
        QTest::newRow("switch, then date") << "published: true\ndate: 2026-09-15";
        QTest::newRow("number, then date") << "published: 1\ndate: 2026-09-15";
        QTest::newRow("publishDate over date") << "date: 2026-09-01\npublishDate: 2026-09-15";
        // A newsletter's front matter says when it was sent; a forum's, posted.
        QTest::newRow("sent") << "newsletter: The Dispatch\nsent: 2026-09-15T18:00:00+09:00";
        QTest::newRow("posted") << "posted: 2026-09-15";
        QTest::newRow("sent as a switch, then date") << "sent: yes\ndate: 2026-09-15";
        // A European stamp: numbers joined by dots, the day first.
        QTest::newRow("sent dotted, clock and zone") << "sent: \"15.09.2026, 17:00 CEST\"";
        QTest::newRow("published dotted") << "published: 15.09.2026";
        QTest::newRow("date dotted, one-digit month") << "date: 15.9.2026 08:30";
        QTest::newRow("posted dotted, unquoted clock") << "posted: 15.09.2026 17:00";
        QTest::newRow("pubDate dotted quoted") << "pubDate: \"15.09.2026\"";
    }
    // (Not a date: a two-digit year, a day the month lacks, a version number.)
    void frontMatterDottedNonDates()
    {
        for (const char *head : {"sent: 15.09.26", "published: 31.02.2026", "date: 1.2.3.2026"}) {
            const QByteArray md = QByteArray("---\ntitle: \"A post\"\n") + head + "\n---\n\n# A post\n\nSeoul is calm.\n";
            const ReadOutcome r = ArticleReader().readBytes(md, QStringLiteral("a.md"));
            QVERIFY2(r.article, qPrintable(r.problem));
            QVERIFY2(!r.article->publicationDate.isValid(), head);
        }
    }
    void frontMatterPublishedKeys()
    {
        QFETCH(QString, head);
        const QByteArray md = ("---\ntitle: \"A post\"\n" + head + "\n---\n\n# A post\n\nNorth Korea fired a missile on Tuesday.\n").toUtf8();
        const ReadOutcome r = ArticleReader().readBytes(md, QStringLiteral("a.md"));
        QVERIFY2(r.article, qPrintable(r.problem));
        QCOMPARE(r.article->publicationDate, QDate(2026, 9, 15));
    }

    // Inline HTML, which Markdown lets through, is markup: tags go, their words stay,
    // a line break becomes a space; a "<" that opens no tag is text.
    void markdownInlineHtml_data()
    {
        QTest::addColumn<QString>("md");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sup footnote") << "Japan protested.<sup>[20]</sup> Seoul agreed." << "Japan protested.[20] Seoul agreed.";
        QTest::newRow("sup with attribute") << "It flew 1,000 km.<sup class=\"ref\">[a]</sup>" << "It flew 1,000 km.[a]";
        QTest::newRow("line break") << "Hwasong-20<br>ICBM" << "Hwasong-20 ICBM";
        QTest::newRow("self-closing break") << "Hwasong-20<br/>ICBM" << "Hwasong-20 ICBM";
        QTest::newRow("span") << "<span style=\"color:red\">Breaking:</span> North Korea fired." << "Breaking: North Korea fired.";
        QTest::newRow("less-than figure") << "An apogee <50 km and a range < 600 km." << "An apogee <50 km and a range < 600 km.";
        QTest::newRow("unclosed") << "a <b missile" << "a <b missile";
    }
    void markdownInlineHtml()
    {
        QFETCH(QString, md);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownText::stripInline(md), expected);
    }

    // A tilde before a figure is "about" ("~1,100 km"), kept; around words it strikes through.
    void markdownTildeBeforeFigure()
    {
        const QByteArray md("# Launches\n\n| Date | Range |\n|---|---|\n| 06 Jan | ~1,100 km |\n| 14 Jan | (~250 km) |\n\n"
                            "It flew ~600 km, not ~~700 km~~ as ~first~ said; apogee ~ 80 km.\n");
        const ReadOutcome r = ArticleReader().readBytes(md, QStringLiteral("a.md"));
        QVERIFY2(r.article, qPrintable(r.problem));
        const QString text = r.article->text;
        QVERIFY2(text.contains(QStringLiteral("| 06 Jan | ~1,100 km |")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(~250 km)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("It flew ~600 km, not 700 km as first said; apogee ~ 80 km.")), qPrintable(text));
    }

    // A word broken across a line of hard-wrapped text is joined; a compound's own
    // hyphen is kept; dashes, numbers and capitalised lines are left alone.
    void lineBreakHyphens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syllable") << QStringLiteral("It fired two medium-range mis-\nsiles on Monday.") << QStringLiteral("It fired two medium-range missiles on Monday.");
        QTest::newRow("indented-next") << QStringLiteral("a cruise missile was launch-\n   ed from the coast") << QStringLiteral("a cruise missile was launched from the coast");
        QTest::newRow("place-name") << QStringLiteral("fired from Kang-\ngye County") << QStringLiteral("fired from Kanggye County");
        QTest::newRow("compound-kept") << QStringLiteral("two short-\nrange missiles") << QStringLiteral("two short-range missiles");
        QTest::newRow("compound-submarine") << QStringLiteral("a submarine-\nlaunched missile") << QStringLiteral("a submarine-launched missile");
        QTest::newRow("prefix-joined") << QStringLiteral("the ministers re-\nconfirmed the plan") << QStringLiteral("the ministers reconfirmed the plan");
        QTest::newRow("number-after") << QStringLiteral("the Hwasong-\n18 flew") << QStringLiteral("the Hwasong-\n18 flew");
        QTest::newRow("capital-after") << QStringLiteral("the launch was con-\nThe next line") << QStringLiteral("the launch was con-\nThe next line");
        QTest::newRow("spaced-dash") << QStringLiteral("the launch -\nand more") << QStringLiteral("the launch -\nand more");
        QTest::newRow("double-dash") << QStringLiteral("the launch--\nand more") << QStringLiteral("the launch--\nand more");
    }

    void lineBreakHyphens()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ReadOutcome r = ArticleReader().readBytes(text.toUtf8(), QStringLiteral("dump.txt"));
        QVERIFY2(r.article, qPrintable(r.problem));
        QCOMPARE(r.article->text, expected);
    }

    // An Atom/RSS entry saved as a page: its escaped HTML (or CDATA) is the article,
    // its <published>/<pubDate> the publication date (the Korean day from its zone).
    void feedEntryIsTheArticle_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("korea");
        QTest::newRow("atom-escaped-html")
            << QByteArray("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk feed</title>"
                          "<updated>2024-03-02T00:00:00Z</updated><entry><title>Missiles fired</title>"
                          "<published>2024-03-01T22:30:00Z</published><updated>2024-03-02T01:00:00Z</updated>"
                          "<content type=\"html\">&lt;p&gt;The North fired two missiles &amp;amp; Seoul&amp;#8217;s JCS said so.&lt;/p&gt;"
                          "&lt;p&gt;They flew 300 km.&lt;/p&gt;</content></entry></feed>")
            << QStringLiteral("entry.html") << QStringLiteral("Missiles fired")
            << QStringLiteral("The North fired two missiles & Seoul\u2019s JCS said so.\n\nThey flew 300 km.")
            << QDate(2024, 3, 1) << QDate(2024, 3, 2);
        QTest::newRow("atom-cdata")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- saved -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                          "<entry><title type=\"html\">A &lt;b&gt;launch&lt;/b&gt;</title>"
                          "<published>2025-06-10T08:00:00+09:00</published>"
                          "<content type=\"html\"><![CDATA[<p>One missile flew 500 km.</p>]]></content></entry></feed>")
            << QStringLiteral("feed") << QStringLiteral("A launch") << QStringLiteral("One missile flew 500 km.")
            << QDate(2025, 6, 10) << QDate(2025, 6, 10);
        QTest::newRow("rss-description")
            << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                          "<item><title>Launch reported</title><pubDate>Tue, 14 Jan 2025 23:40:00 +0000</pubDate>"
                          "<description>&lt;p&gt;Japan protested the launch.&lt;/p&gt;</description></item></channel></rss>")
            << QStringLiteral("item.html") << QStringLiteral("Launch reported") << QStringLiteral("Japan protested the launch.")
            << QDate(2025, 1, 14) << QDate(2025, 1, 15);
        QTest::newRow("rss-content-encoded")
            << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                          "<channel><item><title>Salvo</title><pubDate>Sat, 05 Apr 2025 02:00:00 +0900</pubDate>"
                          "<description>Short teaser.</description>"
                          "<content:encoded><![CDATA[<div><p>Four rockets fell into the Yellow Sea.</p></div>]]></content:encoded>"
                          "</item></channel></rss>")
            << QStringLiteral("salvo.txt") << QStringLiteral("Salvo") << QStringLiteral("Four rockets fell into the Yellow Sea.")
            << QDate(2025, 4, 5) << QDate(2025, 4, 5);
        QTest::newRow("atom-summary-only")
            << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Brief</title>"
                          "<updated>2023-12-18T03:00:00Z</updated>"
                          "<summary type=\"html\">&lt;p&gt;An ICBM was launched.&lt;/p&gt;</summary></entry></feed>")
            << QStringLiteral("brief.html") << QStringLiteral("Brief") << QStringLiteral("An ICBM was launched.")
            << QDate(2023, 12, 18) << QDate(2023, 12, 18);
    }

    void feedEntryIsTheArticle()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QDate, date);
        QFETCH(QDate, korea);
        const ReadOutcome r = ArticleReader().readBytes(bytes, name);
        QVERIFY2(r.article, qPrintable(r.problem));
        QCOMPARE(r.article->title, title);
        QVERIFY2(r.article->text.contains(body), qPrintable(r.article->text));
        QVERIFY(!r.article->text.contains(QLatin1String("<p>")));
        QVERIFY(!r.article->text.contains(QLatin1String("&lt;")));
        QCOMPARE(r.article->publicationDate, date);
        QCOMPARE(r.article->publicationDateKorea, korea);
        QCOMPARE(r.article->publicationDateSource, PubDateSource::Metadata);
    }

    void titleIsAHeadlineOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("headline") << "North Korea fires missile\nBody." << "North Korea fires missile";
        QTest::newRow("leading-blank") << "\n\n  Headline here\nBody." << "Headline here";
        QTest::newRow("sentence") << "North Korea fired a missile.\nBody." << "";
        QTest::newRow("long") << QString(300, QLatin1Char('a')) + "\nBody." << "";
        QTest::newRow("date-banner") << "Today : Nov 08, 2025\nNorth Korea fires missile\nBody." << "";
        QTest::newRow("updated-stamp") << "Updated: 2025-07-21 09:00\nBody." << "";
        QTest::newRow("headline-starting-with-today") << "Today North Korea fired again\nBody."
                                                      << "Today North Korea fired again";
    }
    void titleIsAHeadlineOnly()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        const ReadOutcome r = ArticleReader().readBytes(text.toUtf8(), QStringLiteral("a.txt"));
        QVERIFY(r.article);
        QCOMPARE(r.article->title, title);
    }

    void filesThatAreNotArticles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing" << "does not exist";
        QTest::newRow("folder-named-like-a-file") << "folder" << "folder";
        QTest::newRow("fifo") << "fifo" << "not a regular file";
        QTest::newRow("broken-symlink") << "broken-link" << "points to nothing";
        QTest::newRow("unsupported-suffix") << "suffix" << ".pdf file is not an article format";
        QTest::newRow("unreadable-chmod-000") << "chmod" << "cannot be read";
    }
    void filesThatAreNotArticles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("article.txt"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("article.txt")));
        } else if (kind == QLatin1String("fifo")) {
            // Opening a FIFO for reading blocks until a writer comes: the reader must not try.
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("broken-link")) {
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.txt")), path));
        } else if (kind == QLatin1String("suffix")) {
            path = dir.filePath(QStringLiteral("report.pdf"));
            QVERIFY(writeFile(path, "North Korea fired."));
        } else if (kind == QLatin1String("chmod")) {
            if (::geteuid() == 0)
                QSKIP("running as root, which reads a chmod-000 file anyway; the fifo and folder rows "
                      "cover files that cannot be read");
            QVERIFY(writeFile(path, "North Korea fired."));
            QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        }
        QElapsedTimer t;
        t.start();
        const ReadOutcome r = ArticleReader().readFile(path);
        QVERIFY(!r.article);
        QVERIFY2(r.problem.contains(reason), qPrintable(r.problem));
        QVERIFY(t.elapsed() < 20000);
    }

    // Qt's own UTF-8 decoder replaces bad sequences without reporting them, so the
    // reader validates by itself; these are the cases that decide the fallback.
    void validatesUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("plain ascii text, long enough to use the fast path") << true;
        QTest::newRow("2-3-byte") << QStringLiteral("caf\u00E9 \u2014 \u201Cq\u201D").toUtf8() << true;
        QTest::newRow("4-byte") << QString::fromUcs4(U"emoji \U0001F680 ok").toUtf8() << true;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("beyond-unicode") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("abc\xE2\x82") << false;
        QTest::newRow("bad-lead") << QByteArray("\xF8\x88\x80\x80\x80") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("lone-continuation") << QByteArray("abcdefgh\x80") << false;
    }
    void validatesUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(TextDecoder::isValidUtf8(bytes.constData(), bytes.size()), valid);
    }
};

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
