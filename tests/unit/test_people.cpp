// People (core/people.h): talks, the onboarding checklist and its dates per
// jurisdiction, leaving, archiving that keeps records, recruitment and hiring,
// the drafted texts, the papers the plan warns about, and their deadlines.
#include <algorithm>

#include "core/command.h"
#include "core/commands.h"
#include "core/deadlines.h"
#include "core/hours.h"
#include "core/people.h"
#include "support.h"

using namespace bpa;
using namespace bpa::test;

namespace {


const OnboardingItem* item(const std::vector<OnboardingItem>& items, const std::string& key) {
    auto it = std::find_if(items.begin(), items.end(), [&](const OnboardingItem& i) { return i.key == key; });
    return it == items.end() ? nullptr : &*it;
}

std::vector<std::string> kinds_of(const Document& doc, const char* from, const char* to, const std::string& assistant) {
    std::vector<std::string> out;
    for (const auto& d : deadlines(doc, D(from), D(to), {.page_kinds = true}))
        if (d.assistant == assistant || (assistant.empty() && d.assistant.empty()))
            out.push_back(d.date.str() + " " + d.kind);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("talks: dated, of a known kind, a follow-up not before the talk, ids never reused") {
    Document doc;
    employ(doc, "a1", "Kari", "2026-01-05");
    Outcome first = run(doc, [](Document& d) { return add_talk(d, "a1", D("2026-06-10"), "appraisal"); });
    REQUIRE(first.ok());
    Outcome second = run(doc, [](Document& d) { return add_talk(d, "a1", D("2026-03-01"), "probation"); });
    REQUIRE(second.ok());
    CHECK(first.id != second.id);
    CHECK(run(doc, [](Document& d) { return add_talk(d, "a1", D("2026-03-01"), "coffee"); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return add_talk(d, "nobody", D("2026-03-01"), "other"); }).refusal ==
          Refusal::UnknownAssistant);

    auto talks = talks_of(*doc.find_assistant("a1"));
    REQUIRE(talks.size() == 2);
    CHECK(talks[0].kind == "probation");  // by date
    Talk t = talks[1];
    t.present = "Kari, Ola (arbeidsleder)";
    t.agreed = "Kurs i forflytning";
    t.forms = {{"leader", {{"general", "Trives"}}}, {"assistant", {{"training", "Vil lære løfteteknikk"}}}};
    t.follow_up = D("2026-06-01");
    CHECK(run(doc, [&](Document& d) { return update_talk(d, "a1", t); }).refusal == Refusal::BadDate);
    t.follow_up = D("2026-09-10");
    t.signed_leader = t.signed_assistant = true;
    REQUIRE(run(doc, [&](Document& d) { return update_talk(d, "a1", t); }).ok());
    Talk back = talks_of(*doc.find_assistant("a1"))[1];
    CHECK(back == t);
    CHECK(back.form_text("assistant", "training") == "Vil lære løfteteknikk");
    CHECK(latest_talk(*doc.find_assistant("a1"), "appraisal") == D("2026-06-10"));

    // The follow-up is a deadline on the wheel; the appraisal moves the next one a year on.
    auto kinds = kinds_of(doc, "2026-01-01", "2027-12-31", "a1");
    CHECK(has(kinds, "2026-09-10 talk_followup"));
    CHECK(has(kinds, "2027-06-10 appraisal_due"));

    REQUIRE(run(doc, [&](Document& d) { return delete_talk(d, "a1", first.id); }).ok());
    Outcome third = run(doc, [](Document& d) { return add_talk(d, "a1", D("2026-07-01"), "warning"); });
    CHECK(third.id != first.id);
    CHECK(third.id != second.id);
}

TEST_CASE("onboarding: the checklist's items and due days, Norway and Denmark") {
    Document no;
    Assistant& a = employ(no, "a1", "Kari", "2026-01-31");
    a.probation_until = D("2026-07-30");
    no.shifts.push_back(shift("s1", "a1", "2026-02-03T08:00", "2026-02-03T16:00", 30));
    REQUIRE(run(no, [](Document& d) { return start_onboarding(d, "a1"); }).ok());
    auto items = onboarding_items(no, *no.find_assistant("a1"));
    REQUIRE(item(items, "contract"));
    CHECK(item(items, "contract")->due == D("2026-02-07"));          // AML 14-5: 7 days
    CHECK(item(items, "contract_complete") == nullptr);               // DK only
    CHECK(item(items, "confidentiality")->due == D("2026-02-03"));    // before the first shift
    CHECK(item(items, "certificate")->due == D("2026-02-03"));
    CHECK(item(items, "certificate")->source.find("5-4") != std::string::npos);  // politiattest for every assistant
    CHECK(item(items, "child_certificate") == nullptr);
    CHECK(item(items, "work_permit") == nullptr);                     // only when needed
    CHECK(item(items, "probation_talk")->due == D("2026-07-16"));     // 14 days' notice during probation
    CHECK_FALSE(item(items, "bank_account")->law);

    Document dk = no;
    dk.arrangement.jurisdiction = Jurisdiction::DK;
    REQUIRE(run(dk, [](Document& d) { return set_user_is_child(d, true); }).ok());
    REQUIRE(run(dk, [](Document& d) { return set_work_permit_needed(d, "a1", true); }).ok());
    items = onboarding_items(dk, *dk.find_assistant("a1"));
    CHECK(item(items, "contract")->due == D("2026-02-07"));           // main terms within 7 days
    CHECK(item(items, "contract_complete")->due == D("2026-02-28"));  // 1 month from 31 January: the month's end
    CHECK(item(items, "child_certificate")->due == D("2026-02-03"));
    CHECK(item(items, "work_permit")->due == D("2026-02-03"));

    // Leap year: one month from 29 January 2028 is 29 February.
    Document leap;
    leap.arrangement.jurisdiction = Jurisdiction::DK;
    employ(leap, "a1", "Kari", "2028-01-29");
    REQUIRE(run(leap, [](Document& d) { return start_onboarding(d, "a1"); }).ok());
    CHECK(item(onboarding_items(leap, leap.assistants[0]), "contract_complete")->due == D("2028-02-29"));
    CHECK(has(kinds_of(leap, "2028-02-01", "2028-03-31", "a1"), "2028-02-29 contract_complete_missing"));

    // Items done leave the deadlines; all done is complete.
    auto kinds = kinds_of(no, "2026-01-01", "2026-12-31", "a1");
    CHECK(has(kinds, "2026-02-07 contract_missing"));
    CHECK(has(kinds, "2026-02-03 confidentiality_missing"));
    CHECK(has(kinds, "2026-07-16 probation_talk"));
    for (const char* key : {"contract", "confidentiality", "certificate", "bank_account"})
        REQUIRE(run(no, [&](Document& d) { return set_onboarding_date(d, "a1", key, D("2026-02-01")); }).ok());
    Outcome training = run(no, [](Document& d) { return add_training_item(d, "a1", "Forflytning med takheis"); });
    REQUIRE(training.ok());
    CHECK(run(no, [](Document& d) { return add_training_item(d, "a1", "  "); }).refusal == Refusal::Required);
    CHECK_FALSE(onboarding_complete(no, *no.find_assistant("a1")));
    REQUIRE(run(no, [&](Document& d) { return set_training_done(d, "a1", training.id, D("2026-02-10")); }).ok());
    REQUIRE(run(no, [](Document& d) { return add_talk(d, "a1", D("2026-06-15"), "probation"); }).ok());
    CHECK(onboarding_complete(no, *no.find_assistant("a1")));
    kinds = kinds_of(no, "2026-01-01", "2026-12-31", "a1");
    CHECK_FALSE(has(kinds, "2026-02-07 contract_missing"));
    CHECK_FALSE(has(kinds, "2026-07-16 probation_talk"));
    CHECK(run(no, [](Document& d) { return set_onboarding_date(d, "a1", "haircut", D("2026-02-01")); }).refusal ==
          Refusal::UnknownItem);
}

TEST_CASE("the plan warns about shifts before the declaration or the certificate") {
    Document doc;
    employ(doc, "a1", "Kari", "2026-03-01");
    employ(doc, "a2", "Ola", "2026-01-01");  // no checklist: nothing is asked of older records
    doc.shifts.push_back(shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00", 30));
    doc.shifts.push_back(shift("s2", "a1", "2026-03-09T08:00", "2026-03-09T16:00", 30));
    doc.shifts.push_back(shift("s3", "a2", "2026-03-02T08:00", "2026-03-02T16:00", 30));
    REQUIRE(run(doc, [](Document& d) { return start_onboarding(d, "a1"); }).ok());
    REQUIRE(run(doc, [](Document& d) { return set_onboarding_date(d, "a1", "confidentiality", D("2026-03-05")); }).ok());
    auto p = papers_missing(doc, D("2026-03-01"), D("2026-03-31"));
    REQUIRE(p.size() == 2);
    CHECK(p[0].shift == "s1");
    CHECK(p[0].missing == std::vector<std::string>{"confidentiality", "certificate"});
    CHECK(p[1].shift == "s2");
    CHECK(p[1].missing == std::vector<std::string>{"certificate"});  // signed on the 5th, before the 9th
    REQUIRE(run(doc, [](Document& d) { return set_onboarding_date(d, "a1", "certificate", D("2026-03-09")); }).ok());
    p = papers_missing(doc, D("2026-03-01"), D("2026-03-31"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].shift == "s1");
    // The shadowing shift: together with Ola, who was there first.
    CHECK(shadowing_shifts(doc, *doc.find_assistant("a1")) == 1);
    CHECK(shadowing_shifts(doc, *doc.find_assistant("a2")) == 0);
}

TEST_CASE("leaving: the last day after notice, recorded with employed_to; undone") {
    Document doc;
    Assistant& a = employ(doc, "a1", "Kari", "2024-01-01");
    a.birth_date = D("1990-05-05");
    // NO: one month from the first of the next month.
    CHECK(last_day_after_notice(doc, *doc.find_assistant("a1"), D("2026-11-15"), false) == D("2026-12-31"));
    Leaving l{"resignation", D("2026-11-15"), D("2026-12-31"), "Flytter", ""};
    REQUIRE(run(doc, [&](Document& d) { return record_leaving(d, "a1", l); }).ok());
    CHECK(doc.find_assistant("a1")->employed_to == D("2026-12-31"));
    CHECK(leaving_of(*doc.find_assistant("a1")) == l);
    Leaving early = l;
    early.last_day = D("2026-11-14");
    CHECK(run(doc, [&](Document& d) { return record_leaving(d, "a1", early); }).refusal == Refusal::BadDate);
    Leaving odd = l;
    odd.kind = "vanished";
    CHECK(run(doc, [&](Document& d) { return record_leaving(d, "a1", odd); }).refusal == Refusal::OutOfRange);
    REQUIRE(run(doc, [](Document& d) { return undo_leaving(d, "a1"); }).ok());
    CHECK_FALSE(doc.find_assistant("a1")->employed_to.has_value());
    CHECK_FALSE(leaving_of(*doc.find_assistant("a1")).has_value());

    // DK: 14 days after 6-12 months' employment, the same for both sides.
    Document dk;
    dk.arrangement.jurisdiction = Jurisdiction::DK;
    employ(dk, "a1", "Mette", "2026-01-10");
    CHECK(last_day_after_notice(dk, dk.assistants[0], D("2026-09-01"), true) == D("2026-09-15"));
}

TEST_CASE("a person with records is archived, not deleted; the records stay") {
    Document doc;
    employ(doc, "a1", "Kari", "2026-01-01");
    employ(doc, "a2", "Ny", "2026-11-01");
    Shift worked = shift("s1", "a1", "2026-11-02T08:00", "2026-11-02T16:00", 30);
    worked.status = ShiftStatus::Worked;
    doc.shifts.push_back(worked);
    doc.shifts.push_back(shift("s2", "a1", "2026-12-07T08:00", "2026-12-07T16:00", 30));
    doc.shifts.push_back(shift("s3", "a2", "2026-12-07T08:00", "2026-12-07T16:00", 30));
    add_absence(doc, "a1", AbsenceType::Vacation, "2026-07-06", "2026-07-10");
    CHECK(has_records(doc, *doc.find_assistant("a1")));
    CHECK_FALSE(has_records(doc, *doc.find_assistant("a2")));  // planned shifts are not records
    CHECK(run(doc, [](Document& d) { return delete_assistant(d, "a1"); }).refusal == Refusal::HasRecords);
    REQUIRE(run(doc, [](Document& d) { return archive_assistant(d, "a1", D("2026-11-30")); }).ok());
    const Assistant* a = doc.find_assistant("a1");
    REQUIRE(a);
    CHECK(archived(*a));
    CHECK(a->employed_to == D("2026-11-29"));
    auto ids = [&] {
        std::vector<std::string> v;
        for (const auto& s : doc.shifts) v.push_back(s.id);
        return v;
    }();
    CHECK(ids == std::vector<std::string>{"s1", "s3"});  // the worked shift stays, the planned one after goes
    CHECK(doc.absences.size() == 1);
    REQUIRE(run(doc, [](Document& d) { return unarchive_assistant(d, "a1"); }).ok());
    CHECK_FALSE(archived(*doc.find_assistant("a1")));
    // Without records, deleting deletes.
    REQUIRE(run(doc, [](Document& d) { return delete_assistant(d, "a2"); }).ok());
    CHECK(doc.find_assistant("a2") == nullptr);
}

TEST_CASE("recruitment: 14 days to apply, two references not family, hiring makes the assistant") {
    Document doc;
    doc.arrangement.name = "Ola";
    doc.extra["need"] = Json::array({
        {{"weekday", 1}, {"from", "08:00"}, {"to", "16:00"}, {"task", "stell"}, {"assistants", 1}},
        {{"weekday", 3}, {"from", "22:00"}, {"to", "06:00"}, {"task", "nattevakt"}, {"assistants", 1}, {"passive_night", true}},
        {{"weekday", 6}, {"from", "10:00"}, {"to", "14:00"}, {"task", "stell"}, {"assistants", 2}},
    });
    NeedSummary s = need_summary(doc);
    CHECK(s.hours_per_week == doctest::Approx(24));  // 8 + 8 + 2 × 4
    CHECK(s.weekdays == std::vector<int>{1, 3, 6});
    CHECK(s.tasks == std::vector<std::string>{"stell", "nattevakt"});
    CHECK(s.nights);
    CHECK(s.passive_nights);
    CHECK(s.two_at_once);
    std::string nb = draft_job_description(doc, "nb");
    CHECK(nb.find("24 timer i uka, mandag, onsdag og lørdag") != std::string::npos);
    CHECK(nb.find("Oppgaver: stell og nattevakt.") != std::string::npos);
    CHECK(draft_job_description(doc, "da").find("rådighedsvagt") != std::string::npos);

    Outcome v = run(doc, [](Document& d) { return add_vacancy(d, D("2026-11-30")); });
    REQUIRE(v.ok());
    Vacancy vac = vacancies(doc).at(0);
    CHECK(vac.deadline == D("2026-12-14"));
    CHECK(vac.advert.find("Søknadsfrist: 2026-12-14") != std::string::npos);
    CHECK(vac.advert.find("Politiattest") != std::string::npos);
    CHECK(has(kinds_of(doc, "2026-12-01", "2026-12-31", ""), "2026-12-14 application_deadline"));
    Vacancy short_one = vac;
    short_one.deadline = D("2026-12-13");
    CHECK(run(doc, [&](Document& d) { return update_vacancy(d, short_one); }).refusal == Refusal::BadDate);
    vac.hours_per_week = 24;
    vac.questions = {"Har du førerkort?"};
    REQUIRE(run(doc, [&](Document& d) { return update_vacancy(d, vac); }).ok());

    Outcome c = run(doc, [&](Document& d) { return add_candidate(d, v.id, "Siri", D("2026-12-01")); });
    REQUIRE(c.ok());
    Candidate cand = vacancies(doc)[0].candidates.at(0);
    CHECK(hiring_gaps(doc, cand) == std::vector<std::string>{"interview", "references", "certificate"});
    cand.interview_on = D("2026-12-16");
    cand.references = {{"Mor", "familie", D("2026-12-17"), "Flink", true},
                       {"Per Hansen", "tidligere leder", D("2026-12-17"), "Pålitelig", false}};
    cand.certificate_seen = D("2026-12-18");
    REQUIRE(run(doc, [&](Document& d) { return update_candidate(d, v.id, cand); }).ok());
    CHECK(references_checked(vacancies(doc)[0].candidates[0]) == 1);  // family does not count
    CHECK(hiring_gaps(doc, vacancies(doc)[0].candidates[0]) == std::vector<std::string>{"references"});
    Candidate hired = cand;
    hired.status = "hired";
    CHECK(run(doc, [&](Document& d) { return update_candidate(d, v.id, hired); }).refusal == Refusal::NotAllowed);

    Outcome h = run(doc, [&](Document& d) { return hire_candidate(d, v.id, c.id, D("2027-01-04")); });
    REQUIRE(h.ok());
    const Assistant* a = doc.find_assistant(h.id);
    REQUIRE(a);
    CHECK(a->name == "Siri");
    CHECK(a->employed_from == D("2027-01-04"));
    CHECK(a->contract_hours_per_week == doctest::Approx(24));
    CHECK(a->probation_until == D("2027-07-03"));
    CHECK(has_onboarding(*a));
    CHECK(item(onboarding_items(doc, *a), "certificate")->done_on == D("2026-12-18"));
    CHECK(vacancies(doc)[0].candidates[0].status == "hired");
    CHECK(vacancies(doc)[0].candidates[0].assistant == h.id);
    CHECK(run(doc, [&](Document& d) { return hire_candidate(d, v.id, c.id, D("2027-01-04")); }).refusal ==
          Refusal::NotAllowed);
    // The new assistant's papers are on the wheel before a first shift.
    CHECK(has(kinds_of(doc, "2027-01-01", "2027-01-31", h.id), "2027-01-04 confidentiality_missing"));

    // DK: a child user needs the børneattest too.
    Document dk = doc;
    dk.arrangement.jurisdiction = Jurisdiction::DK;
    REQUIRE(run(dk, [](Document& d) { return set_user_is_child(d, true); }).ok());
    CHECK(hiring_gaps(dk, cand) == std::vector<std::string>{"references", "child_certificate"});
    CHECK(draft_advert(dk, vac, "da").find("børneattest") != std::string::npos);
}

TEST_CASE("the reference letter: the period, the hours worked and the tasks from the need") {
    Document doc;
    doc.arrangement.name = "Ola";
    doc.arrangement.leader.name = "Ola Nordmann";
    doc.extra["need"] = Json::array({{{"weekday", 1}, {"from", "08:00"}, {"to", "16:00"}, {"task", "stell"}, {"assistants", 1}}});
    Assistant& a = employ(doc, "a1", "Kari", "2025-03-01");
    a.birth_date = D("1995-04-04");
    a.contract_hours_per_week = 20;
    Shift w1 = shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00", 30);
    w1.status = ShiftStatus::Worked;
    Shift w2 = shift("s2", "a1", "2026-03-03T22:00", "2026-03-04T06:00");
    w2.status = ShiftStatus::Worked;
    doc.shifts = {w1, w2, shift("s3", "a1", "2026-03-05T08:00", "2026-03-05T16:00")};
    REQUIRE(run(doc, [](Document& d) {
                return record_leaving(d, "a1", {"resignation", D("2026-03-10"), D("2026-04-30"), "", ""});
            }).ok());
    REQUIRE(run(doc, [](Document& d) { return set_reference_assessment(d, "a1", "Omsorgsfull og presis."); }).ok());
    ReferenceLetter r = reference_letter(doc, *doc.find_assistant("a1"));
    CHECK(r.name == "Kari");
    CHECK(r.birth_date == D("1995-04-04"));
    CHECK(r.from == D("2025-03-01"));
    CHECK(r.to == D("2026-04-30"));
    CHECK(r.worked_hours == doctest::Approx(15.5));  // 7.5 + 8; the planned shift does not count
    CHECK(r.tasks == std::vector<std::string>{"stell"});
    CHECK(r.assessment == "Omsorgsfull og presis.");
    CHECK(r.leader == "Ola Nordmann");
}
