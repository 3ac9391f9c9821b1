// Hours after the plan: actual time, timesheets and their approval, the hours
// account (timekonto) and the payroll CSV.
#include <doctest/doctest.h>

#include "support.h"

#include <string>

#include "core/hours.h"
#include "core/json_io.h"

using namespace bpa;
using namespace bpa::test;

namespace {


Document hours_doc(Jurisdiction j, double hours_per_week = 35) {
    Document doc;
    doc.arrangement.name = "Test";
    doc.arrangement.jurisdiction = j;
    doc.arrangement.decisions = {{D("2020-01-01"), std::nullopt, hours_per_week, "", Json::object()}};
    Assistant a;
    a.id = "a1";
    a.name = "Ola";
    a.employed_from = D("2020-01-01");
    Assistant b = a;
    b.id = "a2";
    b.name = "Kari";
    doc.assistants = {a, b};
    return doc;
}

Shift& add_shift(Document& doc, const std::string& id, const char* start, const char* end,
                 ShiftStatus status = ShiftStatus::Planned, const std::string& assistant = "a1") {
    Shift s;
    s.id = id;
    s.assistant = assistant;
    s.start = T(start);
    s.end = T(end);
    s.status = status;
    doc.shifts.push_back(s);
    return doc.shifts.back();
}

const TimesheetLine& line_on(const Timesheet& ts, const char* date) {
    for (const auto& l : ts.lines)
        if (l.date == D(date)) return l;
    FAIL("no line for " << date);
    return ts.lines.front();
}

// Counts of weeks' from..to and hours in an account, by the week's first day.

}  // namespace

// [SECTION] Clock hours, summer time, passive nights ----------------------------------------
TEST_CASE("a 22:00-07:00 night is 8 h over the March change and 10 h over the October change") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-03-28T22:00", "2026-03-29T07:00");
    add_shift(doc, "s2", "2026-10-24T22:00", "2026-10-25T07:00");
    const Timesheet march = timesheet(doc, "a1", D("2026-03-01"), D("2026-03-31"));
    CHECK(line_on(march, "2026-03-28").clock == hours(2));
    CHECK(line_on(march, "2026-03-29").clock == hours(6));  // 02:00-03:00 does not exist
    CHECK(march.clock == hours(8));
    const Timesheet october = timesheet(doc, "a1", D("2026-10-01"), D("2026-10-31"));
    CHECK(line_on(october, "2026-10-25").clock == hours(8));  // 02:00-03:00 twice
    CHECK(october.clock == hours(10));
    // The entry of the second day runs from midnight; the first day's runs to 24:00.
    const TimesheetLine& sat = line_on(october, "2026-10-24");
    REQUIRE(sat.entries.size() == 1);
    CHECK(sat.entries[0].from.minutes() == 22 * 60);
    CHECK(sat.entries[0].to.minutes() == 1440);
    CHECK(line_on(october, "2026-10-25").entries[0].from.minutes() == 0);
    CHECK(line_on(october, "2026-10-25").entries[0].to.minutes() == 7 * 60);
}

TEST_CASE("passive night time 00:00-06:00 is paid at the passive factor: 1/3 in Norway, in full in Denmark") {
    Document no = hours_doc(Jurisdiction::NO);
    add_shift(no, "s1", "2026-03-02T22:00", "2026-03-03T07:00").passive_night = true;
    const Timesheet ts = timesheet(no, "a1", D("2026-03-01"), D("2026-03-31"));
    CHECK(ts.clock == hours(9));
    CHECK(ts.passive == hours(6));
    CHECK(line_on(ts, "2026-03-03").passive == hours(6));
    CHECK(line_on(ts, "2026-03-02").passive == Minutes{});
    CHECK(ts.paid_hours == doctest::Approx(3 + 2));  // 3 active hours + 6 passive x 1/3

    Document dk = no;
    dk.arrangement.jurisdiction = Jurisdiction::DK;
    CHECK(timesheet(dk, "a1", D("2026-03-01"), D("2026-03-31")).paid_hours == doctest::Approx(9));

    no.arrangement.rules["passive_factor"] = 0.5;
    CHECK(timesheet(no, "a1", D("2026-03-01"), D("2026-03-31")).paid_hours == doctest::Approx(6));
}

TEST_CASE("a passive night over the October change has 7 passive hours") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-10-24T22:00", "2026-10-25T07:00").passive_night = true;
    const Timesheet ts = timesheet(doc, "a1", D("2026-10-01"), D("2026-10-31"));
    CHECK(ts.passive == hours(7));
    CHECK(ts.paid_hours == doctest::Approx(3 + 7.0 / 3));
}

// [SECTION] Periods and their edges ----------------------------------------------------------
TEST_CASE("Norwegian timesheets run per calendar month, Danish from the 11th to the 10th") {
    CHECK(timesheet_period(Jurisdiction::NO, D("2026-02-15")) == Period{D("2026-02-01"), D("2026-02-28")});
    CHECK(timesheet_period(Jurisdiction::NO, D("2028-02-29")) == Period{D("2028-02-01"), D("2028-02-29")});
    CHECK(timesheet_period(Jurisdiction::DK, D("2026-03-10")) == Period{D("2026-02-11"), D("2026-03-10")});
    CHECK(timesheet_period(Jurisdiction::DK, D("2026-03-11")) == Period{D("2026-03-11"), D("2026-04-10")});
    CHECK(timesheet_period(Jurisdiction::DK, D("2026-12-31")) == Period{D("2026-12-11"), D("2027-01-10")});
    CHECK(timesheet_period(Jurisdiction::DK, D("2026-01-05")) == Period{D("2025-12-11"), D("2026-01-10")});
}

TEST_CASE("Danish timesheets are handed in from the 10th and due on the 15th, Norway has a due day only by rule") {
    Document dk = hours_doc(Jurisdiction::DK);
    auto w = submission_window(dk.arrangement, timesheet_period(Jurisdiction::DK, D("2026-03-01")));
    REQUIRE(w);
    CHECK(w->from == D("2026-03-10"));
    CHECK(w->due == D("2026-03-15"));

    Document no = hours_doc(Jurisdiction::NO);
    const Period march = timesheet_period(Jurisdiction::NO, D("2026-03-20"));
    CHECK_FALSE(submission_window(no.arrangement, march));
    no.arrangement.rules["timesheet_due_day"] = 5;
    w = submission_window(no.arrangement, march);
    REQUIRE(w);
    CHECK(w->from == D("2026-03-31"));
    CHECK(w->due == D("2026-04-05"));
}

