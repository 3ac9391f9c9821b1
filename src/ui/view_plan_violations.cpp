// Arbeidsplan: the violations panel, each rule with its explanation and source.
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "core/people.h"
#include "ui/list_cache.h"
#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

// [SECTION] Papers missing ------------------------------------------------------
// Shifts in the days shown of assistants whose confidentiality declaration or
// certificate was not in place before the shift (people.h papers_missing).
static void papers_panel(Ui& ui) {
    PlanUi& p = ui.plan;
    const Document& doc = ui.app.session.doc();
    const Date first = p.first_day.value_or(monday_of(ui.today_date));
    const Date last = first + Days{p.days() - 1};
    std::vector<PapersMissing> missing;  // the days shown, from the list made once per revision
    for (const auto& m : ui.app.papers())
        if (m.day >= first && m.day <= last) missing.push_back(m);
    if (missing.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.6f, 0.35f, 0.0f, 1));
    const bool open = ImGui::TreeNodeEx("###plan.papers", ImGuiTreeNodeFlags_DefaultOpen, "%s",
                                        ui.fmt("plan.papers_title", {{"n", std::to_string(missing.size())}}).c_str());
    ImGui::PopStyleColor();
    mark(ui, "plan.papers", std::to_string(missing.size()));
    if (!open) return;
    ImGui::PushTextWrapPos(0);
    muted_text(ui.tr(doc.arrangement.jurisdiction == Jurisdiction::DK ? "plan.papers_help_dk" : "plan.papers_help_no"));
    ImGui::PopTextWrapPos();
    for (const auto& m : missing) {
        const Assistant* a = doc.find_assistant(m.assistant);
        std::string what;
        for (const auto& k : m.missing) what += (what.empty() ? "" : ", ") + std::string(ui.tr("onboarding.item." + k));
        const std::string text = ui.fmt("plan.papers_line", {{"name", a ? a->name : m.assistant}, {"date", ui.date(m.day)}, {"what", what}});
        ImGui::PushID(m.shift.c_str());
        if (selectable(text.c_str(), p.selected_shift == m.shift)) {
            p.selected_shift = m.shift;
            p.highlighted = {m.shift};
        }
        ImGui::PopID();
        mark(ui, "plan.papers." + m.shift);
    }
    if (button(label_id(ui.tr("plan.papers_go"), "plan.papers_go").c_str())) {
        ui.selected_assistant = missing.front().assistant;
        ui.screen = Screen::People;
        ui.people.tab = PeopleUi::Onboarding;
        ui.people.switch_tab = true;
    }
    mark(ui, "plan.papers_go");
    ImGui::TreePop();
}

// [SECTION] Violations panel --------------------------------------------------
void violations_panel(Ui& ui) {
    papers_panel(ui);
    PlanUi& p = ui.plan;
    const ViolationList& list = violation_list(ui);  // texts made once per revision
    heading(ui.fmt("plan.violations_title", {{"errors", std::to_string(list.errors)},
                                            {"warnings", std::to_string(list.total - list.errors)}}).c_str());
    mark(ui, "plan.violations");
    if (list.total == 0) {
        show_wrapped("%s", ui.tr("plan.no_violations"));
        return;
    }
    // Dear ImGui's clipper hands out one line of a list wholly out of view
    // (above or below): that line takes its room and is not drawn, unless it
    // has the keyboard focus, navigation looks for the next item or the frame
    // is logged as text (tests).
    const float line_h = ImGui::GetTextLineHeight();
    const bool navigating = GImGui->NavMoveScoringItems || GImGui->LogEnabled;
    for (const auto& rule : list.rules) {
        ImGui::PushStyleColor(ImGuiCol_Text, rule.info->severity == Severity::Error ? error_red : ImVec4(0.6f, 0.35f, 0.0f, 1));
        bool open = ImGui::TreeNodeEx(rule.node_label.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        mark(ui, rule.mark_id);
        if (!open) continue;
        ImGui::PushTextWrapPos(0);
        muted_text(rule.explanation.c_str());
        muted_text(rule.source.c_str());
        ImGui::PopTextWrapPos();
        // Grouped by assistant; only the lines on screen are drawn (one line each).
        for (const auto& person : rule.people) {
            if (!ImGui::TreeNodeEx(person.node_label.c_str(), ImGuiTreeNodeFlags_DefaultOpen))
                continue;
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(person.lines.size()), ImGui::GetTextLineHeightWithSpacing());
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const auto& line = person.lines[i];
                    const Violation* v = line.violation;
                    ImGui::PushID(line.id.c_str());
                    if (!navigating && !ImGui::IsRectVisible(ImVec2(1.0f, line_h)) &&
                        ImGui::GetID(line.text.c_str()) != GImGui->NavId) {
                        ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, line_h));
                        ImGui::PopID();
                        mark(ui, line.id, line.text);  // where it is, for a test to scroll to
                        continue;
                    }
                    if (selectable(line.text.c_str(), !v->shifts.empty() && p.highlighted == v->shifts)) {
                        p.highlighted = v->shifts;
                        p.selected_shift = v->shifts.empty() ? std::string() : v->shifts.front();
                        p.first_day = monday_of(v->at.date);
                    }
                    ImGui::PopID();
                    mark(ui, line.id, line.text);
                }
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
}

}  // namespace bpa::ui::plan_view
