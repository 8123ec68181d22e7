#pragma once
// Every active correction in the order it applies, with when, why and whether it
// still fits the articles read (stale edits name a launch that is gone). The one
// place to take back a correction whose launch no view shows any more: a launch
// marked "not a launch", or one merged away, or an edit loaded from the library.
#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace atlas {
class EditController;

class CorrectionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CorrectionsDialog(EditController *edits, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    // Reverts the edit in the current row (undoable).
    void revertCurrent();

private:
    void refill();

    EditController *m_edits;
    QTreeWidget *m_list;
    QPushButton *m_revert;
};

} // namespace atlas
