// The plan (plan.h): the need, rotation and holiday plans in the file, laying
// them out as shifts, hours with passive nights and summer time, and coverage.
//
// [SECTION] Helpers
// [SECTION] Rotation expansion
// [SECTION] Laying out the rotation and holiday plans
// [SECTION] Plan JSON
// [SECTION] Hours
// [SECTION] Coverage
#include <doctest/doctest.h>

#include "support.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "core/json_io.h"
#include "core/plan.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// [SECTION] Helpers ---------------------------------------------------------------
// A document with assistants a1..aN, employed from 2025.
Document doc_with(int assistants, Jurisdiction j = Jurisdiction::NO) {
    Document d;
    d.arrangement.name = "Test";
    d.arrangement.jurisdiction = j;
    for (int i = 1; i <= assistants; ++i) {
        Assistant a;
        a.id = "a" + std::to_string(i);
        a.name = "Assistant " + std::to_string(i);
        a.employed_from = D("2025-01-01");
        d.assistants.push_back(a);
    }
    return d;
}

Shift shift(const std::string& id, const std::string& assistant, const char* start, const char* end,
            ShiftStatus status = ShiftStatus::Planned, const char* origin = nullptr, bool passive = false) {
    Shift s;
    s.id = id;
    s.assistant = assistant;
    s.start = T(start);
    s.end = T(end);
    s.status = status;
    s.passive_night = passive;
    if (origin) s.extra["origin"] = origin;
    return s;
}

TemplateShift tmpl(int week, Weekday wd, int from, int to, const std::string& assistant) {
    TemplateShift t;
    t.week = week;
    t.weekday = wd;
    t.from = TimeOfDay(from);
    t.to = TimeOfDay(to);
    t.assistant = assistant;
    return t;
}

Rotation rotation(int weeks, const char* start, std::vector<TemplateShift> shifts) {
    Rotation r;
    r.weeks = weeks;
    r.start = D(start);
    r.shifts = std::move(shifts);
    return r;
}

// Every weekday 08:00-16:00 for a1, one-week rotation.
Rotation daily_rotation() {
    std::vector<TemplateShift> t;
    for (int wd = 1; wd <= 7; ++wd) t.push_back(tmpl(1, static_cast<Weekday>(wd), hm(8), hm(16), "a1"));
    return rotation(1, "2026-01-05", t);
}

const Shift* find_start(const std::vector<Shift>& shifts, const char* start) {
    LocalDateTime t = T(start);
    for (const auto& s : shifts)
        if (s.start == t) return &s;
    return nullptr;
}

bool all_ids_unique(const Document& d) {
    std::set<std::string> ids;
    for (const auto& s : d.shifts)
        if (s.id.empty() || !ids.insert(s.id).second) return false;
    return true;
}

// The plan's content without ids, to compare two documents laid out differently.
std::multiset<std::tuple<std::string, std::string, std::string, std::string>> content(const Document& d) {
    std::multiset<std::tuple<std::string, std::string, std::string, std::string>> out;
    for (const auto& s : d.shifts) out.insert({s.assistant, s.start.str(), s.end.str(), shift_origin(s)});
    return out;
}

HolidayPlan holiday_plan(const char* id, const char* from, const char* to, std::vector<Shift> shifts) {
    HolidayPlan h;
    h.id = id;
    h.name = id;
    h.from = D(from);
    h.to = D(to);
    h.shifts = std::move(shifts);
    return h;
}

std::vector<Found> plan_problems(const Document& d) {
    Problems p;
    read_plan(d, &p);
    std::vector<Found> out;
    for (const auto& x : p) out.push_back({x.path, x.kind});
    return out;
}

Decision decision(const char* from, const char* to, double hours) {
    Decision d;
    d.from = D(from);
    if (to) d.to = D(to);
    d.hours_per_week = hours;
    return d;
}

NeedBlock block(Weekday wd, int from, int to, int assistants, const char* task = "") {
    NeedBlock b;
    b.weekday = wd;
    b.from = TimeOfDay(from);
    b.to = TimeOfDay(to);
    b.assistants = assistants;
    b.task = task;
    return b;
}

}  // namespace

// [SECTION] Rotation expansion ------------------------------------------------------------
TEST_CASE("a 1-week rotation gives its shifts every week, planned, without id, with origin rotation") {
    Rotation r = rotation(1, "2026-01-05", {tmpl(1, Weekday::Monday, hm(8), hm(16), "a1")});
    auto shifts = expand_rotation(r, D("2026-01-01"), D("2026-03-31"), Zone::Oslo);
    REQUIRE(shifts.size() == 13);  // Mondays 5 Jan .. 30 Mar 2026
    for (const auto& s : shifts) {
        CHECK(s.start.date.weekday() == Weekday::Monday);
        CHECK(s.start.minute_of_day == hm(8));
        CHECK(s.end == LocalDateTime{s.start.date, hm(16)});
        CHECK(s.id.empty());
        CHECK(s.status == ShiftStatus::Planned);
        CHECK(s.extra == Json{{"origin", "rotation"}});
        CHECK(shift_origin(s) == "rotation");
    }
    CHECK(shifts.front().start == T("2026-01-05T08:00"));
    CHECK(shifts.back().start == T("2026-03-30T08:00"));
}

