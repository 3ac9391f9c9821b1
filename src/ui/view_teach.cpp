// Teaching (DESIGN.md capability 8): the "learn with this example" panel of an
// example arrangement, the projector mode's bar that steps through its
// situations, and the first steps for a leader starting from nothing.
//
// [SECTION] Learn with the example
// [SECTION] Projector mode
// [SECTION] First steps
#include <imgui.h>

#include <algorithm>

#include "core/example_year.h"
#include "core/leave.h"
#include "core/summary.h"
#include "ui/view_absence.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] Learn with the example ---------------------------------------------------

static bool involves(const Violation& v, const std::string& shift) {
    return std::find(v.shifts.begin(), v.shifts.end(), shift) != v.shifts.end();
}

// The violation the situation makes, where the plan shows it; nullptr when the plan no longer has it.
static const Violation* violation_of(Ui& ui, const TeachingSituation& t) {
    if (t.screen != "plan") return nullptr;
    for (const Violation& v : ui.app.violations())
        if (v.rule == t.rule && involves(v, t.shift)) return &v;
    return nullptr;
}

static std::optional<LeaveFinding> finding_of(Ui& ui, const TeachingSituation& t) {
    const Document& doc = ui.app.session.doc();
    const Assistant* a = doc.find_assistant(t.assistant);
    if (t.screen != "absence" || !a) return std::nullopt;
    for (const LeaveFinding& f : vacation_findings(doc, *a, t.day.year()))
        if (f.code == t.rule && f.absence == t.absence) return f;
    return std::nullopt;
}

void teach_jump(Ui& ui, const TeachingSituation& t) {
    if (t.screen == "plan") {
        ui.screen = Screen::Plan;
        PlanUi& p = ui.plan;
        p.one_day = p.four_weeks = p.by_day = false;
        p.first_day = monday_of(t.day);
        p.selected_shift = t.shift;
        const Violation* v = violation_of(ui, t);
        p.highlighted = v ? v->shifts : std::vector<std::string>{t.shift};
    } else {
        ui.screen = Screen::Absence;
        AbsenceUi& a = absence_ui();
        a.tab = 1;  // the vacation planner
        a.switch_tab = true;
        a.assistant = t.assistant;
        a.year = t.day.year();
        a.selected_wish = t.absence;
        ui.selected_assistant = t.assistant;
    }
}

// What happened (the violation's or finding's own words), why it matters in
// plain words, and where the rule comes from.
// `why_folded`: the explanation and source under a header opened on demand (projector mode).
static void explain(Ui& ui, const TeachingSituation& t, const std::string& id, bool why_folded = false) {
    const Document& doc = ui.app.session.doc();
    const Jurisdiction j = doc.arrangement.jurisdiction;
    std::string what, why, source;
    if (t.screen == "plan") {
        if (const Violation* v = violation_of(ui, t)) what = violation_message(*v, j, ui.lang());
        if (const RuleInfo* r = find_rule(j, t.rule)) {
            why = rule_explanation(*r, ui.app.params(), ui.lang());
            source = r->source;
        }
    } else {
        if (auto f = finding_of(ui, t)) what = finding_text(ui, doc, *f);
        why = ui.tr("teach.vacation_notice.why");
        source = ui.tr("teach.vacation_notice.source");
    }
    if (what.empty()) muted_text(ui.tr("teach.mended"));
    else error_text(what.c_str());
    mark(ui, id + ".what", what.empty() ? "mended" : what);
    if (why_folded) {
        const bool open = ImGui::CollapsingHeader(label_id(ui.tr("projector.why"), (id + ".why").c_str()).c_str());
        mark(ui, id + ".why", open ? "open" : "closed");
        if (!open) return;
    }
    show_wrapped("%s", why.c_str());
    muted_text((std::string(ui.tr("plan.source")) + " " + source).c_str());
    mark(ui, id + ".source", source);
}

void learn_panel(Ui& ui) {
    const std::vector<TeachingSituation> list = teaching_situations(ui.app.session.doc());
    if (list.empty()) return;
    heading(ui.tr("teach.title"));
    mark(ui, "teach.panel", std::to_string(list.size()));
    show_wrapped("%s", ui.tr("teach.intro"));
    for (size_t i = 0; i < list.size(); ++i) {
        const TeachingSituation& t = list[i];
        const std::string id = "teach." + t.id;
        ImGui::PushID(int(i));
        ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        const std::string title = std::to_string(i + 1) + ". " + ui.tr(("teach." + t.id + ".title").c_str());
        show_wrapped("%s", title.c_str());
        same_line_if_fits(button_width(ui.tr("teach.show")));
        if (button(label_id(ui.tr("teach.show"), (id + ".show").c_str()).c_str())) {
            ui.teach_step = int(i);
            teach_jump(ui, t);
        }
        mark(ui, id + ".show", t.screen);
        ImGui::Indent();
        explain(ui, t, id);
        ImGui::Unindent();
        ImGui::PopID();
    }
}

