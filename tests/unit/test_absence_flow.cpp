// The absence flows as a person expects them: an absence shows what it means
// before it is saved, the vacation planner warns when too many are away at
// once, the vacation notice counts from the day the wish was made or notice
// given, and the substitute finder lists everyone with the reason they cannot
// take a shift, can give it anyway, and can split it between two.
#include <doctest/doctest.h>

#include "support.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/leave.h"
#include "core/rules/rules.h"

using namespace bpa;
using namespace bpa::test;

namespace {

Document arrangement(Jurisdiction j = Jurisdiction::NO) {
    Document doc;
    doc.arrangement.name = "Fravær";
    doc.arrangement.jurisdiction = j;
    doc.arrangement.decisions = {{D("2020-01-01"), std::nullopt, 80, "", Json::object()}};
    return doc;
}

Absence absence(const char* assistant, AbsenceType type, const char* from, const char* to, Json extra = Json::object()) {
    Absence a;
    a.assistant = assistant;
    a.type = type;
    a.from = D(from);
    a.to = D(to);
    a.extra = std::move(extra);
    return a;
}

const Absence& only_absence(const Document& doc) {
    REQUIRE(doc.absences.size() == 1);
    return doc.absences.front();
}


const Shift& shift_by_id(const Document& doc, const std::string& id) {
    for (const auto& s : doc.shifts)
        if (s.id == id) return s;
    FAIL("no shift " << id);
    return doc.shifts.front();
}

const SubstituteCandidate& candidate(const SubstituteSearch& search, const char* assistant) {
    for (const auto& c : search.candidates)
        if (c.assistant == assistant) return c;
    FAIL("no candidate " << assistant);
    return search.candidates.front();
}

bool has_reason(const SubstituteCandidate& c, const char* rule, const char* side) {
    return std::any_of(c.reasons.begin(), c.reasons.end(), [&](const SubstituteReason& r) {
        return r.error && r.violation && r.violation->rule == rule && r.side == side;
    });
}

}  // namespace

// [SECTION] An absence before it is saved ---------------------------------------
TEST_CASE("an egenmelding before two months' employment: the form knows before saving, and offers a sykemelding") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2026-01-10");  // egenmelding from 2026-03-10
    Absence sick = absence("a1", AbsenceType::Egenmelding, "2026-02-20", "2026-02-21");
    AbsenceConsequences c = absence_consequences(doc, sick);
    CHECK(codes(c.findings) == std::vector<std::string>{"egenmelding_not_eligible"});
    CHECK(c.findings[0].from == D("2026-02-20"));
    CHECK(c.findings[0].to == D("2026-02-21"));
    REQUIRE(c.instead.has_value());
    CHECK(*c.instead == AbsenceType::Sykemelding);
    CHECK(doc.absences.empty());  // nothing saved

    sick.type = AbsenceType::Sykemelding;
    c = absence_consequences(doc, sick);
    CHECK(c.findings.empty());
    CHECK_FALSE(c.instead.has_value());

    // From the day two months are reached it is allowed.
    Absence later = absence("a1", AbsenceType::Egenmelding, "2026-03-10", "2026-03-10");
    c = absence_consequences(doc, later);
    CHECK(c.findings.empty());
    CHECK_FALSE(c.instead.has_value());
}

TEST_CASE("a 4-day statutory egenmelding needs a sykemelding; findings already there are not repeated") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    AbsenceConsequences c = absence_consequences(doc, absence("a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-05"));
    CHECK(codes(c.findings) == std::vector<std::string>{"egenmelding_too_long"});
    CHECK(c.findings[0].value == 4);
    CHECK(c.findings[0].limit == 3);
    CHECK(c.instead == AbsenceType::Sykemelding);

    // An old too-long egenmelding is already in the document: a new, short one brings nothing new.
    REQUIRE(register_absence(doc, absence("a1", AbsenceType::Egenmelding, "2025-06-02", "2025-06-06"), D("2025-06-02")));
    c = absence_consequences(doc, absence("a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-03"));
    CHECK(c.findings.empty());
}

