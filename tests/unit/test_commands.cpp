// The command layer: one lock rule that no path can get around, each command
// at its edges, ids never reused, and the rule parameters read from one place.
#include <doctest/doctest.h>

#include "support.h"

#include <regex>
#include <set>

#include "core/commands.h"
#include "core/propose.h"
#include "core/rules/rules.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// a1 and a2 employed from 2026-01-01; a1's March timesheet is approved.
Document locked_march() {
    Document doc;
    doc.arrangement.name = "Test";
    doc.arrangement.decisions.push_back(Decision{D("2026-01-01"), std::nullopt, 40, "", Json::object()});
    for (const char* id : {"a1", "a2"}) {
        Assistant a;
        a.id = id;
        a.name = id;
        a.employed_from = D("2026-01-01");
        doc.assistants.push_back(a);
    }
    doc.shifts.push_back(shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00", 30));   // in March: locked
    doc.shifts.push_back(shift("s2", "a1", "2026-04-06T08:00", "2026-04-06T16:00", 30));   // April: free
    doc.shifts.push_back(shift("s3", "a2", "2026-03-03T08:00", "2026-03-03T16:00", 30));   // a2's March: free
    doc.shifts.push_back(shift("s4", "a1", "2026-02-28T22:00", "2026-03-01T06:00"));       // a night into March
    TimesheetRecord r;
    r.assistant = "a1";
    r.from = D("2026-03-01");
    r.to = D("2026-03-31");
    r.status = TimesheetStatus::Approved;
    write_timesheets(doc, {r});
    return doc;
}

const Shift& find(const Document& doc, const char* id) {
    for (const auto& s : doc.shifts)
        if (s.id == id) return s;
    FAIL("no shift " << id);
    static Shift none;
    return none;
}


}  // namespace

// [SECTION] The lock ------------------------------------------------------------
TEST_CASE("a shift is locked when any day it touches lies in an approved or sent timesheet of its assistant") {
    Document doc = locked_march();
    LockIndex locks(doc);
    CHECK(locks.shift_locked(find(doc, "s1")));
    CHECK_FALSE(locks.shift_locked(find(doc, "s2")));
    CHECK_FALSE(locks.shift_locked(find(doc, "s3")));  // another assistant's timesheet
    CHECK(locks.shift_locked(find(doc, "s4")));        // starts in February, ends in March
    // A night ending at 00:00 on 1 March touches only February.
    CHECK_FALSE(locks.shift_locked(shift("x", "a1", "2026-02-28T16:00", "2026-03-01T00:00")));
}

TEST_CASE("no command can change a locked shift: move, resize, reassign, delete, swap, substitute") {
    const Document before = locked_march();
    Document doc = before;
    Shift moved = find(doc, "s1");
    moved.start = T("2026-03-02T09:00");
    CHECK(run(doc, [&](Document& d) { return update_shift(d, moved); }).refusal == Refusal::Locked);
    Shift resized = find(doc, "s1");
    resized.end = T("2026-03-02T18:00");
    CHECK(run(doc, [&](Document& d) { return update_shift(d, resized); }).refusal == Refusal::Locked);
    Shift given = find(doc, "s1");
    given.assistant = "a2";
    CHECK(run(doc, [&](Document& d) { return update_shift(d, given); }).refusal == Refusal::Locked);
    CHECK(run(doc, [&](Document& d) { return delete_shift(d, "s1"); }).refusal == Refusal::Locked);
    CHECK(run(doc, [&](Document& d) { return swap_shifts(d, "s1", "s3"); }).refusal == Refusal::Locked);
    CHECK(run(doc, [&](Document& d) { return give_to_substitute(d, "s1", "a2"); }).refusal == Refusal::Locked);
    // The night that ends in the approved month is locked too.
    CHECK(run(doc, [&](Document& d) { return delete_shift(d, "s4"); }).refusal == Refusal::Locked);
    // A free shift may not be moved into the locked month, nor a new one added there.
    Shift into = find(doc, "s2");
    into.start = T("2026-03-30T08:00");
    into.end = T("2026-03-30T16:00");
    CHECK(run(doc, [&](Document& d) { return update_shift(d, into); }).refusal == Refusal::Locked);
    Shift fresh = shift("", "a1", "2026-03-10T08:00", "2026-03-10T12:00");
    CHECK(run(doc, [&](Document& d) { return add_shift(d, fresh); }).refusal == Refusal::Locked);
    CHECK(run(doc, [&](Document& d) { return delete_assistant(d, "a1"); }).refusal == Refusal::Locked);
    CHECK(doc == before);  // nothing changed by any of them

    // What is not locked changes as usual.
    CHECK(run(doc, [&](Document& d) { return delete_shift(d, "s2"); }).ok());
    CHECK(run(doc, [&](Document& d) { return update_shift(d, shift("s3", "a2", "2026-03-03T09:00", "2026-03-03T15:00")); }).ok());
}

