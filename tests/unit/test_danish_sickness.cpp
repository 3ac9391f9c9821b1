// Danish sickness (seed 003 § 11): the conversation, the report to the
// municipality, the § 56 agreement, the mulighedserklæring, the raskmelding
// with the last sick day, a partial return, pay per plan for 3 weeks and then
// at most 37 hours a week, pregnancy-related sickness, and their deadlines.
#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "core/commands.h"
#include "core/commands_year.h"
#include "core/deadlines.h"
#include "core/hours.h"
#include "core/json_io.h"
#include "core/leave.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// A DK helper employed since 2025, 8 hours planned every day of March and April 2026.
Document helper_with_plan() {
    Document doc = document_in(Jurisdiction::DK);
    doc.arrangement.decisions.push_back(Decision{D("2025-01-01"), std::nullopt, 100, "", Json::object()});
    employ(doc, "a1", "Mette", "2025-01-01");
    for (Date d = D("2026-01-01"); d <= D("2026-04-30"); d += Days{1}) {
        Shift s = shift("", "a1", "2026-01-01T08:00", "2026-01-01T16:00");
        s.id = "s" + d.str();
        s.start.date = d;
        s.end.date = d;
        if (d < D("2026-03-01")) s.status = ShiftStatus::Worked;
        doc.shifts.push_back(s);
    }
    return doc;
}


double sick_hours(const Document& doc, const char* from, const char* to) {
    return timesheet(doc, "a1", D(from), D(to)).sick.hours();
}

std::vector<std::string> kinds_on(const Document& doc, const char* from, const char* to) {
    std::vector<std::string> out;
    for (const auto& d : deadlines(doc, D(from), D(to), DeadlineOptions{true}))
        if (d.kind.starts_with("sick") || d.kind == "raskmelding_missing" || d.kind == "s56_agreement_ends")
            out.push_back(d.date.str() + " " + d.kind);
    return out;
}

}  // namespace

// [SECTION] The case's dates -------------------------------------------------------------------
TEST_CASE("a Danish illness: conversation within 4 weeks, report within 5, pay per plan for 3 weeks") {
    Document doc = helper_with_plan();
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-05");
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-06", "2026-04-10");
    auto cases = dk_sick_cases(doc, doc.assistants[0]);
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].conversation_due == D("2026-03-30"));
    CHECK(cases[0].report_due == D("2026-04-06"));
    CHECK(cases[0].pay_cap_from == D("2026-03-23"));
    CHECK(cases[0].conversation_owed);
    CHECK(cases[0].employer_pays);  // employed 8 weeks, 8 h a day
    CHECK(kinds_on(doc, "2026-03-01", "2026-04-30") ==
          std::vector<std::string>{"2026-03-23 sick_three_weeks", "2026-03-30 sick_conversation",
                                   "2026-04-06 sick_report_municipality", "2026-04-11 raskmelding_missing"});
}

TEST_CASE("the conversation is due only for an illness lasting to the day before, and not for one leaving within 8 weeks") {
    Document doc = helper_with_plan();
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-03-28");  // ends the day before the 29th: 27 days
    CHECK(kinds_on(doc, "2026-03-01", "2026-04-30") ==
          std::vector<std::string>{"2026-03-23 sick_three_weeks", "2026-03-29 raskmelding_missing"});
    doc.absences[0].to = D("2026-03-29");  // to the day before the due day: due
    CHECK(kinds_on(doc, "2026-03-30", "2026-03-30") ==
          std::vector<std::string>{"2026-03-30 raskmelding_missing", "2026-03-30 sick_conversation"});
    doc.assistants[0].employed_to = D("2026-04-26");  // ends within 8 weeks of the first sick day (27 April)
    CHECK(kinds_on(doc, "2026-03-30", "2026-03-30") == std::vector<std::string>{"2026-03-30 raskmelding_missing"});
    doc.assistants[0].employed_to = D("2026-04-27");
    CHECK(kinds_on(doc, "2026-03-30", "2026-03-30").size() == 2);
}

