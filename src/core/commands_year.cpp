#include "commands_year.h"

#include <algorithm>

namespace bpa {

// [SECTION] Keys and done deadlines ---------------------------------------------------
std::string deadline_key(const Deadline& d) {
    return d.date.str() + "/" + d.kind + "/" + d.assistant + "/" + d.ref;
}

namespace {
constexpr const char* done_field = "deadlines_done";

std::optional<std::pair<std::string, Date>> done_entry(const Json& e) {
    if (!e.is_object()) return std::nullopt;
    auto k = e.find("key");
    auto d = e.find("done_on");
    if (k == e.end() || !k->is_string() || d == e.end() || !d->is_string()) return std::nullopt;
    std::string key = k->get<std::string>();
    auto date = Date::parse(d->get<std::string>());
    if (key.empty() || !date) return std::nullopt;
    return std::make_pair(std::move(key), *date);
}
}  // namespace

std::map<std::string, Date, std::less<>> deadlines_done(const Document& doc) {
    std::map<std::string, Date, std::less<>> out;
    auto it = doc.extra.find(done_field);
    if (it == doc.extra.end() || !it->is_array()) return out;
    for (const Json& e : *it)
        if (auto entry = done_entry(e)) out.emplace(std::move(entry->first), entry->second);
    return out;
}

// [SECTION] Commands -------------------------------------------------------------------
Outcome set_deadline_done(Document& doc, std::string_view key, std::optional<Date> done_on) {
    if (key.empty()) return Refusal::Required;
    Json& list = doc.extra[done_field];
    if (!list.is_array()) list = Json::array();
    // The entry that counts (the first valid one with this key), if any.
    auto counted = std::find_if(list.begin(), list.end(), [&](const Json& e) {
        auto entry = done_entry(e);
        return entry && entry->first == key;
    });
    if (!done_on) {
        if (counted == list.end()) return Refusal::NotAllowed;
        // Every entry with the key goes, so that no older one comes back.
        Json kept = Json::array();
        for (const Json& e : list) {
            auto entry = done_entry(e);
            if (!entry || entry->first != key) kept.push_back(e);
        }
        list = std::move(kept);
        if (list.empty()) doc.extra.erase(done_field);
        return {};
    }
    if (counted != list.end()) {
        if (done_entry(*counted)->second == *done_on) return Refusal::NotAllowed;
        (*counted)["done_on"] = done_on->str();
        return {};
    }
    list.push_back(Json{{"key", std::string(key)}, {"done_on", done_on->str()}});
    return {};
}

// [SECTION] The deadlines of the page ----------------------------------------------------
DealtWith dealt_with(std::string_view kind) {
    struct Row {
        const char* kind;
        DealtWith where;
    };
    static constexpr Row rows[] = {
        {"decision_ends", DealtWith::Arrangement},
        {"workplace_assessment", DealtWith::Arrangement},
        {"probation_end", DealtWith::Assistants},
        {"employment_ends", DealtWith::Assistants},
        {"confidentiality_missing", DealtWith::People},    // the onboarding checklist
        {"certificate_missing", DealtWith::People},
        {"contract_missing", DealtWith::People},
        {"contract_complete_missing", DealtWith::People},
        {"child_certificate_missing", DealtWith::People},
        {"work_permit_missing", DealtWith::People},
        {"probation_talk", DealtWith::People},             // the talk
        {"talk_followup", DealtWith::People},
        {"application_deadline", DealtWith::People},       // recruitment
        {"appraisal_due", DealtWith::People},              // the talk
        {"wheel_advertise", DealtWith::People},            // recruitment
        {"wheel_summer_substitutes", DealtWith::People},
        {"plan_notice", DealtWith::Plan},
        {"holiday_plan_notice", DealtWith::Plan},
        {"wheel_easter_plan", DealtWith::Plan},
        {"wheel_christmas_plan", DealtWith::Plan},
        {"hours_account_expiry", DealtWith::Hours},
        {"annual_account", DealtWith::Hours},
        {"timesheet_due", DealtWith::Hours},
        {"pay_day", DealtWith::Hours},
        {"vacation_notice", DealtWith::Absence},
        {"wheel_vacation_plan", DealtWith::Absence},       // the vacation planner
        {"sick_followup_plan", DealtWith::Absence},
        {"sick_dialogue_meeting_1", DealtWith::Absence},
        {"sick_dialogue_meeting_2", DealtWith::Absence},
        {"sick_conversation", DealtWith::Absence},
        {"sick_report_municipality", DealtWith::Absence},
        {"sick_three_weeks", DealtWith::Absence},
        {"s56_agreement_ends", DealtWith::Absence},
        {"grant_application", DealtWith::Hours},
        {"raskmelding_missing", DealtWith::Absence},
        {"maternity_notice", DealtWith::Absence},
    };
    for (const auto& r : rows)
        if (kind == r.kind) return r.where;
    return DealtWith::Arrangement;
}

const char* to_string(DealtWith w) {
    switch (w) {
        case DealtWith::Arrangement: return "arrangement";
        case DealtWith::Assistants: return "assistants";
        case DealtWith::Plan: return "plan";
        case DealtWith::Hours: return "hours";
        case DealtWith::Absence: return "absence";
        case DealtWith::People: return "people";
    }
    return "arrangement";
}

std::vector<YearDeadline> year_deadlines(const Document& doc, Date from, Date to, Date today) {
    const auto done = deadlines_done(doc);
    std::vector<YearDeadline> out;
    for (auto& d : deadlines(doc, from, to, DeadlineOptions{.page_kinds = true})) {
        YearDeadline y;
        y.key = deadline_key(d);
        if (auto it = done.find(y.key); it != done.end()) y.done_on = it->second;
        else if (d.recorded_done) y.done_on = d.recorded_done;  // e.g. the sick-leave conversation held
        y.overdue = !y.done_on && d.date < today;
        y.where = dealt_with(d.kind);
        y.deadline = std::move(d);
        out.push_back(std::move(y));
    }
    return out;
}

DeadlineCounts count_deadlines(const std::vector<YearDeadline>& list) {
    DeadlineCounts c;
    for (const auto& y : list) {
        ++c.total;
        if (y.done_on) ++c.done;
        if (y.overdue) ++c.overdue;
    }
    return c;
}

DeadlineAgenda deadline_agenda(const Document& doc, Date today) {
    DeadlineAgenda a;
    for (auto& y : year_deadlines(doc, today - Days{agenda_overdue_days}, today + Days{agenda_coming_days}, today)) {
        if (y.done_on) continue;
        if (y.overdue) a.overdue.push_back(std::move(y));
        else a.coming.push_back(std::move(y));
    }
    return a;
}

// [SECTION] The wheel ------------------------------------------------------------------
const std::vector<WheelPeriod>& wheel_periods() {
    static const std::vector<WheelPeriod> periods = {{1, 1, 3}, {2, 4, 5}, {3, 6, 8}, {4, 9, 12}};
    return periods;
}

int wheel_period(int month) {
    for (const auto& p : wheel_periods())
        if (p.first_month <= month && month <= p.last_month) return p.number;
    return 0;
}

namespace {
int days_in_year(int year) { return (*Date::from_ymd(year, 12, 31) - *Date::from_ymd(year, 1, 1)).count + 1; }  // 365..366
}  // namespace

double year_fraction(Date d) {
    const int year = d.year();
    const double before = (d - *Date::from_ymd(year, 1, 1)).count;  // 0..365
    return (before + 0.5) / days_in_year(year);
}

double month_start_fraction(int year, int month) {
    if (month <= 1) return 0;
    if (month > 12) return 1;
    const double before = (*Date::from_ymd(year, month, 1) - *Date::from_ymd(year, 1, 1)).count;  // 31..335
    return before / days_in_year(year);
}

// [SECTION] The hours bank form (Vedlegg 5) ------------------------------------------------
HoursBankForm hours_bank_form(const Document& doc, const HoursAccount& account) {
    HoursBankForm f;
    f.year = account.year;
    const Date first = *Date::from_ymd(account.year, 1, 1), last = *Date::from_ymd(account.year, 12, 31);
    const Date on = std::clamp(account.today, first, last);
    if (const Decision* d = doc.arrangement.decision_on(on)) {
        f.decided_per_week = d->hours_per_week;
    } else {
        // None that day: the latest decision in force in the year, if any.
        for (const auto& d : doc.arrangement.decisions)
            if (d.from <= last && (!d.to || first <= *d.to)) f.decided_per_week = d.hours_per_week;
    }
    f.decided_per_month = f.decided_per_week * 52.0 / 12.0;
    for (const auto& w : account.weeks) {
        f.rows.push_back({w.week.week, w.from, w.to, w.used, w.saved, w.balance});
        f.used += w.used;
        f.saved += w.saved;
    }
    f.total = account.balance;
    return f;
}

}  // namespace bpa
