// Leave (leave.h): egenmelding, child-sick days, DK sickness, vacation, open
// shifts and substitutes, notice periods and maternity notices.
//
// [SECTION] Helpers
// [SECTION] Egenmelding (NO)
// [SECTION] Child-sick days
// [SECTION] Sickness (DK)
// [SECTION] Vacation
// [SECTION] Open shifts and substitutes
// [SECTION] Notice periods
// [SECTION] Maternity-leave notices
#include <doctest/doctest.h>

#include "support.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>

#include "core/leave.h"
#include "core/rules/rules.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// [SECTION] Helpers ---------------------------------------------------------------
Document leave_doc(Jurisdiction j) {
    Document doc;
    doc.arrangement.name = "Test";
    doc.arrangement.jurisdiction = j;
    return doc;
}


Shift& leave_shift(Document& doc, const char* assistant, const char* start, const char* end,
                 ShiftStatus status = ShiftStatus::Planned) {
    Shift s;
    s.id = doc.next_id("s");
    s.assistant = assistant;
    s.start = T(start);
    s.end = T(end);
    s.status = status;
    s.break_minutes = 30;  // AML § 10-9: a working day of 8 h has 30 minutes of break
    doc.shifts.push_back(s);
    return doc.shifts.back();
}

const Assistant& A(const Document& doc, const char* id) { return *doc.find_assistant(id); }


Child child(const char* born, bool chronic = false) {
    Child c;
    c.birth_date = D(born);
    c.chronic = chronic;
    return c;
}

}  // namespace

// [SECTION] Egenmelding (NO) -------------------------------------------------------
TEST_CASE("egenmelding needs two months' employment on the day") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2026-01-15");
    CHECK_FALSE(egenmelding_status(doc, A(doc, "a1"), D("2026-03-14")).eligible);
    CHECK(egenmelding_status(doc, A(doc, "a1"), D("2026-03-15")).eligible);
    CHECK(egenmelding_status(doc, A(doc, "a1"), D("2026-03-15")).eligible_from == D("2026-03-15"));
    // 31 December + 2 months = 28 February.
    employ(doc, "a2", "a2", "2025-12-31");
    CHECK(egenmelding_status(doc, A(doc, "a2"), D("2026-02-28")).eligible);
    CHECK_FALSE(egenmelding_status(doc, A(doc, "a2"), D("2026-02-27")).eligible);
    // Not employed any more.
    doc.find_assistant("a2")->employed_to = D("2026-05-31");
    CHECK_FALSE(egenmelding_status(doc, A(doc, "a2"), D("2026-06-01")).eligible);

    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-13", "2026-03-14");
    const auto f = egenmelding_findings(doc, A(doc, "a1"));
    REQUIRE(codes(f) == std::vector<std::string>{"egenmelding_not_eligible"});
    CHECK(f[0].from == D("2026-03-13"));
    CHECK(f[0].to == D("2026-03-14"));
    CHECK(f[0].due == D("2026-03-15"));
}

TEST_CASE("statutory egenmelding: 4 occasions in the 12 months that end on the day") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2025-03-10", "2025-03-11");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2025-06-02", "2025-06-02");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2025-09-01", "2025-09-03");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-01-05", "2026-01-05");

    // 2026-03-10: the window is 2025-03-11 .. 2026-03-10; the first absence has one day in it.
    EgenmeldingStatus s = egenmelding_status(doc, A(doc, "a1"), D("2026-03-10"));
    CHECK(s.policy == EgenmeldingPolicy::Statutory);
    CHECK(s.limits.days_at_a_time == 3);
    CHECK(s.window_from == D("2025-03-11"));
    CHECK(s.days_used == 1 + 1 + 3 + 1);
    CHECK(s.occasions_used == 4);
    CHECK(s.occasions_left == 0);
    CHECK_FALSE(s.days_left.has_value());  // statutory has no day quota

    s = egenmelding_status(doc, A(doc, "a1"), D("2026-03-11"));
    CHECK(s.days_used == 5);
    CHECK(s.occasions_used == 3);
    CHECK(s.occasions_left == 1);

    // Days after the day are not counted.
    s = egenmelding_status(doc, A(doc, "a1"), D("2025-09-02"));
    CHECK(s.days_used == 2 + 1 + 2);
    CHECK(s.occasions_used == 3);

    // A fifth occasion inside 12 months is a finding; the same day a year later is not.
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-02-02", "2026-02-02");
    auto f = egenmelding_findings(doc, A(doc, "a1"));
    REQUIRE(codes(f) == std::vector<std::string>{"egenmelding_too_many_occasions"});
    CHECK(f[0].from == D("2026-02-02"));
    CHECK(f[0].value == 5);
    CHECK(f[0].limit == 4);
}

TEST_CASE("extended egenmelding: 8 days at a time, 24 days in 12 months") {
    Document doc = leave_doc(Jurisdiction::NO);
    doc.arrangement.rules = Json{{"egenmelding_policy", "extended"}};
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2025-04-01", "2025-04-08");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2025-08-01", "2025-08-08");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-01-05", "2026-01-12");

    EgenmeldingStatus s = egenmelding_status(doc, A(doc, "a1"), D("2026-03-31"));
    CHECK(s.policy == EgenmeldingPolicy::Extended);
    CHECK(s.limits.days_at_a_time == 8);
    CHECK(s.days_used == 24);
    CHECK(s.days_left == 0);
    CHECK(s.occasions_used == 3);
    CHECK_FALSE(s.occasions_left.has_value());  // extended has no occasion quota
    CHECK(egenmelding_findings(doc, A(doc, "a1")).empty());  // 8 days is allowed

    // 2026-04-01: the first one has left the window.
    s = egenmelding_status(doc, A(doc, "a1"), D("2026-04-01"));
    CHECK(s.days_used == 7 + 8 + 8);  // 2 April .. 8 April still inside
    s = egenmelding_status(doc, A(doc, "a1"), D("2026-04-09"));
    CHECK(s.days_used == 16);
    CHECK(s.days_left == 8);

    // One more day inside the 12 months is the 25th.
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-02");
    auto f = egenmelding_findings(doc, A(doc, "a1"));
    REQUIRE(codes(f) == std::vector<std::string>{"egenmelding_too_many_days"});
    CHECK(f[0].from == D("2026-03-02"));
    CHECK(f[0].value == 25);
    CHECK(f[0].limit == 24);
}

