// The plan: the weekly need for help, rotation templates, holiday plans, and
// how they become concrete shifts; hours and coverage computed from shifts.
//
// The concrete shifts (Document::shifts) are the plan; the rotation and the
// holiday plans are templates that write shifts into it, and every shift keeps
// where it came from (Shift::extra["origin"]: "rotation", "holiday_plan",
// "manual", "substitute").
//
// [SECTION] Need
// [SECTION] Rotation and holiday plans
// [SECTION] Hours
// [SECTION] Coverage
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar.h"
#include "model.h"
#include "problem.h"

namespace bpa {

// [SECTION] Need ---------------------------------------------------------------
// One block of the weekly need (bistandsbehov, seed 002 § 2.5): on a weekday,
// from..to (to may be past midnight: 22:00..07:00), what is to be done, and how
// many assistants are needed. Where blocks overlap, the larger count applies.
//
// JSON (Document::extra["need"], an array): {"weekday": 1..7 (ISO, 1 = Monday),
// "from": "HH:MM", "to": "HH:MM" ("24:00" allowed), "task": "...", "assistants": 1|2,
// "passive_night": false (optional)}.
struct NeedBlock {
    Weekday weekday = Weekday::Monday;
    TimeOfDay from;           // 00:00..23:59
    TimeOfDay to;             // 00:00..24:00; at or before `from` the block ends the next day (from == to: 24 h)
    std::string task;
    int assistants = 1;       // 1 or 2
    bool passive_night = false;  // passive ("hvilende" / rådighed) night duty
    Json extra = Json::object();
    bool operator==(const NeedBlock&) const = default;
};

// [SECTION] Rotation and holiday plans ------------------------------------------
// JSON (Document::extra["rotation"], an object or absent):
//   {"weeks": 1..12, "start": "YYYY-MM-DD" (a Monday),
//    "shifts": [{"week": 1..weeks, "weekday": 1..7, "from": "HH:MM", "to": "HH:MM",
//                "assistant": "a1", "break_minutes": 0, "passive_night": false}]}
// JSON (Document::extra["holiday_plans"], an array):
//   {"id": "h1", "name": "Jul 2026", "from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
//    "shifts": [shifts as in CONTRACT.md, each starting on a day from..to]}
// "week" (default 1), "task", "assistants" (default 1), "break_minutes",
// "passive_night" and a holiday shift's "status" may be absent; "rotation": null
// is no rotation. Unknown members of every object are kept in `extra` and
// written back. In the file the members come in name order (Document::extra
// keeps objects sorted), so writing is stable.
struct TemplateShift {
    int week = 1;             // 1..weeks of the rotation
    Weekday weekday = Weekday::Monday;
    TimeOfDay from;           // 00:00..23:59
    TimeOfDay to;             // 00:00..24:00; at or before `from`: ends the next day (from == to: 24 h)
    std::string assistant;
    int break_minutes = 0;
    bool passive_night = false;
    Json extra = Json::object();
    bool operator==(const TemplateShift&) const = default;
};

struct Rotation {
    int weeks = 1;            // 1..12
    Date start;               // a Monday: week 1 of the rotation starts here
    std::vector<TemplateShift> shifts;
    Json extra = Json::object();
    bool operator==(const Rotation&) const = default;
};

// Replaces the rotation on chosen days (Christmas, Easter): its own shifts, by date.
struct HolidayPlan {
    std::string id;
    std::string name;
    Date from;                // inclusive
    Date to;                  // inclusive
    std::vector<Shift> shifts;  // concrete shifts inside from..to (ids are local to the plan)
    Json extra = Json::object();
    bool operator==(const HolidayPlan&) const = default;
};

struct PlanData {
    std::vector<NeedBlock> need;
    std::optional<Rotation> rotation;
    std::vector<HolidayPlan> holiday_plans;
    bool operator==(const PlanData&) const = default;
};

// The plan data kept in Document::extra ("need", "rotation", "holiday_plans").
// Reading reports problems with their JSON paths (e.g. "rotation.shifts[2].to")
// and leaves out each element that has one (a rotation whose weeks or start is
// wrong is left out whole). Writing replaces those keys; an empty need, no
// rotation or no holiday plans removes the key.
PlanData read_plan(const Document& doc, Problems* problems = nullptr);
void write_plan(Document& doc, const PlanData& plan);

// Where a shift came from: Shift::extra["origin"] ("rotation", "holiday_plan",
// "manual", "substitute"); "manual" when absent.
std::string shift_origin(const Shift& s);

// The rotation's shifts starting on the days from..to (inclusive), repeating
// every `weeks` weeks from `start` (also backwards: week 1 is every week
// start + k * weeks for any integer k). In date order, then by start time.
// Each is planned, has an empty id and extra {"origin": "rotation"}.
// Spring summer-time gap: a start or end at 02:00..02:59 on the last Sunday of
// March does not exist; it is moved to 03:00 (the instant the clock jumps), and
// a shift that thereby has no length is left out.
std::vector<Shift> expand_rotation(const Rotation& r, Date from, Date to, Zone z);

// Lays the rotation out over from..to: planned shifts with origin "rotation"
// starting in that period are replaced; days covered by a holiday plan of the
// document (read_plan) get no rotation shifts (apply_holiday_plan fills them,
// before or after: the result is the same); worked, cancelled, manual and
// substitute shifts stay, and a rotation slot whose assistant already has a
// kept (worked or cancelled) rotation shift overlapping it is not laid again.
// Locked shifts (command.h) stay, and locked days get no new shifts: returns
// how many locked rotation shifts were left as they were.
// New shifts get ids doc.next_id("s"), appended in date order.
int apply_rotation(Document& doc, const Rotation& r, Date from, Date to);

// Puts a holiday plan's shifts into the plan: planned rotation shifts starting
// on its days, and planned shifts an earlier application of the same plan made,
// are removed; its shifts are added with new ids and extra {"origin":
// "holiday_plan", "holiday_plan": <plan id>}, except where the same assistant
// already has a kept shift of this plan overlapping it (applying twice is harmless).
// Locked shifts stay and locked days get nothing new: returns how many locked
// shifts were left as they were.
int apply_holiday_plan(Document& doc, const HolidayPlan& h);

// Single changes on top (each is one undoable step in the app). Swaps the
// assistants of the two shifts; nothing happens if either id is unknown. The
// shifts keep their origin (applying the rotation again resets a swap).
void swap_assistants(Document& doc, const std::string& shift_a, const std::string& shift_b);

// [SECTION] Hours ---------------------------------------------------------------
// Hours of planned and worked shifts inside the days from..to inclusive, split
// at the edges (a night from 22:00 to 07:00 counts 2 h on the first day).
// paid counts the passive part (00:00-06:00 of a passive-night shift) at `passive_factor`.
// Durations are real elapsed time (a 22:00-07:00 night is 8 h over the spring
// change, 10 h over the autumn change). Breaks are not subtracted: AML 10-9 (1),
// the break counts as working time when the assistant cannot leave, which is
// usual in BPA (RULES.md).
struct AssistantHours {
    std::string assistant;
    Minutes clock;
    double paid_hours = 0;
};
struct HoursResult {
    std::vector<AssistantHours> assistants;  // every assistant of the document, in document order
    Minutes clock;
    double paid_hours = 0;
};
HoursResult hours_between(const Document& doc, Date from, Date to, double passive_factor);

// The passive factor of an arrangement: arrangement.rules["passive_factor"] if
// present (a number 0..1), else 1/3 for NO (seed 002 § 3.3.2, tariff: 20 min per
// hour) and 1 for DK (no passive rule). A value of the wrong type or out of range
// is reported (path "arrangement.rules.passive_factor") and the default used.
double passive_factor_of(const Arrangement& a, Problems* problems = nullptr);

// An assistant's planned hours against the contract (seed 002 § 2.3: assistants
// are hired for a set number of hours, normally fewer than the decision; the
// plan should give each what the contract says). Over `weeks` ISO weeks from
// `monday`, counting only the weeks the assistant is employed on all 7 days:
// the average clock hours a week of planned and worked shifts. A difference of
// at least contract_hours_tolerance hours a week is a warning: Over means work
// beyond the contract (which needs the assistant's agreement), Under means the
// contract's hours are not offered.
inline constexpr double contract_hours_tolerance = 1.0;
struct ContractHoursCheck {
    enum class Verdict { NotCompared, Matches, Over, Under };
    std::string assistant;
    double contract = 0;   // hours a week in the contract
    double planned = 0;    // average planned hours a week over the weeks counted
    int weeks = 0;         // weeks counted
    Verdict verdict = Verdict::NotCompared;  // NotCompared: no contract hours, or no whole week employed
};
ContractHoursCheck contract_hours_check(const Document& doc, const Assistant& a, Date monday, int weeks);

// Real minutes of a shift inside the day d (00:00..24:00 local), break not subtracted.
Minutes minutes_on_day(const Shift& s, Date d, Zone z);

// [SECTION] Coverage -------------------------------------------------------------
struct CoverageGap {
    LocalDateTime from;
    LocalDateTime to;
    int needed = 0;           // assistants needed
    int present = 0;          // assistants planned
};

// Minutes are real elapsed minutes of the day (1380 on the spring change day,
// 1500 on the autumn one).
struct CoverageDay {
    Date date;
    Minutes needed;           // need time that day (block length x assistants), assistant-minutes
    Minutes uncovered;        // clock minutes of need with nobody
    Minutes understaffed;     // clock minutes of need with fewer than needed (but someone)
    Minutes missing;          // assistant-minutes missing: sum of (needed - present) where fewer
    Minutes planned;          // minutes of planned and worked shifts that day, all assistants
    std::vector<CoverageGap> gaps;  // maximal runs with the same needed and present, present < needed
};

struct CoverageWeek {
    IsoWeek week;
    Date from, to;            // inside the requested range
    Minutes planned;          // hours of planned and worked shifts (clock, breaks included)
    double decided_hours = 0; // the decisions' hours for these days (per-day share of hours_per_week)
    double reserve_hours = 0;    // decided - planned: the hours kept outside the plan; negative when over
    double reserve_percent = 0;  // reserve_hours / decided * 100; 0 when decided is 0
};

struct Coverage {
    std::vector<CoverageDay> days;
    std::vector<CoverageWeek> weeks;
};

// The need repeats every week; a block past midnight continues into the next
// day (also from the day before `from`). Planned and worked shifts count.
Coverage coverage(const Document& doc, const std::vector<NeedBlock>& need, Date from, Date to);

}  // namespace bpa
