// Hours after the plan: actual time, timesheets, the hours account, payroll CSV.
//
// [SECTION] Helpers: spans, days, JSON members
// [SECTION] Errors and enums
// [SECTION] Actual time of shifts
// [SECTION] Timesheet records: reading and writing
// [SECTION] Timesheet status flow and periods
// [SECTION] Timesheets: lines per day
// [SECTION] Extra grants
// [SECTION] Hours account
// [SECTION] Daily time records and CSV
#include "hours.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>
#include <utility>

#include "json_read.h"
#include "rules/rules.h"
#include "plan.h"

namespace bpa {

namespace {

constexpr const char* origin_key = "origin";
constexpr const char* planned_start_key = "planned_start";
constexpr const char* planned_end_key = "planned_end";
constexpr const char* reason_key = "not_worked_reason";
constexpr const char* note_key = "note";
constexpr const char* timesheets_key = "timesheets";
constexpr const char* grants_key = "extra_grants";

// [SECTION] Helpers: spans, days, JSON members -------------------------------------
// A half-open interval of UTC minutes.
struct Span {
    int64_t from = 0;
    int64_t to = 0;
};

Span utc_span(LocalDateTime a, LocalDateTime b, Zone z) { return {to_utc(a, z).count, to_utc(b, z).count}; }
Span utc_span(const Shift& s, Zone z) { return utc_span(s.start, s.end, z); }

int64_t overlap(Span a, Span b) { return std::max<int64_t>(0, std::min(a.to, b.to) - std::max(a.from, b.from)); }

// Local day d from `from_minute` to `to_minute` (0..1440; 1440 = the next midnight) in UTC.
Span local_window(Date d, int from_minute, int to_minute, Zone z) {
    auto at = [&](int m) { return m >= 1440 ? to_utc(LocalDateTime{d + Days{1}, 0}, z).count
                                            : to_utc(LocalDateTime{d, m}, z).count; };
    return {at(from_minute), at(to_minute)};
}
Span day_span(Date d, Zone z) { return local_window(d, 0, 1440, z); }

// The last day with time of a shift: an end at 00:00 ends the day before.

bool is_blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

// Paths for problems (json_read.h); every base here is a non-empty path.
using json_read::element_path;
using json_read::member_path;

// Reads the members of one JSON object, collecting problems with their paths.
struct ObjectReader {
    const Json& object;
    std::string path;
    Problems* problems;
    bool ok = true;

    void problem(Problem p) {
        ok = false;
        if (problems) problems->push_back(std::move(p));
    }
    const Json* member(std::string_view key, bool required) {
        auto it = object.find(key);
        if (it == object.end() || (!required && it->is_null())) {
            if (required) problem(Problem{member_path(path, key), ProblemKind::MissingField});
            return nullptr;
        }
        return &*it;
    }
    std::optional<std::string> text(std::string_view key, bool required) {
        const Json* j = member(key, required);
        if (!j) return std::nullopt;
        if (!j->is_string()) {
            problem(Problem{member_path(path, key), ProblemKind::WrongType, "", "string"});
            return std::nullopt;
        }
        return j->get<std::string>();
    }
    std::optional<Date> date(std::string_view key) {
        auto t = text(key, true);
        if (!t) return std::nullopt;
        auto d = Date::parse(*t);
        if (!d) problem(Problem{member_path(path, key), ProblemKind::NotADate, *t});
        return d;
    }
    std::optional<LocalDateTime> date_time(std::string_view key) {
        auto t = text(key, true);
        if (!t) return std::nullopt;
        auto d = LocalDateTime::parse(*t);
        if (!d) problem(Problem{member_path(path, key), ProblemKind::NotADateTime, *t});
        return d;
    }
    template <class E>
    std::optional<E> choice(std::string_view key, std::optional<E> (*parse)(std::string_view), const char* allowed) {
        auto t = text(key, true);
        if (!t) return std::nullopt;
        auto v = parse(*t);
        if (!v) problem(Problem{member_path(path, key), ProblemKind::UnknownValue, *t, allowed});
        return v;
    }
    // The object without the members this reader knows.
    Json rest(std::initializer_list<const char*> known) const {
        Json out = Json::object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool is_known = false;
            for (const char* k : known) is_known = is_known || it.key() == k;
            if (!is_known) out[it.key()] = it.value();
        }
        return out;
    }
};

// A JSON number as written: 20, 37.5.
std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

Shift* find_shift(Document& doc, const std::string& id) {
    for (auto& s : doc.shifts)
        if (s.id == id) return &s;
    return nullptr;
}

}  // namespace

