// Absence and the plan (leave.h): the open shifts an absence leaves, the
// substitutes who could take one without a new error, and assigning one.
#include "core/leave.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/command.h"
#include "core/leave_detail.h"
#include "core/rules/rules.h"

namespace bpa {

using namespace leave_detail;

// [SECTION] Absence and the plan ---------------------------------------------------------------
std::vector<OpenShift> open_shifts(const Document& doc, const Absence& absence) {
    std::vector<OpenShift> out;
    if (!absence_active(absence)) return out;
    for (const auto& s : doc.shifts) {
        if (s.assistant != absence.assistant || s.status != ShiftStatus::Planned) continue;
        if (first_day(s) <= absence.to && last_day_of(s) >= absence.from) out.push_back({s.id, absence.id});
    }
    return out;
}

std::vector<OpenShift> open_shifts(const Document& doc) {
    std::map<std::string, std::vector<const Absence*>, std::less<>> by_assistant;
    for (const auto& ab : doc.absences)
        if (absence_active(ab)) by_assistant[ab.assistant].push_back(&ab);
    for (auto& [id, list] : by_assistant)
        std::stable_sort(list.begin(), list.end(), [](const Absence* x, const Absence* y) { return x->from < y->from; });
    std::vector<OpenShift> out;
    for (const auto& s : doc.shifts) {
        if (s.status != ShiftStatus::Planned) continue;
        auto it = by_assistant.find(s.assistant);
        if (it == by_assistant.end()) continue;
        for (const Absence* ab : it->second) {
            if (first_day(s) <= ab->to && last_day_of(s) >= ab->from) {
                out.push_back({s.id, ab->id});
                break;
            }
        }
    }
    return out;
}

namespace {

// A violation as a comparable value: the same rule at the same place with the
// same shifts and numbers is the same problem.
using ViolationKey = std::tuple<std::string, int, int64_t, std::vector<std::string>, std::string,
                                std::map<std::string, std::string>>;
ViolationKey key_of(const Violation& v) {
    return {v.rule, int(v.severity), v.at.wall_minutes(), v.shifts, v.variant, v.args};
}

// Violations for one assistant, as a multiset of keys.
std::multiset<ViolationKey> violations_for(const Document& doc, std::string_view assistant) {
    std::multiset<ViolationKey> out;
    for (const auto& v : check(doc))
        if (v.assistant == assistant) out.insert(key_of(v));
    return out;
}

int employment_rank(Employment e) {
    switch (e) {
    case Employment::Fast: return 0;
    case Employment::Vikar: return 1;
    case Employment::Tilkalling: return 2;
    }
    return 3;
}

// The days around a shift whose shifts can change what check() says about it.
std::pair<Date, Date> check_window(const Document& doc, const Shift& s) {
    constexpr int margin = 8;  // the 7-day windows (weekly rest and hours) and the 24-hour ones, with a day to spare
    Date lo = first_day(s) - Days{margin}, hi = last_day_of(s) + Days{margin};
    const Jurisdiction j = doc.arrangement.jurisdiction;
    const RuleParams params = resolve_params(doc.arrangement);
    if (find_rule(j, "average_weekly_hours")) {
        // DK: fixed reference periods from 1 January (rules/engine_windows.cpp): include the whole period(s).
        const int months = int(std::clamp<long long>(std::llround(params.number("average_period_months")), 1, 12));
        auto period_start = [&](Date d) { return ymd(d.year(), ((d.month() - 1) / months) * months + 1, 1); };
        lo = std::min(lo, period_start(first_day(s)));
        const Date ps = period_start(last_day_of(s));
        hi = std::max(hi, std::min(add_months(ps, months), year_first(ps.year() + 1)) - Days{1});
    }
    if (find_rule(j, "sunday_rest") && params.text("sunday_rule") == "every_other") {
        lo = lo - Days{26 * 7 + 1};  // 26 weeks of Sundays and holidays, AML § 10-10 (4)
        hi = hi + Days{26 * 7 + 1};
    }
    return {lo, hi};
}

}  // namespace

std::vector<SubstituteSuggestion> suggest_substitutes(const Document& doc, std::string_view shift_id) {
    std::vector<SubstituteSuggestion> out;
    const Shift* shift = nullptr;
    for (const auto& s : doc.shifts)
        if (s.id == shift_id) shift = &s;
    if (!shift || shift->status == ShiftStatus::Cancelled) return out;
    const Shift& s = *shift;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const Date first = first_day(s), last = last_day_of(s);
    const auto [lo, hi] = check_window(doc, s);
    const UtcMinutes s_start = to_utc(s.start, z), s_end = to_utc(s.end, z);
    const Date monday = iso_week_monday(s.start.date.iso_week());
    const std::string new_id = doc.next_id("s");

    std::map<std::string, std::vector<const Shift*>, std::less<>> shifts_of;
    for (const auto& t : doc.shifts)
        if (t.status != ShiftStatus::Cancelled) shifts_of[t.assistant].push_back(&t);

    std::set<std::string, std::less<>> seen;
    std::vector<std::pair<size_t, SubstituteSuggestion>> ranked;  // document order, suggestion
    for (size_t i = 0; i < doc.assistants.size(); ++i) {
        const Assistant& c = doc.assistants[i];
        if (c.id == s.assistant || !seen.insert(c.id).second) continue;
        bool available = true;
        for (Date d = first; d <= last && available; d += Days{1}) available = c.employed_on(d);
        for (const auto& ab : doc.absences)
            if (ab.assistant == c.id && absence_active(ab) && ab.from <= last && ab.to >= first) available = false;
        if (!available) continue;

        Document reduced;
        reduced.arrangement = doc.arrangement;
        reduced.assistants.push_back(c);
        for (const auto& ab : doc.absences)
            if (ab.assistant == c.id) reduced.absences.push_back(ab);
        SubstituteSuggestion sug;
        sug.assistant = c.id;
        sug.employment = c.employment;
        bool overlaps = false;
        if (auto it = shifts_of.find(c.id); it != shifts_of.end()) {
            for (const Shift* t : it->second) {
                if (to_utc(t->start, z) < s_end && s_start < to_utc(t->end, z)) overlaps = true;
                sug.week_hours += hours_inside(*t, monday, monday + Days{7}, z);
                if (first_day(*t) <= hi && last_day_of(*t) >= lo) reduced.shifts.push_back(*t);
            }
        }
        if (overlaps) continue;
        sug.week_hours = round2(sug.week_hours);

        const std::multiset<ViolationKey> before = violations_for(reduced, c.id);
        Shift moved = s;
        moved.id = new_id;
        moved.assistant = c.id;
        moved.status = ShiftStatus::Planned;
        moved.extra = Json{{"origin", "substitute"}, {"replaces", s.id}};
        reduced.shifts.push_back(std::move(moved));
        bool new_error = false;
        std::multiset<ViolationKey> remaining = before;
        for (const auto& v : check(reduced)) {
            if (v.assistant != c.id) continue;
            auto it = remaining.find(key_of(v));
            if (it != remaining.end()) {
                remaining.erase(it);
                continue;
            }
            if (v.severity == Severity::Error) {
                new_error = true;
                break;
            }
            ++sug.new_warnings;
            sug.warning_rules.push_back(v.rule);
        }
        if (new_error) continue;
        ranked.emplace_back(i, std::move(sug));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
        return std::make_tuple(x.second.new_warnings, x.second.week_hours, employment_rank(x.second.employment), x.first) <
               std::make_tuple(y.second.new_warnings, y.second.week_hours, employment_rank(y.second.employment), y.first);
    });
    for (auto& [i, sug] : ranked) out.push_back(std::move(sug));
    return out;
}

std::optional<std::string> assign_substitute(Document& doc, std::string_view shift_id, std::string_view assistant) {
    auto it = std::find_if(doc.shifts.begin(), doc.shifts.end(), [&](const Shift& s) { return s.id == shift_id; });
    if (it == doc.shifts.end() || it->status != ShiftStatus::Planned) return std::nullopt;
    if (!doc.find_assistant(assistant) || it->assistant == assistant) return std::nullopt;
    Shift replacement = *it;
    replacement.id = doc.next_id("s");
    replacement.assistant = std::string(assistant);
    replacement.status = ShiftStatus::Planned;
    replacement.extra = Json{{"origin", "substitute"}, {"replaces", it->id}};
    it->status = ShiftStatus::Cancelled;
    it->extra["not_worked_reason"] = "assistant_absent";
    std::string id = replacement.id;
    doc.shifts.insert(it + 1, std::move(replacement));
    return id;
}

}  // namespace bpa
