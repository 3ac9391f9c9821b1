// The example arrangements (DESIGN.md capability 8, teaching): a year of an
// arrangement laid out around a given `today`, made with the same commands a
// leader uses on the page, so that it is valid by construction and every
// screen has something true to show on the day it is opened.
//
// The year: the decision, four assistants, the weekly need and a 4-week
// rotation covering it, Easter and Christmas holiday plans, summer vacations
// with substitutes, a short and a longer sick leave with its follow-up, past
// pay periods confirmed and approved, appraisals held, onboarding done and a
// recruitment in progress. On purpose it also carries teaching situations: a
// rest violation next week, a week planned over the decision and a vacation
// noticed too late. The document lists them (extra "example"), so the page can
// lead to each.
//
// [SECTION] Teaching situations
// [SECTION] Building the example
#pragma once

#include <string>
#include <vector>

#include "calendar.h"
#include "holidays.h"
#include "model.h"

namespace bpa {

// [SECTION] Teaching situations ----------------------------------------------------
// Document extra "example": {"built_for": "YYYY-MM-DD", "situations": [
//   {"id", "screen": "plan" | "absence", "rule", "assistant", "shift", "absence", "day"}]}
// CONTRACT.md keeps unknown fields, so the list travels with an export.
struct TeachingSituation {
    std::string id;         // "rest" | "hours" | "vacation_notice"
    std::string screen;     // where it is seen: "plan" (the week of `day`) or "absence" (the vacation planner)
    std::string rule;       // a rule of the catalog (rules.h) or a leave finding code (leave.h)
    std::string assistant;  // "" when it concerns the whole arrangement
    std::string shift;      // the shift to select; "" none
    std::string absence;    // the absence to select; "" none
    Date day;               // the day it happens
    bool operator==(const TeachingSituation&) const = default;
};

// The situations an example carries, in the order they are taught; empty for
// any other document. Entries of the wrong shape are left out.
std::vector<TeachingSituation> teaching_situations(const Document& doc);
// The day the example was laid out around; nullopt for any other document.
std::optional<Date> example_built_for(const Document& doc);

// [SECTION] Building the example ---------------------------------------------------
// The days the example's plan covers: from the Monday on or before the earlier
// of 1 January and today - 13 weeks, to the later of 31 December and today +
// 13 weeks (whole weeks). Past pay periods in it are approved.
struct ExampleWindow {
    Date from;  // a Monday
    Date to;    // a Sunday
};
ExampleWindow example_window(Date today);

struct ExampleBuild {
    Document doc;
    // Commands that refused while building (names with the refusal's key):
    // empty when every step went as designed.
    std::vector<std::string> refused;
    // Planned shifts the building could give to nobody within the rules and so
    // left out (the need is not covered then).
    int shifts_left_out = 0;
};
// The example of the jurisdiction (NO: "Kari Nordmann", DK: "Jens Hansen")
// laid out around `today`.
ExampleBuild build_example_year(Jurisdiction j, Date today);
inline Document example_year(Jurisdiction j, Date today) { return build_example_year(j, today).doc; }

}  // namespace bpa
