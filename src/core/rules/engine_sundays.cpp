// The Sunday and holiday rule (engine_detail.h; NO: AML § 10-10).
#include "core/rules/engine_detail.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/holidays.h"

namespace bpa::engine_detail {

namespace {

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

}  // namespace

// [SECTION] Sundays and public holidays (NO) --------------------------------------------------
// AML § 10-10 (1): the Sunday/holiday period runs from 18:00 the evening before
// to 22:00 on the day (RULES.md). Where holidays follow each other (Easter
// Sunday and Monday, 25 and 26 December) their periods are split at midnight,
// so that each day is its own "søn- og helgedagsdøgn" and one shift on the
// evening between them is not counted twice. (4): after work on such a day the
// next one is free; by written agreement instead every other one on average
// over 26 weeks.
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

}  // namespace bpa::engine_detail