TEST_CASE("a vacation given too late notice is shown before saving, without another type to offer") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    Absence v = absence("a1", AbsenceType::Vacation, "2026-07-06", "2026-07-10",
                        Json{{"status", "approved"}, {"requested_on", "2026-06-01"}});
    AbsenceConsequences c = absence_consequences(doc, v);
    CHECK(codes(c.findings) == std::vector<std::string>{"vacation_notice_short"});
    CHECK_FALSE(c.instead.has_value());
    v.extra["requested_on"] = "2026-05-06";  // exactly 2 months before
    CHECK(absence_consequences(doc, v).findings.empty());
}

// [SECTION] The plan at the absence's week ------------------------------------------
TEST_CASE("an absence opens the plan at the Monday of its first day's week") {
    CHECK(monday_of(D("2026-03-25")) == D("2026-03-23"));  // a Wednesday
    CHECK(monday_of(D("2026-03-23")) == D("2026-03-23"));  // a Monday
    CHECK(monday_of(D("2026-03-29")) == D("2026-03-23"));  // a Sunday
    CHECK(monday_of(D("2027-01-01")) == D("2026-12-28"));  // across the new year
}

// [SECTION] Too many away at once -------------------------------------------------
TEST_CASE("at most half of those employed may be away at once, at least 1") {
    CHECK(max_away_at_once(0) == 1);
    CHECK(max_away_at_once(1) == 1);
    CHECK(max_away_at_once(2) == 1);
    CHECK(max_away_at_once(3) == 1);
    CHECK(max_away_at_once(4) == 2);
    CHECK(max_away_at_once(5) == 2);
    CHECK(max_away_at_once(6) == 3);
    CHECK(max_away_at_once(15) == 7);
}

TEST_CASE("too many away: the days more have vacation than the limit of those employed that day, wishes counted") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    employ(doc, "a2", "Kari", "2020-01-01");
    employ(doc, "a3", "Per", "2020-01-01");
    employ(doc, "a4", "Siri", "2026-07-08");  // from Wednesday: four employed, the limit becomes 2
    Date today = D("2026-03-01");
    REQUIRE(register_absence(doc, absence("a1", AbsenceType::Vacation, "2026-07-06", "2026-07-10"), today));
    REQUIRE(register_absence(doc, absence("a2", AbsenceType::Vacation, "2026-07-06", "2026-07-08", Json{{"status", "wish"}}), today));
    REQUIRE(register_absence(doc, absence("a3", AbsenceType::Sykemelding, "2026-07-06", "2026-07-10"), today));

    auto days = too_many_away(doc, D("2026-07-01"), D("2026-07-31"));
    REQUIRE(days.size() == 2);  // 6 and 7 July: 2 of 3 away, limit 1; from the 8th 2 of 4 is allowed
    CHECK(days[0].date == D("2026-07-06"));
    CHECK(days[1].date == D("2026-07-07"));
    CHECK(days[0].assistants == std::vector<std::string>{"a1", "a2"});  // sick leave is not vacation
    CHECK(days[0].employed == 3);
    CHECK(max_away_at_once(days[0].employed) == 1);
    CHECK(too_many_away(doc, D("2026-07-01"), D("2026-07-31"), false).empty());  // without the wish

    // The limit the planner explains, on a day.
    CHECK(away_limit(doc, D("2026-07-07")).employed == 3);
    CHECK(away_limit(doc, D("2026-07-07")).max_away == 1);
    CHECK(away_limit(doc, D("2026-07-08")).employed == 4);
    CHECK(away_limit(doc, D("2026-07-08")).max_away == 2);
    CHECK(away_limit(doc, D("2019-12-31")).employed == 0);
    CHECK(away_limit(doc, D("2019-12-31")).max_away == 1);
}

TEST_CASE("a wish added in the planner for the chosen assistant, then approved from there") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    Outcome o = register_absence(doc, absence("a1", AbsenceType::Vacation, "2026-07-06", "2026-07-24", Json{{"status", "wish"}}),
                                 D("2026-03-02"));
    REQUIRE(o);
    CHECK(is_vacation_wish(only_absence(doc)));
    CHECK(vacation_requested_on(only_absence(doc)) == D("2026-03-02"));
    CHECK(vacation_findings(doc, doc.assistants[0], 2026).empty());
    REQUIRE(approve_vacation_wish(doc, o.id));
    CHECK_FALSE(is_vacation_wish(only_absence(doc)));
    CHECK(approve_vacation_wish(doc, o.id).refusal == Refusal::NotAllowed);
}

