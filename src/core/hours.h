// Hours after the plan: the actual time of each shift, timesheets with their
// approval flow, the hours account against the decision (timekonto), and the
// export for payroll. Pure functions of the document; "today" is a parameter.
//
// [SECTION] Errors
// [SECTION] Actual time of shifts
// [SECTION] Timesheet records and their status flow
// [SECTION] Timesheets: lines per day
// [SECTION] Hours account (timekonto)
// [SECTION] Daily time records and CSV for payroll
// [SECTION] Pay day
//
// The data is the project's own extension of the file format, kept in `extra`
// fields so that the core reader preserves it:
//
//   Shift (CONTRACT.md statuses):
//     "status": "worked"                 confirmed: the shift happened as start..end says
//     extra "planned_start"/"planned_end" a corrected shift: the planned times ("YYYY-MM-DDTHH:MM"),
//                                        kept once; start/end hold the actual times
//     "status": "cancelled" + extra "not_worked_reason": "assistant_sick" | "cancelled_by_leader" |
//                                        "assistant_absent" | "other", optional extra "note"
//     extra "origin": "extra"            an extra shift, not in the plan (status "worked")
//
//   Document extra "timesheets": [{"assistant": "a1", "from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
//       "status": "draft" | "signed" | "approved" | "sent",
//       "history": [{"status", "at": "YYYY-MM-DDTHH:MM", "by": "assistant" | "leader" | "employer",
//                    "note": "..." (optional; why, when reopening or approving early),
//                    "before_period_end": true (optional: approved before the period was over)}]}]
//
//   Document extra "extra_grants" (DK): [{"id": "g1", "from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
//       "hours": 20, "reason": "...", "kind": "weekend_stay" | ...}]: extra hours granted for
//       a purpose (seed 003 § 6.1, § 9.2-9.3; GrantKind below).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "command.h"
#include "holidays.h"
#include "model.h"
#include "problem.h"

