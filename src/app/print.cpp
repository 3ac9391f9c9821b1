#include "app/print.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/hours.h"
#include "core/leave.h"
#include "core/plan.h"

namespace bpa {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

const char* page_style() {
    return "<style>"
           "@page{size:A4;margin:14mm}"
           "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#000;margin:0}"
           "h1{font-size:15pt;margin:0 0 8pt}"
           ".head{margin-bottom:8pt;line-height:1.7}"
           ".head b{display:inline-block;min-width:9em}"
           "table{border-collapse:collapse;width:100%}"
           "th,td{border:1px solid #000;padding:2pt 4pt;text-align:left;vertical-align:top}"
           "th{background:#eee}"
           "td.n{text-align:right}"
           "tr.we td{background:#f3f3f3}"
           ".sign{display:flex;gap:24pt;margin-top:26pt}"
           ".sign div{flex:1;border-top:1px solid #000;padding-top:3pt}"
           ".sheet{page-break-after:always}"
           ".sheet:last-child{page-break-after:auto}"
           "@media screen{body{margin:16px}.sheet{max-width:190mm;margin:0 auto 24px}}"
           "</style>";
}


}  // namespace

std::string print_document_start(const I18n& i18n, const std::string& title) {
    return std::string("<!doctype html><html lang=\"") + to_string(i18n.language) +
           "\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) + "</title>" + page_style() +
           "</head><body>";
}

namespace {

std::string document_start(const I18n& i18n, const std::string& title) { return print_document_start(i18n, title); }

bool is_live(const Shift& s) { return s.status != ShiftStatus::Cancelled; }

// Shifts of an assistant starting on day d, by start.
std::vector<const Shift*> shifts_starting(const Document& doc, const std::string& assistant, Date d) {
    std::vector<const Shift*> out;
    for (const auto& s : doc.shifts)
        if (s.assistant == assistant && s.start.date == d && is_live(s)) out.push_back(&s);
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->start < b->start; });
    return out;
}

std::string month_title(const I18n& i18n, int year, int month) {
    return std::string(i18n.tr("month." + std::to_string(month))) + " " + std::to_string(year);
}

}  // namespace

std::string work_plan_html(const Document& doc, const I18n& i18n, const std::string& assistant_id, int year, int month) {
    const Assistant* a = doc.find_assistant(assistant_id);
    std::string name = a ? a->name : assistant_id;
    Zone z = zone_of(doc.arrangement.jurisdiction);
    std::string title = std::string(i18n.tr("print.work_plan")) + " – " + name + " – " + month_title(i18n, year, month);
    std::string h = document_start(i18n, title);
    h += "<div class=\"sheet\"><h1>" + html_escape(i18n.tr("print.work_plan")) + "</h1><div class=\"head\">";
    h += "<div><b>" + html_escape(i18n.tr("print.assistant")) + ":</b> " + html_escape(name) + "</div>";
    h += "<div><b>" + html_escape(i18n.tr("print.leader")) + ":</b> " + html_escape(doc.arrangement.leader.name) + "</div>";
    h += "<div><b>" + html_escape(i18n.tr("print.month")) + ":</b> " + html_escape(i18n.tr("month." + std::to_string(month))) +
         " &nbsp; <b style=\"min-width:0\">" + html_escape(i18n.tr("print.year")) + ":</b> " + std::to_string(year) + "</div>";
    h += "</div><table><thead><tr><th rowspan=\"2\">" + html_escape(i18n.tr("print.date")) + "</th><th colspan=\"2\">" +
         html_escape(i18n.tr("print.time")) + "</th><th colspan=\"2\">" + html_escape(i18n.tr("print.time")) +
         "</th><th rowspan=\"2\">" + html_escape(i18n.tr("print.hours")) + "</th><th rowspan=\"2\">" +
         html_escape(i18n.tr("print.more")) + "</th></tr><tr><th>" + html_escape(i18n.tr("print.from")) + "</th><th>" +
         html_escape(i18n.tr("print.to")) + "</th><th>" + html_escape(i18n.tr("print.from")) + "</th><th>" +
         html_escape(i18n.tr("print.to")) + "</th></tr></thead><tbody>";
    Minutes total{};
    int days = days_in_month(year, month);
    for (int day = 1; day <= days; ++day) {
        Date d = *Date::from_ymd(year, month, day);
        int wd = static_cast<int>(d.weekday());
        bool weekend = wd >= 6 || is_public_holiday(doc.arrangement.jurisdiction, d);
        auto list = shifts_starting(doc, assistant_id, d);
        Minutes day_total{};
        for (auto* s : list) day_total += elapsed(s->start, s->end, z);
        total += day_total;
        h += std::string("<tr") + (weekend ? " class=\"we\"" : "") + "><td>" + std::to_string(day) + " " +
             html_escape(i18n.tr("weekday.short." + std::to_string(wd))) + "</td>";
        for (size_t i = 0; i < 2; ++i) {
            if (i < list.size()) h += "<td>" + TimeOfDay(list[i]->start.minute_of_day).str() + "</td><td>" + TimeOfDay(list[i]->end.minute_of_day).str() + "</td>";
            else h += "<td></td><td></td>";
        }
        h += "<td class=\"n\">" + (day_total.count ? i18n.number(day_total.hours()) : std::string()) + "</td><td>";
        for (size_t i = 2; i < list.size(); ++i)
            h += TimeOfDay(list[i]->start.minute_of_day).str() + "–" + TimeOfDay(list[i]->end.minute_of_day).str() + " ";
        h += "</td></tr>";
    }
    h += "<tr><td colspan=\"5\"><b>" + html_escape(i18n.tr("print.total")) + "</b></td><td class=\"n\"><b>" +
         i18n.number(total.hours()) + "</b></td><td></td></tr>";
    h += "</tbody></table><div class=\"sign\"><div>" + html_escape(i18n.tr("print.sign_assistant")) + "</div><div>" +
         html_escape(i18n.tr("print.sign_leader")) + "</div></div></div></body></html>";
    return h;
}