// [SECTION] The vacation notice date ------------------------------------------------
TEST_CASE("the vacation notice counts from the day the wish was made or notice given, to the day") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    const Assistant& a = doc.assistants[0];
    // Typed in long after the assistant asked: the notice date comes from the form.
    Outcome o = register_absence(doc, absence("a1", AbsenceType::Vacation, "2026-08-03", "2026-08-14",
                                              Json{{"status", "approved"}, {"requested_on", "2026-06-03"}}),
                                 D("2026-07-20"));
    REQUIRE(o);
    CHECK(vacation_requested_on(only_absence(doc)) == D("2026-06-03"));
    CHECK(vacation_findings(doc, a, 2026).empty());  // 2 months to the day: in time

    REQUIRE(set_vacation_notice_date(doc, o.id, D("2026-06-04")));  // one day late
    auto f = vacation_findings(doc, a, 2026);
    REQUIRE(f.size() == 1);
    CHECK(f[0].code == "vacation_notice_short");
    CHECK(f[0].value == 60);
    CHECK(f[0].limit == 2);
    CHECK(f[0].due == D("2026-06-03"));

    REQUIRE(set_vacation_notice_date(doc, o.id, D("2026-06-03")));
    CHECK(vacation_findings(doc, a, 2026).empty());

    CHECK(set_vacation_notice_date(doc, o.id, D("2026-08-04")).refusal == Refusal::BadDate);  // after its first day
    CHECK(set_vacation_notice_date(doc, o.id, D("2026-08-03")));                               // on it: allowed, late
    CHECK(set_vacation_notice_date(doc, "nope", D("2026-06-03")).refusal == Refusal::UnknownAbsence);
    Outcome sick = register_absence(doc, absence("a1", AbsenceType::Sykemelding, "2026-03-02", "2026-03-03"), D("2026-03-02"));
    CHECK(set_vacation_notice_date(doc, sick.id, D("2026-03-01")).refusal == Refusal::NotAllowed);
}

TEST_CASE("a notice date after the vacation's first day is refused; none given means the day it is typed in") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    CHECK(register_absence(doc, absence("a1", AbsenceType::Vacation, "2026-08-03", "2026-08-14", Json{{"requested_on", "2026-08-04"}}),
                           D("2026-03-01")).refusal == Refusal::BadDate);
    CHECK(register_absence(doc, absence("a1", AbsenceType::Vacation, "2026-08-03", "2026-08-14", Json{{"requested_on", "3 June"}}),
                           D("2026-03-01")).refusal == Refusal::BadDate);
    CHECK(doc.absences.empty());
    REQUIRE(register_absence(doc, absence("a1", AbsenceType::Vacation, "2026-08-03", "2026-08-14"), D("2026-03-01")));
    CHECK(vacation_requested_on(only_absence(doc)) == D("2026-03-01"));
}

TEST_CASE("DK notice edges: 1 month for days outside the main vacation, the month's last day where it is shorter") {
    Document doc = arrangement(Jurisdiction::DK);
    employ(doc, "a1", "Ole", "2020-01-01");
    const Assistant& a = doc.assistants[0];
    Outcome o = register_absence(doc, absence("a1", AbsenceType::Vacation, "2026-03-31", "2026-04-01",
                                              Json{{"requested_on", "2026-02-28"}}),
                                 D("2026-03-20"));
    REQUIRE(o);
    CHECK(vacation_findings(doc, a, 2026).empty());  // 31 March - 1 month = 28 February
    REQUIRE(set_vacation_notice_date(doc, o.id, D("2026-03-01")));
    auto f = vacation_findings(doc, a, 2026);
    REQUIRE(f.size() == 1);
    CHECK(f[0].limit == 1);
    CHECK(f[0].due == D("2026-02-28"));
}

