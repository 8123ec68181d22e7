#include "widgets/commands/RevertEditCommand.h"

#include "widgets/EditController.h"

#include <QCoreApplication>

namespace atlas {

RevertEditCommand::RevertEditCommand(EditController *controller, const AnalystEdit &edit)
    : m_controller(controller), m_edit(edit)
{
    setText(QCoreApplication::translate("atlas::RevertEditCommand", "Revert “%1”").arg(edit.summary()));
}

void RevertEditCommand::redo()
{
    m_controller->deactivate(m_edit.id, &m_position, &m_edit);
}

void RevertEditCommand::undo()
{
    m_controller->activate(m_position, m_edit);
}

} // namespace atlas