std::string timesheet_html(const Document& doc, const I18n& i18n, const Timesheet& ts) {
    const Assistant* a = doc.find_assistant(ts.assistant);
    std::string name = a ? a->name : ts.assistant;
    std::string title = std::string(i18n.tr("print.timesheet")) + " – " + name + " – " + i18n.date(ts.from) + " – " + i18n.date(ts.to);
    std::string h = document_start(i18n, title);
    auto hours = [&](Minutes m) { return m.count ? i18n.number(m.hours()) : std::string(); };
    auto th = [&](const char* key, const char* attributes = "") {
        return std::string("<th") + attributes + ">" + html_escape(i18n.tr(key)) + "</th>";
    };
    const std::string& leader = doc.arrangement.leader.name;
    const bool no_leader = leader.find_first_not_of(" \t") == std::string::npos;
    h += "<style>.fill{display:inline-block;min-width:16em;border-bottom:1px solid #000}td:first-child{white-space:nowrap}</style>";
    h += "<div class=\"sheet\"><h1>" + html_escape(i18n.tr("print.timesheet")) + "</h1><div class=\"head\">";
    h += "<div><b>" + html_escape(i18n.tr("print.assistant")) + ":</b> " + html_escape(name) + "</div>";
    // With no name in the file, a line to write it on rather than an empty field.
    h += "<div><b>" + html_escape(i18n.tr("print.leader")) + ":</b> " +
         (no_leader ? std::string("<span class=\"fill\"></span>") : html_escape(leader)) + "</div>";
    h += "<div><b>" + html_escape(i18n.tr("print.period")) + ":</b> " + i18n.date(ts.from) + " – " + i18n.date(ts.to) + "</div>";
    h += "<div><b>" + html_escape(i18n.tr("print.status")) + ":</b> " +
         html_escape(i18n.tr(std::string("timesheet_status.") + to_string(ts.status))) + "</div></div>";
    // Planned times beside the times confirmed as worked, each shift of a day on a line of its own.
    // DK: the sick hours in a column of their own (seed 003 § 11.7: "kolonnen sygetimer").
    const bool sick_column = doc.arrangement.jurisdiction == Jurisdiction::DK;
    h += "<table><thead><tr>" + th("print.date", " rowspan=\"2\"") + th("print.planned", " colspan=\"2\"") +
         th("print.worked", " colspan=\"2\"") + th("print.hours", " rowspan=\"2\"") +
         th("hours.overtime", " rowspan=\"2\"") + th("hours.holiday", " rowspan=\"2\"") +
         (sick_column ? th("hours.sick_column", " rowspan=\"2\"") : std::string()) + th("print.note", " rowspan=\"2\"") + "</tr><tr>" + th("print.from") + th("print.to") + th("print.from") +
         th("print.to") + "</tr></thead><tbody>";
    auto time = [](LocalDateTime t) { return TimeOfDay(t.minute_of_day).str(); };
    for (const auto& l : ts.lines) {
        int wd = static_cast<int>(l.date.weekday());
        bool weekend = wd >= 6 || is_public_holiday(doc.arrangement.jurisdiction, l.date);
        std::string plan_from, plan_to, work_from, work_to, note;
        auto add = [](std::string& cell, const std::string& text) { cell += (cell.empty() ? "" : "<br>") + text; };
        for (const auto& e : l.entries) {
            if (e.start.date != l.date) continue;  // listed on its first day
            const Shift* s = nullptr;
            for (const auto& x : doc.shifts)
                if (x.id == e.shift_id) s = &x;
            const ShiftActual act = s ? shift_actual(*s) : ShiftActual{};
            if (!act.extra_shift) {
                add(plan_from, time(act.planned_start.value_or(e.start)));
                add(plan_to, time(act.planned_end.value_or(e.end)));
            }
            if (e.status == ShiftStatus::Worked) {
                add(work_from, time(e.start));
                add(work_to, time(e.end));
            } else if (e.status == ShiftStatus::Cancelled) {
                note += std::string(i18n.tr("hours.not_worked_short")) + " ";
            }
        }
        if (!l.confirmed) note += std::string(i18n.tr("print.not_confirmed")) + " ";
        if (!l.absence.empty()) note += i18n.tr("absence." + l.absence);
        h += std::string("<tr") + (weekend ? " class=\"we\"" : "") + "><td>" + std::to_string(l.date.day()) + " " +
             html_escape(i18n.tr("weekday.short." + std::to_string(wd))) + "</td><td>" + plan_from + "</td><td>" + plan_to +
             "</td><td>" + work_from + "</td><td>" + work_to + "</td>";
        h += "<td class=\"n\">" + hours(l.clock) + "</td><td class=\"n\">" + hours(l.overtime) + "</td><td class=\"n\">" +
             hours(l.holiday) + "</td>" + (sick_column ? "<td class=\"n\">" + hours(l.sick) + "</td>" : std::string()) +
             "<td>" + html_escape(note) + "</td></tr>";
    }
    h += "<tr><td colspan=\"5\"><b>" + html_escape(i18n.tr("print.total")) + "</b></td><td class=\"n\"><b>" +
         i18n.number(ts.clock.hours()) + "</b></td><td class=\"n\"><b>" + i18n.number(ts.overtime.hours()) +
         "</b></td><td class=\"n\"><b>" + i18n.number(ts.holiday.hours()) + "</b></td>" +
         (sick_column ? "<td class=\"n\"><b>" + i18n.number(ts.sick.hours()) + "</b></td>" : std::string()) + "<td></td></tr>";
    h += "</tbody></table><div class=\"sign\"><div>" + html_escape(i18n.tr("print.sign_assistant")) + "</div><div>" +
         html_escape(i18n.tr("print.sign_leader")) + "</div><div>" + html_escape(i18n.tr("print.sign_employer")) +
         "</div></div></div></body></html>";
    return h;
}