TEST_CASE("the longest egenmelding stretch: 3 days statutory, 8 extended; touching records are one stretch") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-04");
    CHECK(egenmelding_findings(doc, A(doc, "a1")).empty());

    // Two records that touch: one stretch of 4 days, one occasion.
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-05", "2026-03-05");
    auto f = egenmelding_findings(doc, A(doc, "a1"));
    REQUIRE(codes(f) == std::vector<std::string>{"egenmelding_too_long"});
    CHECK(f[0].from == D("2026-03-05"));  // a sykemelding is needed from the 4th day
    CHECK(f[0].to == D("2026-03-05"));
    CHECK(f[0].value == 4);
    CHECK(f[0].limit == 3);
    CHECK(egenmelding_status(doc, A(doc, "a1"), D("2026-03-31")).occasions_used == 1);

    doc.arrangement.rules = Json{{"egenmelding_policy", "extended"}};
    CHECK(egenmelding_findings(doc, A(doc, "a1")).empty());
    doc.absences.back().to = D("2026-03-10");  // 9 days
    f = egenmelding_findings(doc, A(doc, "a1"));
    REQUIRE(codes(f) == std::vector<std::string>{"egenmelding_too_long"});
    CHECK(f[0].from == D("2026-03-10"));
    CHECK(f[0].value == 9);
    CHECK(f[0].limit == 8);
}

TEST_CASE("a new sickness less than 16 days after the last joins its employer period") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-04");
    // 2026-03-20: 15 days back at work (5th..19th): joins, 3 + 1 days.
    CHECK(egenmelding_status(doc, A(doc, "a1"), D("2026-03-04")).employer_period_days == 3);
    CHECK(egenmelding_status(doc, A(doc, "a1"), D("2026-03-20")).employer_period_days == 3);
    // 2026-03-21: 16 days back: a new employer period.
    CHECK(egenmelding_status(doc, A(doc, "a1"), D("2026-03-21")).employer_period_days == 0);
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-20", "2026-03-21");
    CHECK(egenmelding_status(doc, A(doc, "a1"), D("2026-03-21")).employer_period_days == 5);
    CHECK(egenmelding_findings(doc, A(doc, "a1")).empty());
}

TEST_CASE("after a full 16-day employer period, 16 days back at work before a new egenmelding") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-01-30", "2026-02-01");
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-02-02", "2026-02-14");  // 3 + 13 = 16 days

    EgenmeldingStatus s = egenmelding_status(doc, A(doc, "a1"), D("2026-02-20"));
    CHECK(s.employer_period_days == 16);
    CHECK(s.blocked_until == D("2026-03-03"));  // 14 Feb + 17: the 16 days 15 Feb .. 2 Mar at work
    CHECK_FALSE(egenmelding_status(doc, A(doc, "a1"), D("2026-03-03")).blocked_until.has_value());

    // 15 days back at work: not yet.
    Absence& early = add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-02");
    auto f = egenmelding_findings(doc, A(doc, "a1"));
    REQUIRE(codes(f) == std::vector<std::string>{"egenmelding_after_full_employer_period"});
    CHECK(f[0].value == 15);
    CHECK(f[0].limit == 16);
    CHECK(f[0].due == D("2026-03-03"));
    // 16 days back at work: allowed.
    early.from = early.to = D("2026-03-03");
    CHECK(egenmelding_findings(doc, A(doc, "a1")).empty());

    // 15 sick days are not a full employer period.
    doc.absences[1].to = D("2026-02-13");
    doc.absences[2].from = doc.absences[2].to = D("2026-03-01");
    CHECK(egenmelding_findings(doc, A(doc, "a1")).empty());
}

// [SECTION] Child-sick days ----------------------------------------------------------
TEST_CASE("child-sick days count a child up to and including the year it turns 12") {
    Document doc = leave_doc(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.children = {child("2014-11-30")};
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2026) == 10);  // turns 12 in December 2026
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2027) == 0);
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2013) == 0);   // not born yet
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2014) == 10);  // born during the year
}

TEST_CASE("child-sick days: 15 with three children, double for a single parent") {
    Document doc = leave_doc(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.children = {child("2015-06-01"), child("2018-06-01"), child("2020-06-01")};
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2026) == 15);
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2027) == 15);  // the eldest turns 12 in 2027
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2028) == 10);  // two children left
    doc.find_assistant("a1")->single_parent = true;
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2026) == 30);
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2028) == 20);
}

TEST_CASE("a chronically ill child gives 10 more days (20 single parent) up to the year it turns 18") {
    Document doc = leave_doc(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.children = {child("2010-05-01", true)};
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2022) == 20);  // 12: base 10 + 10
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2026) == 20);  // 16: the right goes on
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2028) == 20);  // turns 18
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2029) == 0);
    doc.find_assistant("a1")->single_parent = true;
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2026) == 40);
    doc.find_assistant("a1")->single_parent = false;
    doc.find_assistant("a1")->children.push_back(child("2019-01-01"));
    CHECK(child_sick_days_per_year(A(doc, "a1"), 2026) == 20);  // two children: 10, one chronic: + 10
}

