// The example year (core/example_year.h): built around several days — 1 January,
// 29 February of a leap year, midsummer, 1 July (in the summer vacations),
// 31 December, the day the tests run — each example has shifts in the current
// week, a plausible hours account, its past approved, and exactly its teaching
// situations where the panel leads; the longer sick leave followed up, and the
// deadlines before the day ticked done on the wheel.
#include <chrono>
#include <set>

#include "core/commands_year.h"
#include "core/example_year.h"
#include "core/hours.h"
#include "core/json_io.h"
#include "core/leave.h"
#include "core/people.h"
#include "core/plan.h"
#include "core/rules/rules.h"
#include "support.h"

using namespace bpa;
using namespace bpa::test;

namespace {

Date system_today() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return Date::from_days(int32_t(days.time_since_epoch().count()));
}

std::vector<Date> days_to_try() {
    return {ymd(2027, 1, 1), ymd(2028, 2, 29), ymd(2026, 6, 21), ymd(2026, 7, 1), ymd(2026, 12, 31), ymd(2026, 11, 30),
            system_today()};
}

const TeachingSituation* situation(const std::vector<TeachingSituation>& list, const std::string& id) {
    for (const auto& t : list)
        if (t.id == id) return &t;
    return nullptr;
}

bool involves(const Violation& v, const std::string& shift) {
    return std::find(v.shifts.begin(), v.shifts.end(), shift) != v.shifts.end();
}

}  // namespace

TEST_CASE("an example is built with every command done, and reads back as a valid file of the contract") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (Date today : days_to_try()) {
            CAPTURE(to_string(j));
            CAPTURE(today.str());
            ExampleBuild b = build_example_year(j, today);
            CHECK(b.refused == std::vector<std::string>{});
            CHECK(b.shifts_left_out <= 4);  // nobody could take them within the rules: the need is short there
            ReadResult r = read_document(write_document(b.doc));
            REQUIRE(r.ok());
            CHECK(r.problems.empty());
            CHECK(*r.document == b.doc);
            CHECK(example_built_for(b.doc) == today);
            CHECK(b.doc.arrangement.jurisdiction == j);
            CHECK(b.doc.assistants.size() == 4);
        }
}

TEST_CASE("the same day gives the same example") {
    CHECK(write_document(example_year(Jurisdiction::NO, ymd(2026, 11, 30))) ==
          write_document(example_year(Jurisdiction::NO, ymd(2026, 11, 30))));
}

TEST_CASE("the current week of an example has shifts, worked up to today and planned after") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (Date today : days_to_try()) {
            CAPTURE(to_string(j));
            CAPTURE(today.str());
            const Document doc = example_year(j, today);
            const Date monday = monday_of(today);
            int in_week = 0;
            for (const Shift& s : doc.shifts) {
                if (s.status == ShiftStatus::Cancelled || s.start.date < monday || s.start.date > monday + Days{6}) continue;
                ++in_week;
                // Before today every shift is confirmed; from today on they are planned.
                CHECK((s.start.date < today) == (s.status == ShiftStatus::Worked));
            }
            CHECK(in_week >= 8);  // the need has 8 blocks a week
        }
}

// The decision keeps 12 % (NO, 33 of 37.5 h) and 10 % (DK, 54 of 60 h) of its
// hours outside the plan, within the 10-20 % reserve seed 002 § 2.6 advises;
// the week over the decision spends a little of it. So the year ends with
// hours left (never overspent) and at most 20 % of the decided hours unused.
TEST_CASE("an example's hours account ends the year with a balance between 0 and 20 % of the decision") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (Date today : days_to_try()) {
            CAPTURE(to_string(j));
            CAPTURE(today.str());
            const Document doc = example_year(j, today);
            const HoursAccount acc = hours_account(doc, today.year(), today);
            CHECK(acc.decided > 0);
            CHECK(acc.balance > 0);
            CHECK(acc.balance <= 0.2 * acc.decided);
            // The past is confirmed: only today's shifts (not ended when the day begins) are not.
            CHECK(acc.unconfirmed <= 12);
        }
}