TEST_CASE("the hours commands refuse locked shifts, including a night that ends in an approved period") {
    Document doc = locked_march();
    const Document before = doc;
    CHECK(run(doc, [](Document& d) { return Outcome(confirm_worked(d, "s4", after_all())); }).refusal == Refusal::Locked);
    CHECK(run(doc, [](Document& d) { return Outcome(mark_not_worked(d, "s1", NotWorkedReason::Other, "")); }).refusal ==
          Refusal::Locked);
    CHECK(run(doc, [](Document& d) { return Outcome(add_extra_shift(d, "a1", T("2026-03-05T08:00"), T("2026-03-05T10:00"), 0, false, "", after_all()).error); })
              .refusal == Refusal::Locked);
    CHECK(doc == before);
}

TEST_CASE("laying out the rotation again leaves an approved month as it was and says how many stayed") {
    Document doc = locked_march();
    doc.shifts.clear();
    // A rotation of one week: a1 Monday to Friday 08-16.
    Rotation r;
    r.weeks = 1;
    r.start = D("2026-03-02");
    for (int wd = 1; wd <= 5; ++wd) {
        TemplateShift t;
        t.weekday = static_cast<Weekday>(wd);
        t.from = TimeOfDay(8 * 60);
        t.to = TimeOfDay(16 * 60);
        t.assistant = "a1";
        t.break_minutes = 30;
        r.shifts.push_back(t);
    }
    // Lay it out over February-April with March still open, then approve March.
    write_timesheets(doc, {});
    REQUIRE(run(doc, [&](Document& d) { return edit_plan(d, [&](PlanData& p) { p.rotation = r; }); }).ok());
    REQUIRE(run(doc, [](Document& d) { return lay_out_rotation(d, D("2026-02-01"), D("2026-04-30")); }).ok());
    auto march_hours = [](const Document& d) {
        return hours_between(d, D("2026-03-01"), D("2026-03-31"), 1.0).clock.hours();
    };
    const double before = march_hours(doc);
    CHECK(before == 22 * 8);
    TimesheetRecord rec{"a1", D("2026-03-01"), D("2026-03-31"), TimesheetStatus::Approved, {}, Json::object()};
    write_timesheets(doc, {rec});

    // A longer rotation day, laid out again over the whole period.
    REQUIRE(run(doc, [](Document& d) {
        return edit_plan(d, [](PlanData& p) {
            for (auto& t : p.rotation->shifts) t.to = TimeOfDay(18 * 60);
        });
    }).ok());
    // Before it is done, the page says what will happen: February and April's 40
    // rotation shifts replaced by as many new ones, March's 22 locked ones staying,
    // a shift made by hand and a worked one staying.
    doc.shifts.push_back(shift("", "a2", "2026-04-07T18:00", "2026-04-07T20:00"));
    doc.shifts.back().id = "by-hand";
    doc.shifts.push_back(shift("", "a2", "2026-04-08T18:00", "2026-04-08T20:00"));
    doc.shifts.back().id = "done";
    doc.shifts.back().status = ShiftStatus::Worked;
    const LayOutPreview preview = preview_lay_out_rotation(doc, D("2026-02-01"), D("2026-04-30"));
    const Document unchanged = doc;
    CHECK(preview.replaced == 20 + 22);  // the weekdays of February and April
    CHECK(preview.added == preview.replaced);
    CHECK(preview.kept_locked == 22);
    CHECK(preview.kept_by_hand == 1);
    CHECK(preview.kept_done == 1);
    CHECK(preview_lay_out_rotation(doc, D("2026-04-30"), D("2026-02-01")) == LayOutPreview{});  // refused: nothing

    Outcome o = run(doc, [](Document& d) { return lay_out_rotation(d, D("2026-02-01"), D("2026-04-30")); });
    REQUIRE(o.ok());
    CHECK(o.kept_locked == 22);
    int replaced = 0, added = 0;
    for (const Shift& s : unchanged.shifts) replaced += std::find(doc.shifts.begin(), doc.shifts.end(), s) == doc.shifts.end();
    for (const Shift& s : doc.shifts) added += std::find(unchanged.shifts.begin(), unchanged.shifts.end(), s) == unchanged.shifts.end();
    CHECK(replaced == preview.replaced);
    CHECK(added == preview.added);
    CHECK(march_hours(doc) == before);  // the approved month is untouched
    CHECK(hours_between(doc, D("2026-04-01"), D("2026-04-30"), 1.0).clock.hours() == 22 * 10 + 2 + 2);  // and a2's two
    CHECK(read_timesheets(doc).front().status == TimesheetStatus::Approved);
}

