// Calendar algorithms: proleptic Gregorian dates counted as days since
// 1970-01-01, ISO weeks, and the EU summer-time rule (RULES.md, "Time and
// calendars").
//
// [SECTION] Helpers
// [SECTION] Days <-> year/month/day
// [SECTION] Date
// [SECTION] Month and week arithmetic
// [SECTION] LocalDateTime
// [SECTION] Zones and summer time

#include "calendar.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace bpa {

// [SECTION] Helpers ----------------------------------------------------------
namespace {

// The calendar repeats every 400 years ("era"): 400 * 365 + 97 leap days.
constexpr int64_t days_per_era = 146097;
// Days from 0000-03-01 (the start of era 0, counted from March so that the
// leap day is the last day of its year) to 1970-01-01.
constexpr int64_t epoch_shift = 719468;

// Days since 1970-01-01 of a y/m/d. The month must be 1..12; the day may be
// anything (it is counted linearly), which lets callers step off month ends.
constexpr int64_t days_from_ymd(int64_t y, int m, int d) {
    // Count years from March: January and February belong to the previous year.
    y -= (m <= 2) ? 1 : 0;
    const int64_t era = floor_div(y, 400);
    const int64_t yoe = y - era * 400;                                    // [0, 399]
    const int64_t mp  = (m > 2) ? m - 3 : m + 9;                          // [0, 11], March = 0
    const int64_t doy = (153 * mp + 2) / 5 + (d - 1);                     // [0, 365] for a real day
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
    return era * days_per_era + doe - epoch_shift;
}

// The inverse of days_from_ymd, written as the same steps backwards.
constexpr Ymd ymd_from_days(int64_t days) {
    const int64_t z   = days + epoch_shift;                               // days since 0000-03-01
    const int64_t era = floor_div(z, days_per_era);
    const int64_t doe = z - era * days_per_era;                           // [0, 146096]
    // Remove the leap days before dividing by 365: one every 4 years (1460
    // days), none every 100 years (36524 days), one every 400 years (the last
    // day of the era, 146096).
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);          // [0, 365]
    const int64_t mp  = (5 * doy + 2) / 153;                              // [0, 11], March = 0
    const int     d   = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);   // [1, 31]
    const int     m   = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);      // [1, 12]
    const int64_t y   = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Ymd{static_cast<int>(y), m, d};
}

// Spot checks of the two conversions at fixed points.
static_assert(days_from_ymd(1970, 1, 1) == 0);
static_assert(days_from_ymd(2000, 3, 1) == 11017);
static_assert(days_from_ymd(1969, 12, 31) == -1);
static_assert(ymd_from_days(0) == Ymd{1970, 1, 1});
static_assert(ymd_from_days(11016) == Ymd{2000, 2, 29});
static_assert(ymd_from_days(-1) == Ymd{1969, 12, 31});

constexpr bool fits_int32(int64_t v) {
    return v >= std::numeric_limits<int32_t>::min() && v <= std::numeric_limits<int32_t>::max();
}

// 1970-01-01 was a Thursday (ISO 4).
constexpr int iso_weekday_of(int64_t days) { return static_cast<int>(floor_mod(days + 3, 7)) + 1; }  // [1, 7]

// Exactly `n` ASCII digits starting at `pos`, as a number; -1 otherwise.
int parse_digits(std::string_view s, size_t pos, size_t n) {
    if (pos + n > s.size()) return -1;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

void append_padded(std::string& out, int64_t v, int width) {
    if (v < 0) {
        out += '-';
        v = -v;
    }
    std::string digits = std::to_string(v);
    const size_t w = static_cast<size_t>(width);
    if (digits.size() < w) out.append(w - digits.size(), '0');
    out += digits;
}

}  // namespace

// [SECTION] Days <-> year/month/day ------------------------------------------
bool is_leap_year(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int days_in_month(int year, int month) {
    switch (month) {
        case 1: case 3: case 5: case 7: case 8: case 10: case 12: return 31;
        case 4: case 6: case 9: case 11: return 30;
        case 2: return is_leap_year(year) ? 29 : 28;
        default: return 0;  // not a month: no day is valid in it
    }
}

bool valid_ymd(int year, int month, int day) {
    return day >= 1 && day <= days_in_month(year, month);
}

// [SECTION] Date -------------------------------------------------------------
std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (!valid_ymd(year, month, day)) return std::nullopt;
    const int64_t days = days_from_ymd(year, month, day);
    if (!fits_int32(days)) return std::nullopt;  // beyond about +-5.8 million years
    return from_days(static_cast<int32_t>(days));
}

std::optional<Date> Date::parse(std::string_view text) {
    // "YYYY-MM-DD": nothing before, nothing after, no signs or spaces.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const int y = parse_digits(text, 0, 4);
    const int m = parse_digits(text, 5, 2);
    const int d = parse_digits(text, 8, 2);
    if (y < 1 || m < 0 || d < 0) return std::nullopt;  // year 0000 is not accepted
    return from_ymd(y, m, d);
}