// [SECTION] Projector mode ------------------------------------------------------------
// One bar in place of the top bar and the navigation: a list of the screens,
// the situation being taught with previous and next (PageUp / PageDown, as a
// presentation remote sends), and the way out; under it what the situation
// breaks, with the explanation and source folded.
void projector_bar(Ui& ui) {
    App& app = ui.app;
    // The way out first: its place never moves with the situation's title.
    if (button(label_id(ui.tr("projector.leave"), "projector.leave").c_str())) app.set_projector(false);
    mark(ui, "projector.leave");
    mark(ui, "projector.bar");
    if (!app.has_open()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        show_text(ui.tr("projector.on"));
    }
    if (app.has_open()) {
        const float w = ImGui::GetFontSize() * 9;
        same_line_if_fits(w);
        ImGui::SetNextItemWidth(w);
        if (begin_combo("###projector.screen", ui.tr(screen_key(ui.screen)))) {
            for (int i = 0; i < int(Screen::Count); ++i) {
                const Screen s = Screen(i);
                if (selectable(label_id(ui.tr(screen_key(s)), ("projector.screen." + std::to_string(i)).c_str()).c_str(),
                                      ui.screen == s))
                    ui.screen = s;
            }
            ImGui::EndCombo();
        }
        mark(ui, "projector.screen");
    }
    const std::vector<TeachingSituation> list =
        app.has_open() ? teaching_situations(app.session.doc()) : std::vector<TeachingSituation>{};
    if (!list.empty()) {
        const int n = int(list.size());
        ui.teach_step = std::clamp(ui.teach_step, -1, n - 1);
        auto go = [&](int step) {
            ui.teach_step = std::clamp(step, 0, n - 1);
            teach_jump(ui, list[size_t(ui.teach_step)]);
        };
        same_line_if_fits(button_width(ui.tr("projector.previous")));
        ImGui::BeginDisabled(ui.teach_step <= 0);
        if (button(label_id(ui.tr("projector.previous"), "projector.previous").c_str())) go(ui.teach_step - 1);
        ImGui::EndDisabled();
        mark(ui, "projector.previous");
        const std::string where = ui.teach_step < 0
                                      ? ui.fmt("projector.situations", {{"n", std::to_string(n)}})
                                      : ui.fmt("projector.step", {{"i", std::to_string(ui.teach_step + 1)}, {"n", std::to_string(n)},
                                                                  {"title", ui.tr(("teach." + list[size_t(ui.teach_step)].id + ".title").c_str())}});
        same_line_if_fits(ImGui::CalcTextSize(where.c_str()).x);
        show_text(where.c_str());
        mark(ui, "projector.step", std::to_string(ui.teach_step + 1));
        same_line_if_fits(button_width(ui.tr("projector.next")));
        ImGui::BeginDisabled(ui.teach_step >= n - 1);
        if (button(label_id(ui.tr("projector.next"), "projector.next").c_str())) go(ui.teach_step + 1);
        ImGui::EndDisabled();
        mark(ui, "projector.next");
        if (!ImGui::GetIO().WantTextInput) {
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown), false) && ui.teach_step < n - 1) go(ui.teach_step + 1);
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp), false) && ui.teach_step > 0) go(ui.teach_step - 1);
        }
    }
    // The situation being shown, explained under the bar.
    if (!list.empty() && ui.teach_step >= 0 && ui.screen != Screen::Overview) {
        ImGui::PushTextWrapPos(0);
        explain(ui, list[size_t(ui.teach_step)], "projector.explain", true);
        ImGui::PopTextWrapPos();
    }
}

// [SECTION] First steps -----------------------------------------------------------------
// Each step with its tick (derived from the document) and a button to where it is done.
void first_steps_panel(Ui& ui) {
    App& app = ui.app;
    if (!app.has_open() || app.settings.first_steps_dismissed.count(app.open_id())) return;
    const FirstSteps steps = first_steps(app.session.doc());
    if (steps.all_done()) return;
    heading(ui.tr("first_steps.title"));
    mark(ui, "first_steps", std::to_string(steps.done_count()));
    show_wrapped("%s", ui.tr("first_steps.intro"));
    struct Step {
        const char* key;
        bool done;
        Screen screen;
    };
    const Step list[] = {{"arrangement", steps.arrangement, Screen::Settings},
                         {"decision", steps.decision, Screen::Settings},
                         {"assistants", steps.assistants, Screen::Assistants},
                         {"need", steps.need, Screen::Plan},
                         {"plan", steps.plan, Screen::Plan}};
    int n = 0;
    for (const Step& s : list) {
        ++n;
        const std::string id = std::string("first_steps.") + s.key;
        ImGui::PushID(s.key);
        bool done = s.done;
        ImGui::BeginDisabled();
        checkbox("###done", &done);
        ImGui::EndDisabled();
        mark(ui, id + ".done", done ? "done" : "open");
        ImGui::SameLine();
        const std::string text = std::to_string(n) + ". " + ui.tr((id + ".text").c_str());
        ImGui::AlignTextToFramePadding();
        show_wrapped("%s", text.c_str());
        same_line_if_fits(button_width(ui.tr((id + ".go").c_str())));
        if (button(label_id(ui.tr((id + ".go").c_str()), (id + ".go").c_str()).c_str())) {
            ui.screen = s.screen;
            if (std::string_view(s.key) == "need") ui.plan.show_need = true;
            if (std::string_view(s.key) == "plan") ui.plan.show_rotation = true;
        }
        mark(ui, id + ".go");
        ImGui::PopID();
    }
    if (small_button(label_id(ui.tr("first_steps.dismiss"), "first_steps.dismiss").c_str())) app.dismiss_first_steps();
    mark(ui, "first_steps.dismiss");
    ImGui::Separator();
}

}  // namespace bpa::ui