TEST_CASE("a holiday plan laid over an approved month leaves its shifts alone") {
    Document doc = locked_march();
    Outcome added = run(doc, [](Document& d) { return add_holiday_plan(d, "Påske", D("2026-03-30"), D("2026-04-06")); });
    REQUIRE(added.ok());
    REQUIRE(run(doc, [&](Document& d) {
        return edit_plan(d, [&](PlanData& p) {
            Shift a = shift("h1", "a1", "2026-03-31T08:00", "2026-03-31T16:00", 30);  // locked day
            Shift b = shift("h2", "a1", "2026-04-02T08:00", "2026-04-02T16:00", 30);  // free day
            p.holiday_plans[0].shifts = {a, b};
        });
    }).ok());
    const size_t n = doc.shifts.size();
    Outcome o = run(doc, [&](Document& d) { return lay_out_holiday_plan(d, added.id); });
    REQUIRE(o.ok());
    CHECK(doc.shifts.size() == n + 1);  // only the shift on the free day
    CHECK(doc.shifts.back().start == T("2026-04-02T08:00"));
}

// [SECTION] Running a command ------------------------------------------------------
TEST_CASE("a refused command leaves the document exactly as it was") {
    Document doc = locked_march();
    const Document before = doc;
    Outcome o = run(doc, [](Document& d) {
        d.arrangement.name = "changed before refusing";
        return Outcome(Refusal::OutOfRange);
    });
    CHECK(o.refusal == Refusal::OutOfRange);
    CHECK(doc == before);
}

TEST_CASE("every refusal has a translation key of its own") {
    std::vector<std::string> keys;
    for (int r = int(Refusal::None); r <= int(Refusal::BreaksRule); ++r) {
        std::string k = refusal_key(static_cast<Refusal>(r));
        CHECK(k.rfind("refusal.", 0) == 0);
        CHECK(std::find(keys.begin(), keys.end(), k) == keys.end());
        keys.push_back(k);
    }
}

