#include "ingest/ArticleReader.h"

#include "ingest/FeedText.h"
#include "ingest/HtmlText.h"
#include "ingest/FixedWidthTables.h"
#include "ingest/HardWrappedLines.h"
#include "ingest/LineBreakHyphens.h"
#include "ingest/MarkdownText.h"
#include "ingest/SubtitleText.h"
#include "ingest/TextDecoder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace atlas {

namespace {

enum class Format { Text, Markdown, Html, Feed };

Format formatFor(const QString &nameHint, const QString &text)
{
    const QString suffix = QFileInfo(nameHint).suffix().toLower();
    // An Atom/RSS entry saved under any name: its article is escaped HTML inside XML.
    if (suffix != QLatin1String("md") && suffix != QLatin1String("markdown") && FeedText::looksLikeFeed(text))
        return Format::Feed;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix.isEmpty() && HtmlText::looksLikeHtml(text))
        return Format::Html;
    return Format::Text;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// \r\n and lone \r become \n, in one pass (a 10 MB line must stay cheap).
QString normaliseLineEnds(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// A headline: the first non-empty line, short, not a sentence.
QString headlineOf(const QString &text)
{
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start < n && text.at(start).isSpace())
        ++start;
    qsizetype end = text.indexOf(u'\n', start);
    if (end < 0)
        end = n;
    if (end - start > 200)
        return {};
    const QString first = text.mid(start, end - start).trimmed();
    if (first.isEmpty() || first.size() > 160 || first.endsWith(u'.'))
        return {};
    // A site's banner or stamp ("Today : Nov 08, 2025", "Updated: 2025-07-21")
    // is not a headline.
    static const QRegularExpression banner(
        QStringLiteral("^(today|updated|published|posted|date|last updated)\\b\\s*[:|,-]?\\s*([A-Za-z]{3,9}\\.?\\s+)?\\d"),
        QRegularExpression::CaseInsensitiveOption);
    if (banner.match(first).hasMatch())
        return {};
    return first;
}

// "2025-01-14", "2025-01-14T09:30:00+09:00": the date part of an ISO stamp (or of
// a dotted day-first one, "30.06.2028, 17:00").
QDate isoDateOf(const QString &stamp)
{
    const QDate iso = QDate::fromString(stamp.left(10), Qt::ISODate);
    if (iso.isValid())
        return iso;
    // "30.06.2028, 17:00 CEST" (a European newsletter's "sent:"): numbers joined by
    // dots put the day first.
    static const QRegularExpression dotted(QStringLiteral("^\\s*\"?(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?![\\d.])"));
    const QRegularExpressionMatch m = dotted.match(stamp);
    return m.hasMatch() ? QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()) : QDate();
}

// A metadata stamp with its clock and zone: "2025-10-29T01:12:00Z" (Atom),
// "Wed, 29 Oct 2025 01:12:00 GMT" (RSS). Invalid without a zone.
QDateTime zonedStampOf(const QString &stamp)
{
    const QString s = stamp.trimmed();
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return {};
    return dt;
}

} // namespace

bool ArticleReader::isSupportedSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("md")
        || suffix == QLatin1String("markdown") || suffix == QLatin1String("html")
        || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml");
}

bool ArticleReader::hasNoSuffix(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return !name.isEmpty() && !name.mid(1).contains(u'.'); // ".hidden" files count as suffixless
}

ReadOutcome ArticleReader::readFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (info.isSymLink())
            return {std::nullopt, QStringLiteral("the link points to nothing (%1)").arg(info.symLinkTarget())};
        return {std::nullopt, QStringLiteral("the file does not exist")};
    }
    if (info.isDir())
        return {std::nullopt, QStringLiteral("this is a folder, not a file")};
    if (!info.isFile())
        return {std::nullopt, QStringLiteral("this is not a regular file (a pipe, socket or device), so it is not read")};
    if (!isSupportedSuffix(path) && !hasNoSuffix(path))
        return {std::nullopt, QStringLiteral("a .%1 file is not an article format (Launch Atlas reads .txt, .md and .html)")
                                  .arg(info.suffix())};
    if (info.size() > m_options.maxBytes)
        return {std::nullopt, QStringLiteral("the file is %1 MB, over the %2 MB limit")
                                  .arg(megabytes(info.size()), megabytes(m_options.maxBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("the file cannot be read: %1").arg(file.errorString())};
    // One byte past the limit tells a file that grew since it was measured.
    const QByteArray bytes = file.read(m_options.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, QStringLiteral("the file cannot be read: %1").arg(file.errorString())};
    ReadOutcome out = readBytes(bytes, path);
    if (out.article)
        out.article->filePath = path;
    return out;
}

ReadOutcome ArticleReader::readBytes(const QByteArray &bytes, const QString &nameHint) const
{
    if (bytes.isEmpty())
        return {std::nullopt, QStringLiteral("the file is empty")};
    if (bytes.size() > m_options.maxBytes)
        return {std::nullopt, QStringLiteral("the file is over the %1 MB limit").arg(megabytes(m_options.maxBytes))};

    DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok())
        return {std::nullopt, decoded.problem};
    QString text = normaliseLineEnds(decoded.text);
    decoded.text.clear();

    Article a;
    QString title;
    QString publishedMeta;
    // Each format's reader gives the visible text, its title and a date from its metadata.
    auto take = [&](auto &&doc) {
        text = std::move(doc.text);
        title = doc.title;
        publishedMeta = doc.publishedMeta;
    };
    switch (formatFor(nameHint, text)) {
    case Format::Html:
        take(HtmlText::extract(text));
        break;
    case Format::Feed:
        take(FeedText::extract(text));
        break;
    case Format::Markdown:
        take(MarkdownText::extract(text));
        break;
    case Format::Text:
        // A TV report's captions (SubRip, WebVTT) break sentences across cues: joined.
        if (SubtitleText::looksLikeSubtitles(text))
            text = SubtitleText::extract(text);
        // Hard-wrapped text (a PDF dump) lays tables out with spaces, cells wrapped
        // onto the next lines, breaks sentences across lines and words too: "ballis-\ntic".
        else
            text = joinLineBreakHyphens(unwrapHardWrappedLines(pipeFixedWidthTables(text)));
        break;
    }
    if (text.trimmed().isEmpty())
        return {std::nullopt, QStringLiteral("the file holds no readable text")};

    a.filePath = nameHint;
    a.text = std::move(text);
    a.encoding = decoded.encoding;
    a.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    a.id = QString::fromLatin1(a.contentHash.left(12));
    a.title = title.isEmpty() ? headlineOf(a.text) : title.left(300);
    const QDateTime zoned = zonedStampOf(publishedMeta);
    const QDate metaDate = zoned.isValid() ? zoned.date() : isoDateOf(publishedMeta);
    if (metaDate.isValid()) {
        a.publicationDate = metaDate;
        // The same moment's day in Korea (UTC+9): 20:00Z is already the next morning there.
        if (zoned.isValid())
            a.publicationDateKorea = zoned.toOffsetFromUtc(9 * 3600).date();
        a.publicationDateSource = PubDateSource::Metadata;
        a.publicationDateText = publishedMeta;
    }
    return {a, {}};
}

} // namespace atlas
