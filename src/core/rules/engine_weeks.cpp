// Weeks against the decision (engine_detail.h): decision_hours, flex_reserve,
// related_share.
#include "core/rules/engine_detail.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace bpa::engine_detail {

namespace {

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

}  // namespace

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
                                   {{"week", week}, {"hours", format_hours(double(t.planned))},
                                    {"decided", format_hours(decided)}}))
                for (const Work* w : t.shifts) add_shift(*v, *w->shift);
        }

        // Seed 002 § 2.6: keep 10–20 % of the decision outside the plan. A week
        // already over the decision is reported by decision_hours alone.
        const double reserve = decided * reserve_percent / 100.0;
        if (!over_decision && decided > 0 && double(t.planned) > decided - reserve + epsilon) {
            if (Violation* v = add(c, "flex_reserve", nullptr, at, at_utc,
                                   {{"week", week}, {"hours", format_hours(double(t.planned))},
                                    {"decided", format_hours(decided)},
                                    {"reserve", format_hours(decided - double(t.planned))},
                                    {"minimum", format_hours(reserve)}, {"percent", format_number(reserve_percent)}}))
                for (const Work* w : t.shifts) add_shift(*v, *w->shift);
        }

        // Seed 002 § 2.3: related persons at most 20 % of the decision.
        const double related_limit = decided * related_percent / 100.0;
        if (t.related > 0 && decided > 0 && double(t.related) > related_limit + epsilon) {
            const std::string who = t.related_people.size() == 1 ? *t.related_people.begin() : std::string();
            const Assistant* a = who.empty() ? nullptr : c.doc.find_assistant(who);
            if (Violation* v = add(c, "related_share", a, at, at_utc,
                                   {{"week", week}, {"hours", format_hours(double(t.related))},
                                    {"decided", format_hours(decided)}, {"limit", format_hours(related_limit)},
                                    {"percent", format_number(related_percent)}}))
                for (const Work* w : t.related_shifts) add_shift(*v, *w->shift);
        }
    }
}

}  // namespace bpa::engine_detail