// [SECTION] Errors and enums ----------------------------------------------------------
const char* to_string(NotWorkedReason r) {
    switch (r) {
    case NotWorkedReason::AssistantSick: return "assistant_sick";
    case NotWorkedReason::CancelledByLeader: return "cancelled_by_leader";
    case NotWorkedReason::AssistantAbsent: return "assistant_absent";
    case NotWorkedReason::Other: return "other";
    }
    return "other";
}

std::optional<NotWorkedReason> parse_not_worked_reason(std::string_view s) {
    for (auto r : {NotWorkedReason::AssistantSick, NotWorkedReason::CancelledByLeader,
                   NotWorkedReason::AssistantAbsent, NotWorkedReason::Other})
        if (s == to_string(r)) return r;
    return std::nullopt;
}

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

// [SECTION] Actual time of shifts -----------------------------------------------------
ShiftActual shift_actual(const Shift& s) {
    ShiftActual out;
    if (!s.extra.is_object()) return out;
    auto text = [&](const char* key) -> std::optional<std::string> {
        auto it = s.extra.find(key);
        if (it == s.extra.end() || !it->is_string()) return std::nullopt;
        return it->get<std::string>();
    };
    out.extra_shift = text(origin_key) == std::optional<std::string>("extra");
    if (auto t = text(planned_start_key)) out.planned_start = LocalDateTime::parse(*t);
    if (auto t = text(planned_end_key)) out.planned_end = LocalDateTime::parse(*t);
    if (s.status == ShiftStatus::Cancelled)
        if (auto t = text(reason_key)) out.not_worked = parse_not_worked_reason(*t);
    return out;
}

namespace {

Minutes overtime_of(const Shift& s, const ShiftActual& a, Zone z) {
    if (s.status == ShiftStatus::Cancelled) return {};
    const Minutes actual = elapsed(s.start, s.end, z);
    if (a.extra_shift) return std::max(actual, Minutes{});
    if (!a.corrected()) return {};
    const Minutes planned = elapsed(*a.planned_start, *a.planned_end, z);
    return std::max(actual - planned, Minutes{});
}

// The overtime's place: the last minutes of the shift.
Span overtime_span(const Shift& s, const ShiftActual& a, Zone z) {
    const int64_t end = to_utc(s.end, z).count;
    return {end - overtime_of(s, a, z).count, end};
}

bool valid_times(LocalDateTime start, LocalDateTime end, Zone z) {
    if (classify(start, z) == LocalKind::Nonexistent || classify(end, z) == LocalKind::Nonexistent) return false;
    return elapsed(start, end, z) > Minutes{};
}

}  // namespace

Minutes overtime_of(const Shift& s, Zone z) { return overtime_of(s, shift_actual(s), z); }

Refusal confirm_worked(Document& doc, const std::string& shift_id) {
    Shift* s = find_shift(doc, shift_id);
    if (!s) return Refusal::UnknownShift;
    if (LockIndex(doc).shift_locked(*s)) return Refusal::Locked;
    s->status = ShiftStatus::Worked;
    if (s->extra.is_object()) s->extra.erase(reason_key);
    return Refusal::None;
}

