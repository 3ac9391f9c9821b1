// Benchmark of the work-plan proposal (core/propose.h): prints figures, asserts nothing.
//
// For 4 and 12 weeks, teams of 4, 6 and 10 assistants, and a round-the-clock
// and a day-only (08:00-22:00) need in Norway, it runs the greedy construction
// alone and the full search, and prints for each: the time, the uncovered
// minutes, the spread of the assistants' average weekly hours (lowest and
// highest, and the largest distance from the contract), and the errors of
// check() that the proposal added. One line `name: figures` per run.
//
// Usage: bpa_bench_propose
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <tuple>

#include "core/plan.h"
#include "core/propose.h"
#include "core/rules/rules.h"

using namespace bpa;

namespace {

Document team(int assistants, double contract) {
    Document d;
    d.arrangement.name = "Benchmark";
    d.arrangement.jurisdiction = Jurisdiction::NO;
    for (int i = 1; i <= assistants; ++i) {
        Assistant a;
        a.id = "a" + std::to_string(i);
        a.name = "Assistant " + std::to_string(i);
        a.birth_date = *Date::from_ymd(1985, 1 + i % 12, 10);
        a.employed_from = *Date::from_ymd(2025, 1, 1);
        a.contract_hours_per_week = contract;
        d.assistants.push_back(a);
    }
    return d;
}

Document scenario(int assistants, bool round_the_clock) {
    const double need_hours = round_the_clock ? 168.0 : 98.0;
    Document d = team(assistants, std::min(37.5, std::round(need_hours / assistants * 2) / 2));
    PlanData plan;
    for (int w = 1; w <= 7; ++w) {
        NeedBlock b;
        b.weekday = static_cast<Weekday>(w);
        b.from = TimeOfDay(round_the_clock ? 0 : 8 * 60);
        b.to = TimeOfDay(round_the_clock ? 1440 : 22 * 60);
        plan.need.push_back(b);
    }
    write_plan(d, plan);
    return d;
}

using Key = std::tuple<std::string, std::string, std::string>;

int new_errors(const Document& d, const Proposal& p) {
    std::set<Key> before;
    for (const Violation& v : check(d))
        if (v.severity == Severity::Error) before.insert({v.rule, v.assistant, v.at.str()});
    int added = 0;
    for (const Violation& v : check(with_proposal(d, p)))
        if (v.severity == Severity::Error && !before.count({v.rule, v.assistant, v.at.str()})) ++added;
    return added;
}

void run(const std::string& name, const Document& d, int weeks, int64_t iterations) {
    ProposeOptions o;
    o.from = *Date::from_ymd(2026, 3, 2);  // 12 weeks from here hold Easter and the spring change
    o.weeks = weeks;
    o.seed = 1;
    o.max_iterations = iterations;
    const auto t0 = std::chrono::steady_clock::now();
    const Proposal p = propose(d, o);
    const auto t1 = std::chrono::steady_clock::now();
    double low = 1e9, high = -1e9, off = 0;
    for (const ProposedHours& h : p.assistants) {
        low = std::min(low, h.hours);
        high = std::max(high, h.hours);
        off = std::max(off, std::abs(h.hours - h.contract_hours));
    }
    std::printf("%s: %.1f ms, uncovered %lld min, hours %.1f-%.1f a week (contract %.1f, largest distance %.1f), "
                "%zu shifts, new errors %d, dropped by check %d\n",
                name.c_str(), std::chrono::duration<double, std::milli>(t1 - t0).count(),
                static_cast<long long>(p.uncovered_minutes), low, high, d.assistants[0].contract_hours_per_week, off,
                p.shifts.size(), new_errors(d, p), p.dropped_by_check);
    std::fflush(stdout);
}

}  // namespace

int main() {
    for (bool round_the_clock : {true, false}) {
        for (int weeks : {4, 12}) {
            for (int assistants : {4, 6, 10}) {
                const Document d = scenario(assistants, round_the_clock);
                char name[96];
                std::snprintf(name, sizeof name, "propose %s %2d weeks %2d assistants", round_the_clock ? "round-the-clock" : "day-only",
                              weeks, assistants);
                run(std::string(name) + " greedy", d, weeks, 0);
                run(std::string(name) + " search", d, weeks, -1);
            }
        }
    }
    return 0;
}
