// The year (commands_year.h): ticking a deadline done and keeping it in the
// file, the page's deadlines with done and overdue, the overview's agenda,
// the wheel's periods and positions, and the hours bank form of Vedlegg 5.
//
// [SECTION] Helpers
// [SECTION] Done, kept in the file
// [SECTION] The page's deadlines and the agenda
// [SECTION] The wheel
// [SECTION] The hours bank form
#include <doctest/doctest.h>

#include "support.h"

#include <string>

#include "core/commands_year.h"
#include "core/ics.h"
#include "core/json_io.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// [SECTION] Helpers ---------------------------------------------------------------
Document year_doc(Jurisdiction j = Jurisdiction::NO) {
    Document doc;
    doc.arrangement.name = "Test";
    doc.arrangement.jurisdiction = j;
    Decision d;
    d.from = D("2026-01-01");
    d.hours_per_week = 30;
    doc.arrangement.decisions.push_back(d);
    employ(doc, "a1", "Ola", "2025-06-15").probation_until = D("2026-02-10");
    return doc;
}

const YearDeadline* find(const std::vector<YearDeadline>& list, const char* kind) {
    for (const auto& y : list)
        if (y.deadline.kind == kind) return &y;
    return nullptr;
}

}  // namespace

// [SECTION] Done, kept in the file ------------------------------------------------------
TEST_CASE("a deadline's key is its date, kind, assistant and ref, and does not change with the arrangement's name") {
    Document doc = year_doc();
    auto list = deadlines(doc, D("2026-01-01"), D("2026-12-31"));
    REQUIRE(!list.empty());
    const Deadline& probation = list.front();
    CHECK(probation.kind == "probation_end");
    CHECK(deadline_key(probation) == "2026-02-10/probation_end/a1/");
    doc.arrangement.name = "Renamed";
    CHECK(deadline_key(deadlines(doc, D("2026-01-01"), D("2026-12-31")).front()) == "2026-02-10/probation_end/a1/");
    // The ICS UID hashes the same fields (and the name): the same deadline, the same UID.
    CHECK(ics_uid(probation, "Test") == ics_uid(list.front(), "Test"));
}

TEST_CASE("ticking a deadline done keeps it in the file, and unticking removes it") {
    Document doc = year_doc();
    const std::string key = "2026-02-10/probation_end/a1/";
    CHECK(deadlines_done(doc).empty());
    REQUIRE(run_command(doc, [&](Document& d) { return set_deadline_done(d, key, D("2026-02-08")); }).ok());
    CHECK(deadlines_done(doc).at(key) == D("2026-02-08"));

    // Through the file and back.
    auto back = read_document(write_document(doc));
    REQUIRE(back.document);
    CHECK(deadlines_done(*back.document).at(key) == D("2026-02-08"));
    CHECK(write_document(doc).find("\"deadlines_done\"") != std::string::npos);

    // A new day replaces the old one; the same day is no change.
    CHECK(set_deadline_done(doc, key, D("2026-02-08")).refusal == Refusal::NotAllowed);
    REQUIRE(set_deadline_done(doc, key, D("2026-02-09")).ok());
    CHECK(deadlines_done(doc).at(key) == D("2026-02-09"));
    CHECK(deadlines_done(doc).size() == 1);

    REQUIRE(set_deadline_done(doc, key, std::nullopt).ok());
    CHECK(deadlines_done(doc).empty());
    CHECK(doc.extra.find("deadlines_done") == doc.extra.end());
    CHECK(set_deadline_done(doc, key, std::nullopt).refusal == Refusal::NotAllowed);
}

TEST_CASE("a refused tick leaves the document unchanged") {
    Document doc = year_doc();
    const std::string before = write_document(doc);
    CHECK(run_command(doc, [&](Document& d) { return set_deadline_done(d, "", D("2026-02-08")); }).refusal ==
          Refusal::Required);
    CHECK(run_command(doc, [&](Document& d) { return set_deadline_done(d, "x", std::nullopt); }).refusal ==
          Refusal::NotAllowed);
    CHECK(write_document(doc) == before);
}

