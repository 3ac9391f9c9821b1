// Rules over windows of time (engine_detail.h): rest and hours within 24 hours
// and 7 days, and the Danish average weekly hours over fixed periods.
//
// [SECTION] Windows: rest and hours (daily_rest, weekly_rest, daily_hours, weekly_hours)
// [SECTION] Average weekly hours (DK)
#include "core/rules/engine_detail.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bpa::engine_detail {

namespace {

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

}  // namespace

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
            a["rest"] = format_hours(double(s.longest_free));
            a["limit"] = format_hours(double(daily_rest));
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
            a["rest"] = format_hours(double(s.longest_free));
            a["limit"] = format_hours(double(weekly_rest));
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
            a["hours"] = format_hours(double(s.worked));
            a["limit"] = format_hours(double(daily_hours));
            return a;
        },
        never);
    const int64_t weekly_hours = c.minutes_param("weekly_hours");
    window_rule(
        c, p, "weekly_hours", week,
        [&](const WindowScan& s, const Work& w) -> std::optional<Args> {
            if (s.worked <= weekly_hours) return std::nullopt;
            Args a = at_args(w.shift->start);
            a["hours"] = format_hours(double(s.worked));
            a["limit"] = format_hours(double(weekly_hours));
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
                            {"hours", format_hours(average)}, {"limit", format_hours(limit)},
                            {"months", std::to_string(months)}});
        if (!v) return;
        for (const Work& w : p.work)
            if (w.start < ue && w.end > us) add_shift(*v, *w.shift);
    }
}

}  // namespace bpa::engine_detail
