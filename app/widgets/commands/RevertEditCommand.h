#pragma once
// Revoking one active edit that may not be the last (one loaded from the
// library, say): redo takes it out of the list, undo puts it back in place.
#include "model/AnalystEdit.h"

#include <QUndoCommand>

namespace atlas {
class EditController;

class RevertEditCommand : public QUndoCommand {
public:
    RevertEditCommand(EditController *controller, const AnalystEdit &edit);

    void redo() override;
    void undo() override;

private:
    EditController *m_controller;
    AnalystEdit m_edit;
    int m_position = -1;
};

} // namespace atlas
