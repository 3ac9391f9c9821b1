// The proposal's limits, calendar, need and slots (propose_detail.h).
//
// [SECTION] Limits
// [SECTION] Calendar
// [SECTION] Need
// [SECTION] Cutting runs of need into slots
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include "core/propose_detail.h"
#include "core/rules/rules.h"

namespace bpa::propose_detail {

// [SECTION] Limits ----------------------------------------------------------------------
Limits limits_of(const Document& doc) {
    Limits l;
    l.jurisdiction = doc.arrangement.jurisdiction;
    l.zone = zone_of(l.jurisdiction);
    const RuleParams p = resolve_params(doc.arrangement);
    auto has = [&](std::string_view rule) {
        const RuleInfo* r = find_rule(l.jurisdiction, rule);
        return r && r->severity == Severity::Error;
    };
    auto minutes = [&](std::string_view name) { return int64_t(std::llround(p.number(name) * 60.0)); };
    l.daily_rest_on = has("daily_rest");
    l.daily_rest = minutes("daily_rest_hours");
    l.weekly_rest_on = has("weekly_rest");
    l.weekly_rest = minutes("weekly_rest_hours");
    l.daily_hours_on = has("daily_hours");
    l.daily_hours = minutes("daily_hours");
    l.weekly_hours_on = has("weekly_hours");
    l.weekly_hours = minutes("weekly_hours");
    l.sunday_rest_on = has("sunday_rest");
    l.sunday_every_other = p.text("sunday_rule") == "every_other";
    l.average_on = has("average_weekly_hours");
    l.average_months = int(std::clamp<long long>(std::llround(p.number("average_period_months")), 1, 12));
    l.average_limit = p.number("average_weekly_hours") * 60.0;
    l.under_18_on = has("under_18");
    l.allow_24h = has("shift_24h") && p.flag("allow_24h_shifts");
    l.break_on = has("break");
    l.break_after = minutes("break_after_hours");
    l.long_day_on = p.values.count("long_day_hours") > 0;
    l.long_day = minutes("long_day_hours");
    l.long_day_break = int(std::llround(p.number("long_day_break_minutes")));

    // A slot leaves the daily rest free in its own 24 hours and keeps the daily
    // hours; 12 h at most in any case, 1 h at least.
    int64_t longest = 12 * 60;
    if (l.daily_rest_on) longest = std::min(longest, minutes_per_day - l.daily_rest);
    if (l.daily_hours_on) longest = std::min(longest, l.daily_hours);
    l.longest_slot = std::max<int64_t>(longest, 60);
    return l;
}

int break_for(const Limits& l, int64_t length) {
    if (!l.break_on) return 0;
    if (l.long_day_on && length >= l.long_day) return std::max(30, l.long_day_break);
    return length > l.break_after ? std::max(30, l.long_day_on ? l.long_day_break : 0) : 0;
}

// [SECTION] Calendar --------------------------------------------------------------------
Calendar calendar_of(Jurisdiction j, Date from, int weeks) {
    Calendar c;
    c.zone = zone_of(j);
    c.from = from;
    c.weeks = weeks;
    c.p0 = c.utc(from, 0);
    c.p1 = c.utc(from + Days{7 * weeks}, 0);

    // Sundays and public holidays as the Sunday rule has them, 27 weeks either side.
    c.rest_days = rest_days(j, c.zone, from - Days{27 * 7}, from + Days{7 * weeks + 27 * 7});
    return c;
}

std::pair<size_t, size_t> Calendar::rest_days_between(int64_t s, int64_t e) const {
    auto first = std::lower_bound(rest_days.begin(), rest_days.end(), s,
                                  [](const RestDay& r, int64_t t) { return r.end <= t; });
    auto last = first;
    while (last != rest_days.end() && last->start < e) ++last;
    return {size_t(first - rest_days.begin()), size_t(last - rest_days.begin())};
}

// [SECTION] Need ------------------------------------------------------------------------
namespace {

// Local minute of the day for each minute of the period. The offset is looked
// up once an hour: summer time changes on a whole UTC hour.
std::vector<int16_t> local_minutes(const Calendar& cal) {
    const int64_t n = cal.p1 - cal.p0;
    std::vector<int16_t> out(size_t(std::max<int64_t>(n, 0)));
    int64_t offset = 0;
    for (int64_t i = 0; i < n; ++i) {
        const int64_t t = cal.p0 + i;
        if (i == 0 || t % 60 == 0) offset = utc_offset_minutes(UtcMinutes{t}, cal.zone);
        int64_t m = (t + offset) % minutes_per_day;
        if (m < 0) m += minutes_per_day;
        out[size_t(i)] = int16_t(m);
    }
    return out;
}

}  // namespace

Demand demand_of(const Document& doc, const std::vector<NeedBlock>& need, const Calendar& cal) {
    const int64_t n = cal.p1 - cal.p0;
    Demand d;
    d.need.assign(size_t(n), 0);
    d.passive.assign(size_t(n), 0);
    d.cover.assign(size_t(n), 0);
    // From the day before: a block past midnight continues into the period.
    for (Date day = cal.from - Days{1}; day < cal.from + Days{7 * cal.weeks}; day += Days{1}) {
        for (const NeedBlock& b : need) {
            if (b.weekday != day.weekday()) continue;
            const int64_t s = cal.utc(day, b.from.minutes());
            const int64_t e = b.to > b.from ? (b.to.minutes() >= 1440 ? cal.utc(day + Days{1}, 0) : cal.utc(day, b.to.minutes()))
                                            : cal.utc(day + Days{1}, b.to.minutes());
            for (int64_t t = std::max(s, cal.p0); t < std::min(e, cal.p1); ++t) {
                const size_t i = size_t(t - cal.p0);
                const uint8_t count = uint8_t(std::clamp(b.assistants, 1, 2));
                if (count > d.need[i]) {
                    d.need[i] = count;
                    d.passive[i] = b.passive_night ? 1 : 0;
                } else if (count == d.need[i] && !b.passive_night) {
                    d.passive[i] = 0;  // active duty wins where blocks of the same count overlap
                }
            }
        }
    }
    for (const Shift& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled || !doc.find_assistant(s.assistant)) continue;
        const int64_t a = std::max(to_utc(s.start, cal.zone).count, cal.p0);
        const int64_t b = std::min(to_utc(s.end, cal.zone).count, cal.p1);
        for (int64_t t = a; t < b; ++t) d.cover[size_t(t - cal.p0)]++;
    }
    return d;
}

