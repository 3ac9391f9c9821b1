// Årshjul: the year as a 12-month band with the handbook's four periods
// (seed 000, Vedlegg 6), every deadline a mark and today a line; below it the
// deadlines by month, each with a done box and a button to where it is dealt
// with; the calendar download (.ics) and the two print pages (the year on one
// sheet, the hours bank of Vedlegg 5).
//
// [SECTION] State and helpers
// [SECTION] Tool row: year, calendar, print
// [SECTION] The band
// [SECTION] The list by month
// [SECTION] Screen
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "app/print.h"
#include "core/ics.h"
#include "platform/platform.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] State and helpers -------------------------------------------------
namespace {

struct YearUi {
    int year = 0;            // the year shown; 0 until the screen first opens
    int scroll_to_month = 0; // 1..12: the list scrolls to this month next frame
};
YearUi g_year;

// The wheel's period colours: light tints that keep dark text readable, and
// deeper ones on the high-contrast (dark) background.
ImVec4 period_color(int period, bool dark) {
    static const ImVec4 light[] = {{0.80f, 0.88f, 0.98f, 1}, {0.82f, 0.93f, 0.80f, 1}, {0.99f, 0.91f, 0.72f, 1},
                                   {0.95f, 0.82f, 0.88f, 1}};
    static const ImVec4 deep[] = {{0.10f, 0.22f, 0.45f, 1}, {0.10f, 0.33f, 0.12f, 1}, {0.42f, 0.30f, 0.02f, 1},
                                  {0.40f, 0.10f, 0.25f, 1}};
    int i = std::clamp(period, 1, 4) - 1;
    return dark ? deep[i] : light[i];
}

bool dark_background() {
    ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return bg.x + bg.y + bg.z < 0.9f;
}

ImVec4 overdue_color(bool dark) { return dark ? ImVec4(1.0f, 0.55f, 0.55f, 1) : ImVec4(0.75f, 0.05f, 0.05f, 1); }
ImVec4 done_color(bool dark) { return dark ? ImVec4(0.45f, 0.85f, 0.55f, 1) : ImVec4(0.05f, 0.50f, 0.20f, 1); }

Screen screen_of(DealtWith w) {
    switch (w) {
        case DealtWith::Arrangement: return Screen::Settings;
        case DealtWith::Assistants: return Screen::Assistants;
        case DealtWith::Plan: return Screen::Plan;
        case DealtWith::Hours: return Screen::Hours;
        case DealtWith::Absence: return Screen::Absence;
        case DealtWith::People: return Screen::People;
    }
    return Screen::Overview;
}

}  // namespace

// Shared with the overview: the widest of the buttons below, so that the
// column of buttons lines up from one table to the next.
float deadline_go_width(Ui& ui) {
    float w = 0;
    for (DealtWith d : {DealtWith::Arrangement, DealtWith::Assistants, DealtWith::Plan, DealtWith::Hours, DealtWith::Absence,
                        DealtWith::People})
        w = std::max(w, button_width(ui.tr((std::string("year.go.") + to_string(d)).c_str())));
    return w;
}

// Shared with the overview: the button that leads to where a deadline is dealt with.
bool deadline_go_button(Ui& ui, const YearDeadline& y, const std::string& id) {
    std::string label = label_id(ui.tr((std::string("year.go.") + to_string(y.where)).c_str()), id.c_str());
    bool pressed = button(label.c_str());
    mark(ui, id, to_string(y.where));
    if (pressed) {
        ui.screen = screen_of(y.where);
        if (!y.deadline.assistant.empty()) ui.selected_assistant = y.deadline.assistant;
        if (y.where == DealtWith::People) {  // the tab where it is done
            const std::string& k = y.deadline.kind;
            ui.people.tab = k == "application_deadline" || k.rfind("wheel_", 0) == 0 ? PeopleUi::Recruitment
                            : k == "appraisal_due" || k == "probation_talk" || k == "talk_followup" ? PeopleUi::Talks
                                                                                                      : PeopleUi::Onboarding;
            ui.people.switch_tab = true;
            if (k == "application_deadline") ui.people.vacancy = y.deadline.ref;
            if (k == "talk_followup") ui.people.talk = y.deadline.ref;
        }
    }
    return pressed;
}

