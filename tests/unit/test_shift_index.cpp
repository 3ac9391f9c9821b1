// The work plan's index of shifts by start: a query for some days gives
// exactly the shifts with time in them (a night from the day before too,
// cancelled ones not), the same as a scan of every shift.
#include <doctest/doctest.h>

#include "support.h"

#include <random>

#include "core/shift_index.h"

using namespace bpa;

namespace {

Shift shift_at(std::string id, Date d, int from_minute, int minutes, ShiftStatus status = ShiftStatus::Planned) {
    Shift s;
    s.id = std::move(id);
    s.assistant = "a1";
    s.start = LocalDateTime{d, from_minute};
    s.end = LocalDateTime::from_wall_minutes(s.start.wall_minutes() + minutes);
    s.status = status;
    return s;
}

std::vector<std::string> ids(const std::vector<const Shift*>& v) {
    std::vector<std::string> out;
    for (const Shift* s : v) out.push_back(s->id);
    return out;
}

}  // namespace

TEST_CASE("the shifts of a week: a night from the Sunday before reaches in, one ending at the week's start does not") {
    const Date monday = *Date::from_ymd(2026, 3, 2);
    Document doc;
    doc.shifts = {shift_at("late", monday + Days{7}, 8 * 60, 60),
                  shift_at("night", monday - Days{1}, 22 * 60, 9 * 60),
                  shift_at("ends_at_start", monday - Days{1}, 16 * 60, 8 * 60),
                  shift_at("cancelled", monday, 8 * 60, 60, ShiftStatus::Cancelled),
                  shift_at("tuesday", monday + Days{1}, 7 * 60, 8 * 60),
                  shift_at("monday", monday, 7 * 60, 8 * 60)};
    const ShiftIndex index(doc);
    CHECK(index.size() == 5);
    const int64_t from = LocalDateTime{monday, 0}.wall_minutes();
    CHECK(ids(index.overlapping(from, from + 7 * 1440)) == std::vector<std::string>{"night", "monday", "tuesday"});
    CHECK(ids(index.overlapping(from + 7 * 1440, from + 8 * 1440)) == std::vector<std::string>{"late"});
    CHECK(index.overlapping(from + 30 * 1440, from + 31 * 1440).empty());
}

TEST_CASE("the index finds what a scan of every shift finds, for random shifts and periods") {
    std::mt19937 rng(18);
    const Date base = *Date::from_ymd(2026, 1, 1);
    Document doc;
    for (int i = 0; i < 2000; ++i) {
        const int minutes = std::uniform_int_distribution<int>(15, 3 * 1440)(rng);  // up to three days
        doc.shifts.push_back(shift_at("s" + std::to_string(i), base + Days{std::uniform_int_distribution<int>(0, 364)(rng)},
                                      std::uniform_int_distribution<int>(0, 95)(rng) * 15, minutes,
                                      i % 17 == 0 ? ShiftStatus::Cancelled : ShiftStatus::Planned));
    }
    const ShiftIndex index(doc);
    for (int q = 0; q < 200; ++q) {
        const int64_t from = LocalDateTime{base + Days{std::uniform_int_distribution<int>(-5, 370)(rng)}, 0}.wall_minutes();
        const int64_t to = from + std::uniform_int_distribution<int>(1, 28)(rng) * 1440;
        std::vector<std::string> scan;
        for (const Shift& s : doc.shifts)
            if (s.status != ShiftStatus::Cancelled && s.end.wall_minutes() > from && s.start.wall_minutes() < to)
                scan.push_back(s.id);
        auto found = ids(index.overlapping(from, to));
        std::sort(scan.begin(), scan.end());
        std::sort(found.begin(), found.end());
        CHECK(found == scan);
    }
}

TEST_CASE("a shift of centuries is found on every day it covers, in order of start among the others") {
    Document doc;
    const Date monday = *Date::from_ymd(2026, 3, 2);
    doc.shifts.push_back(shift_at("before", monday, 6 * 60, 4 * 60));
    doc.shifts.push_back(shift_at("long", monday, 8 * 60, 2931 * 365 * 1440));
    doc.shifts.push_back(shift_at("same_start", monday, 8 * 60, 60));
    doc.shifts.push_back(shift_at("after", monday + Days{1}, 8 * 60, 60));
    const ShiftIndex index(doc);
    CHECK(index.size() == 4);
    const int64_t day = LocalDateTime{monday, 0}.wall_minutes();
    CHECK(ids(index.overlapping(day, day + 2 * 1440)) == std::vector<std::string>{"before", "long", "same_start", "after"});
    const int64_t later = LocalDateTime{*Date::from_ymd(3000, 6, 1), 0}.wall_minutes();
    CHECK(ids(index.overlapping(later, later + 1440)) == std::vector<std::string>{"long"});
    CHECK(ids(index.overlapping(day - 1440, day)).empty());
}
