#include "widgets/AppTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace atlas {

namespace {
const QString kTranslationDir = QStringLiteral(":/i18n");
const QString kFilePrefix = QStringLiteral("launch-atlas");
// English is the source language; this file holds only its plural forms
// ("%n launch(es)" -> "1 launch", "2 launches"). Not a language to choose.
const QString kEnglishPlurals = QStringLiteral(":/i18n/launch-atlas-plurals_en.qm");

// The words of Qt's standard dialog buttons (QPlatformTheme::defaultStandardButtonText),
// carried in our own translations: Qt's (qt6-translations-l10n) are often not
// installed, and an OK/Cancel left in English stands out in a Korean dialog.
[[maybe_unused]] const char *const kButtonWords[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"), QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save")};
} // namespace

AppTranslator::AppTranslator(QObject *parent) : QObject(parent) {}

AppTranslator::~AppTranslator()
{
    remove();
    QCoreApplication::removeTranslator(&m_plurals);
}

QString AppTranslator::install(const QLocale &locale)
{
    remove();
    // The English plural forms go in first, so any translation installed after
    // them is searched before them and they only fill what it lacks.
    QCoreApplication::removeTranslator(&m_plurals);
    if (m_plurals.load(kEnglishPlurals))
        QCoreApplication::installTranslator(&m_plurals);
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
