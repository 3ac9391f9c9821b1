// Arbeidsplan: the violations panel, each rule with its explanation and source.
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/list_cache.h"
#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

// [SECTION] Violations panel --------------------------------------------------
void violations_panel(Ui& ui) {
    PlanUi& p = ui.plan;
    const ViolationList& list = violation_list(ui);  // texts made once per revision
    heading(ui.fmt("plan.violations_title", {{"errors", std::to_string(list.errors)},
                                            {"warnings", std::to_string(list.total - list.errors)}}).c_str());
    mark(ui, "plan.violations");
    if (list.total == 0) {
        ImGui::TextWrapped("%s", ui.tr("plan.no_violations"));
        return;
    }
    for (const auto& rule : list.rules) {
        ImGui::PushStyleColor(ImGuiCol_Text, rule.info->severity == Severity::Error ? error_red : ImVec4(0.6f, 0.35f, 0.0f, 1));
        bool open = ImGui::TreeNodeEx(("###rule." + rule.info->id).c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s", rule.title.c_str());
        ImGui::PopStyleColor();
        mark(ui, "plan.rule." + rule.info->id);
        if (!open) continue;
        ImGui::PushTextWrapPos(0);
        muted_text(rule.explanation.c_str());
        muted_text(rule.source.c_str());
        ImGui::PopTextWrapPos();
        // Grouped by assistant; only the lines on screen are drawn (one line each).
        for (const auto& person : rule.people) {
            if (!ImGui::TreeNodeEx(("###rule." + rule.info->id + "." + person.assistant).c_str(), ImGuiTreeNodeFlags_DefaultOpen,
                                   "%s", person.name.c_str()))
                continue;
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(person.lines.size()), ImGui::GetTextLineHeightWithSpacing());
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const auto& line = person.lines[i];
                    const Violation* v = line.violation;
                    ImGui::PushID(line.id.c_str());
                    if (ImGui::Selectable(line.text.c_str(), !v->shifts.empty() && p.highlighted == v->shifts)) {
                        p.highlighted = v->shifts;
                        p.selected_shift = v->shifts.empty() ? std::string() : v->shifts.front();
                        p.first_day = monday_of(v->at.date);
                    }
                    ImGui::PopID();
                    mark(ui, line.id);
                }
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
}

}  // namespace bpa::ui::plan_view
