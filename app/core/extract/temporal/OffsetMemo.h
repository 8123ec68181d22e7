#pragma once
// The tagger's memory of its answers, one per offset it was asked at. A
// sentence's answers are asked for in text order, so the entries are kept
// sorted in a plain vector: finding one is a short binary search and adding
// one is nearly always an append, where a QHash hashed, allocated nodes and
// detached its data for every article.
#include <algorithm>
#include <vector>

namespace atlas::temporal {

// Entry: any type with an `int offset` member.
template <typename Entry>
class OffsetMemo {
public:
    // The entry kept for offset, or nullptr.
    const Entry *find(int offset) const
    {
        const auto it = lowerBound(offset);
        return it != m_entries.end() && it->offset == offset ? &*it : nullptr;
    }

    // Keeps e, replacing any entry of the same offset.
    void put(Entry e)
    {
        if (m_entries.empty())
            m_entries.reserve(64); // an article's sentences: one allocation, not one per doubling
        if (m_entries.empty() || m_entries.back().offset < e.offset) {
            m_entries.push_back(std::move(e));
            return;
        }
        const auto it = lowerBound(e.offset);
        if (it != m_entries.end() && it->offset == e.offset)
            *it = std::move(e);
        else
            m_entries.insert(it, std::move(e));
    }

    void clear() { m_entries.clear(); }

private:
    typename std::vector<Entry>::iterator lowerBound(int offset)
    {
        return std::lower_bound(m_entries.begin(), m_entries.end(), offset,
                                [](const Entry &e, int o) { return e.offset < o; });
    }
    typename std::vector<Entry>::const_iterator lowerBound(int offset) const
    {
        return std::lower_bound(m_entries.begin(), m_entries.end(), offset,
                                [](const Entry &e, int o) { return e.offset < o; });
    }

    std::vector<Entry> m_entries;
};

} // namespace atlas::temporal
