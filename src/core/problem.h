// Problems found in input: a value, never an exception. Each names the JSON
// path of the offending value and what is wrong with it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bpa {

enum class ProblemKind {
    ParseError,            // not JSON at all; detail: the parser's position and reason
    NotOurFormat,          // "format" is not "bpa-arbeidsleder"
    NewerVersion,          // value: the version; written by a newer program
    BadVersion,            // version not a positive integer
    MissingField,          // a required field is absent
    WrongType,             // detail: the expected JSON type ("string", "number", ...)
    NotADate,              // value: the text
    NotADateTime,          // value: the text
    NotATime,              // value: the text; a time of day "HH:MM" (the plan's need and rotation)
    NotAMonday,            // value: the date; a rotation starts on a Monday
    NonexistentLocalTime,  // value: the text; skipped by the spring summer-time change
    EndBeforeStart,        // detail: the path of the start field
    ZeroLength,            // a shift whose end equals its start; detail: the path of the start field
    UnknownAssistant,      // value: the id
    DuplicateId,           // value: the id; detail: path of the first use
    UnknownJurisdiction,   // value: the text
    UnknownValue,          // value: the text; detail: the allowed values, comma-separated
    OutOfRange,            // value: the number; detail: the allowed range, e.g. "0..168"
    OverlappingDecisions,  // detail: path of the other decision
    EmptyText,             // a name or id that is empty
    TooDeep,               // arrays and objects nested deeper than the limit; detail: the limit
    Encrypted,             // an export encrypted with a passphrase ({"bpa_encrypted": 1, ...}): the page opens it
};

struct Problem {
    std::string path;    // e.g. "assistants[1].employed_from"; "" for the document root
    ProblemKind kind = ProblemKind::ParseError;
    std::string value;   // the offending value, as the user wrote it (without JSON quotes)
    std::string detail;  // kind-specific, see ProblemKind
    std::string other;   // EndBeforeStart, ZeroLength: the start's value, as written

    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

// Plain English message without the path, as the command line prints it:
// "\"2026-13-01\" is not a date YYYY-MM-DD".
std::string describe_en(const Problem& p);

// Text safe to print on a terminal: valid UTF-8 stays as it is; bytes that
// are not valid UTF-8, control characters and DEL become "\xNN".
std::string printable(std::string_view text);

// Stable id of the kind, e.g. "not_a_date"; the UI translates "problem.<id>".
const char* kind_id(ProblemKind k);

}  // namespace bpa
