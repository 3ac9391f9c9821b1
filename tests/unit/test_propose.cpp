// The work-plan proposal (propose.h): what it must always keep (no new error,
// employment, absence, locked timesheets, wishes), what it must reach (full
// cover where the team can cover the need, honest uncovered minutes where it
// cannot), and that the same seed gives the same plan.
//
// [SECTION] Helpers
// [SECTION] Cover
// [SECTION] Hard constraints
// [SECTION] Kinds of need
// [SECTION] Denmark
// [SECTION] Determinism and slicing
// [SECTION] Property: random needs and teams
#include <doctest/doctest.h>

#include "support.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/hours.h"
#include "core/plan.h"
#include "core/propose.h"
#include "core/rules/rules.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// [SECTION] Helpers ---------------------------------------------------------------

Document team(int assistants, Jurisdiction j = Jurisdiction::NO, double contract = 20) {
    Document d;
    d.arrangement.name = "Test";
    d.arrangement.jurisdiction = j;
    for (int i = 1; i <= assistants; ++i) {
        Assistant a;
        a.id = "a" + std::to_string(i);
        a.name = "Assistant " + std::to_string(i);
        a.birth_date = D("1990-05-05");
        a.employed_from = D("2025-01-01");
        a.contract_hours_per_week = contract;
        d.assistants.push_back(a);
    }
    return d;
}

NeedBlock block(int weekday, int from, int to, int assistants = 1, bool passive = false) {
    NeedBlock b;
    b.weekday = static_cast<Weekday>(weekday);
    b.from = TimeOfDay(from);
    b.to = TimeOfDay(to);
    b.assistants = assistants;
    b.passive_night = passive;
    return b;
}

void set_need(Document& d, const std::vector<NeedBlock>& need) {
    PlanData plan = read_plan(d);
    plan.need = need;
    write_plan(d, plan);
}

std::vector<NeedBlock> every_day(int from, int to, int assistants = 1, bool passive = false) {
    std::vector<NeedBlock> out;
    for (int w = 1; w <= 7; ++w) out.push_back(block(w, from, to, assistants, passive));
    return out;
}

Proposal run(const Document& d, const char* from, int weeks, uint64_t seed = 1, int64_t iterations = -1) {
    ProposeOptions o;
    o.from = D(from);
    o.weeks = weeks;
    o.seed = seed;
    o.max_iterations = iterations;
    return propose(d, o);
}

using ErrorKey = std::tuple<std::string, std::string, std::string>;  // rule, assistant, at

std::set<ErrorKey> error_keys(const std::vector<Violation>& vs) {
    std::set<ErrorKey> out;
    for (const Violation& v : vs)
        if (v.severity == Severity::Error) out.insert({v.rule, v.assistant, v.at.str()});
    return out;
}

// The proposal adds no error: none names a proposed shift, and none is new.
void check_no_new_error(const Document& d, const Proposal& p) {
    const std::set<ErrorKey> before = error_keys(check(d));
    std::set<std::string> proposed;
    for (const Shift& s : p.shifts) proposed.insert(s.id);
    for (const Violation& v : check(with_proposal(d, p))) {
        if (v.severity != Severity::Error) continue;
        for (const std::string& id : v.shifts) CHECK_MESSAGE(!proposed.count(id), v.rule << " " << v.message);
        CHECK_MESSAGE(before.count({v.rule, v.assistant, v.at.str()}), "new error " << v.rule << ": " << v.message);
    }
}

// Assistant-minutes of need missing in the period, as the plan's coverage counts them.
int64_t missing(const Document& d, const char* from, int weeks) {
    const Coverage c = coverage(d, read_plan(d).need, D(from), D(from) + Days{7 * weeks - 1});
    int64_t m = 0;
    for (const CoverageDay& day : c.days) m += day.missing.count;
    return m;
}

// True when the shift holds the wall-clock time `minute` of some day.
bool holds(const Shift& s, int minute) {
    const int64_t t0 = s.start.wall_minutes(), t1 = s.end.wall_minutes();
    for (int64_t day = t0 / 1440; day * 1440 < t1; ++day)
        if (t0 <= day * 1440 + minute && day * 1440 + minute < t1) return true;
    return false;
}

Minutes length(const Shift& s, Zone z) { return elapsed(s.start, s.end, z); }

}  // namespace