// [SECTION] Proposed shifts ------------------------------------------------------------
TEST_CASE("proposed shifts come in all or none, with fresh ids, never into a locked month") {
    const Document before = locked_march();
    Document doc = before;
    // The proposal's own ids may clash with the document's: fresh ones are made.
    std::vector<Shift> proposal = {shift("s1", "a2", "2026-04-07T08:00", "2026-04-07T16:00", 30),
                                   shift("s2", "a2", "2026-04-08T08:00", "2026-04-08T16:00", 30)};
    Outcome o = run(doc, [&](Document& d) { return add_proposed_shifts(d, proposal); });
    REQUIRE(o.ok());
    REQUIRE(doc.shifts.size() == before.shifts.size() + 2);
    std::set<std::string> ids;
    for (const Shift& s : doc.shifts) CHECK(ids.insert(s.id).second);
    CHECK(o.id == doc.shifts[before.shifts.size()].id);
    CHECK(doc.shifts.back().status == ShiftStatus::Planned);
    CHECK(doc.shifts.back().extra.value("origin", "") == "proposal");

    // One shift in a1's approved March: the whole proposal is refused.
    doc = before;
    proposal.push_back(shift("x", "a1", "2026-03-10T08:00", "2026-03-10T12:00"));
    CHECK(run(doc, [&](Document& d) { return add_proposed_shifts(d, proposal); }).refusal == Refusal::Locked);
    CHECK(doc == before);
}

TEST_CASE("a proposed shift on an absent day, or one that breaks a rule, refuses the proposal") {
    const Document before = locked_march();
    Document doc = before;
    add_absence(doc, "a2", AbsenceType::Vacation, "2026-04-13", "2026-04-17");
    const Document with_absence = doc;
    std::vector<Shift> away = {shift("p1", "a2", "2026-04-14T08:00", "2026-04-14T16:00", 30)};
    CHECK(run(doc, [&](Document& d) { return add_proposed_shifts(d, away); }).refusal == Refusal::Absent);
    CHECK(doc == with_absence);
    // 6 h rest between two shifts of a2: the daily rest rule (an error) is broken.
    std::vector<Shift> tired = {shift("p1", "a2", "2026-04-07T08:00", "2026-04-07T16:00", 30),
                                shift("p2", "a2", "2026-04-07T22:00", "2026-04-08T06:00", 30)};
    CHECK(run(doc, [&](Document& d) { return add_proposed_shifts(d, tired); }).refusal == Refusal::BreaksRule);
    CHECK(doc == with_absence);
}

TEST_CASE("a rotation made of given shifts takes those in its weeks only") {
    Document doc = locked_march();
    std::vector<Shift> proposal = {shift("p1", "a2", "2026-04-06T08:00", "2026-04-06T16:00", 30),
                                   shift("p2", "a1", "2026-04-14T22:00", "2026-04-15T00:00"),
                                   shift("p3", "a1", "2026-04-20T08:00", "2026-04-20T16:00", 30)};  // week 3: outside
    REQUIRE(run(doc, [&](Document& d) { return create_rotation_from(d, proposal, 2, D("2026-04-06")); }).ok());
    const auto rot = read_plan(doc).rotation;
    REQUIRE(rot);
    REQUIRE(rot->shifts.size() == 2);
    CHECK(rot->shifts[0].week == 1);
    CHECK(rot->shifts[0].assistant == "a2");
    CHECK(rot->shifts[0].from == TimeOfDay(8 * 60));
    CHECK(rot->shifts[1].week == 2);
    CHECK(rot->shifts[1].weekday == Weekday::Tuesday);
    CHECK(rot->shifts[1].to == TimeOfDay(1440));
    CHECK(run(doc, [&](Document& d) { return create_rotation_from(d, proposal, 2, D("2026-04-07")); }).refusal == Refusal::NotMonday);
}