TEST_CASE("a 2-week rotation alternates its weeks, after and before its start") {
    Rotation r = rotation(2, "2026-01-05",
                          {tmpl(1, Weekday::Monday, hm(8), hm(16), "a1"), tmpl(2, Weekday::Monday, hm(8), hm(16), "a2")});
    auto shifts = expand_rotation(r, D("2025-12-15"), D("2026-02-02"), Zone::Oslo);
    REQUIRE(shifts.size() == 8);
    std::map<std::string, std::string> who;
    for (const auto& s : shifts) who[s.start.date.str()] = s.assistant;
    CHECK(who["2025-12-15"] == "a2");  // three weeks before the start: week 2
    CHECK(who["2025-12-22"] == "a1");  // two weeks before: week 1
    CHECK(who["2025-12-29"] == "a2");  // the week before: week 2
    CHECK(who["2026-01-05"] == "a1");
    CHECK(who["2026-01-12"] == "a2");
    CHECK(who["2026-01-19"] == "a1");
    CHECK(who["2026-01-26"] == "a2");
    CHECK(who["2026-02-02"] == "a1");
}

TEST_CASE("a 3-week rotation repeats over several periods and maps earlier dates backwards") {
    Rotation r = rotation(3, "2026-01-05",
                          {tmpl(1, Weekday::Wednesday, hm(9), hm(15), "a1"), tmpl(2, Weekday::Wednesday, hm(9), hm(15), "a2"),
                           tmpl(3, Weekday::Wednesday, hm(9), hm(15), "a3")});
    // Four whole periods forwards: Wednesdays 7 Jan .. 25 Mar 2026.
    auto shifts = expand_rotation(r, D("2026-01-05"), D("2026-03-29"), Zone::Oslo);
    REQUIRE(shifts.size() == 12);
    for (size_t i = 0; i < shifts.size(); ++i) {
        CHECK(shifts[i].start.date == D("2026-01-07") + Days{int32_t(7 * i)});
        CHECK(shifts[i].assistant == "a" + std::to_string(i % 3 + 1));
    }
    // Backwards: 31 Dec 2025 is in the week before the start (week 3), 24 Dec in week 2, 17 Dec in week 1.
    auto before = expand_rotation(r, D("2025-12-15"), D("2026-01-04"), Zone::Oslo);
    REQUIRE(before.size() == 3);
    CHECK(before[0].assistant == "a1");
    CHECK(before[1].assistant == "a2");
    CHECK(before[2].assistant == "a3");
    // A far earlier year still lines up: 52 weeks before 7 Jan 2026 is 52 mod 3 = 1 week back: week 3.
    auto year_before = expand_rotation(r, D("2025-01-08"), D("2025-01-08"), Zone::Oslo);
    REQUIRE(year_before.size() == 1);
    CHECK(year_before[0].assistant == "a3");
}

TEST_CASE("a template shift with to before or equal to from ends the next day") {
    Rotation r = rotation(1, "2026-01-05",
                          {tmpl(1, Weekday::Monday, hm(22), hm(7, 30), "a1"), tmpl(1, Weekday::Tuesday, hm(16), 1440, "a2"),
                           tmpl(1, Weekday::Wednesday, hm(8), hm(8), "a3")});
    auto shifts = expand_rotation(r, D("2026-01-12"), D("2026-01-18"), Zone::Oslo);
    REQUIRE(shifts.size() == 3);
    CHECK(shifts[0].start == T("2026-01-12T22:00"));
    CHECK(shifts[0].end == T("2026-01-13T07:30"));
    CHECK(shifts[1].start == T("2026-01-13T16:00"));
    CHECK(shifts[1].end == T("2026-01-14T00:00"));  // "24:00"
    CHECK(shifts[2].start == T("2026-01-14T08:00"));
    CHECK(shifts[2].end == T("2026-01-15T08:00"));  // from == to: 24 h
}

TEST_CASE("rotation shifts of one day come in order of start time") {
    Rotation r = rotation(1, "2026-01-05",
                          {tmpl(1, Weekday::Monday, hm(15), hm(22), "a2"), tmpl(1, Weekday::Monday, hm(7), hm(15), "a1")});
    auto shifts = expand_rotation(r, D("2026-01-05"), D("2026-01-05"), Zone::Oslo);
    REQUIRE(shifts.size() == 2);
    CHECK(shifts[0].assistant == "a1");
    CHECK(shifts[1].assistant == "a2");
    CHECK(expand_rotation(r, D("2026-01-06"), D("2026-01-05"), Zone::Oslo).empty());
}

TEST_CASE("a rotation time in the spring gap moves to 03:00, and a shift only inside the gap is left out") {
    Rotation r = rotation(1, "2026-01-05",
                          {tmpl(1, Weekday::Sunday, hm(2, 30), hm(10), "a1"), tmpl(1, Weekday::Saturday, hm(20), hm(2, 30), "a2"),
                           tmpl(1, Weekday::Sunday, hm(2), hm(2, 45), "a3")});
    auto shifts = expand_rotation(r, D("2026-03-28"), D("2026-03-29"), Zone::Oslo);
    REQUIRE(shifts.size() == 2);
    const Shift* evening = find_start(shifts, "2026-03-28T20:00");
    REQUIRE(evening);
    CHECK(evening->end == T("2026-03-29T03:00"));
    CHECK(elapsed(evening->start, evening->end, Zone::Oslo) == hours(6));
    const Shift* morning = find_start(shifts, "2026-03-29T03:00");
    REQUIRE(morning);
    CHECK(morning->end == T("2026-03-29T10:00"));
    // Other Sundays keep 02:30.
    auto april = expand_rotation(r, D("2026-04-05"), D("2026-04-05"), Zone::Oslo);
    CHECK(find_start(april, "2026-04-05T02:30"));
    CHECK(find_start(april, "2026-04-05T02:00"));
}