TEST_CASE("a night across a month's end is split between the two monthly timesheets") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-01-31T22:00", "2026-02-01T07:00");
    CHECK(timesheet(doc, "a1", D("2026-01-01"), D("2026-01-31")).clock == hours(2));
    CHECK(timesheet(doc, "a1", D("2026-02-01"), D("2026-02-28")).clock == hours(7));
}

TEST_CASE("a night across the Danish pay-period edge is split at midnight between the 10th and the 11th") {
    Document doc = hours_doc(Jurisdiction::DK);
    add_shift(doc, "s1", "2026-03-10T20:00", "2026-03-11T04:00");
    const Period first = timesheet_period(Jurisdiction::DK, D("2026-03-10"));
    const Period second = timesheet_period(Jurisdiction::DK, D("2026-03-11"));
    CHECK(timesheet(doc, "a1", first.from, first.to).clock == hours(4));
    CHECK(timesheet(doc, "a1", second.from, second.to).clock == hours(4));
}

TEST_CASE("a timesheet has one line per day, also days without work") {
    Document doc = hours_doc(Jurisdiction::NO);
    const Timesheet ts = timesheet(doc, "a1", D("2026-02-01"), D("2026-02-28"));
    CHECK(ts.lines.size() == 28);
    CHECK(ts.clock == Minutes{});
    CHECK(ts.status == TimesheetStatus::Draft);
}

// [SECTION] Holiday supplement --------------------------------------------------------------------
TEST_CASE("holiday supplement: all of a public holiday, from 12:00 on a Danish supplement day") {
    Document no = hours_doc(Jurisdiction::NO);
    add_shift(no, "s1", "2026-05-17T08:00", "2026-05-17T16:00");  // Grunnlovsdag (NO list)
    add_shift(no, "s2", "2026-05-16T08:00", "2026-05-16T16:00");
    add_shift(no, "s3", "2026-12-24T08:00", "2026-12-24T16:00");  // not a holiday in Norway
    add_shift(no, "s4", "2026-05-01T20:00", "2026-05-02T02:00");  // 1 May until midnight
    Timesheet may = timesheet(no, "a1", D("2026-05-01"), D("2026-05-31"));
    CHECK(line_on(may, "2026-05-17").holiday == hours(8));
    CHECK(line_on(may, "2026-05-16").holiday == Minutes{});
    CHECK(line_on(may, "2026-05-01").holiday == hours(4));
    CHECK(line_on(may, "2026-05-02").holiday == Minutes{});
    CHECK(timesheet(no, "a1", D("2026-12-01"), D("2026-12-31")).holiday == Minutes{});

    Document dk = hours_doc(Jurisdiction::DK);
    add_shift(dk, "s1", "2026-12-24T08:00", "2026-12-24T16:00");
    add_shift(dk, "s2", "2026-12-25T08:00", "2026-12-25T16:00");
    add_shift(dk, "s3", "2026-06-05T10:00", "2026-06-05T14:00");
    add_shift(dk, "s4", "2026-05-17T08:00", "2026-05-17T16:00");  // a Sunday, not a Danish holiday
    const Timesheet dec = timesheet(dk, "a1", D("2026-12-11"), D("2027-01-10"));
    CHECK(line_on(dec, "2026-12-24").holiday == hours(4));
    CHECK(line_on(dec, "2026-12-25").holiday == hours(8));
    CHECK(timesheet(dk, "a1", D("2026-06-05"), D("2026-06-05")).holiday == hours(2));
    CHECK(timesheet(dk, "a1", D("2026-05-17"), D("2026-05-17")).holiday == Minutes{});
}

// [SECTION] Actual time and overtime -----------------------------------------------------------------
TEST_CASE("a corrected shift keeps the original planned times once, and overtime is the time beyond the plan") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-03-02T08:00", "2026-03-02T16:00");
    const Zone z = Zone::Oslo;
    CHECK(overtime_of(doc.shifts[0], z) == Minutes{});

    REQUIRE(correct_shift(doc, "s1", T("2026-03-02T08:00"), T("2026-03-02T17:30"), after_all()) == Refusal::None);
    CHECK(doc.shifts[0].status == ShiftStatus::Worked);
    CHECK(doc.shifts[0].extra["planned_start"] == "2026-03-02T08:00");
    CHECK(doc.shifts[0].extra["planned_end"] == "2026-03-02T16:00");
    CHECK(overtime_of(doc.shifts[0], z) == Minutes{90});

    REQUIRE(correct_shift(doc, "s1", T("2026-03-02T08:00"), T("2026-03-02T18:00"), after_all()) == Refusal::None);
    CHECK(doc.shifts[0].extra["planned_end"] == "2026-03-02T16:00");  // still the plan, not the first correction
    CHECK(overtime_of(doc.shifts[0], z) == hours(2));
    const Timesheet ts = timesheet(doc, "a1", D("2026-03-01"), D("2026-03-31"));
    CHECK(ts.clock == hours(10));
    CHECK(ts.overtime == hours(2));
    CHECK(line_on(ts, "2026-03-02").entries[0].corrected);

    // Moved without getting longer: no overtime.
    REQUIRE(correct_shift(doc, "s1", T("2026-03-02T09:00"), T("2026-03-02T17:00"), after_all()) == Refusal::None);
    CHECK(overtime_of(doc.shifts[0], z) == Minutes{});
    // Back to the plan: no longer corrected.
    REQUIRE(correct_shift(doc, "s1", T("2026-03-02T08:00"), T("2026-03-02T16:00"), after_all()) == Refusal::None);
    CHECK_FALSE(doc.shifts[0].extra.contains("planned_start"));
    CHECK_FALSE(shift_actual(doc.shifts[0]).corrected());

    CHECK(correct_shift(doc, "s1", T("2026-03-02T16:00"), T("2026-03-02T08:00"), after_all()) == Refusal::BadTimes);
    CHECK(correct_shift(doc, "s1", T("2026-03-29T02:30"), T("2026-03-29T08:00"), after_all()) == Refusal::BadTimes);
    CHECK(correct_shift(doc, "nope", T("2026-03-02T08:00"), T("2026-03-02T09:00"), after_all()) == Refusal::UnknownShift);
}

