// The work plan's windows: the weekly need, the rotation (turnus), holiday
// plans, and printing.
//
// [SECTION] Shared
// [SECTION] Need
// [SECTION] Rotation
// [SECTION] Holiday plans
// [SECTION] Print
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/print.h"
#include "core/commands.h"
#include "core/rules/rules.h"
#include "platform/platform.h"
#include "ui/view_plan.h"

namespace bpa::ui {

// [SECTION] Shared ------------------------------------------------------------
namespace plan_view {

bool begin_window(Ui& ui, const char* title_key, const char* id, bool* open, float width_em, bool at_right) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(ImGui::GetFontSize() * width_em, vp->WorkSize.x);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y * (at_right ? 0.85f : 0.7f)), ImGuiCond_FirstUseEver);
    if (at_right)  // beside the grid, over the side panel, so that the grid stays in view
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x, vp->WorkPos.y + vp->WorkSize.y * 0.1f),
                                ImGuiCond_FirstUseEver, ImVec2(1.0f, 0.0f));
    else
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                                ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    bool visible = ImGui::Begin(label_id(ui.tr(title_key), id).c_str(), open, ImGuiWindowFlags_NoCollapse);
    mark(ui, id);
    return visible;
}

// A time field bound to a time of day: typed text stays until it is a time.
bool time_field(Ui& ui, const char* id, TimeOfDay value, bool allow_24, float width, TimeOfDay& out) {
    ImGuiID wid = ImGui::GetID(id);
    auto it = ui.pending_text.find(wid);
    const bool pending = it != ui.pending_text.end();
    std::string text = pending ? it->second : (value.minutes() == 1440 && !allow_24 ? TimeOfDay(0) : value).str();
    if (pending) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 0.8f, 0.8f, 1));
    ImGui::SetNextItemWidth(width);
    bool edited = input_text((std::string("###") + id).c_str(), &text);
    if (pending) ImGui::PopStyleColor();
    mark(ui, id);
    if (!edited) return false;
    if (auto t = TimeOfDay::parse(text, allow_24)) {
        ui.pending_text.erase(wid);
        out = *t;
        return *t != value;
    }
    ui.pending_text[wid] = text;
    return false;
}

// A change to the need, the rotation or the holiday plans, through the command.
Outcome plan_edit(Ui& ui, const char* label, const std::function<void(PlanData&)>& change, uint64_t merge_key = 0) {
    return ui.app.run(label, [&](Document& d) { return edit_plan(d, change); }, ui.now, merge_key);
}

bool date_field(Ui& ui, const char* id, Date value, float width, Date& out) {
    ImGuiID wid = ImGui::GetID(id);
    auto it = ui.pending_text.find(wid);
    std::string text = it != ui.pending_text.end() ? it->second : ui.date(value);
    bool invalid = it != ui.pending_text.end();
    if (invalid) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 0.8f, 0.8f, 1));
    ImGui::SetNextItemWidth(width);
    bool edited = input_text((std::string("###") + id).c_str(), &text);
    if (invalid) ImGui::PopStyleColor();
    mark(ui, id);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    Date picked;
    if (calendar_button(ui, id, value, picked)) {
        text = ui.date(picked);
        edited = true;
    }
    if (!edited) return false;
    if (auto d = parse_date_input(text)) {
        ui.pending_text.erase(wid);
        out = *d;
        return *d != value;
    }
    ui.pending_text[wid] = text;
    return false;
}

bool weekday_combo(Ui& ui, const char* id, Weekday wd, float width, Weekday& out) {
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (begin_combo((std::string("###") + id).c_str(), ui.tr("weekday.short." + std::to_string(static_cast<int>(wd))))) {
        for (int i = 1; i <= 7; ++i) {
            if (selectable(ui.tr("weekday.short." + std::to_string(i)), i == static_cast<int>(wd))) {
                out = static_cast<Weekday>(i);
                changed = out != wd;
            }
        }
        ImGui::EndCombo();
    }
    mark(ui, id);
    return changed;
}

}  // namespace plan_view

