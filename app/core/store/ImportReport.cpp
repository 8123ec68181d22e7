#include "store/ImportReport.h"

#include <QStringList>

namespace atlas {

QString importOutcomeName(ImportOutcome o)
{
    switch (o) {
    case ImportOutcome::Added: return QStringLiteral("added");
    case ImportOutcome::Updated: return QStringLiteral("updated");
    case ImportOutcome::Reextracted: return QStringLiteral("re-extracted");
    case ImportOutcome::Unchanged: return QStringLiteral("unchanged");
    case ImportOutcome::Duplicate: return QStringLiteral("duplicate");
    case ImportOutcome::Refused: return QStringLiteral("refused");
    case ImportOutcome::NotImported: return QStringLiteral("not imported");
    }
    return {};
}

int ImportReport::count(ImportOutcome o) const
{
    int n = 0;
    for (const ImportEntry &e : entries)
        n += e.outcome == o ? 1 : 0;
    return n;
}

QVector<ImportEntry> ImportReport::skippedEntries() const
{
    QVector<ImportEntry> out;
    for (const ImportEntry &e : entries) {
        if (e.outcome != ImportOutcome::Added && e.outcome != ImportOutcome::Updated
            && e.outcome != ImportOutcome::Reextracted)
            out << e;
    }
    return out;
}

QString ImportReport::summary() const
{
    QStringList parts;
    for (ImportOutcome o : {ImportOutcome::Added, ImportOutcome::Updated, ImportOutcome::Reextracted,
                            ImportOutcome::Unchanged, ImportOutcome::Duplicate, ImportOutcome::Refused,
                            ImportOutcome::NotImported}) {
        const int n = count(o);
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(importOutcomeName(o));
    }
    if (parts.isEmpty())
        parts << QStringLiteral("library up to date, nothing new to import");
    QString s = parts.join(QStringLiteral(", "));
    if (cancelled)
        s += QStringLiteral(" (cancelled)");
    if (!error.isEmpty())
        s += QStringLiteral(" — stopped: ") + error;
    return s;
}

} // namespace atlas
