// The rule engine: each rule of RULES.md as a function over the plan.
//
// Time is real elapsed time: every shift is turned into UTC minutes once
// (to_utc), so a night across the spring change lasts an hour less and one
// across the autumn change an hour more than the wall clock says.
//
// What counts as work: planned and worked shifts; cancelled shifts count for
// nothing. Breaks count as working time (AML § 10-9 (1): a break the
// assistant cannot leave is working time, which is usual in BPA; seed 002
// § 3.3.2). Passive night shifts count fully as working time for the rest and
// hours rules: working time is the time the employee is at the employer's
// disposal (AML § 10-1 (1); seed 002 § 3.3.2: "Arbeidstid er den tiden en
// arbeidstaker står til disposisjon for arbeidsgiver"), and on-call time at the
// workplace is working time, not rest (EU Court, Simap C-303/98 and Jaeger
// C-151/02; seed 003 § 4.3). The passive factor only affects pay (plan.h).
//
// [SECTION] Preparing the plan
// [SECTION] Violations
// [SECTION] Windows: rest and hours (daily_rest, weekly_rest, daily_hours, weekly_hours)
// [SECTION] Average weekly hours (DK)
// [SECTION] Working stretches (break, short_shift, shift_24h)
// [SECTION] Sundays and public holidays (NO)
// [SECTION] Single shifts (under_18, overlap, outside_employment, during_absence)
// [SECTION] Weeks against the decision (decision_hours, flex_reserve, related_share)
// [SECTION] check()
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/holidays.h"
#include "core/rules/format.h"
#include "core/command.h"
#include "core/rules/rules.h"
#include "core/command.h"

