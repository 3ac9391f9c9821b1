// Arbeidsplan / Vagtplan: the screen and its toolbar. Its parts are in
// view_plan_grid.cpp (the week and four-week grid), view_plan_coverage.cpp,
// view_plan_form.cpp (the shift form) and view_plan_violations.cpp.
//
// [SECTION] Helpers
// [SECTION] Toolbar
// [SECTION] Screen
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include <set>

#include "ui/view_plan.h"

namespace bpa::ui {

namespace plan_view {

// [SECTION] Helpers -----------------------------------------------------------
std::string day_label(Ui& ui, Date d, bool short_form) {
    std::string wd = ui.tr("weekday.short." + std::to_string(static_cast<int>(d.weekday())));
    return short_form ? wd.substr(0, wd.size() > 3 ? 3 : wd.size()) + " " + std::to_string(d.day())
                      : wd + " " + std::to_string(d.day()) + "." + std::to_string(d.month());
}

const Shift* find_shift(const Document& doc, std::string_view id) {
    if (id.empty()) return nullptr;
    for (const auto& s : doc.shifts)
        if (s.id == id) return &s;
    return nullptr;
}

Outcome commit_shift(Ui& ui, const Shift& s, const char* label) {
    Outcome o = s.id.empty() ? ui.app.run(label, [&](Document& d) { return add_shift(d, s); }, ui.now)
                             : ui.app.run(label, [&](Document& d) { return update_shift(d, s); }, ui.now);
    if (o) ui.plan.form_error.clear();
    else ui.plan.form_error = ui.tr(refusal_key(o.refusal));
    return o;
}

std::vector<const Assistant*> rows_for(const Document& doc, const ShiftIndex& index, Date first, Date last) {
    std::set<std::string_view> working;  // assistants with a shift in the days (from the index, not every shift)
    for (const Shift* s : index.overlapping(LocalDateTime{first, 0}.wall_minutes(), LocalDateTime{last + Days{1}, 0}.wall_minutes()))
        working.insert(s->assistant);
    std::vector<const Assistant*> rows;
    for (const auto& a : doc.assistants) {
        bool employed = a.employed_from <= last && (!a.employed_to || *a.employed_to >= first);
        if (employed || working.count(a.id)) rows.push_back(&a);
    }
    return rows;
}

size_t colour_index(const Document& doc, std::string_view assistant) {
    for (size_t i = 0; i < doc.assistants.size(); ++i)
        if (doc.assistants[i].id == assistant) return i % (sizeof palette / sizeof palette[0]);
    return 7;
}

// [SECTION] Toolbar -----------------------------------------------------------
void toolbar(Ui& ui, Date first, int days) {
    PlanUi& p = ui.plan;
    const int step = p.days();
    // Rows of controls that wrap where the width ends (large text, a tablet).
    auto button = [&](const char* key, const char* id) {
        const char* label = ui.tr(key);
        same_line_if_fits(button_width(label));
        const bool pressed = ui::button(label_id(label, id).c_str());
        mark(ui, id);
        return pressed;
    };
    if (ui::button(label_id(ui.tr("plan.previous"), "plan.previous").c_str())) p.first_day = first - Days{step};
    mark(ui, "plan.previous");
    if (button("plan.today", "plan.today")) {
        const Date today = ui.today_date;
        p.first_day = p.one_day ? today : monday_of(today);
    }
    if (button("plan.next", "plan.next")) p.first_day = first + Days{step};
    Date last = first + Days{days - 1};
    IsoWeek w = first.iso_week();
    std::string title = p.one_day ? day_label(ui, first, false) + " " + ui.date(first) + " (" +
                                        ui.fmt("plan.week_short", {{"week", std::to_string(w.week)}}) + ")"
        : p.four_weeks
        ? ui.fmt("plan.weeks_title", {{"from", std::to_string(w.week)}, {"to", std::to_string(last.iso_week().week)},
                                      {"first", ui.date(first)}, {"last", ui.date(last)}})
        : ui.fmt("plan.week_title", {{"week", std::to_string(w.week)}, {"first", ui.date(first)}, {"last", ui.date(last)}});
    same_line_if_fits(ImGui::CalcTextSize(title.c_str()).x);
    ImGui::AlignTextToFramePadding();
    show_text(title.c_str());
    mark(ui, "plan.title", title);
    // Zoom: a day (hours wide), a week, four weeks.
    int mode = p.one_day ? 0 : p.by_day ? 2 : p.four_weeks ? 3 : 1;
    const float radio_w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    const char* zooms[][2] = {{"plan.day_view", "plan.day_view"}, {"plan.week_view", "plan.week_view"},
                              {"plan.by_day_view", "plan.by_day_view"}, {"plan.four_week_view", "plan.four_week_view"}};
    for (int z = 0; z < 4; ++z) {
        same_line_if_fits(radio_w + ImGui::CalcTextSize(ui.tr(zooms[z][0])).x);
        if (radio(label_id(ui.tr(zooms[z][0]), zooms[z][1]).c_str(), &mode, z)) {
            p.one_day = z == 0;
            p.by_day = z == 2;
            p.four_weeks = z == 3;
            // The day view opens on today when today is in the week shown, else on its Monday.
            const Date today = ui.today_date;
            if (p.one_day) p.first_day = monday_of(today) == monday_of(first) ? today : first;
            else p.first_day = monday_of(first);
        }
        mark(ui, zooms[z][1]);
    }

    if (ui::button(label_id(ui.tr("plan.need"), "plan.need").c_str())) p.show_need = !p.show_need;
    mark(ui, "plan.need");
    if (button("plan.rotation", "plan.rotation")) p.show_rotation = !p.show_rotation;
    if (button("plan.holiday_plans", "plan.holiday_plans")) p.show_holiday = !p.show_holiday;
    if (button("plan.print", "plan.print")) p.show_print = !p.show_print;
    if (button("propose.button", "plan.propose")) p.show_propose = !p.show_propose;
    ImGui::PushTextWrapPos(0);
    muted_text(ui.tr("plan.drag_hint"));
    ImGui::PopTextWrapPos();
}

}  // namespace plan_view

using namespace plan_view;

// [SECTION] Screen ------------------------------------------------------------
void view_plan(Ui& ui) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    if (!p.first_day) {
        // Start where the plan is: the week of the first shift from today on, else today.
        Date today = ui.today_date;
        std::optional<Date> next;
        for (const auto& s : doc.shifts)
            if (s.start.date >= today && (!next || s.start.date < *next)) next = s.start.date;
        if (!next)
            for (const auto& s : doc.shifts)
                if (!next || s.start.date > *next) next = s.start.date;
        p.first_day = monday_of(next.value_or(today));
    }
    Date first = *p.first_day;
    const int days = p.days();

    heading(ui.tr("nav.plan"));
    toolbar(ui, first, days);
    if (doc.assistants.empty()) {
        show_wrapped("%s", ui.tr("plan.no_assistants"));
        return;
    }
    // The shift form and the violations beside the grid where there is room
    // for both (a week needs about 40 em), else under it.
    const float em = ImGui::GetFontSize();
    const float side_w = em * 24;
    if (ImGui::GetContentRegionAvail().x >= side_w + em * 40) {
        ImGui::BeginChild("###plan.main", ImVec2(ImGui::GetContentRegionAvail().x - side_w, 0), false,
                          ImGuiWindowFlags_HorizontalScrollbar);
        if (p.by_day) by_day_grid(ui, first);
        else grid(ui, first, days);
        coverage_strip(ui, first, days);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("###plan.side", ImVec2(0, 0), true);
        shift_form(ui);
        violations_panel(ui);
        ImGui::EndChild();
    } else {
        if (p.by_day) by_day_grid(ui, first);
        else grid(ui, first, days);
        coverage_strip(ui, first, days);
        ImGui::Separator();
        shift_form(ui);
        ImGui::Separator();
        violations_panel(ui);
    }
}

}  // namespace bpa::ui
