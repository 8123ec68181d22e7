#include "model/Article.h"

#include <QFileInfo>

namespace atlas {

QString pubDateSourceName(PubDateSource s)
{
    switch (s) {
    case PubDateSource::Dateline: return QStringLiteral("dateline");
    case PubDateSource::Stamp: return QStringLiteral("stamp");
    case PubDateSource::Banner: return QStringLiteral("banner");
    case PubDateSource::Metadata: return QStringLiteral("metadata");
    case PubDateSource::User: return QStringLiteral("user");
    case PubDateSource::None: break;
    }
    return QStringLiteral("none");
}

PubDateSource pubDateSourceFromName(const QString &name)
{
    for (auto s : {PubDateSource::Dateline, PubDateSource::Stamp, PubDateSource::Banner,
                   PubDateSource::Metadata, PubDateSource::User}) {
        if (pubDateSourceName(s) == name)
            return s;
    }
    return PubDateSource::None;
}

QString Article::displayName() const
{
    if (!title.isEmpty())
        return title;
    return QFileInfo(filePath).fileName();
}

} // namespace atlas
