#include "model/Catalog.h"

#include <algorithm>

namespace atlas {

const Article *Catalog::article(const QString &id) const
{
    for (const Article &a : articles) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString Catalog::articleText(const QString &id) const
{
    const Article *a = article(id);
    if (!a)
        return {};
    if (!a->text.isEmpty() || !textSource)
        return a->text;
    return textSource->text(id);
}

const LaunchEvent *Catalog::launch(const QString &id) const
{
    for (const LaunchEvent &l : launches) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QVector<const Reaction *> Catalog::reactionsFor(const QString &launchId) const
{
    QVector<const Reaction *> out;
    for (const Reaction &r : reactions) {
        if (r.launchId == launchId)
            out << &r;
    }
    return out;
}

QVector<const LaunchEvent *> Catalog::chronological() const
{
    QVector<const LaunchEvent *> out;
    for (const LaunchEvent &l : launches) {
        if (!l.rejected)
            out << &l;
    }
    auto rank = [](const LaunchEvent *l) {
        if (l->date.isKnown())
            return 0;
        return l->date.precision == DatePrecision::DayOfYear ? 1 : 2;
    };
    std::stable_sort(out.begin(), out.end(), [&](const LaunchEvent *a, const LaunchEvent *b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (ra == 0 && a->date.midpoint() != b->date.midpoint())
            return a->date.midpoint() < b->date.midpoint();
        if (ra == 1 && (a->date.month != b->date.month || a->date.day != b->date.day))
            return a->date.month * 100 + a->date.day < b->date.month * 100 + b->date.day;
        return a->id < b->id;
    });
    return out;
}

} // namespace atlas