namespace bpa {

namespace {

using namespace rules_detail;
using Args = std::map<std::string, std::string>;

constexpr int64_t minutes_per_hour = 60;
constexpr int64_t minutes_per_day = 24 * minutes_per_hour;
constexpr double epsilon = 1e-6;  // for comparisons of computed (fractional) minutes

// [SECTION] Preparing the plan ---------------------------------------------------------
struct Work {                  // one planned or worked shift, in real time
    int64_t start = 0;         // UTC minutes
    int64_t end = 0;           // UTC minutes, > start
    const Shift* shift = nullptr;
    size_t block = 0;          // index into Person::blocks
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

std::vector<Person> prepare(const Document& doc, Zone zone) {
    std::vector<Person> people;
    std::map<std::string, size_t, std::less<>> index;
    for (const auto& a : doc.assistants) {
        if (index.count(a.id)) continue;  // a duplicate id (an invalid document): the first one wins
        index.emplace(a.id, people.size());
        people.push_back(Person{&a, {}, {}, {}});
    }
    for (const auto& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        auto it = index.find(s.assistant);
        if (it == index.end()) continue;
        const int64_t start = to_utc(s.start, zone).count;
        const int64_t end = to_utc(s.end, zone).count;
        if (end <= start) continue;  // not a shift (an invalid document)
        people[it->second].work.push_back(Work{start, end, &s, 0});
    }
    for (const auto& ab : doc.absences) {
        auto it = index.find(ab.assistant);
        if (it != index.end()) people[it->second].absences.push_back(&ab);
    }
    for (auto& p : people) {
        std::sort(p.work.begin(), p.work.end(), [](const Work& a, const Work& b) {
            return std::tie(a.start, a.end, a.shift->id) < std::tie(b.start, b.end, b.shift->id);
        });
        for (size_t i = 0; i < p.work.size(); ++i) {
            Work& w = p.work[i];
            if (p.blocks.empty() || w.start > p.blocks.back().end) {
                p.blocks.push_back(Block{w.start, w.end, i, i + 1});
            } else {
                p.blocks.back().end = std::max(p.blocks.back().end, w.end);
                p.blocks.back().last = i + 1;
            }
            w.block = p.blocks.size() - 1;
        }
        std::stable_sort(p.absences.begin(), p.absences.end(),
                         [](const Absence* a, const Absence* b) { return a->from < b->from; });
    }
    return people;
}

// The first and last calendar day a shift has time on (a shift ending at 00:00
// does not touch the day it ends on).
Date first_day(const Shift& s) { return s.start.date; }

// [SECTION] Violations -----------------------------------------------------------------
// Adds a violation of `rule` (if the jurisdiction has that rule) and returns it.
Violation* add(Context& c, std::string_view rule, const Assistant* a, const LocalDateTime& at, int64_t at_utc,
               Args args, std::string variant = "") {
    const RuleInfo* info = find_rule(c.jurisdiction, rule);
    if (!info) return nullptr;
    Found f;
    f.v.rule = info->id;
    f.v.severity = info->severity;
    f.v.assistant = a ? a->id : "";
    f.v.at = at;
    f.v.args = std::move(args);
    f.v.variant = std::move(variant);
    f.v.source = info->source;
    f.at_utc = at_utc;
    c.found.push_back(std::move(f));
    return &c.found.back().v;
}

void add_shift(Violation& v, const Shift& s) {
    if (std::find(v.shifts.begin(), v.shifts.end(), s.id) == v.shifts.end()) v.shifts.push_back(s.id);
}

Args at_args(const LocalDateTime& t) { return {{"date", format_date(t.date)}, {"time", format_time(t)}}; }

// [SECTION] Windows: rest and hours ---------------------------------------------------
// The law counts rest and hours "within 24 hours" and "within 7 days". Practical
// and exact form (the 24-hour period starts when work starts): a window of that
// length begins at every shift start, and each window is checked on its own.
struct WindowScan {
    int64_t longest_free = 0;  // the longest continuous time without work inside the window, minutes
    int64_t worked = 0;        // minutes of work inside the window (overlaps counted once)
};

// Scans [ws, we) over the blocks; `hint` is the first block that may end after
// ws and only moves forward, since windows are visited in order of their start.
WindowScan scan_window(const Person& p, size_t& hint, int64_t ws, int64_t we) {
    while (hint < p.blocks.size() && p.blocks[hint].end <= ws) ++hint;
    WindowScan r;
    int64_t cursor = ws;  // end of the work seen so far, inside [ws, we]
    for (size_t b = hint; b < p.blocks.size() && p.blocks[b].start < we; ++b) {
        const int64_t s = std::max(p.blocks[b].start, ws);
        const int64_t e = std::min(p.blocks[b].end, we);
        r.longest_free = std::max(r.longest_free, s - cursor);
        r.worked += e - s;
        cursor = std::max(cursor, e);
    }
    r.longest_free = std::max(r.longest_free, we - cursor);
    return r;
}

// Runs a window rule over one person. `evaluate` returns the message args when
// the window breaks the rule. A window that starts inside the last reported
// window of the same rule is the same problem seen from a later start (one
// short rest fails every window that holds it): its shifts are added to that
// violation instead of reporting it again.
template <class Evaluate, class Skip>
void window_rule(Context& c, const Person& p, std::string_view rule, int64_t length, Evaluate evaluate, Skip skip) {
    if (!c.has(rule)) return;
    size_t hint = 0;
    std::optional<size_t> open;  // index into c.found of the last reported window
    int64_t open_end = std::numeric_limits<int64_t>::min();
    int64_t previous_start = std::numeric_limits<int64_t>::min();
    for (size_t i = 0; i < p.work.size(); ++i) {
        const int64_t ws = p.work[i].start;
        if (ws == previous_start) continue;
        previous_start = ws;
        if (skip(i)) continue;
        const int64_t we = ws + length;
        const WindowScan scan = scan_window(p, hint, ws, we);
        std::optional<Args> args = evaluate(scan, p.work[i]);
        if (!args) continue;
        Violation* v = nullptr;
        if (open && ws < open_end) {
            v = &c.found[*open].v;
        } else {
            v = add(c, rule, p.assistant, p.work[i].shift->start, ws, std::move(*args));
            if (!v) return;
            open = c.found.size() - 1;
            open_end = we;
        }
        // The shifts with time inside the window; the window starts inside block `hint`.
        for (size_t k = p.blocks[hint].first; k < p.work.size() && p.work[k].start < we; ++k)
            if (p.work[k].end > ws) add_shift(*v, *p.work[k].shift);
    }
}

void rest_and_hours_rules(Context& c, const Person& p) {
    const int64_t day = minutes_per_day;
    const int64_t week = 7 * minutes_per_day;
    const auto never = [](size_t) { return false; };

    // AML § 10-8 (1), arbejdsmiljøloven § 50: 11 h continuous rest within 24 h.
    // Exactly the limit is allowed. Where the DK collective agreement allows
    // 24-hour shifts (allow_24h_shifts), the window that starts such a shift is
    // not checked: the agreement gives the rest after it instead.
    const int64_t daily_rest = c.minutes_param("daily_rest_hours");
    const bool allow_24h = c.has("shift_24h") && c.params.flag("allow_24h_shifts");
    window_rule(
        c, p, "daily_rest", day,
        [&](const WindowScan& s, const Work& w) -> std::optional<Args> {
            if (s.longest_free >= daily_rest) return std::nullopt;
            Args a = at_args(w.shift->start);
            a["rest"] = format_hm(double(s.longest_free));
            a["limit"] = format_hm(double(daily_rest));
            return a;
        },
        [&](size_t i) {
            const Block& b = p.blocks[p.work[i].block];
            return allow_24h && b.end - b.start >= day;
        });

    // AML § 10-8 (2), arbejdsmiljøloven § 51: 35 h continuous rest within 7 days.
    const int64_t weekly_rest = c.minutes_param("weekly_rest_hours");
    window_rule(
        c, p, "weekly_rest", week,
        [&](const WindowScan& s, const Work& w) -> std::optional<Args> {
            if (s.longest_free >= weekly_rest) return std::nullopt;
            Args a = at_args(w.shift->start);
            a["rest"] = format_hm(double(s.longest_free));
            a["limit"] = format_hm(double(weekly_rest));
            return a;
        },
        never);

    // AML § 10-4 (1): normal working time at most 9 h per 24 h and 40 h per 7
    // days. Breaks and passive night count fully (see the top of this file).
    const int64_t daily_hours = c.minutes_param("daily_hours");
    window_rule(
        c, p, "daily_hours", day,
        [&](const WindowScan& s, const Work& w) -> std::optional<Args> {
            if (s.worked <= daily_hours) return std::nullopt;
            Args a = at_args(w.shift->start);
            a["hours"] = format_hm(double(s.worked));
            a["limit"] = format_hm(double(daily_hours));
            return a;
        },
        never);
    const int64_t weekly_hours = c.minutes_param("weekly_hours");
    window_rule(
        c, p, "weekly_hours", week,
        [&](const WindowScan& s, const Work& w) -> std::optional<Args> {
            if (s.worked <= weekly_hours) return std::nullopt;
            Args a = at_args(w.shift->start);
            a["hours"] = format_hm(double(s.worked));
            a["limit"] = format_hm(double(weekly_hours));
            return a;
        },
        never);
}

// [SECTION] Average weekly hours (DK) ---------------------------------------------------
// Arbejdstidsloven § 4: at most 48 h a week on average over 4 months. The
// reference periods are fixed calendar periods counted from 1 January
// (January–April, May–August, September–December with 4 months; a period
// length that does not divide the year leaves a shorter last period). Fixed
// periods are what a leader can check by hand and are reported once each. The
// average is the work inside the period (shifts split at its edges) divided by
// its weeks, where only days the helper is employed and not absent count:
// vacation and sick days are neutral in the average.
void average_rule(Context& c, const Person& p) {
    if (!c.has("average_weekly_hours") || p.work.empty()) return;
    const int months = int(std::clamp<long long>(std::llround(c.params.number("average_period_months")), 1, 12));
    const double limit = double(c.minutes_param("average_weekly_hours"));
    const Assistant& a = *p.assistant;

    auto period_start = [&](Date d) {
        const int m = ((d.month() - 1) / months) * months + 1;
        return *Date::from_ymd(d.year(), m, 1);
    };
    auto period_end = [&](Date start) {  // exclusive, never past the year's end
        const Date next_year = *Date::from_ymd(start.year() + 1, 1, 1);
        return std::min(add_months(start, months), next_year);
    };
    auto absent = [&](Date d) {
        for (const Absence* ab : p.absences)
            if (ab->from <= d && d <= ab->to) return true;
        return false;
    };

    const Date last = c.local(p.blocks.back().end - 1).date;
    for (Date ps = period_start(c.local(p.work.front().start).date); ps <= last; ps = period_end(ps)) {
        const Date pe = period_end(ps);
        const int64_t us = c.utc(LocalDateTime{ps, 0});
        const int64_t ue = c.utc(LocalDateTime{pe, 0});
        int64_t worked = 0;
        for (const Block& b : p.blocks) {
            const int64_t s = std::max(b.start, us), e = std::min(b.end, ue);
            if (e > s) worked += e - s;
        }
        if (worked == 0) continue;
        int counted = 0;
        std::optional<Date> from, to;
        for (Date d = ps; d < pe; d += Days{1}) {
            if (!a.employed_on(d) || absent(d)) continue;
            ++counted;
            if (!from) from = d;
            to = d;
        }
        if (counted == 0) continue;  // all work is outside employment or during absence: reported there
        const double average = double(worked) * 7.0 / double(counted);  // minutes per week
        if (average <= limit + epsilon) continue;
        const LocalDateTime at{*from, 0};
        Violation* v = add(c, "average_weekly_hours", &a, at, c.utc(at),
                           {{"from", format_date(*from)}, {"to", format_date(*to)},
                            {"hours", format_hm(average)}, {"limit", format_hm(limit)},
                            {"months", std::to_string(months)}});
        if (!v) return;
        for (const Work& w : p.work)
            if (w.start < ue && w.end > us) add_shift(*v, *w.shift);
    }
}

// [SECTION] Working stretches -------------------------------------------------------------
// A block of touching shifts is one working day for the break rule: the
// assistant does not leave between them.
void stretch_rules(Context& c, const Person& p) {
    const bool no_break_rule = !c.has("break");
    const int64_t after = c.minutes_param("break_after_hours");
    const bool has_long_day = c.params.values.count("long_day_hours") > 0;  // NO: AML § 10-9 (1) second sentence
    const int64_t long_day = c.minutes_param("long_day_hours");
    const long long long_day_break = std::llround(c.params.number("long_day_break_minutes"));
    const int64_t short_shift = c.minutes_param("short_shift_hours");
    const bool allow_24h = c.params.flag("allow_24h_shifts");

    for (const Block& b : p.blocks) {
        const int64_t length = b.end - b.start;
        const Shift& first = *p.work[b.first].shift;
        long long breaks = 0;
        for (size_t k = b.first; k < b.last; ++k) breaks += std::max(0, p.work[k].shift->break_minutes);
        auto report = [&](std::string_view rule, Args args, std::string variant = "") {
            Violation* v = add(c, rule, p.assistant, first.start, b.start, std::move(args), std::move(variant));
            if (v)
                for (size_t k = b.first; k < b.last; ++k) add_shift(*v, *p.work[k].shift);
        };

        // AML § 10-9 (1): a break when the day exceeds 5.5 h, 30 min in total at 8 h.
        // Arbejdstidsloven § 3: a break when the day exceeds 6 h.
        if (!no_break_rule) {
            Args a = at_args(first.start);
            a["hours"] = format_hm(double(length));
            a["break"] = std::to_string(breaks);
            if (has_long_day && length >= long_day && breaks < long_day_break) {
                a["long_day"] = format_hm(double(long_day));
                a["minutes"] = std::to_string(long_day_break);
                report("break", std::move(a), "long_day");
            } else if (length > after && breaks == 0) {
                a["after"] = format_hm(double(after));
                report("break", std::move(a));
            }
        }

        // Seed 002 § 2.5: a shift should not be shorter than 2 h (guidance).
        if (length < short_shift) {
            Args a = at_args(first.start);
            a["hours"] = format_hm(double(length));
            a["limit"] = format_hm(double(short_shift));
            report("short_shift", std::move(a));
        }

        // Seed 003 § 4.3: no 24-hour shifts, unless the collective agreement applies.
        if (length >= minutes_per_day && !allow_24h) {
            Args a = at_args(first.start);
            a["hours"] = format_hm(double(length));
            report("shift_24h", std::move(a));
        }
    }
}

// [SECTION] Sundays and public holidays (NO) --------------------------------------------------
// AML § 10-10 (1): the Sunday/holiday period runs from 18:00 the evening before
// to 22:00 on the day (RULES.md). Where holidays follow each other (Easter
// Sunday and Monday, 25 and 26 December) their periods are split at midnight,
// so that each day is its own "søn- og helgedagsdøgn" and one shift on the
// evening between them is not counted twice. (4): after work on such a day the
// next one is free; by written agreement instead every other one on average
// over 26 weeks.
struct RestDay {
    Date date;
    int64_t start = 0;  // UTC minutes
    int64_t end = 0;
};

std::vector<RestDay> rest_days(const Context& c, Date from, Date to) {
    std::set<int32_t> days;
    for (int y = from.year(); y <= to.year(); ++y)
        for (const auto& h : public_holidays(c.jurisdiction, y))
            if (from <= h.date && h.date <= to) days.insert(h.date.days());
    for (Date d = from; d <= to; d += Days{1})
        if (d.weekday() == Weekday::Sunday) days.insert(d.days());
    std::vector<RestDay> out;
    for (int32_t n : days) {
        const Date d = Date::from_days(n);
        const bool after_rest_day = days.count(n - 1) > 0;
        const bool before_rest_day = days.count(n + 1) > 0;
        const LocalDateTime start = after_rest_day ? LocalDateTime{d, 0} : LocalDateTime{d - Days{1}, 18 * 60};
        const LocalDateTime end = before_rest_day ? LocalDateTime{d + Days{1}, 0} : LocalDateTime{d, 22 * 60};
        out.push_back(RestDay{d, c.utc(start), c.utc(end)});
    }
    return out;
}

// The shifts of `p` with time inside [s, e), in order.
std::vector<const Work*> work_between(const Person& p, int64_t s, int64_t e) {
    std::vector<const Work*> out;
    auto it = std::lower_bound(p.blocks.begin(), p.blocks.end(), s,
                               [](const Block& b, int64_t t) { return b.end <= t; });
    for (; it != p.blocks.end() && it->start < e; ++it)
        for (size_t k = it->first; k < it->last; ++k)
            if (p.work[k].start < e && p.work[k].end > s) out.push_back(&p.work[k]);
    return out;
}

void sunday_rule(Context& c, const std::vector<RestDay>& days, const Person& p) {
    if (!c.has("sunday_rest") || p.work.empty()) return;
    const bool every_other = c.params.text("sunday_rule") == "every_other";
    std::vector<std::vector<const Work*>> worked(days.size());
    for (size_t k = 0; k < days.size(); ++k) worked[k] = work_between(p, days[k].start, days[k].end);

    if (!every_other) {
        for (size_t k = 0; k + 1 < days.size(); ++k) {
            if (worked[k].empty() || worked[k + 1].empty()) continue;
            const Work& w = *worked[k + 1].front();
            Violation* v = add(c, "sunday_rest", p.assistant, w.shift->start, w.start,
                               {{"previous", format_date(days[k].date)}, {"date", format_date(days[k + 1].date)}});
            if (!v) return;
            for (const Work* x : worked[k]) add_shift(*v, *x->shift);
            for (const Work* x : worked[k + 1]) add_shift(*v, *x->shift);
        }
        return;
    }
    // Every other: in the 26 weeks from each worked day, at most half of the
    // Sundays and holidays are worked. Days after the plan count as free.
    std::optional<size_t> open;
    Date open_end;
    for (size_t k = 0; k < days.size(); ++k) {
        if (worked[k].empty()) continue;
        const Date end = days[k].date + Days{26 * 7};
        int total = 0, count = 0;
        for (size_t m = k; m < days.size() && days[m].date < end; ++m) {
            ++total;
            count += worked[m].empty() ? 0 : 1;
        }
        if (count * 2 <= total) continue;
        Violation* v = nullptr;
        if (open && days[k].date < open_end) {
            v = &c.found[*open].v;
        } else {
            const Work& w = *worked[k].front();
            v = add(c, "sunday_rest", p.assistant, w.shift->start, w.start,
                    {{"date", format_date(days[k].date)}, {"worked", std::to_string(count)},
                     {"total", std::to_string(total)}},
                    "every_other");
            if (!v) return;
            open = c.found.size() - 1;
            open_end = end;
        }
        for (size_t m = k; m < days.size() && days[m].date < end; ++m)
            for (const Work* x : worked[m]) add_shift(*v, *x->shift);
    }
}

// [SECTION] Single shifts -----------------------------------------------------------------------
// The day a person born on `birth` turns `years` (29 February -> 1 March).
Date birthday(Date birth, int years) {
    const Ymd b = birth.ymd();
    if (auto d = Date::from_ymd(b.year + years, b.month, b.day)) return *d;
    return *Date::from_ymd(b.year + years, 3, 1);
}

void shift_rules(Context& c, const Person& p) {
    const Assistant& a = *p.assistant;

    // Seed 003 § 5.3: no helper under 18.
    if (c.has("under_18") && a.birth_date) {
        const Date adult_on = birthday(*a.birth_date, 18);
        for (const Work& w : p.work) {
            if (w.shift->start.date >= adult_on) continue;
            Args args = at_args(w.shift->start);
            args["adult_on"] = format_date(adult_on);
            if (Violation* v = add(c, "under_18", &a, w.shift->start, w.start, std::move(args))) add_shift(*v, *w.shift);
        }
    }

    // One assistant, two shifts at the same time (touching is not overlapping).
    if (c.has("overlap")) {
        std::vector<const Work*> active;  // earlier shifts that end after the current start
        for (const Work& w : p.work) {
            std::erase_if(active, [&](const Work* x) { return x->end <= w.start; });
            for (const Work* x : active) {
                Args args = at_args(w.shift->start);
                args["overlap"] = format_hm(double(std::min(x->end, w.end) - w.start));
                if (Violation* v = add(c, "overlap", &a, w.shift->start, w.start, std::move(args))) {
                    add_shift(*v, *x->shift);
                    add_shift(*v, *w.shift);
                }
            }
            active.push_back(&w);
        }
    }

    // A shift on a day before the first or after the last day of employment.
    if (c.has("outside_employment")) {
        for (const Work& w : p.work) {
            const Date first = first_day(*w.shift), last = last_day_of(*w.shift);
            const bool before = first < a.employed_from;
            const bool after = a.employed_to && last > *a.employed_to;
            if (!before && !after) continue;
            const Date day = before ? first : std::max(first, *a.employed_to + Days{1});
            Args args{{"date", format_date(day)},
                      {"employed_from", format_date(a.employed_from)},
                      {"employed_to", a.employed_to ? format_date(*a.employed_to) : std::string("…")}};
            if (Violation* v = add(c, "outside_employment", &a, w.shift->start, w.start, std::move(args)))
                add_shift(*v, *w.shift);
        }
    }

    // A shift with time on a day the assistant is absent (any kind of absence).
    if (c.has("during_absence")) {
        for (const Work& w : p.work) {
            const Date first = first_day(*w.shift), last = last_day_of(*w.shift);
            for (const Absence* ab : p.absences) {
                if (ab->from > last || ab->to < first) continue;
                Args args{{"date", format_date(std::max(first, ab->from))},
                          {"absence_from", format_date(ab->from)},
                          {"absence_to", format_date(ab->to)},
                          {"absence", to_string(ab->type)}};
                if (Violation* v = add(c, "during_absence", &a, w.shift->start, w.start, std::move(args)))
                    add_shift(*v, *w.shift);
                break;  // one violation per shift
            }
        }
    }
}

// [SECTION] Weeks against the decision ------------------------------------------------------------
// ISO weeks (Monday 00:00 to Monday 00:00 local); shifts are split at the week's
// edges. The decided hours of a week are prorated per day from the decision in
// force on each day (a week can hold two decision periods, or days without one).
struct WeekTotals {
    int64_t planned = 0;                   // minutes of planned and worked shifts
    int64_t related = 0;                   // of which by assistants related to the user
    std::vector<const Work*> shifts;       // with time in the week, in order
    std::vector<const Work*> related_shifts;
    std::set<std::string> related_people;
};

std::string week_label(Date monday) {
    const IsoWeek w = monday.iso_week();
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-W%02d", w.year % 10000, w.week % 100);
    return buffer;
}

void week_rules(Context& c) {
    const Arrangement& arr = c.doc.arrangement;
    if (arr.decisions.empty()) return;  // nothing to compare with
    std::map<int32_t, WeekTotals> weeks;  // by the Monday's day number
    for (const Person& p : c.people) {
        for (const Work& w : p.work) {
            const Date start_day = w.shift->start.date;
            Date monday = start_day - Days{int(start_day.weekday()) - int(Weekday::Monday)};
            int64_t cursor = w.start;
            while (cursor < w.end) {
                const int64_t next = c.utc(LocalDateTime{monday + Days{7}, 0});
                const int64_t part = std::min(next, w.end) - cursor;
                if (part > 0) {
                    WeekTotals& t = weeks[monday.days()];
                    t.planned += part;
                    t.shifts.push_back(&w);
                    if (p.assistant->related_to_user) {
                        t.related += part;
                        t.related_shifts.push_back(&w);
                        t.related_people.insert(p.assistant->id);
                    }
                }
                cursor = std::max(cursor, next);
                monday += Days{7};
            }
        }
    }

    const double reserve_percent = c.params.number("flex_reserve_min_percent");
    const double related_percent = c.params.number("related_share_percent");
    auto by_time = [](const Work* a, const Work* b) {
        return std::tie(a->start, a->end, a->shift->id) < std::tie(b->start, b->end, b->shift->id);
    };
    for (auto& [day_number, t] : weeks) {
        const Date monday = Date::from_days(day_number);
        double decided = 0;  // minutes
        for (int i = 0; i < 7; ++i)
            if (const Decision* d = arr.decision_on(monday + Days{i}))
                decided += d->hours_per_week * double(minutes_per_hour) / 7.0;
        const LocalDateTime at{monday, 0};
        const int64_t at_utc = c.utc(at);
        std::sort(t.shifts.begin(), t.shifts.end(), by_time);
        std::sort(t.related_shifts.begin(), t.related_shifts.end(), by_time);
        const std::string week = week_label(monday);

        // The decision's hours per week (warning: the hours account may allow it).
        const bool over_decision = double(t.planned) > decided + epsilon;
        if (over_decision) {
            if (Violation* v = add(c, "decision_hours", nullptr, at, at_utc,
                                   {{"week", week}, {"hours", format_hm(double(t.planned))},
                                    {"decided", format_hm(decided)}}))
                for (const Work* w : t.shifts) add_shift(*v, *w->shift);
        }

        // Seed 002 § 2.6: keep 10–20 % of the decision outside the plan. A week
        // already over the decision is reported by decision_hours alone.
        const double reserve = decided * reserve_percent / 100.0;
        if (!over_decision && decided > 0 && double(t.planned) > decided - reserve + epsilon) {
            if (Violation* v = add(c, "flex_reserve", nullptr, at, at_utc,
                                   {{"week", week}, {"hours", format_hm(double(t.planned))},
                                    {"decided", format_hm(decided)},
                                    {"reserve", format_hm(decided - double(t.planned))},
                                    {"minimum", format_hm(reserve)}, {"percent", format_number(reserve_percent)}}))
                for (const Work* w : t.shifts) add_shift(*v, *w->shift);
        }

        // Seed 002 § 2.3: related persons at most 20 % of the decision.
        const double related_limit = decided * related_percent / 100.0;
        if (t.related > 0 && decided > 0 && double(t.related) > related_limit + epsilon) {
            const std::string who = t.related_people.size() == 1 ? *t.related_people.begin() : std::string();
            const Assistant* a = who.empty() ? nullptr : c.doc.find_assistant(who);
            if (Violation* v = add(c, "related_share", a, at, at_utc,
                                   {{"week", week}, {"hours", format_hm(double(t.related))},
                                    {"decided", format_hm(decided)}, {"limit", format_hm(related_limit)},
                                    {"percent", format_number(related_percent)}}))
                for (const Work* w : t.related_shifts) add_shift(*v, *w->shift);
        }
    }
}

}  // namespace

// [SECTION] check() ---------------------------------------------------------------------------------
std::vector<Violation> check(const Document& doc, const CheckOptions& options) {
    Context c{doc, doc.arrangement.jurisdiction, zone_of(doc.arrangement.jurisdiction),
              resolve_params(doc.arrangement), {}, {}};
    c.people = prepare(doc, c.zone);

    std::optional<Date> first, last;  // the plan's days, for the Sunday rule
    for (const Person& p : c.people) {
        rest_and_hours_rules(c, p);
        average_rule(c, p);
        stretch_rules(c, p);
        shift_rules(c, p);
        for (const Work& w : p.work) {
            if (!first || w.shift->start.date < *first) first = w.shift->start.date;
            if (!last || w.shift->end.date > *last) last = w.shift->end.date;
        }
    }
    if (first && c.has("sunday_rest")) {
        // One day either side for the 18:00 and 22:00 edges; 26 weeks on for "every other".
        const std::vector<RestDay> days = rest_days(c, *first - Days{1}, *last + Days{1 + 26 * 7});
        for (const Person& p : c.people) sunday_rule(c, days, p);
    }
    week_rules(c);

    std::vector<Violation> out;
    out.reserve(c.found.size());
    std::stable_sort(c.found.begin(), c.found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.at_utc, a.v.rule, a.v.assistant, a.v.shifts, a.v.variant) <
               std::tie(b.at_utc, b.v.rule, b.v.assistant, b.v.shifts, b.v.variant);
    });
    for (Found& f : c.found) {
        if (options.from && f.v.at.date < *options.from) continue;
        if (options.to && f.v.at.date > *options.to) continue;
        f.v.message = violation_message(f.v, c.jurisdiction, "en");
        out.push_back(std::move(f.v));
    }
    return out;
}

}  // namespace bpa