// [SECTION] What the leader records ----------------------------------------------------------------
TEST_CASE("the conversation held, the report made: kept on the first absence, the deadlines done") {
    Document doc = helper_with_plan();
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-05");
    const std::string second = add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-06", "2026-04-10").id;
    DkSickRecord r;
    r.conversation = D("2026-03-20");
    r.conversation_note = "By phone; back part time from April";
    r.reported = D("2026-03-06");
    r.mulighedserklaering = D("2026-03-21");
    CHECK(run(doc, [&](Document& d) { return set_dk_sick_record(d, second, r); }).ok());
    CHECK(dk_sick_record(doc.absences[0]) == r);   // the illness's first absence keeps it
    CHECK_FALSE(doc.absences[1].extra.contains("dk_sickness"));
    // The file keeps it.
    ReadResult back = read_document(write_document(doc));
    REQUIRE(back.ok());
    CHECK(dk_sick_record(back.document->absences[0]) == r);
    // On the Årshjul: done on the days recorded.
    int seen = 0;
    for (const auto& y : year_deadlines(doc, D("2026-03-01"), D("2026-04-30"), D("2026-05-01"))) {
        if (y.deadline.kind == "sick_conversation") {
            CHECK(y.done_on == D("2026-03-20"));
            ++seen;
        }
        if (y.deadline.kind == "sick_report_municipality") {
            CHECK(y.done_on == D("2026-03-06"));
            ++seen;
        }
        if (y.deadline.kind == "sick_three_weeks") CHECK(y.overdue);
    }
    CHECK(seen == 2);
}

TEST_CASE("a sick record is refused before the illness, outside it, with hours out of range, and in Norway") {
    Document doc = helper_with_plan();
    const std::string id = add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-03-31").id;
    auto refused = [&](DkSickRecord r) { return run(doc, [&](Document& d) { return set_dk_sick_record(d, id, r); }).refusal; };
    DkSickRecord r;
    r.conversation = D("2026-03-01");
    CHECK(refused(r) == Refusal::BadDate);
    r.conversation = D("2026-03-02");
    CHECK(refused(r) == Refusal::None);
    r.partial_from = D("2026-04-01");  // after the illness
    r.partial_hours_per_day = 4;
    CHECK(refused(r) == Refusal::BadDate);
    r.partial_from = D("2026-03-31");
    r.partial_hours_per_day = 0;
    CHECK(refused(r) == Refusal::OutOfRange);
    r.partial_hours_per_day = 24.5;
    CHECK(refused(r) == Refusal::OutOfRange);
    r.partial_hours_per_day = 24;
    CHECK(refused(r) == Refusal::None);
    const std::string vacation = add_absence(doc, "a1", AbsenceType::Vacation, "2026-04-06", "2026-04-07").id;
    CHECK(run(doc, [&](Document& d) { return set_dk_sick_record(d, vacation, r); }).refusal == Refusal::NotAllowed);
    CHECK(run(doc, [&](Document& d) { return set_dk_sick_record(d, "f99", r); }).refusal == Refusal::UnknownAbsence);
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    CHECK(refused(r) == Refusal::NotAllowed);
}

TEST_CASE("the raskmelding ends the illness on the last sick day and keeps the day") {
    Document doc = helper_with_plan();
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-05");
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-06", "2026-03-20");
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-21", "2026-04-10");
    const std::string first = doc.absences[0].id;
    CHECK(run(doc, [&](Document& d) { return report_well(d, first, D("2026-03-01"), D("2026-03-12")); }).refusal ==
          Refusal::BadDate);
    CHECK(run(doc, [&](Document& d) { return report_well(d, first, D("2026-03-12"), D("2026-03-12")); }).ok());
    REQUIRE(doc.absences.size() == 2);  // the absence starting after the last sick day is gone
    CHECK(doc.absences[1].to == D("2026-03-12"));
    const DkSickRecord r = dk_sick_record(doc.absences[0]);
    CHECK(r.last_sick_day == D("2026-03-12"));
    CHECK(r.raskmelding == D("2026-03-12"));
    CHECK(kinds_on(doc, "2026-03-01", "2026-04-30").empty());  // 11 days: no follow-up due, raskmelding sent
    // The plan's shifts after the last sick day are work again.
    CHECK(timesheet(doc, "a1", D("2026-03-13"), D("2026-03-13")).clock.hours() == 8);
}

// [SECTION] Pay ---------------------------------------------------------------------------------------
TEST_CASE("sick pay: per plan for 3 weeks, then at most 37 hours in each 7 days") {
    Document doc = helper_with_plan();
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-04-12");  // 42 days
    CHECK(sick_hours(doc, "2026-03-02", "2026-03-22") == 168);       // days 1-21: the plan's 8 h a day
    CHECK(sick_hours(doc, "2026-03-22", "2026-03-22") == 8);         // day 21
    CHECK(sick_hours(doc, "2026-03-23", "2026-03-29") == 37);        // days 22-28: 56 planned, 37 paid
    CHECK(sick_hours(doc, "2026-04-06", "2026-04-12") == 37);
    const auto ts = timesheet(doc, "a1", D("2026-03-23"), D("2026-03-29"));
    CHECK(ts.lines[0].sick.count == 318);  // 480 × 37/56 = 317.1: the remainder minute to the first day
    CHECK(ts.lines[6].sick.count == 317);
    // A DK timesheet period (11 March - 10 April) holds parts of two capped weeks.
    CHECK(sick_hours(doc, "2026-03-11", "2026-04-10") == doctest::Approx(12 * 8 + 37 + 37 + 37 * 5 / 7.0).epsilon(0.001));
}

