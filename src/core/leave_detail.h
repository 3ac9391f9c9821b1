// Internals of the leave rules (leave.h), shared by leave.cpp and the
// leave_*.cpp files: calendar days, a shift's hours inside days, and which
// absences take an assistant away.
#pragma once

#include <functional>
#include <algorithm>
#include <cmath>

#include "core/calendar.h"
#include "core/leave.h"
#include "core/model.h"

namespace bpa::leave_detail {

inline Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }
inline Date year_first(int y) { return ymd(y, 1, 1); }
inline Date year_last(int y) { return ymd(y, 12, 31); }

// Days of from..to inside a..b (inclusive ranges); 0 when they do not meet.
inline int overlap_days(Date from, Date to, Date a, Date b) {
    const Date s = std::max(from, a), e = std::min(to, b);
    return e < s ? 0 : (e - s).count + 1;
}

// The first day a shift has time on; the last is last_day_of (command.h), which
// leaves out the day a shift ending at 00:00 ends on, as the rule engine counts them.
inline Date first_day(const Shift& s) { return s.start.date; }

// Clock hours of a shift inside [from 00:00, to_exclusive 00:00) in real time.
inline double hours_inside(const Shift& s, Date from, Date to_exclusive, Zone z) {
    const LocalDateTime ws{from, 0}, we{to_exclusive, 0};
    const LocalDateTime a = std::max(s.start, ws), b = std::min(s.end, we);
    if (!(a < b)) return 0;
    return elapsed(a, b, z).hours();
}

inline double round2(double v) { return std::round(v * 100.0) / 100.0; }

// An absence that takes the assistant away: every one but a vacation wish.
inline bool absence_active(const Absence& ab) { return !(ab.type == AbsenceType::Vacation && is_vacation_wish(ab)); }

// The days of from..to on which more of the employed assistants are away (an
// absence for which `counts` holds) than `limit(employed that day)`.
std::vector<AwayDay> away_days_over(const Document& doc, Date from, Date to, const std::function<bool(const Absence&)>& counts,
                                    const std::function<int(int employed)>& limit);

}  // namespace bpa::leave_detail