Refusal correct_shift(Document& doc, const std::string& shift_id, LocalDateTime actual_start,
                         LocalDateTime actual_end) {
    Shift* s = find_shift(doc, shift_id);
    if (!s) return Refusal::UnknownShift;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    if (!valid_times(actual_start, actual_end, z)) return Refusal::BadTimes;
    const LockIndex locks(doc);
    Shift after = *s;
    after.start = actual_start;
    after.end = actual_end;
    if (locks.shift_locked(*s) || locks.shift_locked(after)) return Refusal::Locked;

    if (!s->extra.is_object()) s->extra = Json::object();
    const ShiftActual a = shift_actual(*s);
    LocalDateTime planned_start = s->start, planned_end = s->end;
    if (a.corrected()) {
        planned_start = *a.planned_start;
        planned_end = *a.planned_end;
    }
    if (!a.extra_shift) {  // an extra shift has no plan to remember
        if (planned_start == actual_start && planned_end == actual_end) {
            s->extra.erase(planned_start_key);
            s->extra.erase(planned_end_key);
        } else {
            s->extra[planned_start_key] = planned_start.str();
            s->extra[planned_end_key] = planned_end.str();
        }
    }
    s->start = actual_start;
    s->end = actual_end;
    s->status = ShiftStatus::Worked;
    s->extra.erase(reason_key);
    return Refusal::None;
}

Refusal mark_not_worked(Document& doc, const std::string& shift_id, NotWorkedReason reason,
                           const std::string& note) {
    Shift* s = find_shift(doc, shift_id);
    if (!s) return Refusal::UnknownShift;
    const ShiftActual a = shift_actual(*s);
    const LockIndex locks(doc);
    Shift after = *s;
    if (a.corrected()) {  // not worked at all: back to the planned times
        after.start = *a.planned_start;
        after.end = *a.planned_end;
    }
    if (locks.shift_locked(*s) || locks.shift_locked(after)) return Refusal::Locked;
    if (!after.extra.is_object()) after.extra = Json::object();
    after.extra.erase(planned_start_key);
    after.extra.erase(planned_end_key);
    after.status = ShiftStatus::Cancelled;
    after.extra[reason_key] = to_string(reason);
    if (!is_blank(note)) after.extra[note_key] = note;
    *s = std::move(after);
    return Refusal::None;
}

AddedShift add_extra_shift(Document& doc, const std::string& assistant, LocalDateTime start, LocalDateTime end,
                           int break_minutes, bool passive_night, const std::string& note) {
    if (!doc.find_assistant(assistant)) return {"", Refusal::UnknownAssistant};
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    if (!valid_times(start, end, z) || break_minutes < 0) return {"", Refusal::BadTimes};
    Shift s;
    s.id = doc.next_id("s");
    s.assistant = assistant;
    s.start = start;
    s.end = end;
    s.break_minutes = break_minutes;
    s.passive_night = passive_night;
    s.status = ShiftStatus::Worked;
    s.extra = Json::object();
    s.extra[origin_key] = "extra";
    if (!is_blank(note)) s.extra[note_key] = note;
    if (LockIndex(doc).shift_locked(s)) return {"", Refusal::Locked};
    doc.shifts.push_back(s);
    return {s.id, Refusal::None};
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

    rec.status = new_status;
    rec.history.push_back(TimesheetStep{new_status, at, by, note, Json::object()});
    Json& array = doc.extra[timesheets_key];
    if (!array.is_array()) array = Json::array();
    if (found)
        array[found->first] = to_json(rec);
    else
        array.push_back(to_json(rec));
    return Refusal::None;
}

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

// [SECTION] Timesheets: lines per day ------------------------------------------------------------
namespace {

bool sick_type(AbsenceType t) {
    return t == AbsenceType::Egenmelding || t == AbsenceType::Sykemelding || t == AbsenceType::ChildSick;
}

// Public holidays and supplement days of the years from..to touch.
struct HolidayDays {
    std::set<Date> holidays;
    std::set<Date> supplement;
    HolidayDays(Jurisdiction j, Date from, Date to) {
        for (int y = from.year(); y <= to.year(); ++y) {
            for (const auto& h : public_holidays(j, y)) holidays.insert(h.date);
            for (const auto& h : supplement_days(j, y)) supplement.insert(h.date);
        }
    }
};

// Minutes of `span` inside local day d that carry a holiday supplement.
int64_t holiday_minutes(const HolidayDays& h, Span span, Date d, Zone z) {
    if (h.holidays.count(d)) return overlap(span, day_span(d, z));
    if (h.supplement.count(d)) return overlap(span, local_window(d, supplement_from_minute, 1440, z));
    return 0;
}

// Minute of the local day at UTC instant t, given the day's span (1440 at its end).
int minute_of_day_at(int64_t t, Span day, Zone z) {
    if (t >= day.to) return 1440;
    if (t <= day.from) return 0;
    return to_local(UtcMinutes{t}, z).minute_of_day;
}

}  // namespace

