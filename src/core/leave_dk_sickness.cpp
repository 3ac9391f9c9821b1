// Sickness in Denmark (leave.h): each case with its conversation date and
// whether the employer pays (seed 003 § 11.4, § 11.7).
#include "core/leave.h"

#include <utility>
#include <vector>

#include "core/command.h"
#include "core/leave_detail.h"

namespace bpa {

using namespace leave_detail;

// [SECTION] Sickness (DK) ------------------------------------------------------------------
std::vector<DkSickCase> dk_sick_cases(const Document& doc, const Assistant& a) {
    std::vector<DkSickCase> out;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    for (auto& r : absence_runs(doc, a.id, {AbsenceType::Egenmelding, AbsenceType::Sykemelding})) {
        DkSickCase c;
        c.from = r.from;
        c.to = r.to;
        c.absences = std::move(r.absences);
        c.conversation_due = r.from + Days{dk_sick_conversation_days};  // seed 003 § 11.4
        const Date window_from = r.from - Days{dk_sick_pay_weeks * 7};
        c.employed_8_weeks = a.employed_from <= window_from;
        for (const auto& s : doc.shifts)
            if (s.assistant == a.id && s.status != ShiftStatus::Cancelled)
                c.hours_8_weeks += hours_inside(s, window_from, r.from, z);
        c.hours_8_weeks = round2(c.hours_8_weeks);
        c.employer_pays = c.employed_8_weeks && c.hours_8_weeks >= dk_sick_pay_hours;  // seed 003 § 11.7
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace bpa