// [SECTION] Substitutes -----------------------------------------------------------------
TEST_CASE("a shift without its break: every candidate listed with the reason, the shift's own error named") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    employ(doc, "a2", "Kari", "2020-01-01");
    employ(doc, "a3", "Per", "2020-01-01");
    doc.shifts.push_back(shift("s1", "a1", "2026-03-03T08:00", "2026-03-03T16:00"));  // 8 h, no break
    REQUIRE(register_absence(doc, absence("a1", AbsenceType::Sykemelding, "2026-03-03", "2026-03-03"), D("2026-03-03")));

    SubstituteSearch search = find_substitutes(doc, "s1");
    REQUIRE(search.shift_errors.size() == 1);
    CHECK(search.shift_errors[0].rule == "break");
    REQUIRE(search.candidates.size() == 2);
    for (const auto& c : search.candidates) {
        CHECK_FALSE(c.can_take);
        REQUIRE_FALSE(c.reasons.empty());
        CHECK(c.reasons[0].code == "rule");
        REQUIRE(c.reasons[0].violation.has_value());
        CHECK(c.reasons[0].violation->rule == "break");
    }
    CHECK(suggest_substitutes(doc, "s1").empty());
    CHECK(give_to_substitute(doc, "s1", "a2").refusal == Refusal::BreaksRule);

    // Split at 12:00: two 4-hour shifts that need no break; each can go to someone.
    Outcome split = split_shift(doc, "s1", *TimeOfDay::parse("12:00"));
    REQUIRE(split);
    const Shift& morning = shift_by_id(doc, "s1");
    CHECK(morning.end == T("2026-03-03T12:00"));
    CHECK(morning.break_minutes == 0);
    const Shift& afternoon = shift_by_id(doc, split.id);
    CHECK(afternoon.start == T("2026-03-03T12:00"));
    CHECK(afternoon.end == T("2026-03-03T16:00"));
    CHECK(afternoon.assistant == "a1");
    CHECK(afternoon.extra.value("split_from", "") == "s1");
    CHECK(open_shifts(doc).size() == 2);
    CHECK(find_substitutes(doc, "s1").shift_errors.empty());
    REQUIRE(give_to_substitute(doc, "s1", "a2"));
    REQUIRE(give_to_substitute(doc, split.id, "a3"));
    CHECK(open_shifts(doc).empty());
    for (const auto& v : check(doc)) CHECK(v.severity != Severity::Error);
}

TEST_CASE("candidates best first: who can take it, then rest before, then absent, then not employed") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    employ(doc, "a2", "Kari", "2027-01-01");  // not employed yet
    employ(doc, "a3", "Per", "2020-01-01");   // absent
    employ(doc, "a4", "Siri", "2020-01-01");  // worked until late the evening before
    employ(doc, "a5", "Ali", "2020-01-01");   // free
    doc.shifts.push_back(shift("s1", "a1", "2026-03-03T07:00", "2026-03-03T12:00"));
    doc.shifts.push_back(shift("s2", "a4", "2026-03-02T15:00", "2026-03-02T23:00", 30));
    REQUIRE(register_absence(doc, absence("a1", AbsenceType::Egenmelding, "2026-03-03", "2026-03-03"), D("2026-03-03")));
    REQUIRE(register_absence(doc, absence("a3", AbsenceType::Vacation, "2026-03-02", "2026-03-06"), D("2026-01-02")));

    SubstituteSearch search = find_substitutes(doc, "s1");
    CHECK(search.shift_errors.empty());
    std::vector<std::string> order;
    for (const auto& c : search.candidates) order.push_back(c.assistant);
    CHECK(order == std::vector<std::string>{"a5", "a4", "a3", "a2"});

    const SubstituteCandidate& free = candidate(search, "a5");
    CHECK(free.can_take);
    CHECK(free.reasons.empty());
    const SubstituteCandidate& late = candidate(search, "a4");
    CHECK_FALSE(late.can_take);
    REQUIRE_FALSE(late.reasons.empty());
    CHECK(has_reason(late, "daily_rest", "before"));
    CHECK(late.week_hours == doctest::Approx(8));
    const SubstituteCandidate& away = candidate(search, "a3");
    REQUIRE(away.reasons.size() == 1);
    CHECK(away.reasons[0].code == "absent");
    CHECK(away.reasons[0].absence == doc.absences[1].id);
    const SubstituteCandidate& later = candidate(search, "a2");
    REQUIRE(later.reasons.size() == 1);
    CHECK(later.reasons[0].code == "not_employed");

    // The suggestions are those who can take it.
    auto sug = suggest_substitutes(doc, "s1");
    REQUIRE(sug.size() == 1);
    CHECK(sug[0].assistant == "a5");
}

