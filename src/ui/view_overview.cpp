// Oversikt: the start screen when nothing is open, and the arrangement's key
// figures when one is.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/print.h"
#include "core/summary.h"
#include "platform/platform.h"
#include "ui/views.h"

namespace bpa::ui {

// For a leader starting from nothing: the five steps to a first plan. Once an
// arrangement is stored, the overview's guide ticks them off instead.
static void start_steps(Ui& ui) {
    static constexpr const char* steps[] = {"create", "decision", "assistants", "need", "plan"};
    heading(ui.tr("first_steps.title"));
    mark(ui, "start.steps", std::to_string(std::size(steps)));
    show_wrapped("%s", ui.tr("start.steps_intro"));
    ImGui::Indent();
    int n = 0;
    for (const char* key : steps) {
        const std::string text = std::to_string(++n) + ". " + ui.tr(std::string("start.steps.") + key);
        show_wrapped("%s", text.c_str());
        mark(ui, std::string("start.steps.") + key, text);
    }
    ImGui::Unindent();
}

void view_start(Ui& ui) {
    App& app = ui.app;
    heading(ui.tr("start.welcome_title"));
    show_wrapped("%s", ui.tr("start.welcome_text"));
    if (platform::storage_info().from_file) {  // the saved page: its data belongs to this file's location
        muted_text(ui.tr("storage.file_note"));
        mark(ui, "start.file_note", ui.tr("storage.file_note"));
    }
    if (app.library.empty()) start_steps(ui);
    ImGui::Spacing();

    // New arrangement
    heading(ui.tr("start.new_title"));
    static std::string name;
    // The country starts as the page's (a Danish page, Danmark) until one is chosen.
    static int chosen = -1;
    int jur = chosen >= 0 ? chosen : app.i18n.jurisdiction == Jurisdiction::DK ? 1 : 0;
    show_text(ui.tr("settings.name"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    input_text("###start.name", &name);
    mark(ui, "start.name");
    if (radio(label_id(ui.tr("jurisdiction.NO"), "start.no").c_str(), &jur, 0)) chosen = jur;
    mark(ui, "start.no");
    ImGui::SameLine();
    if (radio(label_id(ui.tr("jurisdiction.DK"), "start.dk").c_str(), &jur, 1)) chosen = jur;
    mark(ui, "start.dk");
    bool has_name = name.find_first_not_of(" \t") != std::string::npos;
    ImGui::BeginDisabled(!has_name);
    if (big_button(ui, ui.tr("start.create"), "start.create")) {
        app.new_arrangement(name, jur == 0 ? Jurisdiction::NO : Jurisdiction::DK, ui.now);
        name.clear();
        ui.screen = Screen::Settings;
    }
    ImGui::EndDisabled();
    if (!has_name) muted_text(ui.tr("start.name_needed"));

    // Examples
    heading(ui.tr("start.examples_title"));
    show_wrapped("%s", ui.tr("start.examples_text"));
    for (size_t i = 0; i < examples().size(); ++i) {
        const ExampleInfo& e = examples()[i];
        if (i > 0) same_line_if_fits(button_width(ui.tr(e.label_key)));  // on a narrow screen, one under the other
        if (big_button(ui, ui.tr(e.label_key), ("start.example" + std::to_string(i)).c_str())) {
            if (app.load_example(e, ui.now)) ui.screen = Screen::Overview;
        }
    }

    // Import
    heading(ui.tr("start.import_title"));
    show_wrapped("%s", ui.tr("start.import_text"));
    if (big_button(ui, ui.tr("top.import"), "start.import")) platform::open_file_picker();

    // Stored arrangements
    if (!app.library.empty()) {
        heading(ui.tr("start.stored_title"));
        // The one chosen opens after the list is drawn: opening may read the stored list anew.
        std::optional<std::string> chosen;
        for (const auto& e : app.library) {
            std::string label = e.name + "  (" + ui.tr(("jurisdiction." + e.jurisdiction).c_str()) + ")";
            if (big_button(ui, label.c_str(), ("start.open." + e.id).c_str())) chosen = e.id;
            ImGui::SameLine();
            muted_text(ui.fmt("start.saved_at", {{"time", e.saved_at}}).c_str());
        }
        if (chosen && app.open(*chosen, ui.now)) ui.screen = Screen::Overview;
    }
}

void view_overview(Ui& ui) {
    App& app = ui.app;
    const Document& d = app.session.doc();
    heading(d.arrangement.name.c_str());
    first_steps_panel(ui);
    learn_panel(ui);

    auto today = ui.today_date;
    const Summary sum = summarize(d, today);

    if (ImGui::BeginTable("figures", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
        auto row = [&](const char* key, const std::string& value, const char* id) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            show_text(ui.tr(key));
            ImGui::TableNextColumn();
            show_text(value.c_str());
            mark(ui, id);
        };
        row("overview.jurisdiction", ui.country(d.arrangement.jurisdiction),
            "overview.jurisdiction");
        const Attention& att = app.attention(today);
        row("overview.decision_today",
            sum.decided_hours_per_week
                ? ui.fmt("overview.hours_per_week", {{"hours", ui.app.i18n.number(*sum.decided_hours_per_week)}})
            : att.next_decision
                ? ui.fmt("overview.decision_upcoming", {{"date", ui.date(att.next_decision->from)},
                                                        {"n", std::to_string((att.next_decision->from - today).count)},
                                                        {"hours", ui.app.i18n.number(att.next_decision->hours_per_week)}})
                : std::string(ui.tr("overview.no_decision")),
            "overview.decision");
        row("overview.assistants_active", ui.fmt("overview.count_of", {{"n", std::to_string(sum.assistants_employed)},
                                                                        {"total", std::to_string(sum.assistants_total)}}),
            "overview.assistants");
        row("overview.shifts", std::to_string(sum.shifts), "overview.shifts");
        row("overview.absences", std::to_string(sum.absences), "overview.absences");
        ImGui::EndTable();
    }
    // What needs attention now, each a click away from where it is dealt with.
    {
        const Attention& att = app.attention(today);
        heading(ui.tr("overview.attention"));
        int shown = 0;
        auto item = [&](int n, const char* one, const char* many, const char* go, const char* id, Screen to) {
            if (n <= 0) return;
            ++shown;
            ImGui::AlignTextToFramePadding();
            show_wrapped("%s", ui.fmt(n == 1 ? one : many, {{"n", std::to_string(n)}}).c_str());
            mark(ui, std::string(id) + ".text", std::to_string(n));
            same_line_if_fits(button_width(ui.tr(go)));
            if (button(label_id(ui.tr(go), id).c_str())) ui.screen = to;
            mark(ui, id);
        };
        item(att.errors_this_and_next_week, "overview.errors_one", "overview.errors", "overview.to_plan", "overview.errors",
             Screen::Plan);
        item(att.open_shifts, "overview.open_one", "overview.open", "overview.to_absence", "overview.open", Screen::Absence);
        item(att.timesheets_waiting, "overview.waiting_one", "overview.waiting", "overview.to_hours", "overview.waiting",
             Screen::Hours);
        if (shown == 0) muted_text(ui.tr("overview.nothing"));
    }
    if (!sum.decided_hours_per_week && !app.attention(today).next_decision) {
        ImGui::Spacing();
        error_text(ui.tr("overview.no_decision_hint"));
        if (big_button(ui, ui.tr("overview.go_settings"), "overview.go_settings")) ui.screen = Screen::Settings;
    }
    if (app.backup_due(ui.today)) {  // the reminder: export a backup now and then
        ImGui::Spacing();
        backup_line(ui, "overview.backup");
    }
    if (d.assistants.empty()) {
        ImGui::Spacing();
        show_wrapped("%s", ui.tr("overview.no_assistants_hint"));
        if (big_button(ui, ui.tr("assistants.add"), "overview.add_assistant")) ui.screen = Screen::Assistants;
    }

    // Deadlines: what is overdue first, then the next 30 days, each a click
    // from where it is dealt with (commands_year.h, deadline_agenda).
    heading(ui.tr("overview.deadlines_title"));
    const DeadlineAgenda& agenda = app.deadline_agenda(today);
    auto rows = [&](const std::vector<YearDeadline>& list, const char* id, bool overdue) {
        if (!ImGui::BeginTable(id, 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
            return;
        ImGui::TableSetupColumn("date", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000-00-00").x);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("go", ImGuiTableColumnFlags_WidthFixed, deadline_go_width(ui));
        for (size_t i = 0; i < list.size(); ++i) {
            const YearDeadline& y = list[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            show_text(ui.date(y.deadline.date).c_str());
            ImGui::TableNextColumn();
            std::string what = deadline_text(app.i18n, y.deadline);
            if (overdue) error_text(what.c_str());
            else show_wrapped("%s", what.c_str());
            mark(ui, std::string(id) + "." + std::to_string(i), y.key);
            ImGui::TableNextColumn();
            deadline_go_button(ui, y, std::string(id) + ".go." + std::to_string(i));
            ImGui::PopID();
        }
        ImGui::EndTable();
    };
    if (!agenda.overdue.empty()) {
        error_text(ui.fmt("overview.overdue", {{"n", std::to_string(agenda.overdue.size())}}).c_str());
        rows(agenda.overdue, "overview.overdue", true);
    }
    if (!agenda.coming.empty()) {
        show_text(ui.tr("overview.coming"));
        rows(agenda.coming, "overview.coming", false);
    } else {
        muted_text(ui.tr("overview.no_deadlines"));
    }
    if (big_button(ui, ui.tr("overview.to_year"), "overview.to_year")) ui.screen = Screen::Year;

    // The next public holidays, so that the plan can be made with them in mind.
    heading(ui.tr("overview.holidays_title"));
    for (const auto& h : sum.next_holidays)
        show_bullet("%s  %s", ui.date(h.date).c_str(), ui.tr(("holiday." + h.key).c_str()));
}

}  // namespace bpa::ui
