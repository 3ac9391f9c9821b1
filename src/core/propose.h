// An automatic work plan: shifts for N weeks that cover the weekly need with the
// document's assistants and keep the working-time law (CONTRACT.md, "bpa propose").
//
// The need (plan.h, NeedBlock) less the cover of the file's own shifts is cut
// into slots (whole shifts of at most the daily hours, cut at usual change
// times; a passive night block gives a passive_night slot). Slots are then
// given to assistants: first a greedy construction in time order, then a local
// search (late acceptance; change, swap and block-swap moves) with seeded
// randomness, so the same document and seed give the same plan.
//
// Hard constraints: employment, absences, locked timesheets (hours.h locked()),
// the assistant's unavailable weekdays, no overlap, and every rule of severity
// error in the rule engine, with the arrangement's overrides. The search keeps
// them with its own incremental checks; at the end the plan is checked with
// check() (rules.h), the one judge, and a proposed shift in a new error is
// dropped, so that the result never adds an error the file alone did not have.
//
// Soft goals, in order: cover the need; each assistant's average weekly hours
// near contract_hours_per_week; nights, weekends and Sundays/holidays shared in
// proportion to contract hours; whole shifts rather than fragments; the same
// assistant on a slot as the week before; wishes.
//
// Wishes are kept in the assistant's extra (optional, ISO weekdays 1 = Monday):
//   "unavailable_weekdays": [6, 7]   no shift starts on these days (hard)
//   "preferred_weekdays": [1, 2, 3]  shifts preferably start on these days (soft)
//
// The page runs a Proposer in slices (step() per frame, progress() for a bar,
// cancel() to stop early); the command line runs it to completion.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/model.h"

namespace bpa {

struct ProposeOptions {
    Date from;                   // a Monday
    int weeks = 4;               // 1..12
    uint64_t seed = 1;
    int64_t max_iterations = -1; // local search moves; -1: a default scaled to the problem, 0: greedy only
    std::vector<std::string> assistants;  // ids of the assistants who may get shifts; empty: all
};

struct ProposedHours {
    std::string assistant;
    double hours = 0;            // average weekly clock hours in the period (file shifts and proposal)
    double contract_hours = 0;
};

// Need the proposal leaves without cover: one stretch per local day.
struct UncoveredSpan {
    LocalDateTime start, end;
    int missing = 1;             // most assistants missing at once in the stretch
    int64_t minutes = 0;         // assistant-minutes missing
    // Why, as far as the data tells: nobody included is employed and free that
    // day; an absence took someone who could have; or within the working-time
    // rules the assistants free that day cannot cover it all.
    enum class Why { NobodyAvailable, Absence, Rules } why = Why::Rules;
    int available = 0;           // included assistants employed, not absent and not locked that day
    std::vector<std::string> absent;  // included assistants absent that day (ids)
};

struct Proposal {
    std::vector<Shift> shifts;   // the proposed shifts only: planned, ids free in the document, extra {"origin": "proposal"}
    int64_t uncovered_minutes = 0;  // assistant-minutes of need left without cover in the period
    std::vector<ProposedHours> assistants;  // every assistant included, in document order
    int dropped_by_check = 0;    // proposed shifts the final check() removed (0 when the search's own checks agree)
    std::vector<UncoveredSpan> uncovered;  // where the uncovered minutes are, in time order
};

struct ProposeProgress {
    int64_t iterations = 0;      // moves tried so far
    int64_t max_iterations = 0;
    double fraction = 0;         // 0..1
    bool done = false;           // finished or cancelled
};

class Proposer {
public:
    // Prepares the slots and runs the greedy construction (fast). The document is copied.
    Proposer(const Document& doc, const ProposeOptions& options);
    ~Proposer();
    Proposer(const Proposer&) = delete;
    Proposer& operator=(const Proposer&) = delete;

    // Runs at most `max_iterations` moves of the local search; true when done.
    bool step(int64_t max_iterations);
    void cancel();                    // stop; result() gives the best plan found so far
    ProposeProgress progress() const;
    double score() const;             // the best plan's cost (lower is better)
    int64_t best_uncovered_minutes() const;  // of the slots (before the final check)

    // The best plan found so far, checked with check() and repaired.
    Proposal result() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Runs a Proposer to completion.
Proposal propose(const Document& doc, const ProposeOptions& options);

// `doc` with the proposal's shifts appended.
Document with_proposal(const Document& doc, const Proposal& p);

}  // namespace bpa