// Shared with the overview: ticks or unticks a deadline done (today).
bool deadline_done_box(Ui& ui, const YearDeadline& y, const std::string& id) {
    bool done = y.done_on.has_value();
    bool pressed = checkbox(label_id(ui.tr("year.done"), id.c_str()).c_str(), &done);
    mark(ui, id, y.key + (y.done_on ? "|done" : "|open"));
    if (pressed) {
        std::optional<Date> on;
        if (done) on = Date::parse(ui.today);
        const std::string key = y.key;
        ui.app.run(ui.tr(done ? "year.tick" : "year.untick"),
                   [key, on](Document& d) { return set_deadline_done(d, key, on); }, ui.now);
    }
    return pressed;
}

// [SECTION] Tool row: year, calendar, print -----------------------------------
static void tool_row(Ui& ui, const std::vector<YearDeadline>& list, Date today) {
    App& app = ui.app;
    YearUi& s = g_year;
    const Document& doc = app.session.doc();
    if (ImGui::ArrowButton("###year.prev", ImGuiDir_Left)) s.year = std::max(1900, s.year - 1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("year.prev"));
    mark(ui, "year.prev");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    show_textf("%d", s.year);
    mark(ui, "year.year", std::to_string(s.year));
    ImGui::SameLine();
    if (ImGui::ArrowButton("###year.next", ImGuiDir_Right)) s.year = std::min(2100, s.year + 1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("year.next"));
    mark(ui, "year.next");
    if (s.year != today.year()) {
        std::string label = label_id(ui.tr("year.this_year"), "year.this_year");
        ImGui::SameLine();
        if (button(label.c_str())) s.year = today.year();
        mark(ui, "year.this_year");
    }

    auto button = [&](const char* key, const char* id) {
        std::string label = label_id(ui.tr(key), id);
        same_line_if_fits(button_width(label.c_str()));
        bool pressed = ui::button(label.c_str());
        mark(ui, id);
        return pressed;
    };
    if (button("year.download_ics", "year.ics")) {
        std::vector<Deadline> all;
        all.reserve(list.size());
        for (const auto& y : list) all.push_back(y.deadline);
        UtcMinutes now{};
        if (auto t = LocalDateTime::parse(platform::now_text())) now = to_utc(*t, zone_of(doc.arrangement.jurisdiction));
        std::string name = file_name_safe(doc.arrangement.name) + "-" + ui.tr("year.ics_file") + "-" + std::to_string(s.year) + ".ics";
        platform::download(name, "text/calendar;charset=utf-8", ics_calendar(all, IcsOptions{doc.arrangement.name, now}));
        app.notify(Notice::Kind::Info, table_fmt("year.ics_done", {{"file", name}}), ui.now);
    }
    if (button("year.print_year", "year.print")) {
        if (!platform::open_print_window(year_html(doc, app.i18n, s.year, list)))
            app.notify(Notice::Kind::Error, table_text("plan.print_blocked"), ui.now);
    }
    if (button("year.print_hours_bank", "year.print_bank")) {
        const HoursBankForm form = hours_bank_form(doc, app.hours_account(s.year, today));
        if (!platform::open_print_window(hours_bank_html(doc, app.i18n, form)))
            app.notify(Notice::Kind::Error, table_text("plan.print_blocked"), ui.now);
    }
}

