// Arbeidsplan: "Foreslå plan". The period and who may get shifts; the search
// runs a slice per frame (App::step_proposal) with its progress and can be
// stopped; the proposal is drawn over the grid as outlined shifts, with what it
// could not cover and why; it is accepted whole or by the weeks shown (one
// undo step each), discarded, or made into the rotation template.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

namespace {

std::string names_of(const Document& doc, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        const Assistant* a = doc.find_assistant(id);
        if (!out.empty()) out += ", ";
        out += a ? a->name : id;
    }
    return out;
}

std::string why_text(Ui& ui, const Document& doc, const UncoveredSpan& u) {
    switch (u.why) {
    case UncoveredSpan::Why::NobodyAvailable: return ui.tr("propose.why_nobody");
    case UncoveredSpan::Why::Absence: return ui.fmt("propose.why_absence", {{"names", names_of(doc, u.absent)}});
    case UncoveredSpan::Why::Rules: return ui.fmt("propose.why_rules", {{"n", std::to_string(u.available)}});
    }
    return {};
}

// The period and the people, and the start button.
void setup(Ui& ui, Date shown) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    const float em = ImGui::GetFontSize();
    if (!p.propose_from) p.propose_from = shown;

    show_text(ui.tr("propose.from"));
    ImGui::SameLine();
    Date from = *p.propose_from;
    if (date_field(ui, "propose.from", *p.propose_from, em * 7, from)) p.propose_from = monday_of(from);
    same_line_if_fits(button_width(ui.tr("propose.weeks")) + em * 4);
    show_text(ui.tr("propose.weeks"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 3);
    input_int("###propose.weeks", &p.propose_weeks, 0, 0);
    p.propose_weeks = std::clamp(p.propose_weeks, 1, 12);
    mark(ui, "propose.weeks");
    if (p.propose_from->weekday() != Weekday::Monday) p.propose_from = monday_of(*p.propose_from);
    const Date last = *p.propose_from + Days{7 * p.propose_weeks - 1};
    muted_text(ui.fmt("propose.period", {{"first", ui.date(*p.propose_from)}, {"last", ui.date(last)}}).c_str());

    show_text(ui.tr("propose.who"));
    for (const Assistant* a : rows_for(doc, app.shift_index(), *p.propose_from, last)) {
        auto it = std::find(p.propose_left_out.begin(), p.propose_left_out.end(), a->id);
        bool in = it == p.propose_left_out.end();
        std::string id = "propose.who." + a->id;
        std::string label = a->name + " (" + ui.app.i18n.number(a->contract_hours_per_week, 1) + " " + ui.tr("propose.hours_week") + ")";
        if (checkbox(label_id(label.c_str(), id.c_str()).c_str(), &in)) {
            if (in) p.propose_left_out.erase(it);
            else p.propose_left_out.push_back(a->id);
        }
        mark(ui, id);
    }
    if (big_button(ui, ui.tr("propose.start"), "propose.start")) {
        ProposeOptions o;
        o.from = *p.propose_from;
        o.weeks = p.propose_weeks;
        for (const Assistant* a : rows_for(doc, app.shift_index(), *p.propose_from, last))
            if (std::find(p.propose_left_out.begin(), p.propose_left_out.end(), a->id) == p.propose_left_out.end())
                o.assistants.push_back(a->id);
        if (o.assistants.empty()) app.notify(Notice::Kind::Error, table_text("propose.nobody_chosen"), ui.now);
        else app.start_proposal(o);
    }
}

void running(Ui& ui, const App::ProposalRun& run) {
    const ProposeProgress& pr = run.progress;
    char overlay[32];
    std::snprintf(overlay, sizeof overlay, "%d %%", int(pr.fraction * 100));
    ImGui::ProgressBar(float(pr.fraction), ImVec2(-FLT_MIN, 0), overlay);
    mark(ui, "propose.progress", overlay);
    muted_text(ui.fmt("propose.score", {{"score", ui.app.i18n.number(run.score, 1)}}).c_str());
    if (big_button(ui, ui.tr("propose.cancel"), "propose.cancel")) ui.app.cancel_proposal();
}

