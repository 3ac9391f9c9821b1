// The hours flow as a person expects it: only what has happened can be
// confirmed, a timesheet approved before its period ends says why, the payroll
// file holds exactly the confirmed hours of the assistants chosen, and the hours
// account shows planned past hours that nobody confirmed as such.
#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "core/hours.h"
#include "core/json_io.h"

using namespace bpa;
using namespace bpa::test;

namespace {

Document two_assistants(Jurisdiction j = Jurisdiction::NO) {
    Document doc;
    doc.arrangement.name = "Flyt";
    doc.arrangement.jurisdiction = j;
    doc.arrangement.decisions = {{D("2020-01-01"), std::nullopt, 35, "", Json::object()}};
    employ(doc, "a1", "Ola", "2020-01-01");
    employ(doc, "a2", "Kari", "2020-01-01");
    return doc;
}

Shift& add(Document& doc, const char* id, const char* assistant, const char* start, const char* end,
           ShiftStatus status = ShiftStatus::Planned) {
    doc.shifts.push_back(shift(id, assistant, start, end));
    doc.shifts.back().status = status;
    return doc.shifts.back();
}

ShiftStatus status_of(const Document& doc, const char* id) {
    for (const auto& s : doc.shifts)
        if (s.id == id) return s.status;
    FAIL("no shift " << id);
    return ShiftStatus::Cancelled;
}


}  // namespace

// [SECTION] Only what has happened ---------------------------------------------------------------
TEST_CASE("a shift can be confirmed as worked only once it has ended") {
    Document doc = two_assistants();
    add(doc, "s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00");
    add(doc, "s2", "a1", "2026-03-02T22:00", "2026-03-03T07:00");

    CHECK(confirm_worked(doc, "s1", T("2026-03-02T15:59")) == Refusal::NotEnded);
    CHECK(status_of(doc, "s1") == ShiftStatus::Planned);
    CHECK(confirm_worked(doc, "s1", T("2026-03-02T16:00")) == Refusal::None);
    CHECK(status_of(doc, "s1") == ShiftStatus::Worked);

    // A night has ended the next morning, not at midnight.
    CHECK(confirm_worked(doc, "s2", T("2026-03-03T06:59")) == Refusal::NotEnded);
    CHECK(confirm_worked(doc, "s2", T("2026-03-03T07:00")) == Refusal::None);
    CHECK(confirm_worked(doc, "nope", T("2026-03-03T07:00")) == Refusal::UnknownShift);

    const Zone z = zone_of(Jurisdiction::NO);
    CHECK_FALSE(has_ended(shift("x", "a1", "2026-10-24T22:00", "2026-10-25T02:30"), T("2026-10-25T02:29"), z));
    CHECK(has_ended(shift("x", "a1", "2026-10-24T22:00", "2026-10-25T02:30"), T("2026-10-25T02:30"), z));
}

TEST_CASE("actual times and extra shifts are taken only for time that has passed") {
    Document doc = two_assistants();
    add(doc, "s1", "a1", "2026-03-03T08:00", "2026-03-03T16:00");
    const LocalDateTime eleven = T("2026-03-03T11:00");
    CHECK(correct_shift(doc, "s1", T("2026-03-03T08:00"), T("2026-03-03T12:00"), eleven) == Refusal::NotEnded);
    CHECK(status_of(doc, "s1") == ShiftStatus::Planned);
    CHECK(correct_shift(doc, "s1", T("2026-03-03T08:00"), T("2026-03-03T10:30"), eleven) == Refusal::None);
    CHECK(status_of(doc, "s1") == ShiftStatus::Worked);

    CHECK(add_extra_shift(doc, "a1", T("2026-03-03T10:00"), T("2026-03-03T13:00"), 0, false, "", eleven).error ==
          Refusal::NotEnded);
    CHECK(doc.shifts.size() == 1);
    CHECK(add_extra_shift(doc, "a1", T("2026-03-03T09:00"), T("2026-03-03T11:00"), 0, false, "", eleven).error ==
          Refusal::None);
    CHECK(doc.shifts.size() == 2);
}

