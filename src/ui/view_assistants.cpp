// Assistenter / Hjælpere: the list, and a form for the chosen one.
#include <algorithm>

#include <imgui.h>

#include "core/people.h"
#include "core/plan.h"
#include "ui/views.h"

namespace bpa::ui {

static const char* employment_key(Employment e) {
    switch (e) {
        case Employment::Fast: return "employment.fast";
        case Employment::Tilkalling: return "employment.tilkalling";
        case Employment::Vikar: return "employment.vikar";
    }
    return "";
}

// Edits one field of the assistant with id `id`; the id is captured, not a pointer,
// so that undo and redo (which replace the document) are safe.
template <typename F>
static auto on_assistant(const std::string& id, F f) {
    return [id, f](Document& d, auto v) { return edit_assistant(d, id, [&](Assistant& a) { f(a, v); }); };
}

// The assistant's planned hours over the 4 weeks from this week against the
// contract hours (plan.h, contract_hours_check).
static void contract_check(Ui& ui, const Assistant& a) {
    constexpr int weeks = 4;
    const Date today = ui.today_date;
    const ContractHoursCheck c = contract_hours_check(ui.app.session.doc(), a, monday_of(today), weeks);
    if (c.verdict == ContractHoursCheck::Verdict::NotCompared) return;
    const std::string text = ui.fmt("assistant.contract_planned", {{"planned", ui.app.i18n.number(c.planned, 1)},
                                                                  {"contract", ui.app.i18n.number(c.contract, 1)},
                                                                  {"from", ui.date(monday_of(today))},
                                                                  {"weeks", std::to_string(weeks)}});
    if (c.verdict == ContractHoursCheck::Verdict::Matches) {
        muted_text(text.c_str());
        mark(ui, "assistant.contract_check", text);
        return;
    }
    const std::string warning =
        text + " " + ui.tr(c.verdict == ContractHoursCheck::Verdict::Over ? "assistant.contract_over"
                                                                          : "assistant.contract_under");
    error_text(warning.c_str());
    mark(ui, "assistant.contract_check", warning);
}

// `a` is a copy: typing merges steps, and a merged step frees the document it
// replaces, with the assistant a reference would point into.
static void assistant_form(Ui& ui, const Assistant a) {
    const std::string id = a.id;
    const std::string p = "assistant." ;
    edit_text(ui, ui.tr("assistant.name"), "assistant.name", a.name,
              on_assistant(id, [](Assistant& x, const std::string& v) { x.name = v; }), true);

    show_text(ui.tr("assistant.employment"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (begin_combo("###assistant.employment", ui.tr(employment_key(a.employment)))) {
        for (Employment e : {Employment::Fast, Employment::Tilkalling, Employment::Vikar}) {
            if (selectable(ui.tr(employment_key(e)), e == a.employment) && e != a.employment)
                ui.app.run(ui.tr("assistant.employment"), [&](Document& d) {
                    return edit_assistant(d, id, [&](Assistant& x) { x.employment = e; });
                }, ui.now);
        }
        ImGui::EndCombo();
    }
    mark(ui, "assistant.employment");

    edit_date(ui, ui.tr("assistant.employed_from"), "assistant.employed_from", a.employed_from, false,
              on_assistant(id, [](Assistant& x, std::optional<Date> v) { x.employed_from = *v; }));
    edit_date(ui, ui.tr("assistant.employed_to"), "assistant.employed_to", a.employed_to, true,
              on_assistant(id, [](Assistant& x, std::optional<Date> v) { x.employed_to = v; }), a.employed_from,
              "form.before_employed_from");
    edit_date(ui, ui.tr("assistant.probation_until"), "assistant.probation_until", a.probation_until, true,
              on_assistant(id, [](Assistant& x, std::optional<Date> v) { x.probation_until = v; }), a.employed_from,
              "form.before_employed_from");
    edit_number(ui, ui.tr("assistant.contract_hours"), "assistant.contract_hours", a.contract_hours_per_week, 0, 168,
                on_assistant(id, [](Assistant& x, double v) { x.contract_hours_per_week = v; }));
    contract_check(ui, a);

    heading(ui.tr("assistant.person"));
    edit_date(ui, ui.tr("assistant.birth_date"), "assistant.birth_date", a.birth_date, true,
              on_assistant(id, [](Assistant& x, std::optional<Date> v) { x.birth_date = v; }));
    edit_text(ui, ui.tr("contact.phone"), "assistant.phone", a.phone,
              on_assistant(id, [](Assistant& x, const std::string& v) { x.phone = v; }));
    edit_text(ui, ui.tr("contact.email"), "assistant.email", a.email,
              on_assistant(id, [](Assistant& x, const std::string& v) { x.email = v; }));
    edit_text(ui, ui.tr("contact.address"), "assistant.address", a.address,
              on_assistant(id, [](Assistant& x, const std::string& v) { x.address = v; }));
    edit_bool(ui, ui.tr("assistant.related"), "assistant.related", a.related_to_user,
              on_assistant(id, [](Assistant& x, bool v) { x.related_to_user = v; }));
    help_marker(ui.tr("assistant.related_help"));
    // Single parent and a chronically ill child change the Norwegian child-sick
    // quota only (ftrl § 9-6); the Danish 1st and 2nd sick day has neither (seed 003 § 11.8).
    const bool no = ui.app.session.doc().arrangement.jurisdiction == Jurisdiction::NO;
    if (no)
        edit_bool(ui, ui.tr("assistant.single_parent"), "assistant.single_parent", a.single_parent,
                  on_assistant(id, [](Assistant& x, bool v) { x.single_parent = v; }));

    heading(ui.tr("assistant.children"));
    muted_text(ui.tr("assistant.children_help"));
    for (size_t i = 0; i < a.children.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const Child& c = a.children[i];
        std::string cid = "assistant.child" + std::to_string(i);
        edit_date(ui, ui.fmt("assistant.child_birth", {{"n", std::to_string(i + 1)}}).c_str(), (cid + ".birth").c_str(),
                  c.birth_date, false, on_assistant(id, [i](Assistant& x, std::optional<Date> v) {
                      if (i < x.children.size()) x.children[i].birth_date = *v;
                  }));
        if (no) {
            edit_bool(ui, ui.tr("assistant.child_chronic"), (cid + ".chronic").c_str(), c.chronic,
                      on_assistant(id, [i](Assistant& x, bool v) {
                          if (i < x.children.size()) x.children[i].chronic = v;
                      }));
            ImGui::SameLine();
        }
        if (small_button(label_id(ui.tr("common.remove"), (cid + ".remove").c_str()).c_str()))
            ui.app.run(ui.tr("assistant.child_remove"), [&](Document& d) {
                return edit_assistant(d, id, [&](Assistant& x) {
                    if (i < x.children.size()) x.children.erase(x.children.begin() + static_cast<long>(i));
                });
            }, ui.now);
        ImGui::PopID();
    }
    if (button(label_id(ui.tr("assistant.child_add"), "assistant.child_add").c_str())) {
        Date born = ui.today_date;
        ui.app.run(ui.tr("assistant.child_add"), [&](Document& d) {
            return edit_assistant(d, id, [&](Assistant& x) { x.children.push_back({born, false, Json::object()}); });
        }, ui.now);
    }
    mark(ui, "assistant.child_add");

    heading(ui.tr("assistant.note"));
    edit_text(ui, ui.tr("assistant.note"), "assistant.note", a.note,
              on_assistant(id, [](Assistant& x, const std::string& v) { x.note = v; }));
}

static void delete_dialog(Ui& ui) {
    Document const& d = ui.app.session.doc();
    const Assistant* a = d.find_assistant(ui.selected_assistant);
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("assistants.delete_title"), "assistants.delete").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        if (!a) {
            ImGui::CloseCurrentPopup();
        } else {
            auto shifts = std::count_if(d.shifts.begin(), d.shifts.end(), [&](auto& s) { return s.assistant == a->id; });
            auto absences = std::count_if(d.absences.begin(), d.absences.end(), [&](auto& s) { return s.assistant == a->id; });
            show_wrapped("%s", ui.fmt("assistants.delete_question", {{"name", a->name},
                                                                          {"shifts", std::to_string(shifts)},
                                                                          {"absences", std::to_string(absences)}}).c_str());
            const bool keep = has_records(d, *a);  // worked shifts, timesheets, absences, talks
            if (keep) show_wrapped("%s", ui.fmt("assistants.delete_has_records", {{"name", a->name}}).c_str());
            muted_text(ui.tr("assistants.delete_undo_hint"));
            if (big_button(ui, ui.tr(keep ? "people.archive" : "common.delete"), "assistants.delete_confirm")) {
                std::string id = a->id;
                const Date today = ui.today_date;
                if (keep)
                    ui.app.run(ui.fmt("assistants.archive_step", {{"name", a->name}}),
                               [id, today](Document& doc) { return archive_assistant(doc, id, today); }, ui.now);
                else if (ui.app.run(ui.fmt("assistants.delete_step", {{"name", a->name}}),
                                    [id](Document& doc) { return delete_assistant(doc, id); }, ui.now))
                    ui.selected_assistant.clear();
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (big_button(ui, ui.tr("common.cancel"), "assistants.delete_cancel") ||
                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
                ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void view_assistants(Ui& ui) {
    App& app = ui.app;
    const Document& d = app.session.doc();
    heading(ui.tr("nav.assistants"));

    if (big_button(ui, ui.tr("assistants.add"), "assistants.add")) {
        Date from = ui.today_date;
        std::string name = ui.tr("assistants.new_name");
        if (Outcome o = app.run(ui.tr("assistants.add"), [&](Document& doc) { return add_assistant(doc, name, from); }, ui.now))
            ui.selected_assistant = o.id;
    }
    if (!ui.selected_assistant.empty() && d.find_assistant(ui.selected_assistant)) {
        ImGui::SameLine();
        if (big_button(ui, ui.tr("assistants.delete"), "assistants.delete")) ImGui::OpenPopup("###assistants.delete");
    }
    delete_dialog(ui);

    if (d.assistants.empty()) {
        show_wrapped("%s", ui.tr("assistants.empty"));
        return;
    }

    float list_w = std::min(ImGui::GetContentRegionAvail().x * 0.45f, ImGui::GetFontSize() * 30);
    ImGui::BeginChild("###assistants.list", ImVec2(list_w, 0), false);
    // Three columns where they fit; else one, the employment and hours under the name.
    const bool wide = list_w >= ImGui::GetFontSize() * 20;
    if (ImGui::BeginTable("assistants", wide ? 3 : 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                         ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ui.tr("assistant.name"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        if (wide) {
            ImGui::TableSetupColumn(ui.tr("assistant.employment"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn(ui.tr("assistants.hours_short"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        }
        ImGui::TableHeadersRow();
        Date today = ui.today_date;
        for (const auto& a : d.assistants) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool sel = a.id == ui.selected_assistant;
            std::string label = archived(a)              ? a.name + " " + ui.tr("people.archived")
                                : a.employed_on(today) ? a.name
                                                       : a.name + " " + ui.tr("assistants.not_employed_now");
            const std::string employment = ui.tr(employment_key(a.employment));
            const std::string hours = app.i18n.number(a.contract_hours_per_week);
            if (!wide) label += "\n" + employment + ", " + hours + " " + ui.tr("assistants.hours_unit");
            if (selectable((label + "###row." + a.id).c_str(), sel, ImGuiSelectableFlags_SpanAllColumns)) {
                ui.selected_assistant = a.id;
                ui.pending_text.clear();
            }
            mark(ui, "assistants.row." + a.id);
            if (!wide) continue;
            ImGui::TableNextColumn();
            show_text(employment.c_str());
            ImGui::TableNextColumn();
            show_text(hours.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("###assistants.form", ImVec2(0, 0), true);
    if (const Assistant* a = d.find_assistant(ui.selected_assistant)) {
        ImGui::PushID(a->id.c_str());
        assistant_form(ui, *a);
        ImGui::PopID();
    } else {
        muted_text(ui.tr("assistants.choose"));
    }
    ImGui::EndChild();
}

}  // namespace bpa::ui