Timesheet timesheet(const Document& doc, std::string_view assistant, Date from, Date to) {
    Timesheet out;
    out.assistant = std::string(assistant);
    out.from = from;
    out.to = to;
    out.passive_factor = passive_factor_of(doc.arrangement);
    if (to < from) return out;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    for (const auto& r : read_timesheets(doc))
        if (r.assistant == assistant && r.from == from && r.to == to) out.status = r.status;

    const int32_t n = (to - from).count + 1;
    out.lines.resize(size_t(n));
    std::vector<Span> days(static_cast<size_t>(n));
    for (int32_t i = 0; i < n; ++i) {
        out.lines[size_t(i)].date = from + Days{i};
        days[size_t(i)] = day_span(from + Days{i}, z);
    }
    // The absence of each day; the first in document order wins where they overlap.
    std::vector<const Absence*> absence(size_t(n), nullptr);
    for (const auto& a : doc.absences) {
        if (a.assistant != assistant) continue;
        for (Date d = std::max(a.from, from); d <= std::min(a.to, to); d += Days{1}) {
            auto& slot = absence[size_t((d - from).count)];
            if (!slot) slot = &a;
        }
    }
    const HolidayDays holidays(doc.arrangement.jurisdiction, from, to);

    for (const auto& s : doc.shifts) {
        if (s.assistant != assistant || last_day_of(s) < from || to < s.start.date) continue;
        const ShiftActual a = shift_actual(s);
        const Span span = utc_span(s, z);
        const Span extra_time = overtime_span(s, a, z);
        for (Date d = std::max(s.start.date, from); d <= std::min(last_day_of(s), to); d += Days{1}) {
            const size_t i = size_t((d - from).count);
            TimesheetLine& line = out.lines[i];
            const Span day = days[i];
            const int64_t m = overlap(span, day);
            if (m <= 0) continue;
            TimesheetEntry e;
            e.shift_id = s.id;
            e.status = s.status;
            e.start = s.start;
            e.end = s.end;
            e.from_minute = minute_of_day_at(std::max(span.from, day.from), day, z);
            e.to_minute = minute_of_day_at(std::min(span.to, day.to), day, z);
            e.minutes = Minutes{m};
            e.extra_shift = a.extra_shift;
            e.corrected = a.corrected();
            e.not_worked = a.not_worked;
            const Absence* abs = absence[i];
            e.counts = s.status == ShiftStatus::Worked || (s.status == ShiftStatus::Planned && !abs);
            if (e.counts) {
                line.clock += Minutes{m};
                line.overtime += Minutes{overlap(extra_time, day)};
                if (s.passive_night) line.passive += Minutes{overlap(span, local_window(d, 0, 6 * 60, z))};
                line.holiday += Minutes{holiday_minutes(holidays, span, d, z)};
                if (s.status == ShiftStatus::Planned) line.confirmed = false;
            } else if ((s.status == ShiftStatus::Cancelled && a.not_worked == NotWorkedReason::AssistantSick) ||
                       (s.status == ShiftStatus::Planned && abs && sick_type(abs->type))) {
                line.sick += Minutes{m};
            }
            line.entries.push_back(std::move(e));
        }
    }
    for (size_t i = 0; i < out.lines.size(); ++i) {
        TimesheetLine& line = out.lines[i];
        std::stable_sort(line.entries.begin(), line.entries.end(),
                         [](const TimesheetEntry& x, const TimesheetEntry& y) { return x.start < y.start; });
        if (absence[i]) {
            line.absence = to_string(absence[i]->type);
            line.vacation = absence[i]->type == AbsenceType::Vacation;
        }
        line.paid_hours = (double(line.clock.count) - double(line.passive.count) * (1.0 - out.passive_factor)) / 60.0;
        out.clock += line.clock;
        out.overtime += line.overtime;
        out.passive += line.passive;
        out.holiday += line.holiday;
        out.sick += line.sick;
        out.paid_hours += line.paid_hours;
        if (line.vacation) ++out.vacation_days;
    }
    return out;
}