TEST_CASE("child-sick days used are the calendar days of child_sick absences in the year") {
    Document doc = leave_doc(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.children = {child("2019-01-01")};
    add_absence(doc, "a1", AbsenceType::ChildSick, "2025-12-30", "2026-01-02");
    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-02-10", "2026-02-12");
    ChildSickStatus s = child_sick_status(doc, A(doc, "a1"), 2026);
    CHECK(s.days_per_year == 10);
    CHECK(s.used == 5);
    CHECK(s.left == 5);
    CHECK(s.occasions == 1);  // the one started in 2025 belongs to 2025
    CHECK(child_sick_findings(doc, A(doc, "a1"), 2026).empty());

    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-03-02", "2026-03-07");
    s = child_sick_status(doc, A(doc, "a1"), 2026);
    CHECK(s.used == 11);
    CHECK(s.left == 0);
    auto f = child_sick_findings(doc, A(doc, "a1"), 2026);
    REQUIRE(codes(f) == std::vector<std::string>{"child_sick_over_quota"});
    CHECK(f[0].from == D("2026-03-07"));
    CHECK(f[0].value == 11);
    CHECK(f[0].limit == 10);
}

TEST_CASE("DK: the child's 1st and 2nd sick day, per illness, child under 18") {
    Document doc = leave_doc(Jurisdiction::DK);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.children = {child("2010-05-01")};
    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-03-05", "2026-03-06");  // Thursday, Friday
    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-04-09", "2026-04-11");
    ChildSickStatus s = child_sick_status(doc, A(doc, "a1"), 2026);
    CHECK_FALSE(s.days_per_year.has_value());
    CHECK(s.days_per_occasion == 2);
    CHECK(s.used == 5);
    CHECK(s.occasions == 2);
    CHECK_FALSE(s.left.has_value());
    auto f = child_sick_findings(doc, A(doc, "a1"), 2026);
    REQUIRE(codes(f) == std::vector<std::string>{"child_sick_beyond_day_2"});
    CHECK(f[0].from == D("2026-04-11"));
    CHECK(f[0].to == D("2026-04-11"));

    // The child turns 18 on 1 May 2028.
    add_absence(doc, "a1", AbsenceType::ChildSick, "2028-05-01", "2028-05-01");
    CHECK(codes(child_sick_findings(doc, A(doc, "a1"), 2028)) == std::vector<std::string>{"child_sick_no_child"});
}

// [SECTION] Sickness (DK) ---------------------------------------------------------------
TEST_CASE("DK sickness: the conversation within 4 weeks, pay after 8 weeks and 74 hours") {
    Document doc = leave_doc(Jurisdiction::DK);
    employ(doc, "a1", "a1", "2026-01-13");  // exactly 8 weeks before 10 March
    // 10 shifts of 7.5 h before the first sick day = 75 h.
    for (int day = 16; day <= 25; ++day) {
        const std::string date = "2026-02-" + std::to_string(day);
        leave_shift(doc, "a1", (date + "T08:00").c_str(), (date + "T15:30").c_str());
    }
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-10", "2026-03-12");
    auto cases = dk_sick_cases(doc, A(doc, "a1"));
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].conversation_due == D("2026-04-07"));
    CHECK(cases[0].employed_8_weeks);
    CHECK(cases[0].hours_8_weeks == doctest::Approx(75));
    CHECK(cases[0].employer_pays);

    doc.shifts.back().status = ShiftStatus::Cancelled;  // 67.5 h
    cases = dk_sick_cases(doc, A(doc, "a1"));
    CHECK(cases[0].hours_8_weeks == doctest::Approx(67.5));
    CHECK_FALSE(cases[0].employer_pays);

    doc.shifts.back().status = ShiftStatus::Worked;
    doc.find_assistant("a1")->employed_from = D("2026-01-14");  // one day short of 8 weeks
    cases = dk_sick_cases(doc, A(doc, "a1"));
    CHECK_FALSE(cases[0].employed_8_weeks);
    CHECK_FALSE(cases[0].employer_pays);
}

// [SECTION] Vacation --------------------------------------------------------------------
TEST_CASE("vacation days across Easter: NO counts Saturdays, DK does not, holidays count in neither") {
    // 2026: Maundy Thursday 2 April, Good Friday 3, Easter Monday 6.
    CHECK(count_vacation_days(Jurisdiction::NO, D("2026-03-30"), D("2026-04-11")) == 9);
    CHECK(count_vacation_days(Jurisdiction::DK, D("2026-03-30"), D("2026-04-11")) == 7);
    CHECK(count_vacation_days(Jurisdiction::NO, D("2026-04-11"), D("2026-03-30")) == 0);
}

TEST_CASE("vacation days around 17 May: a Norwegian holiday, a Danish working day") {
    // 2025: 17 May is a Saturday.
    CHECK(count_vacation_days(Jurisdiction::NO, D("2025-05-12"), D("2025-05-17")) == 5);
    CHECK(count_vacation_days(Jurisdiction::DK, D("2025-05-12"), D("2025-05-17")) == 5);
    // 2026: Ascension Day on Thursday 14 May; the Saturday counts in Norway.
    CHECK(count_vacation_days(Jurisdiction::NO, D("2026-05-11"), D("2026-05-16")) == 5);
    CHECK(count_vacation_days(Jurisdiction::DK, D("2026-05-11"), D("2026-05-16")) == 4);
    // 1 May 2026 is a Friday: a holiday in Norway only.
    CHECK_FALSE(counts_as_vacation_day(Jurisdiction::NO, D("2026-05-01")));
    CHECK(counts_as_vacation_day(Jurisdiction::DK, D("2026-05-01")));
}

