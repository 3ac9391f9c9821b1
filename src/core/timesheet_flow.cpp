// Timesheet records and their lock (hours.h): reading and writing the records
// in Document::extra, the status flow with who may take each step, the period of
// a timesheet and its submission window.
//
// [SECTION] Status and actor names
// [SECTION] Timesheet records: reading and writing
// [SECTION] Timesheet status flow and periods
#include "hours.h"

#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "hours_detail.h"
#include "rules/rules.h"

namespace bpa {

using namespace hours_detail;

// [SECTION] Status and actor names ---------------------------------------------------
const char* to_string(TimesheetStatus s) {
    switch (s) {
    case TimesheetStatus::Draft: return "draft";
    case TimesheetStatus::Signed: return "signed";
    case TimesheetStatus::Approved: return "approved";
    case TimesheetStatus::Sent: return "sent";
    }
    return "draft";
}

std::optional<TimesheetStatus> parse_timesheet_status(std::string_view s) {
    for (auto v : {TimesheetStatus::Draft, TimesheetStatus::Signed, TimesheetStatus::Approved, TimesheetStatus::Sent})
        if (s == to_string(v)) return v;
    return std::nullopt;
}

const char* to_string(Actor a) {
    switch (a) {
    case Actor::Assistant: return "assistant";
    case Actor::Leader: return "leader";
    case Actor::Employer: return "employer";
    }
    return "leader";
}

std::optional<Actor> parse_actor(std::string_view s) {
    for (auto v : {Actor::Assistant, Actor::Leader, Actor::Employer})
        if (s == to_string(v)) return v;
    return std::nullopt;
}

// [SECTION] Timesheet records: reading and writing -------------------------------------------
namespace {

constexpr const char* status_values = "draft,signed,approved,sent";
constexpr const char* actor_values = "assistant,leader,employer";

std::optional<TimesheetStep> read_step(const Json& j, const std::string& path, Problems* problems) {
    if (!j.is_object()) {
        if (problems) problems->push_back(Problem{path, ProblemKind::WrongType, "", "object"});
        return std::nullopt;
    }
    ObjectReader r{j, path, problems};
    TimesheetStep step;
    if (auto v = r.choice<TimesheetStatus>("status", parse_timesheet_status, status_values)) step.status = *v;
    if (auto v = r.date_time("at")) step.at = *v;
    if (auto v = r.choice<Actor>("by", parse_actor, actor_values)) step.by = *v;
    if (auto v = r.text("note", false)) step.note = *v;
    step.extra = r.rest({"status", "at", "by", "note"});
    if (!r.ok) return std::nullopt;
    return step;
}

// The records with their index in the JSON array.
std::vector<std::pair<size_t, TimesheetRecord>> read_indexed(const Document& doc, Problems* problems) {
    std::vector<std::pair<size_t, TimesheetRecord>> out;
    if (!doc.extra.is_object()) return out;
    auto it = doc.extra.find(timesheets_key);
    if (it == doc.extra.end() || it->is_null()) return out;
    if (!it->is_array()) {
        if (problems) problems->push_back(Problem{timesheets_key, ProblemKind::WrongType, "", "array"});
        return out;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const Json& j = (*it)[i];
        const std::string path = element_path(timesheets_key, i);
        if (!j.is_object()) {
            if (problems) problems->push_back(Problem{path, ProblemKind::WrongType, "", "object"});
            continue;
        }
        ObjectReader r{j, path, problems};
        TimesheetRecord rec;
        if (auto v = r.text("assistant", true)) {
            rec.assistant = *v;
            if (v->empty())
                r.problem(Problem{member_path(path, "assistant"), ProblemKind::EmptyText});
            else if (!doc.find_assistant(*v))
                r.problem(Problem{member_path(path, "assistant"), ProblemKind::UnknownAssistant, *v});
        }
        auto from = r.date("from");
        auto to = r.date("to");
        if (from) rec.from = *from;
        if (to) rec.to = *to;
        if (from && to && *to < *from)
            r.problem(Problem{member_path(path, "to"), ProblemKind::EndBeforeStart, to->str(),
                              member_path(path, "from"), from->str()});
        if (auto v = r.choice<TimesheetStatus>("status", parse_timesheet_status, status_values)) rec.status = *v;
        if (const Json* h = r.member("history", false)) {
            if (!h->is_array()) {
                r.problem(Problem{member_path(path, "history"), ProblemKind::WrongType, "", "array"});
            } else {
                for (size_t k = 0; k < h->size(); ++k)
                    if (auto step = read_step((*h)[k], element_path(member_path(path, "history"), k), problems))
                        rec.history.push_back(std::move(*step));
            }
        }
        rec.extra = r.rest({"assistant", "from", "to", "status", "history"});
        if (r.ok) out.emplace_back(i, std::move(rec));
    }
    return out;
}

Json to_json(const TimesheetStep& s) {
    Json j = s.extra.is_object() ? s.extra : Json::object();
    j["status"] = to_string(s.status);
    j["at"] = s.at.str();
    j["by"] = to_string(s.by);
    if (!s.note.empty()) j["note"] = s.note;
    return j;
}

Json to_json(const TimesheetRecord& r) {
    Json j = r.extra.is_object() ? r.extra : Json::object();
    j["assistant"] = r.assistant;
    j["from"] = r.from.str();
    j["to"] = r.to.str();
    j["status"] = to_string(r.status);
    Json history = Json::array();
    for (const auto& s : r.history) history.push_back(to_json(s));
    j["history"] = std::move(history);
    return j;
}

}  // namespace

std::vector<TimesheetRecord> read_timesheets(const Document& doc, Problems* problems) {
    std::vector<TimesheetRecord> out;
    for (auto& [i, r] : read_indexed(doc, problems)) out.push_back(std::move(r));
    return out;
}

void write_timesheets(Document& doc, const std::vector<TimesheetRecord>& records) {
    if (!doc.extra.is_object()) doc.extra = Json::object();
    if (records.empty()) {
        doc.extra.erase(timesheets_key);
        return;
    }
    Json a = Json::array();
    for (const auto& r : records) a.push_back(to_json(r));
    doc.extra[timesheets_key] = std::move(a);
}

// Reads only what it needs: the UI asks this for every shift it draws.
bool locked(const Document& doc, std::string_view assistant, Date date) { return LockIndex(doc).day_locked(assistant, date); }

// [SECTION] Timesheet status flow and periods -------------------------------------------------
namespace {

// Who may move a timesheet from `from` to `to`; nullopt: the flow has no such step.
struct Transition {
    bool assistant = false, leader = false, employer = false;
    bool needs_note = false;
};

std::optional<Transition> transition(TimesheetStatus from, TimesheetStatus to) {
    using S = TimesheetStatus;
    if (from == S::Draft && to == S::Signed) return Transition{true, false, false, false};
    if (from == S::Signed && to == S::Approved) return Transition{false, true, false, false};
    if (from == S::Signed && to == S::Draft) return Transition{true, true, false, false};
    if (from == S::Approved && to == S::Sent) return Transition{false, true, true, false};
    if ((from == S::Approved || from == S::Sent) && to == S::Draft) return Transition{false, true, true, true};
    return std::nullopt;
}

bool may(const Transition& t, Actor a) {
    switch (a) {
    case Actor::Assistant: return t.assistant;
    case Actor::Leader: return t.leader;
    case Actor::Employer: return t.employer;
    }
    return false;
}

}  // namespace

Refusal set_timesheet_status(Document& doc, const std::string& assistant, Date from, Date to,
                                TimesheetStatus new_status, LocalDateTime at, Actor by, const std::string& note) {
    if (to < from) return Refusal::BadPeriod;
    if (!doc.find_assistant(assistant)) return Refusal::UnknownAssistant;
    if (!doc.extra.is_object()) doc.extra = Json::object();
    if (doc.extra.contains(timesheets_key) && !doc.extra[timesheets_key].is_array() &&
        !doc.extra[timesheets_key].is_null())
        return Refusal::NotAllowed;  // not ours to overwrite

    const auto records = read_indexed(doc, nullptr);
    const std::pair<size_t, TimesheetRecord>* found = nullptr;
    for (const auto& ir : records) {
        const TimesheetRecord& r = ir.second;
        if (r.assistant != assistant) continue;
        if (r.from == from && r.to == to)
            found = &ir;
        else if (r.from <= to && from <= r.to)
            return Refusal::OverlappingTimesheet;
    }
    TimesheetRecord rec;
    if (found) {
        rec = found->second;
    } else {
        rec.assistant = assistant;
        rec.from = from;
        rec.to = to;
    }
    auto t = transition(rec.status, new_status);
    if (!t) return Refusal::NotAllowed;
    if (!may(*t, by)) return Refusal::WrongActor;
    if (t->needs_note && is_blank(note)) return Refusal::NoteRequired;
    // Approving vouches for the whole period; before it is over, days are still
    // to come, so the leader says why (kept in the history with the step).
    const bool early = new_status == TimesheetStatus::Approved && !period_ended(to, at);
    if (early && is_blank(note)) return Refusal::PeriodNotEnded;

    rec.status = new_status;
    Json step_extra = Json::object();
    if (early) step_extra["before_period_end"] = true;
    rec.history.push_back(TimesheetStep{new_status, at, by, note, std::move(step_extra)});
    Json& array = doc.extra[timesheets_key];
    if (!array.is_array()) array = Json::array();
    if (found)
        array[found->first] = to_json(rec);
    else
        array.push_back(to_json(rec));
    return Refusal::None;
}

bool period_ended(Date to, LocalDateTime now) { return !(now < LocalDateTime{to + Days{1}, 0}); }

Period timesheet_period(Jurisdiction j, Date date) {
    const Ymd ymd = date.ymd();
    if (j == Jurisdiction::NO) {  // seed 002 § 3.7: one list per calendar month
        const Date first = *Date::from_ymd(ymd.year, ymd.month, 1);
        return {first, first + Days{days_in_month(ymd.year, ymd.month) - 1}};
    }
    // Seed 003 § 13.1: "fra d. 11. i måneden til og med d. 10. i den efterfølgende måned".
    const Date eleventh = *Date::from_ymd(ymd.year, ymd.month, 11);
    const Date from = ymd.day >= 11 ? eleventh : add_months(eleventh, -1);
    return {from, add_months(from, 1) - Days{1}};
}

std::optional<SubmissionWindow> submission_window(const Arrangement& a, Period p) {
    std::optional<int> due_day;
    if (auto v = rule_number(a, "timesheet_due_day")) due_day = int(std::lround(*v));  // 1..28, the catalog's range
    if (!due_day) return std::nullopt;
    Date due = p.to + Days{1};
    while (due.day() != *due_day) due += Days{1};  // at most 31 steps
    return SubmissionWindow{p.to, due};
}

}  // namespace bpa