std::string vacation_list_html(const Document& doc, const I18n& i18n, int year) {
    std::string title = std::string(i18n.tr("print.vacation_list")) + " " + std::to_string(year);
    std::string h = document_start(i18n, title);
    h += "<div class=\"sheet\"><h1>" + html_escape(title) + "</h1><div class=\"head\"><div><b>" +
         html_escape(i18n.tr("print.arrangement")) + ":</b> " + html_escape(doc.arrangement.name) + "</div></div>";
    h += "<table><thead><tr><th>" + html_escape(i18n.tr("print.assistant")) + "</th><th>" + html_escape(i18n.tr("print.from")) +
         "</th><th>" + html_escape(i18n.tr("print.to")) + "</th><th>" + html_escape(i18n.tr("print.vacation_days")) + "</th><th>" +
         html_escape(i18n.tr("print.status")) + "</th></tr></thead><tbody>";
    Date first = *Date::from_ymd(year, 1, 1), last = *Date::from_ymd(year, 12, 31);
    for (const auto& a : doc.assistants) {
        std::vector<const Absence*> list;
        for (const auto& ab : doc.absences)
            if (ab.assistant == a.id && ab.type == AbsenceType::Vacation && ab.to >= first && ab.from <= last) list.push_back(&ab);
        std::sort(list.begin(), list.end(), [](auto* x, auto* y) { return x->from < y->from; });
        VacationStatus v = vacation_status(doc, a, year);
        for (auto* ab : list) {
            int days = count_vacation_days(doc.arrangement.jurisdiction, std::max(ab->from, first), std::min(ab->to, last));
            h += "<tr><td>" + html_escape(a.name) + "</td><td>" + i18n.date(ab->from) + "</td><td>" + i18n.date(ab->to) +
                 "</td><td class=\"n\">" + std::to_string(days) + "</td><td>" +
                 html_escape(i18n.tr(is_vacation_wish(*ab) ? "leave.wish" : "leave.approved")) + "</td></tr>";
        }
        h += "<tr><td colspan=\"3\"><b>" + html_escape(a.name) + "</b></td><td class=\"n\"><b>" +
             std::to_string(v.taken_or_planned) + " / " + i18n.number(v.entitled) + "</b></td><td></td></tr>";
    }
    h += "</tbody></table><div class=\"sign\"><div>" + html_escape(i18n.tr("print.sign_leader")) +
         "</div></div></div></body></html>";
    return h;
}

