// Timer: the timesheet of one assistant and one pay period (plan and actual
// side by side, confirm, correct, not worked, the approval flow, print, CSV),
// and the hours account against the decision (appendix 5) with its chart.
//
// [SECTION] Shared
// [SECTION] Timesheet
// [SECTION] Hours account
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
    int year = 0;
};
HoursUi g_hours;

std::string hours_text(const App& app, Minutes m) { return m.count ? app.i18n.number(m.hours()) : std::string(); }

bool apply_hours(Ui& ui, const char* label, const std::function<Refusal(Document&)>& change) {
    return ui.app.run(label, [&](Document& d) { return Outcome(change(d)); }, ui.now).ok();
}

LocalDateTime now_local(Ui& ui) {
    return LocalDateTime::parse(platform::now_text()).value_or(LocalDateTime{Date::parse(ui.today).value_or(Date()), 0});
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
        ImGui::TextWrapped("%s", ui.fmt("hours.correct_text", {{"date", s->start.date.str()},
                                                             {"from", TimeOfDay(s->start.minute_of_day).str()},
                                                             {"to", TimeOfDay(s->end.minute_of_day).str()}}).c_str());
        float em = ImGui::GetFontSize();
        inline_input(ui, ui.tr("hours.actual_from"), "hours.correct.from", h.edit_from, em * 5);
        ImGui::SameLine();
        inline_input(ui, ui.tr("hours.actual_to"), "hours.correct.to", h.edit_to, em * 5);
        if (big_button(ui, ui.tr("hours.save_correction"), "hours.correct.save")) {
            auto f = TimeOfDay::parse(h.edit_from), t = TimeOfDay::parse(h.edit_to, true);
            if (!f || !t) {
                ui.app.notify(Notice::Kind::Error, ui.tr("plan.bad_time"), ui.now);
            } else {
                Shift m = shift_on(s->start.date, *f, *t);
                std::string id = s->id;
                if (apply_hours(ui, ui.tr("hours.save_correction"),
                                [&](Document& d) { return correct_shift(d, id, m.start, m.end); })) {
                    h.editing_shift.clear();
                    ImGui::CloseCurrentPopup();
                }
            }
        }
        heading(ui.tr("hours.not_worked"));
        const char* reasons[] = {ui.tr("reason.assistant_sick"), ui.tr("reason.cancelled_by_leader"),
                                 ui.tr("reason.assistant_absent"), ui.tr("reason.other")};
        ImGui::SetNextItemWidth(em * 16);
        ImGui::Combo("###hours.correct.reason", &h.reason, reasons, 4);
        mark(ui, "hours.correct.reason");
        ImGui::TextUnformatted(ui.tr("hours.note"));
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputText("###hours.correct.note", &h.note);
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

static void status_flow(Ui& ui, const Timesheet& ts, bool& is_locked) {
    App& app = ui.app;
    HoursUi& h = g_hours;
    std::string status = ui.tr(std::string("timesheet_status.") + to_string(ts.status));
    ImGui::Text("%s", ui.fmt("hours.status_line", {{"status", status}}).c_str());
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
            step("hours.approve", "hours.approve", TimesheetStatus::Approved, Actor::Leader, "");
            step("hours.back_to_draft", "hours.back_to_draft", TimesheetStatus::Draft, Actor::Leader, "");
            break;
        case TimesheetStatus::Approved:
            step("hours.mark_sent", "hours.mark_sent", TimesheetStatus::Sent, Actor::Leader, "");
            [[fallthrough]];
        case TimesheetStatus::Sent:
            ImGui::NewLine();
            ImGui::TextUnformatted(ui.tr("hours.reopen_note"));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
            ImGui::InputText("###hours.reopen_note", &h.reopen_note);
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
            std::string line = s.at.str().replace(10, 1, " ") + "  " + ui.tr(std::string("timesheet_status.") + to_string(s.status)) +
                               "  (" + ui.tr(std::string("actor.") + to_string(s.by)) + ")" + (s.note.empty() ? "" : ": " + s.note);
            muted_text(line.c_str());
        }
    }
}

