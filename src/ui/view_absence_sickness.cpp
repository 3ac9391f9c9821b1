// Fravær og ferie, DK: each illness of the assistant (seed 003 § 11) with its
// deadlines, whether the employer pays, and what the leader records: the
// sick-leave conversation, the report to the municipality, the
// mulighedserklæring, a partial return and the raskmelding; and the
// assistant's § 56 agreement.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/commands.h"
#include "core/leave.h"
#include "ui/view_absence.h"
#include "ui/views.h"

namespace bpa::ui {

namespace {

// Changes the stored record of the illness that `absence_id` starts, as it is in `d` now.
Outcome change_record(Document& d, const std::string& absence_id, const std::function<void(DkSickRecord&)>& change) {
    DkSickRecord r;
    for (const auto& ab : d.absences)
        if (ab.id == absence_id) r = dk_sick_record(ab);
    change(r);
    return set_dk_sick_record(d, absence_id, r);
}

// The raskmelding form's fields, per illness.
struct RaskmeldingForm {
    std::string last_sick_day, sent_on;
};
std::map<std::string, RaskmeldingForm>& raskmelding_forms() {
    static std::map<std::string, RaskmeldingForm> forms;
    return forms;
}

void due_line(Ui& ui, const char* key, Date due, const std::optional<Date>& done, Date today, const std::string& id) {
    std::string text = ui.fmt(key, {{"due", ui.date(due)}});
    if (done) text += "  ✓ " + ui.fmt("sick.done_on", {{"date", ui.date(*done)}});
    if (!done && due < today) error_text(text.c_str());
    else show_wrapped("%s", text.c_str());
    mark(ui, id, text);
}

void one_case(Ui& ui, const DkSickCase& c, Date today) {
    App& app = ui.app;
    const std::string id = c.absences.front();
    const float em = ImGui::GetFontSize();
    const bool narrow = ImGui::GetContentRegionAvail().x < em * 34;
    ImGui::PushID(id.c_str());
    std::string title = ui.fmt("sick.case_title", {{"from", ui.date(c.from)}, {"to", ui.date(c.to)},
                                                   {"days", std::to_string((c.to - c.from).count + 1)}});
    if (c.pregnancy_related) title += " – " + std::string(ui.tr("absence.pregnancy_sick"));
    const bool open = ImGui::TreeNodeEx(("###sick.case." + id).c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s", title.c_str());
    mark(ui, "sick.case." + id, title);
    if (!open) {
        ImGui::PopID();
        return;
    }
    // Pay (§ 11.7): who pays, and the 37-hour weeks from the 4th week.
    std::string pay = ui.fmt(c.employer_pays ? "sick.employer_pays" : "sick.employer_not_pays",
                             {{"hours", app.i18n.number(c.hours_8_weeks)}});
    show_wrapped("%s", pay.c_str());
    mark(ui, "sick.pay." + id, pay);
    std::string cap = ui.fmt("sick.pay_cap", {{"date", ui.date(c.pay_cap_from)}});
    muted_text(cap.c_str());
    mark(ui, "sick.cap." + id, cap);
    if (c.s56_to) muted_text(ui.fmt("sick.s56_covers", {{"to", ui.date(*c.s56_to)}}).c_str());
    if (c.pregnancy_related) muted_text(ui.tr("sick.pregnancy_help"));

    const DkSickRecord& r = c.record;
    if (ImGui::BeginTable("###sick.fields", narrow ? 1 : 2, ImGuiTableFlags_None)) {
        // The conversation (§ 11.4).
        ImGui::TableNextColumn();
        if (c.conversation_owed) due_line(ui, "sick.conversation_due", c.conversation_due, r.conversation, today, "sick.conversation_due." + id);
        else muted_text(ui.tr("sick.conversation_not_owed"));
        edit_date(ui, ui.tr("sick.conversation_held"), ("sick.conversation." + id).c_str(), r.conversation, true,
                  [id](Document& d, std::optional<Date> v) { return change_record(d, id, [&](DkSickRecord& x) { x.conversation = v; }); });
        ImGui::TableNextColumn();
        edit_text(ui, ui.tr("sick.conversation_note"), ("sick.conversation_note." + id).c_str(), r.conversation_note,
                  [id](Document& d, const std::string& v) { return change_record(d, id, [&](DkSickRecord& x) { x.conversation_note = v; }); });
        // The report to the municipality.
        ImGui::TableNextColumn();
        due_line(ui, "sick.report_due", c.report_due, r.reported, today, "sick.report_due." + id);
        edit_date(ui, ui.tr("sick.reported"), ("sick.reported." + id).c_str(), r.reported, true,
                  [id](Document& d, std::optional<Date> v) { return change_record(d, id, [&](DkSickRecord& x) { x.reported = v; }); });
        // The mulighedserklæring (§ 11.6).
        ImGui::TableNextColumn();
        show_text(ui.tr("sick.mulighedserklaering"));
        ImGui::SameLine();
        help_marker(ui.tr("sick.mulighedserklaering_help"));
        edit_date(ui, ui.tr("sick.asked_on"), ("sick.mulighedserklaering." + id).c_str(), r.mulighedserklaering, true,
                  [id](Document& d, std::optional<Date> v) { return change_record(d, id, [&](DkSickRecord& x) { x.mulighedserklaering = v; }); });
        // A partial return (§ 11.11).
        ImGui::TableNextColumn();
        show_text(ui.tr("sick.partial_return"));
        ImGui::SameLine();
        help_marker(ui.tr("sick.partial_help"));
        edit_date(ui, ui.tr("sick.partial_from"), ("sick.partial_from." + id).c_str(), r.partial_from, true,
                  [id](Document& d, std::optional<Date> v) {
                      return change_record(d, id, [&](DkSickRecord& x) {
                          x.partial_from = v;
                          if (v && x.partial_hours_per_day <= 0) x.partial_hours_per_day = 4;
                      });
                  });
        ImGui::TableNextColumn();
        if (r.partial_from)
            edit_number(ui, ui.tr("sick.partial_hours"), ("sick.partial_hours." + id).c_str(), r.partial_hours_per_day, 0.25, 24,
                        [id](Document& d, double v) { return change_record(d, id, [&](DkSickRecord& x) { x.partial_hours_per_day = v; }); });
        ImGui::EndTable();
    }
    // The raskmelding (§ 11.10): the last sick day, sent to the lønadministrator.
    if (r.raskmelding) {
        std::string done = ui.fmt("sick.raskmeldt", {{"last", r.last_sick_day ? ui.date(*r.last_sick_day) : std::string("–")},
                                                     {"sent", ui.date(*r.raskmelding)}});
        show_wrapped("%s", done.c_str());
        mark(ui, "sick.raskmeldt." + id, done);
    } else {
        RaskmeldingForm& f = raskmelding_forms()[id];
        if (f.last_sick_day.empty()) f.last_sick_day = ui.date(c.to);
        if (f.sent_on.empty()) f.sent_on = ui.date(today);
        show_text(ui.tr("sick.raskmelding"));
        ImGui::SameLine();
        help_marker(ui.tr("sick.raskmelding_help"));
        inline_date(ui, ui.tr("sick.last_sick_day"), ("sick.last_day." + id).c_str(), f.last_sick_day, em * 7);
        same_line_if_fits(em * 14);
        inline_date(ui, ui.tr("sick.sent_on"), ("sick.sent_on." + id).c_str(), f.sent_on, em * 7);
        same_line_if_fits(button_width(ui.tr("sick.report_well")));
        if (big_button(ui, ui.tr("sick.report_well"), ("sick.report_well." + id).c_str())) {
            auto last = parse_date_input(f.last_sick_day), sent = parse_date_input(f.sent_on);
            if (!last || !sent) app.notify(Notice::Kind::Error, not_saved("form.bad_date"), ui.now);
            else if (app.run(ui.tr("sick.report_well"), [&](Document& d) { return report_well(d, id, *last, *sent); }, ui.now))
                raskmelding_forms().erase(id);
        }
    }
    ImGui::TreePop();
    ImGui::PopID();
}

}  // namespace

void dk_sickness_section(Ui& ui, const Document& doc, const Assistant& a) {
    heading(ui.tr("sick.title"));
    const Date today = ui.today_date;
    // The § 56 agreement (§ 11.3), the assistant's own.
    std::optional<Date> s56;
    if (auto range = s56_agreement(a)) s56 = range->first;
    const std::string aid = a.id;
    if (ImGui::BeginTable("###sick.s56", 1, ImGuiTableFlags_None, ImVec2(ImGui::GetFontSize() * 18, 0))) {
        ImGui::TableNextColumn();
        edit_date(ui, ui.tr("sick.s56_from"), "sick.s56", s56, true,
                  [aid](Document& d, std::optional<Date> v) { return set_s56_agreement(d, aid, v); });
        ImGui::EndTable();
    }
    ImGui::SameLine();
    help_marker(ui.tr("sick.s56_help"));
    if (auto range = s56_agreement(a)) muted_text(ui.fmt("sick.s56_until", {{"to", ui.date(range->second)}}).c_str());
    std::vector<DkSickCase> cases = dk_sick_cases(doc, a);
    if (cases.empty()) {
        muted_text(ui.tr("sick.none"));
        return;
    }
    for (auto it = cases.rbegin(); it != cases.rend(); ++it) one_case(ui, *it, today);  // the latest first
}

}  // namespace bpa::ui
