// Calendar value types, ISO weeks and the summer-time rule (RULES.md, "Time and calendars").

#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <type_traits>

#include "core/calendar.h"

using namespace bpa;
using namespace bpa::test;

namespace {

LocalDateTime at(int y, int m, int d, int hh, int mm) { return LocalDateTime{ymd(y, m, d), hh * 60 + mm}; }

// Units that must not mix: adding minutes to a date, or days to minutes, does not compile.
template <class A, class B>
concept addable = requires(A a, B b) { a + b; };

}  // namespace

static_assert(addable<Date, Days>);
static_assert(!addable<Date, Minutes>);
static_assert(!addable<Date, int>);
static_assert(!addable<Minutes, Days>);
static_assert(!addable<Date, Date>);
static_assert(!std::is_convertible_v<Days, Minutes>);
static_assert(!std::is_convertible_v<int, Days>);
static_assert(Date::from_days(10) - Date::from_days(3) == Days{7});
static_assert(Date::from_days(3) + Days{4} == Date::from_days(7));
static_assert(hours(8) == Minutes{480});

TEST_CASE("day 0 is 1970-01-01, a Thursday") {
    CHECK(Date::from_days(0).ymd() == Ymd{1970, 1, 1});
    CHECK(Date::from_days(0).weekday() == Weekday::Thursday);
    CHECK(Date::from_days(-1).str() == "1969-12-31");
    CHECK(ymd(2000, 3, 1).days() == 11017);
}

TEST_CASE("leap years: every 4th year, but not 1900 or 2100; 2000 is one") {
    CHECK_FALSE(is_leap_year(1900));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(2100));
    CHECK(is_leap_year(2024));
    CHECK_FALSE(is_leap_year(2026));
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2026, 4) == 30);
    CHECK(days_in_month(2026, 12) == 31);
    CHECK(days_in_month(2026, 13) == 0);
    CHECK(valid_ymd(2000, 2, 29));
    CHECK_FALSE(valid_ymd(1900, 2, 29));
    CHECK_FALSE(valid_ymd(2026, 0, 1));
    CHECK_FALSE(valid_ymd(2026, 4, 31));
    CHECK_FALSE(valid_ymd(2026, 1, 0));
    CHECK_FALSE(Date::from_ymd(2100, 2, 29).has_value());
}