// [SECTION] Cover -----------------------------------------------------------------------
TEST_CASE("ten assistants cover a Norwegian round-the-clock need for 4 weeks without an error") {
    Document d = team(10, Jurisdiction::NO, 17);
    set_need(d, every_day(0, 1440));
    const Proposal p = run(d, "2026-03-02", 4);
    CHECK(p.uncovered_minutes == 0);
    CHECK(missing(with_proposal(d, p), "2026-03-02", 4) == 0);
    CHECK(p.dropped_by_check == 0);
    CHECK(error_keys(check(with_proposal(d, p))).empty());
    for (const Shift& s : p.shifts) {
        CHECK(length(s, Zone::Oslo) <= hours(9));  // AML § 10-4 (1): 9 h in 24 h
        if (length(s, Zone::Oslo) >= hours(8)) CHECK(s.break_minutes >= 30);  // AML § 10-9 (1)
    }
    REQUIRE(p.assistants.size() == 10);
    for (const ProposedHours& h : p.assistants) CHECK(std::abs(h.hours - 16.8) < 3.0);
}

TEST_CASE("a day need is cut into whole shifts, not fragments") {
    Document d = team(4, Jurisdiction::NO, 24.5);
    set_need(d, every_day(hm(8), hm(22)));
    const Proposal p = run(d, "2026-03-02", 2);
    CHECK(p.uncovered_minutes == 0);
    CHECK(p.shifts.size() == 28);  // two shifts a day of 7 h
    for (const Shift& s : p.shifts) CHECK(length(s, Zone::Oslo) == hours(7));
    for (const ProposedHours& h : p.assistants) CHECK(h.hours == doctest::Approx(24.5).epsilon(0.15));
}

TEST_CASE("too few assistants leave honest uncovered minutes, and each keeps 40 h a week") {
    Document d = team(2, Jurisdiction::NO, 37.5);
    set_need(d, every_day(0, 1440));
    const Proposal p = run(d, "2026-03-02", 1);
    CHECK(p.uncovered_minutes > 0);
    CHECK(p.uncovered_minutes == missing(with_proposal(d, p), "2026-03-02", 1));
    CHECK(p.uncovered_minutes < 7 * 1440);
    check_no_new_error(d, p);
    for (const ProposedHours& h : p.assistants) CHECK(h.hours <= 40.0);
}

TEST_CASE("a file without a need gets no shifts and no uncovered minutes") {
    Document d = team(3);
    const Proposal p = run(d, "2026-03-02", 2);
    CHECK(p.shifts.empty());
    CHECK(p.uncovered_minutes == 0);
    CHECK(p.assistants.size() == 3);
}

TEST_CASE("only the assistants chosen get shifts; the others' shifts still count as cover") {
    Document d = team(3, Jurisdiction::NO, 20);
    set_need(d, {block(1, hm(8), hm(16)), block(2, hm(8), hm(16)), block(3, hm(8), hm(16))});
    d.shifts.push_back(shift("s1", "a3", "2026-03-02T08:00", "2026-03-02T16:00", 30));
    ProposeOptions o;
    o.from = D("2026-03-02");
    o.weeks = 1;
    o.assistants = {"a2"};
    const Proposal p = propose(d, o);
    REQUIRE(p.shifts.size() == 2);
    for (const Shift& s : p.shifts) CHECK(s.assistant == "a2");
    CHECK(p.uncovered_minutes == 0);
    REQUIRE(p.assistants.size() == 1);
    CHECK(p.assistants[0].assistant == "a2");
}

TEST_CASE("what is not covered is listed by day with how many are missing and why") {
    // One assistant, a need of 8-16 every weekday, away on vacation Wednesday to Friday.
    Document d = team(1, Jurisdiction::NO, 37.5);
    set_need(d, {block(1, hm(8), hm(16)), block(2, hm(8), hm(16), 2), block(3, hm(8), hm(16)), block(4, hm(8), hm(16)),
                 block(5, hm(8), hm(16))});
    add_absence(d, "a1", AbsenceType::Vacation, "2026-03-04", "2026-03-06");

    const Proposal p = run(d, "2026-03-02", 1);
    int64_t sum = 0;
    for (const UncoveredSpan& u : p.uncovered) sum += u.minutes;
    CHECK(sum == p.uncovered_minutes);
    CHECK(p.uncovered_minutes == missing(with_proposal(d, p), "2026-03-02", 1));
    REQUIRE(p.uncovered.size() == 4);  // Tuesday's second assistant, Wednesday, Thursday, Friday
    CHECK(p.uncovered[0].start == T("2026-03-03T08:00"));
    CHECK(p.uncovered[0].end == T("2026-03-03T16:00"));
    CHECK(p.uncovered[0].missing == 1);
    CHECK(p.uncovered[0].minutes == 8 * 60);
    CHECK(p.uncovered[0].why == UncoveredSpan::Why::Rules);  // she is there; one person cannot be two
    CHECK(p.uncovered[0].available == 1);
    for (int i = 1; i <= 3; ++i) {
        CHECK(p.uncovered[size_t(i)].missing == 1);
        CHECK(p.uncovered[size_t(i)].why == UncoveredSpan::Why::Absence);
        CHECK(p.uncovered[size_t(i)].absent == std::vector<std::string>{"a1"});
    }
    CHECK(p.uncovered[3].start.date == D("2026-03-06"));
}