TEST_CASE("NO vacation: 25 days, 30 by agreement, 6 more from the year the assistant turns 60") {
    Document doc = leave_doc(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.birth_date = D("1966-12-31");
    CHECK(vacation_entitlement(doc, A(doc, "a1"), 2025) == 25);
    CHECK(vacation_entitlement(doc, A(doc, "a1"), 2026) == 31);  // turns 60 on the last day of the year
    CHECK(vacation_status(doc, A(doc, "a1"), 2026).senior_extra);
    doc.arrangement.rules = Json{{"vacation_days", 30}};
    CHECK(vacation_entitlement(doc, A(doc, "a1"), 2025) == 30);
    CHECK(vacation_entitlement(doc, A(doc, "a1"), 2026) == 36);
    doc.find_assistant("a1")->birth_date.reset();
    CHECK(vacation_entitlement(doc, A(doc, "a1"), 2026) == 30);  // no birth date: no senior week
    // Not employed in the year.
    doc.find_assistant("a1")->employed_to = D("2025-12-31");
    CHECK(vacation_entitlement(doc, A(doc, "a1"), 2026) == 0);
}

TEST_CASE("NO vacation: started after 15 August no main vacation; after 30 September at most 6 days") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2026-08-15");
    employ(doc, "a2", "a2", "2026-08-16");
    employ(doc, "a3", "a3", "2026-09-30");
    employ(doc, "a4", "a4", "2026-10-01");
    CHECK(vacation_status(doc, A(doc, "a1"), 2026).main_vacation_right);
    CHECK_FALSE(vacation_status(doc, A(doc, "a2"), 2026).main_vacation_right);
    CHECK_FALSE(main_vacation_check(doc, A(doc, "a2"), 2026).applies);
    CHECK(vacation_status(doc, A(doc, "a2"), 2026).entitled == 25);
    CHECK(vacation_status(doc, A(doc, "a3"), 2026).entitled == 25);
    CHECK(vacation_status(doc, A(doc, "a4"), 2026).entitled == 6);
    CHECK(vacation_status(doc, A(doc, "a4"), 2026).late_start_cap);
    CHECK(vacation_status(doc, A(doc, "a4"), 2027).entitled == 25);
    CHECK(vacation_status(doc, A(doc, "a2"), 2027).main_vacation_right);
}

TEST_CASE("DK vacation: 2.08 days per month in the earning year 1 September - 31 August") {
    Document doc = leave_doc(Jurisdiction::DK);
    employ(doc, "a1", "a1", "2020-01-01");
    employ(doc, "a2", "a2", "2026-03-01");
    employ(doc, "a3", "a3", "2026-03-16");
    Assistant& a4 = employ(doc, "a4", "a4", "2020-01-01");
    a4.employed_to = D("2026-05-31");

    CHECK(vacation_entitlement(doc, A(doc, "a1"), 2026) == 25);  // twelve months: 25, not 24.96
    VacationStatus s = vacation_status(doc, A(doc, "a2"), 2026);
    CHECK(s.earning_from == D("2025-09-01"));
    CHECK(s.earning_to == D("2026-08-31"));
    CHECK(s.months_earned == doctest::Approx(6));
    CHECK(s.entitled == doctest::Approx(12.48));               // March..August
    CHECK(s.earned_ahead == doctest::Approx(6.24));            // September..November, for 2027
    CHECK(vacation_entitlement(doc, A(doc, "a2"), 2027) == 25);
    // Half of March: 16 of 31 days.
    CHECK(vacation_entitlement(doc, A(doc, "a3"), 2026) == doctest::Approx(11.47));
    // Left at the end of May 2026: September..May, 9 months.
    CHECK(vacation_entitlement(doc, A(doc, "a4"), 2026) == doctest::Approx(18.72));
    CHECK(vacation_entitlement(doc, A(doc, "a4"), 2027) == 0);
}

TEST_CASE("vacation taken or planned counts the country's days, leaves out wishes and NO sick days") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-03-30", "2026-04-11");  // 9 days over Easter
    Absence& wish = add_absence(doc, "a1", AbsenceType::Vacation, "2026-10-05", "2026-10-10");
    wish.extra["status"] = "wish";
    VacationStatus s = vacation_status(doc, A(doc, "a1"), 2026);
    CHECK(s.taken_or_planned == 9);
    CHECK(s.wished == 6);
    CHECK(s.left == 16);
    // Sick (sykemelding) on two vacation days: those are taken later.
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-04-07", "2026-04-08");
    s = vacation_status(doc, A(doc, "a1"), 2026);
    CHECK(s.taken_or_planned == 7);
    CHECK(s.sick_days_to_take_later == 2);

    doc.arrangement.jurisdiction = Jurisdiction::DK;
    s = vacation_status(doc, A(doc, "a1"), 2026);
    CHECK(s.taken_or_planned == 7);
    CHECK(s.sick_days_to_take_later == 0);
}

TEST_CASE("main vacation: NO 18 days in June-September, DK 15 in May-September, joined across rest days") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    // Three weeks Monday..Saturday in three records.
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-06", "2026-07-11");
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-13", "2026-07-18");
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-20", "2026-07-25");
    MainVacationCheck m = main_vacation_check(doc, A(doc, "a1"), 2026);
    CHECK(m.required == 18);
    CHECK(m.longest == 18);
    CHECK(m.longest_from == D("2026-07-06"));
    CHECK(m.longest_to == D("2026-07-25"));
    CHECK(m.ok);
    // A working day in between breaks it.
    doc.absences[1].from = D("2026-07-14");
    m = main_vacation_check(doc, A(doc, "a1"), 2026);
    CHECK(m.longest == 11);
    CHECK_FALSE(m.ok);

    doc.arrangement.jurisdiction = Jurisdiction::DK;
    doc.absences[1].from = D("2026-07-13");
    m = main_vacation_check(doc, A(doc, "a1"), 2026);
    CHECK(m.required == 15);
    CHECK(m.period_from == D("2026-05-01"));
    CHECK(m.longest == 15);
    CHECK(m.ok);
}