static void timesheet_tab(Ui& ui) {
    App& app = ui.app;
    HoursUi& h = g_hours;
    const Document& doc = app.session.doc();
    if (doc.assistants.empty()) {
        ImGui::TextWrapped("%s", ui.tr("plan.no_assistants"));
        return;
    }
    if (!doc.find_assistant(h.assistant)) h.assistant = doc.assistants.front().id;
    if (!h.period_day) {
        // The latest period with shifts, up to today.
        Date today = Date::parse(ui.today).value_or(Date());
        std::optional<Date> last;
        for (const auto& s : doc.shifts)
            if (s.assistant == h.assistant && s.start.date <= today && (!last || s.start.date > *last)) last = s.start.date;
        h.period_day = last.value_or(today);
    }
    Period p = timesheet_period(doc.arrangement.jurisdiction, *h.period_day);
    float em = ImGui::GetFontSize();

    // Who and when.
    ImGui::TextUnformatted(ui.tr("plan.assistant"));
    ImGui::SameLine();
    if (auto chosen = assistant_combo(ui, "hours.assistant", h.assistant, em * 14)) h.assistant = *chosen;
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("plan.previous"), "hours.previous").c_str())) h.period_day = p.from - Days{1};
    mark(ui, "hours.previous");
    ImGui::SameLine();
    ImGui::Text("%s", ui.fmt("hours.period", {{"from", p.from.str()}, {"to", p.to.str()}}).c_str());
    mark(ui, "hours.period");
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("plan.next"), "hours.next").c_str())) h.period_day = p.to + Days{1};
    mark(ui, "hours.next");
    if (auto w = submission_window(doc.arrangement, p))
        muted_text(ui.fmt("hours.submission", {{"from", w->from.str()}, {"due", w->due.str()}}).c_str());

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
        if (ImGui::Button(label_id(label.c_str(), id.c_str()).c_str())) {
            std::vector<std::string> ids;
            Date today = Date::parse(ui.today).value_or(Date());
            for (const auto& l : ts.lines)
                if (l.date.iso_week() == w && l.date <= today)
                    for (const auto& e : l.entries)
                        if (e.status == ShiftStatus::Planned && e.start.date == l.date) ids.push_back(e.shift_id);
            apply_hours(ui, label.c_str(), [&](Document& d) {
                for (const auto& id2 : ids)
                    if (Refusal e = confirm_worked(d, id2); e != Refusal::None) return e;
                return Refusal::None;
            });
        }
        mark(ui, id);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::EndDisabled();

    // The lines: plan and actual side by side.
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit |
                            ImGuiTableFlags_ScrollY;
    float table_h = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 5;
    if (ImGui::BeginTable("timesheet", 9, flags, ImVec2(0, std::max(table_h, em * 12)))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (const char* k : {"print.date", "hours.planned", "hours.actual", "print.hours", "hours.overtime", "hours.passive",
                              "hours.holiday", "hours.absence", ""})
            ImGui::TableSetupColumn(k[0] ? ui.tr(k) : "");
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;  // only the rows on screen
        clipper.Begin(static_cast<int>(ts.lines.size()));
        while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto& l = ts.lines[row];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            int wd = static_cast<int>(l.date.weekday());
            ImGui::Text("%s %d.%d", ui.tr("weekday.short." + std::to_string(wd)), l.date.day(), l.date.month());
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
            ImGui::TextUnformatted(plan_text.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(actual_text.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(hours_text(app, l.clock).c_str());
            mark(ui, "hours.line." + l.date.str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(hours_text(app, l.overtime).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(hours_text(app, l.passive).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(hours_text(app, l.holiday).c_str());
            ImGui::TableNextColumn();
            std::string absence = l.absence.empty() ? std::string() : ui.tr("absence." + l.absence);
            if (l.sick.count) absence += " " + ui.fmt("hours.sick_hours", {{"hours", app.i18n.number(l.sick.hours())}});
            ImGui::TextUnformatted(absence.c_str());
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(is_locked);
            for (const auto& e : l.entries) {
                if (e.start.date != l.date || e.status == ShiftStatus::Cancelled) continue;
                ImGui::PushID(e.shift_id.c_str());
                if (e.status == ShiftStatus::Planned) {
                    if (ImGui::SmallButton(label_id(ui.tr("hours.confirm"), ("hours.confirm." + e.shift_id).c_str()).c_str())) {
                        std::string id = e.shift_id;
                        apply_hours(ui, ui.tr("hours.confirm"), [&](Document& d) { return confirm_worked(d, id); });
                    }
                    mark(ui, "hours.confirm." + e.shift_id);
                    ImGui::SameLine();
                }
                if (ImGui::SmallButton(label_id(ui.tr("hours.correct"), ("hours.correct." + e.shift_id).c_str()).c_str())) {
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
        }
        // Sums.
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui.tr("print.total"));
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app.i18n.number(ts.clock.hours()).c_str());
        mark(ui, "hours.total", app.i18n.number(ts.clock.hours()));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app.i18n.number(ts.overtime.hours()).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app.i18n.number(ts.passive.hours()).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app.i18n.number(ts.holiday.hours()).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui.fmt("hours.sums_absence", {{"sick", app.i18n.number(ts.sick.hours())},
                                                             {"vacation", std::to_string(ts.vacation_days)}}).c_str());
        ImGui::EndTable();
    }
    muted_text(ui.fmt("hours.paid_line", {{"paid", app.i18n.number(ts.paid_hours)},
                                          {"factor", app.i18n.number(ts.passive_factor, 2)}}).c_str());

    // An extra shift, print, CSV.
    ImGui::BeginDisabled(is_locked);
    if (h.extra_date.empty()) h.extra_date = p.from.str();
    inline_input(ui, ui.tr("hours.extra_shift"), "hours.extra.date", h.extra_date, em * 7);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 4.5f);
    ImGui::InputText("###hours.extra.from", &h.extra_from);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 4.5f);
    ImGui::InputText("###hours.extra.to", &h.extra_to);
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("hours.add_extra"), "hours.extra.add").c_str())) {
        auto d = Date::parse(h.extra_date);
        auto f = TimeOfDay::parse(h.extra_from), t = TimeOfDay::parse(h.extra_to, true);
        if (!d) app.notify(Notice::Kind::Error, ui.tr("form.bad_date"), ui.now);
        else if (!f || !t) app.notify(Notice::Kind::Error, ui.tr("plan.bad_time"), ui.now);
        else {
            Shift m = shift_on(*d, *f, *t);
            std::string who = h.assistant;
            apply_hours(ui, ui.tr("hours.add_extra"), [&](Document& doc2) {
                return add_extra_shift(doc2, who, m.start, m.end, 0, false, "").error;
            });
        }
    }
    mark(ui, "hours.extra.add");
    ImGui::EndDisabled();
    if (big_button(ui, ui.tr("hours.print"), "hours.print")) {
        if (!platform::open_print_window(timesheet_html(doc, app.i18n, ts)))
            app.notify(Notice::Kind::Error, ui.tr("plan.print_blocked"), ui.now);
    }
    ImGui::SameLine();
    if (big_button(ui, ui.tr("hours.csv"), "hours.csv")) {
        std::string name = file_name_safe(doc.arrangement.name) + "-" + ui.tr("hours.csv_file") + "-" + p.from.str() + ".csv";
        platform::download(name, "text/csv;charset=utf-8", csv_export(doc, p.from, p.to, to_string(app.settings.language)));
    }
    help_marker(ui.tr(doc.arrangement.jurisdiction == Jurisdiction::DK ? "hours.csv_help_dk" : "hours.csv_help"));
    correction_popup(ui, doc);
}

