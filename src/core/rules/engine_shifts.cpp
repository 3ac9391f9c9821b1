// Rules over single shifts and working stretches (engine_detail.h).
//
// [SECTION] Working stretches (break, short_shift, shift_24h)
// [SECTION] Single shifts (under_18, overlap, shift_length, outside_employment, during_absence)
#include "core/rules/engine_detail.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/command.h"

namespace bpa::engine_detail {

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
        bool cut = false;  // holds a shift over the maximum: shift_length reports it, with its real length
        for (size_t k = b.first; k < b.last; ++k) {
            breaks += std::max(0, p.work[k].shift->break_minutes);
            cut = cut || p.work[k].cut > 0;
        }
        auto report = [&](std::string_view rule, Args args, std::string variant = "") {
            Violation* v = add(c, rule, p.assistant, first.start, b.start, std::move(args), std::move(variant));
            if (v)
                for (size_t k = b.first; k < b.last; ++k) add_shift(*v, *p.work[k].shift);
        };

        // AML § 10-9 (1): a break when the day exceeds 5.5 h, 30 min in total at 8 h.
        // Arbejdstidsloven § 3: a break when the day exceeds 6 h.
        if (!no_break_rule && !cut) {
            Args a = at_args(first.start);
            a["hours"] = format_hours(double(length));
            a["break"] = std::to_string(breaks);
            if (has_long_day && length >= long_day && breaks < long_day_break) {
                a["long_day"] = format_hours(double(long_day));
                a["minutes"] = std::to_string(long_day_break);
                report("break", std::move(a), "long_day");
            } else if (length > after && breaks == 0) {
                a["after"] = format_hours(double(after));
                report("break", std::move(a));
            }
        }

        // Seed 002 § 2.5: a shift should not be shorter than 2 h (guidance).
        if (length < short_shift) {
            Args a = at_args(first.start);
            a["hours"] = format_hours(double(length));
            a["limit"] = format_hours(double(short_shift));
            report("short_shift", std::move(a));
        }

        // Seed 003 § 4.3: no 24-hour shifts, unless the collective agreement applies.
        if (length >= minutes_per_day && !allow_24h && !cut) {
            Args a = at_args(first.start);
            a["hours"] = format_hours(double(length));
            report("shift_24h", std::move(a));
        }
    }
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
                args["overlap"] = format_hours(double(std::min(x->end, w.end) - w.start));
                if (Violation* v = add(c, "overlap", &a, w.shift->start, w.start, std::move(args))) {
                    add_shift(*v, *x->shift);
                    add_shift(*v, *w.shift);
                }
            }
            active.push_back(&w);
        }
    }

    // A shift longer than any command makes (a file's, often a mistyped date):
    // reported once with its real length; the other rules saw its first 48 hours.
    if (c.has("shift_length")) {
        for (const Work& w : p.work) {
            if (w.cut == 0) continue;
            Args args = at_args(w.shift->start);
            args["hours"] = format_hours(double(w.end - w.start + w.cut));
            args["end"] = format_date(w.shift->end.date);
            args["limit"] = std::to_string(max_shift_minutes / minutes_per_hour);
            if (Violation* v = add(c, "shift_length", &a, w.shift->start, w.start, std::move(args))) add_shift(*v, *w.shift);
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

}  // namespace bpa::engine_detail