// [SECTION] Laying out the rotation and holiday plans ------------------------------------
TEST_CASE("laying out the rotation replaces planned rotation shifts and keeps worked, cancelled, manual and substitute ones") {
    Document d = doc_with(3);
    d.shifts = {
        shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00", ShiftStatus::Planned, "rotation"),    // replaced
        shift("s2", "a1", "2026-03-03T08:00", "2026-03-03T16:30", ShiftStatus::Worked, "rotation"),     // kept, slot held
        shift("s3", "a1", "2026-03-04T08:00", "2026-03-04T16:00", ShiftStatus::Cancelled, "rotation"),  // kept, slot held
        shift("s4", "a3", "2026-03-05T08:00", "2026-03-05T16:00", ShiftStatus::Planned, "substitute"),  // kept
        shift("s5", "a2", "2026-03-06T18:00", "2026-03-06T20:00"),                                        // manual, kept
        shift("s6", "a1", "2026-02-23T08:00", "2026-02-23T16:00", ShiftStatus::Planned, "rotation"),    // outside, kept
    };
    apply_rotation(d, daily_rotation(), D("2026-03-02"), D("2026-03-08"));
    CHECK(all_ids_unique(d));
    auto ids = [&] {
        std::set<std::string> out;
        for (const auto& s : d.shifts) out.insert(s.id);
        return out;
    }();
    CHECK_FALSE(ids.count("s1"));
    for (const char* kept : {"s2", "s3", "s4", "s5", "s6"}) CHECK(ids.count(kept));
    // 7 days of the week, less the two slots held by the worked and the cancelled shift.
    int new_rotation = 0;
    for (const auto& s : d.shifts)
        if (shift_origin(s) == "rotation" && s.status == ShiftStatus::Planned && s.start.date >= D("2026-03-02")) {
            ++new_rotation;
            CHECK(s.start.date != D("2026-03-03"));
            CHECK(s.start.date != D("2026-03-04"));
        }
    CHECK(new_rotation == 5);
    // The substitute shift stays next to the new rotation shift of that day (different assistants).
    CHECK(d.shifts.size() == 5 + 5);
}

TEST_CASE("new shift ids continue after the largest and are unique") {
    Document d = doc_with(1);
    d.shifts = {shift("s7", "a1", "2026-01-01T08:00", "2026-01-01T09:00"),
                shift("s12", "a1", "2026-01-02T08:00", "2026-01-02T09:00")};
    apply_rotation(d, daily_rotation(), D("2026-03-01"), D("2026-03-10"));
    REQUIRE(d.shifts.size() == 12);
    CHECK(d.shifts[2].id == "s13");
    CHECK(d.shifts[2].start == T("2026-03-01T08:00"));
    CHECK(d.shifts[11].id == "s22");
    CHECK(all_ids_unique(d));
    // Laying the same period out again replaces those shifts: still unique, no more of them.
    apply_rotation(d, daily_rotation(), D("2026-03-01"), D("2026-03-10"));
    CHECK(d.shifts.size() == 12);
    CHECK(all_ids_unique(d));
}

TEST_CASE("days of the holiday plans over Christmas and Easter 2026 get no rotation shifts") {
    Document d = doc_with(3);
    PlanData plan;
    plan.holiday_plans = {
        holiday_plan("jul", "2026-12-24", "2026-12-26",
                     {shift("h1", "a2", "2026-12-24T14:00", "2026-12-24T22:00"),
                      shift("h2", "a3", "2026-12-26T22:00", "2026-12-27T08:00", ShiftStatus::Planned, nullptr, true)}),
        holiday_plan("paske", "2026-04-02", "2026-04-06", {shift("h1", "a3", "2026-04-05T10:00", "2026-04-05T18:00")}),
    };
    write_plan(d, plan);

    Document rotation_first = d;
    apply_rotation(rotation_first, daily_rotation(), D("2026-03-30"), D("2026-04-12"));
    apply_rotation(rotation_first, daily_rotation(), D("2026-12-21"), D("2027-01-03"));
    for (const auto& s : rotation_first.shifts) {
        bool easter = s.start.date >= D("2026-04-02") && s.start.date <= D("2026-04-06");
        bool christmas = s.start.date >= D("2026-12-24") && s.start.date <= D("2026-12-26");
        CHECK_FALSE(easter);
        CHECK_FALSE(christmas);
    }
    CHECK(rotation_first.shifts.size() == 14 - 5 + 14 - 3);

    for (const auto& h : plan.holiday_plans) apply_holiday_plan(rotation_first, h);
    CHECK(rotation_first.shifts.size() == 20 + 3);
    const Shift* eve = find_start(rotation_first.shifts, "2026-12-24T14:00");
    REQUIRE(eve);
    CHECK(eve->assistant == "a2");
    CHECK(shift_origin(*eve) == "holiday_plan");
    CHECK(eve->extra["holiday_plan"] == "jul");
    const Shift* night = find_start(rotation_first.shifts, "2026-12-26T22:00");
    REQUIRE(night);
    CHECK(night->passive_night);
    CHECK(all_ids_unique(rotation_first));

    // Holiday plans first, then the rotation: the same plan.
    Document holidays_first = d;
    for (const auto& h : plan.holiday_plans) apply_holiday_plan(holidays_first, h);
    apply_rotation(holidays_first, daily_rotation(), D("2026-03-30"), D("2026-04-12"));
    apply_rotation(holidays_first, daily_rotation(), D("2026-12-21"), D("2027-01-03"));
    CHECK(content(holidays_first) == content(rotation_first));
    CHECK(all_ids_unique(holidays_first));
}