TEST_CASE("vacation notice: NO 2 months; DK 3 months for the main vacation, 1 month for other days") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    Absence& summer = add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-06", "2026-07-24");
    summer.extra["requested_on"] = "2026-05-06";
    CHECK(vacation_findings(doc, A(doc, "a1"), 2026).empty());
    doc.absences[0].extra["requested_on"] = "2026-05-07";
    auto f = vacation_findings(doc, A(doc, "a1"), 2026);
    REQUIRE(codes(f) == std::vector<std::string>{"vacation_notice_short"});
    CHECK(f[0].limit == 2);
    CHECK(f[0].due == D("2026-05-06"));
    CHECK(f[0].value == 60);
    // A wish has no notice: the assistant asked for it.
    doc.absences[0].extra["status"] = "wish";
    CHECK(vacation_findings(doc, A(doc, "a1"), 2026).empty());
    doc.absences[0].extra["status"] = "approved";

    doc.arrangement.jurisdiction = Jurisdiction::DK;
    CHECK(vacation_notice_months(doc, doc.absences[0]) == 3);  // 15 days in July
    doc.absences[0].extra["requested_on"] = "2026-04-06";
    CHECK(vacation_findings(doc, A(doc, "a1"), 2026).empty());
    doc.absences[0].extra["requested_on"] = "2026-04-07";
    CHECK(codes(vacation_findings(doc, A(doc, "a1"), 2026)) == std::vector<std::string>{"vacation_notice_short"});

    // One week in October: 1 month.
    Absence& autumn = add_absence(doc, "a1", AbsenceType::Vacation, "2026-10-05", "2026-10-09");
    autumn.extra["requested_on"] = "2026-09-05";
    CHECK(vacation_notice_months(doc, doc.absences[1]) == 1);
    CHECK(codes(vacation_findings(doc, A(doc, "a1"), 2026)) == std::vector<std::string>{"vacation_notice_short"});
    doc.absences[1].extra["requested_on"] = "2026-09-06";
    CHECK(codes(vacation_findings(doc, A(doc, "a1"), 2026)) ==
          std::vector<std::string>{"vacation_notice_short", "vacation_notice_short"});
}

TEST_CASE("more vacation than the entitlement is a finding from the first day over") {
    Document doc = leave_doc(Jurisdiction::NO);
    doc.arrangement.rules = Json{{"vacation_days", 6}};
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-06-01", "2026-06-08");  // Mon..Mon: 7 days
    auto f = vacation_findings(doc, A(doc, "a1"), 2026);
    REQUIRE(codes(f) == std::vector<std::string>{"vacation_over_entitlement"});
    CHECK(f[0].from == D("2026-06-08"));
    CHECK(f[0].value == 7);
    CHECK(f[0].limit == 6);
    CHECK(vacation_status(doc, A(doc, "a1"), 2026).left == 0);
}

TEST_CASE("a vacation from 0001-01-01 to 9999-12-31 costs the days asked about, not its length") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        Document doc = leave_doc(j);
        employ(doc, "a1", "a1", "2020-01-01");
        Absence& always = add_absence(doc, "a1", AbsenceType::Vacation, "0001-01-01", "9999-12-31");
        always.extra["requested_on"] = "0001-01-01";
        const auto started = std::chrono::steady_clock::now();
        for (int i = 0; i < 10; ++i) {
            const LeaveSummary s = leave_summary(doc, A(doc, "a1"), D("2026-05-01"));
            CHECK(s.vacation.taken_or_planned == count_vacation_days(j, D("2026-01-01"), D("2026-12-31")));
            CHECK(main_vacation_check(doc, A(doc, "a1"), 2026).ok);
        }
        CHECK(vacation_notice_months(doc, doc.absences[0]) == (j == Jurisdiction::DK ? 3 : 2));
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        // Counting the absence's 3.65 million days took 1.45 s a call.
        CHECK(seconds < 1.0);
    }
}

TEST_CASE("too many away at once: the days more than the limit are absent") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    employ(doc, "a2", "a2", "2020-01-01");
    employ(doc, "a3", "a3", "2026-07-08");
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-01", "2026-07-10");
    add_absence(doc, "a2", AbsenceType::Sykemelding, "2026-07-09", "2026-07-12");
    Absence& wish = add_absence(doc, "a3", AbsenceType::Vacation, "2026-07-08", "2026-07-08");
    wish.extra["status"] = "wish";
    auto days = away_days(doc, D("2026-07-01"), D("2026-07-31"), 1);
    REQUIRE(days.size() == 2);
    CHECK(days[0].date == D("2026-07-09"));
    CHECK(days[0].assistants == std::vector<std::string>{"a1", "a2"});
    CHECK(days[0].employed == 3);
    CHECK(away_days(doc, D("2026-07-01"), D("2026-07-31"), 1, true).empty());
}

// [SECTION] Open shifts and substitutes ----------------------------------------------------
TEST_CASE("open shifts are the absent assistant's planned shifts with time on an absence day") {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    leave_shift(doc, "a1", "2026-03-01T16:00", "2026-03-02T00:00");                     // s1: ends at midnight
    leave_shift(doc, "a1", "2026-03-01T22:00", "2026-03-02T07:00");                     // s2: night into the day
    leave_shift(doc, "a1", "2026-03-02T08:00", "2026-03-02T16:00", ShiftStatus::Worked);  // s3
    leave_shift(doc, "a1", "2026-03-03T08:00", "2026-03-03T16:00");                     // s4
    leave_shift(doc, "a1", "2026-03-04T08:00", "2026-03-04T16:00");                     // s5: after
    Absence& ab = add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-03");
    std::vector<OpenShift> open = open_shifts(doc, ab);
    REQUIRE(open.size() == 2);
    CHECK(open[0].shift == "s2");
    CHECK(open[1].shift == "s4");
    CHECK(open_shifts(doc) == open);
    // A vacation wish opens nothing.
    doc.absences[0].type = AbsenceType::Vacation;
    doc.absences[0].extra["status"] = "wish";
    CHECK(open_shifts(doc).empty());
}

