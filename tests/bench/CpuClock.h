#pragma once
// CPU time for the benchmarks. The project machine is shared, so the wall clock
// of one thread says as much about the neighbours as about the code: the
// benchmarks report the CPU time of the measuring thread (or of the whole
// process, for the pipelines) beside the wall clock.
#include <ctime>

namespace atlas::bench {

inline double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU time of the calling thread, in seconds.
inline double threadCpuSeconds() { return cpuSeconds(CLOCK_THREAD_CPUTIME_ID); }
// CPU time of every thread of this process, in seconds.
inline double processCpuSeconds() { return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID); }
// CPU time of the calling thread in whole nanoseconds, for sums of many short stages.
inline long long threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
// The same in milliseconds, for the paint benchmarks.
inline double threadCpuMs() { return threadCpuSeconds() * 1e3; }

} // namespace atlas::bench
