// A shift's or a window's real time: a half-open interval of UTC minutes,
// shared by the plan (plan_detail.h) and the hours (hours_detail.h).
#pragma once

#include <algorithm>
#include <cstdint>

#include "core/calendar.h"
#include "core/model.h"

namespace bpa {

struct Span {
    int64_t from = 0;  // [from, to)
    int64_t to = 0;
};

inline Span utc_span(LocalDateTime a, LocalDateTime b, Zone z) { return {to_utc(a, z).count, to_utc(b, z).count}; }
inline Span utc_span(const Shift& s, Zone z) { return utc_span(s.start, s.end, z); }

inline int64_t overlap(Span a, Span b) { return std::max<int64_t>(0, std::min(a.to, b.to) - std::max(a.from, b.from)); }

}  // namespace bpa