// What the result's buttons ask for. It is done after the result is drawn: the
// result belongs to the proposal, which accepting or discarding ends.
enum class Choice { None, AcceptAll, AcceptShown, ToRotation, Discard };

Choice result(Ui& ui, const App::ProposalRun& run, Date first, int days) {
    Choice choice = Choice::None;
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const Proposal& r = *run.result;
    const Date last_shown = first + Days{days - 1};
    const Date period_end = run.options.from + Days{7 * run.options.weeks - 1};

    std::string summary = ui.fmt("propose.summary", {{"n", std::to_string(r.shifts.size())},
                                                    {"first", ui.date(run.options.from)}, {"last", ui.date(period_end)}});
    show_wrapped("%s", summary.c_str());
    mark(ui, "propose.summary", summary);
    if (app.proposal_stale()) {
        error_text(ui.tr("propose.stale"));
        mark(ui, "propose.stale");
    }

    const bool usable = !app.proposal_stale() && !r.shifts.empty();
    ImGui::BeginDisabled(!usable);
    if (big_button(ui, ui.tr("propose.accept_all"), "propose.accept_all")) choice = Choice::AcceptAll;
    std::string week_label = ui.fmt("propose.accept_shown", {{"first", ui.date(first)}, {"last", ui.date(last_shown)}});
    same_line_if_fits(button_width(week_label.c_str()));
    if (big_button(ui, week_label.c_str(), "propose.accept_shown")) choice = Choice::AcceptShown;
    same_line_if_fits(button_width(ui.tr("propose.to_rotation")));
    if (big_button(ui, ui.tr("propose.to_rotation"), "propose.to_rotation")) choice = Choice::ToRotation;
    ImGui::EndDisabled();
    same_line_if_fits(button_width(ui.tr("propose.discard")));
    if (big_button(ui, ui.tr("propose.discard"), "propose.discard")) choice = Choice::Discard;
    ImGui::PushTextWrapPos(0);
    muted_text(ui.tr("propose.accept_help"));
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    // What it could not cover, and why.
    if (r.uncovered_minutes == 0) {
        show_wrapped("%s", ui.tr("propose.all_covered"));
        mark(ui, "propose.uncovered", "0");
    } else {
        std::string total = ui.fmt("propose.uncovered", {{"hours", ui.app.i18n.number(double(r.uncovered_minutes) / 60.0, 1)}});
        error_text(total.c_str());
        mark(ui, "propose.uncovered", std::to_string(r.uncovered_minutes));
        const size_t shown = std::min<size_t>(r.uncovered.size(), 40);
        for (size_t i = 0; i < shown; ++i) {
            const UncoveredSpan& u = r.uncovered[i];
            std::string line = day_label(ui, u.start.date, false) + " " + u.start.time().str() + "–" +
                               (u.end.date > u.start.date && u.end.minute_of_day == 0 ? std::string("24:00") : u.end.time().str()) +
                               ": " + ui.fmt("propose.missing", {{"n", std::to_string(u.missing)}}) + " – " + why_text(ui, doc, u);
            std::string id = "propose.uncovered." + std::to_string(i);
            if (selectable(label_id(line.c_str(), id.c_str()).c_str(), false)) ui.plan.first_day = monday_of(u.start.date);
            mark(ui, id, line);
        }
        if (r.uncovered.size() > shown)
            muted_text(ui.fmt("propose.more", {{"n", std::to_string(r.uncovered.size() - shown)}}).c_str());
    }

    // Hours per assistant against the contract.
    if (ImGui::BeginTable("###propose.hours", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ui.tr("plan.assistant"));
        ImGui::TableSetupColumn(ui.tr("propose.hours_planned"));
        ImGui::TableSetupColumn(ui.tr("propose.hours_contract"));
        ImGui::TableHeadersRow();
        for (const ProposedHours& h : r.assistants) {
            const Assistant* a = doc.find_assistant(h.assistant);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            show_text(a ? a->name.c_str() : h.assistant.c_str());
            ImGui::TableNextColumn();
            show_text(ui.app.i18n.number(h.hours, 1).c_str());
            mark(ui, "propose.hours." + h.assistant, ui.app.i18n.number(h.hours, 1));
            ImGui::TableNextColumn();
            show_text(ui.app.i18n.number(h.contract_hours, 1).c_str());
        }
        ImGui::EndTable();
    }
    return choice;
}

}  // namespace

