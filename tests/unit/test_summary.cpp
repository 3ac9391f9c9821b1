// The key figures on Oversikt.
#include <doctest/doctest.h>

#include "support.h"

#include "core/summary.h"

using namespace bpa;
using namespace bpa::test;


TEST_CASE("the overview counts assistants employed on the day, live shifts, and the decision in force") {
    Document doc;
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    doc.arrangement.decisions = {{D("2026-01-01"), D("2026-06-30"), 37.5, "", Json::object()},
                                 {D("2026-07-01"), std::nullopt, 40, "", Json::object()}};
    Assistant a;
    a.id = "a1"; a.employed_from = D("2025-01-01");
    Assistant b = a;
    b.id = "a2"; b.employed_to = D("2026-03-01");
    Assistant c = a;
    c.id = "a3"; c.employed_from = D("2026-03-03");
    doc.assistants = {a, b, c};
    Shift s;
    s.id = "s1"; s.assistant = "a1";
    Shift cancelled = s;
    cancelled.id = "s2"; cancelled.status = ShiftStatus::Cancelled;
    doc.shifts = {s, cancelled};

    Summary on_2 = summarize(doc, D("2026-03-02"));
    CHECK(on_2.decided_hours_per_week == 37.5);
    CHECK(on_2.assistants_employed == 1);  // a2 left on the 1st, a3 starts on the 3rd
    CHECK(on_2.assistants_total == 3);
    CHECK(on_2.shifts == 1);
    CHECK(summarize(doc, D("2026-03-01")).assistants_employed == 2);
    CHECK(summarize(doc, D("2026-07-01")).decided_hours_per_week == 40);
    CHECK_FALSE(summarize(doc, D("2025-12-31")).decided_hours_per_week);
}

TEST_CASE("the next holidays start on the day itself and run into the next year") {
    Document doc;
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    Summary s = summarize(doc, D("2026-12-25"), 4);
    REQUIRE(s.next_holidays.size() == 4);
    CHECK(s.next_holidays[0].date == D("2026-12-25"));
    CHECK(s.next_holidays[1].date == D("2026-12-26"));
    CHECK(s.next_holidays[2].date == D("2027-01-01"));
    CHECK(s.next_holidays[3].key == "maundy_thursday");
}
