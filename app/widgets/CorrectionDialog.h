#pragma once
// Asks the analyst for a corrected value of one launch field, with the machine's
// reading shown at the top so it is never lost from sight. One editor per kind
// of field (date with its precision, site from the gazetteer, classes, names,
// count, distance, apogee, splashdown, time of day); value() gives the result in
// EditField's JSON form, ready for EditController::setField.
#include "model/Launch.h"

#include <QDialog>
#include <QJsonValue>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace atlas {

class CorrectionDialog : public QDialog {
    Q_OBJECT
public:
    // current: the launch as shown (its value pre-fills the editor); machineText:
    // what the machine read for this field, shown for reference.
    CorrectionDialog(const LaunchEvent &current, const QString &field, const QString &machineText,
                     QWidget *parent = nullptr);

    QString field() const { return m_field; }
    QJsonValue value() const;
    QString note() const;

    // The editors, by field, for tests and for keyboard users.
    QComboBox *precisionBox() const { return m_precision; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *siteBox() const { return m_site; }
    QListWidget *classList() const { return m_classes; }
    QLineEdit *textEdit() const { return m_text; }
    QSpinBox *minSpin() const { return m_min; }
    QSpinBox *maxSpin() const { return m_max; }
    QCheckBox *openMaxBox() const { return m_openMax; }
    QDoubleSpinBox *kmSpin() const { return m_km; }
    QComboBox *qualifierBox() const { return m_qualifier; }
    QComboBox *seaBox() const { return m_sea; }
    QComboBox *eezBox() const { return m_eez; }
    QCheckBox *landBox() const { return m_land; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    QWidget *buildEditor(const LaunchEvent &current);
    void updateDateBounds();

    QString m_field;
    QComboBox *m_precision = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_weekday = nullptr;
    QComboBox *m_site = nullptr;
    QListWidget *m_classes = nullptr;
    QLineEdit *m_text = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QCheckBox *m_openMax = nullptr;
    QDoubleSpinBox *m_km = nullptr;
    QComboBox *m_qualifier = nullptr;
    QComboBox *m_sea = nullptr;
    QComboBox *m_eez = nullptr;
    QCheckBox *m_land = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace atlas