// [SECTION] The band ----------------------------------------------------------
// Twelve months left to right over the full width, tinted by the wheel's
// periods, with a tick per deadline (red: overdue, green: done) and today's
// line. Clicking a month scrolls the list to it; hovering lists that month.
static void band(Ui& ui, const std::vector<YearDeadline>& list, Date today) {
    const int year = g_year.year;
    const bool dark = dark_background();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float em = ImGui::GetFontSize();
    const float w = std::max(ImGui::GetContentRegionAvail().x, em * 10);
    const float label_h = ImGui::GetTextLineHeightWithSpacing();
    const float h = label_h * 2 + em * 1.6f;  // period row, month row, marks
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("###year.band", ImVec2(w, h));
    mark(ui, "year.band");
    const bool hovered = ImGui::IsItemHovered();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
    auto x_of = [&](double f) { return o.x + static_cast<float>(f) * w; };

    // Periods (top row) and months (middle and bottom rows).
    for (const auto& p : wheel_periods()) {
        float x0 = x_of(month_start_fraction(year, p.first_month)), x1 = x_of(month_start_fraction(year, p.last_month + 1));
        dl->AddRectFilled(ImVec2(x0, o.y), ImVec2(x1, o.y + h), ImGui::ColorConvertFloat4ToU32(period_color(p.number, dark)));
        std::string label = ui.fmt("year.period", {{"n", std::to_string(p.number)}});
        ImVec2 size = ImGui::CalcTextSize(label.c_str());
        if (size.x + em * 0.5f > x1 - x0) label = std::to_string(p.number), size = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(x0 + em * 0.25f, o.y + (label_h - size.y) * 0.5f), text, label.c_str());
        dl->AddLine(ImVec2(x0, o.y), ImVec2(x0, o.y + h), text, 2.0f);
    }
    for (int m = 1; m <= 12; ++m) {
        float x0 = x_of(month_start_fraction(year, m)), x1 = x_of(month_start_fraction(year, m + 1));
        dl->AddLine(ImVec2(x0, o.y + label_h), ImVec2(x0, o.y + h), grid);
        // The month's short name, or its number where even that does not fit.
        std::string name = ui.tr(("month.short." + std::to_string(m)).c_str());
        if (ImGui::CalcTextSize(name.c_str()).x + 4 > x1 - x0) name = std::to_string(m);
        ImVec2 size = ImGui::CalcTextSize(name.c_str());
        dl->AddText(ImVec2((x0 + x1 - size.x) * 0.5f, o.y + label_h), text, name.c_str());
    }
    dl->AddRect(o, ImVec2(o.x + w, o.y + h), text);

    // Marks: one tick per deadline in the bottom row; the ones not yet done drawn last, on top.
    const float y0 = o.y + label_h * 2 + em * 0.1f, y1 = o.y + h - em * 0.15f;
    const ImU32 open_c = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 overdue_c = ImGui::ColorConvertFloat4ToU32(overdue_color(dark));
    const ImU32 done_c = ImGui::ColorConvertFloat4ToU32(done_color(dark));
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& y : list) {
            if (y.deadline.date.year() != year || (pass == 0) != y.done_on.has_value()) continue;
            float x = x_of(year_fraction(y.deadline.date));
            ImU32 c = y.done_on ? done_c : y.overdue ? overdue_c : open_c;
            dl->AddTriangleFilled(ImVec2(x, y0), ImVec2(x - em * 0.3f, y1), ImVec2(x + em * 0.3f, y1), c);
        }
    }
    // Today.
    if (today.year() == year) {
        float x = x_of(year_fraction(today));
        const ImU32 today_c = ImGui::GetColorU32(ImGuiCol_CheckMark);
        dl->AddLine(ImVec2(x, o.y), ImVec2(x, o.y + h), today_c, 3.0f);
    }

    // Hover: the month under the pointer and its deadlines; click: go to it in the list.
    if (hovered) {
        double f = (ImGui::GetIO().MousePos.x - o.x) / w;
        int month = 12;
        for (int m = 1; m <= 12; ++m)
            if (f < month_start_fraction(year, m + 1)) { month = m; break; }
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em * 26);
        show_text((std::string(ui.tr(("month." + std::to_string(month)).c_str())) + " " + std::to_string(year)).c_str());
        for (const auto& y : list)
            if (y.deadline.date.year() == year && y.deadline.date.month() == month)
                show_bullet("%d. %s", y.deadline.date.day(), deadline_text(ui.app.i18n, y.deadline).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) g_year.scroll_to_month = month;
    }
}

static void legend(Ui& ui) {
    const bool dark = dark_background();
    auto item = [&](const ImVec4& c, const char* glyph, const char* key) {
        std::string label = ui.tr(key);
        same_line_if_fits(ImGui::CalcTextSize((std::string(glyph) + " " + label).c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2);
        show_colored(c, "%s", glyph);
        ImGui::SameLine(0, ImGui::GetFontSize() * 0.3f);
        show_text(label.c_str());
    };
    show_colored(ImGui::GetStyleColorVec4(ImGuiCol_Text), "▲");
    ImGui::SameLine(0, ImGui::GetFontSize() * 0.3f);
    show_text(ui.tr("year.legend_open"));
    item(overdue_color(dark), "▲", "year.legend_overdue");
    item(done_color(dark), "▲", "year.legend_done");
    item(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), "|", "year.legend_today");

    // The advice of the wheel's periods (Vedlegg 6).
    same_line_if_fits(ImGui::CalcTextSize(ui.tr("year.advice")).x + ImGui::GetFontSize() * 2.5f);
    bool open = ImGui::TreeNode(label_id(ui.tr("year.advice"), "year.advice").c_str());
    mark(ui, "year.advice");
    if (open) {
        for (const auto& p : wheel_periods()) {
            show_colored(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), "%s",
                               ui.fmt("year.period", {{"n", std::to_string(p.number)}}).c_str());
            ImGui::SameLine();
            show_wrapped("%s", ui.tr(("year.period" + std::to_string(p.number)).c_str()));
        }
        ImGui::TreePop();
    }
}

