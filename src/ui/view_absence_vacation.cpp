// Fravær og ferie, the vacation planner: the year with every assistant's
// vacation and wishes. Dragging over an assistant's row adds a wish for them;
// clicking a vacation selects it, to approve or remove; days with too many
// away at once are marked and explained.
#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/print.h"
#include "core/commands.h"
#include "core/leave.h"
#include "platform/platform.h"
#include "ui/view_absence.h"
#include "ui/views.h"

namespace bpa::ui {

namespace {

// The days with too many away in the year, worked out once per change of the document.
const std::vector<AwayDay>& crowded_days(Ui& ui, int year) {
    static std::vector<AwayDay> cached;
    static std::pair<uint64_t, int> key{~0ull, 0};
    std::pair<uint64_t, int> now{ui.app.session.revision(), year};
    if (now != key) {
        cached = too_many_away(ui.app.session.doc(), *Date::from_ymd(year, 1, 1), *Date::from_ymd(year, 12, 31));
        key = now;
    }
    return cached;
}

// After a wish is added or approved: says so when its days have too many away.
void warn_if_crowded(Ui& ui, const Absence& ab) {
    auto days = too_many_away(ui.app.session.doc(), ab.from, ab.to);
    if (days.empty()) return;
    ui.app.notify(Notice::Kind::Error,
                  [n = days.size(), first = days.front().date, employed = days.front().employed](const I18n& t) {
                      return t.fmt("leave.too_many_after", {{"n", std::to_string(n)}, {"first", t.date(first)},
                                                            {"max", std::to_string(max_away_at_once(employed))},
                                                            {"employed", std::to_string(employed)}});
                  },
                  ui.now);
}

const Absence* find_absence(const Document& doc, const std::string& id) {
    for (const auto& ab : doc.absences)
        if (ab.id == id) return &ab;
    return nullptr;
}

void approve(Ui& ui, std::string id) {  // a copy: the command replaces the document
    if (ui.app.run(ui.tr("leave.approve_wish"), [&](Document& d) { return approve_vacation_wish(d, id); }, ui.now))
        if (const Absence* ab = find_absence(ui.app.session.doc(), id)) warn_if_crowded(ui, *ab);
}

// The chosen vacation: who, when, notice, and approve or remove.
void selected_panel(Ui& ui) {
    AbsenceUi& s = absence_ui();
    const Document& doc = ui.app.session.doc();
    const Absence* ab = find_absence(doc, s.selected_wish);
    if (!ab) return;
    const Assistant* a = doc.find_assistant(ab->assistant);
    std::string id = ab->id;
    bool wish = is_vacation_wish(*ab);
    std::string line = ui.fmt(wish ? "leave.wish_line" : "leave.vacation_line",
                              {{"name", a ? a->name : ab->assistant}, {"from", ui.date(ab->from)}, {"to", ui.date(ab->to)}});
    show_text(line.c_str());
    mark(ui, "vacation.selected", line);
    if (wish) {
        ImGui::SameLine();
        if (big_button(ui, ui.tr("leave.approve_wish"), "vacation.selected.approve")) approve(ui, id);
    }
    same_line_if_fits(button_width(ui.tr("common.remove")));
    if (big_button(ui, ui.tr("common.remove"), "vacation.selected.remove")) {
        ui.app.run(ui.tr("common.remove"), [&](Document& d) { return delete_absence(d, id); }, ui.now);
        s.selected_wish.clear();
    }
}

}  // namespace

void vacation_tab(Ui& ui) {
    App& app = ui.app;
    AbsenceUi& s = absence_ui();
    const Document& doc = app.session.doc();
    int year = absence_year(ui, doc);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    input_int(label_id(ui.tr("print.year"), "vacation.year").c_str(), &s.year);
    s.year = std::clamp(s.year, 1900, 2100);
    bool no = doc.arrangement.jurisdiction == Jurisdiction::NO;
    muted_text(ui.tr(no ? "leave.main_period_no" : "leave.main_period_dk"));
    muted_text(ui.tr("leave.drag_help"));
    Date first = *Date::from_ymd(year, 1, 1), last = *Date::from_ymd(year, 12, 31);
    Date main_from = *Date::from_ymd(year, no ? 6 : 5, 1), main_to = *Date::from_ymd(year, 9, 30);
    const std::vector<AwayDay>& crowded = crowded_days(ui, year);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    float em = ImGui::GetFontSize();
    const size_t rows = doc.assistants.size();
    // Names at most 9 em wide (cut there), the sums as wide as the widest: the year gets the rest.
    std::vector<std::string> sums(rows);
    float label_w = em * 3, sum_w = em;
    for (size_t r = 0; r < rows; ++r) {
        const VacationStatus& v = app.vacation_status(doc.assistants[r].id, year);
        sums[r] = ui.fmt("leave.vacation_row", {{"taken", std::to_string(v.taken_or_planned)}, {"wished", std::to_string(v.wished)},
                                                {"entitled", app.i18n.number(v.entitled)}});
        label_w = std::max(label_w, ImGui::CalcTextSize(doc.assistants[r].name.c_str()).x + em * 0.5f);
        sum_w = std::max(sum_w, ImGui::CalcTextSize(sums[r].c_str()).x + em * 0.5f);
    }
    label_w = std::min(label_w, em * 9);
    float avail = ImGui::GetContentRegionAvail().x - label_w - sum_w;
    int days = (last - first).count + 1;
    // A day may be narrower than a pixel (a tablet standing up): the sums stay whole beside the year.
    float day_w = std::max(0.5f, avail / days), row_h = em * 1.5f;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImU32 tc = ImGui::ColorConvertFloat4ToU32(text);
    auto x_of = [&](Date d) { return o.x + label_w + day_w * (d - first).count; };
    // Months along the top, the main vacation period shaded, crowded days marked red under the months.
    for (int m = 1; m <= 12; ++m) {
        Date d = *Date::from_ymd(year, m, 1);
        // Three letters where they fit in the month, else one.
        std::string name = std::string(ui.tr("month." + std::to_string(m))).substr(0, 3);
        if (ImGui::CalcTextSize(name.c_str()).x + 4 > day_w * 28) name = name.substr(0, 1);
        dl->AddText(ImVec2(x_of(d) + 2, o.y), tc, name.c_str());
        dl->AddLine(ImVec2(x_of(d), o.y), ImVec2(x_of(d), o.y + row_h * (rows + 1)), ImGui::ColorConvertFloat4ToU32(ImVec4(text.x, text.y, text.z, 0.25f)));
    }
    for (const auto& c : crowded)
        dl->AddRectFilled(ImVec2(x_of(c.date), o.y + row_h - 4), ImVec2(x_of(c.date) + std::max(day_w, 2.0f), o.y + row_h),
                          ImGui::ColorConvertFloat4ToU32(ImVec4(0.85f, 0.10f, 0.10f, 1)));
    float top = o.y + row_h;
    dl->AddRectFilled(ImVec2(x_of(main_from), top), ImVec2(x_of(main_to) + day_w, top + row_h * rows),
                      ImGui::ColorConvertFloat4ToU32(ImVec4(0.94f, 0.89f, 0.26f, 0.25f)));

    // The rows take the mouse: a drag adds a wish, a click selects a vacation.
    ImGui::SetCursorScreenPos(ImVec2(o.x + label_w, top));
    ImGui::InvisibleButton("###vacation.grid", ImVec2(day_w * days, std::max(1.0f, row_h * rows)));
    mark(ui, "vacation.grid");
    ImVec2 mouse = ImGui::GetIO().MousePos;
    int mouse_day = std::clamp(int((mouse.x - o.x - label_w) / day_w), 0, days - 1);
    int mouse_row = int((mouse.y - top) / row_h);
    if (ImGui::IsItemActivated() && mouse_row >= 0 && mouse_row < int(rows)) {
        s.drag_assistant = doc.assistants[mouse_row].id;
        s.assistant = s.drag_assistant;
        s.drag_from = s.drag_to = mouse_day;
    }
    if (ImGui::IsItemActive() && !s.drag_assistant.empty()) s.drag_to = mouse_day;
    if (ImGui::IsItemDeactivated() && !s.drag_assistant.empty()) {
        Date f = first + Days{std::min(s.drag_from, s.drag_to)}, t = first + Days{std::max(s.drag_from, s.drag_to)};
        if (s.drag_from == s.drag_to) {
            // A click: the vacation under the mouse, if any.
            s.selected_wish.clear();
            for (const auto& ab : doc.absences)
                if (ab.assistant == s.drag_assistant && ab.type == AbsenceType::Vacation && ab.from <= f && f <= ab.to) s.selected_wish = ab.id;
        } else {
            Absence ab;
            ab.assistant = s.drag_assistant;
            ab.type = AbsenceType::Vacation;
            ab.from = f;
            ab.to = t;
            ab.extra = Json{{"status", "wish"}};
            Date today = ui.today_date;
            Outcome out = app.run(ui.tr("leave.add_wish"), [&](Document& d) { return register_absence(d, ab, today); }, ui.now);
            if (out) {
                s.selected_wish = out.id;
                if (const Absence* added = find_absence(app.session.doc(), out.id)) warn_if_crowded(ui, *added);
            }
        }
        s.drag_assistant.clear();
    }

    for (size_t r = 0; r < rows; ++r) {
        const Assistant& a = doc.assistants[r];
        float y = top + row_h * r;
        if (a.id == s.assistant)
            dl->AddRect(ImVec2(o.x, y), ImVec2(x_of(last) + day_w, y + row_h), ImGui::ColorConvertFloat4ToU32(ImVec4(text.x, text.y, text.z, 0.5f)));
        dl->PushClipRect(ImVec2(o.x, y), ImVec2(o.x + label_w - em * 0.25f, y + row_h), true);
        dl->AddText(ImVec2(o.x + 2, y + 2), tc, a.name.c_str());
        dl->PopClipRect();
        for (const auto& ab : doc.absences) {
            if (ab.assistant != a.id || ab.type != AbsenceType::Vacation || ab.to < first || ab.from > last) continue;
            Date f = std::max(ab.from, first), t = std::min(ab.to, last);
            ImVec4 c = absence_colour(AbsenceType::Vacation);
            if (is_vacation_wish(ab)) c.w = 0.45f;
            dl->AddRectFilled(ImVec2(x_of(f), y + 3), ImVec2(x_of(t) + day_w, y + row_h - 3), ImGui::ColorConvertFloat4ToU32(c));
            if (ab.id == s.selected_wish)
                dl->AddRect(ImVec2(x_of(f) - 1, y + 1), ImVec2(x_of(t) + day_w + 1, y + row_h - 1), tc, 0.0f, 0, 2.0f);
        }
        if (a.id == s.drag_assistant && s.drag_from != s.drag_to) {
            Date f = first + Days{std::min(s.drag_from, s.drag_to)}, t = first + Days{std::max(s.drag_from, s.drag_to)};
            dl->AddRectFilled(ImVec2(x_of(f), y + 3), ImVec2(x_of(t) + day_w, y + row_h - 3),
                              ImGui::ColorConvertFloat4ToU32(ImVec4(0.00f, 0.62f, 0.45f, 0.30f)));
        }
        const std::string& sum = sums[r];
        dl->AddText(ImVec2(x_of(last) + day_w + 6, y + 2), tc, sum.c_str());
        if (ui.marking) {
            const ImVec4 clip = ImGui::GetCurrentWindow()->ClipRect.ToVec4();
            ui.marks["vacation.row." + a.id] = ImVec4(o.x + label_w, y, day_w * days, row_h);
            ui.mark_clips["vacation.row." + a.id] = clip;
            ui.mark_texts["vacation.row." + a.id] = sum;
            const ImVec2 at(x_of(last) + day_w + 6, y + 2), size = ImGui::CalcTextSize(sum.c_str());
            ui.marks["vacation.sum." + a.id] = ImVec4(at.x, at.y, size.x, size.y);
            ui.mark_clips["vacation.sum." + a.id] = clip;
            ui.mark_texts["vacation.sum." + a.id] = sum;
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, top + row_h * rows));
    ImGui::Dummy(ImVec2(label_w + day_w * days + sum_w, 1));
    show_colored(absence_colour(AbsenceType::Vacation), "■");
    ImGui::SameLine();
    show_text(ui.tr("leave.legend_approved"));
    ImGui::SameLine();
    show_colored(ImVec4(0.00f, 0.62f, 0.45f, 0.45f), "■");
    ImGui::SameLine();
    show_text(ui.tr("leave.legend_wish"));
    ImGui::SameLine();
    show_colored(ImVec4(0.85f, 0.10f, 0.10f, 1), "■");
    ImGui::SameLine();
    show_text(ui.tr("leave.legend_crowded"));

    selected_panel(ui);

    // Too many away at once, with the limit explained; notice; main vacation.
    const AwayLimit at_main = away_limit(doc, main_from);
    std::string limit = ui.fmt("leave.away_limit", {{"max", std::to_string(at_main.max_away)},
                                                    {"employed", std::to_string(at_main.employed)}, {"on", ui.date(main_from)}});
    show_wrapped("%s", limit.c_str());
    mark(ui, "vacation.limit", limit);
    if (!crowded.empty()) {
        const AwayDay& c = crowded.front();
        std::string names;
        for (const auto& id : c.assistants) {
            const Assistant* a = doc.find_assistant(id);
            names += (names.empty() ? "" : ", ") + (a ? a->name : id);
        }
        std::string warning = ui.fmt("leave.too_many_away", {{"n", std::to_string(crowded.size())}, {"first", ui.date(c.date)},
                                                            {"names", names}, {"away", std::to_string(c.assistants.size())},
                                                            {"max", std::to_string(max_away_at_once(c.employed))}});
        error_text(warning.c_str());
        mark(ui, "vacation.too_many", warning);
    }
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
        bullet_wrapped(ui.fmt("leave.wish_line", {{"name", a ? a->name : ab.assistant}, {"from", ui.date(ab.from)}, {"to", ui.date(ab.to)}}).c_str());
        ImGui::SameLine();
        if (small_button(label_id(ui.tr("leave.approve_wish"), ("vacation.approve." + ab.id).c_str()).c_str())) approve(ui, ab.id);
        mark(ui, "vacation.approve." + ab.id);
        ImGui::PopID();
    }
    if (big_button(ui, ui.tr("leave.print_vacation"), "vacation.print")) {
        if (!platform::open_print_window(vacation_list_html(doc, app.i18n, year)))
            app.notify(Notice::Kind::Error, table_text("plan.print_blocked"), ui.now);
    }
}

}  // namespace bpa::ui
