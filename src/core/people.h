// People: recruitment, onboarding, talks, leaving and the reference letter
// (RULES.md "People"; seed 000 §§ 3, 4.1, 4.9-4.12, appendices 3-4; seed 002
// §§ 2.3-2.7, 3.2, 3.4, 4.5-4.7; seed 003 §§ 4.1-4.7, 5.3-5.7). The data lives
// in the file's extension fields and is read tolerantly: an entry of the wrong
// shape is skipped, never an error. Writing keeps unknown keys.
//
// [SECTION] Talks
// [SECTION] Onboarding
// [SECTION] Leaving and archive
// [SECTION] Recruitment
// [SECTION] Texts drafted from the document
// [SECTION] Papers missing before a shift
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "command.h"
#include "model.h"

namespace bpa {

// [SECTION] Talks --------------------------------------------------------------------
// Assistant field "talks" (CONTRACT.md): [{"id", "date", "kind", "note"}], with
// the page's additions "present", "agreed", "follow_up" (date or null),
// "signed_leader", "signed_assistant" (booleans), and for an appraisal the
// preparation forms of appendices 3 (leader) and 4 (assistant):
// "forms": {"leader": {topic: text}, "assistant": {topic: text}}.
inline constexpr const char* talk_kinds[] = {"appraisal", "probation", "followup", "warning", "other"};
// The topics of the preparation forms (seed 000, appendices 3 and 4), in order.
inline constexpr const char* appraisal_topics[] = {"general", "positive", "potential", "long_term", "communication",
                                                   "training", "development", "comments", "summary"};

struct Talk {
    std::string id;
    Date date;
    std::string kind = "other";  // one of talk_kinds
    std::string note;
    std::string present;         // who was there
    std::string agreed;          // what was agreed
    std::optional<Date> follow_up;
    bool signed_leader = false;
    bool signed_assistant = false;
    Json forms = Json::object();  // {"leader": {topic: text}, "assistant": {topic: text}}
    bool operator==(const Talk&) const = default;