namespace {

// Assistants present per minute of the period (index = UTC minute - p0).
std::vector<uint8_t> presence(const Demand& d, const Calendar& cal, const std::vector<const Shift*>& shifts) {
    std::vector<uint8_t> present(d.need.size(), 0);
    for (const Shift* s : shifts) {
        if (s->status == ShiftStatus::Cancelled) continue;
        const int64_t a = std::max(to_utc(s->start, cal.zone).count, cal.p0);
        const int64_t b = std::min(to_utc(s->end, cal.zone).count, cal.p1);
        for (int64_t t = a; t < b; ++t) present[size_t(t - cal.p0)]++;
    }
    return present;
}

}  // namespace

int64_t uncovered_minutes(const Demand& d, const Calendar& cal, const std::vector<const Shift*>& shifts) {
    const std::vector<uint8_t> present = presence(d, cal, shifts);
    int64_t missing = 0;
    for (size_t i = 0; i < d.need.size(); ++i)
        if (d.need[i] > present[i]) missing += d.need[i] - present[i];
    return missing;
}

std::vector<UncoveredSpan> uncovered_spans(const Demand& d, const Calendar& cal, const std::vector<const Shift*>& shifts) {
    const std::vector<uint8_t> present = presence(d, cal, shifts);
    std::vector<UncoveredSpan> out;
    bool open = false;       // a stretch is being read
    int64_t day_end = 0;     // UTC minute of the local midnight after the open stretch's day
    for (int64_t t = cal.p0; t <= cal.p1; ++t) {
        const size_t i = size_t(t - cal.p0);
        const bool short_here = t < cal.p1 && d.need[i] > present[i];
        if (open && (!short_here || t >= day_end)) {
            out.back().end = cal.local(t);
            open = false;
        }
        if (!short_here) continue;
        if (!open) {
            open = true;
            UncoveredSpan span;
            span.start = cal.local(t);
            span.missing = 0;
            day_end = cal.utc(span.start.date + Days{1}, 0);
            out.push_back(span);
        }
        out.back().missing = std::max(out.back().missing, int(d.need[i] - present[i]));
        out.back().minutes += d.need[i] - present[i];
    }
    return out;
}