// [SECTION] Extra grants ------------------------------------------------------------------------
std::vector<ExtraGrant> read_extra_grants(const Document& doc, Problems* problems) {
    std::vector<std::pair<size_t, ExtraGrant>> read;
    if (!doc.extra.is_object()) return {};
    auto it = doc.extra.find(grants_key);
    if (it == doc.extra.end() || it->is_null()) return {};
    if (!it->is_array()) {
        if (problems) problems->push_back(Problem{grants_key, ProblemKind::WrongType, "", "array"});
        return {};
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const Json& j = (*it)[i];
        const std::string path = element_path(grants_key, i);
        if (!j.is_object()) {
            if (problems) problems->push_back(Problem{path, ProblemKind::WrongType, "", "object"});
            continue;
        }
        ObjectReader r{j, path, problems};
        ExtraGrant g;
        auto from = r.date("from");
        auto to = r.date("to");
        if (from) g.from = *from;
        if (to) g.to = *to;
        if (from && to && *to < *from)
            r.problem(Problem{member_path(path, "to"), ProblemKind::EndBeforeStart, to->str(),
                              member_path(path, "from"), from->str()});
        if (const Json* h = r.member("hours", true)) {
            if (!h->is_number()) {
                r.problem(Problem{member_path(path, "hours"), ProblemKind::WrongType, "", "number"});
            } else {
                g.hours = h->get<double>();
                // At most every hour of the grant's days; a grant of nothing is a typing error.
                const double most = from && to && !(*to < *from) ? 24.0 * ((*to - *from).count + 1) : 1e9;
                if (!(g.hours > 0 && g.hours <= most))
                    r.problem(Problem{member_path(path, "hours"), ProblemKind::OutOfRange, number_text(g.hours),
                                      "more than 0, at most 24 per day of the grant"});
            }
        }
        if (auto v = r.text("reason", false)) g.reason = *v;
        g.extra = r.rest({"from", "to", "hours", "reason"});
        if (r.ok) read.emplace_back(i, std::move(g));
    }
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) {
        // Seed 003 § 9.2: "maksimalt 3 weekender pr. år": counted in date order by the year a grant starts.
        std::vector<size_t> order(read.size());
        for (size_t k = 0; k < order.size(); ++k) order[k] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t x, size_t y) { return read[x].second.from < read[y].second.from; });
        std::vector<bool> drop(read.size(), false);
        int year = 0, count = 0;
        for (size_t k : order) {
            const int y = read[k].second.from.year();
            count = y == year ? count + 1 : 1;
            year = y;
            if (count > max_extra_grants_per_year) {
                drop[k] = true;
                if (problems)
                    problems->push_back(Problem{element_path(grants_key, read[k].first), ProblemKind::OutOfRange,
                                                "grant " + std::to_string(count) + " in " + std::to_string(y),
                                                "at most 3 extra grants a year, seed 003 § 9.2"});
            }
        }
        std::vector<std::pair<size_t, ExtraGrant>> kept;
        for (size_t k = 0; k < read.size(); ++k)
            if (!drop[k]) kept.push_back(std::move(read[k]));
        read = std::move(kept);
    }
    std::vector<ExtraGrant> out;
    for (auto& [i, g] : read) out.push_back(std::move(g));
    return out;
}

void write_extra_grants(Document& doc, const std::vector<ExtraGrant>& grants) {
    if (!doc.extra.is_object()) doc.extra = Json::object();
    if (grants.empty()) {
        doc.extra.erase(grants_key);
        return;
    }
    Json a = Json::array();
    for (const auto& g : grants) {
        Json j = g.extra.is_object() ? g.extra : Json::object();
        j["from"] = g.from.str();
        j["to"] = g.to.str();
        j["hours"] = g.hours;
        if (!g.reason.empty()) j["reason"] = g.reason;
        a.push_back(std::move(j));
    }
    doc.extra[grants_key] = std::move(a);
}

