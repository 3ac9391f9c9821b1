// Deadlines (deadlines.h): the contract's kinds at their edges, and the page's
// own kinds (sick-leave follow-up, timesheets, pay day, maternity notices, APV,
// onboarding, the yearly wheel).
//
// [SECTION] Helpers
// [SECTION] Decisions, probation and employment
// [SECTION] Appraisal talks
// [SECTION] Plan notices
// [SECTION] Vacation notices
// [SECTION] Hours account and annual account
// [SECTION] Order and period
// [SECTION] Page kinds
#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "core/deadlines.h"
#include "core/rules/rules.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// [SECTION] Helpers ---------------------------------------------------------------
Document deadlines_doc(Jurisdiction j) {
    Document doc;
    doc.arrangement.name = "Test";
    doc.arrangement.jurisdiction = j;
    return doc;
}

void add_decision(Document& doc, const char* from, const char* to) {
    Decision d;
    d.from = D(from);
    if (to) d.to = D(to);
    d.hours_per_week = 20;
    doc.arrangement.decisions.push_back(d);
}

// The deadlines of one kind in the period, as "date assistant ref" strings.
std::vector<std::string> of_kind(const Document& doc, const char* kind, const char* from, const char* to,
                                 bool page_kinds = false) {
    std::vector<std::string> out;
    for (const auto& d : deadlines(doc, D(from), D(to), DeadlineOptions{page_kinds}))
        if (d.kind == kind) {
            std::string s = d.date.str();
            if (!d.assistant.empty()) s += " " + d.assistant;
            if (!d.ref.empty()) s += " " + d.ref;
            out.push_back(s);
        }
    return out;
}

using List = std::vector<std::string>;

}  // namespace

// [SECTION] Decisions, probation and employment -----------------------------------------
TEST_CASE("a decision's end is a deadline on its last day, counted at both ends of the period") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    add_decision(doc, "2025-01-01", "2025-12-31");
    add_decision(doc, "2026-01-01", nullptr);
    CHECK(of_kind(doc, "decision_ends", "2025-12-31", "2025-12-31") == List{"2025-12-31"});
    CHECK(of_kind(doc, "decision_ends", "2025-01-01", "2025-12-30").empty());
    CHECK(of_kind(doc, "decision_ends", "2026-01-01", "2030-12-31").empty());  // open: no end
}

TEST_CASE("probation and employment end on the assistant's dates") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    Assistant& a = employ(doc, "a1", "a1", "2026-01-01");
    a.probation_until = D("2026-06-30");
    a.employed_to = D("2026-12-31");
    employ(doc, "a2", "a2", "2026-01-01");
    CHECK(of_kind(doc, "probation_end", "2026-01-01", "2026-12-31") == List{"2026-06-30 a1"});
    CHECK(of_kind(doc, "employment_ends", "2026-01-01", "2026-12-31") == List{"2026-12-31 a1"});
    CHECK(of_kind(doc, "employment_ends", "2026-01-01", "2026-12-30").empty());
}

// [SECTION] Appraisal talks ----------------------------------------------------------------
TEST_CASE("without a talk the appraisal is due a year after the first day; 29 February gives 28 February") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2024-02-29");
    employ(doc, "a2", "a2", "2025-03-31");
    CHECK(of_kind(doc, "appraisal_due", "2025-01-01", "2026-12-31") == List{"2025-02-28 a1", "2026-03-31 a2"});
}

TEST_CASE("the appraisal is due a year after the latest appraisal talk; other talks do not count") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.extra["talks"] = Json::parse(R"([
        {"id": "t1", "date": "2027-02-28", "kind": "appraisal", "note": ""},
        {"id": "t2", "date": "2028-02-29", "kind": "appraisal"},
        {"id": "t3", "date": "2028-06-01", "kind": "followup"},
        {"id": "t4", "date": "2029-13-01", "kind": "appraisal"},
        {"id": "t5", "kind": "appraisal"},
        "not a talk"])");
    CHECK(latest_talk(a, "appraisal") == D("2028-02-29"));
    CHECK(latest_talk(a, "warning") == std::nullopt);
    CHECK(of_kind(doc, "appraisal_due", "2020-01-01", "2030-12-31") == List{"2029-02-28 a1"});
}