using namespace plan_view;

// [SECTION] Need --------------------------------------------------------------
static void need_window(Ui& ui) {
    PlanUi& p = ui.plan;
    if (!begin_window(ui, "plan.need_title", "plan.need_window", &p.show_need, 46)) return ImGui::End();
    App& app = ui.app;
    show_wrapped("%s", ui.tr("plan.need_help"));
    const auto& need = app.plan().need;
    float em = ImGui::GetFontSize();
    if (ImGui::BeginTable("need", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn(ui.tr("plan.weekday"));
        ImGui::TableSetupColumn(ui.tr("plan.from"));
        ImGui::TableSetupColumn(ui.tr("plan.to"));
        ImGui::TableSetupColumn(ui.tr("plan.task"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(ui.tr("plan.assistants_needed"));
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < need.size(); ++i) {
            const NeedBlock& b = need[i];
            ImGui::PushID(static_cast<int>(i));
            std::string id = "need." + std::to_string(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            Weekday wd = b.weekday;
            if (weekday_combo(ui, (id + ".weekday").c_str(), b.weekday, em * 5, wd))
                plan_edit(ui, ui.tr("plan.need_title"), [&](PlanData& pd) { pd.need[i].weekday = wd; });
            ImGui::TableNextColumn();
            TimeOfDay t;
            if (time_field(ui, (id + ".from").c_str(), b.from, false, em * 4, t))
                plan_edit(ui, ui.tr("plan.need_title"), [&](PlanData& pd) { pd.need[i].from = t; });
            ImGui::TableNextColumn();
            if (time_field(ui, (id + ".to").c_str(), b.to, true, em * 4, t))
                plan_edit(ui, ui.tr("plan.need_title"), [&](PlanData& pd) { pd.need[i].to = t; });
            ImGui::TableNextColumn();
            std::string task = b.task;
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (input_text(("###" + id + ".task").c_str(), &task))
                plan_edit(ui, ui.tr("plan.task"), [&](PlanData& pd) { pd.need[i].task = task; }, ImGui::GetID("task"));
            if (ImGui::IsItemDeactivated()) app.session.end_merge();
            ImGui::TableNextColumn();
            int n = b.assistants;
            radio("1", &n, 1);
            ImGui::SameLine();
            radio("2", &n, 2);
            if (n != b.assistants) plan_edit(ui, ui.tr("plan.assistants_needed"), [&](PlanData& pd) { pd.need[i].assistants = n; });
            ImGui::TableNextColumn();
            if (small_button(label_id(ui.tr("common.remove"), (id + ".remove").c_str()).c_str()))
                plan_edit(ui, ui.tr("common.remove"), [&](PlanData& pd) { pd.need.erase(pd.need.begin() + long(i)); });
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (button(label_id(ui.tr("plan.need_add"), "plan.need_add").c_str()))
        plan_edit(ui, ui.tr("plan.need_add"), [&](PlanData& pd) { pd.need.push_back(next_need_block(pd)); });
    mark(ui, "plan.need_add");
    ImGui::SameLine();
    if (button(label_id(ui.tr("plan.need_copy_weekdays"), "plan.need_copy").c_str()))
        plan_edit(ui, ui.tr("plan.need_copy_weekdays"), copy_monday_need_to_weekdays);
    mark(ui, "plan.need_copy");
    ImGui::End();
}

// [SECTION] Rotation ----------------------------------------------------------
static void rotation_window(Ui& ui) {
    PlanUi& p = ui.plan;
    if (!begin_window(ui, "plan.rotation_title", "plan.rotation_window", &p.show_rotation, 52)) return ImGui::End();
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const auto& rot = app.plan().rotation;
    float em = ImGui::GetFontSize();
    show_wrapped("%s", ui.tr("plan.rotation_help"));
    Date shown = p.first_day.value_or(monday_of(ui.today_date));

    static int new_weeks = 2;
    if (!rot) {
        ImGui::SetNextItemWidth(em * 6);
        input_int(label_id(ui.tr("plan.rotation_weeks"), "plan.rotation.new_weeks").c_str(), &new_weeks);
        new_weeks = std::clamp(new_weeks, 1, 12);
        mark(ui, "plan.rotation.new_weeks");
        if (big_button(ui, ui.fmt("plan.rotation_from_shown", {{"date", ui.date(shown)}}).c_str(), "plan.rotation.create")) {
            app.run(ui.tr("plan.rotation_title"), [&](Document& d) { return create_rotation(d, new_weeks, shown); }, ui.now);
        }
        ImGui::End();
        return;
    }

    int weeks = rot->weeks;
    ImGui::SetNextItemWidth(em * 6);
    if (input_int(label_id(ui.tr("plan.rotation_weeks"), "plan.rotation.weeks").c_str(), &weeks) && weeks >= 1 && weeks <= 12)
        plan_edit(ui, ui.tr("plan.rotation_weeks"), [&](PlanData& pd) {
            pd.rotation->weeks = weeks;
            std::erase_if(pd.rotation->shifts, [&](const TemplateShift& t) { return t.week > weeks; });
        });
    mark(ui, "plan.rotation.weeks");
    ImGui::SameLine();
    show_text(ui.tr("plan.rotation_start"));
    ImGui::SameLine();
    Date start = rot->start;
    if (date_field(ui, "plan.rotation.start", rot->start, em * 7, start)) {
        if (start.weekday() == Weekday::Monday)
            plan_edit(ui, ui.tr("plan.rotation_start"), [&](PlanData& pd) { pd.rotation->start = start; });
        else
            app.notify(Notice::Kind::Error, table_text("plan.rotation_not_monday"), ui.now);
    }

    // The template, week by week.
    for (int w = 1; w <= rot->weeks; ++w) {
        ImGui::PushID(w);
        if (ImGui::TreeNodeEx(("###week" + std::to_string(w)).c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s",
                              ui.fmt("plan.rotation_week", {{"n", std::to_string(w)}}).c_str())) {
            // The week's rows in day and time order; edits keep each row's place in the file.
            std::vector<size_t> order;
            for (size_t i = 0; i < rot->shifts.size(); ++i)
                if (rot->shifts[i].week == w) order.push_back(i);
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
                return std::make_pair(rot->shifts[a].weekday, rot->shifts[a].from) <
                       std::make_pair(rot->shifts[b].weekday, rot->shifts[b].from);
            });
            // Scrolls sideways when the window is narrower than the row (large text, a tablet):
            // the last column's button stays within reach.
            if (ImGui::BeginTable("tpl", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX,
                                  ImVec2(0, sideways_table_height(int(order.size()))))) {
                for (const char* key : {"plan.weekday", "plan.from", "plan.to", "plan.assistant", "plan.break", "plan.passive_short", ""})
                    ImGui::TableSetupColumn(*key ? ui.tr(key) : "");
                ImGui::TableHeadersRow();
                for (size_t i : order) {
                    const TemplateShift& t = rot->shifts[i];
                    ImGui::PushID(static_cast<int>(i));
                    std::string id = "rot." + std::to_string(i);
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    Weekday wd = t.weekday;
                    if (weekday_combo(ui, (id + ".weekday").c_str(), t.weekday, em * 5, wd))
                        plan_edit(ui, ui.tr("plan.rotation_title"), [&](PlanData& pd) { pd.rotation->shifts[i].weekday = wd; });
                    ImGui::TableNextColumn();
                    TimeOfDay at;
                    if (time_field(ui, (id + ".from").c_str(), t.from, false, em * 4, at))
                        plan_edit(ui, ui.tr("plan.rotation_title"), [&](PlanData& pd) { pd.rotation->shifts[i].from = at; });
                    ImGui::TableNextColumn();
                    if (time_field(ui, (id + ".to").c_str(), t.to, true, em * 4, at))
                        plan_edit(ui, ui.tr("plan.rotation_title"), [&](PlanData& pd) { pd.rotation->shifts[i].to = at; });
                    ImGui::TableNextColumn();
                    if (auto who = assistant_combo(ui, (id + ".assistant").c_str(), t.assistant, em * 11, std::nullopt, true))
                        plan_edit(ui, ui.tr("plan.rotation_title"), [&](PlanData& pd) { pd.rotation->shifts[i].assistant = *who; });
                    ImGui::TableNextColumn();
                    int brk = t.break_minutes;
                    ImGui::SetNextItemWidth(em * 4);
                    if (input_int(("###" + id + ".break").c_str(), &brk, 0) && brk >= 0 && brk <= 240)
                        plan_edit(ui, ui.tr("plan.break"), [&](PlanData& pd) { pd.rotation->shifts[i].break_minutes = brk; });
                    mark(ui, id + ".break");
                    ImGui::TableNextColumn();
                    bool passive = t.passive_night;
                    if (checkbox(("###" + id + ".passive").c_str(), &passive))
                        plan_edit(ui, ui.tr("plan.passive"), [&](PlanData& pd) { pd.rotation->shifts[i].passive_night = passive; });
                    mark(ui, id + ".passive");
                    ImGui::TableNextColumn();
                    if (small_button(label_id(ui.tr("common.remove"), (id + ".remove").c_str()).c_str()))
                        plan_edit(ui, ui.tr("common.remove"), [&](PlanData& pd) {
                            pd.rotation->shifts.erase(pd.rotation->shifts.begin() + long(i));
                        });
                    mark(ui, id + ".remove");
                    ImGui::PopID();
                }
                ImGui::EndTable();
            }
            if (small_button(label_id(ui.tr("plan.rotation_add_shift"), ("plan.rotation.add." + std::to_string(w)).c_str()).c_str()))
                plan_edit(ui, ui.tr("plan.rotation_add_shift"), [&](PlanData& pd) {
                    pd.rotation->shifts.push_back(next_rotation_row(doc, *pd.rotation, w));
                });
            mark(ui, "plan.rotation.add." + std::to_string(w));
            if (w < rot->weeks) {
                ImGui::SameLine();
                if (small_button(label_id(ui.fmt("plan.rotation_copy_week", {{"from", std::to_string(w)}, {"to", std::to_string(w + 1)}}).c_str(),
                                                ("plan.rotation.copy." + std::to_string(w)).c_str()).c_str()))
                    plan_edit(ui, ui.tr("plan.rotation_title"), [&](PlanData& pd) {
                        std::erase_if(pd.rotation->shifts, [&](const TemplateShift& t) { return t.week == w + 1; });
                        std::vector<TemplateShift> copy;
                        for (auto t : pd.rotation->shifts)
                            if (t.week == w) { t.week = w + 1; copy.push_back(t); }
                        pd.rotation->shifts.insert(pd.rotation->shifts.end(), copy.begin(), copy.end());
                    });
                mark(ui, "plan.rotation.copy." + std::to_string(w));
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }

    // Laying it out.
    heading(ui.tr("plan.rotation_apply_title"));
    // The period starts with the rotation (and follows it when its start changes): four turns.
    std::string& apply_from = p.rotation_apply_from;
    std::string& apply_to = p.rotation_apply_to;
    if (p.rotation_apply_for != rot->start || apply_from.empty()) {
        apply_from = ui.date(rot->start);
        apply_to = ui.date(rot->start + Days{7 * 4 * rot->weeks - 1});
        p.rotation_apply_for = rot->start;
    }
    show_text(ui.tr("plan.rotation_apply_from"));
    ImGui::SameLine();
    date_box(ui, "plan.rotation.apply_from", apply_from, em * 7);
    ImGui::SameLine();
    show_text(ui.tr("plan.rotation_apply_to"));
    ImGui::SameLine();
    date_box(ui, "plan.rotation.apply_to", apply_to, em * 7);
    auto f = parse_date_input(apply_from), t = parse_date_input(apply_to);
    Date today = ui.today_date;
    if (f && t && *t >= *f) {
        if ((*f - today).count < int(app.params().number("plan_notice_days")))
            muted_text(ui.tr("plan.rotation_notice"));
        const LayOutPreview& what = app.lay_out_preview(*f, *t);
        const std::string preview = ui.fmt("plan.rotation_preview", {{"added", std::to_string(what.added)},
                                                                    {"replaced", std::to_string(what.replaced)},
                                                                    {"locked", std::to_string(what.kept_locked)},
                                                                    {"manual", std::to_string(what.kept_by_hand)},
                                                                    {"done", std::to_string(what.kept_done)}});
        show_wrapped("%s", preview.c_str());
        mark(ui, "plan.rotation.preview", preview);
        if (big_button(ui, ui.tr("plan.rotation_apply"), "plan.rotation.apply")) {
            Date from = *f, to = *t;
            if (Outcome o = app.run(ui.tr("plan.rotation_apply"), [&](Document& d) { return lay_out_rotation(d, from, to); }, ui.now)) {
                p.first_day = monday_of(from);
                app.notify(Notice::Kind::Info, table_text("plan.rotation_applied"), ui.now);
                if (o.kept_locked > 0)
                    app.notify(Notice::Kind::Info, table_fmt("plan.kept_locked", {{"n", std::to_string(o.kept_locked)}}), ui.now);
            }
        }
    } else {
        error_text(ui.tr("plan.rotation_bad_period"));
    }
    ImGui::Spacing();
    if (button(label_id(ui.tr("plan.rotation_remove"), "plan.rotation.remove").c_str()))
        plan_edit(ui, ui.tr("plan.rotation_remove"), [](PlanData& pd) { pd.rotation.reset(); });
    ImGui::End();
}

// [SECTION] Holiday plans -----------------------------------------------------
static void holiday_window(Ui& ui) {
    PlanUi& p = ui.plan;
    if (!begin_window(ui, "plan.holiday_title", "plan.holiday_window", &p.show_holiday, 50)) return ImGui::End();
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const auto& plans = app.plan().holiday_plans;
    // Read before the list: a result asked for after a change in the list would
    // replace the plan results `plans` belongs to, and the rest of the list would not be drawn.
    const int notice_days = int(app.params().number("holiday_plan_notice_days"));
    float em = ImGui::GetFontSize();
    show_wrapped("%s", ui.tr("plan.holiday_help"));
    Date today = ui.today_date;

    for (size_t i = 0; i < plans.size(); ++i) {
        const HolidayPlan& h = plans[i];
        ImGui::PushID(static_cast<int>(i));
        std::string id = "holiday." + std::to_string(i);
        if (ImGui::TreeNodeEx(("###" + id).c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s (%s – %s)", h.name.c_str(),
                              ui.date(h.from).c_str(), ui.date(h.to).c_str())) {
            std::string name = h.name;
            show_text(ui.tr("plan.holiday_name"));
            ImGui::SetNextItemWidth(em * 16);
            if (input_text(("###" + id + ".name").c_str(), &name))
                plan_edit(ui, ui.tr("plan.holiday_name"), [&](PlanData& pd) { pd.holiday_plans[i].name = name; }, ImGui::GetID("name"));
            if (ImGui::IsItemDeactivated()) app.session.end_merge();
            Date d = h.from;
            show_text(ui.tr("plan.holiday_from_to"));
            if (date_field(ui, (id + ".from").c_str(), h.from, em * 7, d) && d <= h.to)
                plan_edit(ui, ui.tr("plan.holiday_from_to"), [&](PlanData& pd) { pd.holiday_plans[i].from = d; });
            ImGui::SameLine();
            d = h.to;
            if (date_field(ui, (id + ".to").c_str(), h.to, em * 7, d) && d >= h.from)
                plan_edit(ui, ui.tr("plan.holiday_from_to"), [&](PlanData& pd) { pd.holiday_plans[i].to = d; });
            if ((h.from - today).count < notice_days && h.from >= today)
                muted_text(ui.tr("plan.holiday_notice"));

            for (size_t k = 0; k < h.shifts.size(); ++k) {
                const Shift& s = h.shifts[k];
                ImGui::PushID(static_cast<int>(k));
                std::string sid = id + ".shift." + std::to_string(k);
                Date sd = s.start.date;
                if (date_field(ui, (sid + ".date").c_str(), s.start.date, em * 7, sd)) {
                    Shift m = shift_on(sd, s.start.time(), end_time(s));
                    plan_edit(ui, ui.tr("plan.holiday_title"), [&](PlanData& pd) {
                        pd.holiday_plans[i].shifts[k].start = m.start;
                        pd.holiday_plans[i].shifts[k].end = m.end;
                    });
                }
                ImGui::SameLine();
                TimeOfDay from = s.start.time(), to = end_time(s), at;
                bool times_changed = false;
                if (time_field(ui, (sid + ".from").c_str(), s.start.time(), false, em * 4, at)) { from = at; times_changed = true; }
                ImGui::SameLine();
                if (time_field(ui, (sid + ".to").c_str(), end_time(s), true, em * 4, at)) { to = at; times_changed = true; }
                if (times_changed) {
                    Shift x = shift_on(s.start.date, from, to);
                    plan_edit(ui, ui.tr("plan.holiday_title"), [&](PlanData& pd) {
                        pd.holiday_plans[i].shifts[k].start = x.start;
                        pd.holiday_plans[i].shifts[k].end = x.end;
                    });
                }
                ImGui::SameLine();
                if (auto who = assistant_combo(ui, (sid + ".assistant").c_str(), s.assistant, em * 11, std::nullopt, true))
                    plan_edit(ui, ui.tr("plan.holiday_title"), [&](PlanData& pd) { pd.holiday_plans[i].shifts[k].assistant = *who; });
                ImGui::SameLine();
                if (small_button(label_id(ui.tr("common.remove"), (sid + ".remove").c_str()).c_str()))
                    plan_edit(ui, ui.tr("common.remove"), [&](PlanData& pd) {
                        pd.holiday_plans[i].shifts.erase(pd.holiday_plans[i].shifts.begin() + long(k));
                    });
                ImGui::PopID();
            }
            if (small_button(label_id(ui.tr("plan.holiday_add_shift"), (id + ".add").c_str()).c_str()))
                plan_edit(ui, ui.tr("plan.holiday_add_shift"), [&](PlanData& pd) {
                    Shift s = shift_on(h.from, TimeOfDay(8 * 60), TimeOfDay(16 * 60));
                    s.id = "h" + std::to_string(pd.holiday_plans[i].shifts.size() + 1);
                    if (!doc.assistants.empty()) s.assistant = doc.assistants.front().id;
                    pd.holiday_plans[i].shifts.push_back(s);
                });
            ImGui::SameLine();
            if (small_button(label_id(ui.tr("plan.holiday_take_shifts"), (id + ".take").c_str()).c_str()))
                app.run(ui.tr("plan.holiday_take_shifts"), [&](Document& d) { return take_holiday_shifts(d, h.id); }, ui.now);
            mark(ui, id + ".take");
            if (big_button(ui, ui.tr("plan.holiday_apply"), (id + ".apply").c_str())) {
                std::string hid = h.id, hname = h.name;
                Date hfrom = h.from;
                if (Outcome o = app.run(ui.tr("plan.holiday_apply"), [&](Document& d) { return lay_out_holiday_plan(d, hid); }, ui.now)) {
                    p.first_day = monday_of(hfrom);
                    app.notify(Notice::Kind::Info, table_fmt("plan.holiday_applied", {{"name", hname}}), ui.now);
                    if (o.kept_locked > 0)
                        app.notify(Notice::Kind::Info, table_fmt("plan.kept_locked", {{"n", std::to_string(o.kept_locked)}}), ui.now);
                }
            }
            ImGui::SameLine();
            if (button(label_id(ui.tr("plan.holiday_remove"), (id + ".remove").c_str()).c_str()))
                plan_edit(ui, ui.tr("plan.holiday_remove"), [&](PlanData& pd) { pd.holiday_plans.erase(pd.holiday_plans.begin() + long(i)); });
            ImGui::TreePop();
        }
        ImGui::PopID();
    }

    // New plans for the coming holidays.
    heading(ui.tr("plan.holiday_new"));
    int year = today.year();
    Date easter = easter_sunday(year) < today ? easter_sunday(year + 1) : easter_sunday(year);
    Date xmas_from = *Date::from_ymd(year, 12, 24), xmas_to = *Date::from_ymd(year + 1, 1, 1);
    auto add = [&](const std::string& name, Date from, Date to) {
        app.run(ui.tr("plan.holiday_new"), [&](Document& d) { return add_holiday_plan(d, name, from, to); }, ui.now);
    };
    if (button(label_id(ui.fmt("plan.holiday_christmas", {{"year", std::to_string(year)}}).c_str(), "plan.holiday.christmas").c_str()))
        add(ui.fmt("plan.holiday_christmas", {{"year", std::to_string(year)}}), xmas_from, xmas_to);
    mark(ui, "plan.holiday.christmas");
    ImGui::SameLine();
    if (button(label_id(ui.fmt("plan.holiday_easter", {{"year", std::to_string(easter.year())}}).c_str(), "plan.holiday.easter").c_str()))
        add(ui.fmt("plan.holiday_easter", {{"year", std::to_string(easter.year())}}), easter - Days{3}, easter + Days{1});
    mark(ui, "plan.holiday.easter");
    ImGui::SameLine();
    if (button(label_id(ui.tr("plan.holiday_other"), "plan.holiday.other").c_str()))
        add(ui.tr("plan.holiday_other"), p.first_day.value_or(today), p.first_day.value_or(today) + Days{6});
    mark(ui, "plan.holiday.other");
    ImGui::End();
}

// [SECTION] Print -------------------------------------------------------------
static void print_window(Ui& ui) {
    PlanUi& p = ui.plan;
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Always);
    if (!begin_window(ui, "plan.print_title", "plan.print_window", &p.show_print, 30)) return ImGui::End();
    App& app = ui.app;
    const Document& doc = app.session.doc();
    static std::string who;
    static int year = 0, month = 0;
    Date ref = p.first_day.value_or(ui.today_date) + Days{3};
    if (year == 0) { year = ref.year(); month = ref.month(); }
    if (who.empty() && !doc.assistants.empty()) who = doc.assistants.front().id;
    show_wrapped("%s", ui.tr("plan.print_help"));
    show_text(ui.tr("plan.assistant"));
    if (auto picked = assistant_combo(ui, "plan.print.assistant", who, ImGui::GetFontSize() * 14)) who = *picked;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    input_int(label_id(ui.tr("print.year"), "plan.print.year").c_str(), &year);
    year = std::clamp(year, 1900, 2100);
    mark(ui, "plan.print.year");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    if (begin_combo("###plan.print.month", ui.tr("month." + std::to_string(month)))) {
        for (int m = 1; m <= 12; ++m)
            if (selectable(ui.tr("month." + std::to_string(m)), m == month)) month = m;
        ImGui::EndCombo();
    }
    mark(ui, "plan.print.month");
    bool opened = true;
    if (big_button(ui, ui.tr("plan.print_one"), "plan.print.one") && doc.find_assistant(who))
        opened = platform::open_print_window(work_plan_html(doc, app.i18n, who, year, month));
    if (big_button(ui, ui.tr("plan.print_all"), "plan.print.all"))
        opened = platform::open_print_window(work_plan_all_html(doc, app.i18n, year, month));
    if (!opened) app.notify(Notice::Kind::Error, table_text("plan.print_blocked"), ui.now);
    ImGui::End();
}

void plan_windows(Ui& ui) {
    if (ui.screen != Screen::Plan) return;
    if (ui.plan.show_need) need_window(ui);
    if (ui.plan.show_rotation) rotation_window(ui);
    if (ui.plan.show_holiday) holiday_window(ui);
    if (ui.plan.show_print) print_window(ui);
    if (ui.plan.show_propose) propose_window(ui);
}

}  // namespace bpa::ui
