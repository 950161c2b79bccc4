#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

// What the benchmarks share: a median of repeated runs, in milliseconds.
namespace BenchTiming {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

template<typename F>
double timeMs(int rounds, F &&f)
{
    std::vector<double> t;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(t);
}

} // namespace BenchTiming
