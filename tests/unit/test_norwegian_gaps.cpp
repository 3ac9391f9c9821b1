// Norwegian rules found missing by the audit against the Danish handbook:
// child-sick days need 14 days' employment (seed 002 § 4.2), planned hours
// against the contract, and the pay day (seed 002 § 3.8).
#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "core/hours.h"
#include "core/leave.h"
#include "core/plan.h"

using namespace bpa;
using namespace bpa::test;

namespace {


void gap_shift(Document& doc, const char* assistant, const char* start, const char* end,
               ShiftStatus status = ShiftStatus::Planned) {
    Shift s;
    s.id = doc.next_id("s");
    s.assistant = assistant;
    s.start = T(start);
    s.end = T(end);
    s.status = status;
    doc.shifts.push_back(s);
}


}  // namespace

// [SECTION] Child-sick days need 14 days' employment --------------------------------------------
TEST_CASE("NO: a child-sick day 13 days after the start is too early, 14 days after it is allowed") {
    Document doc = document_in(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2026-03-02");
    a.children = {{D("2020-06-01"), false, Json::object()}};
    CHECK(child_sick_status(doc, a, 2026).eligible_from == D("2026-03-16"));

    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-03-15", "2026-03-15");  // start + 13 days
    auto f = child_sick_findings(doc, doc.assistants[0], 2026);
    REQUIRE(codes(f) == std::vector<std::string>{"child_sick_not_eligible"});
    CHECK(f[0].from == D("2026-03-15"));
    CHECK(f[0].to == D("2026-03-15"));
    CHECK(f[0].limit == 14);
    CHECK(f[0].due == D("2026-03-16"));

    doc.absences.clear();
    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-03-16", "2026-03-16");  // start + 14 days
    CHECK(child_sick_findings(doc, doc.assistants[0], 2026).empty());

    // A stretch across the edge: only the days before it are reported.
    doc.absences.clear();
    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-03-14", "2026-03-17");
    f = child_sick_findings(doc, doc.assistants[0], 2026);
    REQUIRE(codes(f) == std::vector<std::string>{"child_sick_not_eligible"});
    CHECK(f[0].from == D("2026-03-14"));
    CHECK(f[0].to == D("2026-03-15"));
}

TEST_CASE("DK has no 14-day wait for the child's 1st and 2nd sick day") {
    Document doc = document_in(Jurisdiction::DK);
    Assistant& a = employ(doc, "a1", "a1", "2026-03-02");
    a.children = {{D("2020-06-01"), false, Json::object()}};
    add_absence(doc, "a1", AbsenceType::ChildSick, "2026-03-03", "2026-03-03");
    CHECK(child_sick_findings(doc, doc.assistants[0], 2026).empty());
    CHECK_FALSE(child_sick_status(doc, doc.assistants[0], 2026).eligible_from.has_value());
}

// [SECTION] Planned hours against the contract ---------------------------------------------------
TEST_CASE("planned hours a week are compared with the contract, with 1 hour's tolerance") {
    Document doc = document_in(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2026-01-01");
    a.contract_hours_per_week = 20;
    gap_shift(doc, "a1", "2026-03-02T08:00", "2026-03-02T16:00");  // week 10: 24 h
    gap_shift(doc, "a1", "2026-03-04T08:00", "2026-03-04T16:00");
    gap_shift(doc, "a1", "2026-03-06T08:00", "2026-03-06T16:00", ShiftStatus::Worked);
    gap_shift(doc, "a1", "2026-03-09T08:00", "2026-03-09T16:00");  // week 11: 16 h
    gap_shift(doc, "a1", "2026-03-11T08:00", "2026-03-11T16:00");
    gap_shift(doc, "a1", "2026-03-12T08:00", "2026-03-12T16:00", ShiftStatus::Cancelled);  // not counted

    ContractHoursCheck c = contract_hours_check(doc, doc.assistants[0], D("2026-03-02"), 2);
    CHECK(c.assistant == "a1");
    CHECK(c.weeks == 2);
    CHECK(c.contract == doctest::Approx(20));
    CHECK(c.planned == doctest::Approx(20));
    CHECK(c.verdict == ContractHoursCheck::Verdict::Matches);

    doc.assistants[0].contract_hours_per_week = 19;  // 1 h less than planned: over
    CHECK(contract_hours_check(doc, doc.assistants[0], D("2026-03-02"), 2).verdict ==
          ContractHoursCheck::Verdict::Over);
    doc.assistants[0].contract_hours_per_week = 19.5;  // within the tolerance
    CHECK(contract_hours_check(doc, doc.assistants[0], D("2026-03-02"), 2).verdict ==
          ContractHoursCheck::Verdict::Matches);
    doc.assistants[0].contract_hours_per_week = 21;  // 1 h more than planned: under
    c = contract_hours_check(doc, doc.assistants[0], D("2026-03-02"), 2);
    CHECK(c.verdict == ContractHoursCheck::Verdict::Under);
    CHECK(c.planned == doctest::Approx(20));

    // Week 10 alone: 24 h against 21.
    c = contract_hours_check(doc, doc.assistants[0], D("2026-03-02"), 1);
    CHECK(c.planned == doctest::Approx(24));
    CHECK(c.verdict == ContractHoursCheck::Verdict::Over);
}

TEST_CASE("weeks without employment on all 7 days and assistants without contract hours are not compared") {
    Document doc = document_in(Jurisdiction::DK);
    Assistant& a = employ(doc, "a1", "a1", "2026-03-04");  // a Wednesday
    a.contract_hours_per_week = 10;
    gap_shift(doc, "a1", "2026-03-04T08:00", "2026-03-04T12:00");
    gap_shift(doc, "a1", "2026-03-09T08:00", "2026-03-09T18:00");
    ContractHoursCheck c = contract_hours_check(doc, doc.assistants[0], D("2026-03-02"), 2);
    CHECK(c.weeks == 1);  // only the week from 9 March
    CHECK(c.planned == doctest::Approx(10));
    CHECK(c.verdict == ContractHoursCheck::Verdict::Matches);

    CHECK(contract_hours_check(doc, doc.assistants[0], D("2026-02-23"), 1).verdict ==
          ContractHoursCheck::Verdict::NotCompared);
    doc.assistants[0].contract_hours_per_week = 0;
    CHECK(contract_hours_check(doc, doc.assistants[0], D("2026-03-02"), 2).verdict ==
          ContractHoursCheck::Verdict::NotCompared);
}

// [SECTION] Pay day --------------------------------------------------------------------------------
TEST_CASE("NO pay day: the 12th of the next month, moved back past weekends and public holidays") {
    Document doc = document_in(Jurisdiction::NO);
    const Arrangement& a = doc.arrangement;
    CHECK(timesheet_pay_day(a, D("2025-12-31")) == D("2026-01-12"));  // a Monday
    CHECK(timesheet_pay_day(a, D("2026-03-31")) == D("2026-04-10"));  // Sunday 12 April -> Friday
    CHECK(timesheet_pay_day(a, D("2026-11-30")) == D("2026-12-11"));  // Saturday 12 December -> Friday
    CHECK(timesheet_pay_day(a, D("2026-12-31")) == D("2027-01-12"));  // into the next year
    // Easter Sunday 12 April 2020: back past Good Friday and Maundy Thursday.
    CHECK(timesheet_pay_day(a, D("2020-03-31")) == D("2020-04-08"));
    // Whit Monday 12 June 2000: back past Whit Sunday and Saturday.
    CHECK(pay_date(Jurisdiction::NO, 2000, 6, 12) == D("2000-06-09"));

    doc.arrangement.rules["pay_day"] = 31;  // the month's last day, here a Sunday
    CHECK(timesheet_pay_day(doc.arrangement, D("2028-03-31")) == D("2028-04-28"));
    doc.arrangement.rules["pay_day"] = "12";  // the wrong type: the default
    CHECK(timesheet_pay_day(doc.arrangement, D("2026-02-28")) == D("2026-03-12"));

    CHECK_FALSE(timesheet_pay_day(document_in(Jurisdiction::DK).arrangement, D("2026-03-10")).has_value());
}
