// Fravær og ferie: the absence register with its quotas per assistant, what a
// new absence would mean before it is saved, and the screen's tabs. The
// vacation planner is in view_absence_vacation.cpp, the open shifts in
// view_absence_open.cpp.
//
// [SECTION] Shared
// [SECTION] Quotas and calendar
// [SECTION] Registering an absence
// [SECTION] Absences
// [SECTION] Screen
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/commands.h"
#include "core/hours.h"
#include "core/leave.h"
#include "ui/view_absence.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] Shared ------------------------------------------------------------
AbsenceUi& absence_ui() {
    static AbsenceUi state;
    return state;
}

ImVec4 absence_colour(AbsenceType t) {
    switch (t) {
        case AbsenceType::Egenmelding: return {0.84f, 0.37f, 0.00f, 1};
        case AbsenceType::Sykemelding: return {0.80f, 0.10f, 0.10f, 1};
        case AbsenceType::ChildSick: return {0.80f, 0.47f, 0.65f, 1};
        case AbsenceType::Vacation: return {0.00f, 0.62f, 0.45f, 1};
        case AbsenceType::Leave: return {0.34f, 0.71f, 0.91f, 1};
    }
    return {0.5f, 0.5f, 0.5f, 1};
}

std::string absence_key(const Absence& a) {
    return is_pregnancy_related(a) ? std::string("absence.pregnancy_sick") : std::string("absence.") + to_string(a.type);
}

std::string finding_text(Ui& ui, const Document& doc, const LeaveFinding& f) {
    const Assistant* a = doc.find_assistant(f.assistant);
    return ui.fmt("leave." + f.code, {{"name", a ? a->name : f.assistant}, {"from", ui.date(f.from)}, {"to", ui.date(f.to)},
                                      {"value", std::to_string(f.value)}, {"limit", std::to_string(f.limit)},
                                      {"due", f.due ? ui.date(*f.due) : std::string()}});
}

int absence_year(Ui& ui, const Document& doc) {
    AbsenceUi& s = absence_ui();
    if (s.year == 0) {
        Date today = ui.today_date;
        s.year = today.year();
        bool any = std::any_of(doc.absences.begin(), doc.absences.end(), [&](auto& a) { return a.from.year() == s.year; }) ||
                   std::any_of(doc.shifts.begin(), doc.shifts.end(), [&](auto& x) { return x.start.date.year() == s.year; });
        if (!any && !doc.shifts.empty()) s.year = doc.shifts.back().start.date.year();
    }
    return s.year;
}

// [SECTION] Quotas and calendar -----------------------------------------------
static void quota_badges(Ui& ui, const Document& doc, const Assistant& a, Date on, int year) {
    App& app = ui.app;
    bool no = doc.arrangement.jurisdiction == Jurisdiction::NO;
    if (no) {
        EgenmeldingStatus e = egenmelding_status(doc, a, on);
        std::string text;
        if (!e.eligible) text = ui.fmt("leave.badge_egenmelding_not_eligible", {{"from", ui.date(e.eligible_from)}});
        else if (e.occasions_left)
            text = ui.fmt("leave.badge_egenmelding_occasions", {{"used", std::to_string(e.occasions_used)},
                                                               {"limit", std::to_string(e.limits.occasions_per_12_months.value_or(0))}});
        else
            text = ui.fmt("leave.badge_egenmelding_days", {{"used", std::to_string(e.days_used)},
                                                          {"limit", std::to_string(e.limits.days_per_12_months.value_or(0))}});
        bullet_wrapped(text.c_str());
        mark(ui, "leave.badge.egenmelding", text);
        same_line_if_fits(ImGui::CalcTextSize("(?)").x);
        help_marker(ui.fmt(e.policy == EgenmeldingPolicy::Extended ? "leave.policy_extended" : "leave.policy_statutory",
                           {{"days", std::to_string(e.limits.days_at_a_time)}}).c_str());
    }
    ChildSickStatus c = child_sick_status(doc, a, year);
    std::string child = c.days_per_year
        ? ui.fmt("leave.badge_child_sick", {{"used", std::to_string(c.used)}, {"limit", std::to_string(*c.days_per_year)},
                                            {"year", std::to_string(year)}})
        : ui.fmt("leave.badge_child_sick_dk", {{"used", std::to_string(c.used)}, {"children", std::to_string(c.children_counted)}});
    bullet_wrapped(child.c_str());
    mark(ui, "leave.badge.child_sick", child);
    const VacationStatus& v = app.vacation_status(a.id, year);
    std::string vac = ui.fmt("leave.badge_vacation", {{"year", std::to_string(year)}, {"taken", std::to_string(v.taken_or_planned)},
                                                     {"entitled", app.i18n.number(v.entitled)}, {"left", app.i18n.number(v.left)}});
    bullet_wrapped(vac.c_str());
    mark(ui, "leave.badge.vacation", vac);
    if (!v.main_vacation_right) muted_text(ui.tr("leave.no_main_vacation_right"));
    if (v.late_start_cap) muted_text(ui.tr("leave.late_start_cap"));
    if (v.senior_extra) muted_text(ui.tr("leave.senior_extra"));
}

