// Arbeidsplan: the shift form (the chosen shift, or a new one typed precisely).
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

// [SECTION] Shift form --------------------------------------------------------
bool time_field(Ui& ui, const char* label, const char* id, std::string& buffer, float width) {
    ImGui::BeginGroup();
    show_text(label);
    ImGui::SetNextItemWidth(width);
    bool changed = input_text((std::string("###") + id).c_str(), &buffer);
    mark(ui, id, buffer);
    ImGui::EndGroup();
    return changed;
}

// The label over a date field with its calendar button.
static bool date_group(Ui& ui, const char* label, const char* id, std::string& buffer, float width) {
    ImGui::BeginGroup();
    show_text(label);
    bool changed = date_box(ui, id, buffer, width);
    ImGui::EndGroup();
    return changed;
}

void assistant_field(Ui& ui, const char* id, std::string& assistant, Date on) {
    show_text(ui.tr("plan.assistant"));
    if (auto chosen = assistant_combo(ui, id, assistant, -FLT_MIN, on, true)) assistant = *chosen;
}

void shift_form(Ui& ui) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    const Shift* s = find_shift(doc, p.selected_shift);
    float tw = ImGui::GetFontSize() * 5.5f;
    if (s) {
        heading(ui.tr("plan.shift"));
        ImGui::PushID(s->id.c_str());
        Shift n = *s;
        std::string assistant = n.assistant;
        assistant_field(ui, "plan.form.assistant", assistant, n.start.date);
        if (assistant != n.assistant) {
            n.assistant = assistant;
            commit_shift(ui, n, ui.tr("plan.step_assistant"));
        }
        // Date and times: typed text is kept until it makes a valid shift.
        ImGuiID wid = ImGui::GetID("times");
        auto it = ui.pending_text.find(wid);
        std::string date = ui.date(s->start.date), from = TimeOfDay(s->start.minute_of_day).str(), to = TimeOfDay(s->end.minute_of_day).str();
        if (it != ui.pending_text.end()) {
            size_t a = it->second.find('|'), b = it->second.rfind('|');
            date = it->second.substr(0, a);
            from = it->second.substr(a + 1, b - a - 1);
            to = it->second.substr(b + 1);
        }
        bool edited = date_group(ui, ui.tr("plan.date"), "plan.form.date", date, tw * 1.6f);
        ImGui::SameLine();
        edited |= time_field(ui, ui.tr("plan.from"), "plan.form.from", from, tw);
        ImGui::SameLine();
        edited |= time_field(ui, ui.tr("plan.to"), "plan.form.to", to, tw);
        if (edited) {
            auto d = parse_date_input(date);
            auto f = TimeOfDay::parse(from);
            auto t = TimeOfDay::parse(to, true);
            ui.pending_text[wid] = date + "|" + from + "|" + to;
            if (!d) p.form_error = ui.tr("form.bad_date");
            else if (!f || !t) p.form_error = ui.tr("plan.bad_time");
            else {
                Shift m = shift_on(*d, *f, *t);
                n.start = m.start;
                n.end = m.end;
                if (commit_shift(ui, n, ui.tr("plan.step_times"))) ui.pending_text.erase(wid);
            }
        }
        if (ui.pending_text.count(wid) && !p.form_error.empty())
            error_text(ui.fmt("form.not_saved", {{"problem", p.form_error}}).c_str());
        muted_text(ui.fmt("plan.length", {{"hours", app.i18n.number(elapsed(s->start, s->end, zone_of(doc.arrangement.jurisdiction)).hours())}}).c_str());

        int brk = s->break_minutes;
        show_text(ui.tr("plan.break"));
        ImGui::SetNextItemWidth(tw * 1.6f);
        if (input_int("###plan.form.break", &brk, 15, 30) && brk >= 0 && brk <= 240) {
            n = *s;
            n.break_minutes = brk;
            commit_shift(ui, n, ui.tr("plan.break"));
        }
        mark(ui, "plan.form.break");
        bool passive = s->passive_night;
        if (checkbox(label_id(ui.tr("plan.passive"), "plan.form.passive").c_str(), &passive)) {
            n = *s;
            n.passive_night = passive;
            commit_shift(ui, n, ui.tr("plan.passive"));
        }
        mark(ui, "plan.form.passive");
        help_marker(ui.tr("plan.passive_help"));
        int status = static_cast<int>(s->status);
        const char* names[] = {ui.tr("shift_status.planned"), ui.tr("shift_status.worked"), ui.tr("shift_status.cancelled")};
        show_text(ui.tr("plan.status"));
        ImGui::SetNextItemWidth(tw * 2.5f);
        if (combo("###plan.form.status", &status, names, 3)) {
            n = *s;
            n.status = static_cast<ShiftStatus>(status);
            commit_shift(ui, n, ui.tr("plan.status"));
        }
        mark(ui, "plan.form.status");
        // A swap between two assistants: the other shift of the same day changes hands too.
        std::vector<const Shift*> others;
        for (const auto& x : doc.shifts)
            if (x.id != s->id && x.assistant != s->assistant && x.status != ShiftStatus::Cancelled &&
                x.start.date == s->start.date)
                others.push_back(&x);
        if (!others.empty()) {
            show_text(ui.tr("plan.swap_with"));
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (begin_combo("###plan.form.swap", ui.tr("plan.swap_choose"))) {
                for (const Shift* o : others) {
                    const Assistant* oa = doc.find_assistant(o->assistant);
                    std::string label = (oa ? oa->name : o->assistant) + "  " + TimeOfDay(o->start.minute_of_day).str() + "–" +
                                        TimeOfDay(o->end.minute_of_day).str() + "###swap." + o->id;
                    if (selectable(label.c_str())) {
                        std::string a = s->id, b = o->id;
                        app.run(ui.tr("plan.step_swap"), [&](Document& d) { return swap_shifts(d, a, b); }, ui.now);
                    }
                    mark(ui, "plan.form.swap." + o->id);
                }
                ImGui::EndCombo();
            }
            mark(ui, "plan.form.swap");
        }
        if (button(label_id(ui.tr("plan.delete_shift"), "plan.form.delete").c_str())) {
            std::string id = s->id;
            if (app.run(ui.tr("plan.step_delete"), [&](Document& d) { return delete_shift(d, id); }, ui.now))
                p.selected_shift.clear();
        }
        mark(ui, "plan.form.delete");
        ImGui::SameLine();
        // A new shift like this one: the form below, filled in with its assistant, day and times.
        if (button(label_id(ui.tr("plan.deselect"), "plan.form.deselect").c_str())) {
            p.new_assistant = s->assistant;
            p.new_date = ui.date(s->start.date);
            p.new_from = s->start.time().str();
            p.new_to = end_time(*s).str();
            p.selected_shift.clear();
        }
        ImGui::PopID();
        return;
    }

    // A new shift, typed precisely.
    heading(ui.tr("plan.new_shift"));
    // When other days are shown, the date follows: today where it is one of
    // them, else the first day shown (unless it already is one of them).
    if (p.first_day && (p.new_date_for != p.first_day || p.new_date.empty())) {
        const Date first = *p.first_day, last = first + Days{p.days() - 1};
        const auto typed = parse_date_input(p.new_date);
        if (!typed || *typed < first || *typed > last) {
            const Date today = ui.today_date;
            p.new_date = ui.date(first <= today && today <= last ? today : first);
        }
        p.new_date_for = p.first_day;
    }
    if (p.new_date.empty()) p.new_date = ui.date(ui.today_date);
    if (p.new_assistant.empty() && !doc.assistants.empty()) p.new_assistant = doc.assistants.front().id;
    assistant_field(ui, "plan.new.assistant", p.new_assistant, parse_date_input(p.new_date).value_or(Date()));
    date_group(ui, ui.tr("plan.date"), "plan.new.date", p.new_date, tw * 1.6f);
    ImGui::SameLine();
    time_field(ui, ui.tr("plan.from"), "plan.new.from", p.new_from, tw);
    ImGui::SameLine();
    time_field(ui, ui.tr("plan.to"), "plan.new.to", p.new_to, tw);
    if (big_button(ui, ui.tr("plan.add_shift"), "plan.new.add")) {
        auto d = parse_date_input(p.new_date);
        auto f = TimeOfDay::parse(p.new_from);
        auto t = TimeOfDay::parse(p.new_to, true);
        if (!d) p.form_error = ui.tr("form.bad_date");
        else if (!f || !t) p.form_error = ui.tr("plan.bad_time");
        else {
            Shift n = shift_on(*d, *f, *t);
            n.assistant = p.new_assistant;
            if (Outcome o = commit_shift(ui, n, ui.tr("plan.step_new"))) {
                p.selected_shift = o.id;
                p.first_day = monday_of(*d);
            }
        }
    }
    if (!p.form_error.empty()) error_text(ui.fmt("form.not_saved", {{"problem", p.form_error}}).c_str());
    mark(ui, "plan.form_error");
}

}  // namespace bpa::ui::plan_view