std::string work_plan_all_html(const Document& doc, const I18n& i18n, int year, int month) {
    Date first = *Date::from_ymd(year, month, 1);
    Date last = *Date::from_ymd(year, month, days_in_month(year, month));
    std::vector<const Assistant*> people;
    for (const auto& a : doc.assistants)
        if (a.employed_from <= last && (!a.employed_to || *a.employed_to >= first)) people.push_back(&a);
    std::string title = std::string(i18n.tr("print.work_plan_all")) + " – " + month_title(i18n, year, month);
    std::string h = document_start(i18n, title);
    h += "<div class=\"sheet\"><h1>" + html_escape(title) + "</h1><div class=\"head\"><div><b>" +
         html_escape(i18n.tr("print.arrangement")) + ":</b> " + html_escape(doc.arrangement.name) + "</div></div>";
    h += "<table><thead><tr><th>" + html_escape(i18n.tr("print.date")) + "</th>";
    for (auto* a : people) h += "<th>" + html_escape(a->name) + "</th>";
    h += "</tr></thead><tbody>";
    for (Date d = first; d <= last; d += Days{1}) {
        int wd = static_cast<int>(d.weekday());
        bool weekend = wd >= 6 || is_public_holiday(doc.arrangement.jurisdiction, d);
        h += std::string("<tr") + (weekend ? " class=\"we\"" : "") + "><td>" + std::to_string(d.day()) + " " +
             html_escape(i18n.tr("weekday.short." + std::to_string(wd))) + "</td>";
        for (auto* a : people) {
            h += "<td>";
            bool first_shift = true;
            for (auto* s : shifts_starting(doc, a->id, d)) {
                if (!first_shift) h += "<br>";
                h += TimeOfDay(s->start.minute_of_day).str() + "–" + TimeOfDay(s->end.minute_of_day).str();
                first_shift = false;
            }
            h += "</td>";
        }
        h += "</tr>";
    }
    h += "</tbody></table><div class=\"sign\"><div>" + html_escape(i18n.tr("print.sign_leader")) +
         "</div></div></div></body></html>";
    return h;
}

std::string deadline_text(const I18n& i18n, const Deadline& d) {
    if (i18n.language != Language::En) return d.title;
    std::string t = i18n.tr("deadline." + d.kind);
    if (!d.about.empty()) t += " – " + d.about;
    return t;
}