// [SECTION] The list by month -------------------------------------------------
static void month_list(Ui& ui, const std::vector<YearDeadline>& list) {
    const int year = g_year.year;
    const bool dark = dark_background();
    const float em = ImGui::GetFontSize();
    // Fixed columns, the same in every month: the day and the done box, the text, the button.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float done_w = ImGui::CalcTextSize("00.").x + st.ItemSpacing.x + ImGui::GetFrameHeight() + st.ItemInnerSpacing.x +
                         ImGui::CalcTextSize(ui.tr("year.done")).x;
    const float go_w = deadline_go_width(ui);
    bool any = false, table_open = false;
    int shown_month = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        const YearDeadline& y = list[i];
        const int month = y.deadline.date.month();
        if (y.deadline.date.year() != year) continue;
        any = true;
        if (month != shown_month) {
            if (table_open) ImGui::EndTable();
            shown_month = month;
            ImGui::Spacing();
            ImVec2 p = ImGui::GetCursorScreenPos();
            float sw = em * 0.8f;
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + em * 0.15f), ImVec2(p.x + sw, p.y + em * 0.95f),
                                                      ImGui::ColorConvertFloat4ToU32(period_color(wheel_period(month), dark)));
            ImGui::Dummy(ImVec2(sw, em));
            ImGui::SameLine();
            std::string title = std::string(ui.tr(("month." + std::to_string(month)).c_str())) + " " + std::to_string(year);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
            show_text(title.c_str());
            ImGui::PopStyleColor();
            mark(ui, "year.month." + std::to_string(month));
            if (g_year.scroll_to_month == month) {
                ImGui::SetScrollHereY(0.0f);
                g_year.scroll_to_month = 0;
            }
            table_open = ImGui::BeginTable(("###year.month_table." + std::to_string(month)).c_str(), 3,
                                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                               ImGuiTableFlags_SizingStretchProp);
            if (table_open) {
                ImGui::TableSetupColumn("done", ImGuiTableColumnFlags_WidthFixed, done_w);
                ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
                ImGui::TableSetupColumn("go", ImGuiTableColumnFlags_WidthFixed, go_w);
            }
        }
        if (!table_open) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        char day[16];
        std::snprintf(day, sizeof day, "%2d.", y.deadline.date.day());
        ImGui::AlignTextToFramePadding();
        show_text(day);
        ImGui::SameLine();
        deadline_done_box(ui, y, "year.done." + std::to_string(i));
        ImGui::TableNextColumn();
        std::string what = deadline_text(ui.app.i18n, y.deadline);
        if (y.done_on) {
            ImGui::PushStyleColor(ImGuiCol_Text, done_color(dark));
            show_wrapped("%s  (%s)", what.c_str(), ui.fmt("year.done_on", {{"date", ui.date(*y.done_on)}}).c_str());
            ImGui::PopStyleColor();
        } else if (y.overdue) {
            error_text((what + "  (" + ui.tr("year.overdue") + ")").c_str());
        } else {
            show_wrapped("%s", what.c_str());
        }
        mark(ui, "year.what." + std::to_string(i), what);
        ImGui::TableNextColumn();
        deadline_go_button(ui, y, "year.go." + std::to_string(i));
        ImGui::PopID();
    }
    if (table_open) ImGui::EndTable();
    if (!any) muted_text(ui.fmt("year.none", {{"year", std::to_string(year)}}).c_str());
}

// [SECTION] Screen ------------------------------------------------------------
void view_year(Ui& ui) {
    App& app = ui.app;
    const Date today = ui.today_date;
    if (g_year.year == 0) g_year.year = today.year();
    heading(ui.tr("nav.year"));
    const Date first = *Date::from_ymd(g_year.year, 1, 1), last = *Date::from_ymd(g_year.year, 12, 31);
    const std::vector<YearDeadline>& list = app.deadlines(first, last, today);

    tool_row(ui, list, today);
    const DeadlineCounts n = count_deadlines(list);
    std::string summary = ui.fmt("year.summary", {{"count", std::to_string(n.total)}, {"year", std::to_string(g_year.year)},
                                                  {"done", std::to_string(n.done)}, {"overdue", std::to_string(n.overdue)}});
    show_wrapped("%s", summary.c_str());
    mark(ui, "year.summary", std::to_string(n.total));
    ImGui::Spacing();
    band(ui, list, today);
    legend(ui);
    month_list(ui, list);
}

}  // namespace bpa::ui