void propose_window(Ui& ui) {
    PlanUi& p = ui.plan;
    if (!begin_window(ui, "propose.title", "propose.window", &p.show_propose, 30, true)) return ImGui::End();
    App& app = ui.app;
    const Date first = p.first_day.value_or(monday_of(ui.today_date));
    const int days = p.days();
    ImGui::PushTextWrapPos(0);
    show_text(ui.tr("propose.help"));
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    const App::ProposalRun* run = app.proposal();
    if (!run) setup(ui, first);
    else if (app.proposal_running()) running(ui, *run);
    else if (run->result) {
        switch (result(ui, *run, first, days)) {
        case Choice::None: break;
        case Choice::AcceptAll: app.accept_proposal(std::nullopt, ui.now); break;
        case Choice::AcceptShown: app.accept_proposal(std::make_pair(first, first + Days{days - 1}), ui.now); break;
        case Choice::ToRotation: app.proposal_to_rotation(ui.now); break;
        case Choice::Discard: app.discard_proposal(); break;
        }
    }
    ImGui::End();
}

void proposal_ghosts(Ui& ui, const Geometry& g, const std::vector<const Assistant*>& rows) {
    App& app = ui.app;
    const App::ProposalRun* run = app.proposal();
    if (!run || !run->result || app.proposal_stale()) return;
    const Document& doc = app.session.doc();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int64_t range_from = g.first_wall, range_to = g.first_wall + int64_t(g.days) * 1440;
    const auto& shifts = run->result->shifts;
    for (size_t i = 0; i < shifts.size(); ++i) {
        const Shift& s = shifts[i];
        auto row = std::find_if(rows.begin(), rows.end(), [&](const Assistant* a) { return a->id == s.assistant; });
        if (row == rows.end()) continue;
        const int64_t from = s.start.wall_minutes(), to = s.end.wall_minutes();
        if (to <= range_from || from >= range_to) continue;
        const float y = g.origin.y + g.row_h * float(row - rows.begin() + 1);
        const float x0 = std::max(g.x_of(from), g.origin.x + g.label_w), x1 = std::max(std::min(g.x_of(to), g.right()), x0 + 2.0f);
        const ImVec2 a(x0, y + 3), b(x1, y + g.row_h - 3);
        const ImVec4 c = palette[colour_index(doc, s.assistant)];
        dl->AddRectFilled(a, b, col(c, 0.28f));
        // Dashed outline: a proposal, not yet part of the plan.
        for (float x = a.x; x < b.x; x += 8.0f) {
            dl->AddLine(ImVec2(x, a.y), ImVec2(std::min(x + 4.0f, b.x), a.y), col(c), 2.0f);
            dl->AddLine(ImVec2(x, b.y), ImVec2(std::min(x + 4.0f, b.x), b.y), col(c), 2.0f);
        }
        dl->AddLine(a, ImVec2(a.x, b.y), col(c), 2.0f);
        dl->AddLine(ImVec2(b.x, a.y), b, col(c), 2.0f);
        std::string label = s.start.time().str() + "–" + end_time(s).str();
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        if (ts.x + 6 < b.x - a.x)
            dl->AddText(ImVec2(a.x + 4, a.y + (b.y - a.y - ts.y) / 2), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
        if (ui.marking) {
            ui.marks["proposal.shift." + std::to_string(i)] = ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
            ui.mark_texts["proposal.shift." + std::to_string(i)] = s.assistant + "|" + s.start.str() + "|" + s.end.str();
        }
    }
}

}  // namespace bpa::ui::plan_view