namespace {

// An arrangement where a1 is sick and a2..a7 each show one reason to be or not to be chosen.
Document substitute_doc() {
    Document doc = leave_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    employ(doc, "a2", "a2", "2020-01-01");  // worked until 22:00 the evening before: 9 h rest
    employ(doc, "a3", "a3", "2020-01-01");  // on vacation
    employ(doc, "a4", "a4", "2020-01-01");  // has a shift at the same time
    employ(doc, "a5", "a5", "2020-01-01");  // free, fast, 8 h that week
    employ(doc, "a6", "a6", "2020-01-01").employment = Employment::Tilkalling;  // free, on call, 8 h that week
    employ(doc, "a7", "a7", "2026-03-04");  // not employed yet
    employ(doc, "a8", "a8", "2020-01-01").employment = Employment::Vikar;  // free, 16 h that week
    leave_shift(doc, "a1", "2026-03-03T07:00", "2026-03-03T15:00");  // s1: the open shift
    leave_shift(doc, "a2", "2026-03-02T14:00", "2026-03-02T22:00");
    leave_shift(doc, "a4", "2026-03-03T12:00", "2026-03-03T20:00");
    leave_shift(doc, "a5", "2026-03-05T08:00", "2026-03-05T16:00");
    leave_shift(doc, "a6", "2026-03-06T08:00", "2026-03-06T16:00");
    leave_shift(doc, "a8", "2026-03-05T08:00", "2026-03-05T16:00");
    leave_shift(doc, "a8", "2026-03-06T08:00", "2026-03-06T16:00");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-03", "2026-03-04");
    add_absence(doc, "a3", AbsenceType::Vacation, "2026-03-02", "2026-03-06");
    return doc;
}

// Errors of a document as comparable values.
std::multiset<std::tuple<std::string, std::string, int64_t, std::vector<std::string>>> errors_of(const Document& doc) {
    std::multiset<std::tuple<std::string, std::string, int64_t, std::vector<std::string>>> out;
    for (const auto& v : check(doc))
        if (v.severity == Severity::Error) out.insert({v.rule, v.assistant, v.at.wall_minutes(), v.shifts});
    return out;
}

// Every suggestion for every open shift keeps check() of the whole document
// free of new errors, and the suggestions (checked on a reduced document) are
// exactly the assistants a check of the whole document allows.
void require_suggestions_break_nothing(const Document& doc) {
    size_t suggestions = 0;
    for (const auto& open : open_shifts(doc)) {
        Document cancelled = doc;
        for (auto& s : cancelled.shifts)
            if (s.id == open.shift) s.status = ShiftStatus::Cancelled;
        const auto before = errors_of(cancelled);
        std::set<std::string> suggested;
        for (const auto& sug : suggest_substitutes(doc, open.shift)) {
            suggested.insert(sug.assistant);
            Document after = doc;
            REQUIRE(assign_substitute(after, open.shift, sug.assistant));
            const auto now = errors_of(after);
            for (const auto& e : now)
                CHECK_MESSAGE(before.count(e) >= now.count(e),
                              "shift " << open.shift << " to " << sug.assistant << " adds " << std::get<0>(e));
        }
        suggestions += suggested.size();
        // Brute force: every other assistant employed and not absent, whole document.
        const Shift& shift = *std::find_if(doc.shifts.begin(), doc.shifts.end(),
                                           [&](const Shift& s) { return s.id == open.shift; });
        std::set<std::string> allowed;
        for (const auto& c : doc.assistants) {
            if (c.id == shift.assistant || !c.employed_on(shift.start.date)) continue;
            bool absent = false;
            for (const auto& ab : doc.absences)
                absent = absent || (ab.assistant == c.id && ab.from <= shift.start.date && shift.start.date <= ab.to);
            if (absent) continue;
            Document after = doc;
            REQUIRE(assign_substitute(after, open.shift, c.id));
            const auto now = errors_of(after);
            bool fine = true;
            for (const auto& e : now) fine = fine && before.count(e) >= now.count(e);
            if (fine) allowed.insert(c.id);
        }
        CHECK(suggested == allowed);
    }
    MESSAGE(suggestions << " suggestions checked");
}

}  // namespace

TEST_CASE("substitutes: available, no new error, fewest warnings, fewest hours, fast before on-call") {
    Document doc = substitute_doc();
    auto sug = suggest_substitutes(doc, "s1");
    std::vector<std::string> ids;
    for (const auto& s : sug) ids.push_back(s.assistant);
    CHECK(ids == std::vector<std::string>{"a5", "a6", "a8"});
    REQUIRE(sug.size() == 3);
    CHECK(sug[0].week_hours == doctest::Approx(8));
    CHECK(sug[2].week_hours == doctest::Approx(16));
    CHECK(sug[1].employment == Employment::Tilkalling);

    // a2's short rest is an error in the rule engine: check it is the reason.
    Document to_a2 = doc;
    REQUIRE(assign_substitute(to_a2, "s1", "a2"));
    bool rest_error = false;
    for (const auto& v : check(to_a2)) rest_error = rest_error || (v.rule == "daily_rest" && v.assistant == "a2");
    CHECK(rest_error);

    // With more hours that week, the fast employee comes after the one on call.
    leave_shift(doc, "a5", "2026-03-07T08:00", "2026-03-07T12:00");
    sug = suggest_substitutes(doc, "s1");
    REQUIRE(sug.size() == 3);
    CHECK(sug[0].assistant == "a6");
    CHECK(sug[1].assistant == "a5");

    CHECK(suggest_substitutes(doc, "nope").empty());
    require_suggestions_break_nothing(substitute_doc());
}

TEST_CASE("assigning a substitute cancels the shift and adds one for the substitute") {
    Document doc = substitute_doc();
    const size_t count = doc.shifts.size();
    auto id = assign_substitute(doc, "s1", "a5");
    REQUIRE(id);
    CHECK(*id == "s8");
    REQUIRE(doc.shifts.size() == count + 1);
    CHECK(doc.shifts[0].status == ShiftStatus::Cancelled);
    CHECK(doc.shifts[0].extra["not_worked_reason"] == "assistant_absent");
    CHECK(doc.shifts[0].assistant == "a1");
    const Shift& s = doc.shifts[1];
    CHECK(s.id == "s8");
    CHECK(s.assistant == "a5");
    CHECK(s.status == ShiftStatus::Planned);
    CHECK(s.start == doc.shifts[0].start);
    CHECK(s.end == doc.shifts[0].end);
    CHECK(s.extra["origin"] == "substitute");
    CHECK(s.extra["replaces"] == "s1");
    CHECK(open_shifts(doc).empty());

    // Nothing happens for a cancelled shift, an unknown assistant or the same assistant.
    const Document before = doc;
    CHECK_FALSE(assign_substitute(doc, "s1", "a6"));
    CHECK_FALSE(assign_substitute(doc, "s8", "nobody"));
    CHECK_FALSE(assign_substitute(doc, "s8", "a5"));
    CHECK_FALSE(assign_substitute(doc, "s99", "a6"));
    CHECK(doc == before);
}