TEST_CASE("a holiday plan removes planned rotation shifts on its days, keeps the others, and applying it twice changes nothing") {
    Document d = doc_with(3);
    apply_rotation(d, daily_rotation(), D("2026-12-21"), D("2026-12-31"));
    REQUIRE(d.shifts.size() == 11);
    d.shifts[3].status = ShiftStatus::Worked;                                 // 24 Dec, worked: kept
    d.shifts.push_back(shift("s100", "a2", "2026-12-25T10:00", "2026-12-25T12:00"));  // manual: kept
    HolidayPlan h = holiday_plan("jul", "2026-12-24", "2026-12-26",
                                 {shift("h1", "a3", "2026-12-25T08:00", "2026-12-25T16:00"),
                                  shift("h2", "a3", "2026-12-26T08:00", "2026-12-26T16:00")});
    apply_holiday_plan(d, h);
    // 11 rotation shifts - 2 planned ones on 25 and 26 Dec + the manual one + 2 from the plan.
    CHECK(d.shifts.size() == 11 - 2 + 1 + 2);
    CHECK(find_start(d.shifts, "2026-12-24T08:00"));
    CHECK(find_start(d.shifts, "2026-12-25T10:00"));
    CHECK(find_start(d.shifts, "2026-12-25T08:00")->assistant == "a3");
    auto once = content(d);
    apply_holiday_plan(d, h);
    CHECK(content(d) == once);
    // A shift of the plan that was worked is not laid out again.
    for (auto& s : d.shifts)
        if (s.start == T("2026-12-25T08:00")) s.status = ShiftStatus::Worked;
    apply_holiday_plan(d, h);
    CHECK(d.shifts.size() == once.size());
    CHECK(all_ids_unique(d));
}

TEST_CASE("swapping two shifts swaps their assistants; an unknown id changes nothing") {
    Document d = doc_with(2);
    d.shifts = {shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00", ShiftStatus::Planned, "rotation"),
                shift("s2", "a2", "2026-03-03T08:00", "2026-03-03T16:00", ShiftStatus::Planned, "rotation")};
    swap_assistants(d, "s1", "s2");
    CHECK(d.shifts[0].assistant == "a2");
    CHECK(d.shifts[1].assistant == "a1");
    CHECK(shift_origin(d.shifts[0]) == "rotation");
    swap_assistants(d, "s1", "s9");
    CHECK(d.shifts[0].assistant == "a2");
}

// [SECTION] Plan JSON ----------------------------------------------------------------------
TEST_CASE("the plan fixture reads without problems and both round trips give the same bytes") {
    std::string text = fixture("valid_plan.json");
    ReadResult r = read_document(text);
    REQUIRE(r.ok());
    CHECK(write_document(*r.document) == text);

    Problems problems;
    PlanData plan = read_plan(*r.document, &problems);
    CHECK(problems.empty());
    REQUIRE(plan.need.size() == 4);
    CHECK(plan.need[0].assistants == 2);
    CHECK(plan.need[2].from.minutes() == hm(22));
    CHECK(plan.need[2].to.minutes() == hm(7, 30));
    CHECK(plan.need[2].passive_night);
    CHECK_FALSE(plan.need[0].passive_night);
    CHECK(plan.need[3].to.minutes() == 1440);
    CHECK(plan.need[1].extra == Json{{"x_color", "#88aa00"}});
    REQUIRE(plan.rotation);
    CHECK(plan.rotation->weeks == 2);
    CHECK(plan.rotation->start == D("2026-01-05"));
    CHECK(plan.rotation->extra == Json{{"name", "Grunnturnus 2026"}});
    REQUIRE(plan.rotation->shifts.size() == 4);
    CHECK(plan.rotation->shifts[2].passive_night);
    CHECK(plan.rotation->shifts[2].extra == Json{{"x_note", "natt"}});
    REQUIRE(plan.holiday_plans.size() == 2);
    CHECK(plan.holiday_plans[0].id == "jul2026");
    CHECK(plan.holiday_plans[0].extra == Json{{"x_approved", "2026-11-20"}});
    REQUIRE(plan.holiday_plans[0].shifts.size() == 2);
    CHECK(plan.holiday_plans[0].shifts[1].extra == Json{{"x_swap_ok", true}});
    CHECK(plan.holiday_plans[1].name == "Påske 2026");

    Document rewritten = *r.document;
    write_plan(rewritten, plan);
    CHECK(write_document(rewritten) == text);
}

TEST_CASE("write_plan then read_plan gives the same plan data, unknown members included") {
    Document d = doc_with(2);
    PlanData plan;
    plan.need = {block(Weekday::Monday, hm(7), hm(9), 2, "Morgenstell"), block(Weekday::Sunday, hm(22), hm(6), 1, "Natt")};
    plan.need[0].extra = Json{{"x_color", "red"}};
    Rotation r = rotation(3, "2026-01-05", {tmpl(2, Weekday::Friday, hm(15), 1440, "a2")});
    r.shifts[0].break_minutes = 30;
    r.shifts[0].extra = Json{{"x", 1}};
    r.extra = Json{{"name", "Turnus"}};
    plan.rotation = r;
    plan.holiday_plans = {holiday_plan("h", "2026-12-24", "2026-12-24", {shift("x1", "a1", "2026-12-24T08:00", "2026-12-24T12:00")})};
    plan.holiday_plans[0].shifts[0].extra = Json{{"note", "julaften"}};
    write_plan(d, plan);
    Problems problems;
    CHECK(read_plan(d, &problems) == plan);
    CHECK(problems.empty());
    // And through the file.
    ReadResult back = read_document(write_document(d));
    REQUIRE(back.ok());
    CHECK(read_plan(*back.document) == plan);
    CHECK(back.document->extra["need"][0]["to"] == "09:00");
    CHECK(back.document->extra["rotation"]["shifts"][0]["to"] == "24:00");
}

