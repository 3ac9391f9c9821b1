// Fravær og ferie: the absence register with its quotas per assistant, the
// vacation planner for the year, and the open shifts with suggested substitutes.
//
// [SECTION] Shared
// [SECTION] Absences
// [SECTION] Vacation planner
// [SECTION] Open shifts
// [SECTION] Screen
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/print.h"
#include "core/hours.h"
#include "core/leave.h"
#include "core/commands.h"
#include "platform/platform.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] Shared ------------------------------------------------------------
namespace {

struct AbsenceUi {
    std::string assistant;
    int type = 0;
    std::string from, to;
    bool wish = false;
    int year = 0;
    int tab = 0;  // 0 absences, 1 vacation, 2 open shifts: chosen by the program after registering
    bool switch_tab = false;
};
AbsenceUi g_abs;

const AbsenceType types[] = {AbsenceType::Egenmelding, AbsenceType::Sykemelding, AbsenceType::ChildSick,
                             AbsenceType::Vacation, AbsenceType::Leave};

ImVec4 type_colour(AbsenceType t) {
    switch (t) {
        case AbsenceType::Egenmelding: return {0.84f, 0.37f, 0.00f, 1};
        case AbsenceType::Sykemelding: return {0.80f, 0.10f, 0.10f, 1};
        case AbsenceType::ChildSick: return {0.80f, 0.47f, 0.65f, 1};
        case AbsenceType::Vacation: return {0.00f, 0.62f, 0.45f, 1};
        case AbsenceType::Leave: return {0.34f, 0.71f, 0.91f, 1};
    }
    return {0.5f, 0.5f, 0.5f, 1};
}

std::string finding_text(Ui& ui, const Document& doc, const LeaveFinding& f) {
    const Assistant* a = doc.find_assistant(f.assistant);
    return ui.fmt("leave." + f.code, {{"name", a ? a->name : f.assistant}, {"from", f.from.str()}, {"to", f.to.str()},
                                      {"value", std::to_string(f.value)}, {"limit", std::to_string(f.limit)},
                                      {"due", f.due ? f.due->str() : std::string()}});
}

int year_of_view(Ui& ui, const Document& doc) {
    if (g_abs.year == 0) {
        Date today = Date::parse(ui.today).value_or(Date());
        g_abs.year = today.year();
        bool any = std::any_of(doc.absences.begin(), doc.absences.end(), [&](auto& a) { return a.from.year() == g_abs.year; }) ||
                   std::any_of(doc.shifts.begin(), doc.shifts.end(), [&](auto& s) { return s.start.date.year() == g_abs.year; });
        if (!any && !doc.shifts.empty()) g_abs.year = doc.shifts.back().start.date.year();
    }
    return g_abs.year;
}

}  // namespace

