// Fravær og ferie, the open shifts: each shift an absence leaves uncovered,
// every assistant who might take it with the reasons they cannot (the rule
// violations the core reports), giving it to someone (anyway, after a
// confirmation that shows what it breaks), and splitting it between two.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/commands.h"
#include "core/leave.h"
#include "core/rules/rules.h"
#include "ui/view_absence.h"
#include "ui/views.h"

namespace bpa::ui {

namespace {

constexpr size_t most_shown = 40;  // open shifts with their candidates worked out

const Shift* find_shift(const Document& doc, const std::string& id) {
    for (const auto& s : doc.shifts)
        if (s.id == id) return &s;
    return nullptr;
}

std::string shift_when(Ui& ui, const Shift& s) {
    return ui.fmt("leave.shift_when", {{"date", ui.date(s.start.date)}, {"from", s.start.time().str()}, {"to", s.end.time().str()}});
}

// A violation as a line: the rule's name, where the other shift lies, and the rule's message.
std::string violation_line(Ui& ui, const Violation& v, const std::string& side) {
    const Jurisdiction j = ui.app.session.doc().arrangement.jurisdiction;
    const std::string lang = ui.lang();
    const RuleInfo* rule = find_rule(j, v.rule);
    std::string title = rule ? rule->title.in(lang) : v.rule;
    if (!side.empty()) title += " " + std::string(ui.tr("leave.side_" + side));
    return title + ": " + violation_message(v, j, lang);
}

std::string reason_line(Ui& ui, const Document& doc, const SubstituteReason& r) {
    if (r.code == "not_employed") return ui.tr("leave.reason_not_employed");
    if (r.code == "absent") {
        for (const auto& ab : doc.absences)
            if (ab.id == r.absence)
                return ui.fmt("leave.reason_absent", {{"type", ui.tr(std::string("absence.") + to_string(ab.type))},
                                                      {"from", ui.date(ab.from)}, {"to", ui.date(ab.to)}});
        return ui.tr("leave.reason_not_employed");
    }
    return r.violation ? violation_line(ui, *r.violation, r.side) : r.code;
}

// "Gi likevel": what it breaks, and a confirmation.
void anyway_popup(Ui& ui) {
    AbsenceUi& s = absence_ui();
    if (s.anyway_shift.empty()) return;
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const Shift* shift = find_shift(doc, s.anyway_shift);
    const Assistant* who = doc.find_assistant(s.anyway_assistant);
    if (!shift || !who) {
        s.anyway_shift.clear();
        return;
    }
    if (!ImGui::IsPopupOpen("###leave.anyway")) ImGui::OpenPopup("###leave.anyway");
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0));
    if (!ImGui::BeginPopupModal(label_id(ui.tr("leave.anyway_title"), "leave.anyway").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    std::string question = ui.fmt("leave.anyway_text", {{"name", who->name}, {"when", shift_when(ui, *shift)}});
    show_wrapped("%s", question.c_str());
    mark(ui, "leave.anyway.text", question);
    for (const auto& open : app.open_shifts(most_shown)) {
        if (open.open.shift != shift->id) continue;
        for (const auto& c : open.search.candidates) {
            if (c.assistant != who->id) continue;
            for (const auto& r : c.reasons) {
                if (!r.error) continue;
                ImGui::Bullet();
                ImGui::SameLine();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
                show_text(reason_line(ui, doc, r).c_str());
                ImGui::PopTextWrapPos();
            }
        }
    }
    bool close = false;
    if (big_button(ui, ui.tr("leave.anyway_ok"), "leave.anyway.ok")) {
        std::string id = shift->id, to = who->id;
        app.run(ui.tr("leave.assign_step"), [&](Document& d) { return give_to_substitute(d, id, to, true); }, ui.now);
        close = true;
    }
    ImGui::SameLine();
    if (big_button(ui, ui.tr("common.cancel"), "leave.anyway.cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        close = true;
    if (close) {
        s.anyway_shift.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Splitting the shift so that two people can each take a part.
void split_row(Ui& ui, const Shift& s) {
    AbsenceUi& st = absence_ui();
    float em = ImGui::GetFontSize();
    std::string& at = st.split_at[s.id];
    if (at.empty()) at = middle_of_shift(s).str();
    inline_input(ui, ui.tr("leave.split_at"), ("leave.split_at." + s.id).c_str(), at, em * 5);
    ImGui::SameLine();
    if (button(label_id(ui.tr("leave.split"), ("leave.split." + s.id).c_str()).c_str())) {
        std::optional<TimeOfDay> t = TimeOfDay::parse(at);
        if (!t) {
            ui.app.notify(Notice::Kind::Error, not_saved("leave.bad_time"), ui.now);
        } else {
            std::string id = s.id;
            ui.app.run(ui.tr("leave.split_step"), [&](Document& d) { return split_shift(d, id, *t); }, ui.now);
        }
        st.split_at.erase(s.id);
    }
    mark(ui, "leave.split." + s.id);
}

// Every assistant but the shift's own, best first: a button for those who can
// take it, the reasons for those who cannot, and "anyway" where only rules stop them.
void candidates(Ui& ui, const Shift& s, const SubstituteSearch& search) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    AbsenceUi& st = absence_ui();
    for (const auto& v : search.shift_errors) {
        std::string text = ui.fmt("leave.shift_breaks_rule", {{"rule", violation_line(ui, v, "")}});
        error_text(text.c_str());
        mark(ui, "leave.shift_error." + s.id, text);
    }
    for (const auto& c : search.candidates) {
        const Assistant* b = doc.find_assistant(c.assistant);
        std::string name = b ? b->name : c.assistant;
        std::string id = s.id + "." + c.assistant;
        ImGui::PushID(c.assistant.c_str());
        if (c.can_take) {
            std::string label = ui.fmt("leave.give_to", {{"name", name}, {"hours", app.i18n.number(c.week_hours)}});
            if (c.warnings > 0) label += " " + ui.fmt("leave.with_warnings", {{"n", std::to_string(c.warnings)}});
            if (button(label_id(label.c_str(), ("leave.assign." + id).c_str()).c_str())) {
                std::string shift = s.id, who = c.assistant;
                app.run(ui.tr("leave.assign_step"), [&](Document& d) { return give_to_substitute(d, shift, who); }, ui.now);
            }
            mark(ui, "leave.assign." + id);
        } else {
            std::string line = ui.fmt("leave.cannot_take", {{"name", name}, {"hours", app.i18n.number(c.week_hours)}});
            show_text(line.c_str());
            if (c.reasons.front().code == "rule") {
                ImGui::SameLine();
                if (small_button(label_id(ui.tr("leave.anyway"), ("leave.anyway." + id).c_str()).c_str())) {
                    st.anyway_shift = s.id;
                    st.anyway_assistant = c.assistant;
                }
                mark(ui, "leave.anyway." + id);
            }
        }
        std::string reasons;
        ImGui::Indent();
        for (const auto& r : c.reasons) {
            std::string text = reason_line(ui, doc, r);
            reasons += (reasons.empty() ? "" : "\n") + text;
            if (r.error) show_wrapped("✗ %s", text.c_str());
            else muted_text(("! " + text).c_str());
        }
        ImGui::Unindent();
        if (!reasons.empty()) mark(ui, "leave.reason." + id, reasons);
        ImGui::PopID();
    }
}

}  // namespace

void open_shifts_tab(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    // The open shifts and their candidates (each a rule check per assistant) are
    // worked out once per change of the document, not every frame.
    const auto& open = app.open_shifts(most_shown);
    // None open: said once ("Alle vakter er dekket"), not as "0 vakter må dekkes".
    const std::string count = open.empty() ? std::string(ui.tr("leave.open_none"))
                                           : ui.fmt("leave.open_count", {{"n", std::to_string(open.size())}});
    show_wrapped("%s", count.c_str());
    mark(ui, "leave.open_count", std::to_string(open.size()));
    if (open.empty()) return;
    muted_text(ui.tr("leave.open_help"));
    for (size_t i = 0; i < open.size() && i < most_shown; ++i) {
        const Shift* s = find_shift(doc, open[i].open.shift);
        if (!s) continue;
        const Assistant* a = doc.find_assistant(s->assistant);
        ImGui::PushID(s->id.c_str());
        ImGui::Separator();
        show_textf("%s", ui.fmt("leave.open_line", {{"date", ui.date(s->start.date)}, {"from", s->start.time().str()},
                                                     {"to", s->end.time().str()}, {"name", a ? a->name : s->assistant}}).c_str());
        split_row(ui, *s);
        if (open[i].suggestions.empty()) error_text(ui.tr("leave.no_substitute"));
        candidates(ui, *s, open[i].search);
        ImGui::PopID();
    }
    anyway_popup(ui);
}

}  // namespace bpa::ui