TEST_CASE("done entries are read tolerantly: bad ones are skipped, the first of a key counts") {
    Document doc = year_doc();
    doc.extra["deadlines_done"] = Json::parse(R"([
        {"key": "k1", "done_on": "2026-01-05"},
        {"key": "k1", "done_on": "2026-01-09"},
        {"key": "k2", "done_on": "2026-13-01"},
        {"key": "", "done_on": "2026-01-05"},
        {"done_on": "2026-01-05"},
        "k3",
        {"key": "k4", "done_on": "2026-03-01", "note": "kept"}
    ])");
    auto done = deadlines_done(doc);
    CHECK(done.size() == 2);
    CHECK(done.at("k1") == D("2026-01-05"));
    CHECK(done.at("k4") == D("2026-03-01"));
    // Unticking k1 removes both of its entries and keeps the rest as they were.
    REQUIRE(set_deadline_done(doc, "k1", std::nullopt).ok());
    CHECK(deadlines_done(doc).count("k1") == 0);
    CHECK(doc.extra["deadlines_done"].size() == 5);
    CHECK(doc.extra["deadlines_done"].back()["note"] == "kept");
    // A field of the wrong type is replaced by a list when ticking.
    doc.extra["deadlines_done"] = "nonsense";
    CHECK(deadlines_done(doc).empty());
    REQUIRE(set_deadline_done(doc, "k5", D("2026-04-01")).ok());
    CHECK(deadlines_done(doc).at("k5") == D("2026-04-01"));
}

// [SECTION] The page's deadlines and the agenda -------------------------------------------------
TEST_CASE("the page's deadlines carry the page kinds, what is done, what is overdue and where each is dealt with") {
    Document doc = year_doc();
    auto list = year_deadlines(doc, D("2026-01-01"), D("2026-12-31"), D("2026-04-01"));
    const YearDeadline* probation = find(list, "probation_end");
    const YearDeadline* easter = find(list, "wheel_easter_plan");
    const YearDeadline* expiry = find(list, "hours_account_expiry");
    REQUIRE(probation);
    REQUIRE(easter);
    REQUIRE(expiry);
    CHECK(probation->overdue);
    CHECK(probation->where == DealtWith::Assistants);
    CHECK(easter->where == DealtWith::Plan);
    CHECK(expiry->where == DealtWith::Hours);
    CHECK(!expiry->overdue);
    CHECK(probation->deadline.about == "Ola");

    REQUIRE(set_deadline_done(doc, probation->key, D("2026-02-01")).ok());
    list = year_deadlines(doc, D("2026-01-01"), D("2026-12-31"), D("2026-04-01"));
    CHECK(find(list, "probation_end")->done_on == D("2026-02-01"));
    CHECK(!find(list, "probation_end")->overdue);
}

TEST_CASE("where a deadline is dealt with: the plan, the timesheet, the talk") {
    CHECK(dealt_with("plan_notice") == DealtWith::Plan);
    CHECK(dealt_with("holiday_plan_notice") == DealtWith::Plan);
    CHECK(dealt_with("timesheet_due") == DealtWith::Hours);
    CHECK(dealt_with("appraisal_due") == DealtWith::People);
    CHECK(dealt_with("probation_talk") == DealtWith::People);
    CHECK(dealt_with("certificate_missing") == DealtWith::People);
    CHECK(dealt_with("application_deadline") == DealtWith::People);
    CHECK(dealt_with("vacation_notice") == DealtWith::Absence);
    CHECK(dealt_with("decision_ends") == DealtWith::Arrangement);
    CHECK(std::string(to_string(DealtWith::Hours)) == "hours");
}

TEST_CASE("the overview lists overdue deadlines first, oldest first, then the next 30 days, leaving out what is done") {
    Document doc = year_doc();
    // Today 2026-03-20: the probation talk (27 Jan, 14 days before probation
    // ends), probation (10 Feb) and the Easter plan (5 Mar) are overdue; the
    // summer advertisement (31 Mar) is within 30 days; 31 May is not.
    DeadlineAgenda a = deadline_agenda(doc, D("2026-03-20"));
    REQUIRE(a.overdue.size() == 3);
    CHECK(a.overdue[0].deadline.kind == "probation_talk");
    CHECK(a.overdue[0].deadline.date == D("2026-01-27"));
    CHECK(a.overdue[1].deadline.kind == "probation_end");
    CHECK(a.overdue[2].deadline.kind == "wheel_easter_plan");
    REQUIRE(a.coming.size() == 1);
    CHECK(a.coming[0].deadline.kind == "wheel_advertise");
    CHECK(a.coming[0].deadline.date == D("2026-03-31"));

    // Done ones leave the overview.
    REQUIRE(set_deadline_done(doc, a.overdue[0].key, D("2026-03-20")).ok());
    a = deadline_agenda(doc, D("2026-03-20"));
    CHECK(a.overdue.size() == 2);

    // Today itself is coming, not overdue; today + 30 is included, + 31 is not.
    a = deadline_agenda(doc, D("2026-03-31"));
    CHECK(a.coming.front().deadline.date == D("2026-03-31"));
    a = deadline_agenda(doc, D("2026-05-01"));
    CHECK(a.coming.back().deadline.date == D("2026-05-31"));
    a = deadline_agenda(doc, D("2026-04-30"));
    for (const auto& y : a.coming) CHECK(y.deadline.date <= D("2026-05-30"));

    // Older than 90 days: no longer on the overview.
    a = deadline_agenda(doc, D("2026-06-10"));
    for (const auto& y : a.overdue) CHECK(y.deadline.date >= D("2026-03-12"));
}

