// Internals of the rule engine (rules.h: check()), shared by engine.cpp (the
// driver) and one file per group of rules: engine_windows.cpp (rest and hours
// in 24 hours and 7 days, the Danish average), engine_shifts.cpp (working
// stretches and single shifts), engine_sundays.cpp (Sundays and holidays, NO)
// and engine_weeks.cpp (weeks against the decision).
// Times are UTC minutes (real elapsed time, engine.cpp).
//
// [SECTION] Preparing the plan
// [SECTION] Violations
// [SECTION] The rules, by group
#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/model.h"
#include "core/rules/format.h"
#include "core/rules/rules.h"

namespace bpa::engine_detail {

using namespace rules_detail;
using Args = std::map<std::string, std::string>;

inline constexpr int64_t minutes_per_hour = 60;
inline constexpr int64_t minutes_per_day = 24 * minutes_per_hour;
inline constexpr double epsilon = 1e-6;  // for comparisons of computed (fractional) minutes

// [SECTION] Preparing the plan ---------------------------------------------------------
struct Work {                  // one planned or worked shift, in real time
    int64_t start = 0;         // UTC minutes
    int64_t end = 0;           // UTC minutes, > start; at most start + max_shift_minutes
    const Shift* shift = nullptr;
    size_t block = 0;          // index into Person::blocks
    int64_t cut = 0;           // > 0: the shift is longer than max_shift_minutes by this many
                               // minutes and `end` is cut there, so that one shift of
                               // centuries costs the rules what two days cost
};

// Shifts of one assistant that overlap or touch: one continuous stretch of work.
struct Block {
    int64_t start = 0;         // UTC minutes
    int64_t end = 0;
    size_t first = 0;          // Person::work[first, last) belong to it
    size_t last = 0;
};

struct Person {
    const Assistant* assistant = nullptr;
    std::vector<Work> work;            // sorted by start, then end, then id
    std::vector<Block> blocks;         // sorted, disjoint and not touching
    std::vector<const Absence*> absences;  // sorted by from
};

struct Found {
    Violation v;
    int64_t at_utc = 0;        // sort key
};

struct Context {
    const Document& doc;
    Jurisdiction jurisdiction;
    Zone zone;
    RuleParams params;
    std::vector<Person> people;  // in the document's order of assistants
    std::vector<Found> found;

    int64_t utc(const LocalDateTime& t) const { return to_utc(t, zone).count; }
    LocalDateTime local(int64_t utc_minutes) const { return to_local(UtcMinutes{utc_minutes}, zone); }
    // An hours parameter in whole minutes (5.5 -> 330).
    int64_t minutes_param(std::string_view name) const {
        return std::llround(params.number(name) * double(minutes_per_hour));
    }
    bool has(std::string_view rule) const { return find_rule(jurisdiction, rule) != nullptr; }
};

// The assistants of the document in its order (a duplicate id: the first one
// wins), each with their planned and worked shifts joined into blocks.
std::vector<Person> prepare(const Document& doc, Zone zone);

// The first calendar day a shift has time on; the last is last_day_of
// (command.h): a shift ending at 00:00 does not touch the day it ends on.
inline Date first_day(const Shift& s) { return s.start.date; }

// [SECTION] Violations -----------------------------------------------------------------
// Adds a violation of `rule` (if the jurisdiction has that rule) and returns it;
// nullptr when the jurisdiction has no such rule. The pointer is valid until the next add.
Violation* add(Context& c, std::string_view rule, const Assistant* a, const LocalDateTime& at, int64_t at_utc,
               Args args, std::string variant = "");
// Adds the shift to the violation once.
void add_shift(Violation& v, const Shift& s);
// The "date" and "time" message arguments of a moment.
Args at_args(const LocalDateTime& t);

// [SECTION] The rules, by group ---------------------------------------------------------
// engine_windows.cpp: daily_rest, weekly_rest, daily_hours, weekly_hours; average_weekly_hours (DK).
void rest_and_hours_rules(Context& c, const Person& p);
void average_rule(Context& c, const Person& p);

// engine_shifts.cpp: break, short_shift, shift_24h; under_18, overlap, shift_length, outside_employment,
// during_absence.
void stretch_rules(Context& c, const Person& p);
void shift_rules(Context& c, const Person& p);

// engine_sundays.cpp: sunday_rest, over the Sundays and public holidays (holidays.h rest_days).
void sunday_rule(Context& c, const std::vector<RestDay>& days, const Person& p);

// engine_weeks.cpp: decision_hours, flex_reserve, related_share (all assistants together).
void week_rules(Context& c);

}  // namespace bpa::engine_detail
