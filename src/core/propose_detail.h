// Internals of the work-plan proposal (propose.h), shared by propose.cpp,
// propose_slots.cpp and propose_worker.cpp. Times are UTC minutes (real
// elapsed time, as in the rule engine); days are local calendar days.
//
// [SECTION] Limits: the rule parameters in force
// [SECTION] Calendar of the period
// [SECTION] Need and slots
// [SECTION] Worker: one assistant's work and hard constraints
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/holidays.h"
#include "core/model.h"
#include "core/plan.h"
#include "core/propose.h"

namespace bpa::propose_detail {

constexpr int64_t minutes_per_day = 1440;
constexpr int64_t minutes_per_week = 7 * minutes_per_day;

// [SECTION] Limits ----------------------------------------------------------------
// The error rules of the jurisdiction with the arrangement's overrides
// (resolve_params), in minutes. A rule the jurisdiction does not have is off.
struct Limits {
    Jurisdiction jurisdiction = Jurisdiction::NO;
    Zone zone = Zone::Oslo;
    bool daily_rest_on = false, weekly_rest_on = false, daily_hours_on = false, weekly_hours_on = false;
    int64_t daily_rest = 0, weekly_rest = 0, daily_hours = 0, weekly_hours = 0;
    bool sunday_rest_on = false;
    bool sunday_every_other = false;  // sunday_rule "every_other" instead of "next_free"
    bool average_on = false;          // DK: average_weekly_hours
    int average_months = 4;
    double average_limit = 0;         // minutes per week
    bool under_18_on = false;
    bool allow_24h = false;           // DK collective agreement: 24-hour shifts allowed
    bool break_on = false;
    int64_t break_after = 0;          // a break when a working day exceeds this
    bool long_day_on = false;         // NO: at least long_day_break minutes from long_day
    int64_t long_day = 0;
    int long_day_break = 30;
    int64_t longest_slot = 0;         // the longest shift a slot may be
};
Limits limits_of(const Document& doc);

// The break a proposed working stretch of `length` minutes gets (AML § 10-9 (1);
// arbejdstidsloven § 3): 30 min (or the long-day minimum, if more) when the
// rules ask for one, else 0.
int break_for(const Limits& l, int64_t length);

// [SECTION] Calendar --------------------------------------------------------------
struct Calendar {
    Zone zone = Zone::Oslo;
    Date from;                   // the period's first day (a Monday)
    int weeks = 1;
    int64_t p0 = 0, p1 = 0;      // UTC minutes of from 00:00 and of the day after the period
    std::vector<RestDay> rest_days;  // sorted; from 27 weeks before to 27 weeks after the period

    int64_t utc(Date d, int minute_of_day) const { return to_utc(LocalDateTime{d, minute_of_day}, zone).count; }
    LocalDateTime local(int64_t t) const { return to_local(UtcMinutes{t}, zone); }
    // Index range [first, last) of rest days with time inside [s, e).
    std::pair<size_t, size_t> rest_days_between(int64_t s, int64_t e) const;
};
Calendar calendar_of(Jurisdiction j, Date from, int weeks);

// [SECTION] Need and slots --------------------------------------------------------
// The need per minute of the period (index = UTC minute - p0).
struct Demand {
    std::vector<uint8_t> need;     // assistants needed
    std::vector<uint8_t> passive;  // 1 where the need is passive night duty
    std::vector<uint8_t> cover;    // the file's own planned and worked shifts
};
Demand demand_of(const Document& doc, const std::vector<NeedBlock>& need, const Calendar& cal);

// Assistant-minutes of need without cover when `shifts` (not cancelled) are present.
int64_t uncovered_minutes(const Demand& d, const Calendar& cal, const std::vector<const Shift*>& shifts);
// The same need without cover as stretches, cut at local midnight (no reasons yet).
std::vector<UncoveredSpan> uncovered_spans(const Demand& d, const Calendar& cal, const std::vector<const Shift*>& shifts);

// One shift to be given to an assistant.
struct Slot {
    int64_t start = 0, end = 0;    // UTC minutes
    int layer = 1;                 // 1: the first assistant, 2: the second where two are needed
    bool passive = false;          // a passive_night shift
    Date first_day, last_day;      // local days it has time on
    Weekday weekday = Weekday::Monday;  // of its start
    int64_t wall_start = 0;        // local wall minutes of its start (for the same slot a week on)
    bool night = false;            // at least 3 h inside 22:00-06:00
    bool weekend = false;          // at least half on a Saturday or Sunday
    bool sunday = false;           // time inside a Sunday/holiday period
    int week_before = -1;          // the same slot a week earlier (index), -1 if none
    int week_after = -1;
    int64_t length() const { return end - start; }
};

// Cuts the need left after the file's cover into slots, in order of start
// then layer. Each run of need is cut at usual change times into pieces of at
// most longest_slot minutes, as even as may be (dynamic programming).
std::vector<Slot> make_slots(const Demand& d, const Calendar& cal, const Limits& l);

// Fairness categories of any stretch of work, as for slots.
void classify(const Calendar& cal, int64_t start, int64_t end, bool& night, bool& weekend, bool& sunday);

// [SECTION] Worker ---------------------------------------------------------------
struct Piece {
    int64_t start = 0, end = 0;  // UTC minutes
    int slot = -1;               // -1: a shift of the file (fixed)
    bool passive = false;        // a passive_night slot
};

// An assistant's work (the file's shifts and the slots given so far) and the
// checks that tell whether one more slot keeps every error rule. The checks
// follow rules/engine*.cpp rule by rule, looking only at the windows a new
// slot can change; check() stays the judge at the end.
class Worker {
public:
    Worker(const Document& doc, const Assistant& a, const Limits& l, const Calendar& cal);

    bool can_take(const Slot& s) const;   // all hard constraints
    bool free_on(Date d) const;           // employed, not absent and not locked on day d of the period
    bool absent_on(Date d) const;
    void add(const Slot& s, int index);
    void remove(const Slot& s, int index);

    const std::vector<Piece>& pieces() const { return pieces_; }
    // Neighbours of the time [s, e) among the pieces: the last ending at or before s, the first starting at or after e.
    std::pair<const Piece*, const Piece*> neighbours(int64_t s, int64_t e) const;

    const Assistant* assistant = nullptr;
    std::vector<int> preferred;           // ISO weekdays; empty: no wish

private:
    bool day_allowed(const Slot& s) const;
    bool windows_ok(const Slot& s) const;
    bool sunday_ok(const Slot& s) const;
    bool average_ok(const Slot& s) const;
    bool worked_on(size_t rest_day) const;

    const Limits* limits_;
    const Calendar* cal_;
    std::vector<Piece> pieces_;           // sorted by start
    std::vector<uint8_t> day_ok_;         // per day from cal.from - 1: employed, not absent, not locked
    std::vector<uint8_t> unavailable_;    // by ISO weekday 1..7
    Date adult_on;                        // DK under_18: the 18th birthday (from a far past day if unknown)
    std::vector<std::pair<Date, Date>> absences_;  // for the DK average
    mutable std::vector<Piece> scratch_;
};

}  // namespace bpa::propose_detail