TEST_CASE("overtime of a longer night lies at its end, on the morning's day") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-03-02T22:00", "2026-03-03T07:00");
    REQUIRE(correct_shift(doc, "s1", T("2026-03-02T21:00"), T("2026-03-03T08:00"), after_all()) == Refusal::None);
    const Timesheet ts = timesheet(doc, "a1", D("2026-03-01"), D("2026-03-31"));
    CHECK(ts.overtime == hours(2));
    CHECK(line_on(ts, "2026-03-03").overtime == hours(2));
    CHECK(line_on(ts, "2026-03-02").overtime == Minutes{});
}

TEST_CASE("an extra shift is worked and all of it is overtime") {
    Document doc = hours_doc(Jurisdiction::NO);
    AddedShift added = add_extra_shift(doc, "a1", T("2026-03-04T10:00"), T("2026-03-04T13:00"), 0, false, "lege", after_all());
    REQUIRE(added.error == Refusal::None);
    const Shift& s = doc.shifts.back();
    CHECK(s.id == added.id);
    CHECK(s.status == ShiftStatus::Worked);
    CHECK(s.extra["origin"] == "extra");
    CHECK(s.extra["note"] == "lege");
    const Timesheet ts = timesheet(doc, "a1", D("2026-03-01"), D("2026-03-31"));
    CHECK(ts.overtime == hours(3));
    CHECK(line_on(ts, "2026-03-04").entries[0].extra_shift);
    CHECK(add_extra_shift(doc, "zz", T("2026-03-04T10:00"), T("2026-03-04T13:00"), 0, false, "", after_all()).error ==
          Refusal::UnknownAssistant);
    CHECK(add_extra_shift(doc, "a1", T("2026-03-04T10:00"), T("2026-03-04T10:00"), 0, false, "", after_all()).error ==
          Refusal::BadTimes);
}

TEST_CASE("a shift not worked for sickness counts as sick time, not work, at its planned times") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-03-02T08:00", "2026-03-02T16:00");
    add_shift(doc, "s2", "2026-03-03T08:00", "2026-03-03T16:00");
    REQUIRE(correct_shift(doc, "s1", T("2026-03-02T08:00"), T("2026-03-02T12:00"), after_all()) == Refusal::None);
    REQUIRE(mark_not_worked(doc, "s1", NotWorkedReason::AssistantSick, "ringte kl 07") == Refusal::None);
    REQUIRE(mark_not_worked(doc, "s2", NotWorkedReason::CancelledByLeader, "") == Refusal::None);
    CHECK(doc.shifts[0].status == ShiftStatus::Cancelled);
    CHECK(doc.shifts[0].extra["not_worked_reason"] == "assistant_sick");
    CHECK(doc.shifts[0].extra["note"] == "ringte kl 07");
    CHECK(doc.shifts[0].end == T("2026-03-02T16:00"));  // back to the plan
    CHECK_FALSE(doc.shifts[0].extra.contains("planned_end"));
    CHECK_FALSE(doc.shifts[1].extra.contains("note"));

    const Timesheet ts = timesheet(doc, "a1", D("2026-03-01"), D("2026-03-31"));
    CHECK(ts.clock == Minutes{});
    CHECK(ts.sick == hours(8));  // cancelled by the leader is not sick time
    CHECK(line_on(ts, "2026-03-02").entries[0].not_worked == NotWorkedReason::AssistantSick);

    REQUIRE(confirm_worked(doc, "s1", after_all()) == Refusal::None);  // it happened after all
    CHECK_FALSE(doc.shifts[0].extra.contains("not_worked_reason"));
    CHECK(timesheet(doc, "a1", D("2026-03-01"), D("2026-03-31")).clock == hours(8));
}

TEST_CASE("planned shifts on absence days: sick time on sick days, nothing on vacation days, while worked shifts count") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-03-02T08:00", "2026-03-02T16:00");
    add_shift(doc, "s2", "2026-03-09T08:00", "2026-03-09T16:00");
    add_shift(doc, "s3", "2026-03-10T08:00", "2026-03-10T12:00", ShiftStatus::Worked);
    doc.absences = {{"f1", "a1", AbsenceType::Egenmelding, D("2026-03-02"), D("2026-03-02"), Json::object()},
                    {"f2", "a1", AbsenceType::Vacation, D("2026-03-09"), D("2026-03-13"), Json::object()}};
    const Timesheet ts = timesheet(doc, "a1", D("2026-03-01"), D("2026-03-31"));
    CHECK(ts.sick == hours(8));
    CHECK(ts.clock == hours(4));  // only the worked shift
    CHECK(ts.vacation_days == 5);
    CHECK(line_on(ts, "2026-03-09").vacation);
    CHECK(line_on(ts, "2026-03-09").absence == "vacation");
    CHECK(line_on(ts, "2026-03-02").absence == "egenmelding");
    CHECK_FALSE(line_on(ts, "2026-03-09").entries[0].counts);
}