TEST_CASE("substitutes for an absent week in a year-long plan never break a rule, quickly") {
    for (int variant = 0; variant < 3; ++variant) {
        const Jurisdiction j = variant == 2 ? Jurisdiction::DK : Jurisdiction::NO;
        Document doc = leave_doc(j);
        if (variant == 1) doc.arrangement.rules = Json{{"sunday_rule", "every_other"}};
        const char* ids[] = {"a1", "a2", "a3", "a4", "a5"};
        for (const char* id : ids) employ(doc, id, id, "2025-01-01");
        employ(doc, "a6", "a6", "2025-01-01").employment = Employment::Tilkalling;
        employ(doc, "a7", "a7", "2026-06-10");  // starts in the absent week
        // Every day 07-15, 15-23 and a passive night 23-07: assistant i has slot
        // (day + i) % 5 (day, evening, night, off, off); a6 takes a Saturday now and then.
        int k = 0;
        for (Date d = D("2026-01-01"); d <= D("2026-12-31"); d += Days{1}, ++k) {
            const std::string day = d.str(), next = (d + Days{1}).str();
            for (int i = 0; i < 5; ++i) {
                const int slot = (k + i) % 5;
                if (slot == 0) leave_shift(doc, ids[i], (day + "T07:00").c_str(), (day + "T15:00").c_str());
                if (slot == 1) leave_shift(doc, ids[i], (day + "T15:00").c_str(), (day + "T23:00").c_str());
                if (slot == 2)
                    leave_shift(doc, ids[i], (day + "T23:00").c_str(), (next + "T07:00").c_str()).passive_night = true;
            }
            if (d.weekday() == Weekday::Saturday && k % 2 == 0)
                leave_shift(doc, "a6", (day + "T10:00").c_str(), (day + "T14:00").c_str());
        }
        add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-06-08", "2026-06-14");
        const auto open = open_shifts(doc);
        CHECK(open.size() >= 4);

        const auto started = std::chrono::steady_clock::now();
        size_t suggestions = 0;
        for (const auto& o : open) suggestions += suggest_substitutes(doc, o.shift).size();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        MESSAGE(std::string(to_string(j)) << " variant " << variant << ": " << open.size() << " open shifts, " << suggestions << " suggestions in "
                             << seconds << " s");
        CHECK(seconds < 5.0);

        // The property on a shorter plan (a full check of the whole year for each suggestion is slow).
        Document small = doc;
        small.shifts.erase(std::remove_if(small.shifts.begin(), small.shifts.end(),
                                          [](const Shift& s) {
                                              return s.start.date < D("2026-05-25") || s.start.date > D("2026-06-28");
                                          }),
                           small.shifts.end());
        require_suggestions_break_nothing(small);
    }
}

// [SECTION] Notice periods ------------------------------------------------------------------
TEST_CASE("NO notice in the probation period: 14 days from the day notice is given") {
    Assistant a;
    a.employed_from = D("2025-10-01");
    a.probation_until = D("2026-03-31");
    NoticePeriod p = notice_period(Jurisdiction::NO, a, D("2026-03-31"), NoticeBy::Employer);
    CHECK(p.unit == NoticePeriod::Unit::Days);
    CHECK(p.count == 14);
    CHECK(p.ends == D("2026-04-14"));
    CHECK(p.basis == "probation");
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-31"), NoticeBy::Employee).count == 14);
    p = notice_period(Jurisdiction::NO, a, D("2026-04-01"), NoticeBy::Employer);
    CHECK(p.unit == NoticePeriod::Unit::Months);
    CHECK(p.count == 1);
    CHECK(p.ends == D("2026-05-31"));  // runs from 1 May
}

TEST_CASE("NO notice: 1 month, 2 after 5 years, 3 after 10, from the 1st of the next month") {
    Assistant a;
    a.employed_from = D("2021-03-15");
    NoticePeriod p = notice_period(Jurisdiction::NO, a, D("2026-03-14"), NoticeBy::Employer);
    CHECK(p.count == 1);
    CHECK(p.ends == D("2026-04-30"));
    p = notice_period(Jurisdiction::NO, a, D("2026-03-15"), NoticeBy::Employer);
    CHECK(p.count == 2);
    CHECK(p.ends == D("2026-05-31"));
    CHECK(p.basis == "aml_15_3_5_years");
    a.employed_from = D("2016-03-15");
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-14"), NoticeBy::Employer).count == 2);
    p = notice_period(Jurisdiction::NO, a, D("2026-03-15"), NoticeBy::Employer);
    CHECK(p.count == 3);
    CHECK(p.ends == D("2026-06-30"));
    // Across the year end, to the last day of February.
    p = notice_period(Jurisdiction::NO, a, D("2026-11-10"), NoticeBy::Employee);
    CHECK(p.count == 3);
    CHECK(p.ends == D("2027-02-28"));
}