TEST_CASE("no appraisal is due for someone not employed on that day") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    Assistant& a = employ(doc, "a1", "a1", "2026-01-01");
    a.employed_to = D("2026-12-31");
    Assistant& b = employ(doc, "a2", "a2", "2026-01-01");
    b.employed_to = D("2027-01-01");
    CHECK(of_kind(doc, "appraisal_due", "2026-01-01", "2027-12-31") == List{"2027-01-01 a2"});
}

// [SECTION] Plan notices ---------------------------------------------------------------------
TEST_CASE("NO: a new rotation is noticed 14 days and a holiday plan 28 days before; the parameters override") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2025-01-01");
    doc.extra["rotation"] = Json::parse(R"({"weeks": 2, "start": "2026-03-02", "shifts": []})");
    doc.extra["holiday_plans"] = Json::parse(R"([
        {"id": "h1", "name": "Påske", "from": "2026-03-30", "to": "2026-04-06", "shifts": []},
        {"id": "h2", "name": "Jul", "from": "2026-12-21", "to": "2027-01-03", "shifts": []}])");
    CHECK(of_kind(doc, "plan_notice", "2026-01-01", "2026-12-31") == List{"2026-02-16"});
    CHECK(of_kind(doc, "holiday_plan_notice", "2026-01-01", "2026-12-31") == List{"2026-03-02 h1", "2026-11-23 h2"});
    doc.arrangement.rules["plan_notice_days"] = 21;
    doc.arrangement.rules["holiday_plan_notice_days"] = 35;
    CHECK(of_kind(doc, "plan_notice", "2026-01-01", "2026-12-31") == List{"2026-02-09"});
    CHECK(of_kind(doc, "holiday_plan_notice", "2026-01-01", "2026-12-31") == List{"2026-02-23 h1", "2026-11-16 h2"});
    const auto all = deadlines(doc, D("2026-11-16"), D("2026-11-16"));
    REQUIRE(all.size() == 1);
    CHECK(all[0].title == "Varsel om høytidsplan – Jul");
    CHECK(all[0].assistant.empty());
}

TEST_CASE("DK has no plan notices, and a file without a rotation has no plan notice") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    doc.extra["rotation"] = Json::parse(R"({"weeks": 1, "start": "2026-03-02", "shifts": []})");
    doc.extra["holiday_plans"] = Json::parse(R"([{"id": "h1", "name": "Jul", "from": "2026-12-21", "to": "2026-12-31", "shifts": []}])");
    CHECK(of_kind(doc, "plan_notice", "2026-01-01", "2026-12-31").empty());
    CHECK(of_kind(doc, "holiday_plan_notice", "2026-01-01", "2026-12-31").empty());
    Document no = deadlines_doc(Jurisdiction::NO);
    CHECK(of_kind(no, "plan_notice", "2000-01-01", "2040-12-31").empty());
}

// [SECTION] Vacation notices -------------------------------------------------------------------
TEST_CASE("NO: vacation is noticed 2 months before, keeping the day of the month or the month's last day") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-04-30", "2026-04-30");  // f1
    add_absence(doc, "a1", AbsenceType::Vacation, "2028-04-30", "2028-05-02");  // f2: leap year
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-31", "2026-08-14");  // f3
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-03-15", "2026-03-16");  // f4
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-05-04", "2026-05-05");
    CHECK(of_kind(doc, "vacation_notice", "2026-01-01", "2028-12-31") ==
          List{"2026-01-15 a1 f4", "2026-02-28 a1 f1", "2026-05-31 a1 f3", "2028-02-29 a1 f2"});
}

TEST_CASE("DK: at least 10 vacation days within 1 May-30 September is a main vacation with 3 months' notice") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-06", "2026-07-17");  // f1: 10 weekdays
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-06", "2026-07-16");  // f2: 9 weekdays
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-09-21", "2026-10-09");  // f3: 8 of them up to 30 Sep
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-09-14", "2026-10-02");  // f4: 13 up to 30 Sep
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-04-20", "2026-05-13");  // f5: 1-13 May, 9 days
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-05-31", "2026-06-12");  // f6: 10 days, 31 May is a Sunday
    CHECK(of_kind(doc, "vacation_notice", "2026-01-01", "2026-12-31") ==
          List{"2026-02-28 a1 f6", "2026-03-20 a1 f5", "2026-04-06 a1 f1", "2026-06-06 a1 f2", "2026-06-14 a1 f4",
               "2026-08-21 a1 f3"});
}

