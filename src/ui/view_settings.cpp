// Innstillinger / Indstillinger: the arrangement (name, jurisdiction, decisions,
// people around it), how the page looks, and the data (export, import, restore).
//
// [SECTION] Arrangement
// [SECTION] Decisions
// [SECTION] Contacts
// [SECTION] Display
// [SECTION] Data
#include <algorithm>

#include <imgui.h>

#include <imgui_stdlib.h>

#include "core/commands.h"
#include "core/hours.h"
#include "platform/platform.h"
#include "ui/views.h"

namespace bpa::ui {

static const EmployerModel employer_models[] = {EmployerModel::Unset, EmployerModel::Kommune, EmployerModel::Leverandor,
                                                EmployerModel::Selv, EmployerModel::Naertstaaende,
                                                EmployerModel::Forening, EmployerModel::Privat};

static std::string employer_key(EmployerModel m) { return std::string("employer.") + (m == EmployerModel::Unset ? "unset" : to_string(m)); }

// [SECTION] Arrangement -------------------------------------------------------
// DK: the decision's paragraph (serviceloven § 95 or § 96; a stay abroad needs
// § 96, seed 003 § 9.3) and the employer's CVR number (§ 6.1).
static void dk_facts(Ui& ui) {
    App& app = ui.app;
    const Arrangement& a = app.session.doc().arrangement;
    show_text(ui.tr("settings.service_act_section"));
    ImGui::SameLine();
    help_marker(ui.tr("settings.service_act_section_help"));
    const std::optional<int> section = service_act_section(a);
    int choice = section == 95 ? 1 : section == 96 ? 2 : 0;
    bool changed = radio(label_id(ui.tr("settings.section_unset"), "settings.section_unset").c_str(), &choice, 0);
    mark(ui, "settings.section_unset");
    const float radio_w = ImGui::CalcTextSize("§ 95").x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    same_line_if_fits(radio_w);
    changed |= radio(label_id("§ 95", "settings.section_95").c_str(), &choice, 1);
    mark(ui, "settings.section_95");
    same_line_if_fits(radio_w);
    changed |= radio(label_id("§ 96", "settings.section_96").c_str(), &choice, 2);
    mark(ui, "settings.section_96");
    if (changed) {
        std::optional<int> v = choice == 1 ? std::optional<int>(95) : choice == 2 ? std::optional<int>(96) : std::nullopt;
        app.run(ui.tr("settings.service_act_section"), [v](Document& d) { return set_service_act_section(d, v); }, ui.now);
    }
    // The CVR number: stored when it is 8 digits (or cleared); while typing, what is wrong is said.
    static std::string cvr;
    static uint64_t shown_revision = ~0ull;
    if (shown_revision != app.session.revision() && !ImGui::IsAnyItemActive()) cvr = cvr_number(a);
    shown_revision = app.session.revision();
    show_text(ui.tr("settings.cvr"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (input_text("###settings.cvr", &cvr)) {
        std::string digits;
        for (char c : cvr)
            if (c != ' ') digits += c;
        if (digits.empty() || valid_cvr(digits))
            app.run(ui.tr("settings.cvr"), [digits](Document& d) { return set_cvr_number(d, digits); }, ui.now);
    }
    mark(ui, "settings.cvr", cvr);
    std::string digits;
    for (char c : cvr)
        if (c != ' ') digits += c;
    if (!digits.empty() && !valid_cvr(digits)) error_text(ui.fmt("form.not_saved", {{"problem", ui.tr("settings.cvr_bad")}}).c_str());
}

static void arrangement_section(Ui& ui) {
    App& app = ui.app;
    const Arrangement& a = app.session.doc().arrangement;
    heading(ui.tr("settings.arrangement"));
    edit_text(ui, ui.tr("settings.name"), "settings.name", a.name,
              [](Document& d, const std::string& v) { return set_arrangement_name(d, v); }, true);

    show_text(ui.tr("settings.jurisdiction"));
    int j = a.jurisdiction == Jurisdiction::NO ? 0 : 1;
    bool changed = radio(label_id(ui.tr("jurisdiction.NO"), "settings.no").c_str(), &j, 0);
    mark(ui, "settings.no");
    ImGui::SameLine();
    changed |= radio(label_id(ui.tr("jurisdiction.DK"), "settings.dk").c_str(), &j, 1);
    mark(ui, "settings.dk");
    if (changed) {
        Jurisdiction nj = j == 0 ? Jurisdiction::NO : Jurisdiction::DK;
        if (nj != a.jurisdiction)
            app.run(ui.tr("settings.jurisdiction"), [nj](Document& d) { return set_jurisdiction(d, nj); }, ui.now);
    }
    help_marker(ui.tr("settings.jurisdiction_help"));

    show_text(ui.tr("settings.employer_model"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    if (begin_combo("###settings.employer_model", ui.tr(employer_key(a.employer_model)))) {
        for (EmployerModel m : employer_models) {
            if (!employer_model_allowed(a.jurisdiction, m)) continue;
            if (selectable(ui.tr(employer_key(m)), m == a.employer_model) && m != a.employer_model)
                app.run(ui.tr("settings.employer_model"), [m](Document& d) { return set_employer_model(d, m); }, ui.now);
        }
        ImGui::EndCombo();
    }
    mark(ui, "settings.employer_model");
    if (a.jurisdiction == Jurisdiction::DK) dk_facts(ui);
}

// [SECTION] Decisions ---------------------------------------------------------
static void decisions_section(Ui& ui) {
    App& app = ui.app;
    const Arrangement& a = app.session.doc().arrangement;
    heading(ui.tr("settings.decisions"));
    muted_text(ui.tr("settings.decisions_help"));
    for (size_t i = 0; i < a.decisions.size(); ++i) {
        const Decision& dec = a.decisions[i];
        ImGui::PushID(static_cast<int>(i));
        std::string id = "decision" + std::to_string(i);
        ImGui::BeginGroup();
        show_textf("%s", ui.fmt("settings.decision_n", {{"n", std::to_string(i + 1)}}).c_str());
        auto at = [i](auto f) {
            return [i, f](Document& d, auto v) {
                if (i >= d.arrangement.decisions.size()) return Outcome{Refusal::UnknownItem};
                Decision x = d.arrangement.decisions[i];
                f(x, v);
                return update_decision(d, i, x);
            };
        };
        // A decision may not overlap its neighbours: the form refuses such dates.
        std::optional<Date> prev_end = i > 0 ? a.decisions[i - 1].to : std::nullopt;
        std::optional<Date> min_from = prev_end ? std::optional<Date>(*prev_end + Days{1}) : std::nullopt;
        edit_date(ui, ui.tr("settings.decision_from"), (id + ".from").c_str(), dec.from, false,
                  at([](Decision& x, std::optional<Date> v) { x.from = *v; }), min_from, "form.overlaps_previous");
        edit_date(ui, ui.tr("settings.decision_to"), (id + ".to").c_str(), dec.to, true,
                  at([](Decision& x, std::optional<Date> v) { x.to = v; }), dec.from, "form.before_from");
        edit_number(ui, ui.tr("settings.decision_hours"), (id + ".hours").c_str(), dec.hours_per_week, 0, max_decision_hours,
                    at([](Decision& x, double v) { x.hours_per_week = v; }));
        edit_text(ui, ui.tr("settings.decision_reference"), (id + ".reference").c_str(), dec.reference,
                  at([](Decision& x, const std::string& v) { x.reference = v; }));
        if (button(label_id(ui.tr("common.remove"), (id + ".remove").c_str()).c_str()))
            app.run(ui.tr("settings.decision_remove"), [i](Document& d) { return remove_decision(d, i); }, ui.now);
        mark(ui, id + ".remove");
        ImGui::EndGroup();
        ImGui::Separator();
        ImGui::PopID();
    }
    bool open_ended = !a.decisions.empty() && !a.decisions.back().to;
    ImGui::BeginDisabled(open_ended);
    if (button(label_id(ui.tr("settings.decision_add"), "settings.decision_add").c_str())) {
        Date from = a.decisions.empty() ? ui.today_date : *a.decisions.back().to + Days{1};
        double hours = a.decisions.empty() ? 0 : a.decisions.back().hours_per_week;
        app.run(ui.tr("settings.decision_add"), [from, hours](Document& d) { return add_decision(d, from, hours); }, ui.now);
    }
    ImGui::EndDisabled();
    mark(ui, "settings.decision_add");
    if (open_ended) muted_text(ui.tr("settings.decision_add_hint"));
}

// [SECTION] Contacts ----------------------------------------------------------
static void contact_editor(Ui& ui, const char* title_key, const char* id, const Contact& c, ContactRole role) {
    ImGui::PushID(id);
    if (ImGui::TreeNodeEx(label_id(ui.tr(title_key), id).c_str(), c.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
        auto set = [role, &c](std::string Contact::*field) {
            return [role, field, c](Document& d, const std::string& v) {
                Contact x = c;
                x.*field = v;
                return set_contact(d, role, x);
            };
        };
        std::string p = id;
        edit_text(ui, ui.tr("contact.name"), (p + ".name").c_str(), c.name, set(&Contact::name));
        edit_text(ui, ui.tr("contact.phone"), (p + ".phone").c_str(), c.phone, set(&Contact::phone));
        edit_text(ui, ui.tr("contact.email"), (p + ".email").c_str(), c.email, set(&Contact::email));
        edit_text(ui, ui.tr("contact.note"), (p + ".note").c_str(), c.note, set(&Contact::note));
        ImGui::TreePop();
    }
    ImGui::PopID();
}

static void contacts_section(Ui& ui) {
    const Arrangement& a = ui.app.session.doc().arrangement;
    heading(ui.tr("settings.people"));
    contact_editor(ui, "settings.leader", "leader", a.leader, ContactRole::Leader);
    contact_editor(ui, "settings.deputy", "deputy", a.deputy, ContactRole::Deputy);
    contact_editor(ui, "settings.employer", "employer", a.employer, ContactRole::Employer);
    contact_editor(ui, "settings.municipality", "municipality", a.municipality, ContactRole::Municipality);
    if (a.jurisdiction == Jurisdiction::DK)  // seed 003 § 5.2: who pays the wages on the employer's behalf
        contact_editor(ui, "settings.payroll_administrator", "payroll_administrator", payroll_administrator(a),
                       ContactRole::PayrollAdministrator);
}

// [SECTION] Display -----------------------------------------------------------
// Every key the page answers to, as a table.
static void keyboard_section(Ui& ui) {
    heading(ui.tr("settings.keyboard"));
    muted_text(ui.tr("settings.keyboard_help"));
    static const char* const keys[][2] = {
        {"Tab", "keys.tab"},
        {"Shift+Tab", "keys.shift_tab"},
        {"Enter", "keys.enter"},
        {"Space", "keys.space"},
        {"← ↑ → ↓", "keys.arrows"},
        {"Esc", "keys.escape"},
        {"Ctrl+Z", "keys.undo"},
        {"Ctrl+Y", "keys.redo"},
        {"Ctrl+← →", "keys.shift_move"},
        {"Ctrl+Shift+← →", "keys.shift_move_hour"},
        {"Ctrl+Alt+← →", "keys.shift_end"},
        {"Ctrl+↑ ↓", "keys.shift_row"},
        {"Delete", "keys.shift_delete"},
    };
    if (!ImGui::BeginTable("###settings.keys", 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupColumn(ui.tr("keys.key"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10);
    ImGui::TableSetupColumn(ui.tr("keys.does"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const auto& k : keys) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        show_text(std::string(k[0]) == "Space" ? ui.tr("keys.space_name") : k[0]);
        ImGui::TableNextColumn();
        show_wrapped("%s", ui.tr(k[1]));
    }
    ImGui::EndTable();
}

static void display_section(Ui& ui) {
    App& app = ui.app;
    heading(ui.tr("settings.display"));
    show_text(ui.tr("settings.language"));
    language_combo(ui, "settings.language", ImGui::GetFontSize() * 12);

    show_text(ui.tr("settings.text_size"));
    int percent = static_cast<int>(app.settings.text_scale * 100.0f + 0.5f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    // Applied when released, so the layout does not jump while dragging.
    static int dragging = -1;
    int shown = dragging >= 0 ? dragging : percent;
    if (slider_int("###settings.text_size", &shown, 100, 200, "%d %%")) dragging = shown;
    if (ImGui::IsItemDeactivatedAfterEdit() && dragging >= 0) {
        app.set_text_scale(dragging / 100.0f);
        dragging = -1;
    }
    mark(ui, "settings.text_size");
    for (int p : {100, 150, 200}) {
        std::string label = std::to_string(p) + " %###size" + std::to_string(p);
        same_line_if_fits(button_width(label.c_str()));
        if (button(label.c_str())) app.set_text_scale(p / 100.0f);
        mark(ui, "settings.size" + std::to_string(p));
    }
    bool hc = app.settings.high_contrast;
    if (checkbox(label_id(ui.tr("settings.high_contrast"), "settings.high_contrast").c_str(), &hc))
        app.set_high_contrast(hc);
    mark(ui, "settings.high_contrast");
    bool projector = app.settings.projector;
    if (checkbox(label_id(ui.tr("settings.projector"), "settings.projector").c_str(), &projector))
        app.set_projector(projector);
    mark(ui, "settings.projector");
    muted_text(ui.tr("settings.projector_help"));
    keyboard_section(ui);
}

// [SECTION] Data --------------------------------------------------------------
// Whether the browser keeps the data for good, how much is stored, and, for
// the saved page opened from a file, that its data belongs to that location.
static void storage_lines(Ui& ui) {
    const platform::StorageInfo info = platform::storage_info();
    heading(ui.tr("storage.heading"));
    const char* persisted = info.persisted > 0 ? "storage.persisted" : info.persisted == 0 ? "storage.not_persisted"
                                                                                           : "storage.persist_unknown";
    show_wrapped("%s", ui.tr(persisted));
    mark(ui, "settings.storage", std::to_string(info.persisted));
    if (info.used >= 0) {
        const double mb = info.used / 1e6;
        std::string text = ui.fmt("storage.used", {{"used", ui.app.i18n.number(mb < 0.1 ? 0.1 : mb, 1)}});
        if (info.quota > 0) text += " " + ui.fmt("storage.quota", {{"quota", ui.app.i18n.number(info.quota / 1e9, 1)}});
        show_wrapped("%s", text.c_str());
        mark(ui, "settings.storage_used", std::to_string(info.used));
    }
    if (info.from_file) muted_text(ui.tr("storage.file_note"));
}

static void data_section(Ui& ui) {
    App& app = ui.app;
    heading(ui.tr("settings.data"));
    muted_text(ui.tr("settings.data_help"));
    if (app.has_open()) {
        if (big_button(ui, ui.tr("top.export"), "settings.export")) export_backup(ui);
        same_line_if_fits(button_width(ui.tr("crypto.export")));
        export_encrypted(ui);
        same_line_if_fits(button_width(ui.tr("top.import")));
    }
    if (big_button(ui, ui.tr("top.import"), "settings.import")) platform::open_file_picker();
    storage_lines(ui);
    if (!app.has_open()) return;

    heading(ui.tr("backup.heading"));
    backup_line(ui, "settings.backup");
    int days = app.settings.backup_reminder_days;
    ImGui::AlignTextToFramePadding();
    show_text(ui.tr("backup.remind_after"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (input_int("###settings.backup_days", &days)) {
        app.settings.backup_reminder_days = std::clamp(days, 0, 365);
        app.save_settings();
    }
    mark(ui, "settings.backup_days");
    help_marker(ui.tr("backup.remind_help"));

    auto it = std::find_if(app.library.begin(), app.library.end(), [&](auto& e) { return e.id == app.open_id(); });
    bool has_previous = it != app.library.end() && it->has_previous;
    ImGui::BeginDisabled(!has_previous);
    if (big_button(ui, ui.tr("settings.restore_previous"), "settings.restore_previous")) app.restore_previous(ui.now);
    ImGui::EndDisabled();
    help_marker(ui.tr("settings.restore_help"));

    if (big_button(ui, ui.tr("settings.delete_arrangement"), "settings.delete_arrangement"))
        ImGui::OpenPopup("###settings.delete");
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("settings.delete_title"), "settings.delete").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        show_wrapped("%s", ui.fmt("settings.delete_question", {{"name", app.session.doc().arrangement.name}}).c_str());
        ImGui::Separator();
        backup_line(ui, "settings.delete_backup");
        ImGui::Separator();
        // The safe choice first: it has the keyboard focus when the question opens.
        bool cancel = big_button(ui, ui.tr("common.cancel"), "settings.delete_cancel") ||
                      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
        ImGui::SameLine();
        if (danger_button(ui, ui.tr("common.delete"), "settings.delete_confirm")) {
            app.remove(app.open_id(), ui.now);
            ui.screen = Screen::Overview;
            ImGui::CloseCurrentPopup();
        } else if (cancel) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void view_settings(Ui& ui) {
    if (!ImGui::BeginTabBar("###settings.tabs")) return;
    auto tab = [&](const char* key, const char* id, void (*draw)(Ui&)) {
        bool open = ImGui::BeginTabItem(label_id(ui.tr(key), id).c_str());
        mark(ui, id);
        if (open) {
            ImGui::BeginChild((std::string("###") + id + ".body").c_str());
            draw(ui);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    };
    if (ui.app.has_open()) {
        tab("settings.arrangement", "settings.tab.arrangement", [](Ui& u) {
            arrangement_section(u);
            decisions_section(u);
        });
        tab("settings.people", "settings.tab.people", contacts_section);
        tab("settings.rules", "settings.tab.rules", rules_section);
    }
    tab("settings.display", "settings.tab.display", display_section);
    tab("settings.data", "settings.tab.data", data_section);
    ImGui::EndTabBar();
}

}  // namespace bpa::ui