// [SECTION] Lock and reopen --------------------------------------------------------------------------
TEST_CASE("an approved timesheet locks the assistant's shifts in its period until it is reopened with a note") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-03-02T08:00", "2026-03-02T16:00");
    add_shift(doc, "s2", "2026-03-31T22:00", "2026-04-01T07:00");
    add_shift(doc, "s3", "2026-03-02T08:00", "2026-03-02T16:00", ShiftStatus::Planned, "a2");
    const Date from = D("2026-03-01"), to = D("2026-03-31");

    // The flow has no shortcut and each step is one person's.
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Approved, T("2026-04-01T10:00"), Actor::Leader, "") ==
          Refusal::NotAllowed);
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Signed, T("2026-04-01T10:00"), Actor::Leader, "") ==
          Refusal::WrongActor);
    REQUIRE(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Signed, T("2026-04-01T10:00"), Actor::Assistant, "") ==
            Refusal::None);
    CHECK_FALSE(locked(doc, "a1", D("2026-03-02")));  // signed is not locked yet
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Approved, T("2026-04-01T12:00"), Actor::Assistant, "") ==
          Refusal::WrongActor);
    REQUIRE(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Approved, T("2026-04-01T12:00"), Actor::Leader, "") ==
            Refusal::None);

    CHECK(locked(doc, "a1", D("2026-03-02")));
    CHECK(locked(doc, "a1", D("2026-03-31")));
    CHECK_FALSE(locked(doc, "a1", D("2026-04-01")));
    CHECK_FALSE(locked(doc, "a2", D("2026-03-02")));
    CHECK(timesheet(doc, "a1", from, to).status == TimesheetStatus::Approved);

    const Document before = doc;
    CHECK(confirm_worked(doc, "s1", after_all()) == Refusal::Locked);
    CHECK(correct_shift(doc, "s1", T("2026-03-02T08:00"), T("2026-03-02T18:00"), after_all()) == Refusal::Locked);
    CHECK(mark_not_worked(doc, "s1", NotWorkedReason::Other, "") == Refusal::Locked);
    CHECK(confirm_worked(doc, "s2", after_all()) == Refusal::Locked);  // its evening lies in March
    CHECK(add_extra_shift(doc, "a1", T("2026-03-05T10:00"), T("2026-03-05T12:00"), 0, false, "", after_all()).error ==
          Refusal::Locked);
    CHECK(doc == before);
    CHECK(confirm_worked(doc, "s3", after_all()) == Refusal::None);  // another assistant's shift
    // Moving an April shift into the locked month is refused too.
    add_shift(doc, "s4", "2026-04-02T08:00", "2026-04-02T12:00");
    CHECK(correct_shift(doc, "s4", T("2026-03-31T08:00"), T("2026-03-31T12:00"), after_all()) == Refusal::Locked);

    REQUIRE(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Sent, T("2026-04-02T09:00"), Actor::Employer, "") ==
            Refusal::None);
    CHECK(locked(doc, "a1", D("2026-03-02")));

    // Reopening needs a note, and only the leader or the employer may reopen.
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Draft, T("2026-04-03T09:00"), Actor::Leader, "") ==
          Refusal::NoteRequired);
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Draft, T("2026-04-03T09:00"), Actor::Leader, "  ") ==
          Refusal::NoteRequired);
    CHECK(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Draft, T("2026-04-03T09:00"), Actor::Assistant, "feil") ==
          Refusal::WrongActor);
    REQUIRE(set_timesheet_status(doc, "a1", from, to, TimesheetStatus::Draft, T("2026-04-03T09:00"), Actor::Leader,
                                 "Overtid 2. mars mangler") == Refusal::None);
    CHECK_FALSE(locked(doc, "a1", D("2026-03-02")));
    CHECK(correct_shift(doc, "s1", T("2026-03-02T08:00"), T("2026-03-02T18:00"), after_all()) == Refusal::None);

    const auto records = read_timesheets(doc);
    REQUIRE(records.size() == 1);
    CHECK(records[0].status == TimesheetStatus::Draft);
    REQUIRE(records[0].history.size() == 4);
    CHECK(records[0].history[0].status == TimesheetStatus::Signed);
    CHECK(records[0].history[0].by == Actor::Assistant);
    CHECK(records[0].history[1].status == TimesheetStatus::Approved);
    CHECK(records[0].history[2].status == TimesheetStatus::Sent);
    CHECK(records[0].history[2].by == Actor::Employer);
    CHECK(records[0].history[3].status == TimesheetStatus::Draft);
    CHECK(records[0].history[3].note == "Overtid 2. mars mangler");
    CHECK(records[0].history[3].at == T("2026-04-03T09:00"));
}

TEST_CASE("timesheets of one assistant may not overlap, and they survive a round trip through the file") {
    Document doc = hours_doc(Jurisdiction::DK);
    REQUIRE(set_timesheet_status(doc, "a1", D("2026-02-11"), D("2026-03-10"), TimesheetStatus::Signed,
                                 T("2026-03-11T08:00"), Actor::Assistant, "") == Refusal::None);
    CHECK(set_timesheet_status(doc, "a1", D("2026-03-01"), D("2026-03-31"), TimesheetStatus::Signed,
                               T("2026-03-11T08:00"), Actor::Assistant, "") == Refusal::OverlappingTimesheet);
    CHECK(set_timesheet_status(doc, "a1", D("2026-03-31"), D("2026-03-01"), TimesheetStatus::Signed,
                               T("2026-03-11T08:00"), Actor::Assistant, "") == Refusal::BadPeriod);
    CHECK(set_timesheet_status(doc, "zz", D("2026-02-11"), D("2026-03-10"), TimesheetStatus::Signed,
                               T("2026-03-11T08:00"), Actor::Assistant, "") == Refusal::UnknownAssistant);
    CHECK(set_timesheet_status(doc, "a1", D("2026-02-11"), D("2026-03-10"), TimesheetStatus::Signed,
                               T("2026-03-11T08:00"), Actor::Assistant, "") == Refusal::NotAllowed);  // no change
    REQUIRE(set_timesheet_status(doc, "a2", D("2026-03-01"), D("2026-03-31"), TimesheetStatus::Signed,
                                 T("2026-03-11T08:00"), Actor::Assistant, "") == Refusal::None);
    doc.extra["timesheets"][0]["own_field"] = 7;  // unknown members are kept

    const ReadResult r = read_document(write_document(doc));
    REQUIRE(r.ok());
    Problems problems;
    const auto records = read_timesheets(*r.document, &problems);
    CHECK(problems.empty());
    REQUIRE(records.size() == 2);
    CHECK(records[0].from == D("2026-02-11"));
    CHECK(records[0].extra["own_field"] == 7);
    CHECK(records[1].assistant == "a2");

    // A broken record is reported with its path and left out; the others are read.
    Document broken = *r.document;
    broken.extra["timesheets"][1]["status"] = "done";
    problems.clear();
    CHECK(read_timesheets(broken, &problems).size() == 1);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "timesheets[1].status");
    CHECK(problems[0].kind == ProblemKind::UnknownValue);
}