TEST_CASE("an empty plan removes its keys, and other unknown top-level fields stay") {
    Document d = doc_with(1);
    d.extra["x_notes"] = "behold";
    PlanData plan;
    plan.need = {block(Weekday::Monday, hm(7), hm(9), 1)};
    plan.rotation = rotation(1, "2026-01-05", {});
    write_plan(d, plan);
    CHECK(d.extra.contains("need"));
    CHECK(d.extra.contains("rotation"));
    CHECK_FALSE(d.extra.contains("holiday_plans"));
    write_plan(d, PlanData{});
    CHECK(d.extra == Json{{"x_notes", "behold"}});
    CHECK(read_plan(d) == PlanData{});
}

TEST_CASE("plan problems name their JSON paths") {
    ReadResult r = read_document(fixture("broken_plan.json"));
    REQUIRE(r.ok());  // the core reader keeps the plan as unknown fields
    std::vector<Found> expected = {
        {"need[0].assistants", ProblemKind::OutOfRange},
        {"need[1].weekday", ProblemKind::OutOfRange},
        {"need[1].from", ProblemKind::NotATime},
        {"rotation.start", ProblemKind::NotAMonday},
        {"rotation.shifts[1].week", ProblemKind::OutOfRange},
        {"rotation.shifts[2].to", ProblemKind::NotATime},
        {"rotation.shifts[3].assistant", ProblemKind::UnknownAssistant},
        {"holiday_plans[0].shifts[0].start", ProblemKind::OutOfRange},
    };
    CHECK(plan_problems(*r.document) == expected);
    Problems p;
    read_plan(*r.document, &p);
    REQUIRE(p.size() == 8);
    CHECK(describe_en(p[5]) == "\"25:00\" is not a time HH:MM");
    CHECK(describe_en(p[3]) == "\"2026-01-06\" is not a Monday");
    CHECK(p[7].detail == "2026-12-24..2026-12-26");
}

TEST_CASE("plan problems: types, missing fields, periods, ids and summer time") {
    Document d = doc_with(1);
    d.extra["need"] = Json::object();
    d.extra["rotation"] = Json{{"start", "2026-01-05"}, {"shifts", {{{"weekday", 1}, {"from", "24:00"}, {"to", "24:00"}, {"assistant", "a1"}}}}};
    d.extra["holiday_plans"] = Json::array({
        Json{{"id", "p"}, {"from", "2026-12-26"}, {"to", "2026-12-24"}},
        Json{{"id", "p"}, {"from", "2026-03-28"}, {"to", "2026-03-29"},
             {"shifts", {{{"id", "x"}, {"assistant", "a1"}, {"start", "2026-03-29T02:30"}, {"end", "2026-03-29T08:00"}},
                         {{"id", "x"}, {"assistant", "a1"}, {"start", "2026-03-28T08:00"}, {"end", "2026-03-28T08:00"}, {"status", "done"}}}}},
        Json("not an object"),
    });
    std::vector<Found> expected = {
        {"need", ProblemKind::WrongType},
        {"rotation.weeks", ProblemKind::MissingField},
        {"rotation.shifts[0].from", ProblemKind::NotATime},  // "24:00" is only an end
        {"holiday_plans[0].to", ProblemKind::EndBeforeStart},
        {"holiday_plans[1].id", ProblemKind::DuplicateId},
        {"holiday_plans[1].shifts[0].start", ProblemKind::NonexistentLocalTime},
        {"holiday_plans[1].shifts[1].id", ProblemKind::DuplicateId},
        {"holiday_plans[1].shifts[1].end", ProblemKind::ZeroLength},
        {"holiday_plans[1].shifts[1].status", ProblemKind::UnknownValue},
        {"holiday_plans[2]", ProblemKind::WrongType},
    };
    CHECK(plan_problems(d) == expected);
    // A rotation without weeks is left out whole; a holiday plan with a problem of its own too.
    PlanData plan = read_plan(d);
    CHECK_FALSE(plan.rotation);
    CHECK(plan.holiday_plans.empty());
}

TEST_CASE("read_plan leaves out the elements with problems and keeps the rest") {
    Document d = doc_with(1);
    d.extra["need"] = Json::array({Json{{"weekday", 1}, {"from", "07:00"}, {"to", "09:00"}},
                                   Json{{"weekday", 2}, {"from", "07:00"}, {"to", "9"}},
                                   Json{{"weekday", 3}, {"from", "22:00"}, {"to", "06:00"}, {"assistants", 2}}});
    d.extra["rotation"] = Json{{"weeks", 2}, {"start", "2026-01-05"},
                               {"shifts", {{{"week", 2}, {"weekday", 1}, {"from", "08:00"}, {"to", "16:00"}, {"assistant", "a1"}},
                                           {{"week", 3}, {"weekday", 1}, {"from", "08:00"}, {"to", "16:00"}, {"assistant", "a1"}}}}};
    Problems p;
    PlanData plan = read_plan(d, &p);
    CHECK(p.size() == 2);
    REQUIRE(plan.need.size() == 2);
    CHECK(plan.need[0].assistants == 1);  // the default
    CHECK(plan.need[0].task.empty());
    CHECK(plan.need[1].weekday == Weekday::Wednesday);
    REQUIRE(plan.rotation);
    REQUIRE(plan.rotation->shifts.size() == 1);
    CHECK(plan.rotation->shifts[0].week == 2);
}

