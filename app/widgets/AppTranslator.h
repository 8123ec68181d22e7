#pragma once
// Chooses the user-interface language at start-up. The application's Korean and
// Japanese translations are compiled into atlas_widgets as ":/i18n/launch-atlas_<lang>.qm"
// (see resources/translations/CMakeLists.txt), with English plural forms beside
// them as ":/i18n/launch-atlas-plurals_en.qm"; Qt's own translations for standard
// dialogs are loaded from the system when the qt6-translations-l10n package is there.
#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace atlas {

class AppTranslator : public QObject {
    Q_OBJECT
public:
    explicit AppTranslator(QObject *parent = nullptr);
    ~AppTranslator() override;

    // Installs the translation that best fits the locale's UI languages (in order of
    // preference, so LANGUAGE=ko:en picks Korean). Returns the loaded language code
    // ("ko", "ja"), or an empty string when English, the source language, is used.
    // English plural forms are installed either way ("1 source", "2 sources").
    QString install(const QLocale &locale);
    // Back to the source language (English), keeping its plural forms.
    void remove();

    QString language() const { return m_language; }
    // The languages with a bundled translation, as codes.
    static QStringList availableLanguages();

private:
    QTranslator m_plurals; // English numerus forms, under every language
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace atlas