// [SECTION] The wheel ---------------------------------------------------------------------
TEST_CASE("the wheel's four periods of Vedlegg 6 cover the months once each") {
    CHECK(wheel_periods().size() == 4);
    const int expected[] = {1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4};
    for (int m = 1; m <= 12; ++m) CHECK(wheel_period(m) == expected[m - 1]);
    CHECK(wheel_period(0) == 0);
    CHECK(wheel_period(13) == 0);
}

TEST_CASE("a day's place on the wheel is the middle of the day within its year") {
    CHECK(year_fraction(D("2026-01-01")) == doctest::Approx(0.5 / 365));
    CHECK(year_fraction(D("2026-12-31")) == doctest::Approx(364.5 / 365));
    CHECK(year_fraction(D("2028-12-31")) == doctest::Approx(365.5 / 366));  // leap year
    CHECK(month_start_fraction(2026, 1) == 0);
    CHECK(month_start_fraction(2026, 2) == doctest::Approx(31.0 / 365));
    CHECK(month_start_fraction(2028, 3) == doctest::Approx(60.0 / 366));
    CHECK(month_start_fraction(2026, 13) == 1);
    for (int m = 1; m <= 12; ++m) {
        const Date first = *Date::from_ymd(2026, m, 1);
        CHECK(month_start_fraction(2026, m) < year_fraction(first));
    }
}

// [SECTION] The hours bank form -------------------------------------------------------------
TEST_CASE("the hours bank form takes used, saved and total per week from the hours account") {
    Document doc = year_doc();
    doc.shifts.push_back(shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T18:00"));  // 10 h in week 10
    const HoursAccount acc = hours_account(doc, 2026, D("2026-03-01"));  // planned after today: counted
    const HoursBankForm f = hours_bank_form(doc, acc);
    CHECK(f.year == 2026);
    CHECK(f.decided_per_week == 30);
    CHECK(f.decided_per_month == doctest::Approx(130));  // 30 × 52 / 12
    REQUIRE(f.rows.size() == acc.weeks.size());
    for (size_t i = 0; i < f.rows.size(); ++i) {
        CHECK(f.rows[i].week == acc.weeks[i].week.week);
        CHECK(f.rows[i].used == acc.weeks[i].used);
        CHECK(f.rows[i].saved == acc.weeks[i].saved);
        CHECK(f.rows[i].total == acc.weeks[i].balance);
    }
    const HoursBankForm::Row* w10 = nullptr;
    for (const auto& r : f.rows)
        if (r.week == 10) w10 = &r;
    REQUIRE(w10);
    CHECK(w10->used == doctest::Approx(10));
    CHECK(w10->saved == doctest::Approx(20));
    CHECK(f.used == doctest::Approx(10));
    CHECK(f.saved == doctest::Approx(acc.balance));
    CHECK(f.total == acc.balance);
}

TEST_CASE("the hours bank form's decision: the one in force that day, else the year's latest") {
    Document doc = year_doc();
    doc.arrangement.decisions.front().to = D("2026-06-30");
    Decision later;
    later.from = D("2026-07-01");
    later.to = D("2026-10-31");
    later.hours_per_week = 24;
    doc.arrangement.decisions.push_back(later);
    CHECK(hours_bank_form(doc, hours_account(doc, 2026, D("2026-03-01"))).decided_per_week == 30);
    CHECK(hours_bank_form(doc, hours_account(doc, 2026, D("2026-08-01"))).decided_per_week == 24);
    CHECK(hours_bank_form(doc, hours_account(doc, 2026, D("2026-12-15"))).decided_per_week == 24);
    CHECK(hours_bank_form(doc, hours_account(doc, 2026, D("2027-02-01"))).decided_per_week == 24);
    CHECK(hours_bank_form(doc, hours_account(doc, 2025, D("2026-03-01"))).decided_per_week == 0);
}

TEST_CASE("the summary counts every deadline, the done ones and the overdue ones") {
    Document doc = year_doc();
    auto list = year_deadlines(doc, D("2026-01-01"), D("2026-12-31"), D("2026-03-20"));
    DeadlineCounts n = count_deadlines(list);
    CHECK(n.total == static_cast<int>(list.size()));
    CHECK(n.overdue == 3);  // the probation talk 27 Jan, probation 10 Feb, Easter plan 5 Mar
    CHECK(n.done == 0);
    REQUIRE(set_deadline_done(doc, list.front().key, D("2026-03-20")).ok());
    n = count_deadlines(year_deadlines(doc, D("2026-01-01"), D("2026-12-31"), D("2026-03-20")));
    CHECK(n.done == 1);
    CHECK(n.overdue == 2);
}
