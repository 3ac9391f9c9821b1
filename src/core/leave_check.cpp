// An absence before it is saved (leave.h): the findings it would add, and the
// type to register instead.
#include "core/leave.h"

#include <algorithm>
#include <vector>

namespace bpa {

namespace {

// The leave findings of one assistant in the years from..to touch.
std::vector<LeaveFinding> findings_of(const Document& doc, const Assistant& a, int first_year, int last_year) {
    std::vector<LeaveFinding> out;
    if (doc.arrangement.jurisdiction == Jurisdiction::NO) out = egenmelding_findings(doc, a);
    for (int y = first_year; y <= last_year; ++y) {
        for (auto& f : child_sick_findings(doc, a, y)) out.push_back(std::move(f));
        for (auto& f : vacation_findings(doc, a, y)) out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

AbsenceConsequences absence_consequences(const Document& doc, const Absence& absence) {
    AbsenceConsequences out;
    const Assistant* who = doc.find_assistant(absence.assistant);
    if (!who || absence.to < absence.from) return out;
    // Only the assistant's own absences count for their findings.
    Document reduced;
    reduced.arrangement = doc.arrangement;
    reduced.assistants.push_back(*who);
    for (const auto& ab : doc.absences)
        if (ab.assistant == who->id) reduced.absences.push_back(ab);
    const int y0 = absence.from.year(), y1 = std::min(absence.to.year(), y0 + 1);  // a longer one: its first two years
    std::vector<LeaveFinding> before = findings_of(reduced, *who, y0, y1);
    Absence added = absence;
    added.id = doc.next_id("f");
    if (!added.extra.is_object()) added.extra = Json::object();
    reduced.absences.push_back(added);
    for (auto& f : findings_of(reduced, *who, y0, y1)) {
        auto it = std::find(before.begin(), before.end(), f);
        if (it != before.end()) {
            before.erase(it);
            continue;
        }
        if (absence.type == AbsenceType::Egenmelding && f.code.rfind("egenmelding_", 0) == 0)
            out.instead = AbsenceType::Sykemelding;
        out.findings.push_back(std::move(f));
    }
    return out;
}

}  // namespace bpa