TEST_CASE("NO notice by the employer after 10 years at 50, 55 and 60; the employee's stays at most 3") {
    Assistant a;
    a.employed_from = D("2010-01-01");
    a.birth_date = D("1976-03-20");  // 50 on 2026-03-20
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-19"), NoticeBy::Employer).count == 3);
    NoticePeriod p = notice_period(Jurisdiction::NO, a, D("2026-03-20"), NoticeBy::Employer);
    CHECK(p.count == 4);
    CHECK(p.ends == D("2026-07-31"));
    CHECK(p.basis == "aml_15_3_age_50");
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-20"), NoticeBy::Employee).count == 3);
    a.birth_date = D("1971-03-20");
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-19"), NoticeBy::Employer).count == 4);
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-20"), NoticeBy::Employer).count == 5);
    a.birth_date = D("1966-03-20");
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-19"), NoticeBy::Employer).count == 5);
    p = notice_period(Jurisdiction::NO, a, D("2026-03-20"), NoticeBy::Employer);
    CHECK(p.count == 6);
    CHECK(p.ends == D("2026-09-30"));
    p = notice_period(Jurisdiction::NO, a, D("2026-03-20"), NoticeBy::Employee);
    CHECK(p.count == 3);
    CHECK(p.basis == "aml_15_3_10_years");
    // Aged 60 with 9 years: the age does not count.
    a.employed_from = D("2017-03-21");
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-20"), NoticeBy::Employer).count == 2);
    // Unknown age: 3 months after 10 years.
    a.employed_from = D("2010-01-01");
    a.birth_date.reset();
    CHECK(notice_period(Jurisdiction::NO, a, D("2026-03-20"), NoticeBy::Employer).count == 3);
}

TEST_CASE("DK notice (Rebild's table): 1 day per whole month, 8 days, 14 days, 1 month") {
    Assistant a;
    a.employed_from = D("2026-01-10");
    auto dk = [&](const char* on, NoticeBy by = NoticeBy::Employer) { return notice_period(Jurisdiction::DK, a, D(on), by); };
    CHECK(dk("2026-02-09").count == 0);
    CHECK(dk("2026-02-09").ends == D("2026-02-09"));
    CHECK(dk("2026-02-10").count == 1);
    CHECK(dk("2026-02-10").ends == D("2026-02-11"));
    CHECK(dk("2026-04-09").count == 2);
    CHECK(dk("2026-04-10").count == 8);
    CHECK(dk("2026-04-10").ends == D("2026-04-18"));
    CHECK(dk("2026-07-09").count == 8);
    CHECK(dk("2026-07-10").count == 14);
    CHECK(dk("2027-01-09").count == 14);
    CHECK(dk("2027-01-09").unit == NoticePeriod::Unit::Days);
    NoticePeriod p = dk("2027-01-10");
    CHECK(p.unit == NoticePeriod::Unit::Months);
    CHECK(p.count == 1);
    CHECK(p.ends == D("2027-02-10"));
    // The same for the employee.
    CHECK(dk("2026-07-10", NoticeBy::Employee).count == 14);
    CHECK(dk("2027-01-10", NoticeBy::Employee).unit == NoticePeriod::Unit::Months);
}

TEST_CASE("DK notice: loose substitutes from day to day, temporary assistants end with the period") {
    Assistant a;
    a.employed_from = D("2024-01-01");
    a.employment = Employment::Tilkalling;
    NoticePeriod p = notice_period(Jurisdiction::DK, a, D("2026-03-10"), NoticeBy::Employer);
    CHECK(p.unit == NoticePeriod::Unit::Days);
    CHECK(p.count == 0);
    CHECK(p.ends == D("2026-03-10"));
    CHECK(p.basis == "dk_loose_substitute");
    a.employment = Employment::Vikar;
    a.employed_to = D("2026-06-30");
    p = notice_period(Jurisdiction::DK, a, D("2026-03-10"), NoticeBy::Employee);
    CHECK(p.count == 112);
    CHECK(p.ends == D("2026-06-30"));
    CHECK(p.basis == "dk_temporary");
}

TEST_CASE("whole months employed count by the calendar") {
    CHECK(whole_months_between(D("2026-01-31"), D("2026-02-27")) == 0);
    CHECK(whole_months_between(D("2026-01-31"), D("2026-02-28")) == 1);  // 31 Jan + 1 month = 28 Feb
    CHECK(whole_months_between(D("2026-01-10"), D("2027-01-10")) == 12);
    CHECK(whole_months_between(D("2026-01-10"), D("2025-01-10")) == 0);
}

// [SECTION] Maternity-leave notices --------------------------------------------------------
TEST_CASE("DK maternity notices: 3 months before the expected birth, 8 weeks after it, the rest before the leave") {
    Assistant a;
    a.extra["expected_birth"] = "2026-09-15";
    REQUIRE(expected_birth(a) == D("2026-09-15"));
    auto notices = maternity_notices(*expected_birth(a));
    REQUIRE(notices.size() == 6);
    CHECK(notices[0].key == "expected_birth");
    CHECK(notices[0].due == D("2026-06-15"));
    CHECK(notices[1].key == "return_from_leave");
    CHECK(notices[1].due == D("2026-11-10"));
    CHECK(notices[2].key == "paternity_leave");
    CHECK_FALSE(notices[2].due.has_value());
    CHECK(notices[2].weeks_before_start == 4);
    CHECK(due_for_start(notices[2], D("2026-09-15")) == D("2026-08-18"));
    CHECK(notices[3].weeks_before_start == 8);
    CHECK(notices[4].weeks_before_start == 16);
    CHECK(notices[5].weeks_before_start == 8);
    CHECK(due_for_start(notices[0], D("2027-01-01")) == D("2026-06-15"));  // fixed by the birth
    a.extra["expected_birth"] = "soon";
    CHECK_FALSE(expected_birth(a).has_value());
}

TEST_CASE("the leave summary leaves out egenmelding in Denmark") {
    Document doc = leave_doc(Jurisdiction::DK);
    employ(doc, "a1", "a1", "2020-01-01");
    LeaveSummary s = leave_summary(doc, A(doc, "a1"), D("2026-03-10"));
    CHECK_FALSE(s.egenmelding.has_value());
    CHECK(s.vacation.year == 2026);
    CHECK(s.vacation.entitled == 25);
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    s = leave_summary(doc, A(doc, "a1"), D("2026-03-10"));
    REQUIRE(s.egenmelding.has_value());
    CHECK(s.egenmelding->eligible);
    CHECK(s.child_sick.days_per_year == 0);
}
