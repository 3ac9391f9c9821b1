// Every change a user can make to a document, one named function each
// (command.h: the Outcome, the lock, run_command). A command checks its input
// and leaves the document unchanged when it refuses. The app runs each one as
// one undoable step through run_command, which also refuses any change to a
// locked shift.
//
// Commands of the hours flow are in hours.h (confirm_worked, correct_shift,
// mark_not_worked, add_extra_shift, set_timesheet_status).
//
// [SECTION] Shifts in the plan
// [SECTION] Plan data: need, rotation, holiday plans
// [SECTION] Arrangement and decisions
// [SECTION] Assistants
// [SECTION] Absences and substitutes
// [SECTION] Extra grants (DK)
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "command.h"
#include "hours.h"
#include "leave.h"
#include "model.h"
#include "plan.h"

namespace bpa {

// [SECTION] Shifts in the plan ------------------------------------------------------
// Checks one shift as the user made it: a known assistant, times that exist,
// a length of 1 minute to 48 hours, employed on its first day.
Refusal validate_shift(const Document& doc, const Shift& s);

// A shift on day d from..to; to <= from means it ends the next day (24:00: at midnight).
Shift shift_on(Date d, TimeOfDay from, TimeOfDay to);

// A new shift: its id is made here (Outcome::id); origin "manual" unless it has one.
Outcome add_shift(Document& doc, Shift s);
// The shift with the same id takes these values (moved, resized, given to another).
Outcome update_shift(Document& doc, const Shift& s);
Outcome delete_shift(Document& doc, std::string_view id);
// The two shifts swap assistants; each must still be a valid shift for its new assistant.
Outcome swap_shifts(Document& doc, std::string_view a, std::string_view b);
// Shifts of a proposed plan (propose.h) become planned shifts with fresh ids,
// all or none: each is checked as add_shift checks it and refused on a day its
// assistant is absent; and none may be in a violation of severity error once
// added (Refusal::BreaksRule). Outcome::id: the first new id.
Outcome add_proposed_shifts(Document& doc, const std::vector<Shift>& shifts);

// [SECTION] Plan data: need, rotation, holiday plans -----------------------------------
// A change to the need, the rotation or the holiday plans. The result is
// checked as the file reader checks it (plan.h read_plan): a change that would
// make any of it invalid is refused with OutOfRange. Holiday plans keep ids
// unique in the document.
Outcome edit_plan(Document& doc, const std::function<void(PlanData&)>& change);

// Monday's need copied to Tuesday..Friday, replacing theirs.
void copy_monday_need_to_weekdays(PlanData& plan);
// A need block to add: continues from the last block (its day, from its end, 2 h), or 07:00-09:00 Monday.
NeedBlock next_need_block(const PlanData& plan);

// A rotation of `weeks` weeks from `start` (a Monday) made of the document's
// planned and worked shifts in those weeks.
Outcome create_rotation(Document& doc, int weeks, Date start);
// The same made of the given shifts (a proposed plan) instead of the document's.
Outcome create_rotation_from(Document& doc, const std::vector<Shift>& shifts, int weeks, Date start);
// The row to add to week `week`: continues from the week's last row (the next
// day, same times, same assistant), or Monday 08:00-16:00 with the first
// assistant; its break is what the rules ask for that length.
TemplateShift next_rotation_row(const Document& doc, const Rotation& r, int week);
// The break the rules ask for a shift of this length: NO 30 min from 8 hours
// (AML 10-9), and one from 5.5 h (the break rule's parameters); DK 30 min over 6 h.
int default_break_minutes(const Document& doc, Minutes length);
// Lays the rotation out over from..to (plan.h apply_rotation); locked shifts
// stay, counted in Outcome::kept_locked.
Outcome lay_out_rotation(Document& doc, Date from, Date to);
// What laying the rotation out over from..to would do, without doing it: new
// shifts, the rotation's planned shifts replaced, and what stays (locked;
// planned shifts not from the rotation, i.e. made or changed by hand; worked
// or cancelled). All zero when it would be refused.
struct LayOutPreview {
    int added = 0, replaced = 0, kept_locked = 0, kept_by_hand = 0, kept_done = 0;
    bool operator==(const LayOutPreview&) const = default;
};
LayOutPreview preview_lay_out_rotation(const Document& doc, Date from, Date to);

// A new holiday plan with a fresh id (Outcome::id).
Outcome add_holiday_plan(Document& doc, const std::string& name, Date from, Date to);
// The plan's shifts become the document's shifts in its days, as they are now.
Outcome take_holiday_shifts(Document& doc, std::string_view plan_id);
// Puts the plan's shifts into the plan (plan.h apply_holiday_plan); locked
// shifts stay, counted in Outcome::kept_locked.
Outcome lay_out_holiday_plan(Document& doc, std::string_view plan_id);

// [SECTION] Arrangement and decisions --------------------------------------------------

Outcome set_arrangement_name(Document& doc, const std::string& name);  // Required when blank
// Changing the jurisdiction clears an employer model the new one does not have.
Outcome set_jurisdiction(Document& doc, Jurisdiction j);
Outcome set_employer_model(Document& doc, EmployerModel m);
// PayrollAdministrator (DK, the lønadministrator) is kept in arrangement extra
// "payroll_administrator" (hours.h); an empty contact removes it.
enum class ContactRole { Leader, Deputy, Employer, Municipality, PayrollAdministrator };
Outcome set_contact(Document& doc, ContactRole role, const Contact& c);
// DK (hours.h "DK arrangement facts"): serviceloven § 95 or § 96 (OutOfRange
// otherwise; nullopt removes it), and the CVR number: 8 digits, spaces left
// out, the first not 0 (OutOfRange); an empty one removes it.
Outcome set_service_act_section(Document& doc, std::optional<int> section);
Outcome set_cvr_number(Document& doc, const std::string& cvr);
// A rule parameter override (rules.h resolve_params checks name, type and range);
// a null value removes the override.
Outcome set_rule_parameter(Document& doc, const std::string& name, const Json& value);

// Decisions are sorted by `from` and may not overlap; hours 0..336.
Outcome add_decision(Document& doc, Date from, double hours_per_week);
Outcome update_decision(Document& doc, size_t index, const Decision& d);
Outcome remove_decision(Document& doc, size_t index);

// [SECTION] Assistants ----------------------------------------------------------------
// A new assistant employed from `from` (Outcome::id).
Outcome add_assistant(Document& doc, const std::string& name, Date from);
// The assistant with the same id takes these values. Refused: a blank name,
// employed_to or probation_until before employed_from, contract hours outside
// 0..168. Shifts are not moved; the rules report any now outside employment.
Outcome update_assistant(Document& doc, const Assistant& a);
// The same with a change to the stored assistant.
Outcome edit_assistant(Document& doc, std::string_view id, const std::function<void(Assistant&)>& change);
// Removes the assistant with their planned shifts. Refused while any of their
// shifts is locked, and when they have records to keep (HasRecords: worked
// shifts, timesheets, absences or talks; people.h archive_assistant keeps them).
Outcome delete_assistant(Document& doc, std::string_view id);

// [SECTION] Absences and substitutes -------------------------------------------------
// A new absence (Outcome::id). Refused: unknown assistant, to before from, not
// employed on its first day. A vacation gets "status" ("wish" or "approved")
// and "requested_on" (`today` unless it has one); one given that is not a date
// or lies after the vacation's first day is refused (BadDate).
Outcome register_absence(Document& doc, Absence a, Date today);
Outcome approve_vacation_wish(Document& doc, std::string_view absence_id);
Outcome delete_absence(Document& doc, std::string_view absence_id);
// The day notice of a vacation was given (leave.h "requested_on"): when the
// assistant made the wish or the leader gave notice. The notice check
// (vacation_findings) counts from it. Refused: unknown absence, not a vacation
// (NotAllowed), a day after the vacation's first day (BadDate).
Outcome set_vacation_notice_date(Document& doc, std::string_view absence_id, Date requested_on);
// DK: the expected birth that the maternity notices are counted from; nullopt removes it.
Outcome set_expected_birth(Document& doc, std::string_view assistant, std::optional<Date> date);

// DK sickness (leave.h "Sickness (DK)"): what the leader records about the
// illness that `absence_id` belongs to, kept on its first absence. Refused:
// unknown absence (UnknownAbsence), not egenmelding or sykemelding, or not a DK
// arrangement (NotAllowed); a conversation, report or mulighedserklæring dated
// before the illness's first day, a partial return outside the illness
// (BadDate); hours a day not above 0 or above 24 (OutOfRange). The raskmelding
// is recorded with report_well.
Outcome set_dk_sick_record(Document& doc, std::string_view absence_id, const DkSickRecord& record);
// The raskmelding (seed 003 § 11.10): the illness ends on `last_sick_day`: its
// last absence ends there (absences of it starting later are removed) and the
// record keeps the day and `sent_on`. Refused as set_dk_sick_record, and
// last_sick_day before the illness's first day or sent_on before it (BadDate).
Outcome report_well(Document& doc, std::string_view absence_id, Date last_sick_day, Date sent_on);
// The assistant's § 56 agreement (seed 003 § 11.3) from `from` (its first sick
// day; it holds 1 year); nullopt removes it. Refused in NO (NotAllowed).
Outcome set_s56_agreement(Document& doc, std::string_view assistant, std::optional<Date> from);

// Gives a planned shift to a substitute (leave.h assign_substitute). Refused:
// unknown shift or assistant, the shift not planned, the same assistant, the
// substitute not employed or absent on a day of the shift; and locked shifts.
// Refused with BreaksRule when it would give the substitute a violation of
// severity error they did not have (leave.h find_substitutes: rest, hours,
// Sunday, a missing break, ...), unless `anyway`: the leader has seen the
// violations and confirmed.
Outcome give_to_substitute(Document& doc, std::string_view shift_id, std::string_view assistant, bool anyway = false);

// Splits a planned shift at the first `at` after its start into two planned
// shifts of the same assistant, so that two people can share it: the first
// keeps the id and ends at `at`; the second (Outcome::id, extra "origin":
// "split", "split_from": the id) starts there. Each part gets the break the
// rules ask for its length (default_break_minutes). Refused: unknown shift,
// not planned (NotAllowed), `at` not inside the shift (BadTimes), a time the
// spring change skips (NonexistentTime).
Outcome split_shift(Document& doc, std::string_view shift_id, TimeOfDay at);
// The time a split is offered at first: the middle of the shift in wall time,
// on the half hour at or before it.
TimeOfDay middle_of_shift(const Shift& s);

// "Too many away at once" (the vacation planner): at most half of the assistants
// employed that day, at least 1, so that the plan can still be covered by the
// other half.
int max_away_at_once(int employed);
// The limit on one day, as the planner explains it: those employed that day and how many of them may be away.
struct AwayLimit {
    int employed = 0;
    int max_away = 1;
};
AwayLimit away_limit(const Document& doc, Date on);
// The days of from..to on which more assistants have vacation than
// max_away_at_once(employed that day); wishes count when `wishes` (the planner
// shows what approving them all would mean).
std::vector<AwayDay> too_many_away(const Document& doc, Date from, Date to, bool wishes = true);

// [SECTION] Extra grants (DK) ---------------------------------------------------------
// The grant gets an id (Outcome::id, "g1", ...). Refused: to before from
// (BadDate), hours not above 0 or above 168 × days (OutOfRange); DK: a 4th
// weekend stay starting in the same year (TooMany; other kinds have no cap),
// a stay abroad in a § 95 arrangement (NotAllowed, seed 003 § 9.3).
Outcome add_extra_grant(Document& doc, const ExtraGrant& g);
Outcome remove_extra_grant(Document& doc, size_t index);

}  // namespace bpa