std::optional<Date> parse_date_input(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (auto iso = Date::parse(text)) return iso;
    // Day, month and a four-digit year, separated by one kind of separator.
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    char separator = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (++digits[part] > 4) return std::nullopt;
            parts[part] = parts[part] * 10 + (c - '0');
        } else if ((c == '.' || c == '/' || c == '-') && (separator == 0 || c == separator) && part < 2 &&
                   digits[part] > 0) {
            separator = c;
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4 || parts[2] < 1) return std::nullopt;
    return Date::from_ymd(parts[2], parts[1], parts[0]);
}

std::string local_date(Date d, std::string_view lang) {
    if (lang != "nb" && lang != "da") return d.str();
    const Ymd v = d.ymd();
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", v.day, v.month, v.year);
    return buffer;
}

Ymd Date::ymd() const { return ymd_from_days(days_); }

Weekday Date::weekday() const { return static_cast<Weekday>(iso_weekday_of(days_)); }

IsoWeek Date::iso_week() const {
    // ISO 8601: a week belongs to the year that holds its Thursday, and week 1
    // is the week with the year's first Thursday.
    const int64_t thursday = int64_t(days_) + (4 - iso_weekday_of(days_));
    const int iso_year = ymd_from_days(thursday).year;
    const int64_t jan1 = days_from_ymd(iso_year, 1, 1);
    const int week = static_cast<int>((thursday - jan1) / 7) + 1;  // [1, 53]
    return IsoWeek{iso_year, week};
}

std::string Date::str() const {
    const Ymd v = ymd();
    std::string out;
    out.reserve(10);
    append_padded(out, v.year, 4);
    out += '-';
    append_padded(out, v.month, 2);
    out += '-';
    append_padded(out, v.day, 2);
    return out;
}

// [SECTION] Month and week arithmetic ----------------------------------------
Date add_months(Date d, int months) {
    const Ymd v = d.ymd();
    const int64_t index = int64_t(v.year) * 12 + (v.month - 1) + months;  // months since 0000-01
    const int64_t y = floor_div(index, 12);
    const int m = static_cast<int>(floor_mod(index, 12)) + 1;             // [1, 12]
    // 31 January + 1 month = 28 (or 29) February.
    const int day = std::min(v.day, days_in_month(static_cast<int>(y), m));
    return Date::from_days(static_cast<int32_t>(days_from_ymd(y, m, day)));
}

Date birthday(Date birth, int years) {
    const Ymd b = birth.ymd();
    if (auto d = Date::from_ymd(b.year + years, b.month, b.day)) return *d;
    return Date::from_days(static_cast<int32_t>(days_from_ymd(b.year + years, 3, 1)));
}

int weeks_in_iso_year(int iso_year) {
    // 28 December is always in the last ISO week of its year.
    const Date dec28 = Date::from_days(static_cast<int32_t>(days_from_ymd(iso_year, 12, 28)));
    return dec28.iso_week().week;
}

Date iso_week_monday(IsoWeek w) {
    // 4 January is always in week 1. A week number outside 1..53 counts on
    // linearly from there (week 0 is the last week of the previous year).
    const int64_t jan4 = days_from_ymd(w.year, 1, 4);
    const int64_t monday1 = jan4 - (iso_weekday_of(jan4) - 1);
    return Date::from_days(static_cast<int32_t>(monday1 + int64_t(w.week - 1) * 7));
}

Date last_weekday_of_month(int year, int month, Weekday wd) {
    // A month outside 1..12 rolls into the neighbouring years, as in add_months.
    const int64_t index = int64_t(year) * 12 + (month - 1);
    const int64_t y = floor_div(index, 12);
    const int m = static_cast<int>(floor_mod(index, 12)) + 1;             // [1, 12]
    const int64_t last = days_from_ymd(y, m, days_in_month(static_cast<int>(y), m));
    const int64_t back = floor_mod(iso_weekday_of(last) - static_cast<int>(wd), 7);  // [0, 6]
    return Date::from_days(static_cast<int32_t>(last - back));
}