TEST_CASE("DK: public holidays are not vacation days for the main-vacation count") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    employ(doc, "a1", "a1", "2020-01-01");
    // 2026: Ascension 14 May and Whit Monday 25 May fall in 11-29 May: 15 weekdays, 2 holidays: 13 days.
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-05-11", "2026-05-29");
    // 18-29 May: 10 weekdays, Whit Monday among them: 9 days, 1 month.
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-05-18", "2026-05-29");
    CHECK(of_kind(doc, "vacation_notice", "2026-01-01", "2026-12-31") == List{"2026-02-11 a1 f1", "2026-04-18 a1 f2"});
}

// [SECTION] Hours account and annual account --------------------------------------------------
TEST_CASE("NO: the hours account expires on 31 December of each year a decision is in force that day") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    add_decision(doc, "2024-06-01", "2024-12-31");
    add_decision(doc, "2025-03-01", "2025-12-30");
    add_decision(doc, "2026-12-31", nullptr);
    CHECK(of_kind(doc, "hours_account_expiry", "2024-01-01", "2027-12-31") ==
          List{"2024-12-31", "2026-12-31", "2027-12-31"});
    CHECK(of_kind(doc, "annual_account", "2024-01-01", "2027-12-31").empty());
}

TEST_CASE("DK: the annual account is due 31 March after each year with a decision on some day") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    add_decision(doc, "2024-12-31", "2025-01-01");
    add_decision(doc, "2027-12-31", nullptr);
    CHECK(of_kind(doc, "annual_account", "2025-01-01", "2029-03-31") ==
          List{"2025-03-31", "2026-03-31", "2028-03-31", "2029-03-31"});
    CHECK(of_kind(doc, "annual_account", "2025-04-01", "2026-03-30").empty());
    CHECK(of_kind(doc, "hours_account_expiry", "2024-01-01", "2029-12-31").empty());
}

// [SECTION] Order and period --------------------------------------------------------------------
TEST_CASE("deadlines are sorted by date, kind and assistant, the arrangement's first") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    add_decision(doc, "2026-01-01", "2026-12-31");
    Assistant& b = employ(doc, "b", "b", "2026-01-01");
    b.employed_to = D("2026-12-31");
    Assistant& a = employ(doc, "a", "a", "2026-01-01");
    a.employed_to = D("2026-12-31");
    a.probation_until = D("2026-12-31");
    const auto all = deadlines(doc, D("2026-01-01"), D("2026-12-31"));
    std::vector<std::string> got;
    for (const auto& d : all) got.push_back(d.kind + " " + d.assistant);
    CHECK(got == List{"decision_ends ", "employment_ends a", "employment_ends b", "hours_account_expiry ",
                      "probation_end a"});
    for (const auto& d : all) {
        CHECK(d.contract);
        CHECK(!d.source.empty());
        CHECK(d.date == D("2026-12-31"));
    }
    CHECK(deadlines(doc, D("2026-12-31"), D("2026-01-01")).empty());  // to before from
}

TEST_CASE("titles are in the jurisdiction's language and name the assistant") {
    Document no = deadlines_doc(Jurisdiction::NO);
    Assistant& a = employ(no, "a1", "a1", "2026-01-01");
    a.name = "Ola";
    a.probation_until = D("2026-06-30");
    Document dk = no;
    dk.arrangement.jurisdiction = Jurisdiction::DK;
    const auto n = deadlines(no, D("2026-06-30"), D("2026-06-30"));
    const auto d = deadlines(dk, D("2026-06-30"), D("2026-06-30"));
    REQUIRE(n.size() == 1);
    REQUIRE(d.size() == 1);
    CHECK(n[0].title == "Prøvetiden slutter – Ola");
    CHECK(d[0].title == "Prøvetiden slutter – Ola");
    CHECK(n[0].source == "Arbeidsmiljøloven § 15-6");
    CHECK(deadline_title("appraisal_due", "nb") == "Medarbeidersamtale");
    CHECK(deadline_title("appraisal_due", "da") == "MUS (medarbejderudviklingssamtale)");
    CHECK(deadline_title("no_such_kind", "da") == "no_such_kind");
}

// [SECTION] Page kinds ---------------------------------------------------------------------------
TEST_CASE("the page's kinds come only when asked for") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-01-05", "2026-12-31");
    for (const auto& d : deadlines(doc, D("2026-01-01"), D("2026-12-31"))) CHECK(d.contract);
    bool page = false;
    for (const auto& d : deadlines(doc, D("2026-01-01"), D("2026-12-31"), {true})) page = page || !d.contract;
    CHECK(page);
}

