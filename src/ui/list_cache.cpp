#include "ui/list_cache.h"

#include <algorithm>

#include <imgui.h>

#include "core/holidays.h"
#include "ui/view_plan.h"

namespace bpa::ui {

const ViolationList& violation_list(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    const auto& all = app.violations();
    if (ui.violation_texts && ui.violation_texts->revision == app.session.revision() &&
        ui.violation_texts->language == app.settings.language)
        return *ui.violation_texts;

    auto made = std::make_shared<ViolationList>();
    ViolationList& list = *made;
    list.revision = app.session.revision();
    list.language = app.settings.language;
    const Jurisdiction jurisdiction = doc.arrangement.jurisdiction;
    list.total = all.size();
    for (const auto& v : all) list.errors += v.severity == Severity::Error;
    std::string lang = to_string(list.language);
    const RuleParams& params = app.params();
    for (const RuleInfo& rule : rule_catalog(jurisdiction)) {
        ViolationList::Rule r{&rule};
        size_t count = 0;
        for (const auto& v : all) {
            if (v.rule != rule.id) continue;
            ++count;
            auto p = std::find_if(r.people.begin(), r.people.end(), [&](auto& x) { return x.assistant == v.assistant; });
            if (p == r.people.end()) {
                const Assistant* a = doc.find_assistant(v.assistant);
                r.people.push_back({v.assistant, a ? a->name : std::string(ui.tr("plan.whole_arrangement")), {}, {}});
                p = r.people.end() - 1;
            }
            std::string id = "violation." + rule.id + "." + v.assistant + "." + std::to_string(p->lines.size());
            p->lines.push_back({&v, local_date(v.at.date, lang) + " " + v.at.time().str() + "  " + violation_message(v, jurisdiction, lang), id});
        }
        if (count == 0) continue;
        r.title = std::string(rule.severity == Severity::Error ? "✗" : "!") + " " + rule.title.in(lang) + " (" +
                  std::to_string(count) + ")";
        r.explanation = rule_explanation(rule, params, lang);
        r.source = std::string(ui.tr("plan.source")) + " " + rule.source;
        const std::string node_id = "###rule." + rule.id;
        r.node_label = r.title + node_id;
        r.mark_id = "plan.rule." + rule.id;
        for (auto& person : r.people) person.node_label = person.name + node_id + "." + person.assistant;
        list.rules.push_back(std::move(r));
    }
    ui.violation_texts = std::move(made);
    return *ui.violation_texts;
}

const std::string& PlanDays::Item::fitting(float width) const {
    static const std::string none;
    for (int i = 0; i < 5; ++i)
        if (!label[i].empty() && label_w[i] <= width) return label[i];
    return none;
}

std::shared_ptr<const PlanDays> plan_days(Ui& ui, Date first, int days) {
    App& app = ui.app;
    const float font_size = ImGui::GetFontSize();
    if (const auto& c = ui.plan_days; c && c->revision == app.session.revision() && c->language == app.settings.language &&
                                      c->first == first && c->count == days && c->font_size == font_size)
        return c;

    const Document& doc = app.session.doc();
    auto made = std::make_shared<PlanDays>();
    PlanDays& w = *made;
    w.revision = app.session.revision();
    w.language = app.settings.language;
    w.first = first;
    w.count = days;
    w.font_size = font_size;
    const Date last = first + Days{days - 1};
    const Jurisdiction j = doc.arrangement.jurisdiction;
    auto width = [](const std::string& t) { return ImGui::CalcTextSize(t.c_str()).x; };

    for (int i = 0; i < days; ++i) {
        PlanDays::Day& d = w.days.emplace_back();
        d.date = first + Days{i};
        d.weekend = d.date.weekday() == Weekday::Saturday || d.date.weekday() == Weekday::Sunday;
        if (auto h = public_holiday_on(j, d.date)) d.holiday = ui.tr("holiday." + h->key);
        for (int form = 0; form < 4; ++form) {
            d.heading[form] = plan_view::day_heading(ui, d.date, form);
            d.heading_w[form] = width(d.heading[form]);
        }
    }

    for (const Assistant* a : plan_view::rows_for(doc, app.shift_index(), first, last)) {
        PlanDays::Row& r = w.rows.emplace_back();
        r.assistant = a;
        r.colour = plan_view::colour_index(doc, a->id);
        for (int i = 0; i < days; ++i) r.employed.push_back(a->employed_on(first + Days{i}));
        for (const Absence& ab : doc.absences) {
            if (ab.assistant != a->id || ab.to < first || ab.from > last) continue;
            std::string name = ui.tr(std::string("absence.") + to_string(ab.type));
            const float name_w = width(name);
            r.away.push_back({&ab, std::max(0, (ab.from - first).count), std::min(days - 1, (ab.to - first).count),
                              ab.type != AbsenceType::Vacation && ab.type != AbsenceType::Leave, std::move(name), name_w});
        }
    }

    const auto& marks = app.shift_marks();
    const int64_t from = LocalDateTime{first, 0}.wall_minutes();
    for (const Shift* s : app.shift_index().overlapping(from, from + int64_t(days) * 1440)) {
        PlanDays::Item& it = w.shifts.emplace_back();
        it.shift = s;
        it.row = -1;
        for (size_t r = 0; r < w.rows.size(); ++r)
            if (w.rows[r].assistant->id == s->assistant) it.row = static_cast<int>(r);
        it.colour = plan_view::colour_index(doc, s->assistant);
        const auto m = marks.find(s->id);
        it.severity = m == marks.end() ? nullptr : &m->second;
        it.mirror_id = "shift." + s->id;
        const Assistant* a = doc.find_assistant(s->assistant);
        it.spoken = ui.fmt("plan.a11y_shift",
            {{"who", a ? a->name : s->assistant}, {"day", ui.tr("weekday.long." + std::to_string(int(s->start.date.weekday())))},
             {"date", ui.date(s->start.date)}, {"from", s->start.time().str()}, {"to", s->end.time().str()},
             {"problem", !it.severity ? "" : ui.tr(*it.severity == Severity::Error ? "plan.a11y_error" : "plan.a11y_warning")}});
        // The longest of "08:00–16:00", "8–16", "08:00", "8" that fits, the rule mark in front.
        const TimeOfDay t0 = s->start.time(), t1 = end_time(*s);
        auto brief = [](TimeOfDay t) { return t.minute() == 0 ? std::to_string(t.hour()) : t.str(); };
        const std::string prefix = !it.severity ? "" : *it.severity == Severity::Error ? "✗" : "!";
        const std::string forms[4] = {t0.str() + "–" + t1.str(), brief(t0) + "–" + brief(t1), t0.str(), brief(t0)};
        for (int k = 0; k < 4; ++k) it.label[k] = prefix.empty() ? forms[k] : prefix + " " + forms[k];
        it.label[4] = prefix;
        for (int k = 0; k < 5; ++k) it.label_w[k] = width(it.label[k]);
    }
    for (PlanDays::Item& it : w.shifts)
        for (const PlanDays::Item& o : w.shifts)
            if (o.shift != it.shift && o.shift->assistant == it.shift->assistant && o.shift->start > it.shift->start) {
                const int64_t at = o.shift->start.wall_minutes();
                if (!it.next_start || at < *it.next_start) it.next_start = at;
            }
    ui.plan_days = made;
    return made;
}

}  // namespace bpa::ui
