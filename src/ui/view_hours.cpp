// Timer: the timesheet of one assistant and one pay period (plan and actual
// side by side, confirm what has happened, correct, not worked, the approval
// flow, print, CSV for payroll); the hours account is view_hours_account.cpp.
//
// [SECTION] Shared
// [SECTION] Timesheet
// [SECTION] Screen
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/print.h"
#include "core/hours.h"
#include "core/commands.h"
#include "platform/platform.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] Shared ------------------------------------------------------------
namespace {

struct HoursUi {
    std::string assistant;
    std::optional<Date> period_day;  // a day inside the period shown
    std::string editing_shift;       // the line being corrected
    std::string edit_from, edit_to, note;
    int reason = 0;
    std::string extra_date, extra_from = "08:00", extra_to = "12:00";
    std::string reopen_note;
    bool approve_early = false;      // asking why the timesheet is approved before its period ends
    std::string early_note;
    bool csv_all = false;            // the payroll file for every assistant, not only the one shown
    std::string leader_name;         // typed where the print asks for the leader's name
    int account_frame = -10;         // the last frame the account tab was drawn
    int timesheet_frame = -10;       // the last frame the timesheet tab was drawn
    bool scroll_to_today = false;    // the timesheet's lines scroll to today on their next frame
};
HoursUi g_hours;

std::string hours_text(const App& app, Minutes m) { return m.count ? app.i18n.number(m.hours()) : std::string(); }

bool apply_hours(Ui& ui, const char* label, const std::function<Refusal(Document&)>& change) {
    return ui.app.run(label, [&](Document& d) { return Outcome(change(d)); }, ui.now).ok();
}

LocalDateTime now_local(Ui& ui) {
    return LocalDateTime::parse(platform::now_text()).value_or(LocalDateTime{ui.today_date, 0});
}

// "1 vakt", "3 vakter".
std::string shifts_text(const Ui& ui, int n) {
    return ui.fmt("hours.shifts_count", {{"n", std::to_string(n)}});
}

}  // namespace