TEST_CASE("assign anyway: refused with the rule it breaks, done once the leader confirms") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    employ(doc, "a4", "Siri", "2020-01-01");
    doc.shifts.push_back(shift("s1", "a1", "2026-03-03T07:00", "2026-03-03T12:00"));
    doc.shifts.push_back(shift("s2", "a4", "2026-03-03T20:00", "2026-03-04T04:00", 30));  // 8 h rest after: too short
    REQUIRE(register_absence(doc, absence("a1", AbsenceType::Egenmelding, "2026-03-03", "2026-03-03"), D("2026-03-03")));
    SubstituteSearch search = find_substitutes(doc, "s1");
    const SubstituteCandidate& c = candidate(search, "a4");
    REQUIRE_FALSE(c.can_take);
    CHECK(has_reason(c, "daily_rest", "after"));

    Document before = doc;
    CHECK(give_to_substitute(doc, "s1", "a4").refusal == Refusal::BreaksRule);
    CHECK(doc.shifts.size() == before.shifts.size());
    Outcome o = give_to_substitute(doc, "s1", "a4", true);
    REQUIRE(o);
    CHECK(shift_by_id(doc, o.id).assistant == "a4");
    CHECK(shift_by_id(doc, "s1").status == ShiftStatus::Cancelled);
    // Absent or not employed stays refused, anyway or not.
    employ(doc, "a5", "Ali", "2027-01-01");
    doc.shifts.push_back(shift("s9", "a1", "2026-03-03T13:00", "2026-03-03T15:00"));
    CHECK(give_to_substitute(doc, "s9", "a5", true).refusal == Refusal::NotEmployed);
}

TEST_CASE("splitting a shift: at a time inside it, across midnight, each part with the break its length needs") {
    Document doc = arrangement();
    employ(doc, "a1", "Ola", "2020-01-01");
    doc.shifts.push_back(shift("s1", "a1", "2026-03-03T22:00", "2026-03-04T08:00", 30));  // 10 h over the night
    CHECK(middle_of_shift(doc.shifts[0]) == *TimeOfDay::parse("03:00"));
    CHECK(split_shift(doc, "s1", *TimeOfDay::parse("08:00")).refusal == Refusal::BadTimes);  // its end: nothing after
    CHECK(split_shift(doc, "s1", *TimeOfDay::parse("22:00")).refusal == Refusal::BadTimes);  // its start: next day's is after the end
    CHECK(split_shift(doc, "nope", *TimeOfDay::parse("02:00")).refusal == Refusal::UnknownShift);
    Outcome o = split_shift(doc, "s1", *TimeOfDay::parse("02:00"));
    REQUIRE(o);
    REQUIRE(doc.shifts.size() == 2);
    CHECK(doc.shifts[0].end == T("2026-03-04T02:00"));
    CHECK(doc.shifts[0].break_minutes == 0);   // 4 h
    CHECK(doc.shifts[1].id == o.id);
    CHECK(doc.shifts[1].start == T("2026-03-04T02:00"));
    CHECK(doc.shifts[1].break_minutes == 30);  // 6 h: over 5.5 h
    doc.shifts[1].status = ShiftStatus::Worked;
    CHECK(split_shift(doc, o.id, *TimeOfDay::parse("05:00")).refusal == Refusal::NotAllowed);

    CHECK(middle_of_shift(shift("x", "a1", "2026-03-03T08:00", "2026-03-03T16:00")) == *TimeOfDay::parse("12:00"));
    CHECK(middle_of_shift(shift("x", "a1", "2026-03-03T08:00", "2026-03-03T15:15")) == *TimeOfDay::parse("11:30"));
}

TEST_CASE("the form's vacation request and pregnancy mark are read back by the rules that use them") {
    Absence a;
    a.type = AbsenceType::Vacation;
    set_vacation_request(a, true, Date::from_ymd(2026, 5, 4).value());
    CHECK(is_vacation_wish(a));
    CHECK(vacation_requested_on(a) == Date::from_ymd(2026, 5, 4));
    set_vacation_request(a, false, Date::from_ymd(2026, 5, 6).value());
    CHECK_FALSE(is_vacation_wish(a));
    CHECK(vacation_requested_on(a) == Date::from_ymd(2026, 5, 6));
    Absence sick;
    sick.type = AbsenceType::Sykemelding;
    CHECK_FALSE(is_pregnancy_related(sick));
    set_pregnancy_related(sick);
    CHECK(is_pregnancy_related(sick));
}
