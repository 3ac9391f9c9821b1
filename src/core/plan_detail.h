// Internals of the plan (plan.h), shared by plan.cpp (plan data, rotation and
// holiday plans) and plan_hours.cpp (hours and coverage).
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>

#include "core/calendar.h"
#include "core/model.h"

namespace bpa::plan_detail {

// from..to on day d as local times; to <= from ends the next day; 1440 is the next day's 00:00.
inline std::pair<LocalDateTime, LocalDateTime> local_span(Date d, TimeOfDay from, TimeOfDay to) {
    LocalDateTime start{d, from.minutes()};
    return {start, LocalDateTime::from_wall_minutes(start.wall_minutes() + wall_length(from, to).count)};
}

// Real-time span of a shift, UTC minutes.
struct Span {
    int64_t from = 0, to = 0;  // [from, to)
};

inline Span utc_span(const Shift& s, Zone z) { return {to_utc(s.start, z).count, to_utc(s.end, z).count}; }

inline int64_t overlap(Span a, int64_t from, int64_t to) { return std::max<int64_t>(0, std::min(a.to, to) - std::max(a.from, from)); }

}  // namespace bpa::plan_detail