// [SECTION] Absences ----------------------------------------------------------
static void quota_badges(Ui& ui, const Document& doc, const Assistant& a, Date on, int year) {
    App& app = ui.app;
    bool no = doc.arrangement.jurisdiction == Jurisdiction::NO;
    if (no) {
        EgenmeldingStatus e = egenmelding_status(doc, a, on);
        std::string text;
        if (!e.eligible) text = ui.fmt("leave.badge_egenmelding_not_eligible", {{"from", e.eligible_from.str()}});
        else if (e.occasions_left)
            text = ui.fmt("leave.badge_egenmelding_occasions", {{"used", std::to_string(e.occasions_used)},
                                                               {"limit", std::to_string(e.limits.occasions_per_12_months.value_or(0))}});
        else
            text = ui.fmt("leave.badge_egenmelding_days", {{"used", std::to_string(e.days_used)},
                                                          {"limit", std::to_string(e.limits.days_per_12_months.value_or(0))}});
        ImGui::BulletText("%s", text.c_str());
        mark(ui, "leave.badge.egenmelding", text);
        ImGui::SameLine();
        help_marker(ui.fmt(e.policy == EgenmeldingPolicy::Extended ? "leave.policy_extended" : "leave.policy_statutory",
                           {{"days", std::to_string(e.limits.days_at_a_time)}}).c_str());
    }
    ChildSickStatus c = child_sick_status(doc, a, year);
    std::string child = c.days_per_year
        ? ui.fmt("leave.badge_child_sick", {{"used", std::to_string(c.used)}, {"limit", std::to_string(*c.days_per_year)},
                                            {"year", std::to_string(year)}})
        : ui.fmt("leave.badge_child_sick_dk", {{"used", std::to_string(c.used)}, {"children", std::to_string(c.children_counted)}});
    ImGui::BulletText("%s", child.c_str());
    mark(ui, "leave.badge.child_sick", child);
    const VacationStatus& v = app.vacation_status(a.id, year);
    std::string vac = ui.fmt("leave.badge_vacation", {{"year", std::to_string(year)}, {"taken", std::to_string(v.taken_or_planned)},
                                                     {"entitled", app.i18n.number(v.entitled)}, {"left", app.i18n.number(v.left)}});
    ImGui::BulletText("%s", vac.c_str());
    mark(ui, "leave.badge.vacation", vac);
    if (!v.main_vacation_right) muted_text(ui.tr("leave.no_main_vacation_right"));
    if (v.late_start_cap) muted_text(ui.tr("leave.late_start_cap"));
    if (v.senior_extra) muted_text(ui.tr("leave.senior_extra"));
    if (!no) {
        for (const auto& sc : dk_sick_cases(doc, a))
            ImGui::BulletText("%s", ui.fmt("leave.dk_sick_case", {{"from", sc.from.str()}, {"to", sc.to.str()},
                                                                  {"due", sc.conversation_due.str()},
                                                                  {"pay", ui.tr(sc.employer_pays ? "leave.dk_employer_pays" : "leave.dk_employer_not_pays")},
                                                                  {"hours", app.i18n.number(sc.hours_8_weeks)}}).c_str());
    }
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
            dl->AddRectFilled(p0, p1, bg, 2.0f);
            for (const auto& ab : doc.absences) {
                if (ab.assistant != a.id || day < ab.from || day > ab.to) continue;
                ImVec4 c = type_colour(ab.type);
                if (is_vacation_wish(ab)) c.w = 0.4f;
                dl->AddRectFilled(p0, p1, ImGui::ColorConvertFloat4ToU32(c), 2.0f);
            }
        }
    }
    ImGui::Dummy(ImVec2(label_w + cell * 31, row_h * 12));
    mark(ui, "leave.calendar");
    for (AbsenceType t : types) {
        ImGui::TextColored(type_colour(t), "■");
        ImGui::SameLine();
        ImGui::TextUnformatted(ui.tr(std::string("absence.") + to_string(t)));
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

static void register_form(Ui& ui, const Document& doc, const Assistant& a) {
    App& app = ui.app;
    AbsenceUi& s = g_abs;
    float em = ImGui::GetFontSize();
    heading(ui.tr("leave.register"));
    const char* names[5];
    for (int i = 0; i < 5; ++i) names[i] = ui.tr(std::string("absence.") + to_string(types[i]));
    ImGui::SetNextItemWidth(em * 14);
    ImGui::Combo("###leave.type", &s.type, names, 5);
    mark(ui, "leave.type");
    ImGui::SameLine();
    if (s.from.empty()) s.from = ui.today;
    if (s.to.empty()) s.to = s.from;
    inline_input(ui, ui.tr("plan.from"), "leave.from", s.from, em * 7);
    ImGui::SameLine();
    inline_input(ui, ui.tr("leave.to_inclusive"), "leave.to", s.to, em * 7);
    if (types[s.type] == AbsenceType::Vacation) {
        ImGui::SameLine();
        ImGui::Checkbox(label_id(ui.tr("leave.is_wish"), "leave.wish").c_str(), &s.wish);
        mark(ui, "leave.wish");
    }
    ImGui::SameLine();
    auto f = Date::parse(s.from), t = Date::parse(s.to);
    if (big_button(ui, ui.tr("leave.register_button"), "leave.register")) {
        if (!f || !t) {
            app.notify(Notice::Kind::Error, ui.fmt("form.not_saved", {{"problem", ui.tr("form.bad_date")}}), ui.now);
        } else {
            Absence ab;
            ab.assistant = a.id;
            ab.type = types[s.type];
            ab.from = *f;
            ab.to = *t;
            if (ab.type == AbsenceType::Vacation) ab.extra = Json{{"status", s.wish ? "wish" : "approved"}};
            Date today = Date::parse(ui.today).value_or(Date());
            Outcome o = app.run(ui.tr("leave.register"), [&](Document& d) { return register_absence(d, ab, today); }, ui.now);
            ab.id = o.id;
            size_t open = o ? open_shifts(app.session.doc(), ab).size() : 0;
            if (open > 0) {
                app.notify(Notice::Kind::Info, ui.fmt("leave.open_created", {{"n", std::to_string(open)}}), ui.now);
                s.tab = 2;
                s.switch_tab = true;
            }
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
        std::string due = n.due ? n.due->str()
                                : (n.weeks_before_start ? ui.fmt("leave.weeks_before_start", {{"n", std::to_string(*n.weeks_before_start)}})
                                                        : std::string("–"));
        ImGui::BulletText("%s", ui.fmt("leave.maternity_line", {{"what", ui.tr("maternity." + n.key)}, {"due", due}}).c_str());
    }
}

static void absences_tab(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    if (doc.assistants.empty()) {
        ImGui::TextWrapped("%s", ui.tr("plan.no_assistants"));
        return;
    }
    AbsenceUi& s = g_abs;
    if (!doc.find_assistant(s.assistant)) s.assistant = doc.assistants.front().id;
    const Assistant& a = *doc.find_assistant(s.assistant);
    int year = year_of_view(ui, doc);
    Date today = Date::parse(ui.today).value_or(Date());
    Date on = today.year() == year ? today : *Date::from_ymd(year, 12, 31);

    ImGui::TextUnformatted(ui.tr("plan.assistant"));
    ImGui::SameLine();
    if (auto chosen = assistant_combo(ui, "leave.assistant", s.assistant, ImGui::GetFontSize() * 14)) s.assistant = *chosen;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    ImGui::InputInt(label_id(ui.tr("print.year"), "leave.year").c_str(), &s.year);
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
    std::vector<const Absence*> listed;  // the assistant's; only the rows on screen are drawn
    for (const auto& ab : doc.absences)
        if (ab.assistant == a.id) listed.push_back(&ab);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(listed.size()));
    while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const Absence& ab = *listed[row];
        ImGui::PushID(ab.id.c_str());
        std::string line = std::string(ui.tr(std::string("absence.") + to_string(ab.type))) + "  " + ab.from.str() + " – " +
                           ab.to.str() + (is_vacation_wish(ab) ? std::string("  (") + ui.tr("leave.wish") + ")" : "");
        ImGui::BulletText("%s", line.c_str());
        ImGui::SameLine();
        if (is_vacation_wish(ab) && ImGui::SmallButton(label_id(ui.tr("leave.approve_wish"), ("leave.approve." + ab.id).c_str()).c_str())) {
            std::string id = ab.id;
            app.run(ui.tr("leave.approve_wish"), [&](Document& d) { return approve_vacation_wish(d, id); }, ui.now);
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(label_id(ui.tr("common.remove"), ("leave.remove." + ab.id).c_str()).c_str())) {
            std::string id = ab.id;
            app.run(ui.tr("common.remove"), [&](Document& d) { return delete_absence(d, id); }, ui.now);
        }
        ImGui::PopID();
    }

    if (doc.arrangement.jurisdiction == Jurisdiction::DK) maternity_section(ui, a);

    // Notice periods for this assistant, as the law reads today.
    heading(ui.tr("leave.notice_title"));
    for (NoticeBy by : {NoticeBy::Employer, NoticeBy::Employee}) {
        NoticePeriod n = notice_period(doc.arrangement.jurisdiction, a, on, by);
        bool months = n.unit == NoticePeriod::Unit::Months;
        std::string amount = months && n.count == 1 ? std::string(ui.tr("leave.notice_one_month"))
                                                    : ui.fmt(months ? "leave.notice_months" : "leave.notice_days",
                                                             {{"n", std::to_string(n.count)}});
        std::string line = ui.fmt(by == NoticeBy::Employer ? "leave.notice_by_employer" : "leave.notice_by_employee",
                                  {{"amount", amount}, {"ends", n.ends ? n.ends->str() : std::string("–")}, {"on", on.str()}});
        ImGui::BulletText("%s", line.c_str());
    }
    if (doc.arrangement.jurisdiction == Jurisdiction::NO) muted_text(ui.tr("leave.notice_no_leader"));
}

