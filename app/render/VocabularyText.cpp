#include "render/VocabularyText.h"

namespace atlas {

namespace {
// Markers that keep these words in the .ts files: lupdate cannot read the
// JSON and the model lists they come from.
[[maybe_unused]] const char *const kVocabulary[] = {
    // missile classes (model/MissileClass; the acronyms SRBM, ICBM... are read as they are)
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "ballistic"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "hypersonic"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "cruise"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "air-defense"),
    // offices and titles of resources/data/actors.json
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Office of National Security"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "National Security Office"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "National Security Council"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Foreign Office"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Foreign Ministry"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Ministry of Foreign Affairs"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Foreign Affairs Ministry"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Defense Ministry"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Defence Ministry"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Ministry of Defense"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Ministry of Defence"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Ministry of National Defense"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Unification Ministry"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Ministry of Unification"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Joint Chiefs of Staff"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "JCS"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Presidential Office"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Cabinet Office"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Prime Minister's Office"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Prime Minister’s Office"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Defense Intelligence Agency"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "National Intelligence Service"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Self-Defense Forces"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Coast Guard"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "government"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "military"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "embassy"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "mission"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Chief Cabinet Secretary"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Acting President"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "President-elect"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Vice President"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "President"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Prime Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Deputy Prime Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Secretary of State"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Deputy Secretary of State"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Secretary of Defense"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Defense Secretary"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Defence Secretary"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Foreign Secretary"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Secretary-General"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Secretary General"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "National Security Adviser"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "National Security Advisor"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Foreign Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Vice Foreign Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Defense Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Defence Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Vice Defense Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Vice Defence Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Unification Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Minister"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Chancellor"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Premier"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Ambassador"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Envoy"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Special Envoy"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Spokesperson"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Spokesman"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Spokeswoman"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "High Representative"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Secretary"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "Leader"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "leader"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "spokesperson"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "spokesman"),
    QT_TRANSLATE_NOOP("atlas::VocabularyText", "spokeswoman"),
};

QString lookUp(const QString &word)
{
    if (word.isEmpty())
        return word;
    const QByteArray key = word.toUtf8();
    return QCoreApplication::translate("atlas::VocabularyText", key.constData());
}
} // namespace

QString VocabularyText::missileClass(const QString &cls) { return lookUp(cls); }

QString VocabularyText::missileClasses(const QStringList &classes, const QString &separator)
{
    QStringList shown;
    for (const QString &c : classes)
        shown << missileClass(c);
    return shown.join(separator);
}

QString VocabularyText::role(const QString &role) { return lookUp(role); }

} // namespace atlas