TEST_CASE("confirming a week confirms the shifts that have ended and counts those still to come") {
    Document doc = two_assistants();
    add(doc, "m", "a1", "2026-03-09T08:00", "2026-03-09T16:00");   // Monday
    add(doc, "t", "a1", "2026-03-10T08:00", "2026-03-10T16:00");   // Tuesday
    add(doc, "w", "a1", "2026-03-11T08:00", "2026-03-11T16:00");   // Wednesday, under way at noon
    add(doc, "th", "a1", "2026-03-12T08:00", "2026-03-12T16:00");  // Thursday
    add(doc, "c", "a1", "2026-03-09T18:00", "2026-03-09T20:00", ShiftStatus::Cancelled);
    add(doc, "k", "a2", "2026-03-09T08:00", "2026-03-09T16:00");   // another assistant's
    add(doc, "next", "a1", "2026-03-16T08:00", "2026-03-16T16:00");  // next week

    const Document before = doc;
    ConfirmedPeriod none = confirm_ended(doc, "a1", D("2026-03-09"), D("2026-03-15"), T("2026-03-08T12:00"));
    CHECK(none.error == Refusal::None);
    CHECK(none.confirmed == 0);
    CHECK(none.not_ended == 4);
    CHECK(doc == before);  // nothing has happened yet, so nothing changes

    ConfirmedPeriod r = confirm_ended(doc, "a1", D("2026-03-09"), D("2026-03-15"), T("2026-03-11T12:00"));
    CHECK(r.error == Refusal::None);
    CHECK(r.confirmed == 2);
    CHECK(r.not_ended == 2);
    CHECK(status_of(doc, "m") == ShiftStatus::Worked);
    CHECK(status_of(doc, "t") == ShiftStatus::Worked);
    CHECK(status_of(doc, "w") == ShiftStatus::Planned);
    CHECK(status_of(doc, "th") == ShiftStatus::Planned);
    CHECK(status_of(doc, "c") == ShiftStatus::Cancelled);
    CHECK(status_of(doc, "k") == ShiftStatus::Planned);
    CHECK(status_of(doc, "next") == ShiftStatus::Planned);

    // Confirmed ones are not counted again.
    ConfirmedPeriod again = confirm_ended(doc, "a1", D("2026-03-09"), D("2026-03-15"), T("2026-03-20T12:00"));
    CHECK(again.confirmed == 2);
    CHECK(again.not_ended == 0);
    CHECK(confirm_ended(doc, "zz", D("2026-03-09"), D("2026-03-15"), T("2026-03-20T12:00")).error ==
          Refusal::UnknownAssistant);
}

TEST_CASE("confirming a week of an approved timesheet is refused as locked and changes nothing") {
    Document doc = two_assistants();
    add(doc, "m", "a1", "2026-03-09T08:00", "2026-03-09T16:00");
    REQUIRE(set_timesheet_status(doc, "a1", D("2026-03-01"), D("2026-03-31"), TimesheetStatus::Signed,
                                 T("2026-04-01T09:00"), Actor::Assistant, "") == Refusal::None);
    REQUIRE(set_timesheet_status(doc, "a1", D("2026-03-01"), D("2026-03-31"), TimesheetStatus::Approved,
                                 T("2026-04-01T10:00"), Actor::Leader, "") == Refusal::None);
    const Document before = doc;
    CHECK(confirm_ended(doc, "a1", D("2026-03-09"), D("2026-03-15"), T("2026-04-02T12:00")).error == Refusal::Locked);
    CHECK(doc == before);
}

