// Text helpers shared by the rule catalog and the engine (internal to rules/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/calendar.h"

namespace bpa::rules_detail {

// Minutes as "H:MM" (630 -> "10:30", 5 -> "0:05"); rounded to the minute. Negative values print as 0:00.
std::string format_hm(double minutes);

// A number as written by a person: 11 -> "11", 5.5 -> "5.5", 0.3333 -> "0.3333" (at most 4 decimals).
std::string format_number(double value);

// "YYYY-MM-DD" and "HH:MM".
std::string format_date(Date d);
std::string format_time(const LocalDateTime& t);

// A decimal point becomes a decimal comma in nb and da ("5.5" -> "5,5"); other text is kept.
std::string localize_number(std::string_view text, std::string_view lang);

}  // namespace bpa::rules_detail
