// Leave rules (leave.h): what every leave rule counts with: runs of absences,
// the 12 months before a day, birthdays. Each rule has its own file
// (leave_egenmelding.cpp, leave_child_sick.cpp, leave_dk_sickness.cpp,
// leave_vacation.cpp, leave_substitutes.cpp, leave_notice.cpp); every function
// is a pure function of the document and the day asked about.
#include "core/leave.h"

#include <algorithm>
#include <tuple>

#include "core/leave_detail.h"

namespace bpa {

using namespace leave_detail;

namespace {

bool has_type(const std::vector<AbsenceType>& types, AbsenceType t) {
    return std::find(types.begin(), types.end(), t) != types.end();
}

}  // namespace

std::vector<AbsenceRun> absence_runs(const Document& doc, std::string_view assistant,
                                     const std::vector<AbsenceType>& types) {
    std::vector<const Absence*> list;
    for (const auto& ab : doc.absences)
        if (ab.assistant == assistant && has_type(types, ab.type) && !(ab.to < ab.from)) list.push_back(&ab);
    std::stable_sort(list.begin(), list.end(), [](const Absence* x, const Absence* y) {
        return std::tie(x->from, x->to) < std::tie(y->from, y->to);
    });
    std::vector<AbsenceRun> runs;
    for (const Absence* ab : list) {
        if (!runs.empty() && ab->from <= runs.back().to + Days{1}) {
            runs.back().to = std::max(runs.back().to, ab->to);
            runs.back().absences.push_back(ab->id);
        } else {
            runs.push_back(AbsenceRun{ab->from, ab->to, {ab->id}});
        }
    }
    return runs;
}

Date twelve_months_from(Date day) { return add_months(day, -12) + Days{1}; }

}  // namespace bpa