// [SECTION] Hours account -------------------------------------------------------------------------
namespace {

double unused_late_percent(const Arrangement& a) { return rule_number(a, "unused_late_percent").value_or(0); }

}  // namespace

HoursAccount hours_account(const Document& doc, int year, Date today) {
    HoursAccount out;
    out.year = year;
    out.today = today;
    const auto first = Date::from_ymd(year, 1, 1);
    if (!first) return out;
    const Date jan1 = *first;
    const Date dec31 = *Date::from_ymd(year, 12, 31);
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const int32_t n = (dec31 - jan1).count + 1;  // 365..366

    std::vector<Span> day(static_cast<size_t>(n));
    for (int32_t i = 0; i < n; ++i) day[size_t(i)] = day_span(jan1 + Days{i}, z);

    // Decided hours per day: the decision in force that day (seed 000 § 4.4: hours per week).
    std::vector<double> decided(size_t(n), 0.0), grant(size_t(n), 0.0), dropped(size_t(n), 0.0);
    for (int32_t i = 0; i < n; ++i)
        if (const Decision* dec = doc.arrangement.decision_on(jan1 + Days{i})) decided[size_t(i)] = dec->hours_per_week / 7.0;

    // Used minutes per day. CONTRACT.md: worked shifts up to today, planned ones after it;
    // a shift is "up to today" when it starts on or before today.
    std::vector<int64_t> used(size_t(n), 0);
    int64_t worked_minutes = 0, planned_minutes = 0;
    for (const auto& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        const bool before = !(today < s.start.date);
        if (before && s.status != ShiftStatus::Worked) continue;  // never confirmed
        if (last_day_of(s) < jan1 || dec31 < s.start.date) continue;
        const Span span = utc_span(s, z);
        for (Date d = std::max(s.start.date, jan1); d <= std::min(last_day_of(s), dec31); d += Days{1}) {
            const size_t i = size_t((d - jan1).count);
            const int64_t m = overlap(span, day[i]);
            used[i] += m;
            (before ? worked_minutes : planned_minutes) += m;
        }
    }

    // Extra grants (seed 003 § 9.2): decided on their days; the hours used on those days
    // are taken from the grant first; what is left after its last day is dropped.
    std::vector<double> free_used(static_cast<size_t>(n));  // hours of each day not yet taken by a grant
    for (int32_t i = 0; i < n; ++i) free_used[size_t(i)] = double(used[size_t(i)]) / 60.0;
    auto grants = read_extra_grants(doc);
    std::stable_sort(grants.begin(), grants.end(), [](const ExtraGrant& a, const ExtraGrant& b) { return a.from < b.from; });
    for (const auto& g : grants) {
        if (g.to < jan1 || dec31 < g.from) continue;
        const double per_day = g.hours / double((g.to - g.from).count + 1);
        double left = 0;
        const Date a = std::max(g.from, jan1), b = std::min(g.to, dec31);
        for (Date d = a; d <= b; d += Days{1}) {
            const size_t i = size_t((d - jan1).count);
            grant[i] += per_day;
            left += per_day;
            const double take = std::min(free_used[i], left);
            free_used[i] -= take;
            left -= take;
        }
        dropped[size_t((b - jan1).count)] += left;
    }

    // ISO weeks cut at the year's edges.
    AccountWeek w;
    double balance = 0;
    for (int32_t i = 0; i < n; ++i) {
        const Date d = jan1 + Days{i};
        const size_t k = size_t(i);
        if (i == 0 || d.weekday() == Weekday::Monday) {
            w = AccountWeek{};
            w.week = d.iso_week();
            w.from = d;
        }
        const double used_h = double(used[k]) / 60.0;
        w.decided += decided[k] + grant[k];
        w.grant += grant[k];
        w.used += used_h;
        w.grant_dropped += dropped[k];
        balance += decided[k] + grant[k] - used_h - dropped[k];
        if (!(today < d)) out.balance_today = balance;
        if (d.weekday() == Weekday::Sunday || i == n - 1) {
            w.to = d;
            w.saved = w.decided - w.used - w.grant_dropped;
            w.balance = balance;
            out.weeks.push_back(w);
            out.decided += w.decided;
            out.grant += w.grant;
            out.used += w.used;
            out.grant_dropped += w.grant_dropped;
        }
    }
    out.balance = balance;
    out.worked = double(worked_minutes) / 60.0;
    out.planned = double(planned_minutes) / 60.0;

    constexpr double epsilon = 0.005;  // below the 2 decimals shown
    if (out.balance < -epsilon) out.warnings.push_back(AccountWarning{"forecast_overspend", -out.balance, 0});
    const Date oct1 = *Date::from_ymd(year, 10, 1);
    if (oct1 < today && !(dec31 < today)) {
        const double limit = unused_late_percent(doc.arrangement) / 100.0 * (out.decided - out.grant);
        if (out.balance > limit + epsilon) out.warnings.push_back(AccountWarning{"unused_late", out.balance, limit});
    }
    return out;
}