namespace bpa {

// [SECTION] Errors ------------------------------------------------------------------
// What a changing function refused is a Refusal (command.h); Refusal::None = done.

// [SECTION] Actual time of shifts ---------------------------------------------------
enum class NotWorkedReason { AssistantSick, CancelledByLeader, AssistantAbsent, Other };
const char* to_string(NotWorkedReason r);  // "assistant_sick" | "cancelled_by_leader" | "assistant_absent" | "other"
std::optional<NotWorkedReason> parse_not_worked_reason(std::string_view s);

// What the stored extras say about one shift.
struct ShiftActual {
    bool extra_shift = false;                  // origin "extra": all of it is overtime
    std::optional<LocalDateTime> planned_start;  // set when corrected
    std::optional<LocalDateTime> planned_end;
    std::optional<NotWorkedReason> not_worked;   // only for cancelled shifts
    bool corrected() const { return planned_start && planned_end; }
};
ShiftActual shift_actual(const Shift& s);

// Overtime of a shift (real minutes): the actual length beyond the planned length
// (planned_start..planned_end of a corrected shift; a shift that was not
// corrected has none; an extra shift is all overtime). It lies at the end of the
// shift: the minutes worked after the planned length was used up. A shift moved
// without getting longer has no overtime. 0 for cancelled shifts.
Minutes overtime_of(const Shift& s, Zone z);

// Every change below is refused with Refusal::Locked when a day the shift
// touches (before or after the change) lies in an approved or sent timesheet of
// its assistant, and leaves the document unchanged when it returns an error.
//
// Only what has happened can be recorded as worked: confirming, correcting and
// adding an extra shift take `now` (local wall time) and refuse with
// Refusal::NotEnded a shift whose end lies after it. Saying in advance that a
// shift will not be worked (mark_not_worked) is allowed.

// True when the shift's end lies at or before `now` (compared as real time, so
// the October hour that repeats is told apart).
bool has_ended(const Shift& s, LocalDateTime now, Zone z);

// The shift happened as planned: status "worked" (a cancelled one is
// un-cancelled: its not_worked_reason is removed). NotEnded before its end.
Refusal confirm_worked(Document& doc, const std::string& shift_id, LocalDateTime now);

// Confirms, as confirm_worked, each planned shift of the assistant that starts
// on from..to and has ended by `now`; planned shifts not yet ended are left as
// they are and counted. Refused (nothing changes): UnknownAssistant, Locked when
// a shift to confirm is locked. Confirming nothing is not a refusal.
struct ConfirmedPeriod {
    Refusal error = Refusal::None;
    int confirmed = 0;   // planned shifts now worked
    int not_ended = 0;   // planned shifts left planned: they end after `now`
};
ConfirmedPeriod confirm_ended(Document& doc, const std::string& assistant, Date from, Date to, LocalDateTime now);

// The shift happened at other times: start/end become the actual times and the
// status "worked"; the planned times are stored the first time only, so
// correcting twice keeps the original plan. Correcting back to exactly the
// planned times removes planned_start/planned_end. NotEnded when actual_end
// lies after `now`.
Refusal correct_shift(Document& doc, const std::string& shift_id, LocalDateTime actual_start,
                         LocalDateTime actual_end, LocalDateTime now);
// The shift did not happen: status "cancelled" with the reason; a non-empty note
// is stored in extra "note" (an empty one leaves any note as it is).
Refusal mark_not_worked(Document& doc, const std::string& shift_id, NotWorkedReason reason,
                           const std::string& note);

struct AddedShift {
    std::string id;                      // the new shift's id when error == None
    Refusal error = Refusal::None;
};
// A shift that was not in the plan: status "worked", extra {"origin": "extra"}
// (and "note" when not empty), id doc.next_id("s"). NotEnded when `end` lies after `now`.
AddedShift add_extra_shift(Document& doc, const std::string& assistant, LocalDateTime start, LocalDateTime end,
                           int break_minutes, bool passive_night, const std::string& note, LocalDateTime now);

// [SECTION] Timesheet records and their status flow ------------------------------------
// Flow (seed 002 § 3.7: the assistant fills in, the leader approves by signing;
// seed 003 § 13.1: signed by both, checked and sent by the leader):
//   draft    -> signed    by the assistant
//   signed   -> approved  by the leader
//   signed   -> draft     by the assistant or the leader (signature withdrawn / sent back)
//   approved -> sent      by the leader or the employer (to payroll)
//   approved | sent -> draft  by the leader or the employer, with a non-empty note (reopening)
// An approved or sent timesheet locks the assistant's shifts on its days.
enum class TimesheetStatus { Draft, Signed, Approved, Sent };
const char* to_string(TimesheetStatus s);  // "draft" | "signed" | "approved" | "sent"
std::optional<TimesheetStatus> parse_timesheet_status(std::string_view s);

enum class Actor { Assistant, Leader, Employer };
const char* to_string(Actor a);  // "assistant" | "leader" | "employer"
std::optional<Actor> parse_actor(std::string_view s);

struct TimesheetStep {
    TimesheetStatus status = TimesheetStatus::Draft;  // the status reached
    LocalDateTime at;
    Actor by = Actor::Leader;
    std::string note;                                 // "" = none
    Json extra = Json::object();
    bool operator==(const TimesheetStep&) const = default;
};

struct TimesheetRecord {
    std::string assistant;
    Date from;                                        // inclusive
    Date to;                                          // inclusive
    TimesheetStatus status = TimesheetStatus::Draft;
    std::vector<TimesheetStep> history;               // oldest first; every change, never shortened
    Json extra = Json::object();
    bool operator==(const TimesheetRecord&) const = default;
    bool locks() const { return status == TimesheetStatus::Approved || status == TimesheetStatus::Sent; }
};

// Document extra "timesheets". Reading reports problems with their paths
// ("timesheets[2].history[0].at") and leaves out each record that has one (a bad
// history step leaves out the step). Writing replaces the key (removes it when empty).
std::vector<TimesheetRecord> read_timesheets(const Document& doc, Problems* problems = nullptr);
void write_timesheets(Document& doc, const std::vector<TimesheetRecord>& records);

// True when `date` lies in an approved or sent timesheet of the assistant.
bool locked(const Document& doc, std::string_view assistant, Date date);

// The record for exactly assistant/from/to is created (as draft) when there is
// none. Refused: BadPeriod, UnknownAssistant, OverlappingTimesheet (another
// record of the assistant shares a day), NotAllowed (not in the flow, or no
// change), WrongActor, NoteRequired, PeriodNotEnded (approving while the
// period is not over, `at` before the day after `to`, needs a note saying why;
// that step's extra then holds "before_period_end": true). The step is
// appended to the history.
Refusal set_timesheet_status(Document& doc, const std::string& assistant, Date from, Date to,
                                TimesheetStatus new_status, LocalDateTime at, Actor by, const std::string& note);

// True when `now` lies after the period's last day `to` (from 00:00 the day after).
bool period_ended(Date to, LocalDateTime now);

struct Period {
    Date from;  // inclusive
    Date to;    // inclusive
    bool operator==(const Period&) const = default;
};
// The pay period holding `date`. NO: the calendar month (seed 002 § 3.7). DK
// (Rebild): the 11th to the 10th of the next month (seed 003 § 13.1).
Period timesheet_period(Jurisdiction j, Date date);
// When a period's timesheets are handed in. DK: "umiddelbart efter den 10. og
// inden den 15." (seed 003 § 13.1): from the period's last day (the 10th) to the
// 15th, the due day. NO: the municipality publishes its own deadline (seed 002
// § 3.7), so there is none unless arrangement.rules "timesheet_due_day" (1..28,
// a day of the month after the period) is set; that parameter also overrides
// the DK due day. The window starts on the period's last day.
struct SubmissionWindow {
    Date from;
    Date due;   // the last day
};
std::optional<SubmissionWindow> submission_window(const Arrangement& a, Period p);

// [SECTION] Timesheets: lines per day ---------------------------------------------------
// Hours are real elapsed time (a 22:00-07:00 night is 8 h over the spring change
// and 10 h over the autumn change) and breaks count as working time (RULES.md,
// "break"). Which time counts:
//  - worked shifts always; planned shifts too (a period's shifts are planned
//    until confirmed; `confirmed` tells), except on a day of the assistant's
//    absence: there a planned shift's time counts as sick time (egenmelding,
//    sykemelding, child_sick) or not at all (vacation, leave);
//  - cancelled shifts never count as work; those not worked for the reason
//    assistant_sick count as sick time, and so do those given to a substitute
//    (assistant_absent) on a day of the assistant's sickness: sick pay follows the plan;
//  - DK: the sick time of an illness is what is paid (leave.h dk_paid_sick_minutes:
//    a partial return, and at most 37 hours a week from its 4th week).
struct TimesheetEntry {
    std::string shift_id;
    ShiftStatus status = ShiftStatus::Planned;
    LocalDateTime start;                        // the whole shift, actual times
    LocalDateTime end;
    TimeOfDay from;                             // the part on this day: 00:00..23:59
    TimeOfDay to;                               //                       00:01..24:00 (24:00 = runs past midnight)
    Minutes minutes;                            // real minutes of the shift on this day
    bool counts = false;                        // counted as work on this day (in TimesheetLine::clock)
    bool extra_shift = false;
    bool corrected = false;
    std::optional<NotWorkedReason> not_worked;  // cancelled shifts
};

struct TimesheetLine {
    Date date;
    std::vector<TimesheetEntry> entries;  // shifts touching the day, by start
    Minutes clock;                        // work, real minutes on this day
    Minutes overtime;                     // part of `clock`
    Minutes passive;                      // part of `clock`: 00:00-06:00 of passive-night shifts
    double paid_hours = 0;                // clock with passive time at the passive factor
    Minutes holiday;                      // part of `clock` with a holiday supplement
    Minutes sick;                         // sick time (not part of `clock`)
    Minutes plan;                         // the plan's time of the day's shifts: planned times of corrected
                                          // ones, and the cancelled ones that count as sick time; not extra shifts
    bool vacation = false;                // a vacation absence covers the day
    std::string absence;                  // the absence type on the day ("egenmelding", ...; "pregnancy_sick"
                                          // for a pregnancy-related sykemelding), "" none
    bool confirmed = true;                // no counted entry is still only planned
};

struct Timesheet {
    std::string assistant;
    Date from, to;
    TimesheetStatus status = TimesheetStatus::Draft;  // of the record for exactly from..to; draft if none
    double passive_factor = 1.0;
    std::vector<TimesheetLine> lines;                 // one per day from..to
    Minutes clock, overtime, passive, holiday, sick;  // sums of the lines
    double paid_hours = 0;
    int vacation_days = 0;                            // calendar days with vacation
};

// Holiday supplement time: all of a public holiday (holidays.h: NO includes 1
// and 17 May), and from 12:00 on a DK supplement day (5 June, 24 and 31 Dec).
// The passive factor is passive_factor_of(doc.arrangement).
// Counting::WorkedOnly counts confirmed (worked) shifts only: planned shifts are
// listed but count as neither work nor sick time (the payroll basis).
enum class Counting { PlannedAndWorked, WorkedOnly };
Timesheet timesheet(const Document& doc, std::string_view assistant, Date from, Date to,
                    Counting counting = Counting::PlannedAndWorked);

// [SECTION] Hours account (timekonto) ------------------------------------------------------
// Seeds 000 § 4.4 + Vedlegg 5, 002 § 2.6, 003 § 6.2 and § 9.2.
//  - decided: per day, hours_per_week / 7 of the decision in force that day
//    (decisions may change on any day), plus each extra grant's hours spread
//    evenly over its days;
//  - used: real hours (breaks included, passive time in full) of worked shifts
//    starting on or before `today` and of planned and worked shifts starting after
//    it (CONTRACT.md), split by day; cancelled shifts and planned shifts up to
//    today that were never confirmed count nothing;
//  - extra grants (DK, seed 003 § 9.2) cannot be saved: the hours used on a
//    grant's days are taken from the grant first, and what the grant has left
//    after its last day is dropped (grant_dropped, booked on its last day in the
//    year), so only ordinary hours reach the balance;
//  - saved = decided - used - grant_dropped, per week; balance = running sum from
//    1 January; it expires at 31 December (seed 002 § 2.6): every year starts at 0.
// Counted exactly, in whole sevenths of a minute: a decision's hours per week
// and a grant's hours are taken to the minute, so a day's share of a decision is
// a whole number of sevenths, and a grant is spread over its days in whole
// sevenths that add up to it (the remainder one each to its first days). The
// hours below are those counts / 420; the warnings compare the counts.
// Weeks are ISO weeks cut at the year's edges: 2027 begins with the three days
// of week 53 of 2026 (1-3 January), and a year may have week 1 at both ends
// (2024: 1-7 January and 30-31 December, week 1 of 2025).
// Why a grant was given (seed 003 § 6.1: sickness, introduction; § 9.2 weekend
// stays, at most 3 a year; § 9.2 stays away; § 9.3 stays abroad, § 96 only).
// Stored as the grant's "kind"; a grant without one is a weekend stay, as every
// grant was before grants had kinds.
enum class GrantKind { Introduction, SicknessCover, WeekendStay, StayAway, StayAbroad, Other };
const char* to_string(GrantKind k);  // "introduction" | "sickness_cover" | "weekend_stay" | "stay_away" | "stay_abroad" | "other"
std::optional<GrantKind> parse_grant_kind(std::string_view s);
inline constexpr GrantKind grant_kinds[] = {GrantKind::Introduction, GrantKind::SicknessCover, GrantKind::WeekendStay,
                                            GrantKind::StayAway, GrantKind::StayAbroad, GrantKind::Other};

struct ExtraGrant {
    Date from;            // inclusive
    Date to;              // inclusive
    double hours = 0;     // > 0
    std::string reason;   // free text
    Json extra = Json::object();
    GrantKind kind = GrantKind::WeekendStay;
    std::string id;       // "g1", ...; "" for a grant written before grants had ids
    bool operator==(const ExtraGrant&) const = default;
};
// Document extra "extra_grants". Problems: the usual (paths "extra_grants[1].to",
// "extra_grants[0].kind"), and for DK the 4th and later weekend stay starting in
// the same year (OutOfRange: at most 3 a year, seed 003 § 9.2; grants of other
// kinds do not count). Each grant with a problem is left out.
std::vector<ExtraGrant> read_extra_grants(const Document& doc, Problems* problems = nullptr);
void write_extra_grants(Document& doc, const std::vector<ExtraGrant>& grants);
inline constexpr int max_extra_grants_per_year = 3;  // weekend stays
// Weekend-stay grants starting in `year`.
int weekend_stays_in_year(const std::vector<ExtraGrant>& grants, int year);

// The day the application for a stay is due (seed 003 § 9.2: "mindst 1 måned
// før den ønskede opstart" for a weekend stay, and a stay away likewise; § 9.3:
// stays abroad, 3 months, to settle the decision in good time); nullopt for
// the other kinds. Months back keep the day of the month or the month's last day.
std::optional<Date> grant_application_due(const ExtraGrant& g);

// DK arrangement facts kept in arrangement.extra (all optional):
//   "service_act_section": 95 | 96   the decision's paragraph (serviceloven § 95 or § 96)
//   "payroll_administrator": {"name", "phone", "email", "note"}  the lønadministrator (seed 003 § 5.2)
//   "cvr": "12345678"                the employer's CVR number (seed 003 § 6.1)
std::optional<int> service_act_section(const Arrangement& a);  // 95, 96 or nullopt
Contact payroll_administrator(const Arrangement& a);
std::string cvr_number(const Arrangement& a);
// A CVR number is 8 digits, the first not 0.
bool valid_cvr(std::string_view cvr);

struct AccountWeek {
    IsoWeek week;                 // ISO week (its year may be the year before or after)
    Date from, to;                // inside the account's year
    double decided = 0;           // hours, grants included
    double grant = 0;             // of which extra grants
    double used = 0;
    double unconfirmed = 0;       // planned shifts up to today never confirmed: not in `used`
    double grant_dropped = 0;     // unspent grant hours dropped this week
    double saved = 0;             // decided - used - grant_dropped
    double balance = 0;           // running, from 1 January
};

struct AccountWarning {
    std::string id;               // "forecast_overspend" | "unused_late"; the UI translates "account_warning.<id>"
    double hours = 0;             // overspend: hours over; unused_late: hours left unused and unplanned
    double threshold = 0;         // unused_late: the limit in hours; 0 otherwise
};

struct HoursAccount {
    int year = 0;
    Date today;
    std::vector<AccountWeek> weeks;
    double decided = 0;           // the year, grants included
    double grant = 0;
    double used = 0;              // worked + planned
    double worked = 0;            // worked shifts starting up to today
    double planned = 0;           // shifts starting after today (the forecast from the plan)
    double unconfirmed = 0;       // planned shifts starting up to today, never confirmed (not used)
    double grant_dropped = 0;
    double balance = 0;           // at 31 December: the forecast (what will expire / is overspent)
    double balance_today = 0;     // through the end of `today` (0 before the year, = balance after it)
    std::vector<AccountWarning> warnings;
};

// Warnings: "forecast_overspend" when the balance at 31 December is below 0 (the
// year's used hours, planned ones included, exceed the decided hours);
// "unused_late" when today is after 1 October of the year (and in it) and the
// hours neither used nor planned exceed arrangement.rules "unused_late_percent"
// (0..100, default 10) of the year's ordinary decided hours. Why 10 %: seed 002
// § 2.6 keeps 10-20 % of the decision outside the plan for the unforeseen; by
// October only a quarter of the year is left, and spending 10 % of a whole year
// in it means planning about 40 % above the decision every remaining week.
HoursAccount hours_account(const Document& doc, int year, Date today);

// The index in acc.weeks of the week holding `day`; nullopt outside the account's year.
std::optional<size_t> account_week_of(const HoursAccount& acc, Date day);

// [SECTION] Daily time records and CSV for payroll ----------------------------------------
// One record per assistant per day with work or an absence, for payroll and for
// the Danish rule that every assistant's daily working time is recorded (since
// 1 July 2024, RULES.md "time_records").
struct DailyTimeRecord {
    std::string assistant;        // id
    std::string name;
    Date date;
    TimeOfDay from;               // first work that day, 00:00..23:59
    TimeOfDay to;                 // end of the last work that day, 00:01..24:00 (24:00: runs past midnight)
    Minutes clock;                // real minutes of work that day (not to - from when split)
    Minutes overtime;
    Minutes holiday;              // with a holiday supplement
    std::string absence;          // absence type, else "assistant_sick" for a shift not worked for sickness, else ""
    bool confirmed = true;        // all of the day's work is confirmed (worked)
};
// Every assistant of the document in document order, days from..to in order;
// days without work or absence code are left out. Built from timesheet().
std::vector<DailyTimeRecord> daily_time_records(const Document& doc, Date from, Date to);

// The payroll basis: the daily records of the chosen assistants (ids; document
// order, unknown ids left out) from..to counting confirmed (worked) shifts only
// (Counting::WorkedOnly): a planned shift is not paid until it is confirmed.
// Days of absence stay, with their code.
std::vector<DailyTimeRecord> payroll_records(const Document& doc, const std::vector<std::string>& assistants, Date from,
                                             Date to);

// What the payroll file of payroll_records() holds, for the screen to say.
struct PayrollSummary {
    int assistants = 0;    // chosen ones in the document
    int shifts = 0;        // worked shifts with time in from..to
    Minutes worked;        // their time in from..to: the file's hours
    int unconfirmed = 0;   // planned shifts with time in from..to: left out
    int rows = 0;          // rows after the header
};
PayrollSummary payroll_summary(const Document& doc, const std::vector<std::string>& assistants, Date from, Date to);

// The CSV for payroll of payroll_records(): UTF-8 with a byte-order mark, ';'
// between fields, CRLF after each row, a header row in `language` ("nb", "da",
// "en"; others give "en"), then the records: name; date YYYY-MM-DD; from HH:MM;
// to HH:MM; hours, overtime and supplement hours with two decimals (decimal
// comma for nb and da); the absence as a word in the language, with the
// jurisdiction's term (csv_absence_word). A field holding ';', '"', CR or LF is
// quoted with its quotes doubled.
std::string csv_export(const Document& doc, const std::vector<std::string>& assistants, Date from, Date to,
                       std::string_view language);

// The absence column's word: `absence` is a type of AbsenceType ("egenmelding",
// ...) or "assistant_sick" (a planned shift not worked for sickness); "" stays
// "". In "nb", "da" or "en" (others: "en"), with the jurisdiction's term: a DK
// arrangement has no egenmelding, so its self-reported sickness is
// "Sygemelding" (seed 003 § 11.1), a doctor's note "Sygemelding med
// lægeerklæring" (§ 11.5) and a child's illness "Barns 1. og 2. sygedag" (§ 11.8).
std::string csv_absence_word(std::string_view absence, Jurisdiction j, std::string_view language);

// [SECTION] Pay day -----------------------------------------------------------------------------
// NO (seed 002 § 3.8): pay on the 12th of each month for the timesheet of the
// month before (§ 3.7: one timesheet per calendar month); when the day falls on a
// Saturday, Sunday or public holiday, on the nearest weekday before it that is
// none of those. The arrangement may set another day of the month in
// rules["pay_day"] (1..31; the month's last day in shorter months).
inline constexpr int default_pay_day_no = 12;

// The day `day_of_month` of year-month (the month's last day where it has fewer
// days), moved back past Saturdays, Sundays and the jurisdiction's public holidays.
Date pay_date(Jurisdiction j, int year, int month, int day_of_month);

// NO: the pay day of the timesheet whose period ends on `period_to`: in the
// month after period_to's month. DK: nullopt (the payroll administrator pays,
// seed 003 § 13).
std::optional<Date> timesheet_pay_day(const Arrangement& a, Date period_to);

}  // namespace bpa
