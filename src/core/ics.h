// Deadlines as an iCalendar file (RFC 5545; CONTRACT.md, "bpa ics").
//
// The text follows the RFC's rules for calendar programs to import it as it is:
// - every line ends with CRLF (3.1);
// - lines longer than 75 octets are folded: CRLF and one space, never inside a
//   UTF-8 sequence (3.1);
// - TEXT values escape backslash, semicolon, comma and newline (3.3.11);
// - each deadline is an all-day VEVENT: DTSTART;VALUE=DATE and DTEND;VALUE=DATE
//   (the next day, exclusive), SUMMARY = the title, DESCRIPTION = the source;
// - the UID depends only on the deadline's kind, date, assistant and ref and the
//   arrangement's name, so a second export updates the events of the first
//   instead of doubling them; DTSTAMP is the `now` given (no clock in the core).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "deadlines.h"

namespace bpa {

struct IcsOptions {
    std::string calendar_name;  // the arrangement's name: part of every UID, and X-WR-CALNAME
    UtcMinutes now;             // DTSTAMP
};

std::string ics_calendar(const std::vector<Deadline>& deadlines, const IcsOptions& options);

// The pieces, for tests and other writers.
std::string ics_escape_text(std::string_view text);   // RFC 5545 3.3.11
std::string ics_fold(std::string_view line);          // one content line -> folded lines, each ending CRLF
std::string ics_unfold(std::string_view text);        // removes every CRLF followed by a space or tab
std::string ics_uid(const Deadline& d, std::string_view calendar_name);
std::string ics_utc_stamp(UtcMinutes t);              // "YYYYMMDDTHHMM00Z"

}  // namespace bpa