// [SECTION] Ids ----------------------------------------------------------------------
TEST_CASE("a holiday plan added after another was deleted never takes an id in use") {
    Document doc = locked_march();
    Outcome a = run(doc, [](Document& d) { return add_holiday_plan(d, "Jul", D("2026-12-24"), D("2027-01-01")); });
    Outcome b = run(doc, [](Document& d) { return add_holiday_plan(d, "Påske", D("2027-03-25"), D("2027-03-29")); });
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.id != b.id);
    REQUIRE(run(doc, [&](Document& d) {
        return edit_plan(d, [&](PlanData& p) { std::erase_if(p.holiday_plans, [&](const HolidayPlan& h) { return h.id == a.id; }); });
    }).ok());
    Outcome c = run(doc, [](Document& d) { return add_holiday_plan(d, "Vinter", D("2027-02-15"), D("2027-02-19")); });
    REQUIRE(c.ok());
    CHECK(c.id != b.id);
    CHECK(read_plan(doc).holiday_plans.size() == 2);  // none dropped
    // Two plans given the same id by hand: the second gets a fresh one, both stay.
    REQUIRE(run(doc, [&](Document& d) {
        return edit_plan(d, [&](PlanData& p) { p.holiday_plans.push_back(p.holiday_plans.front()); });
    }).ok());
    auto plans = read_plan(doc).holiday_plans;
    REQUIRE(plans.size() == 3);
    CHECK(plans[0].id != plans[2].id);
}

TEST_CASE("new ids count past every id in the document, extension data included") {
    Document doc;
    doc.extra["talks"] = Json::array({Json{{"id", "s41"}}});
    doc.shifts.push_back(shift("s7", "a1", "2026-03-02T08:00", "2026-03-02T09:00"));
    CHECK(doc.next_id("s") == "s42");
    IdAllocator ids(doc);
    CHECK(ids.next("s") == "s42");
    CHECK(ids.next("s") == "s43");
    CHECK(ids.next("f") == "f1");
}

// [SECTION] Commands at their edges --------------------------------------------------
TEST_CASE("decisions: up to 336 hours a week, sorted, never overlapping") {
    Document doc = locked_march();
    CHECK(run(doc, [](Document& d) { return add_decision(d, D("2025-01-01"), 336); }).refusal == Refusal::Overlapping);
    Decision first = doc.arrangement.decisions[0];
    first.to = D("2026-06-30");
    REQUIRE(run(doc, [&](Document& d) { return update_decision(d, 0, first); }).ok());
    CHECK(run(doc, [](Document& d) { return add_decision(d, D("2026-06-30"), 40); }).refusal == Refusal::Overlapping);
    CHECK(run(doc, [](Document& d) { return add_decision(d, D("2026-07-01"), 336.5); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return add_decision(d, D("2026-07-01"), 336); }).ok());
    CHECK(doc.arrangement.decisions.size() == 2);
    Decision bad = doc.arrangement.decisions[0];
    bad.to = D("2025-12-31");
    CHECK(run(doc, [&](Document& d) { return update_decision(d, 0, bad); }).refusal == Refusal::BadDate);
    CHECK(run(doc, [](Document& d) { return remove_decision(d, 5); }).refusal == Refusal::UnknownItem);
}

TEST_CASE("assistants: a name is required and dates keep their order") {
    Document doc = locked_march();
    CHECK(run(doc, [](Document& d) { return add_assistant(d, "  ", D("2026-01-01")); }).refusal == Refusal::Required);
    Outcome o = run(doc, [](Document& d) { return add_assistant(d, "Kari", D("2026-05-01")); });
    REQUIRE(o.ok());
    CHECK(o.id == "a3");
    CHECK(run(doc, [&](Document& d) { return edit_assistant(d, o.id, [](Assistant& a) { a.employed_to = D("2026-04-30"); }); })
              .refusal == Refusal::BadDate);
    CHECK(run(doc, [&](Document& d) { return edit_assistant(d, o.id, [](Assistant& a) { a.contract_hours_per_week = 169; }); })
              .refusal == Refusal::OutOfRange);
    CHECK(run(doc, [&](Document& d) { return edit_assistant(d, o.id, [](Assistant& a) { a.probation_until = D("2026-10-31"); }); }).ok());
    CHECK(run(doc, [](Document& d) { return edit_assistant(d, "a9", [](Assistant&) {}); }).refusal == Refusal::UnknownAssistant);
}

