// Hours and coverage computed from the shifts (plan.h).
//
// [SECTION] Hours
// [SECTION] Coverage
#include "plan.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "plan_detail.h"
#include "rules/rules.h"

namespace bpa {

using namespace plan_detail;

namespace {

bool counts(const Shift& s) { return s.status != ShiftStatus::Cancelled; }

}  // namespace

// [SECTION] Hours -------------------------------------------------------------------------
Minutes minutes_on_day(const Shift& s, Date d, Zone z) {
    const int64_t day_from = to_utc(LocalDateTime{d, 0}, z).count;  // midnight always exists
    const int64_t day_to = to_utc(LocalDateTime{d + Days{1}, 0}, z).count;
    return {overlap(utc_span(s, z), day_from, day_to)};
}

ContractHoursCheck contract_hours_check(const Document& doc, const Assistant& a, Date monday, int weeks) {
    ContractHoursCheck out;
    out.assistant = a.id;
    out.contract = a.contract_hours_per_week;
    if (out.contract <= 0) return out;
    Minutes total;
    for (int w = 0; w < weeks; ++w) {
        const Date from = monday + Days{7 * w}, to = from + Days{6};
        if (!a.employed_on(from) || !a.employed_on(to)) continue;  // a part week says nothing
        for (const auto& h : hours_between(doc, from, to, 1.0).assistants)
            if (h.assistant == a.id) total += h.clock;
        ++out.weeks;
    }
    if (out.weeks == 0) return out;
    out.planned = total.hours() / out.weeks;
    const double diff = out.planned - out.contract;
    out.verdict = diff >= contract_hours_tolerance    ? ContractHoursCheck::Verdict::Over
                  : -diff >= contract_hours_tolerance ? ContractHoursCheck::Verdict::Under
                                                      : ContractHoursCheck::Verdict::Matches;
    return out;
}

HoursResult hours_between(const Document& doc, Date from, Date to, double passive_factor) {
    HoursResult out;
    std::unordered_map<std::string_view, size_t> index;
    out.assistants.reserve(doc.assistants.size());
    for (const auto& a : doc.assistants) {
        index.emplace(a.id, out.assistants.size());
        out.assistants.push_back(AssistantHours{a.id, {}, 0});
    }
    if (to < from) return out;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const int64_t range_from = to_utc(LocalDateTime{from, 0}, z).count;
    const int64_t range_to = to_utc(LocalDateTime{to + Days{1}, 0}, z).count;
    std::vector<int64_t> passive(out.assistants.size(), 0);  // passive minutes per assistant

    for (const auto& s : doc.shifts) {
        if (!counts(s) || s.end.date < from || to < s.start.date) continue;
        auto it = index.find(s.assistant);
        if (it == index.end()) continue;
        const Span span = utc_span(s, z);
        const int64_t clock = overlap(span, range_from, range_to);
        if (clock <= 0) continue;
        out.assistants[it->second].clock += Minutes{clock};
        if (!s.passive_night) continue;
        // Passive night work 00:00-06:00 local (seed 002 § 3.3.2), on each day of the range the shift touches.
        for (Date d = std::max(s.start.date, from); d <= std::min(s.end.date, to); d += Days{1}) {
            const int64_t night_from = to_utc(LocalDateTime{d, 0}, z).count;
            const int64_t night_to = to_utc(LocalDateTime{d, 6 * 60}, z).count;
            passive[it->second] += overlap(span, night_from, night_to);
        }
    }
    int64_t total_passive = 0;
    for (size_t i = 0; i < out.assistants.size(); ++i) {
        auto& a = out.assistants[i];
        a.paid_hours = (double(a.clock.count) - double(passive[i]) * (1.0 - passive_factor)) / 60.0;
        out.clock += a.clock;
        total_passive += passive[i];
    }
    out.paid_hours = (double(out.clock.count) - double(total_passive) * (1.0 - passive_factor)) / 60.0;
    return out;
}

double passive_factor_of(const Arrangement& a, Problems* problems) {
    // NO: passive night work is paid 20 minutes per hour (seed 002 § 3.3.2,
    // Hovedtariffavtalen ch. 4); DK pays it in full. Defaults and range: the catalog.
    return rule_number(a, "passive_factor", problems).value_or(1.0);
}

// [SECTION] Coverage --------------------------------------------------------------------------
Coverage coverage(const Document& doc, const std::vector<NeedBlock>& need, Date from, Date to) {
    Coverage out;
    if (to < from) return out;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const int32_t n_days = (to - from).count + 1;

    // Day edges in UTC minutes: day i is [edge[i], edge[i + 1]), 1380..1500 minutes long.
    std::vector<int64_t> edge(size_t(n_days) + 1);
    for (int32_t i = 0; i <= n_days; ++i) edge[size_t(i)] = to_utc(LocalDateTime{from + Days{i}, 0}, z).count;

    // Shift starts and ends inside the range, in time order; a shift already
    // running at the range's start counts from there.
    struct Event {
        int64_t at;
        int delta;  // +1 start, -1 end
        bool operator<(const Event& o) const { return at < o.at; }
    };
    std::vector<Event> events;
    for (const auto& s : doc.shifts) {
        if (!counts(s) || s.end.date < from || to + Days{1} < s.start.date) continue;
        Span span = utc_span(s, z);
        span.from = std::max(span.from, edge.front());
        span.to = std::min(span.to, edge.back());
        if (span.to <= span.from) continue;
        events.push_back({span.from, +1});
        events.push_back({span.to, -1});
    }
    std::sort(events.begin(), events.end());

    std::vector<const NeedBlock*> blocks_on[8];  // by ISO weekday 1..7
    for (const auto& b : need) {
        const int wd = static_cast<int>(b.weekday);
        if (wd >= 1 && wd <= 7 && b.assistants > 0) blocks_on[wd].push_back(&b);
    }

    std::vector<int> need_at;     // assistants needed, per minute of the day
    std::vector<int> change_at;   // change of present assistants at each minute of the day
    size_t next_event = 0;
    int present_carry = 0;        // assistants present at the start of the day
    out.days.reserve(size_t(n_days));

    for (int32_t i = 0; i < n_days; ++i) {
        const Date d = from + Days{i};
        const int64_t day_from = edge[size_t(i)], day_to = edge[size_t(i) + 1];
        const size_t len = size_t(day_to - day_from);  // 1380..1500
        need_at.assign(len, 0);
        change_at.assign(len, 0);

        // Blocks starting the day before (reaching past midnight) and on the day.
        for (Date start_day : {d - Days{1}, d}) {
            for (const NeedBlock* b : blocks_on[static_cast<int>(start_day.weekday())]) {
                auto [start, end] = local_span(start_day, b->from, b->to);
                const int64_t f = std::max(to_utc(start, z).count, day_from);
                const int64_t t = std::min(to_utc(end, z).count, day_to);
                for (int64_t m = f; m < t; ++m) {
                    int& n = need_at[size_t(m - day_from)];
                    n = std::max(n, b->assistants);  // overlapping blocks: the larger count
                }
            }
        }
        for (; next_event < events.size() && events[next_event].at < day_to; ++next_event)
            change_at[size_t(events[next_event].at - day_from)] += events[next_event].delta;

        CoverageDay day;
        day.date = d;
        int present = present_carry;
        std::optional<CoverageGap> gap;
        int64_t gap_from = 0;
        auto close_gap = [&](int64_t at) {
            if (!gap) return;
            gap->from = to_local(UtcMinutes{gap_from}, z);
            gap->to = to_local(UtcMinutes{at}, z);
            day.gaps.push_back(*gap);
            gap.reset();
        };
        for (size_t m = 0; m < len; ++m) {
            present += change_at[m];
            day.planned.count += present;
            const int needed = need_at[m];
            if (needed == 0 || present >= needed) {
                close_gap(day_from + int64_t(m));
                day.needed.count += needed;
                continue;
            }
            day.needed.count += needed;
            day.missing.count += needed - present;
            if (present == 0)
                ++day.uncovered.count;
            else
                ++day.understaffed.count;
            if (gap && (gap->needed != needed || gap->present != present)) close_gap(day_from + int64_t(m));
            if (!gap) {
                gap = CoverageGap{{}, {}, needed, present};
                gap_from = day_from + int64_t(m);
            }
        }
        close_gap(day_to);
        present_carry = present;
        out.days.push_back(std::move(day));
    }

    // ISO weeks, cut at the range's edges.
    for (const CoverageDay& day : out.days) {
        const IsoWeek w = day.date.iso_week();
        if (out.weeks.empty() || out.weeks.back().week != w) {
            CoverageWeek cw;
            cw.week = w;
            cw.from = day.date;
            out.weeks.push_back(cw);
        }
        CoverageWeek& cw = out.weeks.back();
        cw.to = day.date;
        cw.planned += day.planned;
        if (const Decision* dec = doc.arrangement.decision_on(day.date)) cw.decided_hours += dec->hours_per_week / 7.0;
    }
    for (CoverageWeek& cw : out.weeks) {
        cw.reserve_hours = cw.decided_hours - cw.planned.hours();
        cw.reserve_percent = cw.decided_hours > 0 ? cw.reserve_hours / cw.decided_hours * 100.0 : 0.0;
    }
    return out;
}

}  // namespace bpa