// [SECTION] CSV for payroll ----------------------------------------------------------------------------
TEST_CASE("the payroll CSV has a byte-order mark, semicolon separators, CRLF, decimal commas and quoted names") {
    Document doc = hours_doc(Jurisdiction::NO);
    doc.assistants[0].name = "Øyvind \"Øy\" Ærø; Åsen";
    doc.assistants[1].name = "Kari Bø";
    add_shift(doc, "s1", "2026-05-17T08:00", "2026-05-17T15:30");
    add_shift(doc, "s2", "2026-05-18T22:00", "2026-05-19T07:00", ShiftStatus::Worked, "a2");
    REQUIRE(correct_shift(doc, "s1", T("2026-05-17T08:00"), T("2026-05-17T16:15"), after_all()) == Refusal::None);
    doc.absences = {{"f1", "a1", AbsenceType::Sykemelding, D("2026-05-20"), D("2026-05-20"), Json::object()}};

    const std::string csv = csv_export(doc, {"a1", "a2"}, D("2026-05-01"), D("2026-05-31"), "nb");
    const std::string expected =
        "\xEF\xBB\xBF"
        "Assistent;Dato;Fra;Til;Timer;Overtid;Tillegg (helligdag);Fravær\r\n"
        "\"Øyvind \"\"Øy\"\" Ærø; Åsen\";2026-05-17;08:00;16:15;8,25;0,75;8,25;\r\n"
        "\"Øyvind \"\"Øy\"\" Ærø; Åsen\";2026-05-20;;;0,00;0,00;0,00;Sykemelding (legeerklæring)\r\n"
        "Kari Bø;2026-05-18;22:00;24:00;2,00;0,00;0,00;\r\n"
        "Kari Bø;2026-05-19;00:00;07:00;7,00;0,00;0,00;\r\n";
    CHECK(csv == expected);

    const std::string da = csv_export(doc, {"a1", "a2"}, D("2026-05-01"), D("2026-05-31"), "da");
    CHECK(da.find("Hjælper;Dato;Fra;Til;Timer;Merarbejde;Tillæg (helligdag);Fravær\r\n") == 3);
    CHECK(da.find(";2026-05-20;;;0,00;0,00;0,00;Sygemelding (lægeerklæring)\r\n") != std::string::npos);
    CHECK(da.find(";8,25;0,75;") != std::string::npos);
    const std::string en = csv_export(doc, {"a1", "a2"}, D("2026-05-01"), D("2026-05-31"), "en");
    CHECK(en.find("Assistant;Date;From;To;Hours;Overtime;Supplement (holiday);Absence\r\n") == 3);
    CHECK(en.find(";Sick leave (doctor's note)\r\n") != std::string::npos);
    CHECK(en.find(";8.25;0.75;8.25;") != std::string::npos);
    CHECK(csv_export(doc, {"a1", "a2"}, D("2026-05-01"), D("2026-05-31"), "sv") == en);
}

TEST_CASE("the payroll CSV writes the absence as a word, with the Danish terms for a DK arrangement") {
    Document doc = hours_doc(Jurisdiction::DK);
    doc.absences = {{"f1", "a1", AbsenceType::Egenmelding, D("2026-05-04"), D("2026-05-04"), Json::object()},
                    {"f2", "a1", AbsenceType::Sykemelding, D("2026-05-05"), D("2026-05-05"), Json::object()},
                    {"f3", "a1", AbsenceType::ChildSick, D("2026-05-06"), D("2026-05-06"), Json::object()},
                    {"f4", "a1", AbsenceType::Leave, D("2026-05-07"), D("2026-05-07"), Json::object()}};
    const std::string da = csv_export(doc, {"a1"}, D("2026-05-01"), D("2026-05-31"), "da");
    CHECK(da == "\xEF\xBB\xBF"
                "Hjælper;Dato;Fra;Til;Timer;Merarbejde;Tillæg (helligdag);Fravær\r\n"
                "Ola;2026-05-04;;;0,00;0,00;0,00;Sygemelding\r\n"
                "Ola;2026-05-05;;;0,00;0,00;0,00;Sygemelding med lægeerklæring\r\n"
                "Ola;2026-05-06;;;0,00;0,00;0,00;Barns 1. og 2. sygedag\r\n"
                "Ola;2026-05-07;;;0,00;0,00;0,00;Orlov\r\n");
    CHECK(da.find("egenmelding") == std::string::npos);
    CHECK(da.find("child_sick") == std::string::npos);
    CHECK(da.find("Overtid") == std::string::npos);
    // In Norwegian and English the DK file names the helper and the time beyond the plan as Danish law does.
    const std::string nb = csv_export(doc, {"a1"}, D("2026-05-01"), D("2026-05-31"), "nb");
    CHECK(nb.find("Hjelper;Dato;Fra;Til;Timer;Merarbeid;Tillegg (helligdag);Fravær\r\n") == 3);
    CHECK(nb.find("Overtid") == std::string::npos);
    CHECK(nb.find(";Sykemelding\r\n") != std::string::npos);
    const std::string en = csv_export(doc, {"a1"}, D("2026-05-01"), D("2026-05-31"), "en");
    CHECK(en.find("Helper;Date;From;To;Hours;Additional hours;Supplement (holiday);Absence\r\n") == 3);

    // The same absences of a Norwegian arrangement keep the Norwegian terms.
    CHECK(csv_absence_word("egenmelding", Jurisdiction::NO, "nb") == "Egenmelding");
    CHECK(csv_absence_word("child_sick", Jurisdiction::NO, "nb") == "Barns sykdom");
    CHECK(csv_absence_word("child_sick", Jurisdiction::DK, "nb") == "Barns 1. og 2. sykedag");
    CHECK(csv_absence_word("egenmelding", Jurisdiction::DK, "en") == "Sick leave");
    CHECK(csv_absence_word("assistant_sick", Jurisdiction::DK, "da") == "Syg");
    CHECK(csv_absence_word("vacation", Jurisdiction::NO, "sv") == "Vacation");
    CHECK(csv_absence_word("", Jurisdiction::DK, "da").empty());
}

TEST_CASE("a name that looks like a formula goes into the payroll CSV as text") {
    Document doc = hours_doc(Jurisdiction::NO);
    add_shift(doc, "s1", "2026-05-18T08:00", "2026-05-18T12:00", ShiftStatus::Worked, "a1");
    add_shift(doc, "s2", "2026-05-18T08:00", "2026-05-18T12:00", ShiftStatus::Worked, "a2");
    for (const char* name : {"=HYPERLINK(\"http://x\";\"y\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rCR"}) {
        doc.assistants[0].name = name;
        doc.assistants[1].name = "Kari";
        const std::string csv = csv_export(doc, {"a1", "a2"}, D("2026-05-01"), D("2026-05-31"), "nb");
        const std::string first_cell = csv.substr(csv.find("\r\n") + 2, csv.find(';', csv.find("\r\n")) - csv.find("\r\n") - 2);
        INFO(name << " -> " << first_cell);
        // The cell starts with an apostrophe, inside quotes when it needs them: never with the formula's sign.
        CHECK((first_cell.rfind("'", 0) == 0 || first_cell.rfind("\"'", 0) == 0));
        CHECK(csv.find("\r\nKari;") != std::string::npos);  // ordinary names as they are
    }
}