TEST_CASE("every day 1900..2100 converts to y/m/d and back, one day after the other") {
    // Walk the calendar by hand with days_in_month and compare with the conversion.
    Date d = ymd(1900, 1, 1);
    Ymd expected{1900, 1, 1};
    int weekday = static_cast<int>(Weekday::Monday);  // 1 January 1900 was a Monday
    int checked = 0;
    int mismatches = 0;
    while (expected.year <= 2100) {
        const Ymd got = d.ymd();
        const std::optional<Date> back = Date::from_ymd(got.year, got.month, got.day);
        if (got != expected || !back || *back != d || static_cast<int>(d.weekday()) != weekday) {
            if (mismatches++ == 0) FAIL_CHECK("first mismatch at day " << d.days() << " (" << d.str() << ")");
        }
        ++checked;
        d += Days{1};
        weekday = weekday % 7 + 1;
        if (++expected.day > days_in_month(expected.year, expected.month)) {
            expected.day = 1;
            if (++expected.month > 12) {
                expected.month = 1;
                ++expected.year;
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(checked == 201 * 365 + 49);  // leap days in 1904, 1908, ..., 2096 (2000 included; 1900 and 2100 not)
    CHECK(d == ymd(2101, 1, 1));
}

TEST_CASE("dates far before and after the epoch convert back") {
    for (int y : {1, 4, 100, 400, 1582, 1600, 1969, 1970, 2400, 9999}) {
        for (int m : {1, 2, 3, 12}) {
            const Date d = ymd(y, m, days_in_month(y, m));
            CHECK(d.ymd() == Ymd{y, m, days_in_month(y, m)});
        }
    }
}

TEST_CASE("ISO weekday: Monday is 1, Sunday is 7") {
    CHECK(ymd(2026, 3, 29).weekday() == Weekday::Sunday);
    CHECK(ymd(2026, 3, 30).weekday() == Weekday::Monday);
    CHECK(ymd(2026, 1, 1).weekday() == Weekday::Thursday);
    CHECK(ymd(2000, 1, 1).weekday() == Weekday::Saturday);
    CHECK(Date::from_days(-4).weekday() == Weekday::Sunday);  // 1969-12-28
}

TEST_CASE("ISO week: the week belongs to the year of its Thursday") {
    CHECK(ymd(2026, 1, 1).iso_week() == IsoWeek{2026, 1});
    CHECK(ymd(2025, 12, 29).iso_week() == IsoWeek{2026, 1});
    CHECK(ymd(2026, 12, 31).iso_week() == IsoWeek{2026, 53});
    CHECK(ymd(2027, 1, 1).iso_week() == IsoWeek{2026, 53});
    CHECK(ymd(2027, 1, 3).iso_week() == IsoWeek{2026, 53});
    CHECK(ymd(2027, 1, 4).iso_week() == IsoWeek{2027, 1});
    CHECK(ymd(2021, 1, 3).iso_week() == IsoWeek{2020, 53});
    CHECK(ymd(2020, 12, 31).iso_week() == IsoWeek{2020, 53});
    CHECK(ymd(2024, 12, 30).iso_week() == IsoWeek{2025, 1});
    CHECK(ymd(2008, 12, 29).iso_week() == IsoWeek{2009, 1});
    CHECK(ymd(2010, 1, 3).iso_week() == IsoWeek{2009, 53});
}

TEST_CASE("2026 has 53 ISO weeks; 2025 and 2027 have 52") {
    CHECK(weeks_in_iso_year(2026) == 53);
    CHECK(weeks_in_iso_year(2025) == 52);
    CHECK(weeks_in_iso_year(2027) == 52);
    CHECK(weeks_in_iso_year(2020) == 53);
    CHECK(weeks_in_iso_year(2015) == 53);
    CHECK(weeks_in_iso_year(2032) == 53);
}

TEST_CASE("iso_week_monday is the Monday of the week, and inverts iso_week") {
    CHECK(iso_week_monday({2026, 1}) == ymd(2025, 12, 29));
    CHECK(iso_week_monday({2026, 53}) == ymd(2026, 12, 28));
    CHECK(iso_week_monday({2021, 1}) == ymd(2021, 1, 4));
    CHECK(iso_week_monday({2025, 1}) == ymd(2024, 12, 30));
    for (int y = 1990; y <= 2040; ++y) {
        for (int w = 1; w <= weeks_in_iso_year(y); ++w) {
            const Date monday = iso_week_monday({y, w});
            CHECK(monday.weekday() == Weekday::Monday);
            CHECK(monday.iso_week() == IsoWeek{y, w});
            CHECK((monday + Days{6}).iso_week() == IsoWeek{y, w});
        }
    }
}

TEST_CASE("add_months clamps the day to the end of the shorter month") {
    CHECK(add_months(ymd(2026, 1, 31), 1) == ymd(2026, 2, 28));
    CHECK(add_months(ymd(2024, 1, 31), 1) == ymd(2024, 2, 29));
    CHECK(add_months(ymd(2026, 3, 31), 1) == ymd(2026, 4, 30));
    CHECK(add_months(ymd(2026, 11, 15), 2) == ymd(2027, 1, 15));
    CHECK(add_months(ymd(2026, 1, 15), -1) == ymd(2025, 12, 15));
    CHECK(add_months(ymd(2024, 2, 29), 12) == ymd(2025, 2, 28));
    CHECK(add_months(ymd(2026, 5, 10), 0) == ymd(2026, 5, 10));
    CHECK(add_months(ymd(2026, 5, 10), -29) == ymd(2023, 12, 10));
}

TEST_CASE("last_weekday_of_month finds the summer-time Sundays") {
    CHECK(last_weekday_of_month(2026, 3, Weekday::Sunday) == ymd(2026, 3, 29));
    CHECK(last_weekday_of_month(2026, 10, Weekday::Sunday) == ymd(2026, 10, 25));
    CHECK(last_weekday_of_month(2027, 10, Weekday::Sunday) == ymd(2027, 10, 31));
    CHECK(last_weekday_of_month(2024, 3, Weekday::Sunday) == ymd(2024, 3, 31));
    CHECK(last_weekday_of_month(2026, 2, Weekday::Saturday) == ymd(2026, 2, 28));
    CHECK(last_weekday_of_month(2026, 2, Weekday::Friday) == ymd(2026, 2, 27));
}

TEST_CASE("Date::parse accepts exactly YYYY-MM-DD of a real day") {
    CHECK(Date::parse("2026-01-01") == ymd(2026, 1, 1));
    CHECK(Date::parse("2024-02-29") == ymd(2024, 2, 29));
    CHECK(Date::parse("0001-01-01") == ymd(1, 1, 1));
    CHECK(Date::parse("9999-12-31") == ymd(9999, 12, 31));
    CHECK(ymd(2026, 3, 9).str() == "2026-03-09");
    CHECK(ymd(12, 3, 9).str() == "0012-03-09");
}

TEST_CASE("Date::parse rejects everything else") {
    for (const char* bad : {"2026-13-01", "2026-02-29", "2026-2-01", " 2026-01-01", "2026-01-01 ",
                            "2026-00-10", "2026-01-00", "2026-04-31", "0000-01-01", "+026-01-01",
                            "2026/01/01", "20260101", "2026-01-1", "2026-01-0a", "", "2026-01-01T00:00",
                            "-2026-01-01", "2026-1-001"}) {
        INFO(bad);
        CHECK_FALSE(Date::parse(bad).has_value());
    }
}

TEST_CASE("LocalDateTime::parse accepts exactly YYYY-MM-DDTHH:MM") {
    CHECK(LocalDateTime::parse("2026-03-29T02:30") == at(2026, 3, 29, 2, 30));
    CHECK(LocalDateTime::parse("2026-12-31T23:59") == at(2026, 12, 31, 23, 59));
    CHECK(LocalDateTime::parse("2026-01-01T00:00") == at(2026, 1, 1, 0, 0));
    CHECK(at(2026, 5, 7, 8, 5).str() == "2026-05-07T08:05");
    for (const char* bad : {"2026-01-01T24:00", "2026-01-01T23:60", "2026-01-01 08:00", "2026-01-01T8:00",
                            "2026-01-01T08:00Z", "2026-01-01T08:00:00", "2026-02-29T08:00", "2026-01-01",
                            "2026-01-01t08:00", "2026-01-01T08-00", " 2026-01-01T08:00"}) {
        INFO(bad);
        CHECK_FALSE(LocalDateTime::parse(bad).has_value());
    }
}

TEST_CASE("wall minutes count days of 1440 minutes and go back to the same time") {
    const LocalDateTime t = at(2026, 3, 29, 22, 0);
    CHECK(LocalDateTime::from_wall_minutes(t.wall_minutes()) == t);
    CHECK(LocalDateTime::from_wall_minutes(t.wall_minutes() - 4 * 60) == at(2026, 3, 29, 18, 0));
    CHECK(LocalDateTime::from_wall_minutes(-1) == LocalDateTime{Date::from_days(-1), 1439});
    CHECK(t.hour() == 22);
    CHECK(at(2026, 1, 1, 7, 45).minute() == 45);
}

TEST_CASE("summer time runs from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC") {
    const auto utc = [](int y, int m, int d, int hh, int mm) {
        return UtcMinutes{int64_t(ymd(y, m, d).days()) * 1440 + hh * 60 + mm};
    };
    for (Zone z : {Zone::Oslo, Zone::Copenhagen}) {
        CHECK_FALSE(is_summer_time(utc(2026, 3, 29, 0, 59), z));
        CHECK(is_summer_time(utc(2026, 3, 29, 1, 0), z));
        CHECK(is_summer_time(utc(2026, 10, 25, 0, 59), z));
        CHECK_FALSE(is_summer_time(utc(2026, 10, 25, 1, 0), z));
        CHECK(utc_offset_minutes(utc(2026, 7, 1, 12, 0), z) == 120);
        CHECK(utc_offset_minutes(utc(2026, 1, 15, 12, 0), z) == 60);
        CHECK(utc_offset_minutes(utc(2026, 12, 31, 23, 30), z) == 60);
    }
}

TEST_CASE("02:00-02:59 does not exist on 29 March 2026 and happens twice on 25 October 2026") {
    for (Zone z : {Zone::Oslo, Zone::Copenhagen}) {
        CHECK(classify(at(2026, 3, 29, 1, 59), z) == LocalKind::Normal);
        CHECK(classify(at(2026, 3, 29, 2, 0), z) == LocalKind::Nonexistent);
        CHECK(classify(at(2026, 3, 29, 2, 59), z) == LocalKind::Nonexistent);
        CHECK(classify(at(2026, 3, 29, 3, 0), z) == LocalKind::Normal);
        CHECK(classify(at(2026, 10, 25, 1, 59), z) == LocalKind::Normal);
        CHECK(classify(at(2026, 10, 25, 2, 0), z) == LocalKind::Ambiguous);
        CHECK(classify(at(2026, 10, 25, 2, 59), z) == LocalKind::Ambiguous);
        CHECK(classify(at(2026, 10, 25, 3, 0), z) == LocalKind::Normal);
        CHECK(classify(at(2026, 3, 22, 2, 30), z) == LocalKind::Normal);  // a Sunday, but not the last
        CHECK(classify(at(2026, 10, 18, 2, 30), z) == LocalKind::Normal);
    }
}

TEST_CASE("to_utc around the spring change: a skipped time maps to the jump at 01:00 UTC") {
    const Zone z = Zone::Oslo;
    const int64_t day = int64_t(ymd(2026, 3, 29).days()) * 1440;
    CHECK(to_utc(at(2026, 3, 29, 1, 59), z) == UtcMinutes{day + 59});       // 00:59 UTC, CET
    CHECK(to_utc(at(2026, 3, 29, 2, 0), z) == UtcMinutes{day + 60});        // skipped
    CHECK(to_utc(at(2026, 3, 29, 2, 30), z) == UtcMinutes{day + 60});       // skipped
    CHECK(to_utc(at(2026, 3, 29, 3, 0), z) == UtcMinutes{day + 60});        // 01:00 UTC, CEST
    CHECK(to_utc(at(2026, 3, 29, 3, 1), z) == UtcMinutes{day + 61});
    CHECK(to_local(UtcMinutes{day + 59}, z) == at(2026, 3, 29, 1, 59));
    CHECK(to_local(UtcMinutes{day + 60}, z) == at(2026, 3, 29, 3, 0));
}

TEST_CASE("to_utc around the autumn change: a doubled time maps to its first, summer-time pass") {
    const Zone z = Zone::Copenhagen;
    const int64_t day = int64_t(ymd(2026, 10, 25).days()) * 1440;
    CHECK(to_utc(at(2026, 10, 25, 1, 59), z) == UtcMinutes{day - 1});       // 23:59 UTC the day before
    CHECK(to_utc(at(2026, 10, 25, 2, 0), z) == UtcMinutes{day});            // 00:00 UTC, CEST
    CHECK(to_utc(at(2026, 10, 25, 2, 59), z) == UtcMinutes{day + 59});
    CHECK(to_utc(at(2026, 10, 25, 3, 0), z) == UtcMinutes{day + 120});      // 02:00 UTC, CET
    // Both passes of 02:30 read back as 02:30.
    CHECK(to_local(UtcMinutes{day + 30}, z) == at(2026, 10, 25, 2, 30));
    CHECK(to_local(UtcMinutes{day + 90}, z) == at(2026, 10, 25, 2, 30));
    CHECK(to_local(UtcMinutes{day + 60}, z) == at(2026, 10, 25, 2, 0));     // the clock goes back
}

TEST_CASE("to_local(to_utc(t)) == t for every normal quarter hour of 2026") {
    int mismatches = 0;
    for (Date d = ymd(2026, 1, 1); d <= ymd(2026, 12, 31); d += Days{1}) {
        for (int m = 0; m < 1440; m += 15) {
            const LocalDateTime t{d, m};
            if (classify(t, Zone::Oslo) == LocalKind::Nonexistent) continue;
            if (to_local(to_utc(t, Zone::Oslo), Zone::Oslo) != t) {
                if (mismatches++ == 0) FAIL_CHECK("first mismatch at " << t.str());
            }
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("a 22:00-07:00 night lasts 8 h over 28-29 March 2026") {
    for (Zone z : {Zone::Oslo, Zone::Copenhagen})
        CHECK(elapsed(at(2026, 3, 28, 22, 0), at(2026, 3, 29, 7, 0), z) == hours(8));
}

TEST_CASE("a 22:00-07:00 night lasts 10 h over 24-25 October 2026") {
    for (Zone z : {Zone::Oslo, Zone::Copenhagen})
        CHECK(elapsed(at(2026, 10, 24, 22, 0), at(2026, 10, 25, 7, 0), z) == hours(10));
}

TEST_CASE("a 22:00-07:00 night lasts 9 h on an ordinary night, and elapsed is negative backwards") {
    const LocalDateTime a = at(2026, 6, 10, 22, 0);
    const LocalDateTime b = at(2026, 6, 11, 7, 0);
    CHECK(elapsed(a, b, Zone::Oslo) == hours(9));
    CHECK(elapsed(b, a, Zone::Oslo) == Minutes{-540});
    CHECK(elapsed(a, b, Zone::Oslo).hours() == doctest::Approx(9.0));
}

TEST_CASE("a shift across New Year in winter time lasts its wall-clock length") {
    CHECK(elapsed(at(2026, 12, 31, 20, 0), at(2027, 1, 1, 8, 0), Zone::Oslo) == hours(12));
}

TEST_CASE("a date is read as people type it: 30.11.2026, 1.2.2027, 2026-11-30") {
    const Date nov30 = Date::from_ymd(2026, 11, 30).value();
    CHECK(parse_date_input("2026-11-30") == nov30);
    CHECK(parse_date_input("30.11.2026") == nov30);
    CHECK(parse_date_input(" 30.11.2026 ") == nov30);
    CHECK(parse_date_input("30/11/2026") == nov30);
    CHECK(parse_date_input("30-11-2026") == nov30);
    CHECK(parse_date_input("1.2.2027") == Date::from_ymd(2027, 2, 1));
    CHECK(parse_date_input("29.2.2028") == Date::from_ymd(2028, 2, 29));
    CHECK_FALSE(parse_date_input("29.2.2027"));   // not a leap year
    CHECK_FALSE(parse_date_input("31.11.2026"));  // November has 30 days
    CHECK_FALSE(parse_date_input("30.11.26"));    // which century is unclear
    CHECK_FALSE(parse_date_input("30.11-2026"));  // mixed separators
    CHECK_FALSE(parse_date_input("130.11.2026"));
    CHECK_FALSE(parse_date_input("30.11.2026.1"));
    CHECK_FALSE(parse_date_input("30..2026"));
    CHECK_FALSE(parse_date_input(""));
    CHECK_FALSE(parse_date_input("i morgen"));
    CHECK_FALSE(parse_date_input("0.1.2026"));
    CHECK_FALSE(parse_date_input("1.1.0000"));
}

TEST_CASE("a date is written as the language writes it") {
    const Date d = Date::from_ymd(2027, 1, 5).value();
    CHECK(local_date(d, "nb") == "05.01.2027");
    CHECK(local_date(d, "da") == "05.01.2027");
    CHECK(local_date(d, "en") == "2027-01-05");
    for (int i = 0; i < 800; ++i) CHECK(parse_date_input(local_date(d + Days{i}, "nb")) == d + Days{i});
}
