#pragma once
// The glossary for students: missile classes with their range bands, apogee
// versus range, lofted trajectories, EEZ, JCS, KCNA ... from the bundled
// resources/data/glossary.json. Reachable from Help → Glossary and from the "?"
// beside field labels in the launch details.
#include <QDialog>
#include <QVector>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace atlas {

struct GlossaryEntry {
    QString term;
    QString text;
    QString missileClass; // a MissileClass name: its range band is added to the text
    QStringList fields;   // launch fields whose "?" opens this entry
};

class Glossary {
public:
    static const Glossary &bundled();
    static Glossary fromJson(const QByteArray &json);

    const QVector<GlossaryEntry> &entries() const { return m_entries; }
    const GlossaryEntry *find(const QString &term) const; // case-insensitive
    // The first entry for a launch field ("apogee" → "Apogee"); nullptr when none.
    const GlossaryEntry *forField(const QString &field) const;
    // The entry as Markdown, with the class's long name and range band.
    static QString markdown(const GlossaryEntry &entry);

private:
    QVector<GlossaryEntry> m_entries;
};

class GlossaryDialog : public QDialog {
    Q_OBJECT
public:
    explicit GlossaryDialog(QWidget *parent = nullptr);
    // Shows one entry (by term, or by the field it explains).
    void showTerm(const QString &term);
    void showField(const QString &field);
    QString currentTerm() const;

private:
    void filter(const QString &text);
    void showRow(int row);

    QLineEdit *m_search;
    QListWidget *m_terms;
    QTextBrowser *m_text;
};

} // namespace atlas