TEST_CASE("absences: dates in order, employed on the first day; a vacation records when notice was given") {
    Document doc = locked_march();
    Absence a;
    a.assistant = "a2";
    a.type = AbsenceType::Vacation;
    a.from = D("2026-07-06");
    a.to = D("2026-07-03");
    CHECK(run(doc, [&](Document& d) { return register_absence(d, a, D("2026-03-01")); }).refusal == Refusal::BadDate);
    a.from = D("2025-12-31");
    a.to = D("2026-01-02");
    CHECK(run(doc, [&](Document& d) { return register_absence(d, a, D("2026-03-01")); }).refusal == Refusal::NotEmployed);
    a.from = D("2026-07-06");
    a.to = D("2026-07-24");
    a.extra = Json{{"status", "wish"}};
    Outcome o = run(doc, [&](Document& d) { return register_absence(d, a, D("2026-03-01")); });
    REQUIRE(o.ok());
    CHECK(doc.absences.back().extra["requested_on"] == "2026-03-01");
    CHECK(is_vacation_wish(doc.absences.back()));
    CHECK(run(doc, [&](Document& d) { return approve_vacation_wish(d, o.id); }).ok());
    CHECK_FALSE(is_vacation_wish(doc.absences.back()));
    CHECK(run(doc, [&](Document& d) { return approve_vacation_wish(d, o.id); }).refusal == Refusal::NotAllowed);
    CHECK(run(doc, [&](Document& d) { return delete_absence(d, o.id); }).ok());
    CHECK(run(doc, [&](Document& d) { return delete_absence(d, o.id); }).refusal == Refusal::UnknownAbsence);
}

TEST_CASE("a substitute must be employed and present on every day of the shift") {
    Document doc = locked_march();
    add_absence(doc, "a2", AbsenceType::Vacation, "2026-04-06", "2026-04-06");
    CHECK(run(doc, [](Document& d) { return give_to_substitute(d, "s2", "a2"); }).refusal == Refusal::Absent);
    CHECK(run(doc, [](Document& d) { return give_to_substitute(d, "s2", "a1"); }).refusal == Refusal::SameShift);
    doc.absences.clear();
    Outcome o = run(doc, [](Document& d) { return give_to_substitute(d, "s2", "a2"); });
    REQUIRE(o.ok());
    CHECK(find(doc, o.id.c_str()).assistant == "a2");
    CHECK(find(doc, "s2").status == ShiftStatus::Cancelled);
    // Given away once, it is no longer planned.
    CHECK(run(doc, [](Document& d) { return give_to_substitute(d, "s2", "a2"); }).refusal == Refusal::NotAllowed);
}

TEST_CASE("swapping: two shifts of different assistants, each valid for its new assistant") {
    Document doc = locked_march();
    doc.shifts.push_back(shift("s5", "a2", "2026-04-07T08:00", "2026-04-07T16:00"));
    CHECK(run(doc, [](Document& d) { return swap_shifts(d, "s2", "s2"); }).refusal == Refusal::SameShift);
    CHECK(run(doc, [](Document& d) { return swap_shifts(d, "s2", "s9"); }).refusal == Refusal::UnknownShift);
    doc.assistants[1].employed_to = D("2026-04-05");
    CHECK(run(doc, [](Document& d) { return swap_shifts(d, "s2", "s5"); }).refusal == Refusal::NotEmployed);
    doc.assistants[1].employed_to.reset();
    REQUIRE(run(doc, [](Document& d) { return swap_shifts(d, "s2", "s5"); }).ok());
    CHECK(find(doc, "s2").assistant == "a2");
    CHECK(find(doc, "s5").assistant == "a1");
}