// [SECTION] Vacation planner --------------------------------------------------
static void vacation_tab(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    int year = year_of_view(ui, doc);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    ImGui::InputInt(label_id(ui.tr("print.year"), "vacation.year").c_str(), &g_abs.year);
    g_abs.year = std::clamp(g_abs.year, 1900, 2100);
    bool no = doc.arrangement.jurisdiction == Jurisdiction::NO;
    muted_text(ui.tr(no ? "leave.main_period_no" : "leave.main_period_dk"));
    Date first = *Date::from_ymd(year, 1, 1), last = *Date::from_ymd(year, 12, 31);
    Date main_from = *Date::from_ymd(year, no ? 6 : 5, 1), main_to = *Date::from_ymd(year, 9, 30);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    float em = ImGui::GetFontSize();
    float label_w = em * 10, sum_w = em * 11;
    float avail = ImGui::GetContentRegionAvail().x - label_w - sum_w;
    int days = (last - first).count + 1;
    float day_w = std::max(1.0f, avail / days), row_h = em * 1.5f;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImU32 tc = ImGui::ColorConvertFloat4ToU32(text);
    // Months along the top, the main vacation period shaded.
    for (int m = 1; m <= 12; ++m) {
        Date d = *Date::from_ymd(year, m, 1);
        float x = o.x + label_w + day_w * (d - first).count;
        dl->AddText(ImVec2(x + 2, o.y), tc, std::string(ui.tr("month." + std::to_string(m))).substr(0, 3).c_str());
        dl->AddLine(ImVec2(x, o.y), ImVec2(x, o.y + row_h * (doc.assistants.size() + 1)), ImGui::ColorConvertFloat4ToU32(ImVec4(text.x, text.y, text.z, 0.25f)));
    }
    float top = o.y + row_h;
    dl->AddRectFilled(ImVec2(o.x + label_w + day_w * (main_from - first).count, top),
                      ImVec2(o.x + label_w + day_w * ((main_to - first).count + 1), top + row_h * doc.assistants.size()),
                      ImGui::ColorConvertFloat4ToU32(ImVec4(0.94f, 0.89f, 0.26f, 0.25f)));
    for (size_t r = 0; r < doc.assistants.size(); ++r) {
        const Assistant& a = doc.assistants[r];
        float y = top + row_h * r;
        dl->AddText(ImVec2(o.x, y + 2), tc, a.name.c_str());
        for (const auto& ab : doc.absences) {
            if (ab.assistant != a.id || ab.type != AbsenceType::Vacation || ab.to < first || ab.from > last) continue;
            Date f = std::max(ab.from, first), t = std::min(ab.to, last);
            ImVec4 c = type_colour(AbsenceType::Vacation);
            if (is_vacation_wish(ab)) c.w = 0.45f;
            dl->AddRectFilled(ImVec2(o.x + label_w + day_w * (f - first).count, y + 3),
                              ImVec2(o.x + label_w + day_w * ((t - first).count + 1), y + row_h - 3), ImGui::ColorConvertFloat4ToU32(c), 2.0f);
        }
        const VacationStatus& v = app.vacation_status(a.id, year);
        std::string sum = ui.fmt("leave.vacation_row", {{"taken", std::to_string(v.taken_or_planned)}, {"wished", std::to_string(v.wished)},
                                                        {"entitled", app.i18n.number(v.entitled)}});
        dl->AddText(ImVec2(o.x + label_w + day_w * days + 6, y + 2), tc, sum.c_str());
        if (ui.marking) {
            ui.marks["vacation.row." + a.id] = ImVec4(o.x + label_w, y, day_w * days, row_h);
            ui.mark_texts["vacation.row." + a.id] = sum;
        }
    }
    ImGui::Dummy(ImVec2(label_w + day_w * days + sum_w, row_h * (doc.assistants.size() + 1)));
    ImGui::TextColored(type_colour(AbsenceType::Vacation), "■");
    ImGui::SameLine();
    ImGui::TextUnformatted(ui.tr("leave.legend_approved"));
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.00f, 0.62f, 0.45f, 0.45f), "■");
    ImGui::SameLine();
    ImGui::TextUnformatted(ui.tr("leave.legend_wish"));

    // Warnings: too many away at once, notice, main vacation.
    int employed = 0;
    for (const auto& a : doc.assistants) employed += a.employed_on(main_from) ? 1 : 0;
    int max_away = max_away_at_once(employed);
    auto crowded = away_days(doc, first, last, max_away, true);
    if (!crowded.empty())
        error_text(ui.fmt("leave.too_many_away", {{"n", std::to_string(crowded.size())}, {"first", crowded.front().date.str()},
                                                  {"max", std::to_string(max_away)}}).c_str());
    for (const auto& a : doc.assistants) {
        for (const auto& f : vacation_findings(doc, a, year)) error_text(finding_text(ui, doc, f).c_str());
        MainVacationCheck mc = main_vacation_check(doc, a, year);
        if (mc.applies && !mc.ok && app.vacation_status(a.id, year).taken_or_planned > 0)
            muted_text(ui.fmt("leave.main_vacation_short", {{"name", a.name}, {"longest", std::to_string(mc.longest)},
                                                            {"required", std::to_string(mc.required)}}).c_str());
    }
    // Wishes to approve; only the rows on screen are drawn.
    std::vector<const Absence*> wishes;
    for (const auto& ab : doc.absences)
        if (is_vacation_wish(ab)) wishes.push_back(&ab);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(wishes.size()));
    while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const Absence& ab = *wishes[row];
        const Assistant* a = doc.find_assistant(ab.assistant);
        ImGui::PushID(ab.id.c_str());
        ImGui::BulletText("%s", ui.fmt("leave.wish_line", {{"name", a ? a->name : ab.assistant}, {"from", ab.from.str()}, {"to", ab.to.str()}}).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(label_id(ui.tr("leave.approve_wish"), ("vacation.approve." + ab.id).c_str()).c_str())) {
            std::string id = ab.id;
            app.run(ui.tr("leave.approve_wish"), [&](Document& d) { return approve_vacation_wish(d, id); }, ui.now);
        }
        mark(ui, "vacation.approve." + ab.id);
        ImGui::PopID();
    }
    if (big_button(ui, ui.tr("leave.print_vacation"), "vacation.print")) {
        if (!platform::open_print_window(vacation_list_html(doc, app.i18n, year)))
            app.notify(Notice::Kind::Error, ui.tr("plan.print_blocked"), ui.now);
    }
}

