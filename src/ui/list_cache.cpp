#include "ui/list_cache.h"

#include <algorithm>

namespace bpa::ui {

const ViolationList& violation_list(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const auto& all = app.violations();
    if (ui.violation_texts && ui.violation_texts->revision == app.session.revision() &&
        ui.violation_texts->language == app.settings.language)
        return *ui.violation_texts;

    auto made = std::make_shared<ViolationList>();
    ViolationList& list = *made;
    list.revision = app.session.revision();
    list.language = app.settings.language;
    const Jurisdiction jurisdiction = doc.arrangement.jurisdiction;
    list.total = all.size();
    for (const auto& v : all) list.errors += v.severity == Severity::Error;
    std::string lang = to_string(list.language);
    const RuleParams& params = app.params();
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
            p->lines.push_back({&v, local_date(v.at.date, lang) + " " + v.at.time().str() + "  " + violation_message(v, jurisdiction, lang), id});
        }
        if (count == 0) continue;
        r.title = std::string(rule.severity == Severity::Error ? "✗" : "!") + " " + rule.title.in(lang) + " (" +
                  std::to_string(count) + ")";
        r.explanation = rule_explanation(rule, params, lang);
        r.source = std::string(ui.tr("plan.source")) + " " + rule.source;
        list.rules.push_back(std::move(r));
    }
    ui.violation_texts = std::move(made);
    return *ui.violation_texts;
}

}  // namespace bpa::ui
