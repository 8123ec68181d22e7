#pragma once
// One analyst edit as an undo command: redo makes it active at its place in the
// list of edits, undo takes it out again.
#include "model/AnalystEdit.h"

#include <QUndoCommand>

namespace atlas {
class EditController;

class ApplyEditCommand : public QUndoCommand {
public:
    // position: where the edit goes in the list; -1 appends.
    ApplyEditCommand(EditController *controller, const AnalystEdit &edit, int position = -1);

    void redo() override;
    void undo() override;
    const AnalystEdit &edit() const { return m_edit; }

private:
    EditController *m_controller;
    AnalystEdit m_edit;
    int m_position;
};

} // namespace atlas