TEST_CASE("too many away at once: at most half of those employed, at least one") {
    CHECK(max_away_at_once(0) == 1);
    CHECK(max_away_at_once(1) == 1);
    CHECK(max_away_at_once(3) == 1);
    CHECK(max_away_at_once(4) == 2);
    CHECK(max_away_at_once(9) == 4);
}

TEST_CASE("DK extra grants: dates in order, hours above 0, at most 3 starting in a year") {
    Document doc = locked_march();
    doc.arrangement.jurisdiction = Jurisdiction::DK;
    ExtraGrant g{D("2026-05-01"), D("2026-04-30"), 24, "", Json::object()};
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, g); }).refusal == Refusal::BadDate);
    g.to = D("2026-05-03");
    g.hours = 0;
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, g); }).refusal == Refusal::OutOfRange);
    g.hours = 24 * 3 * 7 + 1;  // more than 168 hours a day
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, g); }).refusal == Refusal::OutOfRange);
    g.hours = 24;
    for (int i = 0; i < 3; ++i) CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, g); }).ok());
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, g); }).refusal == Refusal::TooMany);
    g.from = D("2027-01-01");
    g.to = D("2027-01-02");
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, g); }).ok());
    CHECK(run(doc, [](Document& d) { return remove_extra_grant(d, 0); }).ok());
    CHECK(read_extra_grants(doc).size() == 3);
}

TEST_CASE("the rotation's new row continues from the last and gets the break the rules ask for") {
    Document doc = locked_march();
    Rotation r;
    r.weeks = 2;
    r.start = D("2026-03-02");
    TemplateShift first = next_rotation_row(doc, r, 1);
    CHECK(first.weekday == Weekday::Monday);
    CHECK(first.from.minutes() == 8 * 60);
    CHECK(first.to.minutes() == 16 * 60);
    CHECK(first.assistant == "a1");
    CHECK(first.break_minutes == 30);  // NO: 8 hours or more, 30 minutes (AML 10-9)
    first.assistant = "a2";
    first.from = TimeOfDay(9 * 60);
    first.to = TimeOfDay(15 * 60);
    r.shifts.push_back(first);
    TemplateShift next = next_rotation_row(doc, r, 1);
    CHECK(next.weekday == Weekday::Tuesday);
    CHECK(next.assistant == "a2");
    CHECK(next.from.minutes() == 9 * 60);
    CHECK(next.break_minutes == 30);  // 6 hours: over 5.5
    CHECK(default_break_minutes(doc, Minutes{5 * 60}) == 0);
    doc.arrangement.jurisdiction = Jurisdiction::DK;
    CHECK(default_break_minutes(doc, Minutes{6 * 60}) == 0);
    CHECK(default_break_minutes(doc, Minutes{6 * 60 + 1}) == 30);
    CHECK(run(doc, [](Document& d) { return create_rotation(d, 2, D("2026-03-03")); }).refusal == Refusal::NotMonday);
    CHECK(run(doc, [](Document& d) { return create_rotation(d, 13, D("2026-03-02")); }).refusal == Refusal::OutOfRange);
}

TEST_CASE("plan data that would not read back is refused") {
    Document doc = locked_march();
    CHECK(run(doc, [](Document& d) {
        return edit_plan(d, [](PlanData& p) {
            NeedBlock b;
            b.assistants = 3;  // 1 or 2
            p.need.push_back(b);
        });
    }).refusal == Refusal::OutOfRange);
    CHECK(read_plan(doc).need.empty());
}

