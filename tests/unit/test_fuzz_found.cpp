// Inputs the fuzzer found (tests/fuzz/found): each runs through every
// computation fuzz_compute runs and must give a bounded answer (this one
// took minutes and 100 MB of output before check() stopped at 48 hours).
#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "core/deadlines.h"
#include "core/economy.h"
#include "core/hours.h"
#include "core/json_io.h"
#include "core/leave.h"
#include "core/plan.h"
#include "core/propose.h"
#include "core/rules/rules.h"
#include "core/shift_index.h"
#include "core/summary.h"

using namespace bpa;
using namespace bpa::test;

TEST_CASE("a file with one shift 2,931 years long: one shift_length violation and every computation bounded") {
    const std::string text = source_file("tests/fuzz/found/shift_of_2931_years.json");
    REQUIRE(!text.empty());
    ReadResult r = read_document(text);
    REQUIRE(r.ok());  // the file format does not limit a shift's length (CONTRACT.md)
    const Document& doc = *r.document;

    // Before: 333,000 violations, one for every Sunday and week the shift covers.
    const std::vector<Violation> all = check(doc);
    CHECK(all.size() == 5);
    std::vector<std::string> rules;
    for (const auto& v : all) rules.push_back(v.rule);
    CHECK(rules == std::vector<std::string>{"decision_hours", "weekly_hours", "daily_hours", "daily_rest", "shift_length"});
    const Violation& longest = all.back();
    CHECK(longest.assistant == "a2");
    CHECK(longest.shifts == std::vector<std::string>{"s5"});
    CHECK(longest.message == "The shift from 2026-03-06 08:00 lasts 25692630 hours, until 4957-03-06; a shift lasts at most 48 hours.");
    CHECK(violation_message(longest, Jurisdiction::NO, "nb") ==
          "Vakten fra 06.03.2026 kl. 08:00 varer 25692630 timer, til 06.03.4957; en vakt kan vare høyst 48 timer.");

    // The other computations, over periods near the start, inside and at the end of the shift.
    // (Named copies, not structured bindings: CAPTURE's lambda takes them.)
    for (const auto& period : std::vector<std::pair<Date, Date>>{{D("2026-01-01"), D("2026-12-31")},
                                                                 {D("3000-03-01"), D("3001-02-28")},
                                                                 {D("4957-01-01"), D("4957-12-31")}}) {
        const Date from = period.first, to = period.second;
        CAPTURE(from);
        CheckOptions options;
        options.from = from;
        options.to = to;
        (void)check(doc, options);
        (void)hours_between(doc, from, to, 1.0 / 3.0);
        (void)hours_account(doc, from.year(), to);
        for (const Assistant& a : doc.assistants) {
            (void)leave_summary(doc, a, from);
            (void)notice_period(doc.arrangement.jurisdiction, a, from, NoticeBy::Employer);
        }
        (void)deadlines(doc, from, to);
        ProposeOptions p;
        p.from = monday_of(from);
        p.weeks = 2;
        p.max_iterations = 200;
        (void)propose(doc, p);
    }
    // The plan's index finds the shift on any day it covers.
    const ShiftIndex index(doc);
    const int64_t day = T("3000-06-01T00:00").wall_minutes();
    const auto on_day = index.overlapping(day, day + 24 * 60);
    REQUIRE(on_day.size() == 1);
    CHECK(on_day[0]->id == "s5");
}

TEST_CASE("a shift of 2,931 years: the year's economy counts the days of the year only") {
    const std::string text = source_file("tests/fuzz/found/shift_of_2931_years.json");
    ReadResult r = read_document(text);
    REQUIRE(r.ok());
    const Document& doc = *r.document;
    const BudgetParams p = budget_params(doc.arrangement);

    // 2026: s1..s4 (7 + 7 + 7 + 6 hours) and s5 from 6 March 08:00 to the year's end.
    const BandHours first = band_hours(doc, p, D("2026-01-01"), D("2026-12-31"), true, true);
    CHECK(first.total == doctest::Approx(27 + (301 * 24 - 8)));
    // A year inside the shift: every hour of it (Oslo time at both ends), and all of each Sunday
    // that is no public holiday.
    const BandHours inside = band_hours(doc, p, D("3000-03-01"), D("3001-02-28"), true, true);
    CHECK(inside.total == doctest::Approx(365 * 24));
    CHECK(inside.sunday + inside.holiday >= 52 * 24);

    // What the page computes for the years the shift spans (fuzz_compute's calls), over the
    // year near its start, one inside it and the one it ends in: each a year's work, not the shift's.
    for (const int year : {2026, 3000, 4957}) {
        CAPTURE(year);
        const Date from = *Date::from_ymd(year, 1, 1), to = *Date::from_ymd(year, 12, 31);
        const YearEconomy e = year_economy(doc, year, to);
        CHECK(e.plan.total <= 366 * 24 + 27);
        (void)summarize(doc, from);
        std::vector<std::string> ids;
        for (const Assistant& a : doc.assistants) {
            (void)timesheet(doc, a.id, from, to);
            ids.push_back(a.id);
        }
        CHECK(!csv_export(doc, ids, from, to, "nb").empty());
    }
}