    std::string form_text(std::string_view who, std::string_view topic) const;
};

// The assistant's talks, by date then id.
std::vector<Talk> talks_of(const Assistant& a);

// A new talk (Outcome::id). Refused: unknown assistant, a kind not in talk_kinds (OutOfRange).
Outcome add_talk(Document& doc, std::string_view assistant, Date date, std::string_view kind);
// The talk with the same id takes these values; a follow-up before the talk is refused (BadDate).
Outcome update_talk(Document& doc, std::string_view assistant, const Talk& t);
Outcome delete_talk(Document& doc, std::string_view assistant, std::string_view talk_id);

// [SECTION] Onboarding ----------------------------------------------------------------
// Assistant field "onboarding" (deadlines.h reads the first two):
//   {"confidentiality_signed", "certificate_seen", "contract_signed",
//    "contract_complete" (DK: the remaining terms), "work_permit_needed": bool,
//    "work_permit_seen", "bank_account", "child_certificate_seen" (DK, a child user):
//    "YYYY-MM-DD" or null; "training": [{"id", "text", "done_on"}]}
// Every date is the day the item was done.
struct TrainingItem {
    std::string id;
    std::string text;
    std::optional<Date> done_on;
    bool operator==(const TrainingItem&) const = default;
};

// The items of the checklist, in the order shown.
//   contract           NO AML 14-5 (2): within 7 days of the start (over 1 month's
//                      employment); DK ansættelsesbevisloven § 3: the main terms within 7 days
//   contract_complete  DK only: the remaining terms within 1 month of the start
//   confidentiality    before the first shift (hpl § 21 / straffeloven § 152; seed 002 § 2.7)
//   certificate        before the first shift: NO politiattest (helse- og omsorgstjenesteloven
//                      § 5-4), DK straffeattest (seed 003 § 4.3)
//   child_certificate  DK, when the user is a child (arrangement "user_is_child"): børneattest
//   work_permit        when needed: before the first shift
//   bank_account       advice: before the first pay day (due: first shift + 14 days)
//   probation_talk     when on probation: a talk of kind "probation" by probation_until - 14
//                      days (the notice during probation), done by the latest such talk
//   training:<id>      the leader's own items, no due date
struct OnboardingItem {
    std::string key;             // as above
    std::string text;            // training items: the leader's text; else ""
    std::optional<Date> due;     // nullopt: no date
    std::optional<Date> done_on;
    bool law = true;             // false: handbook advice
    std::string source;
    bool operator==(const OnboardingItem&) const = default;
};

// The first day of the assistant's first shift that is not cancelled; employed_from without one.
Date first_shift_day(const Document& doc, const Assistant& a);
std::vector<OnboardingItem> onboarding_items(const Document& doc, const Assistant& a);
// Items not done whose due day is on or before `on`.
int onboarding_overdue(const Document& doc, const Assistant& a, Date on);
bool onboarding_complete(const Document& doc, const Assistant& a);
// Shifts of the assistant overlapping a shift of an assistant employed before them:
// the shadowing shifts with a trained assistant (seed 002 § 3.4), from the first.
int shadowing_shifts(const Document& doc, const Assistant& a);

// Sets or clears one dated item ("confidentiality", "certificate", ...; the keys
// above without training items); creates the onboarding record when missing.
Outcome set_onboarding_date(Document& doc, std::string_view assistant, std::string_view key, std::optional<Date> on);
Outcome set_work_permit_needed(Document& doc, std::string_view assistant, bool needed);
Outcome add_training_item(Document& doc, std::string_view assistant, const std::string& text);  // Outcome::id
Outcome set_training_done(Document& doc, std::string_view assistant, std::string_view item, std::optional<Date> on);
Outcome remove_training_item(Document& doc, std::string_view assistant, std::string_view item);
bool work_permit_needed(const Assistant& a);
// Starts the checklist for an assistant who has none (all items open).
Outcome start_onboarding(Document& doc, std::string_view assistant);
bool has_onboarding(const Assistant& a);

// [SECTION] Leaving and archive -----------------------------------------------------------
// Assistant field "leaving": {"kind": "resignation" | "dismissal" | "temporary_end",
//   "notice_given": date, "last_day": date, "reason": text, "assessment": text}
// and "archived": true (kept as history, not offered for new shifts).
struct Leaving {
    std::string kind = "resignation";
    Date notice_given;
    Date last_day;
    std::string reason;
    std::string assessment;  // the reference letter's optional paragraph
    bool operator==(const Leaving&) const = default;
};
std::optional<Leaving> leaving_of(const Assistant& a);
bool archived(const Assistant& a);

// The last day when notice is given on `on` (leave.h notice_period: NO runs to
// the end of a month; a temporary employment ends with its period).
Date last_day_after_notice(const Document& doc, const Assistant& a, Date on, bool by_employer);
// Records the leaving and sets employed_to = last_day. Refused: unknown
// assistant, a kind not listed (OutOfRange), last day before the notice or
// before employed_from (BadDate), a planned shift after the last day that is
// locked (Locked; unlocked ones stay and the rules report them).
Outcome record_leaving(Document& doc, std::string_view assistant, const Leaving& l);
Outcome undo_leaving(Document& doc, std::string_view assistant);  // clears leaving and employed_to
Outcome set_reference_assessment(Document& doc, std::string_view assistant, const std::string& text);
std::string reference_assessment(const Assistant& a);

// Worked shifts, timesheets, absences or talks: what must be kept (DK keeps working-time records 5 years).
bool has_records(const Document& doc, const Assistant& a);
// Archives instead of deleting: the records stay; planned shifts after the last
// day employed go. employed_to = the day before `today` when not set. Refused:
// unknown assistant; a planned shift to remove that is locked.
Outcome archive_assistant(Document& doc, std::string_view assistant, Date today);
Outcome unarchive_assistant(Document& doc, std::string_view assistant);

// [SECTION] Recruitment ---------------------------------------------------------------
// Document field "recruitment": [{"id", "title", "opened", "deadline",
//   "hours_per_week", "start", "description", "advert", "questions": [text],
//   "closed": bool, "candidates": [{"id", "name", "phone", "email", "applied_on",
//   "status", "interview_on", "notes", "certificate_seen", "child_certificate_seen",
//   "assistant", "references": [{"name", "relation", "contacted_on", "said", "family"}]}]}]
inline constexpr const char* candidate_statuses[] = {"applied", "interview", "offered", "hired", "rejected"};
inline constexpr int min_application_days = 14;  // seed 002 § 2.4.1

struct Reference {
    std::string name;
    std::string relation;          // former employer, school, ...
    std::optional<Date> contacted_on;
    std::string said;
    bool family = false;           // family or friends do not count (seed 002 § 2.4.1)
    bool operator==(const Reference&) const = default;
};

struct Candidate {
    std::string id;
    std::string name;
    std::string phone;
    std::string email;
    std::optional<Date> applied_on;
    std::string status = "applied";
    std::optional<Date> interview_on;
    std::string notes;
    std::optional<Date> certificate_seen;
    std::optional<Date> child_certificate_seen;
    std::string assistant;  // the assistant made on hiring
    std::vector<Reference> references;
    bool operator==(const Candidate&) const = default;
};

struct Vacancy {
    std::string id;
    std::string title;
    Date opened;
    Date deadline;
    double hours_per_week = 0;
    std::optional<Date> start;
    std::string description;
    std::string advert;
    std::vector<std::string> questions;
    bool closed = false;
    std::vector<Candidate> candidates;
    bool operator==(const Vacancy&) const = default;
};

std::vector<Vacancy> vacancies(const Document& doc);
bool user_is_child(const Document& doc);  // arrangement "user_is_child" (DK: børneattest)
Outcome set_user_is_child(Document& doc, bool child);

// A new vacancy opened `today` with the deadline 14 days later, the hours and
// texts drafted from the weekly need in the jurisdiction's language (Outcome::id).
Outcome add_vacancy(Document& doc, Date today);
// The vacancy with the same id takes these values. Refused: blank title
// (Required), deadline under 14 days after opened (BadDate), hours outside 0..168.
Outcome update_vacancy(Document& doc, const Vacancy& v);
Outcome delete_vacancy(Document& doc, std::string_view vacancy);
Outcome add_candidate(Document& doc, std::string_view vacancy, const std::string& name, Date today);  // Outcome::id
// The candidate with the same id takes these values. Refused: unknown, blank
// name, a status not listed, "hired" (only hire_candidate hires).
Outcome update_candidate(Document& doc, std::string_view vacancy, const Candidate& c);
Outcome delete_candidate(Document& doc, std::string_view vacancy, std::string_view candidate);

// References that count: not family, with someone's name and what they said.
int references_checked(const Candidate& c);
// What is still missing before hiring, as keys: "references" (fewer than 2
// checked), "certificate", "child_certificate" (DK, a child user), "interview".
std::vector<std::string> hiring_gaps(const Document& doc, const Candidate& c);
// Makes the assistant (name, phone, email, employed from `from`, the vacancy's
// hours, probation 6 months, the certificate seen, an onboarding checklist) and
// marks the candidate hired (Outcome::id: the assistant). Refused: unknown
// vacancy or candidate, already hired (NotAllowed).
Outcome hire_candidate(Document& doc, std::string_view vacancy, std::string_view candidate, Date from);

// [SECTION] Texts drafted from the document ---------------------------------------------
// The weekly need summed up: hours a week, the days, the tasks, nights.
struct NeedSummary {
    double hours_per_week = 0;      // clock hours of the need (each assistant counted)
    std::vector<int> weekdays;      // 1..7 with need
    std::vector<std::string> tasks; // distinct, in order of first appearance
    bool nights = false;            // a block between 23:00 and 05:00
    bool passive_nights = false;
    bool two_at_once = false;
};
NeedSummary need_summary(const Document& doc);
// lang "nb" | "da" | "en".
std::string draft_job_description(const Document& doc, std::string_view lang);
std::string draft_advert(const Document& doc, const Vacancy& v, std::string_view lang);
// The information to give in an interview (seed 002 § 2.4.2), as translation keys "interview.info.<key>".
inline constexpr const char* interview_information[] = {
    "organisation", "terms", "confidentiality", "probation", "health", "limits",
    "place", "hours", "flexibility", "pay", "tasks"};

// The reference letter (NO attest, AML 15-15; DK udtalelse): what the data says.
struct ReferenceLetter {
    std::string name;
    std::optional<Date> birth_date;
    Date from;
    std::optional<Date> to;          // the last day; nullopt: still employed
    Employment employment = Employment::Fast;
    double contract_hours_per_week = 0;
    double worked_hours = 0;         // clock hours of worked shifts
    std::vector<std::string> tasks;  // from the need
    std::string assessment;          // the leader's paragraph, "" = none
    std::string arrangement;         // the arrangement's name
    std::string leader;              // the leader's name
};
ReferenceLetter reference_letter(const Document& doc, const Assistant& a);

// [SECTION] Papers missing before a shift -----------------------------------------------
// A planned or worked shift of an assistant with an onboarding checklist whose
// confidentiality declaration or certificate was not done before the shift's
// first day (the plan's warning). One entry per shift; `missing` holds
// "confidentiality" and/or "certificate".
struct PapersMissing {
    std::string assistant;
    std::string shift;
    Date day;
    std::vector<std::string> missing;
    bool operator==(const PapersMissing&) const = default;
};
std::vector<PapersMissing> papers_missing(const Document& doc, Date from, Date to);

}  // namespace bpa