TEST_CASE("NO sick-leave follow-up: plan after 4 weeks, dialogue meetings after 7 and 26, while still sick") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2020-01-01");
    // One run: egenmelding 5-7 January, sykemelding from 8 January to 1 February (28 days).
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-01-05", "2026-01-07");
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-01-08", "2026-02-01");
    // 27 days: back before the plan is due.
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-03-28");
    // Half a year.
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-06-01", "2026-12-31");
    CHECK(of_kind(doc, "sick_followup_plan", "2026-01-01", "2027-12-31", true) ==
          List{"2026-02-02 a1 f1", "2026-06-29 a1 f4"});
    CHECK(of_kind(doc, "sick_dialogue_meeting_1", "2026-01-01", "2027-12-31", true) == List{"2026-07-20 a1 f4"});
    CHECK(of_kind(doc, "sick_dialogue_meeting_2", "2026-01-01", "2027-12-31", true) == List{"2026-11-30 a1 f4"});
    CHECK(of_kind(doc, "sick_conversation", "2026-01-01", "2027-12-31", true).empty());
}

TEST_CASE("DK sick leave: conversation within 4 weeks unless leaving within 8, report within 5") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    employ(doc, "a1", "a1", "2020-01-01");
    Assistant& b = employ(doc, "a2", "a2", "2020-01-01");
    b.employed_to = D("2026-03-01");  // within 8 weeks of 5 January
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-01-05", "2026-02-15");
    add_absence(doc, "a2", AbsenceType::Sykemelding, "2026-01-05", "2026-02-15");
    CHECK(of_kind(doc, "sick_conversation", "2026-01-01", "2026-12-31", true) == List{"2026-02-02 a1 f1"});
    CHECK(of_kind(doc, "sick_report_municipality", "2026-01-01", "2026-12-31", true) ==
          List{"2026-02-09 a1 f1", "2026-02-09 a2 f2"});
    CHECK(of_kind(doc, "sick_followup_plan", "2026-01-01", "2026-12-31", true).empty());
}

TEST_CASE("timesheets: DK due the 15th after each pay period; NO only with timesheet_due_day") {
    Document dk = deadlines_doc(Jurisdiction::DK);
    employ(dk, "a1", "a1", "2026-01-20");
    CHECK(of_kind(dk, "timesheet_due", "2026-01-01", "2026-04-30", true) ==
          List{"2026-02-15", "2026-03-15", "2026-04-15"});
    Document no = deadlines_doc(Jurisdiction::NO);
    employ(no, "a1", "a1", "2025-01-01");
    CHECK(of_kind(no, "timesheet_due", "2026-01-01", "2026-12-31", true).empty());
    no.arrangement.rules["timesheet_due_day"] = 5;
    CHECK(of_kind(no, "timesheet_due", "2026-01-01", "2026-03-31", true) ==
          List{"2026-01-05", "2026-02-05", "2026-03-05"});
    Document nobody = deadlines_doc(Jurisdiction::DK);
    CHECK(of_kind(nobody, "timesheet_due", "2026-01-01", "2026-12-31", true).empty());
}

TEST_CASE("the pay day, where set, falls on the month's last day in shorter months") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    CHECK(of_kind(doc, "pay_day", "2026-01-01", "2026-12-31", true).empty());
    doc.arrangement.rules["pay_day"] = 31;
    Problems problems;
    resolve_params(doc.arrangement, &problems);  // a known parameter, 1..31
    CHECK(problems.empty());
    doc.arrangement.rules["pay_day"] = 32;
    resolve_params(doc.arrangement, &problems);
    CHECK(problems.size() == 1);
    doc.arrangement.rules["pay_day"] = 31;
    // Sunday 30 April 2028 moves back to Friday the 28th (seed 002 § 3.8).
    CHECK(of_kind(doc, "pay_day", "2028-01-15", "2028-04-30", true) == List{"2028-01-31", "2028-02-29", "2028-03-31",
                                                                           "2028-04-28"});
}

