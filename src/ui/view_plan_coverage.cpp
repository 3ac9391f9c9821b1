// Arbeidsplan: the coverage strip under the grid (red: nobody, amber: too few).
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

// [SECTION] Coverage strip ----------------------------------------------------
const Coverage& coverage_for(Ui& ui, Date first, Date last) { return ui.app.coverage(first, last); }

void coverage_strip(Ui& ui, Date first, int days) {
    Date last = first + Days{days - 1};
    const Coverage& c = coverage_for(ui, first, last);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float label_w = ImGui::GetFontSize() * 9.5f;
    float avail = ImGui::GetContentRegionAvail().x;
    float day_w = std::max(20.0f, (avail - label_w) / days);
    ImVec2 top = ImGui::GetCursorScreenPos();
    float h = ImGui::GetTextLineHeight() * 1.1f;
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    dl->AddText(ImVec2(top.x, top.y), col(text), ui.tr("plan.coverage_row"));
    int64_t first_wall = LocalDateTime{first, 0}.wall_minutes();
    auto x_of = [&](int64_t wall) { return top.x + label_w + static_cast<float>(wall - first_wall) * day_w / 1440.0f; };
    bool any_need = !ui.app.plan().need.empty();
    dl->AddRectFilled(ImVec2(top.x + label_w, top.y), ImVec2(top.x + label_w + day_w * days, top.y + h),
                      col(any_need ? ImVec4(0.0f, 0.62f, 0.45f, 1) : ImVec4(0.5f, 0.5f, 0.5f, 1), any_need ? 0.55f : 0.15f));
    for (const auto& d : c.days)
        for (const auto& gap : d.gaps) {
            bool none = gap.present == 0;
            dl->AddRectFilled(ImVec2(x_of(gap.from.wall_minutes()), top.y), ImVec2(x_of(gap.to.wall_minutes()), top.y + h),
                              col(none ? error_red : warn_amber));
        }
    ImGui::Dummy(ImVec2(label_w + day_w * days, h));
    mark(ui, "plan.coverage");
    if (!any_need) muted_text(ui.tr("plan.no_need_hint"));

    // Totals per week against the decision.
    Minutes uncovered{}, under{};
    for (const auto& d : c.days) {
        uncovered += d.uncovered;
        under += d.understaffed;
    }
    App& app = ui.app;
    for (const auto& w : c.weeks) {
        const std::string week = std::to_string(w.week.week), planned = app.i18n.number(w.planned.hours());
        const std::string decided = app.i18n.number(w.decided_hours);
        const bool over = w.decided_hours > 0 && w.reserve_hours < -0.005;
        std::string line =
            w.decided_hours <= 0 ? ui.fmt("plan.week_no_decision", {{"week", week}, {"planned", planned}})
            : over ? ui.fmt("plan.week_over", {{"week", week}, {"planned", planned}, {"decided", decided},
                                               {"over", app.i18n.number(-w.reserve_hours)},
                                               {"percent", app.i18n.number(-w.reserve_percent, 0)}})
                   : ui.fmt("plan.week_total", {{"week", week}, {"planned", planned}, {"decided", decided},
                                                {"left", app.i18n.number(w.reserve_hours)},
                                                {"reserve", app.i18n.number(w.reserve_percent, 0)}});
        ImGui::Bullet();
        if (over) error_text(line.c_str());
        else show_wrapped("%s", line.c_str());
        mark(ui, "plan.week_total." + week, line);
    }
    if (any_need) {
        std::string line = ui.fmt("plan.coverage_total", {{"uncovered", app.i18n.number(uncovered.hours())},
                                                          {"under", app.i18n.number(under.hours())}});
        if (uncovered.count > 0) error_text(line.c_str());
        else show_text(line.c_str());
        mark(ui, "plan.coverage_total", line);
    }
}

}  // namespace bpa::ui::plan_view