// [SECTION] Open shifts -------------------------------------------------------
static void open_shifts_tab(Ui& ui) {
    App& app = ui.app;
    const Document& doc = app.session.doc();
    // The open shifts and their suggestions (each a rule check per candidate) are
    // worked out once per change of the document, not every frame.
    constexpr size_t most_shown = 40;
    const auto& open = app.open_shifts(most_shown);
    std::string count = ui.fmt("leave.open_count", {{"n", std::to_string(open.size())}});
    ImGui::TextWrapped("%s", count.c_str());
    mark(ui, "leave.open_count", std::to_string(open.size()));
    if (open.empty()) {
        muted_text(ui.tr("leave.open_none"));
        return;
    }
    muted_text(ui.tr("leave.open_help"));
    for (size_t i = 0; i < open.size() && i < most_shown; ++i) {
        const Shift* s = nullptr;
        for (const auto& x : doc.shifts)
            if (x.id == open[i].open.shift) s = &x;
        if (!s) continue;
        const Assistant* a = doc.find_assistant(s->assistant);
        ImGui::PushID(s->id.c_str());
        ImGui::Separator();
        ImGui::Text("%s", ui.fmt("leave.open_line", {{"date", s->start.date.str()}, {"from", TimeOfDay(s->start.minute_of_day).str()},
                                                     {"to", TimeOfDay(s->end.minute_of_day).str()}, {"name", a ? a->name : s->assistant}}).c_str());
        const auto& suggestions = open[i].suggestions;
        if (suggestions.empty()) error_text(ui.tr("leave.no_substitute"));
        int n = 0;
        for (const auto& sug : suggestions) {
            if (n++ >= 4) break;
            const Assistant* b = doc.find_assistant(sug.assistant);
            std::string label = ui.fmt("leave.give_to", {{"name", b ? b->name : sug.assistant},
                                                         {"hours", app.i18n.number(sug.week_hours)}});
            if (sug.new_warnings > 0) label += " " + ui.fmt("leave.with_warnings", {{"n", std::to_string(sug.new_warnings)}});
            std::string id = "leave.assign." + s->id + "." + sug.assistant;
            if (ImGui::Button(label_id(label.c_str(), id.c_str()).c_str())) {
                std::string shift = s->id, who = sug.assistant;
                app.run(ui.tr("leave.assign_step"), [&](Document& d) { return give_to_substitute(d, shift, who); }, ui.now);
            }
            mark(ui, id);
            ImGui::SameLine();
        }
        ImGui::NewLine();
        ImGui::PopID();
    }
}

// [SECTION] Screen ------------------------------------------------------------
void view_absence(Ui& ui) {
    heading(ui.tr("nav.absence"));
    if (!ImGui::BeginTabBar("###absence.tabs")) return;
    const char* keys[] = {"leave.tab_absences", "leave.tab_vacation", "leave.tab_open"};
    const char* ids[] = {"absence.tab.absences", "absence.tab.vacation", "absence.tab.open"};
    for (int i = 0; i < 3; ++i) {
        ImGuiTabItemFlags flags = g_abs.switch_tab && g_abs.tab == i ? ImGuiTabItemFlags_SetSelected : 0;
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
    g_abs.switch_tab = false;
    ImGui::EndTabBar();
}

}  // namespace bpa::ui
