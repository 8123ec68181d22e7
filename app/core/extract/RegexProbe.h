#pragma once
// A diagnostic, off unless built with -DATLAS_REGEX_PROBE=ON: the time-stamp
// counter's cycles spent in each pattern's GatedRegex and DirectRegex calls
// (the outermost call only, so a GatedRegex's own DirectRegex is not counted
// twice), printed to stderr by pattern when the program ends, costliest first.
// It measured that regular expressions take about 22% of extraction's cycles
// against 7% of its instructions (docs/PERFORMANCE.md, "Session 13"):
//   cmake -B build/probe -DCMAKE_BUILD_TYPE=Release -DATLAS_REGEX_PROBE=ON
//   cmake --build build/probe --target bench_extract
//   build/probe/tests/bench/bench_extract --articles 3000 --threads-list 1 --single-only
// Off, ATLAS_REGEX_PROBE_SCOPE(pattern) is nothing: the hot paths pay nothing.
#ifdef ATLAS_REGEX_PROBE
#include <QHash>
#include <QString>
#include <x86intrin.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <vector>

namespace atlas::regexprobe {

struct Stats {
    quint64 calls = 0;
    quint64 cycles = 0;
};

class Registry {
public:
    static Registry &instance()
    {
        static Registry r;
        return r;
    }
    void add(const QString &pattern, quint64 cycles)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        Stats &s = m_stats[pattern];
        ++s.calls;
        s.cycles += cycles;
    }
    ~Registry()
    {
        std::vector<std::pair<quint64, QString>> rows;
        quint64 total = 0;
        for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
            rows.push_back({it->cycles, it.key()});
            total += it->cycles;
        }
        std::sort(rows.rbegin(), rows.rend());
        std::fprintf(stderr, "regex probe: %.1f million cycles in all\n", double(total) / 1e6);
        for (size_t i = 0; i < rows.size() && i < 40; ++i)
            std::fprintf(stderr, "regex probe: %8.1f Mcycles %9llu calls  %s\n", double(rows[i].first) / 1e6,
                         static_cast<unsigned long long>(m_stats.value(rows[i].second).calls), qPrintable(rows[i].second.left(150)));
    }

private:
    std::mutex m_mutex;
    QHash<QString, Stats> m_stats;
};

inline thread_local int depth = 0;

class Scope {
public:
    explicit Scope(QString pattern) : m_pattern(std::move(pattern)), m_start(__rdtsc()), m_outer(depth++ == 0) {}
    ~Scope()
    {
        const quint64 end = __rdtsc(); // (read first: the registry's look-up is not the pattern's)
        --depth;
        if (m_outer)
            Registry::instance().add(m_pattern, end - m_start);
    }

private:
    QString m_pattern;
    quint64 m_start;
    bool m_outer;
};

} // namespace atlas::regexprobe

#define ATLAS_REGEX_PROBE_SCOPE(pattern) const atlas::regexprobe::Scope atlasRegexProbeScope(pattern)
#else
#define ATLAS_REGEX_PROBE_SCOPE(pattern) ((void)0)
#endif