// [SECTION] Rule parameters: one source -------------------------------------------------
TEST_CASE("every default in the README's parameter table is the catalog's") {
    const std::string readme = source_file("README.md");
    const size_t start = readme.find("| name | meaning | NO | DK |");
    REQUIRE(start != std::string::npos);
    const size_t end = readme.find("\n\n", start);
    std::istringstream rows(readme.substr(start, end - start));
    std::string line;
    int checked = 0;
    const std::regex row(R"(^\| ([^|]+) \| [^|]+ \| ([^|]+) \| ([^|]+) \|$)");
    while (std::getline(rows, line)) {
        std::smatch m;
        if (!std::regex_match(line, m, row) || m[1].str().find('`') == std::string::npos) continue;
        std::vector<std::string> names, values[2];
        const std::regex code("`([^`]+)`");
        std::string cells[3] = {m[1].str(), m[2].str(), m[3].str()};
        for (auto it = std::sregex_iterator(cells[0].begin(), cells[0].end(), code); it != std::sregex_iterator(); ++it)
            names.push_back((*it)[1].str());
        for (int j = 0; j < 2; ++j) {
            std::string cell = cells[j + 1];
            std::stringstream ss(cell);
            std::string v;
            while (std::getline(ss, v, ',')) {
                v.erase(0, v.find_first_not_of(" `"));
                v.erase(v.find_last_not_of(" `") + 1);
                values[j].push_back(v);
            }
        }
        for (int j = 0; j < 2; ++j) {
            Arrangement a;
            a.jurisdiction = j == 0 ? Jurisdiction::NO : Jurisdiction::DK;
            const RuleParams params = resolve_params(a);
            for (size_t k = 0; k < names.size(); ++k) {
                const std::string want = values[j].size() == names.size() ? values[j][k] : values[j].front();
                auto it = params.values.find(names[k]);
                CAPTURE(names[k]);
                CAPTURE(j);
                if (want == "–" || want == "none") {
                    CHECK(it == params.values.end());
                } else {
                    REQUIRE(it != params.values.end());
                    const Json& v = it->second;
                    if (want == "1/3") CHECK(v.get<double>() == 1.0 / 3.0);
                    else if (v.is_string()) CHECK(v.get<std::string>() == want);
                    else if (v.is_boolean()) CHECK((v.get<bool>() ? "true" : "false") == want);
                    else CHECK(v.get<double>() == std::stod(want));
                }
                ++checked;
            }
        }
    }
    CHECK(checked >= 40);
}

TEST_CASE("the parameters are what the code uses: passive factor, timesheet due day, notices") {
    Arrangement no;
    CHECK(passive_factor_of(no) == 1.0 / 3.0);
    Arrangement dk;
    dk.jurisdiction = Jurisdiction::DK;
    CHECK(passive_factor_of(dk) == 1.0);
    no.rules["passive_factor"] = 0.5;
    CHECK(passive_factor_of(no) == 0.5);
    no.rules["passive_factor"] = 2;  // out of range: the default, and a problem
    Problems problems;
    CHECK(passive_factor_of(no, &problems) == 1.0 / 3.0);
    CHECK(problems.size() == 1);

    const Period march{D("2026-03-01"), D("2026-03-31")};
    CHECK_FALSE(submission_window(Arrangement{}, march));  // NO: the municipality's own deadline
    auto w = submission_window(dk, timesheet_period(Jurisdiction::DK, D("2026-03-20")));
    REQUIRE(w);
    CHECK(w->due == D("2026-04-15"));
    Arrangement due;
    due.rules["timesheet_due_day"] = 10;
    CHECK(submission_window(due, march)->due == D("2026-04-10"));
    due.rules["timesheet_due_day"] = 30;  // beyond 28: refused by the catalog, so none
    CHECK_FALSE(submission_window(due, march));
    Document doc;
    CHECK(run(doc, [](Document& d) { return set_rule_parameter(d, "timesheet_due_day", 30); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_rule_parameter(d, "plan_notice_days", 21); }).ok());
    CHECK(rule_number(doc.arrangement, "plan_notice_days") == 21);
    CHECK(rule_number(Arrangement{}, "holiday_plan_notice_days") == 28);
    CHECK(run(doc, [](Document& d) { return set_rule_parameter(d, "plan_notice_days", nullptr); }).ok());
    CHECK(rule_number(doc.arrangement, "plan_notice_days") == 14);
}
