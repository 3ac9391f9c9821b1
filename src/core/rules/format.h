// Text helpers shared by the rule catalog and the engine (internal to rules/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/calendar.h"

namespace bpa::rules_detail {

// Minutes as decimal hours, to the hundredth (630 -> "10.5", 555 -> "9.25", 5 -> "0.08");
// rounded to the minute first. Negative values print as 0.
std::string format_hours(double minutes);

// A number as written by a person: 11 -> "11", 5.5 -> "5.5", 0.3333 -> "0.3333" (at most 4 decimals).
std::string format_number(double value);

// "YYYY-MM-DD" and "HH:MM".
std::string format_date(Date d);
std::string format_time(const LocalDateTime& t);

// An argument as written in a language: in nb and da a decimal point becomes a
// decimal comma ("5.5" -> "5,5"), a date "2026-11-30" becomes "30.11.2026" and an ISO
// week "2026-W49" its number "49"; other text, and every argument in English, is kept.
std::string localize_arg(std::string_view text, std::string_view lang);

}  // namespace bpa::rules_detail
