#pragma once
// JSON to and from every model value, losslessly: what goes in comes back equal.
// This is the storage form (the library keeps an ArticleExtraction per article
// as JSON) and the base of the CLI output (io/CatalogJsonWriter).
//
// Conventions: dates are ISO "yyyy-MM-dd" strings or null; a weekday is its
// English name ("Monday") or null; doubles that are unknown (NaN) are null;
// byte arrays (content hashes) are strings as stored. Readers accept missing
// keys (they keep the default), so older stored JSON still loads.
#include "extract/ArticleExtraction.h"
#include "model/Article.h"
#include "model/Catalog.h"
#include "model/Evidence.h"
#include "model/FuzzyDate.h"
#include "model/Launch.h"
#include "model/Reaction.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace atlas::json {

// Small pieces shared with the writers.
QJsonValue dateValue(const QDate &d);           // "2025-01-14" or null
QDate dateFrom(const QJsonValue &v);            // invalid for null or bad text
QJsonValue numberValue(double v);               // null for NaN
double numberFrom(const QJsonValue &v);         // NaN for null
QJsonValue weekdayValue(int weekday);           // "Monday" or null
int weekdayFrom(const QJsonValue &v);           // 1..7, 0 for null or unknown name
QJsonValue stringOrNull(const QString &s);      // null for empty

QJsonObject toJson(const FuzzyDate &d);
FuzzyDate fuzzyDateFromJson(const QJsonValue &v);

QJsonObject toJson(const DateInference &d);
DateInference dateInferenceFromJson(const QJsonValue &v);

QJsonObject toJson(const Evidence &e);
Evidence evidenceFromJson(const QJsonValue &v);
QJsonArray toJson(const EvidenceList &list);
EvidenceList evidenceListFromJson(const QJsonValue &v);

QJsonObject toJson(const Article &a);
Article articleFromJson(const QJsonValue &v);

QJsonObject toJson(const Quantity &q);
Quantity quantityFromJson(const QJsonValue &v);
QJsonObject toJson(const Count &c);
Count countFromJson(const QJsonValue &v);
QJsonObject toJson(const Site &s);
Site siteFromJson(const QJsonValue &v);
QJsonObject toJson(const Splashdown &s);
Splashdown splashdownFromJson(const QJsonValue &v);
QJsonObject toJson(const Conflict &c);
Conflict conflictFromJson(const QJsonValue &v);

QJsonObject toJson(const LaunchMention &m);
LaunchMention launchMentionFromJson(const QJsonValue &v);

QJsonObject toJson(const LaunchEvent &e);
LaunchEvent launchEventFromJson(const QJsonValue &v);

QJsonObject toJson(const Reaction &r);
Reaction reactionFromJson(const QJsonValue &v);

QJsonObject toJson(const Problem &p);
Problem problemFromJson(const QJsonValue &v);

QJsonObject toJson(const Catalog &c);
Catalog catalogFromJson(const QJsonValue &v);

QJsonObject toJson(const ArticleExtraction &x);
ArticleExtraction articleExtractionFromJson(const QJsonValue &v);

// Whole documents, compact UTF-8, for storage. The readers return false (and
// say why in *error) when the bytes are not a JSON object.
QByteArray toBytes(const ArticleExtraction &x);
bool fromBytes(const QByteArray &bytes, ArticleExtraction *out, QString *error = nullptr);
QByteArray toBytes(const Catalog &c);
bool fromBytes(const QByteArray &bytes, Catalog *out, QString *error = nullptr);

} // namespace atlas::json
