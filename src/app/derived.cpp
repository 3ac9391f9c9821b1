// Derived results of the open document, cached by revision.
#include "app/app_state.h"

namespace bpa {

const PlanData& App::plan() {
    if (derived_.plan_revision != session.revision()) {
        derived_.plan = read_plan(session.doc());
        derived_.plan_revision = session.revision();
    }
    return derived_.plan;
}

const std::vector<Violation>& App::violations() {
    if (derived_.check_revision != session.revision()) {
        derived_.violations = check(session.doc());
        derived_.marks.clear();
        for (const auto& v : derived_.violations) {
            for (const auto& id : v.shifts) {
                auto it = derived_.marks.find(id);
                if (it == derived_.marks.end()) derived_.marks.emplace(id, v.severity);
                else if (v.severity == Severity::Error) it->second = Severity::Error;
            }
        }
        derived_.check_revision = session.revision();
    }
    return derived_.violations;
}

const std::map<std::string, Severity, std::less<>>& App::shift_marks() {
    violations();
    return derived_.marks;
}

void App::edit_plan(const std::string& label, const std::function<void(PlanData&)>& change, uint64_t merge_key) {
    PlanData p = plan();
    change(p);
    session.apply(label, [&](Document& d) { write_plan(d, p); }, merge_key);
}

}  // namespace bpa