void classify(const Calendar& cal, int64_t start, int64_t end, bool& night, bool& weekend, bool& sunday) {
    constexpr int64_t step = 15;
    int64_t night_minutes = 0, weekend_minutes = 0;
    for (int64_t t = start; t < end; t += step) {
        const LocalDateTime l = cal.local(t);
        const int64_t part = std::min(step, end - t);
        if (l.minute_of_day >= 22 * 60 || l.minute_of_day < 6 * 60) night_minutes += part;
        const Weekday w = l.date.weekday();
        if (w == Weekday::Saturday || w == Weekday::Sunday) weekend_minutes += part;
    }
    night = night_minutes >= 180;
    weekend = weekend_minutes * 2 >= end - start;
    sunday = false;
    const auto [a, b] = cal.rest_days_between(start, end);
    for (size_t k = a; k < b; ++k) {
        const int64_t overlap = std::min(end, cal.rest_days[k].end) - std::max(start, cal.rest_days[k].start);
        sunday = sunday || overlap >= 60;
    }
}

// [SECTION] Cutting runs of need into slots -------------------------------------------------
namespace {

struct Cutter {
    const Demand& d;
    const Calendar& cal;
    const Limits& l;
    std::vector<int16_t> minute_of_day;
    std::vector<int32_t> passive_sum, night_passive_sum, night_active_sum;  // prefix sums
    std::vector<int32_t> rest_joint_sum;  // prefix sums of midnights between two following Sunday/holiday periods

    Cutter(const Demand& demand, const Calendar& c, const Limits& limits)
        : d(demand), cal(c), l(limits), minute_of_day(local_minutes(c)) {
        const size_t n = d.need.size();
        passive_sum.assign(n + 1, 0);
        night_passive_sum.assign(n + 1, 0);
        night_active_sum.assign(n + 1, 0);
        for (size_t i = 0; i < n; ++i) {
            const bool night = minute_of_day[i] < 6 * 60;
            const bool passive = d.passive[i] && d.need[i] > 0;
            const bool active = !d.passive[i] && d.need[i] > 0;
            passive_sum[i + 1] = passive_sum[i] + (passive ? 1 : 0);
            night_passive_sum[i + 1] = night_passive_sum[i] + (passive && night ? 1 : 0);
            night_active_sum[i + 1] = night_active_sum[i] + (active && night ? 1 : 0);
        }
        // AML § 10-10 (4), "next_free": nobody may work two following Sunday/holiday
        // periods, so no slot may hold the midnight where two of them meet.
        rest_joint_sum.assign(n + 1, 0);
        std::vector<uint8_t> joint(n, 0);
        if (l.sunday_rest_on && !l.sunday_every_other)
            for (size_t k = 0; k + 1 < cal.rest_days.size(); ++k) {
                const int64_t t = cal.rest_days[k].end;
                if (cal.rest_days[k + 1].start == t && t > cal.p0 && t < cal.p1) joint[size_t(t - cal.p0)] = 1;
            }
        for (size_t i = 0; i < n; ++i) rest_joint_sum[i + 1] = rest_joint_sum[i] + joint[i];
    }

    // A slot's passive_night flag: its 00:00-06:00 part is passive need only.
    bool passive_piece(size_t s, size_t e) const {
        return night_passive_sum[e] - night_passive_sum[s] > 0 && night_active_sum[e] - night_active_sum[s] == 0;
    }

    // Lower is better: near 8 h (a passive night near 10 h), not mixing
    // passive and active night work, and not much active work in a passive slot.
    double piece_cost(size_t s, size_t e) const {
        const double len = double(e - s);
        const double passive = double(passive_sum[e] - passive_sum[s]);
        const double target = double(std::min<int64_t>(l.longest_slot, passive * 2 > len ? 600 : 480));
        const double dev = (len - target) / 60.0;
        double c = dev * dev;
        if (night_passive_sum[e] > night_passive_sum[s] && night_active_sum[e] > night_active_sum[s]) c += 50;
        c += 0.5 * std::min(passive, len - passive) / 60.0;
        if (rest_joint_sum[e] - rest_joint_sum[s + 1] > 0) c += 1000;  // a joint strictly inside
        return c;
    }

    // Shifts usually change at 07-08, 15-16 and 22-23.
    double cut_cost(size_t i) const {
        const int m = minute_of_day[i];
        const int hour = m / 60;
        double c = m % 60 ? 1.0 : 0.0;
        switch (hour) {
            case 7: case 8: case 15: case 16: case 22: case 23: break;
            case 6: case 9: case 12: case 14: case 17: case 21: c += 0.4; break;
            default: c += 1.2;
        }
        if (i > 0 && d.passive[i] != d.passive[i - 1]) c -= 0.5;
        return c;
    }

