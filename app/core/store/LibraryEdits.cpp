// The analyst-edit half of the Library: an audit trail in which nothing is ever
// deleted. The model's list of active edits (LaunchListModel::edits) is the
// truth of the moment; saveEdits() makes the stored list match it and logs
// each change as an event.
#include "store/Library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace atlas {

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    QJsonArray wrapper{v}; // QJsonDocument holds only objects and arrays
    const QByteArray bytes = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(bytes.mid(1, bytes.size() - 2));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, '' when empty.
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

bool logEvent(QSqlQuery &q, const QString &editId, const char *action, const QString &at, QString *why)
{
    q.bindValue(0, editId);
    q.bindValue(1, QString::fromLatin1(action));
    q.bindValue(2, at);
    if (!q.exec()) {
        *why = q.lastError().text();
        return false;
    }
    return true;
}

AnalystEdit editFromJsonText(const QString &text)
{
    return AnalystEdit::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace

bool Library::saveEdits(const QVector<AnalystEdit> &active, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QString why;
    bool ok = true;
    {
        // What is stored now: id -> active.
        QHash<QString, bool> stored;
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (read.exec(QStringLiteral("SELECT id, active FROM edits"))) {
            while (read.next())
                stored.insert(read.value(0).toString(), read.value(1).toBool());
        } else {
            why = read.lastError().text();
            ok = false;
        }
        read.finish();

        const QString now = nowIso();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO edits(id, kind, launch_ids, field, machine_text, machine_value, analyst_text, "
            " analyst_value, made_at, note, json, active, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        QSqlQuery reactivate(db);
        reactivate.prepare(QStringLiteral("UPDATE edits SET active = 1, undone_at = NULL, ordinal = ?, json = ?, "
                                          " note = ? WHERE id = ?"));
        QSqlQuery reorder(db);
        reorder.prepare(QStringLiteral("UPDATE edits SET ordinal = ? WHERE id = ? AND ordinal <> ?"));
        QSqlQuery undo(db);
        undo.prepare(QStringLiteral("UPDATE edits SET active = 0, undone_at = ? WHERE id = ?"));
        QSqlQuery event(db);
        event.prepare(QStringLiteral("INSERT INTO edit_events(edit_id, action, at) VALUES (?, ?, ?)"));

        QSet<QString> keep;
        for (int i = 0; ok && i < active.size(); ++i) {
            const AnalystEdit &e = active.at(i);
            keep.insert(e.id);
            const QString json =
                QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
            const auto it = stored.constFind(e.id);
            if (it == stored.constEnd()) {
                insert.bindValue(0, e.id);
                insert.bindValue(1, editKindName(e.kind));
                insert.bindValue(2, e.launchIds.join(QLatin1Char(',')));
                insert.bindValue(3, text(e.field));
                insert.bindValue(4, text(e.machineText));
                insert.bindValue(5, jsonText(e.machineValue));
                insert.bindValue(6, text(e.analystText));
                insert.bindValue(7, jsonText(e.analystValue));
                insert.bindValue(8, (e.when.isValid() ? e.when : QDateTime::currentDateTimeUtc())
                                        .toUTC().toString(Qt::ISODateWithMs));
                insert.bindValue(9, text(e.note));
                insert.bindValue(10, json);
                insert.bindValue(11, i);
                if (!insert.exec()) {
                    why = insert.lastError().text();
                    ok = false;
                } else {
                    ok = logEvent(event, e.id, "made", now, &why);
                }
            } else if (!it.value()) {
                reactivate.bindValue(0, i);
                reactivate.bindValue(1, json);
                reactivate.bindValue(2, text(e.note));
                reactivate.bindValue(3, e.id);
                if (!reactivate.exec()) {
                    why = reactivate.lastError().text();
                    ok = false;
                } else {
                    ok = logEvent(event, e.id, "redone", now, &why);
                }
            } else {
                reorder.bindValue(0, i);
                reorder.bindValue(1, e.id);
                reorder.bindValue(2, i);
                if (!reorder.exec()) {
                    why = reorder.lastError().text();
                    ok = false;
                }
            }
        }
        for (auto it = stored.constBegin(); ok && it != stored.constEnd(); ++it) {
            if (!it.value() || keep.contains(it.key()))
                continue;
            undo.bindValue(0, now);
            undo.bindValue(1, it.key());
            if (!undo.exec()) {
                why = undo.lastError().text();
                ok = false;
            } else {
                ok = logEvent(event, it.key(), "undone", now, &why);
            }
        }
    }
    if (!ok || !db.commit()) {
        db.rollback();
        if (error)
            *error = QStringLiteral("saving the analyst's edits failed: %1")
                         .arg(why.isEmpty() ? db.lastError().text() : why);
        return false;
    }
    return true;
}

QVector<AnalystEdit> Library::activeEdits() const
{
    QVector<AnalystEdit> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json FROM edits WHERE active = 1 ORDER BY ordinal, made_at")))
        return out;
    while (q.next())
        out << editFromJsonText(q.value(0).toString());
    return out;
}

QVector<EditRecord> Library::editHistory() const
{
    QVector<EditRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json, active, ordinal, undone_at FROM edits ORDER BY made_at, rowid")))
        return out;
    while (q.next()) {
        EditRecord r;
        r.edit = editFromJsonText(q.value(0).toString());
        r.active = q.value(1).toBool();
        r.ordinal = q.value(2).toInt();
        if (!q.value(3).isNull())
            r.undoneAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        out << r;
    }
    return out;
}

QVector<EditEvent> Library::editEvents() const
{
    QVector<EditEvent> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT edit_id, action, at FROM edit_events ORDER BY seq")))
        return out;
    while (q.next())
        out << EditEvent{q.value(0).toString(), q.value(1).toString(),
                         QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
    return out;
}

} // namespace atlas
