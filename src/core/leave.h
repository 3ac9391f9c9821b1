// Leave: sick leave, child-sick days, vacation, notice periods and maternity
// notices (RULES.md: "Sick leave — Norway", "Sick leave — Denmark", "Vacation",
// "Notice periods"), and what an absence does to the plan (open shifts and
// substitutes). Pure functions of the document; "today" is always a parameter.
//
// [SECTION] Findings
// [SECTION] Egenmelding (NO)
// [SECTION] Child-sick days
// [SECTION] Sickness (DK)
// [SECTION] Vacation
// [SECTION] Absence and the plan: open shifts and substitutes
// [SECTION] An absence before it is saved
// [SECTION] Notice periods
// [SECTION] Maternity-leave notices (DK)
// [SECTION] Summary for one assistant on one day
//
// Counting conventions used throughout:
// - An absence's `from`..`to` are inclusive calendar days. Absences of one type
//   that overlap or touch (the next starts at most one day after the previous
//   ends) are one continuous stretch ("run"): one egenmelding occasion, one
//   illness, one vacation.
// - "The 12 months" on a day D are the 12 months ending with D:
//   add_months(D, -12) + 1 day .. D (folketrygdloven § 8-24: "i løpet av en
//   tolvmånedersperiode"). Absence days after D are not counted.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "holidays.h"
#include "model.h"
#include "rules/rules.h"

