// The key figures of an arrangement on a given day (the Oversikt screen).
#pragma once

#include <optional>
#include <vector>

#include "holidays.h"
#include "model.h"
#include "rules/rules.h"

namespace bpa {

struct Summary {
    std::optional<double> decided_hours_per_week;  // the decision in force on the day; nullopt if none
    int assistants_employed = 0;                   // employed on the day
    int assistants_total = 0;
    int shifts = 0;                                // not cancelled
    int absences = 0;
    std::vector<Holiday> next_holidays;            // from the day on, at most `holiday_count`
};

Summary summarize(const Document& doc, Date today, int holiday_count = 4);

// What needs the leader's attention on `today` (the overview), given the
// document's rule violations (rules.h check).
struct Attention {
    std::optional<Decision> next_decision;  // none in force today: the next one to start, if any
    int errors_this_and_next_week = 0;      // violations of severity error at Monday this week .. Sunday next week
    int open_shifts = 0;                    // planned shifts ending after `today`'s start that touch their assistant's absence
    int timesheets_waiting = 0;             // signed by the assistant, waiting for the leader's approval
    bool operator==(const Attention&) const = default;
};
Attention attention(const Document& doc, Date today, const std::vector<Violation>& violations);

// The first steps of a leader starting from nothing (the overview's guide),
// each done when the document shows it: the arrangement has a name, a
// decision, an assistant, the weekly need, and a plan (a shift that is not
// cancelled, or a rotation with a shift).
struct FirstSteps {
    bool arrangement = false, decision = false, assistants = false, need = false, plan = false;
    int done_count() const { return int(arrangement) + int(decision) + int(assistants) + int(need) + int(plan); }
    bool all_done() const { return done_count() == 5; }
    bool operator==(const FirstSteps&) const = default;
};
FirstSteps first_steps(const Document& doc);

}  // namespace bpa