// [SECTION] Hours account -----------------------------------------------------
static void account_chart(Ui& ui, const HoursAccount& acc) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFontSize() * 12;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    mark(ui, "account.chart");
    if (acc.weeks.empty()) return;
    double hi = 1, lo = 0;
    for (const auto& wk : acc.weeks) {
        hi = std::max({hi, wk.decided, wk.used, wk.balance});
        lo = std::min({lo, wk.balance});
    }
    auto y_of = [&](double v) { return o.y + h - static_cast<float>((v - lo) / (hi - lo)) * (h - 4) - 2; };
    float bw = w / static_cast<float>(acc.weeks.size());
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImU32 grid = ImGui::ColorConvertFloat4ToU32(ImVec4(text.x, text.y, text.z, 0.25f));
    dl->AddLine(ImVec2(o.x, y_of(0)), ImVec2(o.x + w, y_of(0)), grid);
    ImU32 used_past = ImGui::ColorConvertFloat4ToU32(ImVec4(0.00f, 0.45f, 0.70f, 1));
    ImU32 used_future = ImGui::ColorConvertFloat4ToU32(ImVec4(0.00f, 0.45f, 0.70f, 0.35f));
    ImU32 decided = ImGui::ColorConvertFloat4ToU32(ImVec4(0.90f, 0.62f, 0.00f, 1));
    ImU32 balance = ImGui::ColorConvertFloat4ToU32(ImVec4(0.00f, 0.62f, 0.45f, 1));
    ImVec2 prev;
    for (size_t i = 0; i < acc.weeks.size(); ++i) {
        const auto& wk = acc.weeks[i];
        float x = o.x + bw * i;
        bool future = wk.from > acc.today;
        dl->AddRectFilled(ImVec2(x + bw * 0.15f, y_of(wk.used)), ImVec2(x + bw * 0.85f, y_of(0)), future ? used_future : used_past);
        dl->AddLine(ImVec2(x, y_of(wk.decided)), ImVec2(x + bw, y_of(wk.decided)), decided, 2.0f);
        ImVec2 p(x + bw * 0.5f, y_of(wk.balance));
        if (i > 0) {
            if (future) {  // the forecast, dashed
                for (float t = 0; t < 1.0f; t += 0.34f) {
                    ImVec2 a(prev.x + (p.x - prev.x) * t, prev.y + (p.y - prev.y) * t);
                    ImVec2 b(prev.x + (p.x - prev.x) * (t + 0.17f), prev.y + (p.y - prev.y) * (t + 0.17f));
                    dl->AddLine(a, b, balance, 2.5f);
                }
            } else {
                dl->AddLine(prev, p, balance, 2.5f);
            }
        }
        prev = p;
    }
    // Legend.
    ImGui::TextColored(ImVec4(0.00f, 0.45f, 0.70f, 1), "■");
    ImGui::SameLine();
    ImGui::TextUnformatted(ui.tr("account.legend_used"));
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.90f, 0.62f, 0.00f, 1), "—");
    ImGui::SameLine();
    ImGui::TextUnformatted(ui.tr("account.legend_decided"));
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.00f, 0.62f, 0.45f, 1), "—");
    ImGui::SameLine();
    ImGui::TextUnformatted(ui.tr("account.legend_balance"));
}

