// Commands: every change a user can make to a document is one named function
// (commands_*.h). Each checks its input and returns an Outcome: done, or the
// reason it refused. A refused command leaves the document exactly as it was.
//
// One lock rule for all of them: a shift is locked when any day it touches
// lies in an approved or sent timesheet period of its assistant (hours.h,
// "Timesheet records"). run_command() refuses any change that adds, changes or
// removes a locked shift, whichever command made it, so no path can change one.
//
// [SECTION] Outcome
// [SECTION] Lock
// [SECTION] Running a command
// [SECTION] Ids
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "model.h"

namespace bpa {

// [SECTION] Outcome ---------------------------------------------------------------
enum class Refusal {
    None,
    UnknownShift,
    UnknownAssistant,
    UnknownAbsence,
    UnknownItem,          // a need block, rotation row, holiday plan or grant that is not there
    Locked,               // a day of the shift lies in an approved or sent timesheet of its assistant
    BadTimes,             // end not after start, or a time the spring change skips
    NonexistentTime,      // a time the spring change skips (02:00-02:59 on its day)
    EndBeforeStart,
    ZeroLength,
    TooLong,              // a shift longer than 48 hours
    NotEmployed,          // a day outside the assistant's employment
    Absent,               // the assistant is absent on a day of the shift
    BadDate,              // a date that is not there, or `to` before `from`
    Overlapping,          // periods that may not overlap (decisions, timesheets of one assistant)
    OutOfRange,           // a number outside what the field allows
    Required,             // an empty text where one is needed
    NoRotation,
    NotMonday,            // a rotation starts on a Monday
    TooMany,              // DK: at most 3 weekend-stay grants a year
    SameShift,            // swapping a shift with itself or with one of the same assistant
    NotAllowed,           // a timesheet status change the flow does not have, or no change
    WrongActor,           // the change is not this person's to make
    NoteRequired,         // reopening an approved or sent timesheet needs a note
    BadPeriod,            // a timesheet whose `to` is before its `from`
    OverlappingTimesheet, // another timesheet of the assistant covers part of the period
    BreaksRule,           // the change would make a shift break a working-time rule (an error)
    HasRecords,           // deleting a person with records to keep (worked shifts, timesheets, absences, talks)
    NotEnded,             // recording as worked a shift (or time) that has not ended yet
    PeriodNotEnded,       // approving a timesheet before its period ends, without a note saying why
};
const char* refusal_key(Refusal r);  // translation key, e.g. "refusal.locked"

// The longest shift, in real elapsed minutes: every command refuses a longer one
// (Refusal::TooLong); check() reports one read from a file once (rule
// shift_length) and checks only its first 48 hours against the other rules.
inline constexpr int64_t max_shift_minutes = 48 * 60;

struct Outcome {
    Refusal refusal = Refusal::None;
    std::string id;        // the id of what the command made, where it made one
    int kept_locked = 0;   // laying out a rotation or holiday plan: locked shifts or slots left alone
    Outcome() = default;
    Outcome(Refusal r) : refusal(r) {}  // NOLINT: a refusal is an outcome
    bool ok() const { return refusal == Refusal::None; }
    explicit operator bool() const { return ok(); }
};

// [SECTION] Lock -----------------------------------------------------------------
// The approved and sent timesheet periods of a document, by assistant. Built
// once; asking is a lookup.
class LockIndex {
public:
    explicit LockIndex(const Document& doc);
    bool any() const { return !periods_.empty(); }
    bool day_locked(std::string_view assistant, Date d) const;
    bool days_locked(std::string_view assistant, Date first, Date last) const;
    // Any day the shift touches (a shift ending at 00:00 does not touch its end day).
    bool shift_locked(const Shift& s) const;

private:
    std::map<std::string, std::vector<std::pair<Date, Date>>, std::less<>> periods_;
};

// The last day a shift has time on.
Date last_day_of(const Shift& s);

// How many shifts were added, changed or removed between `before` and `after`
// that are locked: an old version locked in `before`, a new one in `after`.
int locked_changes(const Document& before, const Document& after);

// [SECTION] Running a command ---------------------------------------------------
using Command = std::function<Outcome(Document&)>;

// Runs `command` on a copy of the document. The document takes the copy only
// when the command succeeds and changed no locked shift; otherwise it stays as
// it was and the outcome says why.
Outcome run_command(Document& doc, const Command& command);
// The same, for a caller that already holds the copy (the app's undo history):
// `work` is `before` after the command ran. Returns the outcome to report.
Outcome check_command(const Document& before, const Document& work, Outcome done);

// [SECTION] Ids -------------------------------------------------------------------
// New ids never reuse one in use anywhere in the document: assistants, shifts,
// absences, and every "id" inside the extension data (holiday plans, talks,
// grants, ...). One walk of the document; then each next() is constant time.
class IdAllocator {
public:
    explicit IdAllocator(const Document& doc);
    // prefix + one more than the largest number used after that prefix.
    std::string next(std::string_view prefix);

private:
    std::vector<std::string> ids_;
    std::map<std::string, long long, std::less<>> largest_;
};

}  // namespace bpa
