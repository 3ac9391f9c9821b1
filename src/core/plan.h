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

namespace bpa {

// [SECTION] Need ---------------------------------------------------------------
// One block of the weekly need (bistandsbehov, seed 002 § 2.5): on a weekday,
// from..to (to may be past midnight: 22:00..07:00), what is to be done, and how
// many assistants are needed.
struct NeedBlock {
    Weekday weekday = Weekday::Monday;
    int from_minute = 0;      // 0..1439
    int to_minute = 0;        // 1..1440; if <= from_minute the block ends the next day
    std::string task;
    int assistants = 1;       // 1 or 2
    Json extra = Json::object();
    bool operator==(const NeedBlock&) const = default;
};

// [SECTION] Rotation and holiday plans ------------------------------------------
struct TemplateShift {
    int week = 1;             // 1..weeks of the rotation
    Weekday weekday = Weekday::Monday;
    int from_minute = 0;      // 0..1439
    int to_minute = 0;        // 1..1440; <= from_minute: ends the next day
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
// Reading reports problems with their JSON paths; writing replaces those keys.
PlanData read_plan(const Document& doc, Problems* problems = nullptr);
void write_plan(Document& doc, const PlanData& plan);

// The rotation's shifts on the days from..to (inclusive), repeating every
// `weeks` weeks from `start` (also backwards). New ids are made with
// doc.next_id("s") style numbering starting from `first_id_number`.
std::vector<Shift> expand_rotation(const Rotation& r, Date from, Date to, Zone z);

// Lays the rotation out over from..to: planned shifts in that period whose
// origin is "rotation" are replaced; days covered by a holiday plan get the
// holiday plan's shifts instead; worked, cancelled and manual shifts stay.
void apply_rotation(Document& doc, const Rotation& r, Date from, Date to);
void apply_holiday_plan(Document& doc, const HolidayPlan& h);

// Single changes on top (each is one undoable step in the app).
void swap_assistants(Document& doc, const std::string& shift_a, const std::string& shift_b);

// [SECTION] Hours ---------------------------------------------------------------
// Hours of planned and worked shifts inside the days from..to inclusive, split
// at the edges (a night from 22:00 to 07:00 counts 2 h on the first day).
// paid counts the passive part (00:00-06:00 of a passive-night shift) at `passive_factor`.
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

// Real minutes of a shift inside the day d (00:00..24:00 local), break not subtracted.
Minutes minutes_on_day(const Shift& s, Date d, Zone z);

// [SECTION] Coverage -------------------------------------------------------------
struct CoverageGap {
    LocalDateTime from;
    LocalDateTime to;
    int needed = 0;           // assistants needed
    int present = 0;          // assistants planned
};

struct CoverageDay {
    Date date;
    Minutes needed;           // need time that day (block length x assistants)
    Minutes uncovered;        // need time with nobody
    Minutes understaffed;     // need time with fewer than needed (but someone)
    std::vector<CoverageGap> gaps;
};

struct CoverageWeek {
    IsoWeek week;
    Date from, to;            // inside the requested range
    Minutes planned;          // hours of planned and worked shifts (clock, breaks included)
    double decided_hours = 0; // the decisions' hours for these days (per-day share of hours_per_week)
    double reserve_percent = 0;  // (decided - planned) / decided * 100; 0 when decided is 0
};

struct Coverage {
    std::vector<CoverageDay> days;
    std::vector<CoverageWeek> weeks;
};

Coverage coverage(const Document& doc, const std::vector<NeedBlock>& need, Date from, Date to);

}  // namespace bpa