// [SECTION] Approving before the period ends -------------------------------------------------------
TEST_CASE("a timesheet approved before its period ends needs a note saying why, kept in its history") {
    Document doc = two_assistants();
    const Date from = D("2026-03-01"), to = D("2026-03-31");
    CHECK_FALSE(period_ended(to, T("2026-03-31T23:59")));
    CHECK(period_ended(to, T("2026-04-01T00:00")));

    REQUIRE(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Signed, T("2026-03-20T09:00"), Actor::Assistant,
                                 "") == Refusal::None);
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Approved, T("2026-03-20T10:00"), Actor::Leader, "") ==
          Refusal::PeriodNotEnded);
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Approved, T("2026-03-31T23:59"), Actor::Leader, " ") ==
          Refusal::PeriodNotEnded);
    CHECK(read_timesheets(doc).front().status == TimesheetStatus::Signed);
    REQUIRE(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Approved, T("2026-03-20T10:00"), Actor::Leader,
                                 "Ola slutter 20. mars") == Refusal::None);

    // The note and the early approval are in the file.
    const ReadResult back = read_document(write_document(doc));
    REQUIRE(back.document.has_value());
    const auto records = read_timesheets(*back.document);
    REQUIRE(records.size() == 1);
    CHECK(records[0].status == TimesheetStatus::Approved);
    const TimesheetStep& step = records[0].history.back();
    CHECK(step.status == TimesheetStatus::Approved);
    CHECK(step.note == "Ola slutter 20. mars");
    CHECK(step.extra.value("before_period_end", false));

    // From the day after its last day, no note is asked for.
    REQUIRE(set_timesheet_status(doc, "a2", from, to, TimesheetStatus::Signed, T("2026-03-31T20:00"), Actor::Assistant,
                                 "") == Refusal::None);
    CHECK(set_timesheet_status(doc, "a2", from, to, TimesheetStatus::Approved, T("2026-04-01T00:00"), Actor::Leader, "") ==
          Refusal::None);
    CHECK_FALSE(read_timesheets(doc).back().history.back().extra.contains("before_period_end"));
}

// [SECTION] The payroll file ---------------------------------------------------------------------------
TEST_CASE("the payroll file holds exactly the confirmed hours of the period and the assistants chosen") {
    Document doc = two_assistants();
    add(doc, "s1", "a1", "2026-11-02T08:00", "2026-11-02T16:00", ShiftStatus::Worked);
    add(doc, "s2", "a1", "2026-11-03T08:00", "2026-11-03T16:00");  // planned, never confirmed
    add(doc, "s3", "a2", "2026-11-04T08:00", "2026-11-04T16:00");  // another assistant's, planned
    add(doc, "s4", "a2", "2026-11-05T08:00", "2026-11-05T12:30", ShiftStatus::Worked);
    add(doc, "s5", "a1", "2026-11-30T22:00", "2026-12-01T06:00", ShiftStatus::Worked);  // 2 h in November
    add(doc, "s6", "a1", "2026-10-31T08:00", "2026-10-31T16:00", ShiftStatus::Worked);  // October

    const std::string header = "\xEF\xBB\xBF" "Assistent;Dato;Fra;Til;Timer;Overtid;Tillegg (helligdag);Fravær\r\n";
    const Date from = D("2026-11-01"), to = D("2026-11-30");
    CHECK(csv_export(doc, {"a1"}, from, to, "nb") == header +
                                                         "Ola;2026-11-02;08:00;16:00;8,00;0,00;0,00;\r\n"
                                                         "Ola;2026-11-30;22:00;24:00;2,00;0,00;0,00;\r\n");
    const PayrollSummary ola = payroll_summary(doc, {"a1"}, from, to);
    CHECK(ola.assistants == 1);
    CHECK(ola.shifts == 2);
    CHECK(ola.worked == Minutes{600});
    CHECK(ola.unconfirmed == 1);
    CHECK(ola.rows == 2);

    CHECK(csv_export(doc, {"a2"}, from, to, "nb") == header + "Kari;2026-11-05;08:00;12:30;4,50;0,00;0,00;\r\n");

    // Both, in the document's order whatever the order chosen; unknown ids are left out.
    CHECK(csv_export(doc, {"a2", "zz", "a1"}, from, to, "nb") == header +
                                                                    "Ola;2026-11-02;08:00;16:00;8,00;0,00;0,00;\r\n"
                                                                    "Ola;2026-11-30;22:00;24:00;2,00;0,00;0,00;\r\n"
                                                                    "Kari;2026-11-05;08:00;12:30;4,50;0,00;0,00;\r\n");
    const PayrollSummary both = payroll_summary(doc, {"a2", "zz", "a1"}, from, to);
    CHECK(both.assistants == 2);
    CHECK(both.shifts == 3);
    CHECK(both.worked == Minutes{870});
    CHECK(both.unconfirmed == 2);
    CHECK(both.rows == 3);

    // A day of absence stays in the file with its code and no hours.
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-11-03", "2026-11-03");
    CHECK(csv_export(doc, {"a1"}, from, to, "nb") == header +
                                                         "Ola;2026-11-02;08:00;16:00;8,00;0,00;0,00;\r\n"
                                                         "Ola;2026-11-03;;;0,00;0,00;0,00;Egenmelding\r\n"
                                                         "Ola;2026-11-30;22:00;24:00;2,00;0,00;0,00;\r\n");
}

