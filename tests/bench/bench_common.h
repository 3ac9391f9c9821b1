// Shared by the native benchmarks (bench_main.cpp, bench_year.cpp): timing,
// printing `name: value unit` lines, and a small deterministic generator.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/model.h"

namespace bpa::bench {

// Keeps results alive so that nothing is optimised away.
inline volatile std::size_t g_sink = 0;

struct Figures {
    double min = 0, median = 0;
    int runs = 0;
};

inline Figures measure(int runs, const std::function<void()>& f) {
    std::vector<double> ms;
    ms.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::size_t n = ms.size();
    double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return {ms.front(), median, runs};
}

// Prints `name: min X unit, median Y unit over N runs` in ms, or µs below 1 ms.
inline void print(const std::string& name, const Figures& f) {
    bool micro = f.median < 1.0;
    double k = micro ? 1000.0 : 1.0;
    const char* unit = micro ? "us" : "ms";
    std::printf("%s: min %.*f %s, median %.*f %s over %d runs\n", name.c_str(), micro ? 1 : 2, f.min * k, unit,
                micro ? 1 : 2, f.median * k, unit, f.runs);
    std::fflush(stdout);
}

inline void print_value(const std::string& name, double value, const char* unit, int decimals = 0) {
    std::printf("%s: %.*f %s\n", name.c_str(), decimals, value, unit);
    std::fflush(stdout);
}

// A small deterministic generator (LCG), so that every run builds the same bytes.
struct Rng {
    uint64_t s;
    uint32_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return uint32_t(s >> 33);
    }
    int below(int n) { return int(next() % uint32_t(n)); }
    double unit() { return double(next()) / 4294967296.0; }  // [0, 1)
};

// bench_year.cpp: a generated year of a 12-assistant rota, its figures, and
// the file `year_path` written for tests/browser/bench.mjs.
void bench_year(const std::filesystem::path& year_path);
// bench_year.cpp: that year repeated back to 50,000 and 200,000 shifts (reading, rules, index, writing).
void bench_decade(const Document& year);

}  // namespace bpa::bench