TEST_CASE("a night without cover is listed as two stretches, one on each day") {
    Document d = team(1, Jurisdiction::NO, 37.5);
    d.assistants[0].employed_to = D("2026-03-01");  // nobody employed in the period
    set_need(d, {block(1, hm(22), hm(6))});
    const Proposal p = run(d, "2026-03-02", 1);
    REQUIRE(p.uncovered.size() == 2);
    CHECK(p.uncovered[0].start == T("2026-03-02T22:00"));
    CHECK(p.uncovered[0].end == T("2026-03-03T00:00"));
    CHECK(p.uncovered[1].start == T("2026-03-03T00:00"));
    CHECK(p.uncovered[1].end == T("2026-03-03T06:00"));
    for (const UncoveredSpan& u : p.uncovered) {
        CHECK(u.why == UncoveredSpan::Why::NobodyAvailable);
        CHECK(u.available == 0);
    }
    CHECK(p.uncovered_minutes == 8 * 60);
}

// [SECTION] Hard constraints ----------------------------------------------------------------
TEST_CASE("absences and the file's own shifts are respected, and the file's shifts count as cover") {
    Document d = team(3, Jurisdiction::NO, 20);
    set_need(d, {block(1, hm(8), hm(16)), block(2, hm(8), hm(16)), block(3, hm(8), hm(16)), block(4, hm(8), hm(16)),
                 block(5, hm(8), hm(16))});
    Absence ab;
    ab.id = "f1";
    ab.assistant = "a1";
    ab.type = AbsenceType::Vacation;
    ab.from = D("2026-03-02");
    ab.to = D("2026-03-08");
    d.absences.push_back(ab);
    d.shifts.push_back(shift("s1", "a2", "2026-03-02T08:00", "2026-03-02T16:00", 30));

    const Proposal p = run(d, "2026-03-02", 1);
    CHECK(p.uncovered_minutes == 0);
    for (const Shift& s : p.shifts) {
        CHECK(s.assistant != "a1");
        CHECK(s.start.date != D("2026-03-02"));  // Monday is covered by the file
        CHECK(s.id != "s1");
    }
    CHECK(p.shifts.size() == 4);
    check_no_new_error(d, p);
}

TEST_CASE("no shift outside employment, in a locked timesheet or on an unavailable weekday") {
    Document d = team(4, Jurisdiction::NO, 20);
    set_need(d, every_day(hm(8), hm(16)));
    d.assistants[0].employed_to = D("2026-03-04");
    d.assistants[1].employed_from = D("2026-03-12");
    d.assistants[2].extra["unavailable_weekdays"] = Json::array({6, 7});
    TimesheetRecord sheet;
    sheet.assistant = "a4";
    sheet.from = D("2026-03-01");
    sheet.to = D("2026-03-10");
    sheet.status = TimesheetStatus::Approved;
    write_timesheets(d, {sheet});

    const Proposal p = run(d, "2026-03-02", 2);
    for (const Shift& s : p.shifts) {
        if (s.assistant == "a1") CHECK(s.start.date <= D("2026-03-04"));
        if (s.assistant == "a2") CHECK(s.start.date >= D("2026-03-12"));
        if (s.assistant == "a3") CHECK(int(s.start.date.weekday()) < 6);
        if (s.assistant == "a4") CHECK_FALSE(locked(d, "a4", s.start.date));
    }
    CHECK(p.uncovered_minutes == missing(with_proposal(d, p), "2026-03-02", 2));
    check_no_new_error(d, p);
}

TEST_CASE("a file that already breaks a rule gets no new error from the proposal") {
    Document d = team(3, Jurisdiction::NO, 20);
    set_need(d, every_day(hm(7), hm(23)));
    // a1 works 10 h on Tuesday: daily_hours and break already broken in the file.
    d.shifts.push_back(shift("s1", "a1", "2026-03-03T07:00", "2026-03-03T17:00"));
    const Proposal p = run(d, "2026-03-02", 2);
    check_no_new_error(d, p);
    CHECK(p.uncovered_minutes == missing(with_proposal(d, p), "2026-03-02", 2));
}

