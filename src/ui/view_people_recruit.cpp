// Personal → Rekruttering / Rekruttering: vacancies with the job description
// and advert drafted from the weekly need, the interview questions, the
// candidates with their references and certificate, and hiring.
//
// [SECTION] The vacancy
// [SECTION] A candidate
// [SECTION] Tab
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/print.h"
#include "core/people.h"
#include "ui/view_people.h"

namespace bpa::ui {

namespace {

const char* lang_code(const Ui& ui) { return to_string(ui.app.i18n.language); }

// [SECTION] The vacancy -------------------------------------------------------------
void vacancy_form(Ui& ui, const Vacancy v) {
    auto on = setters_for(v, [](Document& d, const Vacancy& x) { return update_vacancy(d, x); });
    const Document& doc = ui.app.session.doc();
    edit_text(ui, ui.tr("vacancy.title"), "vacancy.title", v.title, on([](Vacancy& x, const std::string& s) { x.title = s; }), true);
    edit_date(ui, ui.tr("vacancy.opened"), "vacancy.opened", v.opened, false,
              on([](Vacancy& x, std::optional<Date> d) {
                  const Days keep = x.deadline - x.opened;  // the deadline moves with the day it opened
                  x.opened = *d;
                  x.deadline = *d + keep;
              }));
    edit_date(ui, ui.tr("vacancy.deadline"), "vacancy.deadline", v.deadline, false,
              on([](Vacancy& x, std::optional<Date> d) { x.deadline = *d; }), v.opened + Days{min_application_days},
              "vacancy.deadline_14");
    muted_text(ui.tr("vacancy.deadline_help"));
    edit_number(ui, ui.tr("vacancy.hours"), "vacancy.hours", v.hours_per_week, 0, 168,
                on([](Vacancy& x, double h) { x.hours_per_week = h; }));
    edit_date(ui, ui.tr("vacancy.start"), "vacancy.start", v.start, true, on([](Vacancy& x, std::optional<Date> d) { x.start = d; }));
    if (doc.arrangement.jurisdiction == Jurisdiction::DK)
        edit_bool(ui, ui.tr("vacancy.user_is_child"), "vacancy.user_is_child", user_is_child(doc),
                  [](Document& d, bool c) { return set_user_is_child(d, c); });

    edit_multiline(ui, ui.tr("vacancy.description"), "vacancy.description", v.description, 6,
                   on([](Vacancy& x, const std::string& s) { x.description = s; }));
    if (button(label_id(ui.tr("vacancy.draft_description"), "vacancy.draft_description").c_str())) {
        Vacancy copy = v;
        copy.description = draft_job_description(doc, lang_code(ui));
        ui.app.run(ui.tr("vacancy.draft_description"), [copy](Document& d) { return update_vacancy(d, copy); }, ui.now);
    }
    mark(ui, "vacancy.draft_description");
    edit_multiline(ui, ui.tr("vacancy.advert"), "vacancy.advert", v.advert, 7,
                   on([](Vacancy& x, const std::string& s) { x.advert = s; }));
    if (button(label_id(ui.tr("vacancy.draft_advert"), "vacancy.draft_advert").c_str())) {
        Vacancy copy = v;
        copy.advert = draft_advert(doc, v, lang_code(ui));
        ui.app.run(ui.tr("vacancy.draft_advert"), [copy](Document& d) { return update_vacancy(d, copy); }, ui.now);
    }
    mark(ui, "vacancy.draft_advert");

    heading(ui.tr("interview.questions"));
    muted_text(ui.tr("interview.inform_help"));
    for (size_t i = 0; i < v.questions.size(); ++i) {
        ImGui::PushID(int(i));
        ImGui::Bullet();
        show_wrapped("%s", v.questions[i].c_str());
        ImGui::SameLine();
        if (small_button(label_id(ui.tr("common.remove"), ("vacancy.question_remove." + std::to_string(i)).c_str()).c_str())) {
            Vacancy copy = v;
            copy.questions.erase(copy.questions.begin() + long(i));
            ui.app.run(ui.tr("common.remove"), [copy](Document& d) { return update_vacancy(d, copy); }, ui.now);
        }
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24));
    bool enter = input_text_hint("###vacancy.new_question", ui.tr("interview.question_hint"), &ui.people.new_question,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    mark(ui, "vacancy.new_question");
    same_line_if_fits(button_width(ui.tr("interview.question_add")));
    if ((button(label_id(ui.tr("interview.question_add"), "vacancy.question_add").c_str()) || enter) &&
        !ui.people.new_question.empty()) {
        Vacancy copy = v;
        copy.questions.push_back(ui.people.new_question);
        if (ui.app.run(ui.tr("interview.question_add"), [copy](Document& d) { return update_vacancy(d, copy); }, ui.now))
            ui.people.new_question.clear();
    }
    mark(ui, "vacancy.question_add");
    ImGui::Spacing();
    const std::string vid = v.id;
    if (big_button(ui, ui.tr("vacancy.print"), "vacancy.print")) open_print(ui, vacancy_html(doc, ui.app.i18n, vid));
    same_line_if_fits(button_width(ui.tr("vacancy.close")));
    if (big_button(ui, ui.tr(v.closed ? "vacancy.reopen" : "vacancy.close"), "vacancy.close")) {
        Vacancy copy = v;
        copy.closed = !v.closed;
        ui.app.run(ui.tr("vacancy.close"), [copy](Document& d) { return update_vacancy(d, copy); }, ui.now);
    }
    same_line_if_fits(button_width(ui.tr("vacancy.delete")));
    if (big_button(ui, ui.tr("vacancy.delete"), "vacancy.delete") &&
        ui.app.run(ui.tr("vacancy.delete"), [vid](Document& d) { return delete_vacancy(d, vid); }, ui.now))
        ui.people.vacancy.clear();
}

// [SECTION] A candidate -------------------------------------------------------------
void candidate_form(Ui& ui, const std::string& vid, const Candidate c) {
    auto on = setters_for(c, [vid](Document& d, const Candidate& x) { return update_candidate(d, vid, x); });
    const Document& doc = ui.app.session.doc();
    heading(c.name.c_str());
    edit_text(ui, ui.tr("candidate.name"), "candidate.name", c.name, on([](Candidate& x, const std::string& s) { x.name = s; }), true);
    edit_text(ui, ui.tr("contact.phone"), "candidate.phone", c.phone, on([](Candidate& x, const std::string& s) { x.phone = s; }));
    edit_text(ui, ui.tr("contact.email"), "candidate.email", c.email, on([](Candidate& x, const std::string& s) { x.email = s; }));
    edit_date(ui, ui.tr("candidate.applied_on"), "candidate.applied_on", c.applied_on, true,
              on([](Candidate& x, std::optional<Date> d) { x.applied_on = d; }));
    if (c.status != "hired") {
        show_text(ui.tr("candidate.status"));
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        if (begin_combo("###candidate.status", ui.tr("candidate.status." + c.status))) {
            for (const char* st : candidate_statuses) {
                if (std::string_view(st) == "hired") continue;  // hiring is the button below
                if (selectable(ui.tr(std::string("candidate.status.") + st), c.status == st) && c.status != st) {
                    Candidate copy = c;
                    copy.status = st;
                    ui.app.run(ui.tr("candidate.status"), [vid, copy](Document& d) { return update_candidate(d, vid, copy); }, ui.now);
                }
                mark(ui, std::string("candidate.status.") + st);
            }
            ImGui::EndCombo();
        }
        mark(ui, "candidate.status");
    }
    edit_date(ui, ui.tr("candidate.interview_on"), "candidate.interview_on", c.interview_on, true,
              on([](Candidate& x, std::optional<Date> d) { x.interview_on = d; }));
    if (button(label_id(ui.tr("interview.print"), "candidate.interview_print").c_str()))
        open_print(ui, interview_guide_html(doc, ui.app.i18n, vid, c.id));
    mark(ui, "candidate.interview_print");
    edit_multiline(ui, ui.tr("candidate.notes"), "candidate.notes", c.notes, 4,
                   on([](Candidate& x, const std::string& s) { x.notes = s; }));

    heading(ui.tr("candidate.references"));
    muted_text(ui.tr("candidate.references_help"));
    for (size_t i = 0; i < c.references.size(); ++i) {
        ImGui::PushID(int(i));
        const std::string rid = "candidate.ref" + std::to_string(i);
        auto on_ref = [&](auto change) {
            return on([i, change](Candidate& x, auto value) {
                if (i < x.references.size()) change(x.references[i], value);
            });
        };
        ImGui::Separator();
        show_text(ui.fmt("candidate.reference_n", {{"n", std::to_string(i + 1)}}).c_str());
        edit_text(ui, ui.tr("reference.name"), (rid + ".name").c_str(), c.references[i].name,
                  on_ref([](Reference& r, const std::string& s) { r.name = s; }));
        edit_text(ui, ui.tr("reference.relation"), (rid + ".relation").c_str(), c.references[i].relation,
                  on_ref([](Reference& r, const std::string& s) { r.relation = s; }));
        edit_bool(ui, ui.tr("reference.family"), (rid + ".family").c_str(), c.references[i].family,
                  on_ref([](Reference& r, bool b) { r.family = b; }));
        edit_date(ui, ui.tr("reference.contacted_on"), (rid + ".contacted_on").c_str(), c.references[i].contacted_on, true,
                  on_ref([](Reference& r, std::optional<Date> d) { r.contacted_on = d; }));
        edit_multiline(ui, ui.tr("reference.said"), (rid + ".said").c_str(), c.references[i].said, 2,
                       on_ref([](Reference& r, const std::string& s) { r.said = s; }));
        ImGui::PopID();
    }
    if (button(label_id(ui.tr("candidate.reference_add"), "candidate.reference_add").c_str())) {
        Candidate copy = c;
        copy.references.push_back({});
        ui.app.run(ui.tr("candidate.reference_add"), [vid, copy](Document& d) { return update_candidate(d, vid, copy); }, ui.now);
    }
    mark(ui, "candidate.reference_add");

    heading(ui.tr("candidate.certificate_heading"));
    edit_date(ui, ui.tr("candidate.certificate_seen"), "candidate.certificate_seen", c.certificate_seen, true,
              on([](Candidate& x, std::optional<Date> d) { x.certificate_seen = d; }));
    if (doc.arrangement.jurisdiction == Jurisdiction::DK && user_is_child(doc))
        edit_date(ui, ui.tr("candidate.child_certificate_seen"), "candidate.child_certificate_seen", c.child_certificate_seen, true,
                  on([](Candidate& x, std::optional<Date> d) { x.child_certificate_seen = d; }));

    heading(ui.tr("candidate.hire_heading"));
    if (c.status == "hired") {
        const Assistant* a = doc.find_assistant(c.assistant);
        show_wrapped("%s", ui.fmt("candidate.hired", {{"name", a ? a->name : c.name}}).c_str());
        mark(ui, "candidate.hired", c.assistant);
        if (a) {
            if (button(label_id(ui.tr("candidate.to_onboarding"), "candidate.to_onboarding").c_str())) {
                ui.selected_assistant = a->id;
                ui.people.tab = PeopleUi::Onboarding;
                ui.people.switch_tab = true;
            }
            mark(ui, "candidate.to_onboarding");
        }
        return;
    }
    const auto gaps = hiring_gaps(doc, c);
    for (const auto& g : gaps) {
        ImGui::Bullet();
        show_wrapped("%s", ui.tr("candidate.gap." + g));
    }
    mark(ui, "candidate.gaps", std::to_string(gaps.size()));
    if (ui.people.hire_from.empty()) ui.people.hire_from = ui.date(ui.today_date);
    inline_date(ui, ui.tr("candidate.hire_from"), "candidate.hire_from", ui.people.hire_from, ImGui::GetFontSize() * 8);
    if (big_button(ui, ui.tr(gaps.empty() ? "candidate.hire" : "candidate.hire_anyway"), "candidate.hire")) {
        if (auto from = parse_date_input(ui.people.hire_from)) {
            const std::string cid = c.id;
            if (Outcome o = ui.app.run(ui.fmt("candidate.hire_step", {{"name", c.name}}),
                                       [vid, cid, from](Document& d) { return hire_candidate(d, vid, cid, *from); }, ui.now)) {
                ui.app.notify(Notice::Kind::Info, table_fmt("candidate.hired_notice", {{"name", c.name}}), ui.now);
                ui.selected_assistant = o.id;
            }
        } else {
            ui.app.notify(Notice::Kind::Error, [text = ui.people.hire_from](const I18n& t) {
                return t.fmt("form.bad_date_named", {{"field", t.tr("candidate.hire_from")}, {"text", text}});
            }, ui.now);
        }
    }
}

}  // namespace

// [SECTION] Tab ---------------------------------------------------------------------
void recruitment_tab(Ui& ui) {
    const Document& doc = ui.app.session.doc();
    PeopleUi& p = ui.people;
    muted_text(ui.tr("recruitment.help"));
    if (big_button(ui, ui.tr("recruitment.add"), "recruitment.add")) {
        const Date today = ui.today_date;
        if (Outcome o = ui.app.run(ui.tr("recruitment.add"), [today](Document& d) { return add_vacancy(d, today); }, ui.now)) {
            p.vacancy = o.id;
            p.candidate.clear();
        }
    }
    const auto all = vacancies(doc);
    if (all.empty()) {
        muted_text(ui.tr("recruitment.none"));
        return;
    }
    for (const auto& v : all) {
        std::string label = v.title + "  (" + ui.fmt(v.candidates.size() == 1 ? "recruitment.row_one" : "recruitment.row",
                                                 {{"deadline", ui.date(v.deadline)}, {"n", std::to_string(v.candidates.size())}}) +
                            (v.closed ? ", " + std::string(ui.tr("recruitment.closed")) : "") + ")###recruitment.row." + v.id;
        if (selectable(label.c_str(), p.vacancy == v.id)) {
            p.vacancy = v.id;
            p.candidate.clear();
        }
        mark(ui, "recruitment.row." + v.id);
    }
    auto v = std::find_if(all.begin(), all.end(), [&](const Vacancy& x) { return x.id == p.vacancy; });
    if (v == all.end()) return;
    ImGui::Separator();
    ImGui::PushID(v->id.c_str());
    const bool wide = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 44;
    if (wide) {  // the vacancy at left, its candidates at right
        ImGui::BeginChild("###vacancy.left", ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, 0), false, ImGuiWindowFlags_NavFlattened);
        vacancy_form(ui, *v);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("###vacancy.right", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    } else {
        vacancy_form(ui, *v);
        ImGui::Separator();
    }
    heading(ui.tr("recruitment.candidates"));
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 18));
    bool enter = input_text_hint("###candidate.new", ui.tr("candidate.new_hint"), &p.new_candidate,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    mark(ui, "candidate.new");
    same_line_if_fits(button_width(ui.tr("candidate.add")));
    if ((button(label_id(ui.tr("candidate.add"), "candidate.add").c_str()) || enter) && !p.new_candidate.empty()) {
        const std::string vid = v->id, name = p.new_candidate;
        const Date today = ui.today_date;
        if (Outcome o = ui.app.run(ui.tr("candidate.add"), [vid, name, today](Document& d) { return add_candidate(d, vid, name, today); }, ui.now)) {
            p.candidate = o.id;
            p.new_candidate.clear();
        }
    }
    mark(ui, "candidate.add");
    if (ImGui::BeginTable("###candidates", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ui.tr("candidate.name"), 0, 2.0f);
        ImGui::TableSetupColumn(ui.tr("candidate.status"), 0, 1.2f);
        ImGui::TableSetupColumn(ui.tr("candidate.references_short"), 0, 0.8f);
        ImGui::TableHeadersRow();
        for (const auto& c : v->candidates) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (selectable((c.name + "###candidate.row." + c.id).c_str(), p.candidate == c.id, ImGuiSelectableFlags_SpanAllColumns))
                p.candidate = c.id;
            mark(ui, "candidate.row." + c.id);
            ImGui::TableNextColumn();
            show_text(ui.tr("candidate.status." + c.status));
            ImGui::TableNextColumn();
            show_textf("%d / 2", references_checked(c));
        }
        ImGui::EndTable();
    }
    auto c = std::find_if(v->candidates.begin(), v->candidates.end(), [&](const Candidate& x) { return x.id == p.candidate; });
    if (c != v->candidates.end()) {
        ImGui::Separator();
        ImGui::PushID(c->id.c_str());
        candidate_form(ui, v->id, *c);
        if (c->status != "hired") {
            const std::string vid = v->id, cid = c->id;
            const bool pressed = button(label_id(ui.tr("candidate.delete"), "candidate.delete").c_str());
            mark(ui, "candidate.delete");
            if (pressed && ui.app.run(ui.tr("candidate.delete"), [vid, cid](Document& d) { return delete_candidate(d, vid, cid); }, ui.now))
                p.candidate.clear();
        }
        ImGui::PopID();
    }
    if (wide) ImGui::EndChild();
    ImGui::PopID();
}

}  // namespace bpa::ui