// [SECTION] Hours ---------------------------------------------------------------------------
TEST_CASE("a 22:00-07:00 night counts 8 h over 28-29 March 2026 and 10 h over 24-25 October 2026") {
    Document d = doc_with(1);
    d.shifts = {shift("s1", "a1", "2026-03-28T22:00", "2026-03-29T07:00"),
                shift("s2", "a1", "2026-10-24T22:00", "2026-10-25T07:00")};
    CHECK(minutes_on_day(d.shifts[0], D("2026-03-28"), Zone::Oslo) == hours(2));
    CHECK(minutes_on_day(d.shifts[0], D("2026-03-29"), Zone::Oslo) == hours(6));
    CHECK(minutes_on_day(d.shifts[1], D("2026-10-24"), Zone::Oslo) == hours(2));
    CHECK(minutes_on_day(d.shifts[1], D("2026-10-25"), Zone::Oslo) == hours(8));
    CHECK(minutes_on_day(d.shifts[1], D("2026-10-26"), Zone::Oslo) == Minutes{0});
    CHECK(hours_between(d, D("2026-03-01"), D("2026-03-31"), 1.0).clock == hours(8));
    CHECK(hours_between(d, D("2026-10-01"), D("2026-10-31"), 1.0).clock == hours(10));
}

TEST_CASE("a passive night is paid at 1/3 for 00:00-06:00: 22:00-07:00 gives 9 h clock and 5 h paid") {
    Document d = doc_with(2);
    d.shifts = {shift("s1", "a1", "2026-03-05T22:00", "2026-03-06T07:00", ShiftStatus::Planned, nullptr, true),
                shift("s2", "a2", "2026-03-05T22:00", "2026-03-06T07:00")};  // awake night: all paid
    HoursResult h = hours_between(d, D("2026-03-01"), D("2026-03-31"), 1.0 / 3.0);
    REQUIRE(h.assistants.size() == 2);
    CHECK(h.assistants[0].assistant == "a1");
    CHECK(h.assistants[0].clock == hours(9));
    CHECK(h.assistants[0].paid_hours == doctest::Approx(5.0));
    CHECK(h.assistants[1].paid_hours == doctest::Approx(9.0));
    CHECK(h.clock == hours(18));
    CHECK(h.paid_hours == doctest::Approx(14.0));
    // Over the spring change the passive part is 5 real hours: 8 - 5 x 2/3.
    d.shifts[0] = shift("s1", "a1", "2026-03-28T22:00", "2026-03-29T07:00", ShiftStatus::Planned, nullptr, true);
    h = hours_between(d, D("2026-03-28"), D("2026-03-29"), 1.0 / 3.0);
    CHECK(h.assistants[0].paid_hours == doctest::Approx(8.0 - 5.0 * 2.0 / 3.0));
}

TEST_CASE("hours are split at the edges of from..to, passive part included") {
    Document d = doc_with(1);
    d.shifts = {shift("s1", "a1", "2026-03-05T22:00", "2026-03-06T07:00", ShiftStatus::Planned, nullptr, true),
                shift("s2", "a1", "2026-03-06T22:00", "2026-03-08T10:00")};  // 36 h, across two edges
    HoursResult first = hours_between(d, D("2026-03-05"), D("2026-03-05"), 1.0 / 3.0);
    CHECK(first.clock == hours(2));
    CHECK(first.paid_hours == doctest::Approx(2.0));
    HoursResult second = hours_between(d, D("2026-03-06"), D("2026-03-06"), 1.0 / 3.0);
    CHECK(second.clock == hours(7 + 2));
    CHECK(second.paid_hours == doctest::Approx(1.0 + 6.0 / 3.0 + 2.0));
    CHECK(hours_between(d, D("2026-03-07"), D("2026-03-07"), 1.0 / 3.0).clock == hours(24));
    CHECK(hours_between(d, D("2026-03-08"), D("2026-03-09"), 1.0 / 3.0).clock == hours(10));
    CHECK(hours_between(d, D("2026-03-09"), D("2026-03-08"), 1.0 / 3.0).clock == Minutes{0});
}

TEST_CASE("cancelled shifts count for nothing; planned and worked count with their breaks") {
    Document d = doc_with(2);
    d.shifts = {shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00", ShiftStatus::Worked),
                shift("s2", "a1", "2026-03-03T08:00", "2026-03-03T16:00", ShiftStatus::Cancelled),
                shift("s3", "a2", "2026-03-04T08:00", "2026-03-04T16:00", ShiftStatus::Planned)};
    d.shifts[0].break_minutes = 30;  // AML 10-9 (1): counts as working time when the assistant cannot leave
    HoursResult h = hours_between(d, D("2026-03-01"), D("2026-03-31"), 1.0 / 3.0);
    CHECK(h.assistants[0].clock == hours(8));
    CHECK(h.assistants[1].clock == hours(8));
    CHECK(h.clock == hours(16));
    CHECK(h.paid_hours == doctest::Approx(16.0));
}

TEST_CASE("the passive factor: 1/3 in Norway, 1 in Denmark, or the arrangement's own") {
    Document no = doc_with(0, Jurisdiction::NO);
    Document dk = doc_with(0, Jurisdiction::DK);
    CHECK(passive_factor_of(no.arrangement) == doctest::Approx(1.0 / 3.0));
    CHECK(passive_factor_of(dk.arrangement) == 1.0);
    dk.arrangement.rules["passive_factor"] = 0.5;
    CHECK(passive_factor_of(dk.arrangement) == 0.5);
    Problems p;
    no.arrangement.rules["passive_factor"] = "third";
    CHECK(passive_factor_of(no.arrangement, &p) == doctest::Approx(1.0 / 3.0));
    no.arrangement.rules["passive_factor"] = 3;
    passive_factor_of(no.arrangement, &p);
    REQUIRE(p.size() == 2);
    CHECK(p[0].path == "arrangement.rules.passive_factor");
    CHECK(p[0].kind == ProblemKind::WrongType);
    CHECK(p[1].kind == ProblemKind::OutOfRange);
}

