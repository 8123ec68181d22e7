#include "widgets/AppTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace atlas {

namespace {
const QString kTranslationDir = QStringLiteral(":/i18n");
const QString kFilePrefix = QStringLiteral("launch-atlas");
} // namespace

AppTranslator::AppTranslator(QObject *parent) : QObject(parent) {}

AppTranslator::~AppTranslator() { remove(); }

QString AppTranslator::install(const QLocale &locale)
{
    remove();
    // QTranslator::load(QLocale, ...) walks locale.uiLanguages() in order and tries
    // "launch-atlas_ko_KR", then "launch-atlas_ko", so a region never hides the language.
    if (!m_app.load(locale, kFilePrefix, QStringLiteral("_"), kTranslationDir))
        return {};
    QCoreApplication::installTranslator(&m_app);
    m_language = m_app.language().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    // Qt's own strings (dialog buttons, context menus): optional, from the system.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return m_language;
}

void AppTranslator::remove()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_language.clear();
}

QStringList AppTranslator::availableLanguages()
{
    QStringList codes;
    const QStringList files = QDir(kTranslationDir).entryList({kFilePrefix + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString &f : files)
        codes << f.mid(kFilePrefix.size() + 1).chopped(3);
    return codes;
}

} // namespace atlas