// [SECTION] Timesheet ---------------------------------------------------------
static void correction_popup(Ui& ui, const Document& doc) {
    HoursUi& h = g_hours;
    if (h.editing_shift.empty()) return;
    const Shift* s = nullptr;
    for (const auto& x : doc.shifts)
        if (x.id == h.editing_shift) s = &x;
    if (!s) { h.editing_shift.clear(); return; }
    if (!ImGui::IsPopupOpen("###hours.correct")) ImGui::OpenPopup("###hours.correct");
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("hours.correct_title"), "hours.correct").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        show_wrapped("%s", ui.fmt("hours.correct_text", {{"date", ui.date(s->start.date)},
                                                             {"from", TimeOfDay(s->start.minute_of_day).str()},
                                                             {"to", TimeOfDay(s->end.minute_of_day).str()}}).c_str());
        float em = ImGui::GetFontSize();
        inline_input(ui, ui.tr("hours.actual_from"), "hours.correct.from", h.edit_from, em * 5);
        ImGui::SameLine();
        inline_input(ui, ui.tr("hours.actual_to"), "hours.correct.to", h.edit_to, em * 5);
        if (big_button(ui, ui.tr("hours.save_correction"), "hours.correct.save")) {
            auto f = TimeOfDay::parse(h.edit_from), t = TimeOfDay::parse(h.edit_to, true);
            if (!f || !t) {
                ui.app.notify(Notice::Kind::Error, table_text("plan.bad_time"), ui.now);
            } else {
                Shift m = shift_on(s->start.date, *f, *t);
                std::string id = s->id;
                LocalDateTime now = now_local(ui);
                if (apply_hours(ui, ui.tr("hours.save_correction"),
                                [&](Document& d) { return correct_shift(d, id, m.start, m.end, now); })) {
                    h.editing_shift.clear();
                    ImGui::CloseCurrentPopup();
                }
            }
        }
        heading(ui.tr("hours.not_worked"));
        const char* reasons[] = {ui.tr("reason.assistant_sick"), ui.tr("reason.cancelled_by_leader"),
                                 ui.tr("reason.assistant_absent"), ui.tr("reason.other")};
        ImGui::SetNextItemWidth(em * 16);
        combo("###hours.correct.reason", &h.reason, reasons, 4);
        mark(ui, "hours.correct.reason");
        show_text(ui.tr("hours.note"));
        ImGui::SetNextItemWidth(-FLT_MIN);
        input_text("###hours.correct.note", &h.note);
        if (big_button(ui, ui.tr("hours.mark_not_worked"), "hours.correct.not_worked")) {
            std::string id = s->id;
            NotWorkedReason r = static_cast<NotWorkedReason>(h.reason);
            if (apply_hours(ui, ui.tr("hours.mark_not_worked"), [&](Document& d) { return mark_not_worked(d, id, r, h.note); })) {
                h.editing_shift.clear();
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::Separator();
        if (big_button(ui, ui.tr("common.cancel"), "hours.correct.cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            h.editing_shift.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// Approving before the period ends: the leader says why; the note is kept with the step.
static void early_approval_popup(Ui& ui, const Timesheet& ts) {
    HoursUi& h = g_hours;
    if (!h.approve_early) return;
    if (ts.status != TimesheetStatus::Signed) { h.approve_early = false; return; }
    if (!ImGui::IsPopupOpen("###hours.approve_early")) ImGui::OpenPopup("###hours.approve_early");
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("hours.approve_early_title"), "hours.approve_early").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        show_wrapped("%s", ui.fmt("hours.approve_early_text", {{"to", ui.date(ts.to)}}).c_str());
        mark(ui, "hours.approve_early.text");
        show_text(ui.tr("hours.approve_early_note"));
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        input_text("###hours.approve_early.note", &h.early_note);
        mark(ui, "hours.approve_early.note");
        bool close = false;
        if (big_button(ui, ui.tr("hours.approve_early_ok"), "hours.approve_early.ok")) {
            std::string who = ts.assistant, note = h.early_note;
            Date from = ts.from, till = ts.to;
            LocalDateTime at = now_local(ui);
            close = apply_hours(ui, ui.tr("hours.approve"), [&](Document& d) {
                return set_timesheet_status(d, who, from, till, TimesheetStatus::Approved, at, Actor::Leader, note);
            });
        }
        ImGui::SameLine();
        if (big_button(ui, ui.tr("common.cancel"), "hours.approve_early.cancel") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            close = true;
        if (close) {
            h.approve_early = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

static void status_flow(Ui& ui, const Timesheet& ts, bool& is_locked) {
    App& app = ui.app;
    HoursUi& h = g_hours;
    std::string status = ui.tr(std::string("timesheet_status.") + to_string(ts.status));
    show_textf("%s", ui.fmt("hours.status_line", {{"status", status}}).c_str());
    mark(ui, "hours.status", to_string(ts.status));
    is_locked = ts.status == TimesheetStatus::Approved || ts.status == TimesheetStatus::Sent;
    auto step = [&](const char* key, const char* id, TimesheetStatus to, Actor by, const std::string& note) {
        if (big_button(ui, ui.tr(key), id)) {
            std::string who = ts.assistant;
            Date from = ts.from, till = ts.to;
            LocalDateTime at = now_local(ui);
            apply_hours(ui, ui.tr(key), [&](Document& d) { return set_timesheet_status(d, who, from, till, to, at, by, note); });
        }
        ImGui::SameLine();
    };
    switch (ts.status) {
        case TimesheetStatus::Draft: step("hours.sign", "hours.sign", TimesheetStatus::Signed, Actor::Assistant, ""); break;
        case TimesheetStatus::Signed:
            if (period_ended(ts.to, now_local(ui))) {
                step("hours.approve", "hours.approve", TimesheetStatus::Approved, Actor::Leader, "");
            } else {  // days are still to come: ask first, and keep why
                if (big_button(ui, ui.tr("hours.approve"), "hours.approve")) {
                    h.approve_early = true;
                    h.early_note.clear();
                }
                ImGui::SameLine();
            }
            step("hours.back_to_draft", "hours.back_to_draft", TimesheetStatus::Draft, Actor::Leader, "");
            break;
        case TimesheetStatus::Approved:
            step("hours.mark_sent", "hours.mark_sent", TimesheetStatus::Sent, Actor::Leader, "");
            [[fallthrough]];
        case TimesheetStatus::Sent:
            ImGui::NewLine();
            show_text(ui.tr("hours.reopen_note"));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
            input_text("###hours.reopen_note", &h.reopen_note);
            mark(ui, "hours.reopen_note");
            ImGui::SameLine();
            step("hours.reopen", "hours.reopen", TimesheetStatus::Draft, Actor::Leader, h.reopen_note);
            break;
    }
    ImGui::NewLine();
    // History: who did what, when.
    auto records = read_timesheets(app.session.doc());
    for (const auto& r : records) {
        if (r.assistant != ts.assistant || r.from != ts.from || r.to != ts.to) continue;
        for (const auto& s : r.history) {
            const bool early = s.extra.is_object() && s.extra.value("before_period_end", false);
            std::string line = ui.date_time(s.at) + "  " + ui.tr(std::string("timesheet_status.") + to_string(s.status)) +
                               (early ? std::string(" ") + ui.tr("hours.approved_early_mark") : "") + "  (" +
                               ui.tr(std::string("actor.") + to_string(s.by)) + ")" + (s.note.empty() ? "" : ": " + s.note);
            muted_text(line.c_str());
        }
    }
}

// The print asks for the leader's name when it is missing; the payroll file
// says what it holds before it is downloaded.
static void print_and_payroll(Ui& ui, const Timesheet& ts, Period p) {
    App& app = ui.app;
    HoursUi& h = g_hours;
    const Document& doc = app.session.doc();
    float em = ImGui::GetFontSize();
    if (doc.arrangement.leader.name.find_first_not_of(" \t") == std::string::npos) {
        show_wrapped("%s", ui.tr("hours.leader_missing"));
        mark(ui, "hours.leader_missing");
        inline_input(ui, ui.tr("hours.leader_name"), "hours.leader_name", h.leader_name, em * 14);
        ImGui::SameLine();
        if (button(label_id(ui.tr("hours.leader_save"), "hours.leader_save").c_str())) {
            Contact c = doc.arrangement.leader;
            c.name = h.leader_name;
            if (app.run(ui.tr("hours.leader_save"), [&](Document& d) { return set_contact(d, ContactRole::Leader, c); }, ui.now))
                h.leader_name.clear();
        }
        mark(ui, "hours.leader_save");
        ImGui::SameLine();
        if (button(label_id(ui.tr("hours.to_settings"), "hours.to_settings").c_str())) ui.screen = Screen::Settings;
        mark(ui, "hours.to_settings");
    }
    if (big_button(ui, ui.tr("hours.print"), "hours.print")) {
        if (!platform::open_print_window(timesheet_html(doc, app.i18n, ts)))
            app.notify(Notice::Kind::Error, table_text("plan.print_blocked"), ui.now);
    }
    ImGui::SameLine();
    std::vector<std::string> chosen;
    if (h.csv_all)
        for (const auto& a : doc.assistants) chosen.push_back(a.id);
    else
        chosen.push_back(ts.assistant);
    const PayrollSummary sum = payroll_summary(doc, chosen, p.from, p.to);
    const Assistant* one = doc.find_assistant(ts.assistant);
    std::string who = h.csv_all ? ui.fmt("hours.csv_all_who", {{"n", std::to_string(sum.assistants)}})
                                : (one ? one->name : ts.assistant);
    std::string contents = ui.fmt("hours.csv_contents", {{"who", who}, {"from", ui.date(p.from)}, {"to", ui.date(p.to)},
                                                         {"shifts", shifts_text(ui, sum.shifts)},
                                                         {"hours", app.i18n.number(sum.worked.hours())}});
    if (big_button(ui, ui.tr("hours.csv"), "hours.csv")) {
        std::string name = file_name_safe(doc.arrangement.name) + "-" + ui.tr("hours.csv_file") + "-" +
                           (h.csv_all ? std::string() : file_name_safe(who) + "-") + p.from.str() + ".csv";
        platform::download(name, "text/csv;charset=utf-8",
                           csv_export(doc, chosen, p.from, p.to, to_string(app.settings.language)));
        app.notify(Notice::Kind::Info, table_fmt("hours.csv_downloaded", {{"file", name}, {"contents", contents}}), ui.now);
    }
    ImGui::SameLine();
    checkbox(label_id(ui.tr("hours.csv_all"), "hours.csv_all").c_str(), &h.csv_all);
    mark(ui, "hours.csv_all");
    help_marker(ui.tr(doc.arrangement.jurisdiction == Jurisdiction::DK ? "hours.csv_help_dk" : "hours.csv_help"));
    show_wrapped("%s", contents.c_str());
    mark(ui, "hours.csv_contents", contents);
    if (sum.unconfirmed > 0) {
        std::string left_out = ui.fmt("hours.csv_left_out", {{"shifts", shifts_text(ui, sum.unconfirmed)}});
        muted_text(left_out.c_str());
        mark(ui, "hours.csv_left_out", left_out);
    }
}

static void timesheet_tab(Ui& ui) {
    App& app = ui.app;
    HoursUi& h = g_hours;
    const Document& doc = app.session.doc();
    if (doc.assistants.empty()) {
        show_wrapped("%s", ui.tr("plan.no_assistants"));
        return;
    }
    if (!doc.find_assistant(h.assistant)) h.assistant = doc.assistants.front().id;
    if (!h.period_day) {
        // The latest period with shifts, up to today.
        Date today = ui.today_date;
        std::optional<Date> last;
        for (const auto& s : doc.shifts)
            if (s.assistant == h.assistant && s.start.date <= today && (!last || s.start.date > *last)) last = s.start.date;
        h.period_day = last.value_or(today);
    }
    Period p = timesheet_period(doc.arrangement.jurisdiction, *h.period_day);
    float em = ImGui::GetFontSize();

    // Who and when.
    show_text(ui.tr("plan.assistant"));
    ImGui::SameLine();
    if (auto chosen = assistant_combo(ui, "hours.assistant", h.assistant, std::min(em * 14, ImGui::GetContentRegionAvail().x)))
        h.assistant = *chosen;
    // The period's arrows and dates wrap to the next line at large text.
    const std::string previous = label_id(ui.tr("plan.previous"), "hours.previous");
    const std::string period = ui.fmt("hours.period", {{"from", ui.date(p.from)}, {"to", ui.date(p.to)}});
    const std::string next = label_id(ui.tr("plan.next"), "hours.next");
    same_line_if_fits(button_width(previous.c_str()));
    if (button(previous.c_str())) h.period_day = p.from - Days{1};
    mark(ui, "hours.previous");
    same_line_if_fits(ImGui::CalcTextSize(period.c_str()).x);
    show_text(period.c_str());
    mark(ui, "hours.period");
    same_line_if_fits(button_width(next.c_str()));
    if (button(next.c_str())) h.period_day = p.to + Days{1};
    mark(ui, "hours.next");
    if (auto w = submission_window(doc.arrangement, p))
        muted_text(ui.fmt("hours.submission", {{"from", ui.date(w->from)}, {"due", ui.date(w->due)}}).c_str());
    if (auto pay = timesheet_pay_day(doc.arrangement, p.to)) {  // NO (seed 002 § 3.8)
        const std::string text = ui.fmt("hours.pay_day", {{"date", ui.date(*pay)}});
        muted_text(text.c_str());
        mark(ui, "hours.pay_day", text);
    }

    const Timesheet& ts = app.timesheet(h.assistant, p.from, p.to);
    bool is_locked = false;
    status_flow(ui, ts, is_locked);
    if (is_locked) muted_text(ui.tr("hours.locked_hint"));

    // Actions on the period.
    ImGui::BeginDisabled(is_locked);
    std::vector<IsoWeek> weeks;
    for (const auto& l : ts.lines)
        if (weeks.empty() || weeks.back() != l.date.iso_week()) weeks.push_back(l.date.iso_week());
    for (const IsoWeek& w : weeks) {
        std::string label = ui.fmt("hours.confirm_week", {{"week", std::to_string(w.week)}});
        std::string id = "hours.confirm_week." + std::to_string(w.week);
        if (&w != &weeks.front()) same_line_if_fits(button_width(label.c_str()));
        if (button(label_id(label.c_str(), id.c_str()).c_str())) {
            // The week's days inside the period; only shifts that have ended are confirmed.
            Date first = ts.to, last = ts.from;
            for (const auto& l : ts.lines)
                if (l.date.iso_week() == w) first = std::min(first, l.date), last = std::max(last, l.date);
            std::string who = ts.assistant;
            LocalDateTime now = now_local(ui);
            ConfirmedPeriod r;
            bool done = apply_hours(ui, label.c_str(), [&](Document& d) {
                r = confirm_ended(d, who, first, last, now);
                return r.error;
            });
            if (done) {
                std::string week = std::to_string(w.week), text;
                if (r.confirmed == 0 && r.not_ended == 0) text = ui.fmt("hours.confirm_week_nothing", {{"week", week}});
                else if (r.confirmed == 0) text = ui.fmt("hours.confirm_week_none", {{"week", week}});
                else text = ui.fmt("hours.confirm_week_done", {{"week", week}, {"shifts", shifts_text(ui, r.confirmed)}});
                if (r.not_ended > 0) text += " " + ui.fmt("hours.confirm_week_skipped", {{"shifts", shifts_text(ui, r.not_ended)}});
                app.notify(Notice::Kind::Info, text, ui.now);
            }
        }
        mark(ui, id);
    }
    ImGui::EndDisabled();

    // The lines: plan and actual side by side.
    // Scrolls both ways: at large text the nine columns are wider than the screen.
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit |
                            ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX;
    float table_h = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 8;
    // DK: the sick hours in a column of their own (seed 003 § 11.7: "kolonnen sygetimer").
    const bool sick_column = doc.arrangement.jurisdiction == Jurisdiction::DK;
    if (ImGui::BeginTable("timesheet", sick_column ? 10 : 9, flags, ImVec2(0, std::max(table_h, em * 12)))) {
        // The date stays in view when the table scrolls sideways, and each line's
        // buttons come right after what was planned and worked, not after the
        // widest columns: confirming a week needs no sideways scrolling.
        ImGui::TableSetupScrollFreeze(1, 1);
        for (const char* k : {"print.date", "hours.planned", "hours.actual", "", "print.hours", "hours.overtime", "hours.passive",
                              "hours.holiday", "hours.sick_column", "hours.absence"}) {
            if (!sick_column && std::string_view(k) == "hours.sick_column") continue;
            ImGui::TableSetupColumn(k[0] ? ui.tr(k) : "");
        }
        ImGui::TableHeadersRow();
        const LocalDateTime now = now_local(ui);
        const Zone zone = zone_of(doc.arrangement.jurisdiction);
        // Today's line, when the period holds it: the lines open there.
        const Date today = ui.today_date;
        const int today_row = ts.from <= today && today <= ts.to ? (today - ts.from).count : -1;
        if (today_row < 0) h.scroll_to_today = false;
        ImGuiListClipper clipper;  // only the rows on screen
        clipper.Begin(static_cast<int>(ts.lines.size()));
        if (h.scroll_to_today) clipper.ForceDisplayRangeByIndices(today_row, today_row + 1);
        while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto& l = ts.lines[row];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (h.scroll_to_today && row == today_row) {
                ImGui::SetScrollHereY(0.5f);
                h.scroll_to_today = false;
            }
            int wd = static_cast<int>(l.date.weekday());
            show_textf("%s %d.%d", ui.tr("weekday.short." + std::to_string(wd)), l.date.day(), l.date.month());
            std::string plan_text, actual_text;
            for (const auto& e : l.entries) {
                if (e.start.date != l.date) continue;  // listed on its first day
                const Shift* s = nullptr;
                for (const auto& x : doc.shifts)
                    if (x.id == e.shift_id) s = &x;
                ShiftActual act = s ? shift_actual(*s) : ShiftActual{};
                LocalDateTime ps = act.planned_start.value_or(e.start), pe = act.planned_end.value_or(e.end);
                if (!act.extra_shift) plan_text += TimeOfDay(ps.minute_of_day).str() + "–" + TimeOfDay(pe.minute_of_day).str() + " ";
                if (e.status == ShiftStatus::Cancelled)
                    actual_text += std::string(ui.tr("hours.not_worked_short")) +
                                   (e.not_worked ? std::string(" (") + ui.tr(std::string("reason.") + to_string(*e.not_worked)) + ")" : "") + " ";
                else if (e.status == ShiftStatus::Worked)
                    actual_text += "✓ " + TimeOfDay(e.start.minute_of_day).str() + "–" + TimeOfDay(e.end.minute_of_day).str() +
                                   (e.extra_shift ? std::string(" ") + ui.tr("hours.extra_short") : "") + " ";
            }
            ImGui::TableNextColumn();
            show_text(plan_text.c_str());
            ImGui::TableNextColumn();
            show_text(actual_text.c_str());
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(is_locked);
            for (const auto& e : l.entries) {
                if (e.start.date != l.date || e.status == ShiftStatus::Cancelled) continue;
                ImGui::PushID(e.shift_id.c_str());
                if (e.status == ShiftStatus::Planned) {
                    bool ended = false;
                    for (const auto& x : doc.shifts)
                        if (x.id == e.shift_id) ended = has_ended(x, now, zone);
                    ImGui::BeginDisabled(!ended);
                    if (small_button(label_id(ui.tr("hours.confirm"), ("hours.confirm." + e.shift_id).c_str()).c_str())) {
                        std::string id = e.shift_id;
                        apply_hours(ui, ui.tr("hours.confirm"), [&](Document& d) { return confirm_worked(d, id, now); });
                    }
                    ImGui::EndDisabled();
                    if (!ended && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                        ImGui::SetTooltip("%s", ui.fmt("hours.confirm_future", {{"end", ui.date_time(e.end)}}).c_str());
                    mark(ui, "hours.confirm." + e.shift_id, ended ? "enabled" : "disabled");
                    ImGui::SameLine();
                }
                if (small_button(label_id(ui.tr("hours.correct"), ("hours.correct." + e.shift_id).c_str()).c_str())) {
                    g_hours.editing_shift = e.shift_id;
                    g_hours.edit_from = TimeOfDay(e.start.minute_of_day).str();
                    g_hours.edit_to = TimeOfDay(e.end.minute_of_day).str();
                    g_hours.note.clear();
                }
                mark(ui, "hours.correct." + e.shift_id);
                ImGui::SameLine();
                ImGui::PopID();
            }
            ImGui::EndDisabled();
            ImGui::TableNextColumn();
            show_text(hours_text(app, l.clock).c_str());
            mark(ui, "hours.line." + l.date.str());
            ImGui::TableNextColumn();
            show_text(hours_text(app, l.overtime).c_str());
            ImGui::TableNextColumn();
            show_text(hours_text(app, l.passive).c_str());
            ImGui::TableNextColumn();
            show_text(hours_text(app, l.holiday).c_str());
            if (sick_column) {
                ImGui::TableNextColumn();
                show_text(hours_text(app, l.sick).c_str());
                if (l.sick.count) mark(ui, "hours.sick." + l.date.str(), app.i18n.number(l.sick.hours()));
            }
            ImGui::TableNextColumn();
            std::string absence = l.absence.empty() ? std::string() : ui.tr("absence." + l.absence);
            if (l.sick.count && !sick_column) absence += " " + ui.fmt("hours.sick_hours", {{"hours", app.i18n.number(l.sick.hours())}});
            show_text(absence.c_str());
        }
        // Sums.
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        show_text(ui.tr("print.total"));
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        show_text(app.i18n.number(ts.clock.hours()).c_str());
        mark(ui, "hours.total", app.i18n.number(ts.clock.hours()));
        ImGui::TableNextColumn();
        show_text(app.i18n.number(ts.overtime.hours()).c_str());
        ImGui::TableNextColumn();
        show_text(app.i18n.number(ts.passive.hours()).c_str());
        ImGui::TableNextColumn();
        show_text(app.i18n.number(ts.holiday.hours()).c_str());
        if (sick_column) {
            ImGui::TableNextColumn();
            show_text(app.i18n.number(ts.sick.hours()).c_str());
            mark(ui, "hours.sick_total", app.i18n.number(ts.sick.hours()));
        }
        ImGui::TableNextColumn();
        show_text(ui.fmt("hours.sums_absence", {{"sick", app.i18n.number(ts.sick.hours())},
                                                             {"vacation", std::to_string(ts.vacation_days)}}).c_str());
        ImGui::EndTable();
    }
    muted_text(ui.fmt("hours.paid_line", {{"paid", app.i18n.number(ts.paid_hours)},
                                          {"factor", app.i18n.number(ts.passive_factor, 2)}}).c_str());

    // An extra shift, print, CSV.
    ImGui::BeginDisabled(is_locked);
    if (h.extra_date.empty()) h.extra_date = ui.date(p.from);
    inline_date(ui, ui.tr("hours.extra_shift"), "hours.extra.date", h.extra_date, em * 7);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 4.5f);
    input_text("###hours.extra.from", &h.extra_from, 0, ui.tr("plan.from"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 4.5f);
    input_text("###hours.extra.to", &h.extra_to, 0, ui.tr("plan.to"));
    ImGui::SameLine();
    if (button(label_id(ui.tr("hours.add_extra"), "hours.extra.add").c_str())) {
        auto d = parse_date_input(h.extra_date);
        auto f = TimeOfDay::parse(h.extra_from), t = TimeOfDay::parse(h.extra_to, true);
        if (!d) app.notify(Notice::Kind::Error, table_text("form.bad_date"), ui.now);
        else if (!f || !t) app.notify(Notice::Kind::Error, table_text("plan.bad_time"), ui.now);
        else {
            Shift m = shift_on(*d, *f, *t);
            std::string who = h.assistant;
            LocalDateTime now = now_local(ui);
            apply_hours(ui, ui.tr("hours.add_extra"), [&](Document& doc2) {
                return add_extra_shift(doc2, who, m.start, m.end, 0, false, "", now).error;
            });
        }
    }
    mark(ui, "hours.extra.add");
    ImGui::EndDisabled();
    print_and_payroll(ui, ts, p);
    correction_popup(ui, doc);
    early_approval_popup(ui, ts);
}

// [SECTION] Screen ------------------------------------------------------------
void view_hours(Ui& ui) {
    heading(ui.tr("nav.hours"));
    if (!ImGui::BeginTabBar("###hours.tabs")) return;
    bool open = ImGui::BeginTabItem(label_id(ui.tr("hours.timesheet_tab"), "hours.tab.timesheet").c_str());
    mark(ui, "hours.tab.timesheet");
    if (open) {
        const int frame = ImGui::GetFrameCount();
        if (frame - g_hours.timesheet_frame > 1) g_hours.scroll_to_today = true;  // opened now: show today's line
        g_hours.timesheet_frame = frame;
        timesheet_tab(ui);
        ImGui::EndTabItem();
    }
    open = ImGui::BeginTabItem(label_id(ui.tr("hours.account_tab"), "hours.tab.account").c_str());
    mark(ui, "hours.tab.account");
    if (open) {
        // Opened now, not shown the frame before (another tab or screen): open at this week.
        const int frame = ImGui::GetFrameCount();
        hours_account_tab(ui, frame - g_hours.account_frame > 1);
        g_hours.account_frame = frame;
        ImGui::EndTabItem();
    }
    open = ImGui::BeginTabItem(label_id(ui.tr("economy.tab"), "hours.tab.economy").c_str());
    mark(ui, "hours.tab.economy");
    if (open) {
        economy_tab(ui);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace bpa::ui
