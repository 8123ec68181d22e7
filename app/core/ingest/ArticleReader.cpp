#include "ingest/ArticleReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace atlas {

bool ArticleReader::isSupportedSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("md")
        || suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

ReadOutcome ArticleReader::readFile(const QString &path) const
{
    QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, QStringLiteral("the file does not exist")};
    if (info.isDir())
        return {std::nullopt, QStringLiteral("this is a folder, not a file")};
    if (info.size() > m_options.maxBytes)
        return {std::nullopt, QStringLiteral("the file is %1 MB, over the %2 MB limit")
                                  .arg(info.size() / (1024 * 1024))
                                  .arg(m_options.maxBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("the file cannot be read: %1").arg(file.errorString())};
    ReadOutcome out = readBytes(file.readAll(), path);
    if (out.article)
        out.article->filePath = path;
    return out;
}

ReadOutcome ArticleReader::readBytes(const QByteArray &bytes, const QString &nameHint) const
{
    if (bytes.isEmpty())
        return {std::nullopt, QStringLiteral("the file is empty")};
    if (bytes.size() > m_options.maxBytes)
        return {std::nullopt, QStringLiteral("the file is over the size limit")};
    if (bytes.contains('\0'))
        return {std::nullopt, QStringLiteral("the file is binary, not text")};

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {std::nullopt, QStringLiteral("the text is not valid UTF-8")};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.trimmed().isEmpty())
        return {std::nullopt, QStringLiteral("the file holds no text")};

    Article a;
    a.filePath = nameHint;
    a.text = text;
    a.encoding = QStringLiteral("UTF-8");
    a.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    a.id = QString::fromLatin1(a.contentHash.left(12));
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    // A headline: short, no sentence-final full stop.
    if (!first.isEmpty() && first.size() <= 160 && !first.endsWith(QLatin1Char('.')))
        a.title = first;
    return {a, {}};
}

} // namespace atlas
