#include "widgets/commands/ApplyEditCommand.h"

#include "widgets/EditController.h"

#include <QCoreApplication>

namespace atlas {

ApplyEditCommand::ApplyEditCommand(EditController *controller, const AnalystEdit &edit, int position)
    : m_controller(controller), m_edit(edit), m_position(position)
{
    setText(edit.summary());
}

void ApplyEditCommand::redo()
{
    m_controller->activate(m_position, m_edit);
}

void ApplyEditCommand::undo()
{
    int at = -1;
    m_controller->deactivate(m_edit.id, &at, nullptr);
    // Redo puts it back where it was, even when it was appended.
    m_position = at;
}

} // namespace atlas
