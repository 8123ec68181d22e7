#pragma once
// Chooses the user-interface language at start-up. The application's Korean and
// Japanese translations are compiled into atlas_widgets as ":/i18n/launch-atlas_<lang>.qm"
// (see resources/translations/CMakeLists.txt); Qt's own translations for standard
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
    QString install(const QLocale &locale);
    // Back to the source language (English).
    void remove();

    QString language() const { return m_language; }
    // The languages with a bundled translation, as codes.
    static QStringList availableLanguages();

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace atlas
