// The year (DESIGN.md capability 7): the yearly wheel of the handbook
// (seed 000, Vedlegg 6), the deadlines of a year with what is done, the
// overview's agenda, and the hours bank form (seed 000, Vedlegg 5).
//
// [SECTION] Keys and done deadlines
// [SECTION] Commands
// [SECTION] The deadlines of the page
// [SECTION] The wheel
// [SECTION] The hours bank form (Vedlegg 5)
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "command.h"
#include "deadlines.h"
#include "hours.h"
#include "model.h"

namespace bpa {

// [SECTION] Keys and done deadlines ---------------------------------------------------
// A deadline's key: what ics_uid() hashes, less the arrangement's name, so that
// renaming the arrangement keeps what is done. "DATE/kind/assistant/ref", e.g.
// "2026-05-31/wheel_vacation_plan//" or "2026-04-01/vacation_notice/a1/f3".
std::string deadline_key(const Deadline& d);

// Document extra "deadlines_done": [{"key": deadline_key, "done_on": "YYYY-MM-DD"}].
// Read tolerantly: an entry without a string key or a valid date is skipped;
// of two entries with one key the first counts.
std::map<std::string, Date, std::less<>> deadlines_done(const Document& doc);

// [SECTION] Commands -------------------------------------------------------------------
// Ticks a deadline done on `done_on`, or unticks it (nullopt). Refused: an
// empty key (Required); no change (NotAllowed: ticking what is ticked on the
// same day, unticking what is not ticked). Other entries keep their order.
Outcome set_deadline_done(Document& doc, std::string_view key, std::optional<Date> done_on);

// [SECTION] The deadlines of the page ----------------------------------------------------
// Where a deadline is dealt with: the screen that leads there.
enum class DealtWith { Arrangement, Assistants, Plan, Hours, Absence, People };
DealtWith dealt_with(std::string_view kind);
const char* to_string(DealtWith w);  // "arrangement" | "assistants" | "plan" | "hours" | "absence" | "people"

struct YearDeadline {
    Deadline deadline;
    std::string key;                // deadline_key
    std::optional<Date> done_on;    // ticked done on this day
    bool overdue = false;           // not done and dated before today
    DealtWith where = DealtWith::Arrangement;
};

// The page's deadlines of from..to (the page kinds included), in deadlines()'s order.
std::vector<YearDeadline> year_deadlines(const Document& doc, Date from, Date to, Date today);

// How many there are, done and overdue (the screen's summary line).
struct DeadlineCounts {
    int total = 0, done = 0, overdue = 0;
};
DeadlineCounts count_deadlines(const std::vector<YearDeadline>& list);

// The overview: what is overdue (not done, dated in the `overdue_days` days
// before today), then what is due in the next 30 days (today..today+30), not
// done. Why 90 days back: the oldest reminder still worth acting on (a
// quarter); older ones stay on the Årshjul screen.
inline constexpr int agenda_overdue_days = 90;
inline constexpr int agenda_coming_days = 30;
struct DeadlineAgenda {
    std::vector<YearDeadline> overdue;  // oldest first
    std::vector<YearDeadline> coming;   // soonest first
};
DeadlineAgenda deadline_agenda(const Document& doc, Date today);

// [SECTION] The wheel ------------------------------------------------------------------
// Vedlegg 6's four periods: 1 January-March, 2 April-May, 3 June-August,
// 4 September-December.
struct WheelPeriod {
    int number;                  // 1..4
    int first_month, last_month; // 1..12
};
const std::vector<WheelPeriod>& wheel_periods();
int wheel_period(int month);     // 1..4; 0 for a month outside 1..12

// Where a day lies in its year, 0 at the start of 1 January to 1 at the end of
// 31 December: the middle of the day, (day of year - 0.5) / days in the year.
double year_fraction(Date d);
// Where a month starts on the same scale: (days before it) / days in the year.
double month_start_fraction(int year, int month);

// [SECTION] The hours bank form (Vedlegg 5) ------------------------------------------------
// The form's header: the weekly decision and the same per month (a year's 52
// weeks over 12 months: × 52 / 12), and per ISO week the hours used, saved and
// saved in total, taken from the hours account.
struct HoursBankForm {
    int year = 0;
    double decided_per_week = 0;   // the decision in force on the account's day (clamped into the
                                   // year), else the latest one in force in the year
    double decided_per_month = 0;  // decided_per_week × 52 / 12
    struct Row {
        int week = 0;              // ISO week number
        Date from, to;
        double used = 0, saved = 0, total = 0;  // total: the account's running balance
    };
    std::vector<Row> rows;
    double used = 0, saved = 0, total = 0;      // the year's sums; total = the balance at 31 December
};
HoursBankForm hours_bank_form(const Document& doc, const HoursAccount& account);

}  // namespace bpa
