#pragma once
// The one way analyst corrections enter the application: every correction is an
// AnalystEdit (model/AnalystEdit.h) pushed through a QUndoStack, so Edit → Undo
// and Redo work for all of them. The edits live in the LaunchListModel, which
// shows the machine catalog with the edits applied; the machine catalog itself
// is never changed.
//
// Who uses it:
// - the panes (LaunchDetails, TimelineView's undated tray, ...) call the typed
//   methods below; each builds the edit from what is on screen, records the
//   machine's value beside the analyst's, and pushes one undo command;
// - the library listens to editApplied / editReverted to persist the edits, and
//   calls loadEdits() once at startup with what it saved (in order).
#include "model/AnalystEdit.h"

#include <QObject>

class QUndoStack;

namespace atlas {
class LaunchListModel;

class EditController : public QObject {
    Q_OBJECT
public:
    explicit EditController(LaunchListModel *model, QObject *parent = nullptr);
    ~EditController() override;

    QUndoStack *undoStack() const { return m_stack; }
    LaunchListModel *model() const { return m_model; }

    // Each pushes one undoable command and returns the edit it applied. On
    // failure (unknown launch or field, value of the wrong shape) nothing is
    // pushed, the returned edit has an empty id, and *error says why.
    //
    // field: one of EditField::editable(); value in EditField's JSON form.
    AnalystEdit setField(const QString &launchId, const QString &field, const QJsonValue &value,
                         const QString &note = {}, QString *error = nullptr);
    // Gives a launch a date (typically one waiting in the timeline's undated tray).
    AnalystEdit assignDate(const QString &launchId, const FuzzyDate &date, const QString &note = {},
                           QString *error = nullptr);
    // "Not a launch": hidden from every view, kept in the catalog, undoable.
    AnalystEdit rejectLaunch(const QString &launchId, const QString &note = {}, QString *error = nullptr);
    // absorbed's accounts and reactions join kept; kept's id survives.
    AnalystEdit mergeLaunches(const QString &keptId, const QString &absorbedId, const QString &note = {},
                              QString *error = nullptr);
    // The accounts from articleIds become a new launch (its id: launchIds[1]).
    AnalystEdit splitLaunch(const QString &launchId, const QStringList &articleIds, const QString &note = {},
                            QString *error = nullptr);
    AnalystEdit addNote(const QString &launchId, const QString &text, QString *error = nullptr);

    // Undoably takes one edit out of the list wherever it stands (edits loaded
    // from the library are not on the undo stack; this is how they are revoked).
    bool revertEdit(const QString &editId, QString *error = nullptr);

    // At startup: the saved edits, in the order they apply. Replaces the current
    // list, clears the undo history, and emits neither editApplied nor editReverted
    // (they are already saved). Edits that do not fit the catalog stay listed as
    // stale (LaunchListModel::staleEditIds()).
    void loadEdits(const QVector<AnalystEdit> &edits);
    // The active edits in the order they apply.
    const QVector<AnalystEdit> &edits() const;

signals:
    // An edit became active: pushed, redone, or restored by undoing a revert.
    // position is its index in edits() (the order matters: edits apply in turn).
    void editApplied(const AnalystEdit &edit, int position);
    // An edit stopped being active: undone, or revoked with revertEdit().
    void editReverted(const QString &editId);

private:
    friend class ApplyEditCommand;
    friend class RevertEditCommand;
    AnalystEdit push(const AnalystEdit &edit, const QString &error, QString *errorOut);
    void activate(int position, const AnalystEdit &edit);
    bool deactivate(const QString &editId, int *position, AnalystEdit *removed);

    LaunchListModel *m_model;
    QUndoStack *m_stack;
};

} // namespace atlas