// [SECTION] Kinds of need -----------------------------------------------------------------
TEST_CASE("double staffing gets two different assistants at once") {
    Document d = team(6, Jurisdiction::NO, 20);
    set_need(d, every_day(hm(8), hm(16), 2));
    const Proposal p = run(d, "2026-03-02", 2);
    CHECK(p.uncovered_minutes == 0);
    CHECK(missing(with_proposal(d, p), "2026-03-02", 2) == 0);
    std::map<std::string, std::set<std::string>> who;  // by start
    for (const Shift& s : p.shifts) who[s.start.str()].insert(s.assistant);
    for (const auto& [start, people] : who) CHECK(people.size() == 2);
    check_no_new_error(d, p);
}

TEST_CASE("a passive night need is proposed as passive night shifts") {
    Document d = team(10, Jurisdiction::NO, 17);
    std::vector<NeedBlock> need = every_day(hm(8), hm(22));
    for (const NeedBlock& b : every_day(hm(22), hm(8), 1, true)) need.push_back(b);
    set_need(d, need);
    const Proposal p = run(d, "2026-03-02", 2);
    CHECK(p.uncovered_minutes == 0);
    int passive = 0;
    for (const Shift& s : p.shifts) {
        if (holds(s, hm(3))) {
            CHECK(s.passive_night);
            ++passive;
        }
        if (holds(s, hm(12))) CHECK_FALSE(s.passive_night);
    }
    CHECK(passive >= 13);
    check_no_new_error(d, p);
}

// [SECTION] Denmark ----------------------------------------------------------------------------
TEST_CASE("Denmark: no 24-hour shift and at most 48 hours a week on average") {
    Document d = team(3, Jurisdiction::DK, 56);
    set_need(d, every_day(0, 1440));
    const Proposal p = run(d, "2026-03-02", 2);
    CHECK(p.uncovered_minutes == missing(with_proposal(d, p), "2026-03-02", 2));
    for (const Shift& s : p.shifts) CHECK(length(s, Zone::Copenhagen) < hours(24));
    for (const ProposedHours& h : p.assistants) CHECK(h.hours <= 48.0 + 1e-9);
    for (const Violation& v : check(with_proposal(d, p))) {
        CHECK(v.rule != "shift_24h");
        CHECK(v.rule != "average_weekly_hours");
    }
    check_no_new_error(d, p);
}

TEST_CASE("Denmark: an assistant under 18 gets no shift") {
    Document d = team(6, Jurisdiction::DK, 30);
    d.assistants[0].birth_date = D("2009-06-01");
    set_need(d, every_day(hm(7), hm(23)));
    const Proposal p = run(d, "2026-03-02", 2);
    CHECK(p.uncovered_minutes == 0);
    for (const Shift& s : p.shifts) CHECK(s.assistant != "a1");
    check_no_new_error(d, p);
}

// [SECTION] Determinism and slicing -------------------------------------------------------------
TEST_CASE("the same file and seed give the same plan, also when run in slices") {
    Document d = team(8, Jurisdiction::NO, 20);
    set_need(d, every_day(0, 1440));
    const Proposal a = run(d, "2026-03-02", 2, 7, 30000);
    const Proposal b = run(d, "2026-03-02", 2, 7, 30000);
    CHECK(a.shifts == b.shifts);

    ProposeOptions o;
    o.from = D("2026-03-02");
    o.weeks = 2;
    o.seed = 7;
    o.max_iterations = 30000;
    Proposer sliced(d, o);
    int slices = 0;
    while (!sliced.step(777)) {
        ++slices;
        CHECK(sliced.progress().fraction < 1.0);
    }
    CHECK(slices > 10);
    CHECK(sliced.progress().done);
    CHECK(sliced.result().shifts == a.shifts);
}

TEST_CASE("a cancelled proposer still gives a lawful plan") {
    Document d = team(8, Jurisdiction::NO, 20);
    set_need(d, every_day(0, 1440));
    ProposeOptions o;
    o.from = D("2026-03-02");
    o.weeks = 2;
    Proposer p(d, o);
    p.step(100);
    p.cancel();
    CHECK(p.progress().done);
    CHECK(p.step(100));
    const Proposal r = p.result();
    CHECK(r.uncovered_minutes == missing(with_proposal(d, r), "2026-03-02", 2));
    check_no_new_error(d, r);
}

// [SECTION] Property: random needs and teams ---------------------------------------------------
namespace {

struct Random {
    uint64_t s;
    uint32_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return uint32_t(s >> 33);
    }
    int below(int n) { return int(next() % uint32_t(n)); }
};