std::string year_html(const Document& doc, const I18n& i18n, int year, const std::vector<YearDeadline>& deadlines) {
    std::string title = std::string(i18n.tr("print.year_wheel")) + " " + std::to_string(year);
    std::string h = document_start(i18n, title);
    // One A4 sheet: small type, the months in a grid of three columns.
    h += "<style>body{font-size:8pt}.periods{display:grid;grid-template-columns:repeat(4,1fr);gap:4pt;margin-bottom:6pt}"
         ".periods div{border:1px solid #000;padding:3pt}.months{display:grid;grid-template-columns:repeat(3,1fr);gap:4pt}"
         ".months section{border:1px solid #000;padding:3pt;break-inside:avoid}.months h2{font-size:9pt;margin:0 0 2pt}"
         ".months ul{margin:0;padding-left:0;list-style:none}.months li{margin:0 0 1pt}.done{color:#555}"
         ".p1{background:#e8f0fb}.p2{background:#eaf6e6}.p3{background:#fdf3da}.p4{background:#f6e8ef}"
         "@media print{.p1,.p2,.p3,.p4{-webkit-print-color-adjust:exact;print-color-adjust:exact}}</style>";
    h += "<div class=\"sheet\"><h1>" + html_escape(title) + "</h1><div class=\"head\"><div><b>" +
         html_escape(i18n.tr("print.arrangement")) + ":</b> " + html_escape(doc.arrangement.name) + "</div></div>";
    h += "<div class=\"periods\">";
    for (const auto& p : wheel_periods())
        h += "<div class=\"p" + std::to_string(p.number) + "\"><b>" +
             html_escape(i18n.fmt("year.period", {{"n", std::to_string(p.number)}})) + "</b><br>" +
             html_escape(i18n.tr("year.period" + std::to_string(p.number))) + "</div>";
    h += "</div><div class=\"months\">";
    for (int m = 1; m <= 12; ++m) {
        h += "<section class=\"p" + std::to_string(wheel_period(m)) + "\"><h2>" +
             html_escape(month_title(i18n, year, m)) + "</h2><ul>";
        for (const auto& y : deadlines) {
            if (y.deadline.date.year() != year || y.deadline.date.month() != m) continue;
            h += std::string("<li") + (y.done_on ? " class=\"done\"" : "") + ">" + (y.done_on ? "☑ " : "☐ ") +
                 std::to_string(y.deadline.date.day()) + ". " + html_escape(deadline_text(i18n, y.deadline));
            if (y.done_on) h += " (" + html_escape(i18n.fmt("year.done_on", {{"date", i18n.date(*y.done_on)}})) + ")";
            h += "</li>";
        }
        h += "</ul></section>";
    }
    h += "</div></div></body></html>";
    return h;
}

std::string hours_bank_html(const Document& doc, const I18n& i18n, const HoursBankForm& form) {
    std::string title = std::string(i18n.tr("print.hours_bank")) + " " + std::to_string(form.year);
    std::string h = document_start(i18n, title);
    auto num = [&](double v) { return i18n.number(v, 2); };
    h += "<style>body{font-size:9pt}th,td{padding:1pt 4pt}.head b{min-width:12em}</style>";
    h += "<div class=\"sheet\"><h1>" + html_escape(title) + "</h1><div class=\"head\">";
    h += "<div><b>" + html_escape(i18n.tr("print.arrangement")) + ":</b> " + html_escape(doc.arrangement.name) + "</div>";
    h += "<div><b>" + html_escape(i18n.tr("print.leader")) + ":</b> " + html_escape(doc.arrangement.leader.name) + "</div>";
    h += "<div><b>" + html_escape(i18n.tr("print.decision_week")) + ":</b> " + num(form.decided_per_week) + "</div>";
    h += "<div><b>" + html_escape(i18n.tr("print.decision_month")) + ":</b> " + num(form.decided_per_month) + "</div></div>";
    h += "<table><thead><tr><th>" + html_escape(i18n.tr("print.week_no")) + "</th><th>" + html_escape(i18n.tr("print.date")) +
         "</th><th>" + html_escape(i18n.tr("print.used_week")) + "</th><th>" + html_escape(i18n.tr("print.saved_week")) +
         "</th><th>" + html_escape(i18n.tr("print.saved_total")) + "</th></tr></thead><tbody>";
    for (const auto& r : form.rows) {
        h += "<tr><td>" + std::to_string(r.week) + "</td><td>" + std::to_string(r.from.day()) + "." +
             std::to_string(r.from.month()) + "–" + std::to_string(r.to.day()) + "." + std::to_string(r.to.month()) +
             "</td><td class=\"n\">" + num(r.used) + "</td><td class=\"n\">" + num(r.saved) + "</td><td class=\"n\">" +
             num(r.total) + "</td></tr>";
    }
    h += "<tr><td colspan=\"2\"><b>" + html_escape(i18n.tr("print.total")) + "</b></td><td class=\"n\"><b>" + num(form.used) +
         "</b></td><td class=\"n\"><b>" + num(form.saved) + "</b></td><td class=\"n\"><b>" + num(form.total) +
         "</b></td></tr>";
    h += "</tbody></table><div class=\"sign\"><div>" + html_escape(i18n.tr("print.sign_leader")) +
         "</div></div></div></body></html>";
    return h;
}

}  // namespace bpa
