#pragma once
// The data's own vocabulary in the reader's language: missile classes
// ("ballistic" -> 탄도 / 弾道; the acronyms SRBM, ICBM... stay as they are read),
// and the offices and titles of resources/data/actors.json ("Chief Cabinet
// Secretary" -> 관방장관 / 官房長官). The identifiers themselves never change:
// styles, filters, saved files and exports keep the English words; only what is
// drawn or shown goes through here. A word with no translation stays as written.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atlas {

class VocabularyText {
    Q_DECLARE_TR_FUNCTIONS(atlas::VocabularyText)
public:
    static QString missileClass(const QString &cls);
    // Several classes, each translated, joined with `separator`.
    static QString missileClasses(const QStringList &classes, const QString &separator = QStringLiteral("/"));
    // An office or a title ("Foreign Ministry", "Prime Minister").
    static QString role(const QString &role);
};

} // namespace atlas
