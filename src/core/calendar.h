// Calendar value types: Date, LocalDateTime, durations, and local <-> UTC
// conversion for Europe/Oslo and Europe/Copenhagen.
//
// [SECTION] Durations
// [SECTION] Date
// [SECTION] TimeOfDay
// [SECTION] LocalDateTime
// [SECTION] Zones and summer time
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bpa {

// Division and remainder rounding towards minus infinity, so that day -1 is
// 1969-12-31 and minute -1 is 23:59 on that day; floor_mod is in [0, b) for b > 0.
constexpr int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
constexpr int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

// [SECTION] Durations -------------------------------------------------------
// Days and Minutes are distinct types so that a count of days can never be
// added where minutes are meant.
struct Days {
    int32_t count = 0;
    constexpr auto operator<=>(const Days&) const = default;
};

struct Minutes {
    int64_t count = 0;
    constexpr auto operator<=>(const Minutes&) const = default;
    constexpr Minutes operator+(Minutes o) const { return {count + o.count}; }
    constexpr Minutes operator-(Minutes o) const { return {count - o.count}; }
    constexpr Minutes& operator+=(Minutes o) { count += o.count; return *this; }
    constexpr Minutes& operator-=(Minutes o) { count -= o.count; return *this; }
    constexpr double hours() const { return static_cast<double>(count) / 60.0; }
};

constexpr Minutes hours(int64_t h) { return {h * 60}; }

// [SECTION] Date -------------------------------------------------------------
enum class Weekday : int { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

struct Ymd {
    int year  = 1970;  // proleptic Gregorian, any int in practice
    int month = 1;     // 1..12
    int day   = 1;     // 1..31
    constexpr auto operator<=>(const Ymd&) const = default;
};

struct IsoWeek {
    int year = 1970;   // the ISO week-numbering year (may differ from the calendar year)
    int week = 1;      // 1..53
    constexpr auto operator<=>(const IsoWeek&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);  // month 1..12
bool valid_ymd(int year, int month, int day);

// A calendar day, stored as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;
    static constexpr Date from_days(int32_t days_since_epoch) { Date d; d.days_ = days_since_epoch; return d; }
    static std::optional<Date> from_ymd(int year, int month, int day);   // nullopt if the day does not exist
    // Strict "YYYY-MM-DD" (four-digit year 0001..9999, two-digit month and day).
    static std::optional<Date> parse(std::string_view text);

    constexpr int32_t days() const { return days_; }
    Ymd ymd() const;
    int year() const { return ymd().year; }
    int month() const { return ymd().month; }
    int day() const { return ymd().day; }
    Weekday weekday() const;
    IsoWeek iso_week() const;
    std::string str() const;  // "YYYY-MM-DD"

    constexpr Date operator+(Days d) const { return from_days(days_ + d.count); }
    constexpr Date operator-(Days d) const { return from_days(days_ - d.count); }
    constexpr Days operator-(Date o) const { return {days_ - o.days_}; }
    constexpr Date& operator+=(Days d) { days_ += d.count; return *this; }
    constexpr auto operator<=>(const Date&) const = default;

private:
    int32_t days_ = 0;
};

// A date as a person types it: "2026-11-30", "30.11.2026", "30.11.26" is not
// accepted (the century is unclear), "1.2.2027", "1/2/2027" and "1-2-2027" (day
// first). Spaces around it are ignored; nullopt if the day does not exist.
std::optional<Date> parse_date_input(std::string_view text);
// A date as written in a language: "30.11.2026" for nb and da, "2026-11-30" otherwise.
std::string local_date(Date d, std::string_view lang);

Date add_months(Date d, int months);        // clamps the day to the target month's length
// The day a person born on `birth` turns `years` (29 February -> 1 March).
Date birthday(Date birth, int years);
int weeks_in_iso_year(int iso_year);        // 52 or 53
Date iso_week_monday(IsoWeek w);            // the Monday of an ISO week
inline Date monday_of(Date d) { return d - Days{static_cast<int32_t>(d.weekday()) - 1}; }  // the Monday of d's week
Date last_weekday_of_month(int year, int month, Weekday wd);

// [SECTION] TimeOfDay --------------------------------------------------------
// A wall-clock time of day in minutes, 00:00..24:00 (24:00 only as the end of
// a day or of a block that runs to midnight). The one way to read and write
// "HH:MM" in the program.
class TimeOfDay {
public:
    constexpr TimeOfDay() = default;
    // Clamped to 0..1440, so that every value is a time of day.
    constexpr explicit TimeOfDay(int64_t minutes) : minutes_(minutes < 0 ? 0 : minutes > 1440 ? 1440 : int(minutes)) {}
    // "7:30", "07:30", "07.30" and "0730"; "24:00" only with allow_24.
    static std::optional<TimeOfDay> parse(std::string_view text, bool allow_24 = false);
    // Exactly "HH:MM", as in the file format; "24:00" only with allow_24.
    static std::optional<TimeOfDay> parse_exact(std::string_view text, bool allow_24 = false);
    constexpr int minutes() const { return minutes_; }  // 0..1440
    constexpr int hour() const { return minutes_ / 60; }  // 0..24
    constexpr int minute() const { return minutes_ % 60; }
    std::string str() const;  // "HH:MM"
    constexpr auto operator<=>(const TimeOfDay&) const = default;

private:
    int minutes_ = 0;  // 0..1440
};

// Wall-clock length of from..to where a `to` at or before `from` is on the next
// day: 22:00..07:00 is 9 h, 08:00..08:00 is 24 h, 00:00..24:00 is 24 h.
constexpr Minutes wall_length(TimeOfDay from, TimeOfDay to) {
    return Minutes{to > from ? to.minutes() - from.minutes() : to.minutes() + 1440 - from.minutes()};
}

// [SECTION] LocalDateTime ----------------------------------------------------
// A local wall-clock time in the arrangement's zone, minute precision.
struct LocalDateTime {
    Date date;
    int minute_of_day = 0;  // 0..1439

    static std::optional<LocalDateTime> parse(std::string_view text);  // strict "YYYY-MM-DDTHH:MM"
    std::string str() const;                                            // "YYYY-MM-DDTHH:MM"
    int hour() const { return minute_of_day / 60; }
    int minute() const { return minute_of_day % 60; }
    TimeOfDay time() const { return TimeOfDay(minute_of_day); }
    // Wall-clock arithmetic (ignores summer time): used for "18:00 the evening before" style windows.
    int64_t wall_minutes() const { return int64_t(date.days()) * 1440 + minute_of_day; }
    static LocalDateTime from_wall_minutes(int64_t m);
    constexpr auto operator<=>(const LocalDateTime&) const = default;
};

// [SECTION] Zones and summer time --------------------------------------------
// Both zones follow the EU rule: CET (UTC+1), CEST (UTC+2) from the last Sunday
// of March 01:00 UTC to the last Sunday of October 01:00 UTC.
enum class Zone { Oslo, Copenhagen };

struct UtcMinutes {
    int64_t count = 0;  // minutes since 1970-01-01T00:00Z
    constexpr auto operator<=>(const UtcMinutes&) const = default;
    constexpr Minutes operator-(UtcMinutes o) const { return {count - o.count}; }
};

bool is_summer_time(UtcMinutes t, Zone z);
int utc_offset_minutes(UtcMinutes t, Zone z);  // 60 or 120

enum class LocalKind {
    Normal,       // occurs exactly once
    Nonexistent,  // skipped by the spring change (02:00..02:59 on the last Sunday of March)
    Ambiguous     // occurs twice (02:00..02:59 on the last Sunday of October)
};
LocalKind classify(LocalDateTime t, Zone z);

// Nonexistent times map to the instant the clock jumps (03:00 CEST = 01:00 UTC);
// ambiguous times map to their first occurrence (summer time).
UtcMinutes to_utc(LocalDateTime t, Zone z);
LocalDateTime to_local(UtcMinutes t, Zone z);

// Real elapsed time between two local times (negative if b is before a).
Minutes elapsed(LocalDateTime a, LocalDateTime b, Zone z);

}  // namespace bpa