TEST_CASE("a field with a line break is quoted, and a day with two shifts runs from the first start to the last end") {
    Document doc = hours_doc(Jurisdiction::DK);
    doc.assistants[0].name = "Line\r\nBreak";
    add_shift(doc, "s1", "2026-05-04T08:00", "2026-05-04T10:00");
    add_shift(doc, "s2", "2026-05-04T14:00", "2026-05-04T16:30");
    const auto records = daily_time_records(doc, D("2026-05-01"), D("2026-05-10"));
    REQUIRE(records.size() == 1);
    CHECK(records[0].assistant == "a1");
    CHECK(records[0].clock == Minutes{270});
    CHECK_FALSE(records[0].confirmed);  // still only planned

    REQUIRE(confirm_ended(doc, "a1", D("2026-05-04"), D("2026-05-04"), after_all()).confirmed == 2);
    const std::string csv = csv_export(doc, {"a1"}, D("2026-05-04"), D("2026-05-04"), "da");
    CHECK(csv.find("\"Line\r\nBreak\";2026-05-04;08:00;16:30;4,50;0,00;0,00;\r\n") != std::string::npos);
}

// [SECTION] Hours account -------------------------------------------------------------------------------
TEST_CASE("2026 has 53 ISO weeks and the week around New Year is split between the years") {
    Document doc = hours_doc(Jurisdiction::NO, 35);  // 5 h a day
    const HoursAccount y2026 = hours_account(doc, 2026, D("2026-12-31"));
    REQUIRE(y2026.weeks.size() == 53);
    CHECK(y2026.weeks.front().week == IsoWeek{2026, 1});
    CHECK(y2026.weeks.front().from == D("2026-01-01"));
    CHECK(y2026.weeks.front().to == D("2026-01-04"));
    CHECK(y2026.weeks.front().decided == doctest::Approx(20));
    CHECK(y2026.weeks.back().week == IsoWeek{2026, 53});
    CHECK(y2026.weeks.back().from == D("2026-12-28"));
    CHECK(y2026.weeks.back().to == D("2026-12-31"));
    CHECK(y2026.weeks.back().decided == doctest::Approx(20));
    CHECK(y2026.decided == doctest::Approx(365 * 5));

    const HoursAccount y2027 = hours_account(doc, 2027, D("2027-12-31"));
    CHECK(y2027.weeks.front().week == IsoWeek{2026, 53});  // 1-3 January 2027
    CHECK(y2027.weeks.front().from == D("2027-01-01"));
    CHECK(y2027.weeks.front().to == D("2027-01-03"));
    CHECK(y2027.weeks.front().decided == doctest::Approx(15));
    CHECK(y2027.weeks[1].week == IsoWeek{2027, 1});
    CHECK(y2027.weeks[1].from == D("2027-01-04"));

    // 2024 has week 1 at both ends: 30-31 December 2024 belong to week 1 of 2025.
    const HoursAccount y2024 = hours_account(doc, 2024, D("2024-12-31"));
    CHECK(y2024.weeks.front().week == IsoWeek{2024, 1});
    CHECK(y2024.weeks.back().week == IsoWeek{2025, 1});
    CHECK(y2024.weeks.back().from == D("2024-12-30"));
    CHECK(y2024.decided == doctest::Approx(366 * 5));
}

TEST_CASE("a decision changing in the middle of a week gives that week each day's share") {
    Document doc = hours_doc(Jurisdiction::NO);
    doc.arrangement.decisions = {{D("2026-01-01"), D("2026-06-30"), 35, "", Json::object()},  // 5 h a day
                                 {D("2026-07-01"), std::nullopt, 42, "", Json::object()}};    // 6 h a day
    const HoursAccount acc = hours_account(doc, 2026, D("2026-12-31"));
    const AccountWeek& w27 = week_from(acc, "2026-06-29");  // Monday 29 June .. Sunday 5 July
    CHECK(w27.week == IsoWeek{2026, 27});
    CHECK(w27.decided == doctest::Approx(2 * 5 + 5 * 6));
    CHECK(week_from(acc, "2026-06-22").decided == doctest::Approx(35));
    CHECK(week_from(acc, "2026-07-06").decided == doctest::Approx(42));
    CHECK(acc.decided == doctest::Approx(181 * 5 + 184 * 6));

    // No decision at all before it starts.
    doc.arrangement.decisions = {{D("2026-03-04"), std::nullopt, 35, "", Json::object()}};  // a Wednesday
    const HoursAccount late = hours_account(doc, 2026, D("2026-12-31"));
    CHECK(week_from(late, "2026-02-23").decided == doctest::Approx(0));
    CHECK(week_from(late, "2026-03-02").decided == doctest::Approx(25));
}

TEST_CASE("used hours: worked shifts up to today, planned ones after it, and saved hours run as a balance") {
    Document doc = hours_doc(Jurisdiction::NO, 35);
    add_shift(doc, "s1", "2026-01-05T08:00", "2026-01-05T16:00", ShiftStatus::Worked);   // week 2, counts
    add_shift(doc, "s2", "2026-01-06T08:00", "2026-01-06T16:00", ShiftStatus::Planned);  // never confirmed
    add_shift(doc, "s3", "2026-01-07T08:00", "2026-01-07T16:00", ShiftStatus::Cancelled);
    add_shift(doc, "s4", "2026-01-12T08:00", "2026-01-12T18:00", ShiftStatus::Planned);  // after today
    add_shift(doc, "s5", "2026-01-08T22:00", "2026-01-09T07:00", ShiftStatus::Worked, "a2").passive_night = true;
    const HoursAccount acc = hours_account(doc, 2026, D("2026-01-10"));

    const AccountWeek& w1 = acc.weeks[0];
    CHECK(w1.used == doctest::Approx(0));
    CHECK(w1.saved == doctest::Approx(20));
    CHECK(w1.balance == doctest::Approx(20));
    const AccountWeek& w2 = acc.weeks[1];
    CHECK(w2.week == IsoWeek{2026, 2});
    CHECK(w2.used == doctest::Approx(8 + 9));  // passive time counts in full against the decision
    CHECK(w2.saved == doctest::Approx(35 - 17));
    CHECK(w2.balance == doctest::Approx(20 + 18));
    CHECK(acc.weeks[2].used == doctest::Approx(10));
    CHECK(acc.weeks[2].balance == doctest::Approx(38 + 25));
    CHECK(acc.worked == doctest::Approx(17));
    CHECK(acc.planned == doctest::Approx(10));
    CHECK(acc.used == doctest::Approx(27));
    CHECK(acc.balance == doctest::Approx(365 * 5 - 27));
    CHECK(acc.balance_today == doctest::Approx(10 * 5 - 17));  // 1-10 January
    CHECK(acc.warnings.empty());
}