Document random_case(uint64_t seed, Date from, int weeks) {
    Random r{seed};
    const Jurisdiction j = r.below(2) ? Jurisdiction::DK : Jurisdiction::NO;
    Document d = team(1 + r.below(8), j, 0);
    for (Assistant& a : d.assistants) {
        a.contract_hours_per_week = double(r.below(8) * 5);
        if (r.below(5) == 0) a.employed_from = from + Days{r.below(7 * weeks)};
        if (r.below(6) == 0) a.employed_to = from + Days{r.below(7 * weeks)};
        if (r.below(8) == 0) a.birth_date = D("2010-01-01");
        if (r.below(5) == 0) a.extra["unavailable_weekdays"] = Json::array({1 + r.below(7)});
        if (r.below(5) == 0) a.extra["preferred_weekdays"] = Json::array({1 + r.below(7), 1 + r.below(7)});
        if (r.below(3) == 0) {
            Absence ab;
            ab.id = "f" + a.id;
            ab.assistant = a.id;
            ab.type = AbsenceType::Sykemelding;
            ab.from = from + Days{r.below(7 * weeks)};
            ab.to = ab.from + Days{r.below(6)};
            d.absences.push_back(ab);
        }
        if (r.below(3) == 0) {
            Shift s;
            s.id = "x" + a.id;
            s.assistant = a.id;
            s.start = LocalDateTime{from + Days{r.below(7 * weeks)}, hm(6 + r.below(14))};
            s.end = LocalDateTime::from_wall_minutes(s.start.wall_minutes() + 120 + 30 * r.below(20));
            s.break_minutes = r.below(2) * 30;
            d.shifts.push_back(s);
        }
    }
    if (j == Jurisdiction::NO && r.below(4) == 0) d.arrangement.rules["sunday_rule"] = "every_other";
    if (j == Jurisdiction::NO && r.below(4) == 0) d.arrangement.rules["daily_hours"] = 10;
    if (j == Jurisdiction::DK && r.below(4) == 0) d.arrangement.rules["allow_24h_shifts"] = true;

    std::vector<NeedBlock> need;
    switch (r.below(4)) {
        case 0: need = every_day(0, 1440); break;
        case 1: need = every_day(hm(7), hm(22)); break;
        case 2:
            need = every_day(hm(7), hm(22));
            for (const NeedBlock& b : every_day(hm(22), hm(7), 1, true)) need.push_back(b);
            break;
        default:
            for (int w = 1; w <= 7; ++w)
                if (r.below(3))
                    need.push_back(block(w, hm(6 + r.below(8)), hm(14 + r.below(10)), 1 + r.below(2), false));
    }
    if (r.below(3) == 0)
        for (const NeedBlock& b : every_day(hm(7), hm(10), 2)) need.push_back(b);
    set_need(d, need);
    return d;
}

}  // namespace

TEST_CASE("property: random needs and teams never get a new error, and uncovered minutes are honest") {
    std::vector<uint64_t> seeds;
    for (uint64_t k = 1; k <= 60; ++k) seeds.push_back(k * 7919);  // a fixed list
    const char* starts[] = {"2026-03-02", "2026-03-23", "2026-03-30", "2026-10-19", "2026-12-21"};
    for (uint64_t seed : seeds) {
        const Date from = D(starts[seed % 5]);
        const int weeks = 1 + int(seed % 3);
        const Document d = random_case(seed, from, weeks);
        CAPTURE(seed);
        const std::string from_text = from.str();
        const Proposal p = run(d, from_text.c_str(), weeks, seed, 20000);
        check_no_new_error(d, p);
        CHECK(p.dropped_by_check == 0);  // the search's own checks agree with check()
        const Document after = with_proposal(d, p);
        CHECK(p.uncovered_minutes == missing(after, from_text.c_str(), weeks));
        CHECK(p.uncovered_minutes <= missing(d, from_text.c_str(), weeks));
        for (const Shift& s : p.shifts) {
            const Assistant* a = d.find_assistant(s.assistant);
            REQUIRE(a);
            const Date last = s.end.minute_of_day == 0 ? s.end.date - Days{1} : s.end.date;
            CHECK(a->employed_on(s.start.date));
            CHECK(a->employed_on(last));
            for (const Absence& ab : d.absences)
                if (ab.assistant == a->id) CHECK((last < ab.from || s.start.date > ab.to));
            CHECK(s.start.date >= from);
            CHECK(s.end <= LocalDateTime{from + Days{7 * weeks}, 0});
        }
        CHECK(run(d, from_text.c_str(), weeks, seed, 20000).shifts == p.shifts);
    }
}
