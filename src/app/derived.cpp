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

Outcome App::run(const std::string& label, const Command& command, double now, uint64_t merge_key) {
    Outcome o = session.run(label, command, merge_key);
    if (!o.ok()) notify(Notice::Kind::Error, i18n.fmt("form.not_saved", {{"problem", i18n.tr(refusal_key(o.refusal))}}), now);
    return o;
}

}  // namespace bpa