// DK: extra grants (weekend stays, at most 3 a year; seed 003 § 9.2).
static void grants_editor(Ui& ui, int year) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    Problems problems;
    auto grants = read_extra_grants(doc, &problems);
    if (!ImGui::TreeNodeEx("###account.grants", 0, "%s", ui.fmt("account.grants_title", {{"n", std::to_string(grants.size())}}).c_str()))
        return;
    muted_text(ui.tr("account.grants_help"));
    float em = ImGui::GetFontSize();
    for (size_t i = 0; i < grants.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::BulletText("%s – %s: %s t  %s", grants[i].from.str().c_str(), grants[i].to.str().c_str(),
                          app.i18n.number(grants[i].hours).c_str(), grants[i].reason.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(label_id(ui.tr("common.remove"), "remove").c_str())) {
            app.run(ui.tr("common.remove"), [&](Document& d) { return remove_extra_grant(d, i); }, ui.now);
        }
        ImGui::PopID();
    }
    for (const auto& p : problems) error_text(app.i18n.describe(p).c_str());
    static std::string from, to, hours = "24", reason;
    if (from.empty()) from = std::to_string(year) + "-01-01";
    if (to.empty()) to = from;
    ImGui::SetNextItemWidth(em * 7);
    ImGui::InputText("###account.grant_from", &from);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 7);
    ImGui::InputText("###account.grant_to", &to);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 4);
    ImGui::InputText("###account.grant_hours", &hours);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 12);
    ImGui::InputText("###account.grant_reason", &reason);
    ImGui::SameLine();
    int in_year = 0;
    for (const auto& g : grants) in_year += g.from.year() == year;
    ImGui::BeginDisabled(in_year >= max_extra_grants_per_year);
    if (ImGui::Button(label_id(ui.tr("account.grant_add"), "account.grant_add").c_str())) {
        auto f = Date::parse(from), t = Date::parse(to);
        char* end = nullptr;
        std::string hs = hours;
        for (char& c : hs) if (c == ',') c = '.';
        double hv = std::strtod(hs.c_str(), &end);
        if (!f || !t) app.notify(Notice::Kind::Error, ui.tr("form.bad_date"), ui.now);
        else if (end == hs.c_str() || *end) app.notify(Notice::Kind::Error, ui.tr("refusal.out_of_range"), ui.now);
        else {
            ExtraGrant g{*f, *t, hv, reason, Json::object()};
            app.run(ui.tr("account.grant_add"), [&](Document& d) { return add_extra_grant(d, g); }, ui.now);
        }
    }
    ImGui::EndDisabled();
    if (in_year >= max_extra_grants_per_year) muted_text(ui.tr("account.grants_max"));
    ImGui::TreePop();
}

