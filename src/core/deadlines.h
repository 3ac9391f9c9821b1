// Deadlines: every dated thing the leader must do or know, derived from the
// document (CONTRACT.md, "bpa deadlines"; RULES.md "People", "Hours account",
// "Vacation", "Sick leave"). A pure function of the document and a period.
//
// [SECTION] Deadline
// [SECTION] The kinds
// [SECTION] Data read from `extra` fields
// [SECTION] Deadlines of a period
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "model.h"

namespace bpa {

// [SECTION] Deadline ---------------------------------------------------------------
struct Deadline {
    Date date;
    std::string kind;       // see "The kinds"
    std::string assistant;  // assistant id; "" when it concerns the whole arrangement
    std::string ref;        // id of what it is about (absence, holiday plan, notice key); "" = none
    std::string title;      // short, in the jurisdiction's language (nb for NO, da for DK)
    std::string about;      // who or what it concerns, as appended to the title; "" = none
    std::string source;     // the law or handbook paragraph it comes from
    bool contract = true;   // one of CONTRACT.md's kinds (false: a page-only kind)
    std::optional<Date> recorded_done;  // the document records it done (a sick-leave conversation held)
    bool operator==(const Deadline&) const = default;
};

// [SECTION] The kinds --------------------------------------------------------------
// CONTRACT.md's kinds (always included):
//   decision_ends         a decision's `to`
//   probation_end         probation_until
//   employment_ends       employed_to
//   appraisal_due         one year after the latest talk of kind "appraisal", else after
//                         employed_from (29 Feb -> 28 Feb); only when employed that day
//   plan_notice           NO: the rotation's start - plan_notice_days
//   holiday_plan_notice   NO: a holiday plan's from - holiday_plan_notice_days (ref: plan id)
//   vacation_notice       a vacation absence's from - NO 2 months; DK 3 months when at least
//                         10 vacation days (Monday-Friday, not holidays) lie in 1 May-30 Sep
//                         of a year it touches, else 1 month (ref: absence id)
//   hours_account_expiry  NO: 31 December of each year a decision is in force that day
//   annual_account        DK: 31 March after each year a decision is in force on some day
// Page kinds (DeadlineOptions::page_kinds):
//   sick_followup_plan          NO (AML 4-6): first sick day + 4 weeks    } when the sick-leave
//   sick_dialogue_meeting_1     NO (AML 4-6): first sick day + 7 weeks    } run (egenmelding and
//   sick_dialogue_meeting_2     NO (ftrl 8-7 a): first sick day + 26 weeks} sykemelding) lasts the
//   sick_conversation           DK (sygedagpengeloven 7 a): + 4 weeks;    } whole period up to the
//                               not when employment ends within 8 weeks   } day before (ref: the
//   sick_report_municipality    DK: + 5 weeks                             } run's first absence)
//                               DK: recorded_done from the illness's record (leave.h): the
//                               conversation held, the report made
//   sick_three_weeks            DK (seed 003 §§ 11.5, 11.7): first sick day + 3 weeks, when the
//                               illness lasts to it: pay at most 37 hours a week from now, and a
//                               doctor's statement of the expected length may be asked for
//   raskmelding_missing         DK (seed 003 § 11.10): the day after an illness's last day, when
//                               it has ended and no raskmelding is recorded
//   s56_agreement_ends          DK (seed 003 § 11.3): the last day of an assistant's § 56 agreement
//   grant_application           DK (seed 003 §§ 9.2-9.3): the application for an extra grant for a
//                               stay: 1 month before a weekend stay or a stay away, 3 months
//                               before a stay abroad (hours.h ExtraGrant; ref: the grant's id)
//   timesheet_due               the due day of each pay period's submission window (hours.h)
//   pay_day                     arrangement.rules "pay_day" (1..31; the month's last day when
//                               shorter) of each month, when set
//   maternity_notice            DK: the notices fixed by an assistant's expected birth
//                               (leave.h; ref: the notice key)
//   workplace_assessment        DK (APV, at least every 3 years): 3 years after the latest one,
//                               or the first day of employment of the first assistant when none
//   confidentiality_missing     no signed confidentiality declaration before the first shift
//   certificate_missing         no police certificate (NO politiattest, DK straffeattest) seen
//                               before the first shift
//   wheel_easter_plan           yearly wheel (seed 000, Vedlegg 6), January-March: the Easter
//                               plan known 4 weeks before Maundy Thursday
//   wheel_advertise             January-March and September-December: advertise in good time
//                               (31 March for the summer, 30 September for Christmas)
//   wheel_vacation_plan         April-May: the vacation plan confirmed to the assistants (31 May)
//   wheel_summer_substitutes    June-August: summer substitutes in place and trained (1 June)
//   wheel_christmas_plan        September-December: the Christmas and New Year plan known
//                               4 weeks before 24 December
// The two notice periods are the rule parameters plan_notice_days and
// holiday_plan_notice_days (rules.h; the wheel's 4 weeks too where the
// jurisdiction has them, else 28 days).

// [SECTION] Data read from `extra` fields -------------------------------------------------
// Read tolerantly: an entry of the wrong shape is skipped, never an error.
//   Assistant extra "talks": [{"id", "date": "YYYY-MM-DD", "kind": "appraisal" | ..., "note"}]
//   Assistant extra "onboarding": {"confidentiality_signed": "YYYY-MM-DD" | null,
//                                  "certificate_seen": "YYYY-MM-DD" | null}
//       only when the object is present: a key that is absent or not a date is missing; the
//       deadline is the first day of the assistant's first shift that is not cancelled, or
//       employed_from when there is none.
//   Assistant extra "expected_birth": "YYYY-MM-DD" (leave.h)
//   Arrangement extra "workplace_assessment": "YYYY-MM-DD", the latest APV (DK)
//   Arrangement rules "pay_day": 1..31
//   Document extra "rotation", "holiday_plans" (plan.h)

// The latest talk of the kind ("appraisal", ...) in the assistant's talks; nullopt if none.
std::optional<Date> latest_talk(const Assistant& a, std::string_view kind);

// [SECTION] Deadlines of a period -------------------------------------------------------------
struct DeadlineOptions {
    bool page_kinds = false;  // also the page-only kinds (the command line prints the contract's)
};

// Every deadline dated from..to (inclusive), sorted by date, then kind, then
// assistant ("" first), then ref.
std::vector<Deadline> deadlines(const Document& doc, Date from, Date to, const DeadlineOptions& options = {});

// The title of a kind in a language ("nb" or "da"), without the person or plan
// it concerns; the kind itself when unknown.
std::string deadline_title(std::string_view kind, std::string_view lang);

}  // namespace bpa
