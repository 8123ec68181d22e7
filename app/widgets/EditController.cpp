#include "widgets/EditController.h"

#include "model/LaunchListModel.h"
#include "widgets/commands/ApplyEditCommand.h"
#include "widgets/commands/RevertEditCommand.h"

#include <QUndoStack>

namespace atlas {

EditController::EditController(LaunchListModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("editController"));
}

EditController::~EditController()
{
    // The stack's commands call back into this object; clear them first.
    m_stack->clear();
}

AnalystEdit EditController::push(const AnalystEdit &edit, const QString &error, QString *errorOut)
{
    if (edit.id.isEmpty()) {
        if (errorOut)
            *errorOut = error;
        return {};
    }
    m_stack->push(new ApplyEditCommand(this, edit));
    return edit;
}

AnalystEdit EditController::setField(const QString &launchId, const QString &field, const QJsonValue &value,
                                     const QString &note, QString *error)
{
    QString why;
    return push(Edits::setField(m_model->catalog(), launchId, field, value, note, &why), why, error);
}

AnalystEdit EditController::assignDate(const QString &launchId, const FuzzyDate &date, const QString &note,
                                       QString *error)
{
    QString why;
    return push(Edits::assignDate(m_model->catalog(), launchId, date, note, &why), why, error);
}

AnalystEdit EditController::rejectLaunch(const QString &launchId, const QString &note, QString *error)
{
    QString why;
    return push(Edits::reject(m_model->catalog(), launchId, note, &why), why, error);
}

AnalystEdit EditController::mergeLaunches(const QString &keptId, const QString &absorbedId, const QString &note,
                                          QString *error)
{
    QString why;
    return push(Edits::merge(m_model->catalog(), keptId, absorbedId, note, &why), why, error);
}

AnalystEdit EditController::splitLaunch(const QString &launchId, const QStringList &articleIds,
                                        const QString &note, QString *error)
{
    QString why;
    return push(Edits::split(m_model->catalog(), launchId, articleIds, note, &why), why, error);
}

AnalystEdit EditController::addNote(const QString &launchId, const QString &text, QString *error)
{
    QString why;
    return push(Edits::note(m_model->catalog(), launchId, text, &why), why, error);
}

bool EditController::revertEdit(const QString &editId, QString *error)
{
    for (const AnalystEdit &e : m_model->edits()) {
        if (e.id == editId) {
            m_stack->push(new RevertEditCommand(this, e));
            return true;
        }
    }
    if (error)
        *error = tr("There is no active edit %1.").arg(editId);
    return false;
}

void EditController::loadEdits(const QVector<AnalystEdit> &edits)
{
    m_stack->clear();
    m_model->setEdits(edits);
}

const QVector<AnalystEdit> &EditController::edits() const { return m_model->edits(); }

void EditController::activate(int position, const AnalystEdit &edit)
{
    m_model->insertEdit(position, edit);
    int at = -1;
    const QVector<AnalystEdit> &list = m_model->edits();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == edit.id)
            at = i;
    }
    emit editApplied(edit, at);
}

bool EditController::deactivate(const QString &editId, int *position, AnalystEdit *removed)
{
    if (!m_model->removeEdit(editId, position, removed))
        return false;
    emit editReverted(editId);
    return true;
}

} // namespace atlas
