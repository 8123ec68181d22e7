#include "model/Evidence.h"

namespace atlas {

Evidence evidenceFor(const EvidenceList &list, const QString &field)
{
    for (const Evidence &e : list) {
        if (e.field == field)
            return e;
    }
    return {};
}

} // namespace atlas