static void year_calendar(Ui& ui, const Document& doc, const Assistant& a, int year) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float em = ImGui::GetFontSize();
    float label_w = em * 5, cell = std::min((ImGui::GetContentRegionAvail().x - label_w) / 31.0f, em * 1.6f), row_h = em * 1.3f;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    for (int m = 1; m <= 12; ++m) {
        float y = o.y + row_h * (m - 1);
        dl->AddText(ImVec2(o.x, y), ImGui::ColorConvertFloat4ToU32(text), ui.tr("month." + std::to_string(m)));
        for (int d = 1; d <= days_in_month(year, m); ++d) {
            Date day = *Date::from_ymd(year, m, d);
            ImVec2 p0(o.x + label_w + cell * (d - 1), y + 1), p1(p0.x + cell - 2, y + row_h - 2);
            bool weekend = day.weekday() >= Weekday::Saturday || is_public_holiday(doc.arrangement.jurisdiction, day);
            ImU32 bg = ImGui::ColorConvertFloat4ToU32(weekend ? ImVec4(0.5f, 0.5f, 0.5f, 0.30f) : ImVec4(0.5f, 0.5f, 0.5f, 0.12f));
            dl->AddRectFilled(p0, p1, bg);
            for (const auto& ab : doc.absences) {
                if (ab.assistant != a.id || day < ab.from || day > ab.to) continue;
                ImVec4 c = absence_colour(ab.type);
                if (is_vacation_wish(ab)) c.w = 0.4f;
                dl->AddRectFilled(p0, p1, ImGui::ColorConvertFloat4ToU32(c));
            }
        }
    }
    ImGui::Dummy(ImVec2(label_w + cell * 31, row_h * 12));
    mark(ui, "leave.calendar");
    for (AbsenceType t : absence_types) {
        show_colored(absence_colour(t), "■");
        ImGui::SameLine();
        show_text(ui.tr(std::string("absence.") + to_string(t)));
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

// [SECTION] Registering an absence --------------------------------------------
namespace {

// What the form holds, as it would be saved; nullopt while a date is not valid.
std::optional<Absence> absence_in_form(Ui& ui, const Assistant& a) {
    AbsenceUi& s = absence_ui();
    auto f = parse_date_input(s.from), t = parse_date_input(s.to);
    if (!f || !t) return std::nullopt;
    Absence ab;
    ab.assistant = a.id;
    const bool pregnancy = s.type == pregnancy_choice;
    ab.type = pregnancy ? AbsenceType::Sykemelding : absence_types[s.type];
    ab.from = *f;
    ab.to = *t;
    ab.extra = Json::object();
    if (ab.type == AbsenceType::Vacation) {
        auto asked = parse_date_input(s.requested_on.empty() ? ui.today : s.requested_on);
        if (!asked) return std::nullopt;
        set_vacation_request(ab, s.wish, *asked);
    }
    if (pregnancy) set_pregnancy_related(ab);
    return ab;
}

// The consequences of the form's absence, worked out when the form or the document changes.
const AbsenceConsequences& consequences(Ui& ui, const Absence& ab) {
    static AbsenceConsequences cached;
    static std::string key;
    std::string now = std::to_string(ui.app.session.revision()) + "|" + ab.assistant + "|" + to_string(ab.type) + "|" +
                      ab.from.str() + "|" + ab.to.str() + "|" + ab.extra.dump();
    if (now != key) {
        cached = absence_consequences(ui.app.session.doc(), ab);
        key = now;
    }
    return cached;
}

void register_now(Ui& ui, Absence ab) {
    App& app = ui.app;
    AbsenceUi& s = absence_ui();
    Date today = ui.today_date;
    Outcome o = app.run(ui.tr("leave.register"), [&](Document& d) { return register_absence(d, ab, today); }, ui.now);
    if (!o) return;
    ab.id = o.id;
    size_t open = open_shifts(app.session.doc(), ab).size();
    if (open > 0) {
        app.notify(Notice::Kind::Info, table_fmt("leave.open_created", {{"n", std::to_string(open)}}), ui.now);
        s.tab = 2;
        s.switch_tab = true;
    }
}

}  // namespace

static void register_form(Ui& ui, const Document& doc, const Assistant& a) {
    App& app = ui.app;
    AbsenceUi& s = absence_ui();
    float em = ImGui::GetFontSize();
    heading(ui.tr("leave.register"));
    ImGui::SetNextItemWidth(em * 14);
    auto choice_key = [](int i) {
        return i == pregnancy_choice ? std::string("absence.pregnancy_sick") : std::string("absence.") + to_string(absence_types[i]);
    };
    s.type = std::clamp(s.type, 0, absence_choices - 1);
    bool open = begin_combo("###leave.type", ui.tr(choice_key(s.type)), 0, ui.tr("leave.type"));
    mark(ui, "leave.type", ui.tr(choice_key(s.type)));
    if (open) {
        for (int i = 0; i < absence_choices; ++i) {
            if (selectable(ui.tr(choice_key(i)), s.type == i)) s.type = i;
            mark(ui, "leave.type." + std::to_string(i));
        }
        ImGui::EndCombo();
    }
    same_line_if_fits(em * 12);
    if (s.from.empty()) s.from = ui.date(parse_date_input(ui.today).value_or(Date()));
    if (s.to.empty()) s.to = s.from;
    inline_date(ui, ui.tr("plan.from"), "leave.from", s.from, em * 7);
    same_line_if_fits(em * 14);
    inline_date(ui, ui.tr("leave.to_inclusive"), "leave.to", s.to, em * 7);
    const bool vacation = s.type != pregnancy_choice && absence_types[s.type] == AbsenceType::Vacation;
    if (vacation) {
        if (s.requested_on.empty()) s.requested_on = ui.date(parse_date_input(ui.today).value_or(Date()));
        same_line_if_fits(em * 16);
        inline_date(ui, ui.tr("leave.requested_on"), "leave.requested_on", s.requested_on, em * 7);
        ImGui::SameLine();
        help_marker(ui.tr("leave.requested_on_help"));
        same_line_if_fits(button_width(ui.tr("leave.is_wish")) + em * 2);
        checkbox(label_id(ui.tr("leave.is_wish"), "leave.wish").c_str(), &s.wish);
        mark(ui, "leave.wish");
    }
    same_line_if_fits(button_width(ui.tr("leave.register_button")));
    std::optional<Absence> ab = absence_in_form(ui, a);
    if (big_button(ui, ui.tr("leave.register_button"), "leave.register")) {
        if (!ab) app.notify(Notice::Kind::Error, not_saved("form.bad_date"), ui.now);
        else register_now(ui, *ab);
        return;
    }
    if (!ab) return;
    // What it would mean, before it is saved; and the type the rules ask for instead.
    const AbsenceConsequences& c = consequences(ui, *ab);
    for (size_t i = 0; i < c.findings.size(); ++i) {
        std::string text = finding_text(ui, doc, c.findings[i]);
        error_text(text.c_str());
        mark(ui, "leave.consequence." + std::to_string(i), text);
    }
    if (c.instead) {
        std::string type = ui.tr(std::string("absence.") + to_string(*c.instead));
        if (big_button(ui, ui.fmt("leave.register_instead", {{"type", type}}).c_str(), "leave.register_instead")) {
            Absence instead = *ab;
            instead.type = *c.instead;
            for (int i = 0; i < 5; ++i)
                if (absence_types[i] == *c.instead) s.type = i;
            register_now(ui, instead);
        }
    }
}

// DK: the notices around a birth (seed 003 § 12.3), from the expected birth date.
static void maternity_section(Ui& ui, const Assistant& a) {
    heading(ui.tr("leave.maternity_title"));
    std::optional<Date> expected = expected_birth(a);
    std::string id = a.id;
    edit_date(ui, ui.tr("leave.expected_birth"), "leave.expected_birth", expected, true,
              [id](Document& d, std::optional<Date> v) { return set_expected_birth(d, id, v); });
    if (!expected) return;
    for (const auto& n : maternity_notices(*expected)) {
        std::string due = n.due ? ui.date(*n.due)
                                : (n.weeks_before_start ? ui.fmt("leave.weeks_before_start", {{"n", std::to_string(*n.weeks_before_start)}})
                                                        : std::string("–"));
        bullet_wrapped(ui.fmt("leave.maternity_line", {{"what", ui.tr("maternity." + n.key)}, {"due", due}}).c_str());
    }
}

// [SECTION] Absences ----------------------------------------------------------
// One registered absence: its days, approving a wish, the vacation notice date,
// the plan at its week, removing it.
static void absence_row(Ui& ui, const Absence& ab) {
    App& app = ui.app;
    float em = ImGui::GetFontSize();
    ImGui::PushID(ab.id.c_str());
    std::string line = std::string(ui.tr(absence_key(ab))) + "  " + ui.date(ab.from) + " – " +
                       ui.date(ab.to) + (is_vacation_wish(ab) ? std::string("  (") + ui.tr("leave.wish") + ")" : "");
    bullet_wrapped(line.c_str());
    std::string id = ab.id;
    if (is_vacation_wish(ab)) {
        ImGui::SameLine();
        if (small_button(label_id(ui.tr("leave.approve_wish"), ("leave.approve." + ab.id).c_str()).c_str()))
            app.run(ui.tr("leave.approve_wish"), [&](Document& d) { return approve_vacation_wish(d, id); }, ui.now);
    }
    same_line_if_fits(button_width(ui.tr("leave.show_in_plan")));
    if (small_button(label_id(ui.tr("leave.show_in_plan"), ("leave.show_in_plan." + ab.id).c_str()).c_str())) {
        ui.screen = Screen::Plan;
        ui.plan.first_day = ui.plan.one_day ? ab.from : monday_of(ab.from);
    }
    mark(ui, "leave.show_in_plan." + ab.id);
    same_line_if_fits(button_width(ui.tr("common.remove")));
    if (small_button(label_id(ui.tr("common.remove"), ("leave.remove." + ab.id).c_str()).c_str()))
        app.run(ui.tr("common.remove"), [&](Document& d) { return delete_absence(d, id); }, ui.now);
    if (ab.type == AbsenceType::Vacation) {
        // The day the wish was made or notice given, editable: the notice check counts from it.
        ImGui::Indent(em * 1.5f);
        if (ImGui::BeginTable("###notice", 1, ImGuiTableFlags_None, ImVec2(em * 18, 0))) {
            ImGui::TableNextColumn();
            edit_date(ui, ui.tr("leave.requested_on"), ("leave.requested_on." + ab.id).c_str(), vacation_requested_on(ab), false,
                      [id](Document& d, std::optional<Date> v) {
                          return v ? set_vacation_notice_date(d, id, *v) : Outcome{Refusal::Required};
                      });
            ImGui::EndTable();
        }
        ImGui::Unindent(em * 1.5f);
    }
    ImGui::PopID();
}

void absences_tab(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    if (doc.assistants.empty()) {
        show_wrapped("%s", ui.tr("plan.no_assistants"));
        return;
    }
    AbsenceUi& s = absence_ui();
    if (!doc.find_assistant(s.assistant)) s.assistant = doc.assistants.front().id;
    const Assistant& a = *doc.find_assistant(s.assistant);
    int year = absence_year(ui, doc);
    Date today = ui.today_date;
    Date on = today.year() == year ? today : *Date::from_ymd(year, 12, 31);

    show_text(ui.tr("plan.assistant"));
    ImGui::SameLine();
    if (auto chosen = assistant_combo(ui, "leave.assistant", s.assistant,
                                      std::min(ImGui::GetFontSize() * 14, ImGui::GetContentRegionAvail().x)))
        s.assistant = *chosen;
    same_line_if_fits(ImGui::GetFontSize() * 9 + ImGui::CalcTextSize(ui.tr("print.year")).x);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    input_int(label_id(ui.tr("print.year"), "leave.year").c_str(), &s.year);
    s.year = std::clamp(s.year, 1900, 2100);

    quota_badges(ui, doc, a, on, year);
    std::vector<LeaveFinding> findings = doc.arrangement.jurisdiction == Jurisdiction::NO ? egenmelding_findings(doc, a)
                                                                                           : std::vector<LeaveFinding>{};
    for (auto& f : child_sick_findings(doc, a, year)) findings.push_back(f);
    for (auto& f : vacation_findings(doc, a, year)) findings.push_back(f);
    for (const auto& f : findings) error_text(finding_text(ui, doc, f).c_str());

    register_form(ui, doc, a);
    year_calendar(ui, doc, a, year);

    heading(ui.tr("leave.list"));
    for (const auto& ab : doc.absences)  // one assistant's: rows of different heights, a short list
        if (ab.assistant == a.id) absence_row(ui, ab);

    if (doc.arrangement.jurisdiction == Jurisdiction::DK) {
        dk_sickness_section(ui, doc, a);
        maternity_section(ui, a);
    }

    // Notice periods for this assistant, as the law reads today.
    heading(ui.tr("leave.notice_title"));
    for (NoticeBy by : {NoticeBy::Employer, NoticeBy::Employee}) {
        NoticePeriod n = notice_period(doc.arrangement.jurisdiction, a, on, by);
        bool months = n.unit == NoticePeriod::Unit::Months;
        std::string amount = months && n.count == 1 ? std::string(ui.tr("leave.notice_one_month"))
                                                    : ui.fmt(months ? "leave.notice_months" : "leave.notice_days",
                                                             {{"n", std::to_string(n.count)}});
        std::string line = ui.fmt(by == NoticeBy::Employer ? "leave.notice_by_employer" : "leave.notice_by_employee",
                                  {{"amount", amount}, {"ends", n.ends ? ui.date(*n.ends) : std::string("–")}, {"on", ui.date(on)}});
        bullet_wrapped(line.c_str());
    }
    if (doc.arrangement.jurisdiction == Jurisdiction::NO) muted_text(ui.tr("leave.notice_no_leader"));
}

// [SECTION] Screen ------------------------------------------------------------
void view_absence(Ui& ui) {
    AbsenceUi& s = absence_ui();
    heading(ui.tr("nav.absence"));
    if (!ImGui::BeginTabBar("###absence.tabs")) return;
    const char* keys[] = {"leave.tab_absences", "leave.tab_vacation", "leave.tab_open"};
    const char* ids[] = {"absence.tab.absences", "absence.tab.vacation", "absence.tab.open"};
    for (int i = 0; i < 3; ++i) {
        ImGuiTabItemFlags flags = s.switch_tab && s.tab == i ? ImGuiTabItemFlags_SetSelected : 0;
        bool open = ImGui::BeginTabItem(label_id(ui.tr(keys[i]), ids[i]).c_str(), nullptr, flags);
        mark(ui, ids[i]);
        if (!open) continue;
        ImGui::BeginChild((std::string("###") + ids[i] + ".body").c_str());
        if (i == 0) absences_tab(ui);
        else if (i == 1) vacation_tab(ui);
        else open_shifts_tab(ui);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
    s.switch_tab = false;
    ImGui::EndTabBar();
}

}  // namespace bpa::ui