    // A cut must map back to the same instant (not in the repeated autumn hour).
    bool cut_allowed(size_t i) const {
        const int64_t t = cal.p0 + int64_t(i);
        return to_utc(cal.local(t), cal.zone).count == t;
    }

    // Cuts [a, b) into pieces; returns the cut points including a and b.
    std::vector<size_t> cut(size_t a, size_t b) const {
        const int64_t longest = l.longest_slot;
        const int64_t shortest = std::min<int64_t>(120, longest);
        std::vector<size_t> points{a};
        for (size_t i = a + 1; i < b; ++i) {
            const bool change = d.passive[i] != d.passive[i - 1];
            if ((minute_of_day[i] % 30 == 0 || change) && cut_allowed(i)) points.push_back(i);
        }
        points.push_back(b);
        const double inf = std::numeric_limits<double>::infinity();
        std::vector<double> best(points.size(), inf);
        std::vector<size_t> from(points.size(), 0);
        best[0] = 0;
        for (size_t k = 1; k < points.size(); ++k) {
            const bool last = k + 1 == points.size();
            for (size_t j = k; j-- > 0;) {
                const int64_t len = int64_t(points[k] - points[j]);
                if (len > longest) break;
                if (best[j] == inf) continue;
                const bool whole = j == 0 && last;
                if (len < shortest && !whole) continue;
                const double c = best[j] + piece_cost(points[j], points[k]) + (last ? 0.0 : cut_cost(points[k]));
                if (c < best[k]) {
                    best[k] = c;
                    from[k] = j;
                }
            }
        }
        std::vector<size_t> out;
        if (best.back() == inf) {  // no cut fits the grid: even pieces
            const int64_t len = int64_t(b - a);
            const int64_t n = (len + longest - 1) / longest;
            for (int64_t k = 0; k <= n; ++k) out.push_back(a + size_t(len * k / n));
            return out;
        }
        for (size_t k = points.size() - 1;; k = from[k]) {
            out.push_back(points[k]);
            if (k == 0) break;
        }
        std::reverse(out.begin(), out.end());
        return out;
    }
};

}  // namespace

std::vector<Slot> make_slots(const Demand& d, const Calendar& cal, const Limits& l) {
    const Cutter cutter(d, cal, l);
    std::vector<Slot> slots;
    const size_t n = d.need.size();
    for (int layer = 1; layer <= 2; ++layer) {
        auto wanted = [&](size_t i) { return d.need[i] > d.cover[i] && d.need[i] - d.cover[i] >= layer; };
        for (size_t i = 0; i < n;) {
            if (!wanted(i)) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < n && wanted(j)) ++j;
            const std::vector<size_t> cuts = cutter.cut(i, j);
            for (size_t k = 0; k + 1 < cuts.size(); ++k) {
                Slot s;
                s.start = cal.p0 + int64_t(cuts[k]);
                s.end = cal.p0 + int64_t(cuts[k + 1]);
                s.layer = layer;
                s.passive = cutter.passive_piece(cuts[k], cuts[k + 1]);
                const LocalDateTime ls = cal.local(s.start), le = cal.local(s.end);
                s.first_day = ls.date;
                s.last_day = le.minute_of_day == 0 ? le.date - Days{1} : le.date;
                s.weekday = ls.date.weekday();
                s.wall_start = ls.wall_minutes();
                classify(cal, s.start, s.end, s.night, s.weekend, s.sunday);
                slots.push_back(s);
            }
            i = j;
        }
    }
    std::sort(slots.begin(), slots.end(),
              [](const Slot& a, const Slot& b) { return std::tie(a.start, a.layer, a.end) < std::tie(b.start, b.layer, b.end); });
    // The same slot a week on: same layer, same wall-clock start a week later, same length.
    std::map<std::tuple<int, int64_t, int64_t>, int> by_wall;
    for (size_t i = 0; i < slots.size(); ++i)
        by_wall[{slots[i].layer, slots[i].wall_start, slots[i].length()}] = int(i);
    for (size_t i = 0; i < slots.size(); ++i) {
        auto it = by_wall.find({slots[i].layer, slots[i].wall_start + minutes_per_week, slots[i].length()});
        if (it == by_wall.end()) continue;
        slots[i].week_after = it->second;
        slots[size_t(it->second)].week_before = int(i);
    }
    return slots;
}

}  // namespace bpa::propose_detail