TEST_CASE("the balance expires on 31 December: a night across New Year is split and the new year starts at 0") {
    Document doc = hours_doc(Jurisdiction::NO, 35);
    add_shift(doc, "s1", "2026-12-31T20:00", "2027-01-01T04:00", ShiftStatus::Worked);
    const HoursAccount y2026 = hours_account(doc, 2026, D("2027-06-01"));
    const HoursAccount y2027 = hours_account(doc, 2027, D("2027-06-01"));
    CHECK(y2026.weeks.back().used == doctest::Approx(4));
    CHECK(y2027.weeks.front().used == doctest::Approx(4));
    CHECK(y2026.balance == doctest::Approx(365 * 5 - 4));
    CHECK(y2027.weeks.front().balance == doctest::Approx(15 - 4));  // nothing carried from 2026
}

TEST_CASE("the forecast warns when the plan uses more than the decision") {
    Document doc = hours_doc(Jurisdiction::NO, 7);  // 1 h a day
    // 2 h every day from 1 December: 62 h against 31 decided in December.
    for (int i = 0; i < 31; ++i) {
        const Date day = D("2026-12-01") + Days{i};
        add_shift(doc, "s" + std::to_string(i), (day.str() + "T10:00").c_str(), (day.str() + "T12:00").c_str());
    }
    HoursAccount acc = hours_account(doc, 2026, D("2026-11-30"));
    CHECK(acc.planned == doctest::Approx(62));
    CHECK(acc.balance == doctest::Approx(365 - 62));  // the rest of the year saves enough
    bool overspend = false;
    for (const auto& w : acc.warnings) overspend = overspend || w.id == "forecast_overspend";
    CHECK_FALSE(overspend);

    doc.arrangement.decisions = {{D("2026-12-01"), std::nullopt, 7, "", Json::object()}};
    acc = hours_account(doc, 2026, D("2026-11-30"));
    REQUIRE(acc.warnings.size() == 1);
    CHECK(acc.warnings[0].id == "forecast_overspend");
    CHECK(acc.warnings[0].hours == doctest::Approx(31));
}

TEST_CASE("after 1 October, more than 10 % of the year's hours neither used nor planned is a warning") {
    Document doc = hours_doc(Jurisdiction::NO, 35);  // 1825 h in 2026; 10 % = 182.5 h
    for (int i = 0; i < 365; ++i) {
        const Date day = D("2026-01-01") + Days{i};
        add_shift(doc, "s" + std::to_string(i), (day.str() + "T08:00").c_str(), (day.str() + "T12:30").c_str(),
                  day <= D("2026-10-15") ? ShiftStatus::Worked : ShiftStatus::Planned);
    }
    // 4.5 h of 5 a day: 182.5 h unused, exactly the limit: no warning.
    HoursAccount acc = hours_account(doc, 2026, D("2026-10-15"));
    CHECK(acc.balance == doctest::Approx(182.5));
    CHECK(acc.warnings.empty());

    doc.shifts.pop_back();  // 31 December no longer planned: 187 h unused
    acc = hours_account(doc, 2026, D("2026-10-15"));
    REQUIRE(acc.warnings.size() == 1);
    CHECK(acc.warnings[0].id == "unused_late");
    CHECK(acc.warnings[0].hours == doctest::Approx(187));
    CHECK(acc.warnings[0].threshold == doctest::Approx(182.5));
    CHECK(hours_account(doc, 2026, D("2026-10-01")).warnings.empty());  // not yet after 1 October
    CHECK(hours_account(doc, 2026, D("2027-01-05")).warnings.size() == 0);  // the year is closed

    doc.arrangement.rules["unused_late_percent"] = 15;
    CHECK(hours_account(doc, 2026, D("2026-10-15")).warnings.empty());
}

TEST_CASE("Danish extra grants add to the decided hours but what they leave unused is dropped, not saved") {
    Document doc = hours_doc(Jurisdiction::DK, 35);
    // A weekend stay, Saturday 6 - Sunday 7 June 2026, 20 extra hours; 12 h planned on those days.
    doc.extra["extra_grants"] = Json::array({Json{{"from", "2026-06-06"}, {"to", "2026-06-07"}, {"hours", 20},
                                                   {"reason", "Weekendophold"}}});
    add_shift(doc, "s1", "2026-06-06T09:00", "2026-06-06T15:00");
    add_shift(doc, "s2", "2026-06-07T09:00", "2026-06-07T15:00");
    const HoursAccount acc = hours_account(doc, 2026, D("2026-06-01"));
    const AccountWeek& w = week_from(acc, "2026-06-01");
    CHECK(w.decided == doctest::Approx(35 + 20));
    CHECK(w.grant == doctest::Approx(20));
    CHECK(w.used == doctest::Approx(12));
    CHECK(w.grant_dropped == doctest::Approx(8));
    CHECK(w.saved == doctest::Approx(35));  // the ordinary week is saved whole: the grant paid the weekend
    CHECK(acc.balance == doctest::Approx(365 * 5));  // nothing of the grant carries over
    CHECK(acc.grant == doctest::Approx(20));
    CHECK(acc.grant_dropped == doctest::Approx(8));

    // Use beyond the grant comes from the ordinary hours.
    add_shift(doc, "s3", "2026-06-06T15:00", "2026-06-06T23:00");
    add_shift(doc, "s4", "2026-06-07T15:00", "2026-06-07T23:00");
    const HoursAccount more = hours_account(doc, 2026, D("2026-06-01"));
    CHECK(week_from(more, "2026-06-01").grant_dropped == doctest::Approx(0));
    CHECK(more.balance == doctest::Approx(365 * 5 - 8));
}

