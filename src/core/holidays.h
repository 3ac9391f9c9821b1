// Public holidays and holiday-supplement days for Norway and Denmark (RULES.md,
// "Time and calendars"). Valid for any year 1900..2100.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"

namespace bpa {

enum class Jurisdiction { NO, DK };

std::optional<Jurisdiction> parse_jurisdiction(std::string_view text);  // "NO" | "DK"
const char* to_string(Jurisdiction j);                                   // "NO" | "DK"
Zone zone_of(Jurisdiction j);

struct Holiday {
    Date date;
    std::string key;   // stable id, e.g. "easter_monday"; the UI translates "holiday.<key>"
    std::string name;  // the name in the country's own language (nb for NO, da for DK)
};

Date easter_sunday(int year);  // Gregorian computus

// Sorted by date. NO: 1 Jan, Maundy Thursday, Good Friday, Easter Sunday, Easter
// Monday, 1 May, 17 May, Ascension, Whit Sunday, Whit Monday, 25 and 26 Dec.
// DK: the same without 1 and 17 May; Store Bededag (Easter + 26) up to and
// including 2023.
std::vector<Holiday> public_holidays(Jurisdiction j, int year);

// Days with a holiday supplement from 12:00 that are not public holidays.
// DK (Rebild, seed 003 § 6.5): Grundlovsdag 5 June, 24 Dec, 31 Dec. NO: none.
std::vector<Holiday> supplement_days(Jurisdiction j, int year);
constexpr TimeOfDay supplement_from{12 * 60};

std::optional<Holiday> public_holiday_on(Jurisdiction j, Date d);
bool is_public_holiday(Jurisdiction j, Date d);

// A Sunday or public holiday as the Sunday rule sees it (AML § 10-10 (1)):
// its period runs from 18:00 the evening before to 22:00 on the day. Where two
// such days follow each other (Easter Sunday and Monday, 25 and 26 December)
// their periods are split at midnight, so that each is its own day and one
// evening shift between them is not counted twice.
struct RestDay {
    Date date;
    int64_t start = 0;  // UTC minutes
    int64_t end = 0;
};
// The Sundays and public holidays from..to, sorted, each with its period in `zone`.
std::vector<RestDay> rest_days(Jurisdiction j, Zone zone, Date from, Date to);

}  // namespace bpa