TEST_CASE("an example's pay periods that ended more than a week ago are approved, the newest waits for approval") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (Date today : days_to_try()) {
            CAPTURE(to_string(j));
            CAPTURE(today.str());
            const Document doc = example_year(j, today);
            const std::vector<TimesheetRecord> sheets = read_timesheets(doc);
            const Period last = timesheet_period(j, timesheet_period(j, today).from - Days{1});
            for (const Assistant& a : doc.assistants) {
                int locked_before = 0;
                for (const auto& t : sheets) {
                    if (t.assistant != a.id) continue;
                    CHECK(t.to < today);
                    if ((today - t.to).count > 7) CHECK(t.locks());
                    else CHECK(t.status == TimesheetStatus::Signed);
                    locked_before += t.locks();
                }
                CHECK(locked_before >= 2);
                // The last period that ended has its timesheet.
                CHECK(std::any_of(sheets.begin(), sheets.end(),
                                  [&](const TimesheetRecord& t) { return t.assistant == a.id && t.from == last.from; }));
            }
        }
}

TEST_CASE("each teaching situation makes exactly its violation or finding where the panel leads") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (Date today : days_to_try()) {
            CAPTURE(to_string(j));
            CAPTURE(today.str());
            const Document doc = example_year(j, today);
            const std::vector<TeachingSituation> list = teaching_situations(doc);
            REQUIRE(list.size() == 3);
            CHECK(list[0].id == "rest");
            CHECK(list[1].id == "hours");
            CHECK(list[2].id == "vacation_notice");
            const TeachingSituation& rest = *situation(list, "rest");
            const TeachingSituation& hours = *situation(list, "hours");
            const TeachingSituation& notice = *situation(list, "vacation_notice");
            const std::vector<Violation> all = check(doc);

            // Rest: a week from next week on; its errors are daily_rest of that
            // assistant on the chosen shift, and no other error is in the file.
            CHECK(monday_of(rest.day) > monday_of(today));
            CHECK(rest.screen == "plan");
            int rest_errors = 0;
            for (const Violation& v : all) {
                if (v.severity != Severity::Error) continue;
                CAPTURE(v.rule);
                CAPTURE(v.at.str());
                CHECK(v.rule == "daily_rest");
                CHECK(v.assistant == rest.assistant);
                CHECK(involves(v, rest.shift));
                ++rest_errors;
            }
            CHECK(rest_errors >= 1);

            // Hours: the one week over the decision, with the day trip in it.
            CHECK(hours.screen == "plan");
            CHECK(monday_of(hours.day) > monday_of(rest.day));
            int over = 0;
            for (const Violation& v : all)
                if (v.rule == "decision_hours") {
                    CHECK(v.at.date == monday_of(hours.day));
                    CHECK(involves(v, hours.shift));
                    ++over;
                }
            CHECK(over == 1);
            // The week of the day trip is otherwise as planned: no reserve warning there.
            for (const Violation& v : all)
                if (v.rule == "flex_reserve") CHECK(v.at.date != monday_of(hours.day));

            // Vacation notice: the only notice given too late in the file.
            CHECK(notice.screen == "absence");
            CHECK(notice.day > today);
            int late = 0;
            for (const Assistant& a : doc.assistants)
                for (int y = today.year() - 1; y <= today.year() + 1; ++y)
                    for (const LeaveFinding& f : vacation_findings(doc, a, y)) {
                        CAPTURE(f.code);
                        CHECK(f.code == "vacation_notice_short");
                        CHECK(f.absence == notice.absence);
                        CHECK(f.assistant == notice.assistant);
                        ++late;
                    }
            CHECK(late == 1);
        }
}

TEST_CASE("an example has the year's other parts: holiday plans, vacations, sick leave, talks, onboarding, a recruitment") {
    const Date today = ymd(2026, 11, 30);
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        CAPTURE(to_string(j));
        const Document doc = example_year(j, today);
        const PlanData plan = read_plan(doc);
        CHECK(plan.rotation.has_value());
        CHECK(plan.rotation->weeks == 4);
        CHECK(plan.need.size() == 8);
        std::set<std::string> names;
        for (const auto& h : plan.holiday_plans) names.insert(h.name);
        CHECK(names.count("Påske 2026"));
        CHECK(names.count("Jul 2026"));
        int summer = 0, short_sick = 0, long_sick = 0;
        for (const Absence& a : doc.absences) {
            summer += a.type == AbsenceType::Vacation && a.from.month() >= 6 && a.from.month() <= 9 && (a.to - a.from).count == 20;
            short_sick += a.type == AbsenceType::Egenmelding;
            long_sick += a.type == AbsenceType::Sykemelding;
        }
        CHECK(summer == 4);
        CHECK(short_sick == 1);
        CHECK(long_sick == 1);
        int substitutes = 0;
        for (const Shift& s : doc.shifts) substitutes += shift_origin(s) == "substitute";
        CHECK(substitutes > 20);
        int appraisals = 0, onboarded = 0;
        for (const Assistant& a : doc.assistants) {
            for (const Talk& t : talks_of(a)) appraisals += t.kind == "appraisal";
            onboarded += has_onboarding(a) && onboarding_complete(doc, a);
        }
        CHECK(appraisals == 3);
        CHECK(onboarded == 1);
        const std::vector<Vacancy> open = vacancies(doc);
        REQUIRE(open.size() == 1);
        CHECK(open[0].candidates.size() == 2);
        CHECK(open[0].deadline > today);
    }
}

