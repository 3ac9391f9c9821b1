// Arbeidsplan: the violations panel, each rule with its explanation and source.
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

// [SECTION] Violations panel --------------------------------------------------
void violations_panel(Ui& ui) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    const auto& all = app.violations();
    int errors = 0;
    for (const auto& v : all) errors += v.severity == Severity::Error;
    heading(ui.fmt("plan.violations_title", {{"errors", std::to_string(errors)},
                                            {"warnings", std::to_string(all.size() - errors)}}).c_str());
    mark(ui, "plan.violations");
    if (all.empty()) {
        ImGui::TextWrapped("%s", ui.tr("plan.no_violations"));
        return;
    }
    std::string lang = to_string(app.settings.language);
    const RuleParams& params = app.params();
    for (const RuleInfo& rule : rule_catalog(doc.arrangement.jurisdiction)) {
        std::vector<const Violation*> list;
        for (const auto& v : all)
            if (v.rule == rule.id) list.push_back(&v);
        if (list.empty()) continue;
        ImGui::PushStyleColor(ImGuiCol_Text, rule.severity == Severity::Error ? error_red : ImVec4(0.6f, 0.35f, 0.0f, 1));
        bool open = ImGui::TreeNodeEx(("###rule." + rule.id).c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s %s (%zu)",
                                      rule.severity == Severity::Error ? "✗" : "!", rule.title.in(lang).c_str(), list.size());
        ImGui::PopStyleColor();
        mark(ui, "plan.rule." + rule.id);
        if (!open) continue;
        ImGui::PushTextWrapPos(0);
        muted_text(rule_explanation(rule, params, lang).c_str());
        muted_text((std::string(ui.tr("plan.source")) + " " + rule.source).c_str());
        ImGui::PopTextWrapPos();
        // Grouped by assistant.
        std::vector<std::string> people;
        for (auto* v : list)
            if (std::find(people.begin(), people.end(), v->assistant) == people.end()) people.push_back(v->assistant);
        for (const auto& who : people) {
            const Assistant* a = doc.find_assistant(who);
            std::string name = a ? a->name : std::string(ui.tr("plan.whole_arrangement"));
            if (!ImGui::TreeNodeEx(("###rule." + rule.id + "." + who).c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s", name.c_str()))
                continue;
            int n = 0;
            for (auto* v : list) {
                if (v->assistant != who) continue;
                std::string text = v->at.str().replace(10, 1, " ") + "  " + violation_message(*v, doc.arrangement.jurisdiction, lang);
                std::string id = "violation." + rule.id + "." + who + "." + std::to_string(n++);
                ImGui::PushTextWrapPos(0);
                if (ImGui::Selectable((text + "###" + id).c_str(), !v->shifts.empty() && p.highlighted == v->shifts)) {
                    p.highlighted = v->shifts;
                    p.selected_shift = v->shifts.empty() ? std::string() : v->shifts.front();
                    p.first_day = monday_of(v->at.date);
                }
                ImGui::PopTextWrapPos();
                mark(ui, id);
            }
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
}

}  // namespace bpa::ui::plan_view