// [SECTION] Coverage --------------------------------------------------------------------------
TEST_CASE("coverage counts uncovered and understaffed minutes of a 2-assistant need") {
    Document d = doc_with(2);
    d.shifts = {shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T10:00"),
                shift("s2", "a2", "2026-03-02T09:00", "2026-03-02T10:30"),
                shift("s3", "a2", "2026-03-02T11:00", "2026-03-02T12:00", ShiftStatus::Cancelled)};
    std::vector<NeedBlock> need = {block(Weekday::Monday, hm(8), hm(10), 2), block(Weekday::Monday, hm(10), hm(12), 1)};
    Coverage c = coverage(d, need, D("2026-03-02"), D("2026-03-02"));
    REQUIRE(c.days.size() == 1);
    const CoverageDay& day = c.days[0];
    CHECK(day.needed == Minutes{240 + 120});
    CHECK(day.understaffed == Minutes{60});  // 08:00-09:00: one of two
    CHECK(day.uncovered == Minutes{90});     // 10:30-12:00: nobody (the cancelled shift counts for nothing)
    CHECK(day.missing == Minutes{60 + 90});
    CHECK(day.planned == Minutes{120 + 90});
    REQUIRE(day.gaps.size() == 2);
    CHECK(day.gaps[0].from == T("2026-03-02T08:00"));
    CHECK(day.gaps[0].to == T("2026-03-02T09:00"));
    CHECK(day.gaps[0].needed == 2);
    CHECK(day.gaps[0].present == 1);
    CHECK(day.gaps[1].from == T("2026-03-02T10:30"));
    CHECK(day.gaps[1].to == T("2026-03-02T12:00"));
    CHECK(day.gaps[1].present == 0);
}

TEST_CASE("a need with nobody at all is uncovered; a gap splits where the count changes") {
    Document d = doc_with(1);
    d.shifts = {shift("s1", "a1", "2026-03-03T08:30", "2026-03-03T09:00")};
    Coverage c = coverage(d, {block(Weekday::Tuesday, hm(8), hm(10), 2)}, D("2026-03-03"), D("2026-03-03"));
    const CoverageDay& day = c.days[0];
    CHECK(day.uncovered == Minutes{90});
    CHECK(day.understaffed == Minutes{30});
    CHECK(day.missing == Minutes{90 * 2 + 30});
    REQUIRE(day.gaps.size() == 3);
    CHECK(day.gaps[0].present == 0);
    CHECK(day.gaps[1].present == 1);
    CHECK(day.gaps[1].from == T("2026-03-03T08:30"));
    CHECK(day.gaps[2].to == T("2026-03-03T10:00"));
}

TEST_CASE("a night block across midnight continues into the next day, also from before the range") {
    Document d = doc_with(1);
    d.shifts = {shift("s1", "a1", "2026-03-02T22:00", "2026-03-03T06:00")};
    std::vector<NeedBlock> need = {block(Weekday::Monday, hm(22), hm(7), 1)};
    Coverage c = coverage(d, need, D("2026-03-02"), D("2026-03-03"));
    REQUIRE(c.days.size() == 2);
    CHECK(c.days[0].needed == hours(2));
    CHECK(c.days[0].uncovered == Minutes{0});
    CHECK(c.days[0].gaps.empty());
    CHECK(c.days[1].needed == hours(7));
    CHECK(c.days[1].uncovered == hours(1));
    REQUIRE(c.days[1].gaps.size() == 1);
    CHECK(c.days[1].gaps[0].from == T("2026-03-03T06:00"));
    CHECK(c.days[1].gaps[0].to == T("2026-03-03T07:00"));
    // Tuesday alone: Monday's block and shift still reach into it.
    Coverage tuesday = coverage(d, need, D("2026-03-03"), D("2026-03-03"));
    CHECK(tuesday.days[0].needed == hours(7));
    CHECK(tuesday.days[0].uncovered == hours(1));
    CHECK(tuesday.days[0].planned == hours(6));
}

TEST_CASE("the need through the October change night lasts an hour longer") {
    Document d = doc_with(1);
    d.shifts = {shift("s1", "a1", "2026-10-24T22:00", "2026-10-25T07:00")};
    Coverage c = coverage(d, {block(Weekday::Saturday, hm(22), hm(7), 1)}, D("2026-10-24"), D("2026-10-25"));
    CHECK(c.days[1].needed == hours(8));
    CHECK(c.days[1].uncovered == Minutes{0});
    CHECK(c.days[1].planned == hours(8));
    CHECK(c.weeks.size() == 1);
    CHECK(c.weeks[0].planned == hours(10));
}

