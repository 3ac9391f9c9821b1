// Internals of the plan (plan.h), shared by plan.cpp (plan data, rotation and
// holiday plans) and plan_hours.cpp (hours and coverage).
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>

#include "core/calendar.h"
#include "core/model.h"
#include "core/utc_span.h"

namespace bpa::plan_detail {

// from..to on day d as local times; to <= from ends the next day; 1440 is the next day's 00:00.
inline std::pair<LocalDateTime, LocalDateTime> local_span(Date d, TimeOfDay from, TimeOfDay to) {
    LocalDateTime start{d, from.minutes()};
    return {start, LocalDateTime::from_wall_minutes(start.wall_minutes() + wall_length(from, to).count)};
}

inline int64_t overlap(Span a, int64_t from, int64_t to) { return overlap(a, Span{from, to}); }

}  // namespace bpa::plan_detail