static void account_tab(Ui& ui) {
    App& app = ui.app;
    HoursUi& h = g_hours;
    const Document& doc = app.session.doc();
    Date today = Date::parse(ui.today).value_or(Date());
    if (h.year == 0) {
        h.year = today.year();
        // Open on the year the plan is in when it has nothing this year.
        bool any = std::any_of(doc.shifts.begin(), doc.shifts.end(), [&](auto& s) { return s.start.date.year() == h.year; });
        if (!any && !doc.shifts.empty()) h.year = doc.shifts.back().start.date.year();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    ImGui::InputInt(label_id(ui.tr("print.year"), "account.year").c_str(), &h.year);
    h.year = std::clamp(h.year, 1900, 2100);
    mark(ui, "account.year");
    const HoursAccount& acc = app.hours_account(h.year, today);
    auto num = [&](double v) { return app.i18n.number(v, 2); };
    std::string summary = ui.fmt("account.summary", {{"decided", num(acc.decided)}, {"worked", num(acc.worked)},
                                                     {"planned", num(acc.planned)}, {"balance_today", num(acc.balance_today)},
                                                     {"balance", num(acc.balance)}});
    ImGui::TextWrapped("%s", summary.c_str());
    mark(ui, "account.summary", summary);
    for (const auto& w : acc.warnings)
        error_text(ui.fmt("account_warning." + w.id, {{"hours", num(w.hours)}, {"threshold", num(w.threshold)}}).c_str());
    muted_text(ui.tr(doc.arrangement.jurisdiction == Jurisdiction::DK ? "account.expiry_dk" : "account.expiry"));
    account_chart(ui, acc);
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) grants_editor(ui, h.year);

    if (ImGui::BeginTable("account", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                            ImGuiTableFlags_SizingStretchSame,
                          ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 10)))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (const char* k : {"account.week", "account.days", "account.decided", "account.used", "account.saved", "account.balance"})
            ImGui::TableSetupColumn(ui.tr(k));
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;  // only the rows on screen
        clipper.Begin(static_cast<int>(acc.weeks.size()));
        while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto& w = acc.weeks[row];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", w.week.week);
            ImGui::TableNextColumn();
            ImGui::Text("%d.%d–%d.%d", w.from.day(), w.from.month(), w.to.day(), w.to.month());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(num(w.decided).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted((num(w.used) + (w.from > today ? std::string(" ") + ui.tr("account.forecast_mark") : "")).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(num(w.saved).c_str());
            ImGui::TableNextColumn();
            if (w.balance < 0) error_text(num(w.balance).c_str());
            else ImGui::TextUnformatted(num(w.balance).c_str());
            mark(ui, "account.balance." + w.from.str(), num(w.balance));
        }
        ImGui::EndTable();
    }
}

// [SECTION] Screen ------------------------------------------------------------
void view_hours(Ui& ui) {
    heading(ui.tr("nav.hours"));
    if (!ImGui::BeginTabBar("###hours.tabs")) return;
    bool open = ImGui::BeginTabItem(label_id(ui.tr("hours.timesheet_tab"), "hours.tab.timesheet").c_str());
    mark(ui, "hours.tab.timesheet");
    if (open) {
        timesheet_tab(ui);
        ImGui::EndTabItem();
    }
    open = ImGui::BeginTabItem(label_id(ui.tr("hours.account_tab"), "hours.tab.account").c_str());
    mark(ui, "hours.tab.account");
    if (open) {
        account_tab(ui);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace bpa::ui