TEST_CASE("an example's longer sick leave has its follow-up: NO the follow-up talk, DK the conversation and the raskmelding") {
    for (Date today : {ymd(2026, 11, 30), ymd(2027, 1, 1), ymd(2026, 7, 1)})
        for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
            const std::string country = to_string(j);
            CAPTURE(country);
            CAPTURE(today.str());
            const Document doc = example_year(j, today);
            const Assistant& a = doc.assistants[0];
            const Absence* sick = nullptr;
            for (const Absence& x : doc.absences)
                if (x.assistant == a.id && x.type == AbsenceType::Sykemelding) sick = &x;
            REQUIRE(sick != nullptr);
            CHECK(sick->to < today);  // over: back at work
            if (j == Jurisdiction::NO) {
                // AML § 4-6: followed up within 4 weeks of the first sick day, with notes, signed by both.
                int followups = 0;
                for (const Talk& t : talks_of(a)) {
                    if (t.kind != "followup") continue;
                    ++followups;
                    CHECK(t.date >= sick->from);
                    CHECK(t.date < sick->from + Days{28});
                    CHECK_FALSE(t.note.empty());
                    CHECK(t.present.find(doc.arrangement.leader.name) != std::string::npos);
                    CHECK(t.signed_leader);
                    CHECK(t.signed_assistant);
                }
                CHECK(followups == 1);
                continue;
            }
            // DK (sygedagpengeloven § 7 a, seed 003 §§ 11.4, 11.10): the conversation held within
            // 4 weeks with its note, reported within 5 weeks, the raskmelding with the last sick day.
            const std::vector<DkSickCase> cases = dk_sick_cases(doc, a);
            const DkSickCase* c = nullptr;
            for (const DkSickCase& x : cases)
                if (x.from == sick->from) c = &x;
            REQUIRE(c != nullptr);
            REQUIRE(c->record.conversation.has_value());
            CHECK(*c->record.conversation >= c->from);
            CHECK(*c->record.conversation <= c->conversation_due);
            CHECK_FALSE(c->record.conversation_note.empty());
            REQUIRE(c->record.reported.has_value());
            CHECK(*c->record.reported <= c->report_due);
            REQUIRE(c->record.raskmelding.has_value());
            CHECK(c->record.last_sick_day == c->to);
            CHECK(c->to == sick->to);
            // On the wheel: the raskmelding was sent, so none is missing, and nothing of the illness is overdue.
            const ExampleWindow w = example_window(today);
            int steps = 0;
            for (const YearDeadline& y : year_deadlines(doc, w.from, w.to, today)) {
                if (y.deadline.assistant != a.id || y.deadline.ref != sick->id) continue;
                CAPTURE(y.key);
                ++steps;
                CHECK(y.deadline.kind != "raskmelding_missing");
                CHECK_FALSE(y.overdue);
            }
            CHECK(steps == 0);  // 17 days: back before the conversation (day 28) or the report (day 35) is due
        }
}

TEST_CASE("an example's deadlines before the day it is opened are ticked done, those from that day on are open") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (Date today : {ymd(2026, 11, 30), ymd(2027, 1, 1), ymd(2026, 6, 21), system_today()}) {
            const std::string country = to_string(j);
            CAPTURE(country);
            CAPTURE(today.str());
            const Document doc = example_year(j, today);
            const ExampleWindow w = example_window(today);
            const std::vector<YearDeadline> list = year_deadlines(doc, w.from, w.to, today);
            int past = 0, coming = 0;
            for (const YearDeadline& y : list) {
                CAPTURE(y.key);
                if (y.deadline.date < today) {
                    ++past;
                    CHECK((y.done_on.has_value() || y.deadline.recorded_done.has_value()));
                    CHECK_FALSE(y.overdue);
                } else {
                    ++coming;
                    CHECK_FALSE(y.done_on.has_value());
                }
            }
            CHECK(past >= 5);
            CHECK(coming >= 1);
            const DeadlineCounts n = count_deadlines(list);
            CHECK(n.overdue == 0);
            CHECK(n.total == past + coming);
        }
}