// [SECTION] LocalDateTime ----------------------------------------------------
std::optional<LocalDateTime> LocalDateTime::parse(std::string_view text) {
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
    const std::optional<Date> date = Date::parse(text.substr(0, 10));
    if (!date) return std::nullopt;
    const int hh = parse_digits(text, 11, 2);
    const int mm = parse_digits(text, 14, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return std::nullopt;  // no 24:00
    return LocalDateTime{*date, hh * 60 + mm};
}

std::string LocalDateTime::str() const {
    std::string out = date.str();
    out += 'T';
    append_padded(out, hour(), 2);
    out += ':';
    append_padded(out, minute(), 2);
    return out;
}

LocalDateTime LocalDateTime::from_wall_minutes(int64_t m) {
    return LocalDateTime{Date::from_days(static_cast<int32_t>(floor_div(m, 1440))),
                         static_cast<int>(floor_mod(m, 1440))};  // [0, 1439]
}

// [SECTION] Zones and summer time --------------------------------------------
// Oslo and Copenhagen follow the same EU rule (in force since 1996; earlier
// years are computed with it too). The Zone argument is kept so that callers
// say which zone they mean.
namespace {

constexpr int64_t change_hour_utc_minutes = 60;  // both changes happen at 01:00 UTC

// The UTC instants summer time starts and ends in `year`.
int64_t summer_start_utc(int year) {
    return int64_t(last_weekday_of_month(year, 3, Weekday::Sunday).days()) * 1440 + change_hour_utc_minutes;
}
int64_t summer_end_utc(int year) {
    return int64_t(last_weekday_of_month(year, 10, Weekday::Sunday).days()) * 1440 + change_hour_utc_minutes;
}

}  // namespace

bool is_summer_time(UtcMinutes t, Zone) {
    const int year = ymd_from_days(floor_div(t.count, 1440)).year;
    return t.count >= summer_start_utc(year) && t.count < summer_end_utc(year);
}

int utc_offset_minutes(UtcMinutes t, Zone z) { return is_summer_time(t, z) ? 120 : 60; }

LocalKind classify(LocalDateTime t, Zone) {
    if (t.hour() != 2) return LocalKind::Normal;
    const int year = t.date.year();
    // Spring: 02:00 CET becomes 03:00 CEST, so 02:00..02:59 never shows.
    if (t.date == last_weekday_of_month(year, 3, Weekday::Sunday)) return LocalKind::Nonexistent;
    // Autumn: 03:00 CEST becomes 02:00 CET, so 02:00..02:59 shows twice.
    if (t.date == last_weekday_of_month(year, 10, Weekday::Sunday)) return LocalKind::Ambiguous;
    return LocalKind::Normal;
}

UtcMinutes to_utc(LocalDateTime t, Zone z) {
    const int64_t wall = t.wall_minutes();
    switch (classify(t, z)) {
        case LocalKind::Nonexistent:
            return UtcMinutes{int64_t(t.date.days()) * 1440 + change_hour_utc_minutes};
        case LocalKind::Ambiguous:
            return UtcMinutes{wall - 120};  // the first pass, still summer time
        case LocalKind::Normal:
            break;
    }
    // A normal time has exactly one offset that is consistent with itself.
    const UtcMinutes as_winter{wall - 60};
    if (utc_offset_minutes(as_winter, z) == 60) return as_winter;
    return UtcMinutes{wall - 120};
}

LocalDateTime to_local(UtcMinutes t, Zone z) {
    return LocalDateTime::from_wall_minutes(t.count + utc_offset_minutes(t, z));
}

Minutes elapsed(LocalDateTime a, LocalDateTime b, Zone z) { return to_utc(b, z) - to_utc(a, z); }

// [SECTION] TimeOfDay --------------------------------------------------------
std::optional<TimeOfDay> TimeOfDay::parse(std::string_view t, bool allow_24) {
    int digits[4] = {0, 0, 0, 0};
    int n = 0, colon = -1;  // n: digits read, 0..4; colon: digits before the separator
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            if (n == 4) return std::nullopt;
            digits[n++] = c - '0';
        } else if ((c == ':' || c == '.') && colon < 0) {
            colon = n;
        } else {
            return std::nullopt;
        }
    }
    int h = 0, m = 0;
    if (colon >= 0) {
        if (colon < 1 || colon > 2 || n - colon != 2) return std::nullopt;
        h = colon == 1 ? digits[0] : digits[0] * 10 + digits[1];
        m = digits[colon] * 10 + digits[colon + 1];
    } else {
        if (n != 4) return std::nullopt;
        h = digits[0] * 10 + digits[1];
        m = digits[2] * 10 + digits[3];
    }
    if (m > 59) return std::nullopt;
    if (h == 24 && m == 0 && allow_24) return TimeOfDay(1440);
    if (h > 23) return std::nullopt;
    return TimeOfDay(h * 60 + m);
}

std::optional<TimeOfDay> TimeOfDay::parse_exact(std::string_view t, bool allow_24) {
    if (t.size() != 5 || t[2] != ':') return std::nullopt;
    for (size_t i : {0, 1, 3, 4})
        if (t[i] < '0' || t[i] > '9') return std::nullopt;
    return parse(t, allow_24);
}

std::string TimeOfDay::str() const {
    std::string out = "00:00";
    out[0] = char('0' + hour() / 10);
    out[1] = char('0' + hour() % 10);
    out[3] = char('0' + minute() / 10);
    out[4] = char('0' + minute() % 10);
    return out;
}

}  // namespace bpa
