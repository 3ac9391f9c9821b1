// Making and checking one shift as the user edits it (the plan's form and the
// grid). A shift that fails these checks is refused before it reaches the plan.
#pragma once

#include <optional>
#include <string>

#include "model.h"

namespace bpa {

enum class ShiftIssue {
    None,
    UnknownAssistant,
    NonexistentTime,  // start or end in the spring summer-time gap
    ZeroLength,       // end equals start
    EndBeforeStart,
    TooLong,          // more than 48 h: certainly a typing error
    NotEmployed,      // the assistant is not employed on the start day
};
const char* issue_key(ShiftIssue i);  // translation key, e.g. "shift_issue.not_employed"

ShiftIssue validate_shift(const Document& doc, const Shift& s);

// A shift on day d from..to (minutes of the day); to <= from means it ends the next day.
Shift shift_on(Date d, int from_minute, int to_minute);

// "07:30" -> 450; "24:00" -> 1440 only with allow_24; nullopt when not HH:MM.
std::optional<int> parse_hhmm(std::string_view text, bool allow_24 = false);
std::string format_hhmm(int minute_of_day);

}  // namespace bpa