namespace bpa {

// [SECTION] Findings -------------------------------------------------------------
// Something the leader must act on. Codes (the UI translates "leave.<code>"):
//   egenmelding_not_eligible        egenmelding before 2 months' employment (from..to: the days concerned)
//   egenmelding_too_long            a stretch longer than the policy allows; from..to: the days that need a
//                                   sykemelding (value: stretch days, limit: days at a time)
//   egenmelding_too_many_occasions  statutory: the 5th (or later) occasion in 12 months (value: occasions)
//   egenmelding_too_many_days       extended: more than 24 days in 12 months; from: the first day over
//   egenmelding_after_full_employer_period  a new egenmelding less than 16 days back at work after a full
//                                   16-day employer period (value: days back at work, limit: 16;
//                                   due: the first day an egenmelding is possible again)
//   child_sick_over_quota           NO: more child-sick days in the year than the quota (value, limit)
//   child_sick_no_child             no child that gives the right on those days
//   child_sick_not_eligible         NO: child-sick days before 14 days' employment (from..to: the days
//                                   concerned; limit: 14; due: the first day with the right)
//   child_sick_beyond_day_2         DK: an illness occasion longer than the child's 1st and 2nd sick day;
//                                   from..to: the days not covered (value: days, limit: 2)
//   vacation_notice_short           notice ("requested_on") later than the law requires (value: days of
//                                   notice given, limit: months required; due: the last day notice was in time)
//   vacation_over_entitlement       more vacation days in the year than the entitlement (value, limit)
struct LeaveFinding {
    std::string code;
    std::string assistant;        // assistant id
    std::string absence;          // absence id ("" when it concerns several)
    Date from, to;                // the days concerned, inclusive
    int value = 0;                // what was counted (see the code)
    int limit = 0;                // what the rule allows
    std::optional<Date> due;      // a date that belongs to the code, see above
    bool operator==(const LeaveFinding&) const = default;
};

// A continuous stretch of absence days (absences that overlap or touch).
struct AbsenceRun {
    Date from, to;                         // inclusive
    std::vector<std::string> absences;     // ids, in order of `from`
    int days() const { return (to - from).count + 1; }
    bool operator==(const AbsenceRun&) const = default;
};

// The assistant's absences of the given types merged into runs, in date order.
std::vector<AbsenceRun> absence_runs(const Document& doc, std::string_view assistant,
                                     const std::vector<AbsenceType>& types);

// The first day of the 12 months that end on `day` (add_months(day, -12) + 1).
Date twelve_months_from(Date day);


// [SECTION] Egenmelding (NO) ------------------------------------------------------
// Folketrygdloven §§ 8-23, 8-24; seeds 000 § 4.5, 002 § 4.2. Policy from
// arrangement.rules["egenmelding_policy"]: "statutory" (default; 3 days at a
// time, 4 occasions in 12 months) or "extended" (the IA scheme municipalities
// keep: 8 days at a time, 24 days in 12 months). Both: employed 2 months; after
// a full 16-day employer period, 16 days back at work before a new one.
enum class EgenmeldingPolicy { Statutory, Extended };
const char* to_string(EgenmeldingPolicy p);                    // "statutory" | "extended"
EgenmeldingPolicy egenmelding_policy(const Arrangement& a);   // unknown values -> Statutory

struct EgenmeldingLimits {
    int days_at_a_time = 3;                        // the longest stretch: 3 | 8
    std::optional<int> occasions_per_12_months;    // statutory 4; extended none
    std::optional<int> days_per_12_months;         // statutory none; extended 24
};
EgenmeldingLimits egenmelding_limits(EgenmeldingPolicy p);

inline constexpr int employer_period_days = 16;        // ftrl § 8-19: the employer pays 16 days
inline constexpr int egenmelding_employment_months = 2;

struct EgenmeldingStatus {
    EgenmeldingPolicy policy = EgenmeldingPolicy::Statutory;
    EgenmeldingLimits limits;
    bool eligible = false;             // employed on the day and for at least 2 months
    Date eligible_from;                // employed_from + 2 months
    Date window_from, window_to;       // the 12 months ending on the day
    int days_used = 0;                 // egenmelding calendar days inside the window
    int occasions_used = 0;            // egenmelding stretches overlapping the window
    std::optional<int> days_left;      // extended: 24 - used (>= 0); statutory: nullopt (no day quota)
    std::optional<int> occasions_left; // statutory: 4 - used (>= 0); extended: nullopt (no occasion quota)
    // The sickness case (egenmelding and sykemelding; stretches less than 16 days
    // apart join, ftrl § 8-19 (3)) that a sick day on the day belongs to or would
    // join: its employer-period days up to the day, at most 16.
    int employer_period_days = 0;
    // Set when that case has a full employer period: the first day a new
    // egenmelding can start (16 days back at work after its last sick day).
    std::optional<Date> blocked_until;
};

EgenmeldingStatus egenmelding_status(const Document& doc, const Assistant& a, Date on);

// Every egenmelding of the assistant checked against the policy, in date order.
std::vector<LeaveFinding> egenmelding_findings(const Document& doc, const Assistant& a);

// [SECTION] Child-sick days ---------------------------------------------------------
// NO (AML § 12-9, ftrl § 9-6; RULES.md): per calendar year 10 days with 1–2
// children, 15 with 3 or more, counting children up to and including the year
// they turn 12; doubled for a single parent; each chronically ill or disabled
// child gives 10 more (20 single parent) up to the year it turns 18 (and counts
// as a child for the base until then).
// DK (seed 003 § 11.8): the child's 1st and 2nd sick day per illness, child
// under 18 living at home; no yearly quota.
struct ChildSickStatus {
    int year = 0;
    std::optional<int> days_per_year;   // NO: the quota; DK: nullopt (per illness instead)
    std::optional<int> days_per_occasion;  // DK: 2; NO: nullopt
    int children_counted = 0;           // NO: children under the age limit in the year; DK: under 18 on some day of it
    int chronic_children = 0;           // NO: chronic children up to the year they turn 18
    int used = 0;                       // calendar days of child_sick absences in the year
    int occasions = 0;                  // child_sick stretches starting in the year
    std::optional<int> left;            // NO: max(0, quota - used); DK: nullopt
    std::optional<Date> eligible_from;  // NO: employed_from + 14 days (seed 002 § 4.2); DK: nullopt
};

ChildSickStatus child_sick_status(const Document& doc, const Assistant& a, int year);
int child_sick_days_per_year(const Assistant& a, int year);  // NO quota for the year

// NO: the first 14 days of employment give no right to child-sick days (seed
// 002 § 4.2: "må assistenten ha vært ansatt i 14 dager"): the right begins when
// 14 whole days have passed, on employed_from + 14 days.
inline constexpr int child_sick_employment_days = 14;

// NO: before 14 days' employment, over the quota, no child; DK: beyond the 2nd
// day, no child under 18.
std::vector<LeaveFinding> child_sick_findings(const Document& doc, const Assistant& a, int year);

// [SECTION] Sickness (DK) --------------------------------------------------------------
// Seed 003 § 11 (sygedagpengeloven). A case is one continuous illness: the
// assistant's egenmelding and sykemelding absences that overlap or touch. What
// the leader records about it is kept on the case's first absence, in its
// extra "dk_sickness" (optional; read tolerantly, a value of the wrong shape is
// left out):
//   {"conversation": {"date": "YYYY-MM-DD", "note": "..."},   the sick-leave conversation held (§ 11.4)
//    "reported": "YYYY-MM-DD",                               reported to the municipality (refusion)
//    "mulighedserklaering": {"date": "YYYY-MM-DD", "note"},  asked for (§ 11.6)
//    "partial_return": {"from": "YYYY-MM-DD", "hours_per_day": 4},  back on reduced hours (§ 11.11)
//    "raskmelding": {"date": "YYYY-MM-DD", "last_sick_day": "YYYY-MM-DD"}}  sent, with the last sick day (§ 11.10)
// Pregnancy-related sickness (§ 11.9, § 13.10) is a sykemelding with extra
// "pregnancy_related": true: its own type on the page and in the payroll file,
// one of the contract's five types in the file.
// A § 56 agreement (§ 11.3, chronic illness) is the assistant's extra
// "s56_agreement": "YYYY-MM-DD", the first sick day it covers; it holds 1 year.
struct DkSickRecord {
    std::optional<Date> conversation;       // held on
    std::string conversation_note;
    std::optional<Date> reported;           // reported to the municipality on
    std::optional<Date> mulighedserklaering;// asked for on
    std::string mulighedserklaering_note;
    std::optional<Date> partial_from;       // back on reduced hours from
    double partial_hours_per_day = 0;       // hours worked a day from partial_from (0 < h <= 24)
    std::optional<Date> raskmelding;        // sent on
    std::optional<Date> last_sick_day;      // as the raskmelding says
    bool operator==(const DkSickRecord&) const = default;
};
DkSickRecord dk_sick_record(const Absence& first);
void write_dk_sick_record(Absence& first, const DkSickRecord& r);  // an empty record removes the key

bool is_pregnancy_related(const Absence& a);  // extra "pregnancy_related": true

struct DkSickCase {
    Date from, to;                        // the continuous illness (egenmelding and sykemelding absences)
    std::vector<std::string> absences;
    Date conversation_due;                // from + 28 days
    bool conversation_owed = true;        // § 7 a (3): not when the employment ends within 8 weeks of `from`
    Date report_due;                      // from + 35 days: reported to the municipality to keep the refund
    Date pay_cap_from;                    // from + 21 days: from the 4th week at most 37 hours a week (§ 11.7)
    bool employed_8_weeks = false;        // employed on every day of from-56 .. from-1
    double hours_8_weeks = 0;             // planned and worked hours in from-56 .. from-1 (clock hours, breaks included)
    bool employer_pays = false;           // employed_8_weeks && hours_8_weeks >= 74
    bool pregnancy_related = false;       // any of its absences is
    std::optional<Date> s56_from, s56_to; // the § 56 agreement covering `from`, if any
    DkSickRecord record;                  // from the first absence
};
inline constexpr double dk_sick_pay_hours = 74;
inline constexpr int dk_sick_pay_weeks = 8;
inline constexpr int dk_sick_conversation_days = 28;
inline constexpr int dk_sick_report_days = 35;
inline constexpr int dk_sick_plan_pay_days = 21;          // § 11.7: "De første 3 uger ... vagtplanens timer"
inline constexpr double dk_sick_max_weekly_hours = 37;    // § 11.7: "højst ... gennemsnitligt 37 timer pr. uge"

std::vector<DkSickCase> dk_sick_cases(const Document& doc, const Assistant& a);
// The case whose days hold `day`, or nullopt.
std::optional<DkSickCase> dk_sick_case_on(const Document& doc, const Assistant& a, Date day);

// From assistant extra "s56_agreement": the first day and the last (1 year later, less a day).
std::optional<std::pair<Date, Date>> s56_agreement(const Assistant& a);

// Sick time (real minutes) paid per day of from..to, DK (§ 11.7, § 11.11):
// `sick[i]` is the sick time the timesheet gives day from+i (the plan's shifts
// the illness took), `plan[i]` the plan's time that day (planned times of the
// day's shifts, those worked or taken by the illness too) and `worked[i]` the
// time worked. On a day from the partial return on, the sick time is the
// plan's time less what was worked, less at least the agreed hours a day. From
// the case's 22nd day on, each 7 days (counted from day 22; the last ones pro
// rata) pay at most 37 hours: the days' sick time is scaled down evenly to fit.
// The vectors cover the whole case from `from`.
std::vector<int64_t> dk_paid_sick_minutes(const DkSickCase& c, Date from, const std::vector<int64_t>& sick,
                                          const std::vector<int64_t>& plan, const std::vector<int64_t>& worked);

// [SECTION] Vacation ---------------------------------------------------------------------
// Days are counted as the country counts them: NO Monday–Saturday (virkedager,
// ferieloven § 5), DK Monday–Friday; public holidays (holidays.h) are not counted.
bool counts_as_vacation_day(Jurisdiction j, Date d);
int count_vacation_days(Jurisdiction j, Date from, Date to);  // inclusive; 0 when to < from

// Vacation absences may carry extra "status": "wish" | "approved" (absent =
// approved) and "requested_on": "YYYY-MM-DD", the day the leader gave notice.
bool is_vacation_wish(const Absence& a);
std::optional<Date> vacation_requested_on(const Absence& a);
// A vacation as a wish or approved, with the day notice was given: the one way the
// page writes these fields (add_absence then keeps them).
void set_vacation_request(Absence& a, bool wish, Date requested_on);
// Marks a sick leave as pregnancy-related (seed 003 § 11.9, § 13.10), read by is_pregnancy_related.
void set_pregnancy_related(Absence& a);

// Entitlement, model per country:
// NO (ferieloven §§ 5, 7; seed 002 § 4.3): per calendar year
//   arrangement.rules["vacation_days"] (default 25) working days, + 6 from the year
//   the assistant turns 60 (needs birth_date). Started in the year after 15 August:
//   no right to the main vacation; after 30 September: at most 6 days that year.
//   0 when not employed on any day of the year.
// DK (ferieloven 2020, samtidighedsferie): vacation is earned at 2.08 days per
//   month of employment (vacation_days × 2.08 / 25 when vacation_days is
//   overridden) in the earning year 1 September – 31 August; the days of the
//   earning year that ends 31 August Y must be taken by 31 December Y. The
//   entitlement for calendar year Y is therefore what is earned 1 Sep Y-1 –
//   31 Aug Y: each earned day belongs to exactly one calendar year. A month
//   with employment on only some days counts by the share of its days. Twelve
//   whole months give vacation_days (the law's 25, not 12 × 2.08 = 24.96).
//   Days earned 1 September – 30 November Y are usable already in Y (from the
//   month after they are earned) but belong to Y+1: `earned_ahead`.
struct VacationStatus {
    int year = 0;
    double entitled = 0;                // NO whole days; DK rounded to 2 decimals
    int taken_or_planned = 0;           // counted days of the year's vacation absences, wishes excluded
    int wished = 0;                     // counted days of wishes ("status": "wish")
    double left = 0;                    // max(0, entitled - taken_or_planned)
    int base_days = 25;                 // the arrangement's vacation_days
    bool senior_extra = false;          // NO: +6 from the year the assistant turns 60
    bool main_vacation_right = true;    // NO: false when started after 15 August of the year
    bool late_start_cap = false;        // NO: started after 30 September: at most 6 days
    int sick_days_to_take_later = 0;    // NO: vacation days with a sykemelding; not counted as taken
    double months_earned = 0;           // DK: months of employment in the earning year
    Date earning_from, earning_to;      // DK: 1 Sep Y-1 .. 31 Aug Y; NO: 1 Jan .. 31 Dec Y-1 (feriepenger)
    Date use_by;                        // 31 Dec Y
    double earned_ahead = 0;            // DK: earned 1 Sep .. 30 Nov Y, usable in Y, belongs to Y+1
};

double vacation_entitlement(const Document& doc, const Assistant& a, int year);
VacationStatus vacation_status(const Document& doc, const Assistant& a, int year);

// Main vacation (NO ferieloven § 7 (1): 18 working days in 1 June–30 September;
// DK ferieloven § 15: 15 days in 1 May–30 September): the longest continuous
// vacation (runs joined across days that do not count) inside the period.
struct MainVacationCheck {
    int year = 0;
    bool applies = true;               // false: not employed in the period, or (NO) started after 15 August
    Date period_from, period_to;
    int required = 18;                 // 18 NO, 15 DK
    int longest = 0;                   // counted days of the longest continuous vacation in the period (wishes excluded)
    std::optional<Date> longest_from, longest_to;
    bool ok = false;                   // !applies || longest >= required
};
MainVacationCheck main_vacation_check(const Document& doc, const Assistant& a, int year);

// Notice: NO (ferieloven § 6 (2); seed 002 § 4.3) at least 2 months before the
// vacation starts; DK (ferieloven § 15) 3 months for the main vacation (a
// continuous vacation of at least 15 counted days overlapping 1 May–30 September),
// 1 month for other days. Checked for each vacation absence that has
// "requested_on" and is not a wish. Returns the months required.
int vacation_notice_months(const Document& doc, const Absence& vacation);

// Notice findings for the vacation absences starting in `year`, and a finding
// when the year's vacation exceeds the entitlement.
std::vector<LeaveFinding> vacation_findings(const Document& doc, const Assistant& a, int year);

// "Too many away at once": the days in from..to (inclusive) on which more than
// `max_away` assistants employed that day are absent (any absence type, or only
// vacation), with who they are.
struct AwayDay {
    Date date;
    std::vector<std::string> assistants;  // absent, in document order
    int employed = 0;                     // assistants employed that day
};
std::vector<AwayDay> away_days(const Document& doc, Date from, Date to, int max_away, bool vacation_only = false);

// [SECTION] Absence and the plan: open shifts and substitutes --------------------------------
// An open shift: a planned shift of an assistant that has time on a day of their
// absence (a shift ending at 00:00 does not touch the day it ends on).
struct OpenShift {
    std::string shift;     // shift id
    std::string absence;   // absence id (the first absence it touches)
    bool operator==(const OpenShift&) const = default;
};
std::vector<OpenShift> open_shifts(const Document& doc);                      // every absence, in shift order
std::vector<OpenShift> open_shifts(const Document& doc, const Absence& absence);

// Who could take a shift without breaking a rule: employed and not absent on
// every day the shift touches, not its own assistant, no overlap with their own
// shifts, and check() with the shift reassigned to them reports no error for
// them that it did not report before. Best first: fewest new warnings, then
// fewest planned hours in the shift's ISO week, then fast employees before
// substitutes (vikar) before on-call (tilkalling), then document order. A
// shift that breaks a rule whoever works it (8 hours without a break) gets no
// suggestions: the shift itself has to be fixed first.
//
// Speed: only the candidate's own shifts and absences near the shift are
// checked (a reduced document), ±8 days around it, widened to the DK
// average-hours reference period and to 26 weeks for the NO "every other
// Sunday" rule when those apply. A year-long plan with one absent week takes
// milliseconds.
struct SubstituteSuggestion {
    std::string assistant;
    int new_warnings = 0;
    std::vector<std::string> warning_rules;  // rule ids of the new warnings
    double week_hours = 0;                   // planned and worked clock hours in the shift's ISO week, before
    Employment employment = Employment::Fast;
};
std::vector<SubstituteSuggestion> suggest_substitutes(const Document& doc, std::string_view shift_id);

// Gives the shift to `assistant`: the original stays with status "cancelled" and
// extra "not_worked_reason": "assistant_absent"; a new planned shift with the
// same times, id doc.next_id("s") and extra {"origin": "substitute", "replaces":
// <old id>} is inserted right after it. Returns the new id; nullopt (and no
// change) when the shift or assistant is unknown, the shift is not planned
// (worked or cancelled), or the assistant is the shift's own.
std::optional<std::string> assign_substitute(Document& doc, std::string_view shift_id, std::string_view assistant);

// Every other assistant and what stops each from taking a shift: the finder
// lists them all with their reasons instead of only those who can. A reason is
// "not_employed" (on a day of the shift), "absent" (an absence on a day of it),
// or "rule": a violation check() reports for them with the shift given to them
// that it did not report before (rest before or after, hours in the week,
// Sunday rest, a missing break, an overlap with their own shift, ...). For a
// violation with one other shift of theirs, `side` says whether that shift
// lies "before" or "after" this one.
//
// Best first: those who can take it (as suggest_substitutes orders them), then
// those only rules stop (fewest errors, then fewest warnings, hours, kind of
// employment, document order), then those absent, then those not employed.
// `shift_errors` are what the shift breaks whoever works it (8 hours without a
// break, over 24 hours): the shift itself has to be fixed, or split.
struct SubstituteReason {
    std::string code;                    // "not_employed" | "absent" | "rule"
    bool error = true;                   // not employed, absent, or a violation of severity error
    std::string absence;                 // "absent": the absence id
    std::optional<Violation> violation;  // "rule"
    std::string side;                    // "rule": "before" | "after" | ""
};
struct SubstituteCandidate {
    std::string assistant;
    bool can_take = false;                  // no reason is an error
    int errors = 0, warnings = 0;           // reasons of each kind
    std::vector<SubstituteReason> reasons;  // errors first, then warnings
    double week_hours = 0;                  // planned and worked clock hours in the shift's ISO week, before
    Employment employment = Employment::Fast;
};
struct SubstituteSearch {
    std::vector<Violation> shift_errors;          // errors of the shift on its own
    std::vector<SubstituteCandidate> candidates;  // every assistant but the shift's own, best first
};
SubstituteSearch find_substitutes(const Document& doc, std::string_view shift_id);
// The suggestions of a search: those who can take the shift, in its order.
std::vector<SubstituteSuggestion> suggestions_of(const SubstituteSearch& search);

// [SECTION] An absence before it is saved ---------------------------------------------------------
// What registering `absence` would bring, for the form to show before it is
// saved: the leave findings of its assistant that the document does not have
// yet (NO egenmelding; child-sick days and vacation in the years it touches),
// and the type to register instead where the rules say which: an egenmelding
// the rules do not allow (before 2 months' employment, too long, too many)
// needs a sykemelding from a doctor.
struct AbsenceConsequences {
    std::vector<LeaveFinding> findings;  // in the order the checks report them
    std::optional<AbsenceType> instead;  // the type to register instead
};
AbsenceConsequences absence_consequences(const Document& doc, const Absence& absence);

// [SECTION] Notice periods --------------------------------------------------------------------
// NO (AML § 15-3; seed 002 § 4.5): 1 month; 5 years' employment 2; 10 years 3;
//   10 years and aged 50 / 55 / 60: 4 / 5 / 6 (employer's notice only; the
//   employee's is at most 3). Service and age on the day notice is given. The
//   period runs from the 1st of the next month: ends on the last day of the
//   month `months` after the notice month. Probation (probation_until on or
//   after the day): 14 days, ends = day + 14.
// DK (seed 003 § 5.5, Rebild's table, the same for both sides), by whole months
//   employed on the day: under 3: 1 day per whole month; 3–6: 8 days; 6–12: 14
//   days; 12 or more: 1 month (ends the same date a month later). Ends = day + days.
//   Loose substitutes (employment "tilkalling"): from day to day, 0 days.
//   Temporary (employed_to set): the employment ends with the period, without
//   notice: days = employed_to - day, ends = employed_to (RULES.md; the seed
//   adds that both sides must otherwise keep the table's notice).
enum class NoticeBy { Employer, Employee };
const char* to_string(NoticeBy b);  // "employer" | "employee"

struct NoticePeriod {
    enum class Unit { Days, Months };
    Unit unit = Unit::Months;
    int count = 0;
    std::optional<Date> ends;   // the last day of the notice period
    // Why: "probation", "aml_15_3", "aml_15_3_5_years", "aml_15_3_10_years",
    // "aml_15_3_age_50" | "_55" | "_60", "dk_months_employed",
    // "dk_3_months", "dk_6_months", "dk_12_months", "dk_loose_substitute", "dk_temporary".
    std::string basis;
};

NoticePeriod notice_period(Jurisdiction j, const Assistant& a, Date on, NoticeBy by);
int whole_months_between(Date from, Date to);  // the largest k with add_months(from, k) <= to (0 if to < from)

// [SECTION] Maternity-leave notices (DK) ----------------------------------------------------------
// Seed 003 § 12.3 (barselsloven § 15), "Tidsfrister": the helper tells the
// employer how the leave will be taken, within these limits:
//   expected_birth            the expected birth: 3 months before it
//   return_from_leave         when they come back: at the latest 8 weeks after the birth
//   paternity_leave           father's leave in weeks 0–14: 4 weeks before the leave starts
//   extended_paternity_leave  extended father's leave before week 46: 8 weeks before it starts
//   postponed_leave_right     postponed leave (by right): 16 weeks before it starts
//   postponed_leave_agreement postponed leave (by agreement): 8 weeks before it starts
// The first two are fixed by the (expected) birth and get a due date; the
// others count back from the start of that leave, which the seed leaves open:
// their due date is `weeks_before_start` before the start the helper chooses
// (due_for_start).
struct MaternityNotice {
    std::string key;
    std::string seed_text;                 // the seed's row, in Danish
    std::optional<Date> due;               // fixed by the expected birth
    std::optional<int> weeks_before_start; // for notices counted back from the leave's start
};

// From assistant.extra["expected_birth"] ("YYYY-MM-DD"); nullopt if absent or not a date.
std::optional<Date> expected_birth(const Assistant& a);
std::vector<MaternityNotice> maternity_notices(Date expected_birth);
std::optional<Date> due_for_start(const MaternityNotice& n, Date leave_start);

// [SECTION] Summary for one assistant on one day ------------------------------------------------------
// What `bpa leave` prints: parts that do not apply to the jurisdiction are
// nullopt (egenmelding in DK).
struct LeaveSummary {
    std::optional<EgenmeldingStatus> egenmelding;  // NO only
    ChildSickStatus child_sick;                    // the day's year
    VacationStatus vacation;                       // the day's year
};
LeaveSummary leave_summary(const Document& doc, const Assistant& a, Date on);

}  // namespace bpa
