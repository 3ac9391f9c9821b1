// Shared by people.cpp and recruitment.cpp: tolerant reading of extension
// fields (a value of the wrong type reads as absent).
#pragma once

#include <optional>
#include <string>

#include "core/calendar.h"
#include "core/model.h"

namespace bpa::people_detail {

std::optional<Date> date_field(const Json& o, const char* key);
std::string text_field(const Json& o, const char* key);
bool bool_field(const Json& o, const char* key);
double number_field(const Json& o, const char* key);
Json date_json(const std::optional<Date>& d);  // "YYYY-MM-DD" or null
bool blank(const std::string& s);

}  // namespace bpa::people_detail