TEST_CASE("sick pay: a week at or below 37 hours is paid as planned; Norway has no cap") {
    Document doc = helper_with_plan();
    for (auto& s : doc.shifts)
        if (s.start.date >= D("2026-03-23")) s.end.minute_of_day = 8 * 60 + 5 * 60 + 17;  // 5 h 17 min: 36.98 h a week
    add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-03-29");
    CHECK(sick_hours(doc, "2026-03-23", "2026-03-29") == doctest::Approx(7 * (5 + 17 / 60.0)));
    Document no = helper_with_plan();
    no.arrangement.jurisdiction = Jurisdiction::NO;
    add_absence(no, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-04-12");
    CHECK(sick_hours(no, "2026-03-23", "2026-03-29") == 56);
}

TEST_CASE("a partial return: the plan's hours less the agreed hours a day are sick hours") {
    Document doc = helper_with_plan();
    const std::string id = add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-03-15").id;
    DkSickRecord r;
    r.partial_from = D("2026-03-09");
    r.partial_hours_per_day = 3;
    REQUIRE(run(doc, [&](Document& d) { return set_dk_sick_record(d, id, r); }).ok());
    CHECK(sick_hours(doc, "2026-03-08", "2026-03-08") == 8);
    CHECK(sick_hours(doc, "2026-03-09", "2026-03-09") == 5);
    // Worked more than agreed on a day (the shift confirmed as 08:00-14:00): 2 h sick.
    for (auto& s : doc.shifts)
        if (s.start.date == D("2026-03-10")) {
            s.status = ShiftStatus::Worked;
            s.extra["planned_start"] = "2026-03-10T08:00";
            s.extra["planned_end"] = "2026-03-10T16:00";
            s.end.minute_of_day = 14 * 60;
        }
    CHECK(sick_hours(doc, "2026-03-10", "2026-03-10") == 2);
}

// [SECTION] Pregnancy and § 56 -------------------------------------------------------------------
TEST_CASE("pregnancy-related sickness: its own word on the timesheet and in the payroll file, kept in the file") {
    Document doc = helper_with_plan();
    Absence& ab = add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-02", "2026-03-03");
    ab.extra["pregnancy_related"] = true;
    CHECK(is_pregnancy_related(ab));
    const auto ts = timesheet(doc, "a1", D("2026-03-02"), D("2026-03-02"));
    CHECK(ts.lines[0].absence == "pregnancy_sick");
    CHECK(ts.sick.hours() == 8);
    CHECK(csv_absence_word("pregnancy_sick", Jurisdiction::DK, "da") == "Sygdom i forbindelse med graviditet");
    CHECK(dk_sick_cases(doc, doc.assistants[0])[0].pregnancy_related);
    ReadResult back = read_document(write_document(doc));
    REQUIRE(back.ok());
    CHECK(back.document->absences[0].type == AbsenceType::Sykemelding);  // one of the contract's types
    CHECK(is_pregnancy_related(back.document->absences[0]));
}

TEST_CASE("a § 56 agreement holds one year from its first sick day and is on the Årshjul") {
    Document doc = helper_with_plan();
    CHECK(run(doc, [](Document& d) { return set_s56_agreement(d, "a1", D("2026-02-01")); }).ok());
    auto s56 = s56_agreement(doc.assistants[0]);
    REQUIRE(s56);
    CHECK(s56->second == D("2027-01-31"));
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2026-03-02", "2026-03-03");
    add_absence(doc, "a1", AbsenceType::Egenmelding, "2027-02-01", "2027-02-02");
    auto cases = dk_sick_cases(doc, doc.assistants[0]);
    CHECK(cases[0].s56_to == D("2027-01-31"));
    CHECK_FALSE(cases[1].s56_from.has_value());  // the day after it ends
    CHECK(kinds_on(doc, "2027-01-31", "2027-01-31") == std::vector<std::string>{"2027-01-31 s56_agreement_ends"});
    CHECK(run(doc, [](Document& d) { return set_s56_agreement(d, "a1", std::nullopt); }).ok());
    CHECK_FALSE(s56_agreement(doc.assistants[0]));
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    CHECK(run(doc, [](Document& d) { return set_s56_agreement(d, "a1", D("2026-02-01")); }).refusal == Refusal::NotAllowed);
}
