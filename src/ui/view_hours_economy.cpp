// Timer → Økonomi: the budget's parameters (seed 003 § 6; a Norwegian
// self-employed employer's own rates), the hourly cost, the budget against the
// year's confirmed hours, the annual account, and the printable page.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "app/print.h"
#include "core/economy.h"
#include "platform/platform.h"
#include "ui/views.h"

namespace bpa::ui {

namespace {

// The year's economy, worked out when the document, the year or the day changes.
const YearEconomy& economy_of(Ui& ui, int year) {
    static YearEconomy cached;
    static std::string key;
    const std::string now = std::to_string(ui.app.session.revision()) + "|" + std::to_string(year) + "|" + ui.today;
    if (now != key) {
        cached = year_economy(ui.app.session.doc(), year, ui.today_date);
        key = now;
    }
    return cached;
}

void number_param(Ui& ui, const char* name, double value, double max) {
    const std::string id = std::string("economy.") + name;
    const std::string n = name;
    ImGui::TableNextColumn();
    edit_number(ui, ui.tr(id.c_str()), id.c_str(), value, 0, max,
                [n](Document& d, double v) { return set_budget_parameter(d, n, v); });
}

void time_param(Ui& ui, const char* name, TimeOfDay value) {
    const std::string id = std::string("economy.") + name;
    const std::string n = name;
    ImGui::TableNextColumn();
    edit_text(ui, ui.tr(id.c_str()), id.c_str(), value.str(),
              [n](Document& d, const std::string& v) { return set_budget_parameter(d, n, v); });
}

void parameters(Ui& ui, const BudgetParams& p, bool dk) {
    const float em = ImGui::GetFontSize();
    const int columns = std::max(1, std::min(4, int(ImGui::GetContentRegionAvail().x / (em * 11))));
    if (!ImGui::BeginTable("###economy.params", columns, ImGuiTableFlags_None)) return;
    if (dk) {
        ImGui::TableNextColumn();
        edit_text(ui, ui.tr("economy.wage_step"), "economy.wage_step", p.wage_step,
                  [](Document& d, const std::string& v) { return set_budget_parameter(d, "wage_step", v); });
    }
    number_param(ui, "hourly_wage", p.hourly_wage, 10000);
    number_param(ui, "evening_supplement", p.evening_supplement, 10000);
    time_param(ui, "evening_from", p.evening_from);
    time_param(ui, "evening_to", p.evening_to);
    number_param(ui, "night_supplement", p.night_supplement, 10000);
    time_param(ui, "night_from", p.night_from);
    time_param(ui, "night_to", p.night_to);
    number_param(ui, "saturday_supplement", p.saturday_supplement, 10000);
    time_param(ui, "saturday_from", p.saturday_from);
    number_param(ui, "sunday_supplement", p.sunday_supplement, 10000);
    number_param(ui, "holiday_supplement", p.holiday_supplement, 10000);
    number_param(ui, "pension_percent", p.pension_percent, 100);
    number_param(ui, "holiday_pay_percent", p.holiday_pay_percent, 100);
    if (dk) number_param(ui, "atp_per_hour", p.atp_per_hour, 10000);
    else number_param(ui, "employer_tax_percent", p.employer_tax_percent, 100);
    ImGui::EndTable();
}

}  // namespace

void economy_tab(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const bool dk = doc.arrangement.jurisdiction == Jurisdiction::DK;
    static int year = 0;
    if (year == 0) year = ui.today_date.year();
    ImGui::BeginChild("###economy.body");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    input_int(label_id(ui.tr("print.year"), "economy.year").c_str(), &year);
    mark(ui, "economy.year");
    year = std::clamp(year, 1900, 2100);
    muted_text(ui.tr(dk ? "economy.help_dk" : "economy.help_no"));

    const YearEconomy& e = economy_of(ui, year);
    heading(ui.tr("economy.parameters"));
    parameters(ui, e.params, dk);
    muted_text(ui.tr("economy.supplement_help"));

    heading(ui.fmt("economy.result_title", {{"year", std::to_string(year)}}).c_str());
    if (e.wage_missing) {
        error_text(ui.tr("economy.wage_missing"));
        mark(ui, "economy.wage_missing");
    }
    if (ImGui::BeginTable("###economy.rows", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        for (const auto& r : economy_rows(app.i18n, e)) {
            ImGui::TableNextColumn();
            show_text(ui.tr(r.key));
            ImGui::TableNextColumn();
            if (r.total) show_colored(ImGui::GetStyleColorVec4(ImGuiCol_PlotLinesHovered), "%s", r.value.c_str());
            else show_text(r.value.c_str());
            mark(ui, std::string("economy.value.") + (std::string(r.key).substr(12)), r.value);
        }
        ImGui::EndTable();
    }
    muted_text(ui.tr(dk ? "economy.account_help_dk" : "economy.account_help_no"));
    if (big_button(ui, ui.tr("economy.print"), "economy.print")) {
        if (!platform::open_print_window(economy_html(doc, app.i18n, e)))
            app.notify(Notice::Kind::Error, table_text("plan.print_blocked"), ui.now);
    }
    ImGui::EndChild();
}

}  // namespace bpa::ui