// [SECTION] Daily time records and CSV -------------------------------------------------------------
std::vector<DailyTimeRecord> daily_time_records(const Document& doc, Date from, Date to) {
    std::vector<DailyTimeRecord> out;
    for (const auto& a : doc.assistants) {
        const Timesheet t = timesheet(doc, a.id, from, to);
        for (const auto& line : t.lines) {
            DailyTimeRecord r;
            r.assistant = a.id;
            r.name = a.name;
            r.date = line.date;
            r.clock = line.clock;
            r.overtime = line.overtime;
            r.holiday = line.holiday;
            r.confirmed = line.confirmed;
            r.absence = line.absence;
            bool any = false;
            for (const auto& e : line.entries) {
                if (e.counts) {
                    r.from_minute = any ? std::min(r.from_minute, e.from_minute) : e.from_minute;
                    r.to_minute = any ? std::max(r.to_minute, e.to_minute) : e.to_minute;
                    any = true;
                }
                if (r.absence.empty() && e.not_worked == NotWorkedReason::AssistantSick) r.absence = "assistant_sick";
            }
            if (any || !r.absence.empty()) out.push_back(std::move(r));
        }
    }
    return out;
}

namespace {

struct CsvHeader {
    const char* language;
    const char* columns[8];
    char decimal;
};

// Norwegian: the timesheet form's words (seed 000 Vedlegg 2); Danish: Rebild's
// "hjælpere" and "tillæg" (seed 003 § 6.5, § 13.1).
constexpr CsvHeader csv_headers[] = {
    {"nb", {"Assistent", "Dato", "Fra", "Til", "Timer", "Overtid", "Tillegg (helligdag)", "Fraværskode"}, ','},
    {"da", {"Hjælper", "Dato", "Fra", "Til", "Timer", "Overtid", "Tillæg (helligdag)", "Fraværskode"}, ','},
    {"en", {"Assistant", "Date", "From", "To", "Hours", "Overtime", "Supplement (holiday)", "Absence code"}, '.'},
};

void append_field(std::string& out, std::string_view field) {
    if (field.find_first_of(";\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string decimal_hours(Minutes m, char decimal) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", m.hours());
    std::string s = buf;
    for (auto& c : s)
        if (c == '.') c = decimal;
    return s;
}

}  // namespace

std::string csv_export(const Document& doc, Date from, Date to, std::string_view language) {
    const CsvHeader* h = &csv_headers[2];
    for (const auto& candidate : csv_headers)
        if (language == candidate.language) h = &candidate;
    std::string out = "\xEF\xBB\xBF";  // UTF-8 byte-order mark: spreadsheets then read æøå right
    auto row = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) out += ';';
            append_field(out, fields[i]);
        }
        out += "\r\n";
    };
    row(std::vector<std::string>(std::begin(h->columns), std::end(h->columns)));
    for (const auto& r : daily_time_records(doc, from, to)) {
        const bool work = r.clock > Minutes{};
        row({r.name, r.date.str(), work ? TimeOfDay(r.from_minute).str() : "", work ? TimeOfDay(r.to_minute).str() : "",
             decimal_hours(r.clock, h->decimal), decimal_hours(r.overtime, h->decimal),
             decimal_hours(r.holiday, h->decimal), r.absence});
    }
    return out;
}

}  // namespace bpa
