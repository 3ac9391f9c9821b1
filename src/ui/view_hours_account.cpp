// Timekonto: the hours account against the decision (appendix 5) with its
// chart, the week table opened at this week, planned past hours that nobody
// confirmed shown as such, and the Danish extra grants.
//
// [SECTION] State
// [SECTION] Hours account
#include <algorithm>
#include <cstdlib>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/print.h"
#include "core/commands.h"
#include "core/hours.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] State -------------------------------------------------------------
namespace {

struct AccountUi {
    int year = 0;
    bool scroll_to_today = false;  // the table scrolls to this week on its next frame
};
AccountUi g_account;

}  // namespace

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
    show_colored(ImVec4(0.00f, 0.45f, 0.70f, 1), "■");
    ImGui::SameLine();
    show_text(ui.tr("account.legend_used"));
    ImGui::SameLine();
    show_colored(ImVec4(0.90f, 0.62f, 0.00f, 1), "—");
    ImGui::SameLine();
    show_text(ui.tr("account.legend_decided"));
    ImGui::SameLine();
    show_colored(ImVec4(0.00f, 0.62f, 0.45f, 1), "—");
    ImGui::SameLine();
    show_text(ui.tr("account.legend_balance"));
}

// DK: extra grants (seed 003 § 6.1: introduction, sickness; § 9.2: weekend
// stays, at most 3 a year, and stays away; § 9.3: stays abroad, § 96 only),
// each with its kind and, for stays, the day the application is due.
static void grants_editor(Ui& ui, int year) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    Problems problems;
    auto grants = read_extra_grants(doc, &problems);
    const bool open = ImGui::TreeNodeEx("###account.grants", 0, "%s",
                                        ui.fmt("account.grants_title", {{"n", std::to_string(grants.size())}}).c_str());
    mark(ui, "account.grants");
    if (!open) return;
    muted_text(ui.tr("account.grants_help"));
    float em = ImGui::GetFontSize();
    for (size_t i = 0; i < grants.size(); ++i) {
        const ExtraGrant& g = grants[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string line = grant_line(app.i18n, g);
        bullet_wrapped(line.c_str());
        mark(ui, "account.grant." + std::to_string(i), line);
        same_line_if_fits(button_width(ui.tr("common.remove")));
        if (small_button(label_id(ui.tr("common.remove"), "remove").c_str())) {
            app.run(ui.tr("common.remove"), [&](Document& d) { return remove_extra_grant(d, i); }, ui.now);
        }
        if (auto due = grant_application_due(g)) {
            std::string apply = ui.fmt(g.kind == GrantKind::StayAbroad ? "account.grant_apply_abroad" : "account.grant_apply",
                                       {{"due", ui.date(*due)}});
            ImGui::Indent(em * 1.5f);
            muted_text(apply.c_str());
            mark(ui, "account.grant_apply." + std::to_string(i), apply);
            ImGui::Unindent(em * 1.5f);
        }
        ImGui::PopID();
    }
    for (const auto& p : problems) error_text(app.i18n.describe(p).c_str());

    // A new grant: what it is for, its days and hours, a note.
    static std::string from, to, hours = "24", reason;
    static int kind = 2;  // grant_kinds: a weekend stay
    if (from.empty()) from = ui.date(Date::from_ymd(year, 1, 1).value_or(Date()));
    if (to.empty()) to = from;
    const GrantKind chosen = grant_kinds[std::clamp(kind, 0, 5)];
    show_text(ui.tr("account.grant_kind"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 14);
    const std::string kind_text = ui.tr(std::string("grant_kind.") + to_string(chosen));
    const bool choosing = begin_combo("###account.grant_kind", kind_text.c_str());
    mark(ui, "account.grant_kind", kind_text);
    if (choosing) {
        for (int k = 0; k < 6; ++k) {
            const GrantKind gk = grant_kinds[k];
            const bool abroad_closed = gk == GrantKind::StayAbroad && service_act_section(doc.arrangement) == 95;
            ImGui::BeginDisabled(abroad_closed);
            if (selectable(ui.tr(std::string("grant_kind.") + to_string(gk)), k == kind)) kind = k;
            ImGui::EndDisabled();
            mark(ui, std::string("account.grant_kind.") + to_string(gk));
        }
        ImGui::EndCombo();
    }
    same_line_if_fits(em * 14);
    inline_date(ui, ui.tr("plan.from"), "account.grant_from", from, em * 7);
    same_line_if_fits(em * 14);
    inline_date(ui, ui.tr("leave.to_inclusive"), "account.grant_to", to, em * 7);
    same_line_if_fits(em * 10);
    inline_input(ui, ui.tr("account.grant_hours"), "account.grant_hours", hours, em * 4);
    same_line_if_fits(em * 20);
    inline_input(ui, ui.tr("account.grant_note"), "account.grant_reason", reason, em * 12);
    const int weekend_stays = weekend_stays_in_year(grants, year);
    const bool capped = chosen == GrantKind::WeekendStay && weekend_stays >= max_extra_grants_per_year;
    const bool abroad_closed = chosen == GrantKind::StayAbroad && service_act_section(doc.arrangement) == 95;
    same_line_if_fits(button_width(ui.tr("account.grant_add")));
    ImGui::BeginDisabled(capped || abroad_closed);
    if (button(label_id(ui.tr("account.grant_add"), "account.grant_add").c_str())) {
        auto f = parse_date_input(from), t = parse_date_input(to);
        char* end = nullptr;
        std::string hs = hours;
        for (char& c : hs) if (c == ',') c = '.';
        double hv = std::strtod(hs.c_str(), &end);
        if (!f || !t) app.notify(Notice::Kind::Error, not_saved("form.bad_date"), ui.now);
        else if (end == hs.c_str() || *end)
            app.notify(Notice::Kind::Error, not_saved("account.grant_hours_bad"), ui.now);
        else {
            ExtraGrant g;
            g.from = *f;
            g.to = *t;
            g.hours = hv;
            g.reason = reason;
            g.kind = chosen;
            app.run(ui.tr("account.grant_add"), [&](Document& d) { return add_extra_grant(d, g); }, ui.now);
        }
    }
    ImGui::EndDisabled();
    mark(ui, "account.grant_add", capped || abroad_closed ? "disabled" : "enabled");
    if (capped) muted_text(ui.tr("account.grants_max"));
    if (abroad_closed) muted_text(ui.tr("account.grant_abroad_95"));
    if (auto f = parse_date_input(from)) {  // the application's day for the grant being typed
        ExtraGrant probe;
        probe.from = *f;
        probe.kind = chosen;
        if (auto due = grant_application_due(probe))
            muted_text(ui.fmt(chosen == GrantKind::StayAbroad ? "account.grant_apply_abroad" : "account.grant_apply",
                              {{"due", ui.date(*due)}}).c_str());
    }
    ImGui::TreePop();
}

void hours_account_tab(Ui& ui, bool opened) {
    App& app = ui.app;
    AccountUi& h = g_account;
    if (opened) h.scroll_to_today = true;
    const Document& doc = app.session.doc();
    Date today = ui.today_date;
    if (h.year == 0) {
        h.year = today.year();
        // Open on the year the plan is in when it has nothing this year.
        bool any = std::any_of(doc.shifts.begin(), doc.shifts.end(), [&](auto& s) { return s.start.date.year() == h.year; });
        if (!any && !doc.shifts.empty()) h.year = doc.shifts.back().start.date.year();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (input_int(label_id(ui.tr("print.year"), "account.year").c_str(), &h.year)) h.scroll_to_today = true;
    h.year = std::clamp(h.year, 1900, 2100);
    mark(ui, "account.year");
    const HoursAccount& acc = app.hours_account(h.year, today);
    auto num = [&](double v) { return app.i18n.number(v, 2); };
    std::string summary = ui.fmt("account.summary", {{"decided", num(acc.decided)}, {"worked", num(acc.worked)},
                                                     {"unconfirmed", num(acc.unconfirmed)}, {"planned", num(acc.planned)},
                                                     {"balance_today", num(acc.balance_today)}, {"balance", num(acc.balance)}});
    show_wrapped("%s", summary.c_str());
    mark(ui, "account.summary", summary);
    if (acc.unconfirmed > 0) {
        std::string hint = ui.fmt("account.unconfirmed_hint", {{"hours", num(acc.unconfirmed)}});
        show_wrapped("%s", hint.c_str());
        mark(ui, "account.unconfirmed", hint);
    }
    for (const auto& w : acc.warnings)
        error_text(ui.fmt("account_warning." + w.id, {{"hours", num(w.hours)}, {"threshold", num(w.threshold)}}).c_str());
    muted_text(ui.tr(doc.arrangement.jurisdiction == Jurisdiction::DK ? "account.expiry_dk" : "account.expiry"));
    account_chart(ui, acc);
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) grants_editor(ui, h.year);

    // The week of today, when the year shown holds it: the table opens there.
    const std::optional<size_t> this_week = account_week_of(acc, today);
    if (!this_week) h.scroll_to_today = false;
    if (ImGui::BeginTable("account", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                            ImGuiTableFlags_SizingStretchSame,
                          ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 10)))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (const char* k : {"account.week", "account.days", "account.decided", "account.used", "account.unconfirmed",
                              "account.saved", "account.balance"})
            ImGui::TableSetupColumn(ui.tr(k));
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;  // only the rows on screen
        clipper.Begin(static_cast<int>(acc.weeks.size()));
        if (h.scroll_to_today) clipper.ForceDisplayRangeByIndices(int(*this_week), int(*this_week) + 1);
        while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto& w = acc.weeks[row];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (h.scroll_to_today && size_t(row) == *this_week) {
                ImGui::SetScrollHereY(0.25f);
                h.scroll_to_today = false;
            }
            if (this_week && size_t(row) == *this_week)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
            show_textf("%d", w.week.week);
            ImGui::TableNextColumn();
            show_textf("%d.%d–%d.%d", w.from.day(), w.from.month(), w.to.day(), w.to.month());
            ImGui::TableNextColumn();
            show_text(num(w.decided).c_str());
            ImGui::TableNextColumn();
            show_text((num(w.used) + (w.from > today ? std::string(" ") + ui.tr("account.forecast_mark") : "")).c_str());
            mark(ui, "account.used." + w.from.str(), num(w.used));
            ImGui::TableNextColumn();
            if (w.unconfirmed > 0) show_text(num(w.unconfirmed).c_str());
            mark(ui, "account.unconfirmed." + w.from.str(), w.unconfirmed > 0 ? num(w.unconfirmed) : "");
            ImGui::TableNextColumn();
            show_text(num(w.saved).c_str());
            ImGui::TableNextColumn();
            if (w.balance < 0) error_text(num(w.balance).c_str());
            else show_text(num(w.balance).c_str());
            mark(ui, "account.balance." + w.from.str(), num(w.balance));
        }
        ImGui::EndTable();
    }
}

}  // namespace bpa::ui