// [SECTION] Hours account: planned past hours nobody confirmed ----------------------------------------
TEST_CASE("the hours account shows planned past hours that are not confirmed on their own") {
    Document doc = two_assistants();
    add(doc, "feb", "a1", "2026-02-24T10:00", "2026-02-24T14:00");                     // past, planned
    add(doc, "mon", "a1", "2026-03-02T08:00", "2026-03-02T16:00", ShiftStatus::Worked);  // confirmed
    add(doc, "tue", "a2", "2026-03-03T08:00", "2026-03-03T16:00");                     // past, planned
    add(doc, "wed", "a1", "2026-03-04T08:00", "2026-03-04T12:00");                     // today, planned
    add(doc, "thu", "a1", "2026-03-05T08:00", "2026-03-05T16:00");                     // future
    add(doc, "off", "a1", "2026-03-02T18:00", "2026-03-02T20:00", ShiftStatus::Cancelled);

    const HoursAccount acc = hours_account(doc, 2026, D("2026-03-04"));
    const AccountWeek& feb = week_from(acc, "2026-02-23");
    CHECK(feb.used == doctest::Approx(0));
    CHECK(feb.unconfirmed == doctest::Approx(4));
    const AccountWeek& mar = week_from(acc, "2026-03-02");
    CHECK(mar.used == doctest::Approx(16));        // 8 worked + 8 planned ahead
    CHECK(mar.unconfirmed == doctest::Approx(12));  // Tuesday's 8 and today's 4: not in `used`
    CHECK(mar.saved == doctest::Approx(35 - 16));
    CHECK(week_from(acc, "2026-03-09").unconfirmed == doctest::Approx(0));

    CHECK(acc.worked == doctest::Approx(8));
    CHECK(acc.planned == doctest::Approx(8));
    CHECK(acc.unconfirmed == doctest::Approx(16));
    CHECK(acc.used == doctest::Approx(16));

    // Once confirmed they are used hours, and no longer unconfirmed.
    REQUIRE(confirm_worked(doc, "tue", T("2026-03-04T12:00")) == Refusal::None);
    const HoursAccount after = hours_account(doc, 2026, D("2026-03-04"));
    CHECK(week_from(after, "2026-03-02").unconfirmed == doctest::Approx(4));
    CHECK(week_from(after, "2026-03-02").used == doctest::Approx(24));
    CHECK(after.unconfirmed == doctest::Approx(8));
    CHECK(after.worked == doctest::Approx(16));
}

TEST_CASE("the account's week of today is the week holding it, cut at the year's edges") {
    Document doc = two_assistants();
    const HoursAccount acc = hours_account(doc, 2026, D("2026-11-30"));
    REQUIRE(account_week_of(acc, D("2026-11-30")).has_value());
    CHECK(acc.weeks[*account_week_of(acc, D("2026-11-30"))].from == D("2026-11-30"));
    CHECK(acc.weeks[*account_week_of(acc, D("2026-12-06"))].from == D("2026-11-30"));
    CHECK(*account_week_of(acc, D("2026-01-01")) == 0);
    CHECK_FALSE(account_week_of(acc, D("2027-01-01")).has_value());
    CHECK_FALSE(account_week_of(acc, D("2025-12-31")).has_value());
}
