// Personal / Personale: recruitment (view_people_recruit.cpp), the onboarding
// checklist, talks with their minutes, and leaving with the reference letter.
// Every change goes through a command of core/people.h.
//
// [SECTION] Shared
// [SECTION] Onboarding
// [SECTION] Talks
// [SECTION] Leaving and the reference letter
// [SECTION] Screen
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/print.h"
#include "core/people.h"
#include "platform/platform.h"
#include "ui/view_people.h"

namespace bpa::ui {

// [SECTION] Shared -------------------------------------------------------------
void open_print(Ui& ui, const std::string& html) {
    if (!platform::open_print_window(html)) ui.app.notify(Notice::Kind::Error, table_text("plan.print_blocked"), ui.now);
}

std::string date_or_blank(const Ui& ui, const std::optional<Date>& d) { return d ? ui.date(*d) : std::string(); }

namespace {

ImVec4 late_color() {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return bg.x + bg.y + bg.z < 1.5f ? ImVec4(1.0f, 0.55f, 0.55f, 1) : ImVec4(0.75f, 0.05f, 0.05f, 1);
}

// The assistant the per-person tabs show; the first one not archived when none is chosen.
const Assistant* chosen_assistant(Ui& ui) {
    const Document& doc = ui.app.session.doc();
    if (const Assistant* a = doc.find_assistant(ui.selected_assistant)) return a;
    for (const auto& a : doc.assistants)
        if (!archived(a)) {
            ui.selected_assistant = a.id;
            return &a;
        }
    return doc.assistants.empty() ? nullptr : &doc.assistants.front();
}

// "Assistent: [Kari v]" on one line.
const Assistant* person_row(Ui& ui, const char* id) {
    const Assistant* a = chosen_assistant(ui);
    if (!a) {
        show_wrapped("%s", ui.tr("assistants.empty"));
        return nullptr;
    }
    ImGui::AlignTextToFramePadding();
    show_text(ui.tr("print.assistant"));
    ImGui::SameLine();
    if (auto c = assistant_combo(ui, id, a->id, ImGui::GetFontSize() * 16)) {
        ui.selected_assistant = *c;
        ui.people.talk.clear();
    }
    if (archived(*a)) {
        ImGui::SameLine();
        muted_text(ui.tr("people.archived"));
    }
    return ui.app.session.doc().find_assistant(ui.selected_assistant);
}

// [SECTION] Onboarding -----------------------------------------------------------
void onboarding_tab(Ui& ui) {
    const Assistant* found = person_row(ui, "onboarding.who");
    if (!found) return;
    const Assistant a = *found;  // a copy: a step may replace the document
    const std::string aid = a.id;
    const Document& doc = ui.app.session.doc();
    if (!has_onboarding(a)) {
        show_wrapped("%s", ui.tr("onboarding.none"));
        if (big_button(ui, ui.tr("onboarding.start"), "onboarding.start"))
            ui.app.run(ui.tr("onboarding.start"), [aid](Document& d) { return start_onboarding(d, aid); }, ui.now);
        return;
    }
    const Date today = ui.today_date;
    const auto items = onboarding_items(doc, a);
    const int open = int(std::count_if(items.begin(), items.end(), [](auto& i) { return !i.done_on; }));
    if (open == 0) show_wrapped("%s", ui.tr("onboarding.complete"));
    else show_wrapped("%s", ui.fmt(open == 1 ? "onboarding.open_one" : "onboarding.open", {{"n", std::to_string(open)}}).c_str());
    mark(ui, "onboarding.open", std::to_string(open));
    show_wrapped("%s", ui.fmt("onboarding.shadowing", {{"n", std::to_string(shadowing_shifts(doc, a))}}).c_str());
    help_marker(ui.tr("onboarding.shadowing_help"));

    bool permit = work_permit_needed(a);
    if (checkbox(label_id(ui.tr("onboarding.work_permit_needed"), "onboarding.work_permit_needed").c_str(), &permit))
        ui.app.run(ui.tr("onboarding.work_permit_needed"),
                   [aid, permit](Document& d) { return set_work_permit_needed(d, aid, permit); }, ui.now);
    mark(ui, "onboarding.work_permit_needed");

    const float date_w = ImGui::CalcTextSize("0000-00-00").x + ImGui::GetStyle().FramePadding.x * 4;
    if (ImGui::BeginTable("###onboarding.items", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(ui.tr("onboarding.item"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(ui.tr("onboarding.due"), ImGuiTableColumnFlags_WidthFixed, date_w);
        ImGui::TableSetupColumn(ui.tr("onboarding.done"), ImGuiTableColumnFlags_WidthFixed, date_w * 1.2f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight() * 2.5f);
        ImGui::TableHeadersRow();
        for (const OnboardingItem& i : items) {
            ImGui::PushID(i.key.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool late = !i.done_on && i.due && *i.due < today;
            std::string what = i.text.empty() ? std::string(ui.tr("onboarding.item." + i.key)) : i.text;
            if (late) ImGui::PushStyleColor(ImGuiCol_Text, late_color());
            show_wrapped("%s%s", what.c_str(), late ? (std::string("  ") + ui.tr("onboarding.late")).c_str() : "");
            if (late) ImGui::PopStyleColor();
            mark(ui, "onboarding.item." + i.key, what + (i.done_on ? "|done" : late ? "|late" : "|open"));
            if (i.key == "contract") help_marker(ui.tr("onboarding.contract_contents"));
            // Where it comes from, under it: the law, or the handbook's advice.
            muted_text((i.source + (i.law ? "" : std::string(" (") + ui.tr("onboarding.advice") + ")")).c_str());
            ImGui::TableNextColumn();
            show_text(date_or_blank(ui, i.due).c_str());
            ImGui::TableNextColumn();
            const std::string field = "onboarding.done." + i.key;
            const std::string key = i.key;
            ImGui::SetNextItemWidth(-FLT_MIN);
            std::string text = date_or_blank(ui, i.done_on);
            if (input_text_hint(("###" + field).c_str(), ui.tr("onboarding.done_hint"), &text,
                                         ImGuiInputTextFlags_EnterReturnsTrue)) {
                std::optional<Date> on = text.empty() ? std::nullopt : parse_date_input(text);
                if (text.empty() || on) {
                    if (key.rfind("training:", 0) == 0)
                        ui.app.run(what, [aid, key, on](Document& d) { return set_training_done(d, aid, key.substr(9), on); }, ui.now);
                    else
                        ui.app.run(what, [aid, key, on](Document& d) { return set_onboarding_date(d, aid, key, on); }, ui.now);
                } else {
                    ui.app.notify(Notice::Kind::Error, table_fmt("form.bad_date_named", {{"field", what}, {"text", text}}), ui.now);
                }
            }
            mark(ui, field);
            ImGui::TableNextColumn();
            if (!i.done_on) {
                if (small_button(label_id(ui.tr("onboarding.today"), ("onboarding.today." + key).c_str()).c_str())) {
                    if (key.rfind("training:", 0) == 0)
                        ui.app.run(what, [aid, key, today](Document& d) { return set_training_done(d, aid, key.substr(9), today); }, ui.now);
                    else
                        ui.app.run(what, [aid, key, today](Document& d) { return set_onboarding_date(d, aid, key, today); }, ui.now);
                }
                mark(ui, "onboarding.today." + key);
            } else if (key.rfind("training:", 0) == 0) {
                if (small_button(label_id(ui.tr("common.remove"), ("onboarding.remove." + key).c_str()).c_str()))
                    ui.app.run(ui.tr("common.remove"), [aid, key](Document& d) { return remove_training_item(d, aid, key.substr(9)); }, ui.now);
                mark(ui, "onboarding.remove." + key);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    heading(ui.tr("onboarding.training"));
    muted_text(ui.tr("onboarding.training_help"));
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24));
    bool enter = input_text_hint("###onboarding.new_training", ui.tr("onboarding.training_hint"), &ui.people.new_training,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    mark(ui, "onboarding.new_training");
    same_line_if_fits(button_width(ui.tr("onboarding.training_add")));
    if ((big_button(ui, ui.tr("onboarding.training_add"), "onboarding.training_add") || enter) && !ui.people.new_training.empty()) {
        const std::string text = ui.people.new_training;
        if (ui.app.run(ui.tr("onboarding.training_add"), [aid, text](Document& d) { return add_training_item(d, aid, text); }, ui.now))
            ui.people.new_training.clear();
    }
    ImGui::Spacing();
    if (big_button(ui, ui.tr("onboarding.print"), "onboarding.print")) open_print(ui, onboarding_html(doc, ui.app.i18n, aid));
}

// [SECTION] Talks ------------------------------------------------------------------
void talk_form(Ui& ui, const std::string& aid, const Talk t) {
    auto on = setters_for(t, [aid](Document& d, const Talk& x) { return update_talk(d, aid, x); });
    heading(ui.fmt("talk.heading", {{"kind", ui.tr("talk.kind." + t.kind)}, {"date", ui.date(t.date)}}).c_str());
    show_wrapped("%s", ui.tr(("talk.kind_help." + t.kind).c_str()));
    edit_date(ui, ui.tr("talk.date"), "talk.date", t.date, false, on([](Talk& x, std::optional<Date> v) { x.date = *v; }));
    show_text(ui.tr("talk.kind"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (begin_combo("###talk.kind", ui.tr("talk.kind." + t.kind))) {
        for (const char* k : talk_kinds)
            if (selectable(ui.tr(std::string("talk.kind.") + k), t.kind == k) && t.kind != k) {
                Talk copy = t;
                copy.kind = k;
                ui.app.run(ui.tr("talk.kind"), [aid, copy](Document& d) { return update_talk(d, aid, copy); }, ui.now);
            }
        ImGui::EndCombo();
    }
    mark(ui, "talk.kind");
    edit_text(ui, ui.tr("talk.present"), "talk.present", t.present, on([](Talk& x, const std::string& v) { x.present = v; }));
    edit_multiline(ui, ui.tr("talk.note"), "talk.note", t.note, 4, on([](Talk& x, const std::string& v) { x.note = v; }));
    edit_multiline(ui, ui.tr("talk.agreed"), "talk.agreed", t.agreed, 3, on([](Talk& x, const std::string& v) { x.agreed = v; }));
    edit_date(ui, ui.tr("talk.follow_up"), "talk.follow_up", t.follow_up, true,
              on([](Talk& x, std::optional<Date> v) { x.follow_up = v; }), t.date, "talk.follow_up_before");
    edit_bool(ui, ui.tr("talk.signed_leader"), "talk.signed_leader", t.signed_leader,
              on([](Talk& x, bool v) { x.signed_leader = v; }));
    edit_bool(ui, ui.tr("talk.signed_assistant"), "talk.signed_assistant", t.signed_assistant,
              on([](Talk& x, bool v) { x.signed_assistant = v; }));
    if (t.kind == "appraisal") {
        for (const char* who : {"leader", "assistant"}) {
            const std::string id = std::string("talk.form.") + who;
            if (ImGui::CollapsingHeader(label_id(ui.tr(std::string("talk.form_") + who), id.c_str()).c_str())) {
                for (const char* topic : appraisal_topics) {
                    const std::string w = who, tp = topic;
                    edit_multiline(ui, ui.tr(std::string("talk.topic.") + topic), (id + "." + topic).c_str(),
                                   t.form_text(who, topic), 2, on([w, tp](Talk& x, const std::string& v) {
                                       if (!x.forms.is_object()) x.forms = Json::object();
                                       if (!x.forms[w].is_object()) x.forms[w] = Json::object();
                                       x.forms[w][tp] = v;
                                   }));
                }
            }
            mark(ui, id);
        }
    }
    ImGui::Spacing();
    const std::string tid = t.id;
    if (big_button(ui, ui.tr("talk.print"), "talk.print"))
        open_print(ui, talk_minutes_html(ui.app.session.doc(), ui.app.i18n, aid, tid));
    same_line_if_fits(button_width(ui.tr("talk.delete")));
    if (big_button(ui, ui.tr("talk.delete"), "talk.delete") &&
        ui.app.run(ui.tr("talk.delete"), [aid, tid](Document& d) { return delete_talk(d, aid, tid); }, ui.now))
        ui.people.talk.clear();
}

void talks_tab(Ui& ui) {
    const Assistant* found = person_row(ui, "talks.who");
    if (!found) return;
    const Assistant a = *found;
    const std::string aid = a.id;
    PeopleUi& p = ui.people;
    muted_text(ui.tr("talks.help"));
    // New talk: kind and date.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (begin_combo("###talks.new_kind", ui.tr("talk.kind." + p.talk_kind))) {
        for (const char* k : talk_kinds) {
            if (selectable(ui.tr(std::string("talk.kind.") + k), p.talk_kind == k)) p.talk_kind = k;
            mark(ui, std::string("talks.new_kind.") + k);
        }
        ImGui::EndCombo();
    }
    mark(ui, "talks.new_kind");
    ImGui::SameLine();
    if (p.new_talk_date.empty()) p.new_talk_date = ui.date(ui.today_date);
    date_box(ui, "talks.new_date", p.new_talk_date, ImGui::CalcTextSize("00.00.0000").x + ImGui::GetStyle().FramePadding.x * 4);
    same_line_if_fits(button_width(ui.tr("talks.add")));
    if (big_button(ui, ui.tr("talks.add"), "talks.add")) {
        if (auto date = parse_date_input(p.new_talk_date)) {
            const std::string kind = p.talk_kind;
            if (Outcome o = ui.app.run(ui.tr("talks.add"), [aid, date, kind](Document& d) { return add_talk(d, aid, *date, kind); }, ui.now))
                p.talk = o.id;
        } else {
            ui.app.notify(Notice::Kind::Error, [text = p.new_talk_date](const I18n& t) {
                return t.fmt("form.bad_date_named", {{"field", t.tr("talk.date")}, {"text", text}});
            }, ui.now);
        }
    }
    const auto talks = talks_of(a);
    if (talks.empty()) {
        muted_text(ui.tr("talks.none"));
        return;
    }
    if (ImGui::BeginTable("###talks.list", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ui.tr("talk.date"), 0, 1.0f);
        ImGui::TableSetupColumn(ui.tr("talk.kind"), 0, 1.6f);
        ImGui::TableSetupColumn(ui.tr("talk.follow_up"), 0, 1.0f);
        ImGui::TableSetupColumn(ui.tr("talk.signed"), 0, 0.8f);
        ImGui::TableHeadersRow();
        for (auto it = talks.rbegin(); it != talks.rend(); ++it) {  // newest first
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (selectable((ui.date(it->date) + "###talks.row." + it->id).c_str(), p.talk == it->id,
                                  ImGuiSelectableFlags_SpanAllColumns))
                p.talk = it->id;
            mark(ui, "talks.row." + it->id);
            ImGui::TableNextColumn();
            show_text(ui.tr("talk.kind." + it->kind));
            ImGui::TableNextColumn();
            show_text(date_or_blank(ui, it->follow_up).c_str());
            ImGui::TableNextColumn();
            show_text(ui.tr(it->signed_leader && it->signed_assistant ? "common.yes" : "common.no"));
        }
        ImGui::EndTable();
    }
    auto open = std::find_if(talks.begin(), talks.end(), [&](const Talk& t) { return t.id == p.talk; });
    if (open != talks.end()) {
        ImGui::Separator();
        ImGui::PushID(open->id.c_str());
        talk_form(ui, aid, *open);
        ImGui::PopID();
    }
}

// [SECTION] Leaving and the reference letter -------------------------------------------
void leaving_tab(Ui& ui) {
    const Assistant* found = person_row(ui, "leaving.who");
    if (!found) return;
    const Assistant a = *found;
    const std::string aid = a.id;
    const Document& doc = ui.app.session.doc();
    const bool dk = doc.arrangement.jurisdiction == Jurisdiction::DK;
    PeopleUi& p = ui.people;
    show_wrapped("%s", ui.tr("leaving.employer_only"));
    if (auto l = leaving_of(a)) {
        heading(ui.tr("leaving.recorded_heading"));
        show_wrapped("%s", ui.fmt("leaving.recorded", {{"kind", ui.tr("leaving.kind." + l->kind)},
                                                             {"notice", ui.date(l->notice_given)},
                                                             {"last", ui.date(l->last_day)}}).c_str());
        mark(ui, "leaving.recorded", l->kind + "|" + l->last_day.str());
        if (!l->reason.empty()) show_wrapped("%s: %s", ui.tr("leaving.reason"), l->reason.c_str());
        if (big_button(ui, ui.tr("leaving.undo"), "leaving.undo"))
            ui.app.run(ui.tr("leaving.undo"), [aid](Document& d) { return undo_leaving(d, aid); }, ui.now);
    } else {
        heading(ui.tr("leaving.heading"));
        show_text(ui.tr("leaving.kind"));
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
        if (begin_combo("###leaving.kind", ui.tr("leaving.kind." + p.leave_kind))) {
            for (const char* k : {"resignation", "dismissal", "temporary_end"}) {
                if (selectable(ui.tr(std::string("leaving.kind.") + k), p.leave_kind == k)) {
                    p.leave_kind = k;
                    p.last_day.clear();
                }
                mark(ui, std::string("leaving.kind.") + k);
            }
            ImGui::EndCombo();
        }
        mark(ui, "leaving.kind");
        if (p.notice_given.empty()) p.notice_given = ui.date(ui.today_date);
        if (inline_date(ui, ui.tr("leaving.notice_given"), "leaving.notice_given", p.notice_given, ImGui::GetFontSize() * 8))
            p.last_day.clear();
        auto notice = parse_date_input(p.notice_given);
        if (notice && p.last_day.empty())
            p.last_day = ui.date(last_day_after_notice(doc, a, *notice, p.leave_kind == "dismissal"));
        inline_date(ui, ui.tr("leaving.last_day"), "leaving.last_day", p.last_day, ImGui::GetFontSize() * 8);
        muted_text(ui.tr(dk ? "leaving.notice_help_dk" : "leaving.notice_help_no"));
        show_text(ui.tr("leaving.reason"));
        ImGui::SetNextItemWidth(-FLT_MIN);
        input_text("###leaving.reason", &p.leave_reason);
        mark(ui, "leaving.reason");
        if (p.leave_kind == "dismissal") {
            int notes = 0;
            for (const Talk& t : talks_of(a)) notes += t.kind == "warning" || t.kind == "other";
            show_wrapped("%s", ui.fmt(dk ? "leaving.dismissal_dk" : "leaving.dismissal_no", {{"n", std::to_string(notes)}}).c_str());
        }
        if (big_button(ui, ui.tr("leaving.record"), "leaving.record")) {
            auto last = parse_date_input(p.last_day);
            if (!notice || !last) {
                ui.app.notify(Notice::Kind::Error, [field = !notice ? "leaving.notice_given" : "leaving.last_day", text = !notice ? p.notice_given : p.last_day](const I18n& t) {
                    return t.fmt("form.bad_date_named", {{"field", t.tr(field)}, {"text", text}});
                }, ui.now);
            } else {
                Leaving l{p.leave_kind, *notice, *last, p.leave_reason, ""};
                if (ui.app.run(ui.tr("leaving.record"), [aid, l](Document& d) { return record_leaving(d, aid, l); }, ui.now)) {
                    p.leave_reason.clear();
                    p.last_day.clear();
                }
            }
        }
    }
    muted_text(ui.tr(dk ? "leaving.records_dk" : "leaving.records_no"));

    heading(ui.tr(dk ? "reference.heading_dk" : "reference.heading_no"));
    muted_text(ui.tr(dk ? "reference.help_dk" : "reference.help_no"));
    if (!a.birth_date) error_text(ui.tr("reference.birth_missing"));
    std::string assessment = reference_assessment(a);
    edit_multiline(ui, ui.tr("reference.assessment"), "reference.assessment", assessment, 4,
                   [aid](Document& d, const std::string& v) { return set_reference_assessment(d, aid, v); });
    if (p.letter_language < 0) p.letter_language = int(ui.app.i18n.language);  // Language: Nb, Da, En
    ImGui::AlignTextToFramePadding();
    show_text(ui.tr("reference.language"));
    for (int i = 0; i < 3; ++i) {
        ImGui::SameLine();
        const char* names[] = {"Norsk", "Dansk", "English"};
        if (radio((std::string(names[i]) + "###reference.lang." + std::to_string(i)).c_str(), p.letter_language == i))
            p.letter_language = i;
        mark(ui, "reference.lang." + std::to_string(i));
    }
    if (big_button(ui, ui.tr("reference.print"), "reference.print")) {
        I18n letter = ui.app.i18n;
        letter.language = all_languages[size_t(p.letter_language)];
        open_print(ui, reference_letter_html(doc, letter, aid));
    }

    heading(ui.tr("people.archive_heading"));
    if (archived(a)) {
        show_wrapped("%s", ui.tr("people.archived_help"));
        if (big_button(ui, ui.tr("people.unarchive"), "people.unarchive"))
            ui.app.run(ui.tr("people.unarchive"), [aid](Document& d) { return unarchive_assistant(d, aid); }, ui.now);
    } else {
        show_wrapped("%s", ui.tr("people.archive_help"));
        if (big_button(ui, ui.tr("people.archive"), "people.archive")) {
            const Date today = ui.today_date;
            ui.app.run(ui.tr("people.archive"), [aid, today](Document& d) { return archive_assistant(d, aid, today); }, ui.now);
        }
    }
}

}  // namespace

// [SECTION] Screen -----------------------------------------------------------------
void view_people(Ui& ui) {
    heading(ui.tr("nav.people"));
    if (!ImGui::BeginTabBar("###people.tabs")) return;
    const char* keys[] = {"people.tab.recruitment", "people.tab.onboarding", "people.tab.talks", "people.tab.leaving"};
    const char* ids[] = {"people.tab.recruitment", "people.tab.onboarding", "people.tab.talks", "people.tab.leaving"};
    for (int i = 0; i < 4; ++i) {
        ImGuiTabItemFlags flags = ui.people.switch_tab && ui.people.tab == i ? ImGuiTabItemFlags_SetSelected : 0;
        bool open = ImGui::BeginTabItem(label_id(ui.tr(keys[i]), ids[i]).c_str(), nullptr, flags);
        mark(ui, ids[i]);
        if (!open) continue;
        if (!ui.people.switch_tab) ui.people.tab = i;
        ImGui::BeginChild((std::string("###") + ids[i] + ".body").c_str());
        if (i == PeopleUi::Recruitment) recruitment_tab(ui);
        else if (i == PeopleUi::Onboarding) onboarding_tab(ui);
        else if (i == PeopleUi::Talks) talks_tab(ui);
        else leaving_tab(ui);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
    ui.people.switch_tab = false;
    ImGui::EndTabBar();
}

}  // namespace bpa::ui
