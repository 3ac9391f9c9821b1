// Settings → Rules: every rule of the arrangement's country in plain words, with
// its parameters in force, where it comes from, how often the plan breaks it
// now, and the parameters editable as the arrangement's overrides (reset to the
// default one click away). Instructors can show Norway and Denmark side by side:
// the other country's rule beside each rule (under it where two columns do not
// fit), and the rules only it has below.
#include <imgui.h>

#include <string>

#include "core/commands.h"
#include "core/rules/compare.h"
#include "core/rules/rules.h"
#include "ui/views.h"

namespace bpa::ui {

// One parameter: its value in force, editable; the default beside it; a reset when overridden.
static void parameter_editor(Ui& ui, const RuleParam& p) {
    const Arrangement& a = ui.app.session.doc().arrangement;
    const std::string id = "rules.param." + p.name;
    const std::string label = p.label.in(ui.lang());
    const Json value = rule_parameter(a, p.name).value_or(p.value);
    const bool overridden = a.rules.is_object() && a.rules.contains(p.name);
    auto set = [name = p.name](const Json& v) { return [name, v](Document& d) { return set_rule_parameter(d, name, v); }; };
    ImGui::PushID(id.c_str());
    if (p.value.is_boolean()) {
        edit_bool(ui, label.c_str(), id.c_str(), value.is_boolean() && value.get<bool>(),
                  [name = p.name](Document& d, bool v) { return set_rule_parameter(d, name, v); });
    } else if (p.value.is_number()) {
        edit_number(ui, label.c_str(), id.c_str(), value.is_number() ? value.get<double>() : 0, p.min.value_or(-1e9),
                    p.max.value_or(1e9), [name = p.name](Document& d, double v) { return set_rule_parameter(d, name, v); });
    } else if (!p.choices.empty()) {
        show_wrapped("%s", label.c_str());
        const std::string current = value.is_string() ? value.get<std::string>() : std::string();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        if (begin_combo(("###" + id).c_str(), ui.tr("rules.choice." + current))) {
            for (const auto& c : p.choices)
                if (selectable(ui.tr("rules.choice." + c), c == current) && c != current)
                    ui.app.run(label, set(c), ui.now);
            ImGui::EndCombo();
        }
        mark(ui, id);
    }
    const std::string shown_default = p.value.is_boolean() ? ui.tr(p.value.get<bool>() ? "common.yes" : "common.no")
                                      : p.value.is_number() ? ui.app.i18n.number(p.value.get<double>())
                                      : p.value.is_string() ? std::string(ui.tr("rules.choice." + p.value.get<std::string>()))
                                                            : std::string();
    muted_text(ui.fmt(overridden ? "rules.default_changed" : "rules.default_kept", {{"value", shown_default}}).c_str());
    mark(ui, id + ".default", overridden ? "changed" : "default");
    if (overridden) {
        same_line_if_fits(button_width(ui.tr("rules.reset")));
        if (small_button(label_id(ui.tr("rules.reset"), (id + ".reset").c_str()).c_str()))
            ui.app.run(label, set(nullptr), ui.now);
        mark(ui, id + ".reset");
    }
    ImGui::PopID();
}

// The other country's parameters in force by default (no overrides: it is not this arrangement's country).
static RuleParams defaults_of(Jurisdiction j) {
    Arrangement defaults;
    defaults.jurisdiction = j;
    return resolve_params(defaults);
}

// A rule as the other country has it, for comparison.
static void other_country(Ui& ui, Jurisdiction other, const RuleParams& other_params, const RuleInfo& rule) {
    const RuleInfo* there = find_rule(other, rule.id);
    const std::string country = ui.tr(other == Jurisdiction::NO ? "rules.in_norway" : "rules.in_denmark");
    if (!there) {
        const std::string none = ui.fmt("rules.not_there", {{"country", country}});
        muted_text(none.c_str());
        mark(ui, "rules.other." + rule.id, none);
        return;
    }
    const std::string text = country + ": " + rule_explanation(*there, other_params, ui.lang());
    show_wrapped("%s", text.c_str());
    mark(ui, "rules.other." + rule.id, text);
    muted_text((std::string(ui.tr("plan.source")) + " " + there->source).c_str());
}

// The rules only the other country has, listed under the comparison, so that
// an instructor sees what is missing here as well as what differs.
static void only_in_other_country(Ui& ui, Jurisdiction here, Jurisdiction other) {
    const std::vector<const RuleInfo*> only = rules_only_in(other, here);
    if (only.empty()) return;
    heading(ui.tr(other == Jurisdiction::NO ? "rules.only_in_norway" : "rules.only_in_denmark"));
    mark(ui, "rules.only_there");
    muted_text(ui.fmt("rules.only_there_help", {{"country", ui.country(other)},
                                                {"here", ui.country(here)}})
                   .c_str());
    const RuleParams params = defaults_of(other);
    for (const RuleInfo* rule : only) {
        show_text((std::string(rule->severity == Severity::Error ? "✗ " : "! ") + rule->title.in(ui.lang())).c_str());
        ImGui::Indent();
        const std::string text = rule_explanation(*rule, params, ui.lang());
        show_wrapped("%s", text.c_str());
        mark(ui, "rules.only_there." + rule->id, text);
        muted_text((std::string(ui.tr("plan.source")) + " " + rule->source).c_str());
        ImGui::Unindent();
    }
}

void rules_section(Ui& ui) {
    App& app = ui.app;
    if (!app.has_open()) return;
    const Arrangement& a = app.session.doc().arrangement;
    const Jurisdiction j = a.jurisdiction, other = j == Jurisdiction::NO ? Jurisdiction::DK : Jurisdiction::NO;
    show_wrapped("%s", ui.tr("rules.intro"));
    checkbox(label_id(ui.tr(other == Jurisdiction::DK ? "rules.compare_dk" : "rules.compare_no"), "rules.compare").c_str(),
                    &ui.rules_compare);
    mark(ui, "rules.compare");
    const RuleParams params = resolve_params(a);
    const RuleParams there = ui.rules_compare ? defaults_of(other) : RuleParams{};  // once a frame, not once a rule
    const auto& violations = app.violations();
    for (const RuleInfo& rule : rule_catalog(j)) {
        size_t count = 0;
        for (const auto& v : violations) count += v.rule == rule.id;
        const std::string title = std::string(rule.severity == Severity::Error ? "✗ " : "! ") + rule.title.in(ui.lang()) +
                                  "###rules.rule." + rule.id;
        const bool open = ImGui::CollapsingHeader(title.c_str());
        mark(ui, "rules.rule." + rule.id);
        if (!open) continue;
        ImGui::Indent();
        // Compared with the other country: side by side where two columns of
        // about 22 em fit, else the other country's rule under this one's.
        const bool side_by_side = ui.rules_compare && ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 44 &&
                                  ImGui::BeginTable(("###rules.side." + rule.id).c_str(), 2,
                                                    ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame);
        if (side_by_side) {
            ImGui::TableSetupColumn(ui.country(j));
            ImGui::TableSetupColumn(ui.country(other));
            ImGui::TableHeadersRow();
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
        }
        muted_text(ui.tr(rule.severity == Severity::Error ? "rules.law" : "rules.advice"));
        const std::string explanation = rule_explanation(rule, params, ui.lang());
        show_wrapped("%s", explanation.c_str());
        mark(ui, "rules.explanation." + rule.id, explanation);
        muted_text((std::string(ui.tr("plan.source")) + " " + rule.source).c_str());
        const std::string now = ui.fmt("rules.count_now", {{"n", std::to_string(count)}});
        if (count > 0) error_text(now.c_str());
        else show_wrapped("%s", now.c_str());
        mark(ui, "rules.count." + rule.id, std::to_string(count));
        if (side_by_side) {
            ImGui::TableNextColumn();
            other_country(ui, other, there, rule);
            ImGui::EndTable();
        }
        for (const RuleParam& p : rule.params) parameter_editor(ui, p);
        if (ui.rules_compare && !side_by_side) {
            ImGui::Separator();
            other_country(ui, other, there, rule);
        }
        ImGui::Unindent();
    }
    if (ui.rules_compare) only_in_other_country(ui, j, other);
    if (!other_params(j).empty()) {
        heading(ui.tr("rules.other_title"));
        for (const RuleParam& p : other_params(j)) parameter_editor(ui, p);
    }
}

}  // namespace bpa::ui
