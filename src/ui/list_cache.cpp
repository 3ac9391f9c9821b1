#include "ui/list_cache.h"

#include <algorithm>

namespace bpa::ui {

const ViolationList& violation_list(Ui& ui) {
    static ViolationList list;
    static uint64_t revision = 0;
    static Language language = Language::Nb;
    static Jurisdiction jurisdiction = Jurisdiction::NO;
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const auto& all = app.violations();
    if (revision == app.session.revision() && language == app.settings.language &&
        jurisdiction == doc.arrangement.jurisdiction)
        return list;
    revision = app.session.revision();
    language = app.settings.language;
    jurisdiction = doc.arrangement.jurisdiction;

    list = {};
    list.total = all.size();
    for (const auto& v : all) list.errors += v.severity == Severity::Error;
    std::string lang = to_string(language);
    const RuleParams params = resolve_params(doc.arrangement);
    for (const RuleInfo& rule : rule_catalog(jurisdiction)) {
        ViolationList::Rule r{&rule};
        size_t count = 0;
        for (const auto& v : all) {
            if (v.rule != rule.id) continue;
            ++count;
            auto p = std::find_if(r.people.begin(), r.people.end(), [&](auto& x) { return x.assistant == v.assistant; });
            if (p == r.people.end()) {
                const Assistant* a = doc.find_assistant(v.assistant);
                r.people.push_back({v.assistant, a ? a->name : std::string(ui.tr("plan.whole_arrangement")), {}});
                p = r.people.end() - 1;
            }
            std::string id = "violation." + rule.id + "." + v.assistant + "." + std::to_string(p->lines.size());
            p->lines.push_back({&v, v.at.str().replace(10, 1, " ") + "  " + violation_message(v, jurisdiction, lang), id});
        }
        if (count == 0) continue;
        r.title = std::string(rule.severity == Severity::Error ? "✗" : "!") + " " + rule.title.in(lang) + " (" +
                  std::to_string(count) + ")";
        r.explanation = rule_explanation(rule, params, lang);
        r.source = std::string(ui.tr("plan.source")) + " " + rule.source;
        list.rules.push_back(std::move(r));
    }
    return list;
}

}  // namespace bpa::ui
