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

TEST_CASE("attention: an upcoming decision, errors this week and next, open shifts from today, timesheets waiting") {
    Document doc;
    doc.arrangement.decisions = {{bpa::test::D("2026-12-02"), std::nullopt, 40, "", Json::object()}};
    bpa::test::employ(doc, "a1", "Kari", "2026-01-01");
    bpa::test::employ(doc, "a2", "Ola", "2026-01-01");
    // Monday 30 November 2026. An absence 29 Nov - 2 Dec: the shift of the 29th is over, those of 1 and 2 Dec are open.
    bpa::test::add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-11-29", "2026-12-02");
    for (const char* day : {"2026-11-29", "2026-12-01", "2026-12-02"}) {
        std::string s = day;
        doc.shifts.push_back(bpa::test::shift(("s" + s).c_str(), "a1", (s + "T08:00").c_str(), (s + "T12:00").c_str()));
    }
    doc.extra["timesheets"] = Json::array({
        {{"assistant", "a1"}, {"from", "2026-11-01"}, {"to", "2026-11-30"}, {"status", "signed"}, {"history", Json::array()}},
        {{"assistant", "a2"}, {"from", "2026-11-01"}, {"to", "2026-11-30"}, {"status", "draft"}, {"history", Json::array()}},
    });
    std::vector<Violation> v(4);
    v[0].at = bpa::test::T("2026-11-29T08:00");  // Sunday of last week: not counted
    v[1].at = bpa::test::T("2026-11-30T08:00");  // Monday: counted
    v[2].at = bpa::test::T("2026-12-13T23:00");  // Sunday next week: counted
    v[3].at = bpa::test::T("2026-12-14T00:00");  // the week after: not counted
    std::vector<Violation> warnings = v;
    for (auto& w : warnings) w.severity = Severity::Warning;
    v.insert(v.end(), warnings.begin(), warnings.end());  // warnings never count

    const Attention a = attention(doc, bpa::test::D("2026-11-30"), v);
    REQUIRE(a.next_decision.has_value());
    CHECK(a.next_decision->from == bpa::test::D("2026-12-02"));
    CHECK(a.errors_this_and_next_week == 2);
    CHECK(a.open_shifts == 2);
    CHECK(a.timesheets_waiting == 1);
    // With the decision in force, none is "next".
    CHECK_FALSE(attention(doc, bpa::test::D("2026-12-02"), {}).next_decision.has_value());
}