TEST_CASE("at most 3 extra grants a year in Denmark: the 4th is a problem and left out") {
    Document doc = hours_doc(Jurisdiction::DK);
    Json grants = Json::array();
    for (const char* from : {"2026-03-07", "2026-05-09", "2026-08-08", "2026-02-07", "2027-01-09"})
        grants.push_back(Json{{"from", from}, {"to", from}, {"hours", 10}});
    doc.extra["extra_grants"] = grants;
    Problems problems;
    const auto read = read_extra_grants(doc, &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "extra_grants[2]");  // 8 August is the 4th of 2026 in date order
    CHECK(problems[0].kind == ProblemKind::OutOfRange);
    REQUIRE(read.size() == 4);
    CHECK(hours_account(doc, 2026, D("2026-01-01")).grant == doctest::Approx(30));

    doc.arrangement.jurisdiction = Jurisdiction::NO;  // the limit is Rebild's
    problems.clear();
    CHECK(read_extra_grants(doc, &problems).size() == 5);
    CHECK(problems.empty());

    doc.extra["extra_grants"] = Json::array({Json{{"from", "2026-03-07"}, {"to", "2026-03-06"}, {"hours", 0}}});
    problems.clear();
    CHECK(read_extra_grants(doc, &problems).empty());
    CHECK(problems.size() == 2);  // to before from, hours out of range
}

TEST_CASE("52 weeks of 37.5 h decided and as much worked end at a balance of exactly 0, one minute more is an overspend") {
    Document doc = hours_doc(Jurisdiction::NO);
    // Thursday 1 January .. Wednesday 30 December 2026: 364 days, 1950 h decided; 7.5 h on each of their 260
    // weekdays. A day's share is 321 3/7 minutes: exact only when counted in sevenths of a minute.
    doc.arrangement.decisions = {{D("2026-01-01"), D("2026-12-30"), 37.5, "", Json::object()}};
    int shifts = 0;
    for (Date d = D("2026-01-01"); d <= D("2026-12-30"); d += Days{1}) {
        if (d.weekday() == Weekday::Saturday || d.weekday() == Weekday::Sunday) continue;
        add_shift(doc, "s" + std::to_string(shifts++), (d.str() + "T08:00").c_str(), (d.str() + "T15:30").c_str(),
                  ShiftStatus::Worked);
    }
    REQUIRE(shifts == 260);
    HoursAccount acc = hours_account(doc, 2026, D("2026-12-31"));
    CHECK(acc.decided == 1950.0);
    CHECK(acc.used == 1950.0);
    CHECK(acc.balance == 0.0);
    CHECK(acc.balance_today == 0.0);
    CHECK(week_from(acc, "2026-01-05").decided == 37.5);
    CHECK(week_from(acc, "2026-01-05").saved == 0.0);
    CHECK(acc.warnings.empty());  // neither overspent nor, on 31 December, unused

    doc.shifts.back().end = T("2026-12-30T15:31");
    acc = hours_account(doc, 2026, D("2026-12-31"));
    CHECK(acc.balance * 60 == doctest::Approx(-1));
    REQUIRE(acc.warnings.size() == 1);
    CHECK(acc.warnings[0].id == "forecast_overspend");
    CHECK(acc.warnings[0].hours * 60 == doctest::Approx(1));
}

TEST_CASE("a decision changing on a Thursday gives the week exactly each day's share") {
    Document doc = hours_doc(Jurisdiction::NO);
    // Monday 29 June - Wednesday 1 July at 37.5 h a week, Thursday 2 - Sunday 5 July at 20:
    // 3 × 321 3/7 + 4 × 171 3/7 = 1650 minutes = 27.5 h, used in five shifts of 5.5 h.
    doc.arrangement.decisions = {{D("2026-06-29"), D("2026-07-01"), 37.5, "", Json::object()},
                                 {D("2026-07-02"), D("2026-07-05"), 20, "", Json::object()}};
    for (int i = 0; i < 5; ++i) {
        const Date day = D("2026-06-29") + Days{i};
        add_shift(doc, "s" + std::to_string(i), (day.str() + "T08:00").c_str(), (day.str() + "T13:30").c_str(),
                  ShiftStatus::Worked);
    }
    const HoursAccount acc = hours_account(doc, 2026, D("2026-07-05"));
    const AccountWeek& w = week_from(acc, "2026-06-29");
    CHECK(w.decided == 27.5);
    CHECK(w.used == 27.5);
    CHECK(w.saved == 0.0);
    CHECK(w.balance == 0.0);
    CHECK(acc.balance == 0.0);
    CHECK(acc.warnings.empty());
}

TEST_CASE("a grant is spread over its days in whole sevenths of a minute that add up to the grant exactly") {
    Document doc = hours_doc(Jurisdiction::DK, 35);
    // 1 h over the 9 days Thursday 4 - Friday 12 June 2026: 420 sevenths of a minute = 9 × 46 + 6,
    // so the first six days get 47 and the last three 46.
    doc.extra["extra_grants"] = Json::array({Json{{"from", "2026-06-04"}, {"to", "2026-06-12"}, {"hours", 1}}});
    const HoursAccount acc = hours_account(doc, 2026, D("2026-06-01"));
    CHECK(week_from(acc, "2026-06-01").grant * 420 == doctest::Approx(4 * 47));
    CHECK(week_from(acc, "2026-06-08").grant * 420 == doctest::Approx(2 * 47 + 3 * 46));
    CHECK(acc.grant == 1.0);
    CHECK(acc.grant_dropped == 1.0);  // nothing used on those days: all of it dropped on the 12th
    CHECK(week_from(acc, "2026-06-08").grant_dropped == 1.0);
    CHECK(acc.balance == 365 * 5.0);
    CHECK(acc.warnings.empty());
}

TEST_CASE("writing extra grants and timesheets back keeps unknown members and removes empty keys") {
    Document doc = hours_doc(Jurisdiction::DK);
    ExtraGrant g{D("2026-06-06"), D("2026-06-07"), 20, "Weekendophold", Json{{"case", "BPA-17"}}};
    write_extra_grants(doc, {g});
    CHECK(read_extra_grants(doc) == std::vector<ExtraGrant>{g});
    write_extra_grants(doc, {});
    CHECK_FALSE(doc.extra.contains("extra_grants"));
    write_timesheets(doc, {});
    CHECK_FALSE(doc.extra.contains("timesheets"));
}
