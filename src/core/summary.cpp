#include "summary.h"

#include <algorithm>

#include "hours.h"
#include "leave.h"
#include "plan.h"

namespace bpa {

Summary summarize(const Document& doc, Date today, int holiday_count) {
    Summary s;
    if (const Decision* d = doc.arrangement.decision_on(today)) s.decided_hours_per_week = d->hours_per_week;
    s.assistants_total = static_cast<int>(doc.assistants.size());
    for (const auto& a : doc.assistants)
        if (a.employed_on(today)) ++s.assistants_employed;
    for (const auto& sh : doc.shifts)
        if (sh.status != ShiftStatus::Cancelled) ++s.shifts;
    s.absences = static_cast<int>(doc.absences.size());
    for (int y = today.year(); y <= today.year() + 1; ++y) {
        for (auto& h : public_holidays(doc.arrangement.jurisdiction, y)) {
            if (static_cast<int>(s.next_holidays.size()) >= holiday_count) return s;
            if (h.date >= today) s.next_holidays.push_back(std::move(h));
        }
    }
    return s;
}

Attention attention(const Document& doc, Date today, const std::vector<Violation>& violations) {
    Attention a;
    if (!doc.arrangement.decision_on(today))
        for (const auto& d : doc.arrangement.decisions)  // sorted by `from`
            if (d.from > today) {
                a.next_decision = d;
                break;
            }
    const Date monday = monday_of(today), last = monday + Days{13};
    for (const auto& v : violations)
        if (v.severity == Severity::Error && v.at.date >= monday && v.at.date <= last) ++a.errors_this_and_next_week;
    const LocalDateTime start_of_today{today, 0};
    for (const auto& o : open_shifts(doc))
        for (const auto& s : doc.shifts)
            if (s.id == o.shift && s.end > start_of_today) {
                ++a.open_shifts;
                break;
            }
    for (const auto& t : read_timesheets(doc))
        if (t.status == TimesheetStatus::Signed) ++a.timesheets_waiting;
    return a;
}

FirstSteps first_steps(const Document& doc) {
    FirstSteps f;
    f.arrangement = doc.arrangement.name.find_first_not_of(" \t") != std::string::npos;
    f.decision = !doc.arrangement.decisions.empty();
    f.assistants = !doc.assistants.empty();
    const PlanData plan = read_plan(doc);
    f.need = !plan.need.empty();
    f.plan = (plan.rotation && !plan.rotation->shifts.empty()) ||
             std::any_of(doc.shifts.begin(), doc.shifts.end(), [](const Shift& s) { return s.status != ShiftStatus::Cancelled; });
    return f;
}

}  // namespace bpa
