// Absence and the plan (leave.h): the open shifts an absence leaves, every
// assistant who might take one with what stops them, and assigning one.
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

namespace {

// What the shift breaks on its own: checked with nobody else's shifts, for an
// adult employed on its days.
std::vector<Violation> errors_of_shift_alone(const Document& doc, const Shift& s) {
    Document alone;
    alone.arrangement = doc.arrangement;
    Assistant probe;
    probe.id = s.assistant;
    probe.name = s.assistant;
    probe.employed_from = first_day(s);
    alone.assistants.push_back(probe);
    Shift t = s;
    t.status = ShiftStatus::Planned;
    alone.shifts.push_back(t);
    std::vector<Violation> out;
    for (auto& v : check(alone))
        if (v.severity == Severity::Error) out.push_back(std::move(v));
    return out;
}

// 0 can take it, 1 rules stop them, 2 absent, 3 not employed.
int blocked_rank(const SubstituteCandidate& c) {
    if (c.can_take) return 0;
    if (c.reasons.empty()) return 1;
    const std::string& code = c.reasons.front().code;
    return code == "not_employed" ? 3 : code == "absent" ? 2 : 1;
}

}  // namespace

SubstituteSearch find_substitutes(const Document& doc, std::string_view shift_id) {
    SubstituteSearch out;
    const Shift* shift = nullptr;
    for (const auto& s : doc.shifts)
        if (s.id == shift_id) shift = &s;
    if (!shift || shift->status == ShiftStatus::Cancelled) return out;
    const Shift& s = *shift;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const Date first = first_day(s), last = last_day_of(s);
    const auto [lo, hi] = check_window(doc, s);
    const Date monday = iso_week_monday(s.start.date.iso_week());
    const std::string new_id = doc.next_id("s");
    out.shift_errors = errors_of_shift_alone(doc, s);

    std::map<std::string, std::vector<const Shift*>, std::less<>> shifts_of;
    for (const auto& t : doc.shifts)
        if (t.status != ShiftStatus::Cancelled) shifts_of[t.assistant].push_back(&t);

    std::set<std::string, std::less<>> seen;
    std::vector<std::pair<size_t, SubstituteCandidate>> ranked;  // document order, candidate
    for (size_t i = 0; i < doc.assistants.size(); ++i) {
        const Assistant& c = doc.assistants[i];
        if (c.id == s.assistant || !seen.insert(c.id).second) continue;
        SubstituteCandidate cand;
        cand.assistant = c.id;
        cand.employment = c.employment;
        for (Date d = first; d <= last; d += Days{1}) {
            if (c.employed_on(d)) continue;
            cand.reasons.push_back({"not_employed", true, "", std::nullopt, ""});
            break;
        }
        if (cand.reasons.empty()) {
            for (const auto& ab : doc.absences) {
                if (ab.assistant != c.id || !absence_active(ab) || ab.from > last || ab.to < first) continue;
                cand.reasons.push_back({"absent", true, ab.id, std::nullopt, ""});
                break;
            }
        }

        Document reduced;
        reduced.arrangement = doc.arrangement;
        reduced.assistants.push_back(c);
        for (const auto& ab : doc.absences)
            if (ab.assistant == c.id) reduced.absences.push_back(ab);
        if (auto it = shifts_of.find(c.id); it != shifts_of.end()) {
            for (const Shift* t : it->second) {
                cand.week_hours += hours_inside(*t, monday, monday + Days{7}, z);
                if (first_day(*t) <= hi && last_day_of(*t) >= lo) reduced.shifts.push_back(*t);
            }
        }
        cand.week_hours = round2(cand.week_hours);

        if (cand.reasons.empty()) {
            std::multiset<ViolationKey> remaining = violations_for(reduced, c.id);
            Shift moved = s;
            moved.id = new_id;
            moved.assistant = c.id;
            moved.status = ShiftStatus::Planned;
            moved.extra = Json{{"origin", "substitute"}, {"replaces", s.id}};
            reduced.shifts.push_back(std::move(moved));
            for (auto& v : check(reduced)) {
                if (v.assistant != c.id) continue;
                if (auto it = remaining.find(key_of(v)); it != remaining.end()) {
                    remaining.erase(it);
                    continue;
                }
                SubstituteReason r{"rule", v.severity == Severity::Error, "", std::nullopt, ""};
                std::vector<const Shift*> others;
                for (const auto& id : v.shifts)
                    for (const auto& t : reduced.shifts)
                        if (t.id == id && t.id != new_id) others.push_back(&t);
                if (others.size() == 1)
                    r.side = to_utc(others.front()->start, z) < to_utc(s.start, z) ? "before" : "after";
                r.violation = std::move(v);
                cand.reasons.push_back(std::move(r));
            }
        }
        std::stable_partition(cand.reasons.begin(), cand.reasons.end(), [](const SubstituteReason& r) { return r.error; });
        for (const auto& r : cand.reasons) (r.error ? cand.errors : cand.warnings) += 1;
        cand.can_take = cand.errors == 0;
        ranked.emplace_back(i, std::move(cand));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
        const SubstituteCandidate &a = x.second, &b = y.second;
        return std::make_tuple(blocked_rank(a), a.errors, a.warnings, a.week_hours, employment_rank(a.employment), x.first) <
               std::make_tuple(blocked_rank(b), b.errors, b.warnings, b.week_hours, employment_rank(b.employment), y.first);
    });
    for (auto& [i, cand] : ranked) out.candidates.push_back(std::move(cand));
    return out;
}

std::vector<SubstituteSuggestion> suggestions_of(const SubstituteSearch& search) {
    std::vector<SubstituteSuggestion> out;
    for (const auto& c : search.candidates) {
        if (!c.can_take) continue;
        SubstituteSuggestion sug;
        sug.assistant = c.assistant;
        sug.new_warnings = c.warnings;
        for (const auto& r : c.reasons)
            if (r.violation) sug.warning_rules.push_back(r.violation->rule);
        sug.week_hours = c.week_hours;
        sug.employment = c.employment;
        out.push_back(std::move(sug));
    }
    return out;
}

std::vector<SubstituteSuggestion> suggest_substitutes(const Document& doc, std::string_view shift_id) {
    return suggestions_of(find_substitutes(doc, shift_id));
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
