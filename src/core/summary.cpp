#include "summary.h"

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

}  // namespace bpa
