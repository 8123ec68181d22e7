#pragma once
// An analyst's correction of the machine's reading, and how corrections turn the
// machine catalog into the catalog the views show.
//
// The machine catalog (what the extractor read) is never modified. The catalog
// on screen is the machine catalog with an ordered list of active edits applied,
// one after another (applyEdits). Undo removes an edit from the list; nothing
// is lost, and re-running extraction re-applies the same edits by launch id.
//
// Every edit keeps the machine's value (as shown text and as JSON) beside the
// analyst's, with when and why, so views can show both and the library can keep
// the edits as an audit trail. Values are JSON in the conventions of
// io/ModelJson.h: dates "yyyy-MM-dd" or null, weekday names, NaN as null.
//
// Kinds, and what launchIds / field / values hold for each:
//
//   kind        launchIds              field         analystValue
//   ----------  ---------------------  ------------  --------------------------------------------
//   SetField    {launch}               see below     the new field value (fieldToJson form)
//   AssignDate  {launch}               "date"        FuzzyDate JSON (for an undated launch)
//   Reject      {launch}               "rejected"    true: "not a launch" (hidden, kept in catalog)
//   Merge       {kept, absorbed}       "mentions"    null: absorbed's mentions and reactions move to
//                                                    kept; kept keeps its values and takes those it
//                                                    lacks from absorbed; differing accounts become
//                                                    conflicts; absorbed leaves the catalog
//   Split       {source, newLaunch}    "mentions"    {"articleIds": [...]}: the mentions from those
//                                                    articles (and their reactions) form newLaunch,
//                                                    summarized from them (summarizeMentions); the
//                                                    source keeps its values but those only the
//                                                    departing accounts gave
//   Note        {launch}               "note"        the note text (a string)
//
// Editable fields (SetField): "date", "site", "class" (the list of classes),
// "names", "count", "distance", "apogee", "splashdown", "timeOfDay".
// Merge and split keep every source: no mention is ever dropped.
#include "model/Catalog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas {

enum class EditKind { SetField, AssignDate, Reject, Merge, Split, Note };
QString editKindName(EditKind k); // "set-field", "assign-date", "reject", "merge", "split", "note"
bool editKindFromName(const QString &name, EditKind *out);

namespace EditField {
// The fields SetField accepts, in the order the details pane lists them.
const QStringList &editable(); // date, site, class, names, count, distance, apogee, splashdown, timeOfDay
QString label(const QString &field); // "Date", "Launch site", "Missile class", ...

// One field of a launch as JSON and as the text a person reads ("about 700 km").
QJsonValue toJson(const LaunchEvent &launch, const QString &field);
QString display(const LaunchEvent &launch, const QString &field);
// Sets one field from JSON; false (and why in *error) for an unknown field or a
// value of the wrong shape. The launch is untouched on failure.
bool fromJson(LaunchEvent *launch, const QString &field, const QJsonValue &value, QString *error = nullptr);

// Codecs for the structured values, shared with the editors in the widgets.
QJsonObject dateToJson(const FuzzyDate &d);
FuzzyDate dateFromJson(const QJsonValue &v);
QJsonObject siteToJson(const Site &s);
Site siteFromJson(const QJsonValue &v);
QJsonObject countToJson(const Count &c);
Count countFromJson(const QJsonValue &v);
QJsonObject quantityToJson(const Quantity &q);
Quantity quantityFromJson(const QJsonValue &v);
QJsonObject splashdownToJson(const Splashdown &s);
Splashdown splashdownFromJson(const QJsonValue &v);
} // namespace EditField

struct AnalystEdit {
    QString id;               // unique and stable ("e-" + UUID); the library's key
    EditKind kind = EditKind::SetField;
    QStringList launchIds;    // see the table above
    QString field;
    QString machineText;      // the machine's value as shown when the edit was made
    QJsonValue machineValue;  // ... and as JSON (null for merge/split)
    QString analystText;      // the analyst's value as shown
    QJsonValue analystValue;
    QDateTime when;           // UTC
    QString note;             // the analyst's reason, optional

    QString launchId() const { return launchIds.value(0); } // the launch it is about
    // One line for lists, menus and the undo history: "Date of L3: 14 Jan 2025 → 15 Jan 2025".
    QString summary() const;

    QJsonObject toJson() const;
    static AnalystEdit fromJson(const QJsonObject &o); // missing keys keep defaults
    bool operator==(const AnalystEdit &o) const;
    bool operator!=(const AnalystEdit &o) const { return !(*this == o); }
};

// Builders: fill id, when (now, UTC), machine value and text from the launch as it
// is in `current` (the effective catalog the analyst is looking at), so what is
// recorded as "machine" is what the analyst saw replaced. Each returns an edit
// with an empty id (and why in *error) when it cannot apply: unknown launch,
// unknown field, a value of the wrong shape, merging a launch with itself,
// splitting off no mentions or all of them.
namespace Edits {
AnalystEdit setField(const Catalog &current, const QString &launchId, const QString &field,
                     const QJsonValue &value, const QString &note = {}, QString *error = nullptr);
AnalystEdit assignDate(const Catalog &current, const QString &launchId, const FuzzyDate &date,
                       const QString &note = {}, QString *error = nullptr);
AnalystEdit reject(const Catalog &current, const QString &launchId, const QString &note = {},
                   QString *error = nullptr);
AnalystEdit merge(const Catalog &current, const QString &keptId, const QString &absorbedId,
                  const QString &note = {}, QString *error = nullptr);
AnalystEdit split(const Catalog &current, const QString &launchId, const QStringList &articleIds,
                  const QString &note = {}, QString *error = nullptr);
AnalystEdit note(const Catalog &current, const QString &launchId, const QString &text,
                 QString *error = nullptr);
} // namespace Edits

// Applies one edit to a catalog in place. False (and why in *error) when it no
// longer fits the catalog (its launch is gone, say, after re-reading other
// articles); the catalog is then unchanged.
bool applyEdit(Catalog *catalog, const AnalystEdit &edit, QString *error = nullptr);

// The effective catalog: machine + edits in order. Ids of edits that did not
// apply go to *stale (they stay in the list; the views say so).
Catalog applyEdits(const Catalog &machine, const QVector<AnalystEdit> &edits,
                   QStringList *stale = nullptr);

// Recomputes a launch's merged fields from its mentions after a merge or split:
// each field from the first first-hand (primary) account that states it, else
// the first that does; differing values across accounts become conflicts.
void summarizeMentions(LaunchEvent *launch);

} // namespace atlas