TEST_CASE("DK maternity notices fixed by the expected birth") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    Assistant& a = employ(doc, "a1", "a1", "2020-01-01");
    a.extra["expected_birth"] = "2026-08-31";
    CHECK(of_kind(doc, "maternity_notice", "2026-01-01", "2026-12-31", true) ==
          List{"2026-05-31 a1 expected_birth", "2026-10-26 a1 return_from_leave"});
    Document no = doc;
    no.arrangement.jurisdiction = Jurisdiction::NO;
    CHECK(of_kind(no, "maternity_notice", "2026-01-01", "2026-12-31", true).empty());
}

TEST_CASE("DK workplace assessment: 3 years after the latest, or at the first employment without one") {
    Document doc = deadlines_doc(Jurisdiction::DK);
    employ(doc, "a1", "a1", "2025-05-01");
    employ(doc, "a2", "a2", "2024-09-01");
    CHECK(of_kind(doc, "workplace_assessment", "2020-01-01", "2030-12-31", true) == List{"2024-09-01"});
    doc.arrangement.extra["workplace_assessment"] = "2024-02-29";
    CHECK(of_kind(doc, "workplace_assessment", "2020-01-01", "2030-12-31", true) == List{"2027-02-28"});
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    CHECK(of_kind(doc, "workplace_assessment", "2020-01-01", "2030-12-31", true).empty());
}

TEST_CASE("a missing declaration or certificate is due on the first shift, only when onboarding is recorded") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    employ(doc, "a1", "a1", "2026-03-01");
    Assistant& b = employ(doc, "a2", "a2", "2026-03-01");
    b.extra["onboarding"] = Json::parse(R"({"confidentiality_signed": "2026-02-20", "certificate_seen": null})");
    Assistant& c = employ(doc, "a3", "a3", "2026-03-01");
    c.extra["onboarding"] = Json::object();
    Shift cancelled;
    cancelled.id = "s1";
    cancelled.assistant = "a2";
    cancelled.start = *LocalDateTime::parse("2026-03-02T08:00");
    cancelled.end = *LocalDateTime::parse("2026-03-02T16:00");
    cancelled.status = ShiftStatus::Cancelled;
    Shift planned = cancelled;
    planned.id = "s2";
    planned.start = *LocalDateTime::parse("2026-03-04T08:00");
    planned.end = *LocalDateTime::parse("2026-03-04T16:00");
    planned.status = ShiftStatus::Planned;
    doc.shifts = {cancelled, planned};
    CHECK(of_kind(doc, "certificate_missing", "2026-01-01", "2026-12-31", true) == List{"2026-03-01 a3", "2026-03-04 a2"});
    CHECK(of_kind(doc, "confidentiality_missing", "2026-01-01", "2026-12-31", true) == List{"2026-03-01 a3"});
}

TEST_CASE("the yearly wheel follows this year's Easter and Christmas") {
    Document doc = deadlines_doc(Jurisdiction::NO);
    // Easter Sunday 2026: 5 April, Maundy Thursday 2 April; 2027: 28 March, 25 March.
    CHECK(of_kind(doc, "wheel_easter_plan", "2026-01-01", "2027-12-31", true) == List{"2026-03-05", "2027-02-25"});
    CHECK(of_kind(doc, "wheel_christmas_plan", "2026-01-01", "2026-12-31", true) == List{"2026-11-26"});
    CHECK(of_kind(doc, "wheel_advertise", "2026-01-01", "2026-12-31", true) == List{"2026-03-31", "2026-09-30"});
    CHECK(of_kind(doc, "wheel_vacation_plan", "2026-01-01", "2026-12-31", true) == List{"2026-05-31"});
    CHECK(of_kind(doc, "wheel_summer_substitutes", "2026-01-01", "2026-12-31", true) == List{"2026-06-01"});
    doc.arrangement.rules["holiday_plan_notice_days"] = 42;
    CHECK(of_kind(doc, "wheel_christmas_plan", "2026-01-01", "2026-12-31", true) == List{"2026-11-12"});
    Document dk = deadlines_doc(Jurisdiction::DK);  // no parameter: 4 weeks
    CHECK(of_kind(dk, "wheel_christmas_plan", "2026-01-01", "2026-12-31", true) == List{"2026-11-26"});
    const auto one = deadlines(dk, D("2026-11-26"), D("2026-11-26"), {true});
    REQUIRE(one.size() == 1);
    CHECK(one[0].title == "Årshjul: jule- og nytårsplanen klar");
    CHECK(!one[0].contract);
}