TEST_CASE("overlapping need blocks ask for the larger count, not the sum") {
    Document d = doc_with(1);
    d.shifts = {shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T12:00")};
    Coverage c = coverage(d, {block(Weekday::Monday, hm(8), hm(12), 1), block(Weekday::Monday, hm(9), hm(10), 1)},
                          D("2026-03-02"), D("2026-03-02"));
    CHECK(c.days[0].needed == hours(4));
    CHECK(c.days[0].gaps.empty());
}

TEST_CASE("decided hours of a week follow the decision of each day when it changes mid-week") {
    Document d = doc_with(1);
    // Week 10 of 2026 is Monday 2 .. Sunday 8 March: 3 days at 35 h/week, 4 days at 43.75 h/week.
    d.arrangement.decisions = {decision("2026-01-01", "2026-03-04", 35), decision("2026-03-05", nullptr, 43.75)};
    for (int i = 0; i < 4; ++i) {
        std::string day = "2026-03-0" + std::to_string(2 + i);
        Shift s = shift("s" + std::to_string(i + 1), "a1", (day + "T08:00").c_str(), (day + "T16:30").c_str());
        d.shifts.push_back(s);
    }
    Coverage c = coverage(d, {}, D("2026-03-02"), D("2026-03-08"));
    REQUIRE(c.weeks.size() == 1);
    const CoverageWeek& w = c.weeks[0];
    CHECK(w.week == IsoWeek{2026, 10});
    CHECK(w.from == D("2026-03-02"));
    CHECK(w.to == D("2026-03-08"));
    CHECK(w.decided_hours == doctest::Approx(3 * 5.0 + 4 * 6.25));  // 40
    CHECK(w.planned == hours(34));
    CHECK(w.reserve_hours == doctest::Approx(6.0));
    CHECK(w.reserve_percent == doctest::Approx(15.0));  // within seed 002 § 2.6's 10-20 %
}

TEST_CASE("a week planned over its decision has a negative reserve: the hours and the share over") {
    Document d = doc_with(1);
    d.arrangement.decisions = {decision("2026-01-01", nullptr, 20)};
    for (int i = 0; i < 5; ++i) {
        std::string day = "2026-03-0" + std::to_string(2 + i);
        d.shifts.push_back(shift("s" + std::to_string(i + 1), "a1", (day + "T08:00").c_str(), (day + "T19:05").c_str()));
    }
    Coverage c = coverage(d, {}, D("2026-03-02"), D("2026-03-08"));
    REQUIRE(c.weeks.size() == 1);
    CHECK(c.weeks[0].planned == Minutes{5 * 665});                        // 55 h 25 min
    CHECK(c.weeks[0].reserve_hours == doctest::Approx(20 - 5 * 665 / 60.0));  // -35.42 h
    CHECK(c.weeks[0].reserve_percent == doctest::Approx(-177.08).epsilon(0.001));
}

TEST_CASE("weeks are cut at the range's edges and a week without a decision has no reserve") {
    Document d = doc_with(1);
    d.arrangement.decisions = {decision("2026-03-01", "2026-03-09", 70)};
    d.shifts = {shift("s1", "a1", "2026-03-04T08:00", "2026-03-04T18:00"),
                shift("s2", "a1", "2026-03-10T08:00", "2026-03-10T18:00")};
    Coverage c = coverage(d, {}, D("2026-03-04"), D("2026-03-16"));
    REQUIRE(c.weeks.size() == 3);
    CHECK(c.weeks[0].from == D("2026-03-04"));
    CHECK(c.weeks[0].to == D("2026-03-08"));
    CHECK(c.weeks[0].decided_hours == doctest::Approx(50.0));  // 5 days x 10 h
    CHECK(c.weeks[0].reserve_percent == doctest::Approx(80.0));
    CHECK(c.weeks[1].from == D("2026-03-09"));
    CHECK(c.weeks[1].decided_hours == doctest::Approx(10.0));  // only Monday 9 March is decided
    CHECK(c.weeks[1].planned == hours(10));
    CHECK(c.weeks[1].reserve_percent == doctest::Approx(0.0));
    CHECK(c.weeks[2].from == D("2026-03-16"));
    CHECK(c.weeks[2].to == D("2026-03-16"));
    CHECK(c.weeks[2].decided_hours == 0);
    CHECK(c.weeks[2].reserve_percent == 0);
    CHECK(c.days.size() == 13);
}

TEST_CASE("a year of coverage for a rotation of 12 assistants meets a typical need") {
    Document d = doc_with(12);
    d.arrangement.decisions = {decision("2026-01-01", nullptr, 168 * 1.25)};
    std::vector<TemplateShift> t;
    // Two on day shifts 07:00-15:00 and 15:00-23:00, one awake night 23:00-07:00, over a 4-week rotation.
    for (int week = 1; week <= 4; ++week)
        for (int wd = 1; wd <= 7; ++wd) {
            int k = (week * 7 + wd) % 12;
            t.push_back(tmpl(week, static_cast<Weekday>(wd), hm(7), hm(15), "a" + std::to_string(k + 1)));
            t.push_back(tmpl(week, static_cast<Weekday>(wd), hm(15), hm(23), "a" + std::to_string((k + 3) % 12 + 1)));
            t.push_back(tmpl(week, static_cast<Weekday>(wd), hm(23), hm(7), "a" + std::to_string((k + 6) % 12 + 1)));
        }
    apply_rotation(d, rotation(4, "2026-01-05", t), D("2025-12-31"), D("2027-01-01"));
    CHECK(all_ids_unique(d));
    std::vector<NeedBlock> need;
    for (int wd = 1; wd <= 7; ++wd) need.push_back(block(static_cast<Weekday>(wd), 0, 0, 1));  // round the clock
    Coverage c = coverage(d, need, D("2026-01-01"), D("2026-12-31"));
    REQUIRE(c.days.size() == 365);
    for (const auto& day : c.days) {
        INFO(day.date.str());
        CHECK(day.uncovered == Minutes{0});
        CHECK(day.needed == day.planned);
    }
    CHECK(c.days[87].date == D("2026-03-29"));
    CHECK(c.days[87].needed == hours(23));
    CHECK(c.days[297].needed == hours(25));
    HoursResult h = hours_between(d, D("2026-01-01"), D("2026-12-31"), 1.0);
    CHECK(h.clock == hours(365 * 24));
}
