// Shifts as the user makes them in the plan: refused when impossible.
#include <doctest/doctest.h>

#include "support.h"

#include "core/commands.h"

using namespace bpa;
using namespace bpa::test;


static Document one_assistant() {
    Document doc;
    employ(doc, "a1", "Ola", "2026-03-01").employed_to = D("2026-06-30");
    return doc;
}

TEST_CASE("a shift whose end is at or before its start is refused") {
    Document doc = one_assistant();
    Shift s = shift_on(D("2026-03-02"), TimeOfDay(8 * 60), TimeOfDay(16 * 60));
    s.assistant = "a1";
    CHECK(validate_shift(doc, s) == Refusal::None);
    s.end = s.start;
    CHECK(validate_shift(doc, s) == Refusal::ZeroLength);
    s.end = {D("2026-03-02"), 7 * 60};
    CHECK(validate_shift(doc, s) == Refusal::EndBeforeStart);
}

TEST_CASE("a shift of an assistant who is not employed that day is refused") {
    Document doc = one_assistant();
    Shift s = shift_on(D("2026-02-28"), TimeOfDay(8 * 60), TimeOfDay(12 * 60));
    s.assistant = "a1";
    CHECK(validate_shift(doc, s) == Refusal::NotEmployed);
    s = shift_on(D("2026-06-30"), TimeOfDay(22 * 60), TimeOfDay(7 * 60));  // the last day's night is fine
    s.assistant = "a1";
    CHECK(validate_shift(doc, s) == Refusal::None);
    s = shift_on(D("2026-07-01"), TimeOfDay(8 * 60), TimeOfDay(12 * 60));
    s.assistant = "a1";
    CHECK(validate_shift(doc, s) == Refusal::NotEmployed);
    s.assistant = "a9";
    CHECK(validate_shift(doc, s) == Refusal::UnknownAssistant);
}

TEST_CASE("a shift starting in the hour skipped by summer time is refused; over 48 h too") {
    Document doc = one_assistant();
    Shift s = shift_on(D("2026-03-29"), TimeOfDay(2 * 60 + 30), TimeOfDay(8 * 60));
    s.assistant = "a1";
    CHECK(validate_shift(doc, s) == Refusal::NonexistentTime);
    s = shift_on(D("2026-03-02"), TimeOfDay(8 * 60), TimeOfDay(9 * 60));
    s.end = {D("2026-03-04"), 9 * 60};
    s.assistant = "a1";
    CHECK(validate_shift(doc, s) == Refusal::TooLong);
}

TEST_CASE("a shift ending at or before its start time ends the next day") {
    Shift night = shift_on(D("2026-03-02"), TimeOfDay(22 * 60), TimeOfDay(7 * 60));
    CHECK(night.end.date == D("2026-03-03"));
    CHECK(night.end.minute_of_day == 7 * 60);
    Shift to_midnight = shift_on(D("2026-03-02"), TimeOfDay(16 * 60), TimeOfDay(1440));
    CHECK(to_midnight.end.date == D("2026-03-03"));
    CHECK(to_midnight.end.minute_of_day == 0);
    Shift day = shift_on(D("2026-03-02"), TimeOfDay(8 * 60), TimeOfDay(16 * 60));
    CHECK(day.end.date == D("2026-03-02"));
}

TEST_CASE("times are read as HH:MM, H:MM or HHMM") {
    CHECK(TimeOfDay::parse("07:30") == TimeOfDay(450));
    CHECK(TimeOfDay::parse("7:30") == TimeOfDay(450));
    CHECK(TimeOfDay::parse("0730") == TimeOfDay(450));
    CHECK(TimeOfDay::parse("7.30") == TimeOfDay(450));
    CHECK(TimeOfDay::parse("23:59") == TimeOfDay(1439));
    CHECK_FALSE(TimeOfDay::parse("24:00"));
    CHECK(TimeOfDay::parse("24:00", true) == TimeOfDay(1440));
    CHECK_FALSE(TimeOfDay::parse("12:60"));
    CHECK_FALSE(TimeOfDay::parse("7"));
    CHECK_FALSE(TimeOfDay::parse(""));
    CHECK_FALSE(TimeOfDay::parse("ab:cd"));
    CHECK(TimeOfDay(450).str() == "07:30");
}

TEST_CASE("the file format reads times as exactly HH:MM") {
    CHECK(TimeOfDay::parse_exact("07:30") == TimeOfDay(450));
    CHECK(TimeOfDay::parse_exact("00:00") == TimeOfDay(0));
    CHECK(TimeOfDay::parse_exact("24:00", true) == TimeOfDay(1440));
    CHECK_FALSE(TimeOfDay::parse_exact("24:00"));
    CHECK_FALSE(TimeOfDay::parse_exact("7:30"));
    CHECK_FALSE(TimeOfDay::parse_exact("0730"));
    CHECK_FALSE(TimeOfDay::parse_exact("07.30"));
    CHECK_FALSE(TimeOfDay::parse_exact("07:60"));
    CHECK_FALSE(TimeOfDay::parse_exact("24:01", true));
    CHECK_FALSE(TimeOfDay::parse_exact("+7:30"));
}

TEST_CASE("a span's wall length: an end at or before the start is on the next day") {
    CHECK(wall_length(TimeOfDay(8 * 60), TimeOfDay(16 * 60)) == Minutes{8 * 60});
    CHECK(wall_length(TimeOfDay(22 * 60), TimeOfDay(7 * 60)) == Minutes{9 * 60});
    CHECK(wall_length(TimeOfDay(8 * 60), TimeOfDay(8 * 60)) == Minutes{24 * 60});
    CHECK(wall_length(TimeOfDay(0), TimeOfDay(1440)) == Minutes{24 * 60});
    CHECK(wall_length(TimeOfDay(22 * 60), TimeOfDay(1440)) == Minutes{2 * 60});
}

TEST_CASE("a shift's end time: midnight after the start is 24:00") {
    CHECK(end_time(shift_on(D("2026-03-02"), TimeOfDay(16 * 60), TimeOfDay(1440))) == TimeOfDay(1440));
    CHECK(end_time(shift_on(D("2026-03-02"), TimeOfDay(22 * 60), TimeOfDay(7 * 60))) == TimeOfDay(7 * 60));
    CHECK(end_time(shift_on(D("2026-03-02"), TimeOfDay(8 * 60), TimeOfDay(16 * 60))) == TimeOfDay(16 * 60));
}
