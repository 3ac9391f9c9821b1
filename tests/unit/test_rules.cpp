// The rule engine (RULES.md, "Working time — Norway", "Working time — Denmark",
// "Both"): every rule at its boundary, in real elapsed time, with overrides.
//
// [SECTION] Helpers
// [SECTION] Catalog and texts
// [SECTION] Parameters
// [SECTION] Daily and weekly rest
// [SECTION] Summer time
// [SECTION] Hours per day, week and on average
// [SECTION] Breaks, short shifts and 24-hour shifts
// [SECTION] Sundays and public holidays
// [SECTION] The assistant: age, employment, absence, overlap
// [SECTION] Weeks against the decision
// [SECTION] check(): order, filter, messages
#include <doctest/doctest.h>

#include "support.h"
#include "core/rules/format.h"

#include <sstream>

#include <regex>

#include <fstream>

#include <filesystem>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/rules/compare.h"
#include "core/rules/rules.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// [SECTION] Helpers ------------------------------------------------------------
// A document built shift by shift: one assistant "a1" employed since 2020.
struct Plan {
    Document doc;
    int next_shift = 1;

    explicit Plan(Jurisdiction j = Jurisdiction::NO) {
        doc.arrangement.name = "Test";
        doc.arrangement.jurisdiction = j;
        person("a1");
    }

    Assistant& person(const std::string& id) {
        Assistant a;
        a.id = id;
        a.name = id;
        a.employed_from = D("2020-01-01");
        doc.assistants.push_back(a);
        return doc.assistants.back();
    }

    Assistant& a1() { return doc.assistants.front(); }

    // Adds a shift and returns its id ("s1", "s2", ...).
    std::string shift(const char* start, const char* end, int break_minutes = 0, const std::string& who = "a1",
                      ShiftStatus status = ShiftStatus::Planned) {
        Shift s;
        s.id = "s" + std::to_string(next_shift++);
        s.assistant = who;
        s.start = T(start);
        s.end = T(end);
        s.break_minutes = break_minutes;
        s.status = status;
        doc.shifts.push_back(s);
        return s.id;
    }

    void decision(const char* from, const char* to, double hours) {
        Decision d;
        d.from = D(from);
        if (to) d.to = D(to);
        d.hours_per_week = hours;
        doc.arrangement.decisions.push_back(d);
    }

    void absence(const std::string& who, const char* from, const char* to, AbsenceType type = AbsenceType::Vacation) {
        Absence a;
        a.id = "f" + std::to_string(doc.absences.size() + 1);
        a.assistant = who;
        a.type = type;
        a.from = D(from);
        a.to = D(to);
        doc.absences.push_back(a);
    }

    void set(const char* name, Json value) { doc.arrangement.rules[name] = std::move(value); }

    std::vector<Violation> of(std::string_view rule, const CheckOptions& options = {}) const {
        std::vector<Violation> out;
        for (auto& v : check(doc, options))
            if (v.rule == rule) out.push_back(v);
        return out;
    }
};

std::vector<std::string> ids(const std::vector<RuleInfo>& rules) {
    std::vector<std::string> out;
    for (const auto& r : rules) out.push_back(r.id);
    return out;
}


bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

// [SECTION] Catalog and texts ---------------------------------------------------
TEST_CASE("the Norwegian and Danish profiles hold the rules of RULES.md, law as errors and guidance as warnings") {
    CHECK(ids(rule_catalog(Jurisdiction::NO)) ==
          std::vector<std::string>{"daily_rest", "weekly_rest", "daily_hours", "weekly_hours", "break", "sunday_rest",
                                   "short_shift", "overlap", "shift_length", "outside_employment", "during_absence",
                                   "decision_hours", "flex_reserve", "related_share"});
    CHECK(ids(rule_catalog(Jurisdiction::DK)) ==
          std::vector<std::string>{"daily_rest", "weekly_rest", "average_weekly_hours", "break", "shift_24h",
                                   "under_18", "short_shift", "overlap", "shift_length", "outside_employment",
                                   "during_absence", "decision_hours", "flex_reserve", "related_share"});
    const std::set<std::string> warnings = {"short_shift", "decision_hours", "flex_reserve", "related_share"};
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (const auto& r : rule_catalog(j)) {
            INFO(to_string(j) << " " << r.id);
            CHECK(r.severity == (warnings.count(r.id) ? Severity::Warning : Severity::Error));
            CHECK(find_rule(j, r.id) == &r);
        }
    CHECK(find_rule(Jurisdiction::DK, "sunday_rest") == nullptr);
    CHECK(find_rule(Jurisdiction::NO, "under_18") == nullptr);
    CHECK(std::string(to_string(Severity::Error)) == "error");
    CHECK(std::string(to_string(Severity::Warning)) == "warning");
}

TEST_CASE("side by side: the rules only Denmark has and the rules only Norway has") {
    auto ids = [](const std::vector<const RuleInfo*>& rules) {
        std::vector<std::string> out;
        for (const RuleInfo* r : rules) out.push_back(r->id);
        return out;
    };
    // RULES.md: DK's 48 h on average over 4 months, no 24-hour shifts, no helper under 18;
    // NO's 9 h a day, 40 h a week and the Sunday rest (AML 10-4, 10-10).
    CHECK(ids(rules_only_in(Jurisdiction::DK, Jurisdiction::NO)) ==
          std::vector<std::string>{"average_weekly_hours", "shift_24h", "under_18"});
    CHECK(ids(rules_only_in(Jurisdiction::NO, Jurisdiction::DK)) ==
          std::vector<std::string>{"daily_hours", "weekly_hours", "sunday_rest"});
    CHECK(rules_only_in(Jurisdiction::NO, Jurisdiction::NO).empty());
    // Every rule of a country is either in the other's catalog or in this list.
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        const Jurisdiction other = j == Jurisdiction::NO ? Jurisdiction::DK : Jurisdiction::NO;
        const auto only = rules_only_in(j, other);
        for (const RuleInfo& r : rule_catalog(j))
            CHECK((find_rule(other, r.id) != nullptr) != (std::find(only.begin(), only.end(), &r) != only.end()));
    }
}

TEST_CASE("every rule has a source, a title, an explanation and a message in nb, da and en with the same placeholders") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK})
        for (const auto& r : rule_catalog(j)) {
            INFO(to_string(j) << " " << r.id);
            CHECK_FALSE(r.source.empty());
            std::vector<const RuleText*> texts = {&r.title, &r.explanation, &r.message};
            for (const auto& [variant, text] : r.messages) texts.push_back(&text);
            for (const RuleText* t : texts) {
                CHECK_FALSE(t->nb.empty());
                CHECK_FALSE(t->da.empty());
                CHECK_FALSE(t->en.empty());
                CHECK(placeholders(t->nb) == placeholders(t->en));
                CHECK(placeholders(t->da) == placeholders(t->en));
            }
            // Explanations name only the rule's own parameters.
            std::set<std::string> names;
            for (const auto& p : r.params) names.insert(p.name);
            for (const auto& name : placeholders(r.explanation.en)) CHECK_MESSAGE(names.count(name), name);
            for (const auto& p : r.params) {
                CHECK_FALSE(p.label.nb.empty());
                CHECK_FALSE(p.label.da.empty());
                CHECK_FALSE(p.label.en.empty());
                CHECK((p.value.is_number() || p.value.is_boolean() || p.value.is_string()));
            }
        }
}

TEST_CASE("Norwegian texts speak of assistenter and vedtak, Danish ones of hjælpere and afgørelser") {
    for (const auto& r : rule_catalog(Jurisdiction::NO)) {
        INFO(r.id);
        CHECK_FALSE(contains(r.explanation.nb, "hjelper"));
        CHECK_FALSE(contains(r.explanation.da, "hjælper"));
    }
    for (const auto& r : rule_catalog(Jurisdiction::DK)) {
        INFO(r.id);
        CHECK_FALSE(contains(r.explanation.da, "assistent"));
        CHECK_FALSE(contains(r.explanation.da, "vedtak"));
    }
    CHECK(contains(find_rule(Jurisdiction::NO, "decision_hours")->explanation.nb, "Vedtaket"));
    CHECK(contains(find_rule(Jurisdiction::DK, "decision_hours")->explanation.da, "Afgørelsen"));
    CHECK(contains(find_rule(Jurisdiction::DK, "under_18")->explanation.da, "hjælpere under 18 år"));
    CHECK(contains(find_rule(Jurisdiction::NO, "sunday_rest")->explanation.nb, "søndag"));
}

TEST_CASE("parameter names are unique and are those of the README's table") {
    // The names in the first column of README.md's "Rule parameters" table.
    std::ifstream in(std::filesystem::path(BPA_SOURCE_DIR) / "README.md");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    size_t from = text.find("### Rule parameters"), to = text.find("###", from + 3);
    REQUIRE(from != std::string::npos);
    std::string section = text.substr(from, to - from);
    std::set<std::string> readme;
    std::regex row("\\n\\| ([^|]*)\\|"), name("`([a-z_0-9]+)`");
    for (auto it = std::sregex_iterator(section.begin(), section.end(), row); it != std::sregex_iterator(); ++it) {
        std::string first = (*it)[1];
        for (auto n = std::sregex_iterator(first.begin(), first.end(), name); n != std::sregex_iterator(); ++n)
            readme.insert((*n)[1]);
    }
    REQUIRE(readme.size() > 20);
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        std::set<std::string> seen;
        for (const auto& r : rule_catalog(j))
            for (const auto& p : r.params) {
                INFO(to_string(j) << " " << p.name);
                CHECK(readme.count(p.name));
                CHECK(seen.insert(p.name).second);
            }
        for (const auto& p : other_params(j)) {
            CHECK(readme.count(p.name));
            CHECK(seen.insert(p.name).second);
        }
    }
}

TEST_CASE("an explanation is filled with the parameters in force, with a decimal comma in nb and da") {
    Arrangement a;
    a.jurisdiction = Jurisdiction::NO;
    const RuleInfo& rule = *find_rule(Jurisdiction::NO, "break");
    const RuleParams defaults = resolve_params(a);
    CHECK(contains(rule_explanation(rule, defaults, "nb"), "lengre enn 5,5 timer"));
    CHECK(contains(rule_explanation(rule, defaults, "da"), "længere end 5,5 timer"));
    CHECK(contains(rule_explanation(rule, defaults, "en"), "longer than 5.5 hours"));
    a.rules["long_day_break_minutes"] = 45;
    CHECK(contains(rule_explanation(rule, resolve_params(a), "en"), "at least 45 minutes"));
}

// [SECTION] Parameters ----------------------------------------------------------
TEST_CASE("parameters: the jurisdiction's defaults, overridden by name from arrangement.rules") {
    Arrangement no;
    no.jurisdiction = Jurisdiction::NO;
    RuleParams p = resolve_params(no);
    CHECK(p.number("daily_rest_hours") == 11);
    CHECK(p.number("weekly_rest_hours") == 35);
    CHECK(p.number("daily_hours") == 9);
    CHECK(p.number("weekly_hours") == 40);
    CHECK(p.number("break_after_hours") == 5.5);
    CHECK(p.number("long_day_hours") == 8);
    CHECK(p.number("long_day_break_minutes") == 30);
    CHECK(p.text("sunday_rule") == "next_free");
    CHECK(p.number("short_shift_hours") == 2);
    CHECK(p.number("flex_reserve_min_percent") == 10);
    CHECK(p.number("flex_reserve_max_percent") == 20);
    CHECK(p.number("related_share_percent") == 20);
    CHECK(p.text("egenmelding_policy") == "statutory");
    CHECK(p.number("vacation_days") == 25);
    CHECK(p.values.count("average_weekly_hours") == 0);

    Arrangement dk;
    dk.jurisdiction = Jurisdiction::DK;
    p = resolve_params(dk);
    CHECK(p.number("break_after_hours") == 6);
    CHECK(p.number("average_weekly_hours") == 48);
    CHECK(p.number("average_period_months") == 4);
    CHECK_FALSE(p.flag("allow_24h_shifts"));
    CHECK(p.values.count("daily_hours") == 0);
    CHECK(p.values.count("sunday_rule") == 0);

    dk.rules = Json{{"allow_24h_shifts", true}, {"daily_rest_hours", 10.5}};
    Problems problems;
    p = resolve_params(dk, &problems);
    CHECK(problems.empty());
    CHECK(p.flag("allow_24h_shifts"));
    CHECK(p.number("daily_rest_hours") == 10.5);
}

TEST_CASE("the contract's egenmelding_policy and vacation_days are known names in both countries") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        Arrangement a;
        a.jurisdiction = j;
        a.rules = Json{{"egenmelding_policy", "extended"}, {"vacation_days", 30}, {"passive_factor", 0.5},
                       {"plan_notice_days", 14}, {"holiday_plan_notice_days", 28}};
        Problems problems;
        RuleParams p = resolve_params(a, &problems);
        CHECK(problems.empty());
        CHECK(p.text("egenmelding_policy") == "extended");
        CHECK(p.number("vacation_days") == 30);
    }
}

TEST_CASE("unknown, mistyped, out-of-range and unlisted override values are reported with their path") {
    Arrangement a;
    a.jurisdiction = Jurisdiction::NO;
    a.rules = Json{{"daily_rest_hour", 10},     {"weekly_hours", "48"}, {"daily_hours", 30},
                   {"sunday_rule", "sometimes"}, {"allow_24h_shifts", true}, {"daily_rest_hours", 10}};
    Problems problems;
    RuleParams p = resolve_params(a, &problems);
    REQUIRE(problems.size() == 5);
    // nlohmann::json keeps object members sorted by name.
    CHECK(problems[0].path == "arrangement.rules.allow_24h_shifts");  // a Danish parameter
    CHECK(problems[0].kind == ProblemKind::UnknownValue);
    CHECK(problems[1].path == "arrangement.rules.daily_hours");
    CHECK(problems[1].kind == ProblemKind::OutOfRange);
    CHECK(describe_en(problems[1]) == "30 is out of range (0..24)");
    CHECK(problems[2].path == "arrangement.rules.daily_rest_hour");
    CHECK(problems[2].kind == ProblemKind::UnknownValue);
    CHECK(contains(problems[2].detail, "daily_rest_hours"));
    CHECK(problems[3].path == "arrangement.rules.sunday_rule");
    CHECK(problems[3].kind == ProblemKind::UnknownValue);
    CHECK(describe_en(problems[3]) == "\"sometimes\" is not a valid value (expected \"next_free\" or \"every_other\")");
    CHECK(problems[4].path == "arrangement.rules.weekly_hours");
    CHECK(problems[4].kind == ProblemKind::WrongType);
    CHECK(describe_en(problems[4]) == "expected a number");
    // The bad ones keep their defaults; the good one applies.
    CHECK(p.number("daily_rest_hours") == 10);
    CHECK(p.number("weekly_hours") == 40);
    CHECK(p.number("daily_hours") == 9);
    CHECK(p.text("sunday_rule") == "next_free");
}

// [SECTION] Daily and weekly rest ---------------------------------------------
TEST_CASE("daily rest: exactly 11 h between shifts is allowed, 10 h 59 min is not (NO and DK)") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        INFO(to_string(j));
        Plan ok(j);
        ok.shift("2026-03-02T12:00", "2026-03-02T20:00", 30);
        ok.shift("2026-03-03T07:00", "2026-03-03T12:00");
        CHECK(ok.of("daily_rest").empty());

        Plan short_rest(j);
        const std::string s1 = short_rest.shift("2026-03-02T12:00", "2026-03-02T20:00", 30);
        const std::string s2 = short_rest.shift("2026-03-03T06:59", "2026-03-03T12:00");
        auto v = short_rest.of("daily_rest");
        REQUIRE(v.size() == 1);  // one short rest, one violation
        CHECK(v[0].shifts == std::vector<std::string>{s1, s2});
        CHECK(v[0].assistant == "a1");
        CHECK(v[0].at == T("2026-03-02T12:00"));
        CHECK(v[0].severity == Severity::Error);
        CHECK(v[0].args.at("rest") == "10.98");
        CHECK(v[0].args.at("limit") == "11");
        CHECK(v[0].message ==
              "The longest continuous rest in the 24 hours from 2026-03-02 12:00 is 10.98 hours; at least 11 hours "
              "are required.");
        CHECK(v[0].source == find_rule(j, "daily_rest")->source);
    }
}

TEST_CASE("daily rest: a split shift is fine while 11 h stay free within the 24 h, a 16 h span is not") {
    Plan split;
    split.shift("2026-03-02T07:00", "2026-03-02T11:00");
    split.shift("2026-03-02T15:00", "2026-03-02T19:00");
    split.shift("2026-03-03T07:00", "2026-03-03T11:00");
    split.shift("2026-03-03T15:00", "2026-03-03T19:00");
    CHECK(split.of("daily_rest").empty());

    // 06-10 and 14-22: from 06:00 the day leaves 4 h and 8 h free, never 11 h.
    Plan wide;
    const std::string s1 = wide.shift("2026-03-02T06:00", "2026-03-02T10:00");
    const std::string s2 = wide.shift("2026-03-02T14:00", "2026-03-02T22:00", 30);
    const std::string s3 = wide.shift("2026-03-03T07:00", "2026-03-03T10:00");
    auto v = wide.of("daily_rest");
    REQUIRE(v.size() == 1);  // the windows from 06:00 and 14:00 are the same problem
    CHECK(v[0].at == T("2026-03-02T06:00"));
    CHECK(v[0].args.at("rest") == "8");
    CHECK(v[0].shifts == std::vector<std::string>{s1, s2, s3});
}

TEST_CASE("daily rest: two separate short rests in one week are two violations") {
    Plan p;
    p.shift("2026-03-02T15:00", "2026-03-02T23:00", 30);
    p.shift("2026-03-03T07:00", "2026-03-03T12:00");
    p.shift("2026-03-04T15:00", "2026-03-04T23:00", 30);
    p.shift("2026-03-05T07:00", "2026-03-05T12:00");
    auto v = p.of("daily_rest");
    REQUIRE(v.size() == 2);
    CHECK(v[0].at == T("2026-03-02T15:00"));
    CHECK(v[1].at == T("2026-03-04T15:00"));
    CHECK(v[1].args.at("rest") == "8");
}

TEST_CASE("daily rest: cancelled shifts count for nothing, worked ones like planned") {
    Plan p;
    p.shift("2026-03-02T12:00", "2026-03-02T20:00", 30, "a1", ShiftStatus::Worked);
    p.shift("2026-03-03T05:00", "2026-03-03T12:00", 30, "a1", ShiftStatus::Cancelled);
    CHECK(p.of("daily_rest").empty());
    p.shift("2026-03-03T06:00", "2026-03-03T09:00", 0, "a1", ShiftStatus::Planned);
    CHECK(p.of("daily_rest").size() == 1);
}

TEST_CASE("daily rest: the limit follows arrangement.rules") {
    Plan p;
    p.shift("2026-03-02T12:00", "2026-03-02T20:00", 30);
    p.shift("2026-03-03T06:00", "2026-03-03T10:00");
    CHECK(p.of("daily_rest").size() == 1);
    p.set("daily_rest_hours", 10);
    CHECK(p.of("daily_rest").empty());
}

TEST_CASE("weekly rest: exactly 35 h free within 7 days is allowed, 34 h 59 min is not (NO and DK)") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        INFO(to_string(j));
        auto week = [&](const char* sunday_start, const char* sunday_end) {
            Plan p(j);
            for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"})
                p.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T16:00").c_str(), 30);
            p.shift(sunday_start, sunday_end, 30);  // Friday 16:00 + 35 h = Sunday 03:00
            return p;
        };
        CHECK(week("2026-03-08T03:00", "2026-03-08T11:00").of("weekly_rest").empty());
        auto v = week("2026-03-08T02:59", "2026-03-08T10:59").of("weekly_rest");
        REQUIRE(v.size() == 1);
        CHECK(v[0].at == T("2026-03-02T08:00"));
        CHECK(v[0].args.at("rest") == "34.98");
        CHECK(v[0].args.at("limit") == "35");
        CHECK(v[0].shifts.size() == 6);
    }
}

TEST_CASE("weekly rest: working every day for two weeks gives one violation per 7 days, not one per day") {
    Plan p;
    Date d = D("2026-03-02");
    for (int i = 0; i < 14; ++i, d += Days{1}) p.shift((d.str() + "T08:00").c_str(), (d.str() + "T14:00").c_str(), 30);
    auto v = p.of("weekly_rest");
    REQUIRE(v.size() == 2);
    CHECK(v[0].at == T("2026-03-02T08:00"));
    CHECK(v[1].at == T("2026-03-09T08:00"));
}

// [SECTION] Summer time ---------------------------------------------------------
TEST_CASE("a rest across the spring change is an hour shorter than the clock says") {
    // 20:30 Saturday to 08:00 Sunday 29 March 2026: 11 h 30 min on the clock, 10 h 30 min real.
    Plan p;
    p.shift("2026-03-28T12:30", "2026-03-28T20:30", 30);
    p.shift("2026-03-29T08:00", "2026-03-29T12:00");
    auto v = p.of("daily_rest");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("rest") == "10.5");
}

TEST_CASE("a rest across the autumn change is an hour longer than the clock says") {
    // 22:00 Saturday to 08:00 Sunday 25 October 2026: 10 h on the clock, 11 h real.
    Plan p;
    p.shift("2026-10-24T14:00", "2026-10-24T22:00", 30);
    p.shift("2026-10-25T08:00", "2026-10-25T12:00");
    CHECK(p.of("daily_rest").empty());
}

TEST_CASE("a 22:00-07:00 night before the October change lasts 10 h and breaks the 9 h day") {
    Plan p;
    const std::string s = p.shift("2026-10-24T22:00", "2026-10-25T07:00", 30);
    auto v = p.of("daily_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("hours") == "10");
    CHECK(v[0].shifts == std::vector<std::string>{s});
    // The same night a week earlier is 9 h: allowed.
    Plan q;
    q.shift("2026-10-17T22:00", "2026-10-18T07:00", 30);
    CHECK(q.of("daily_hours").empty());
}

TEST_CASE("two nights around the March change: 8 h 30 min + 30 min within the first 24 real hours is 9 h") {
    // Saturday 22:00 to Sunday 07:30 is 9 h 30 min on the clock but 8 h 30 min real; the 24 h from
    // Saturday 22:00 end at Sunday 23:00 summer time, so they hold 30 min of the next night.
    Plan p;
    p.shift("2026-03-28T22:00", "2026-03-29T07:30", 30);
    p.shift("2026-03-29T22:30", "2026-03-30T07:30", 30);  // 9 h, 15 h after the first
    CHECK(p.of("daily_hours").empty());
    CHECK(p.of("daily_rest").empty());
    p.doc.shifts.back().start = T("2026-03-29T22:29");
    CHECK(p.of("daily_hours").size() == 1);
    // The week of the change: real time gives 17 h 30 min, not 18 h 30 min.
    Plan q;
    q.set("weekly_hours", 17.5);
    q.shift("2026-03-28T22:00", "2026-03-29T07:30", 30);
    q.shift("2026-03-29T22:30", "2026-03-30T07:30", 30);
    CHECK(q.of("weekly_hours").empty());
}

TEST_CASE("a break is not needed for 22:00-04:30 across the spring change (5 h 30 min real), but is for 04:31") {
    Plan p;
    p.shift("2026-03-28T22:00", "2026-03-29T04:30");
    CHECK(p.of("break").empty());
    Plan q;
    q.shift("2026-03-28T22:00", "2026-03-29T04:31");
    auto v = q.of("break");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("hours") == "5.52");
}

// [SECTION] Hours per day, week and on average ------------------------------------
TEST_CASE("daily hours (NO): 9 h within 24 h is allowed, 9 h 1 min is not; breaks count as working time") {
    Plan ok;
    ok.shift("2026-03-02T08:00", "2026-03-02T17:00", 30);
    CHECK(ok.of("daily_hours").empty());
    Plan over;
    over.shift("2026-03-02T08:00", "2026-03-02T17:01", 30);
    auto v = over.of("daily_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("hours") == "9.02");
    CHECK(v[0].args.at("limit") == "9");
    // Within 24 h from a shift's start: an evening and the next morning add up.
    Plan evening;
    evening.shift("2026-03-02T18:00", "2026-03-02T23:00");
    evening.shift("2026-03-03T10:00", "2026-03-03T14:01");
    CHECK(evening.of("daily_hours").size() == 1);
    // Denmark has no such rule.
    Plan dk(Jurisdiction::DK);
    dk.shift("2026-03-02T08:00", "2026-03-02T18:00", 30);
    CHECK(dk.of("daily_hours").empty());
}

TEST_CASE("passive night work counts fully as working time for the hours rules") {
    Plan p;
    const std::string s = p.shift("2026-03-02T22:00", "2026-03-03T08:00", 30);
    p.doc.shifts.back().passive_night = true;
    auto v = p.of("daily_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].shifts == std::vector<std::string>{s});
    CHECK(v[0].args.at("hours") == "10");
    p.set("daily_hours", 10);  // an agreement for passive work (AML § 10-4 (2))
    CHECK(p.of("daily_hours").empty());
}

TEST_CASE("weekly hours (NO): 40 h within 7 days is allowed, 40 h 1 min is not") {
    auto week = [](const char* friday_end) {
        Plan p;
        for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"})
            p.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T16:00").c_str(), 30);
        p.shift("2026-03-06T08:00", friday_end, 30);
        return p;
    };
    CHECK(week("2026-03-06T16:00").of("weekly_hours").empty());
    auto v = week("2026-03-06T16:01").of("weekly_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].at == T("2026-03-02T08:00"));
    CHECK(v[0].args.at("hours") == "40.02");
    CHECK(v[0].shifts.size() == 5);
    // With an averaging agreement: 48 h in any 7 days.
    Plan p = week("2026-03-06T16:01");
    p.set("weekly_hours", 48);
    CHECK(p.of("weekly_hours").empty());
    // Denmark has the 4-month average instead.
    Plan dk(Jurisdiction::DK);
    for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"})
        dk.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T17:00").c_str(), 30);
    CHECK(dk.of("weekly_hours").empty());
}

TEST_CASE("average weekly hours (DK): 48 h a week on average over the employed days of the period; 48 h 1 min is not") {
    // Employed two weeks: 96 h allowed in them.
    auto plan = [](const char* last_end) {
        Plan p(Jurisdiction::DK);
        p.a1().employed_from = D("2026-03-02");
        p.a1().employed_to = D("2026-03-15");
        for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-09", "2026-03-10",
                              "2026-03-11"})
            p.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T20:00").c_str(), 30);
        p.shift("2026-03-12T08:00", last_end, 30);
        return p;
    };
    CHECK(plan("2026-03-12T20:00").of("average_weekly_hours").empty());
    auto v = plan("2026-03-12T20:02").of("average_weekly_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].at == T("2026-03-02T00:00"));
    CHECK(v[0].args.at("from") == "2026-03-02");
    CHECK(v[0].args.at("to") == "2026-03-15");
    CHECK(v[0].args.at("hours") == "48.02");
    CHECK(v[0].args.at("limit") == "48");
    CHECK(v[0].shifts.size() == 8);
    CHECK(v[0].message == "48.02 hours a week on average from 2026-03-02 to 2026-03-15; at most 48 hours.");
    // Norway has no such rule.
    Plan no = plan("2026-03-12T20:02");
    no.doc.arrangement.jurisdiction = Jurisdiction::NO;
    CHECK(no.of("average_weekly_hours").empty());
}

TEST_CASE("average weekly hours (DK): vacation days are neutral, and the period follows average_period_months") {
    // Employed four weeks, two of them on vacation: the same 96 h limit.
    Plan p(Jurisdiction::DK);
    p.a1().employed_from = D("2026-03-02");
    p.a1().employed_to = D("2026-03-29");
    p.absence("a1", "2026-03-16", "2026-03-29");
    for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-09", "2026-03-10",
                          "2026-03-11", "2026-03-12"})
        p.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T20:00").c_str(), 30);
    CHECK(p.of("average_weekly_hours").empty());
    p.shift("2026-03-14T08:00", "2026-03-14T08:30");
    CHECK(p.of("average_weekly_hours").size() == 1);

    // Fixed periods from 1 January: with 4 months, March and May are in different periods.
    Plan q(Jurisdiction::DK);
    q.a1().employed_from = D("2026-01-01");
    q.set("average_period_months", 1);  // March alone: 31 days, 4 3/7 weeks, 212 h 34 min allowed at 48 h
    Date d = D("2026-03-01");
    for (int i = 0; i < 31; ++i, d += Days{1}) q.shift((d.str() + "T08:00").c_str(), (d.str() + "T15:00").c_str(), 30);
    auto v = q.of("average_weekly_hours");
    REQUIRE(v.size() == 1);  // 31 x 7 h = 217 h in March: 49 h a week
    CHECK(v[0].args.at("from") == "2026-03-01");
    CHECK(v[0].args.at("to") == "2026-03-31");
    CHECK(v[0].args.at("hours") == "49");
    q.set("average_period_months", 4);  // January-April: 120 days, 12 h 40 min a week
    CHECK(q.of("average_weekly_hours").empty());
}

// [SECTION] Breaks, short shifts and 24-hour shifts ------------------------------------
TEST_CASE("break (NO): 5 h 30 min without a break is allowed, 5 h 31 min is not") {
    Plan ok;
    ok.shift("2026-03-02T08:00", "2026-03-02T13:30");
    CHECK(ok.of("break").empty());
    Plan over;
    const std::string s = over.shift("2026-03-02T08:00", "2026-03-02T13:31");
    auto v = over.of("break");
    REQUIRE(v.size() == 1);
    CHECK(v[0].shifts == std::vector<std::string>{s});
    CHECK(v[0].variant.empty());
    CHECK(v[0].message ==
          "5.52 hours of work from 2026-03-02 08:00 without a break; a working day longer than 5.5 hours needs a "
          "break.");
    Plan with_break;
    with_break.shift("2026-03-02T08:00", "2026-03-02T13:31", 15);
    CHECK(with_break.of("break").empty());
}

TEST_CASE("break (NO): a working day of 8 h or more needs at least 30 min of break") {
    Plan p;
    p.shift("2026-03-02T08:00", "2026-03-02T16:00", 15);
    auto v = p.of("break");
    REQUIRE(v.size() == 1);
    CHECK(v[0].variant == "long_day");
    CHECK(v[0].args.at("break") == "15");
    CHECK(v[0].args.at("minutes") == "30");
    CHECK(v[0].message ==
          "8 hours of work from 2026-03-02 08:00 with 15 minutes of break; a working day of 8 hours or more "
          "needs at least 30 minutes.");
    Plan ok;
    ok.shift("2026-03-02T08:00", "2026-03-02T16:00", 30);
    CHECK(ok.of("break").empty());
    Plan under;
    under.shift("2026-03-02T08:00", "2026-03-02T15:59", 15);
    CHECK(under.of("break").empty());
    // Two touching shifts are one working day.
    Plan touching;
    touching.shift("2026-03-02T08:00", "2026-03-02T12:00");
    touching.shift("2026-03-02T12:00", "2026-03-02T16:00", 15);
    CHECK(touching.of("break").size() == 1);
    touching.set("long_day_break_minutes", 15);
    CHECK(touching.of("break").empty());
}

TEST_CASE("break (DK): 6 h without a break is allowed, 6 h 1 min is not; no 30-minute rule") {
    Plan ok(Jurisdiction::DK);
    ok.shift("2026-03-02T08:00", "2026-03-02T14:00");
    CHECK(ok.of("break").empty());
    Plan over(Jurisdiction::DK);
    over.shift("2026-03-02T08:00", "2026-03-02T14:01");
    auto v = over.of("break");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("after") == "6");
    Plan long_day(Jurisdiction::DK);
    long_day.shift("2026-03-02T08:00", "2026-03-02T18:00", 15);
    CHECK(long_day.of("break").empty());
    over.set("break_after_hours", 7);
    CHECK(over.of("break").empty());
}

TEST_CASE("short shifts: 2 h is fine, 1 h 59 min is a warning (NO and DK)") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        INFO(to_string(j));
        Plan ok(j);
        ok.shift("2026-03-02T08:00", "2026-03-02T10:00");
        CHECK(ok.of("short_shift").empty());
        Plan short_one(j);
        short_one.shift("2026-03-02T08:00", "2026-03-02T09:59");
        auto v = short_one.of("short_shift");
        REQUIRE(v.size() == 1);
        CHECK(v[0].severity == Severity::Warning);
        CHECK(v[0].args.at("hours") == "1.98");
        short_one.set("short_shift_hours", 1.5);
        CHECK(short_one.of("short_shift").empty());
    }
}

TEST_CASE("24-hour shifts (DK): 24 h is an error unless allow_24h_shifts; 23 h 59 min is not") {
    Plan p(Jurisdiction::DK);
    const std::string s = p.shift("2026-03-02T08:00", "2026-03-03T08:00", 60);
    auto v = p.of("shift_24h");
    REQUIRE(v.size() == 1);
    CHECK(v[0].shifts == std::vector<std::string>{s});
    CHECK(v[0].args.at("hours") == "24");
    CHECK(p.of("daily_rest").size() == 1);

    p.set("allow_24h_shifts", true);
    CHECK(p.of("shift_24h").empty());
    CHECK(p.of("daily_rest").empty());  // the agreement's own rest applies

    Plan shorter(Jurisdiction::DK);
    shorter.shift("2026-03-02T08:00", "2026-03-03T07:59", 60);
    CHECK(shorter.of("shift_24h").empty());
    // 08:00 to 08:00 across the spring change is 23 h.
    Plan spring(Jurisdiction::DK);
    spring.shift("2026-03-28T08:00", "2026-03-29T08:00", 60);
    CHECK(spring.of("shift_24h").empty());
    // Norway has no such rule (the rest and hours rules catch it).
    Plan no;
    no.shift("2026-03-02T08:00", "2026-03-03T08:00", 60);
    CHECK(no.of("shift_24h").empty());
    CHECK(no.of("daily_rest").size() == 1);
}

// [SECTION] Sundays and public holidays ------------------------------------------
TEST_CASE("Sunday rule: after work on a Sunday the next Sunday must be free") {
    Plan p;
    const std::string s1 = p.shift("2026-03-08T10:00", "2026-03-08T14:00");
    const std::string s2 = p.shift("2026-03-15T10:00", "2026-03-15T14:00");
    auto v = p.of("sunday_rest");
    REQUIRE(v.size() == 1);
    CHECK(v[0].at == T("2026-03-15T10:00"));
    CHECK(v[0].shifts == std::vector<std::string>{s1, s2});
    CHECK(v[0].args.at("previous") == "2026-03-08");
    CHECK(v[0].args.at("date") == "2026-03-15");
    // Every other Sunday is fine.
    Plan q;
    q.shift("2026-03-08T10:00", "2026-03-08T14:00");
    q.shift("2026-03-22T10:00", "2026-03-22T14:00");
    CHECK(q.of("sunday_rest").empty());
    // Denmark has no such rule.
    Plan dk(Jurisdiction::DK);
    dk.shift("2026-03-08T10:00", "2026-03-08T14:00");
    dk.shift("2026-03-15T10:00", "2026-03-15T14:00");
    CHECK(dk.of("sunday_rest").empty());
}

TEST_CASE("Sunday rule: Saturday 18:30 is Sunday work, Saturday 17:00-18:00 is not; Sunday ends at 22:00") {
    Plan p;
    p.shift("2026-03-07T18:30", "2026-03-07T21:00");
    p.shift("2026-03-15T10:00", "2026-03-15T14:00");
    CHECK(p.of("sunday_rest").size() == 1);

    Plan q;
    q.shift("2026-03-07T17:00", "2026-03-07T18:00");
    q.shift("2026-03-15T10:00", "2026-03-15T14:00");
    CHECK(q.of("sunday_rest").empty());

    Plan r;
    r.shift("2026-03-08T22:00", "2026-03-09T06:00");  // Sunday night after 22:00
    r.shift("2026-03-15T10:00", "2026-03-15T14:00");
    CHECK(r.of("sunday_rest").empty());
}

TEST_CASE("Sunday rule across Easter 2026: Good Friday then Easter Sunday; Maundy Thursday then Easter Sunday is fine") {
    Plan p;
    p.shift("2026-04-03T08:00", "2026-04-03T14:00");  // Good Friday
    p.shift("2026-04-05T08:00", "2026-04-05T14:00");  // Easter Sunday
    auto v = p.of("sunday_rest");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("previous") == "2026-04-03");
    CHECK(v[0].args.at("date") == "2026-04-05");

    Plan q;
    q.shift("2026-04-02T08:00", "2026-04-02T14:00");  // Maundy Thursday; Good Friday free
    q.shift("2026-04-05T08:00", "2026-04-05T14:00");  // Easter Sunday; Easter Monday free
    CHECK(q.of("sunday_rest").empty());
    q.shift("2026-04-06T08:00", "2026-04-06T14:00");  // Easter Monday follows Easter Sunday
    CHECK(q.of("sunday_rest").size() == 1);
}

TEST_CASE("Sunday rule in May 2026: 17 May is a Sunday; then Whit Sunday is the next holiday but one") {
    // May 2026: 1 May (Fri), 3, 10, Ascension 14, 17 (Sunday and 17 May), Whit Sunday 24, Whit Monday 25, 31.
    CHECK(D("2026-05-17").weekday() == Weekday::Sunday);
    Plan p;
    p.shift("2026-05-14T08:00", "2026-05-14T14:00");  // Ascension Day
    p.shift("2026-05-17T08:00", "2026-05-17T14:00");  // 17 May
    auto v = p.of("sunday_rest");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("previous") == "2026-05-14");

    Plan q;
    q.shift("2026-05-17T08:00", "2026-05-17T14:00");  // 17 May
    q.shift("2026-05-24T08:00", "2026-05-24T14:00");  // Whit Sunday: the next one
    CHECK(q.of("sunday_rest").size() == 1);

    Plan r;
    r.shift("2026-05-17T08:00", "2026-05-17T14:00");  // 17 May; Whit Sunday free
    r.shift("2026-05-25T08:00", "2026-05-25T14:00");  // Whit Monday; 31 May free
    CHECK(r.of("sunday_rest").empty());

    Plan may1;
    may1.shift("2026-04-30T19:00", "2026-04-30T22:00");  // the evening before 1 May counts for 1 May
    may1.shift("2026-05-03T08:00", "2026-05-03T14:00");
    CHECK(may1.of("sunday_rest").size() == 1);
}

TEST_CASE("Sunday rule: an evening shift on Whit Sunday counts for Whit Sunday only, not also Whit Monday") {
    Plan p;
    p.shift("2026-05-24T19:00", "2026-05-24T21:00");
    CHECK(p.of("sunday_rest").empty());
    // A night into Whit Monday works both days.
    Plan q;
    q.shift("2026-05-24T21:00", "2026-05-25T07:00", 30);
    CHECK(q.of("sunday_rest").size() == 1);
}

TEST_CASE("Sunday rule every_other: at most half the Sundays and holidays in 26 weeks") {
    // From 4 January 2026, 26 weeks hold 26 Sundays and 6 holidays on other days: 32, so 16 may be worked.
    auto plan = [](int sundays) {
        Plan p;
        p.set("sunday_rule", "every_other");
        Date d = D("2026-01-04");
        for (int i = 0; i < sundays; ++i, d += Days{7})
            p.shift((d.str() + "T10:00").c_str(), (d.str() + "T14:00").c_str());
        return p;
    };
    CHECK(plan(16).of("sunday_rest").empty());
    auto v = plan(17).of("sunday_rest");
    REQUIRE(v.size() == 1);
    CHECK(v[0].variant == "every_other");
    CHECK(v[0].args.at("worked") == "17");
    CHECK(v[0].args.at("total") == "32");
    CHECK(v[0].at == T("2026-01-04T10:00"));
    CHECK(v[0].message ==
          "17 of the 32 Sundays and public holidays in the 26 weeks from 2026-01-04 are worked; at most half may be.");
    // The default rule would object to the second Sunday already.
    Plan strict = plan(2);
    strict.doc.arrangement.rules = Json::object();
    CHECK(strict.of("sunday_rest").size() == 1);
}

// [SECTION] The assistant: age, employment, absence, overlap -----------------------
TEST_CASE("under 18 (DK): a shift the day before the 18th birthday is an error, on the birthday it is not") {
    Plan p(Jurisdiction::DK);
    p.a1().birth_date = D("2008-03-10");
    const std::string before = p.shift("2026-03-09T08:00", "2026-03-09T12:00");
    p.shift("2026-03-10T08:00", "2026-03-10T12:00");
    auto v = p.of("under_18");
    REQUIRE(v.size() == 1);
    CHECK(v[0].shifts == std::vector<std::string>{before});
    CHECK(v[0].args.at("adult_on") == "2026-03-10");
    // Born on 29 February: 18 on 1 March in a year without one.
    Plan leap(Jurisdiction::DK);
    leap.a1().birth_date = D("2008-02-29");
    leap.shift("2026-02-28T08:00", "2026-02-28T12:00");
    leap.shift("2026-03-01T08:00", "2026-03-01T12:00");
    CHECK(leap.of("under_18").size() == 1);
    // Without a birth date nothing is known; Norway has no such rule.
    Plan unknown(Jurisdiction::DK);
    unknown.shift("2026-03-09T08:00", "2026-03-09T12:00");
    CHECK(unknown.of("under_18").empty());
    Plan no;
    no.a1().birth_date = D("2008-03-10");
    no.shift("2026-03-09T08:00", "2026-03-09T12:00");
    CHECK(no.of("under_18").empty());
}

TEST_CASE("overlap: two shifts of one assistant at the same time; touching or cancelled ones do not overlap") {
    Plan p;
    const std::string s1 = p.shift("2026-03-02T08:00", "2026-03-02T12:00");
    const std::string s2 = p.shift("2026-03-02T11:00", "2026-03-02T14:00");
    p.shift("2026-03-02T14:00", "2026-03-02T16:00");                                         // touches s2
    p.shift("2026-03-02T09:00", "2026-03-02T10:00", 0, "a1", ShiftStatus::Cancelled);       // cancelled
    p.person("a2");
    p.shift("2026-03-02T08:00", "2026-03-02T12:00", 0, "a2");                                // someone else
    auto v = p.of("overlap");
    REQUIRE(v.size() == 1);
    CHECK(v[0].shifts == std::vector<std::string>{s1, s2});
    CHECK(v[0].at == T("2026-03-02T11:00"));
    CHECK(v[0].args.at("overlap") == "1");
}

TEST_CASE("shift length: 48 h is checked like any shift; 48 h 1 min is reported once, with its real length (NO and DK)") {
    for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
        CAPTURE(j);
        Plan ok(j);
        ok.shift("2026-03-02T08:00", "2026-03-04T08:00");
        CHECK(ok.of("shift_length").empty());

        Plan p(j);
        const std::string s = p.shift("2026-03-02T08:00", "2026-03-04T08:01");
        auto v = p.of("shift_length");
        REQUIRE(v.size() == 1);
        CHECK(v[0].severity == Severity::Error);
        CHECK(v[0].shifts == std::vector<std::string>{s});
        CHECK(v[0].at == T("2026-03-02T08:00"));
        CHECK(v[0].args.at("hours") == "48.02");
        CHECK(v[0].args.at("end") == "2026-03-04");
        CHECK(v[0].message == "The shift from 2026-03-02 08:00 lasts 48.02 hours, until 2026-03-04; a shift lasts at most 48 hours.");
        // The length is said once, here: not again as a missing break or (DK) a 24-hour shift.
        CHECK(p.of("break").empty());
        CHECK(p.of("shift_24h").empty());
        // The other rules see the first 48 hours: one long stretch, too little rest.
        CHECK(p.of("daily_rest").size() == 1);
    }
}

TEST_CASE("shift length: a shift of centuries gives one violation per rule, not one per Sunday or week it covers") {
    Plan p;
    p.decision("2026-01-01", nullptr, 37.5);
    const std::string s = p.shift("2026-03-06T08:00", "4957-03-06T14:00");
    p.shift("2026-03-20T08:00", "2026-03-20T12:00");  // past its first 48 hours: the rules do not look there
    const auto all = check(p.doc);
    CHECK(all.size() < 10);
    auto v = p.of("shift_length");
    REQUIRE(v.size() == 1);
    CHECK(v[0].shifts == std::vector<std::string>{s});
    CHECK(v[0].args.at("end") == "4957-03-06");
    CHECK(std::stod(v[0].args.at("hours")) == doctest::Approx(double(to_utc(T("4957-03-06T14:00"), Zone::Oslo).count -
                                                                      to_utc(T("2026-03-06T08:00"), Zone::Oslo).count) /
                                                               60.0)
                                                  .epsilon(1e-9));
    CHECK(p.of("decision_hours").size() == 1);  // its first 48 hours fall in one week
    CHECK(p.of("sunday_rest").empty());
    CHECK(p.of("overlap").empty());
}

TEST_CASE("outside employment: shifts of an assistant who has left, or has not started") {
    Plan p;
    p.a1().employed_from = D("2026-03-02");
    p.a1().employed_to = D("2026-03-15");
    p.shift("2026-03-15T16:00", "2026-03-16T00:00");                  // ends at midnight: inside
    const std::string night = p.shift("2026-03-14T22:00", "2026-03-16T06:00");  // touches the 16th
    const std::string after = p.shift("2026-03-20T08:00", "2026-03-20T12:00");
    const std::string before = p.shift("2026-03-01T08:00", "2026-03-01T12:00");
    auto v = p.of("outside_employment");
    REQUIRE(v.size() == 3);
    CHECK(v[0].shifts == std::vector<std::string>{before});
    CHECK(v[1].shifts == std::vector<std::string>{night});
    CHECK(v[1].args.at("date") == "2026-03-16");
    CHECK(v[2].shifts == std::vector<std::string>{after});
    CHECK(v[2].message == "Shift on 2026-03-20 outside the employment (2026-03-02–2026-03-15).");
}

TEST_CASE("during absence: a shift touching an absent day, of any absence type") {
    Plan p;
    p.absence("a1", "2026-03-03", "2026-03-04", AbsenceType::Egenmelding);
    p.shift("2026-03-02T16:00", "2026-03-03T00:00");                                    // ends as the absence starts
    const std::string night = p.shift("2026-03-02T22:00", "2026-03-03T06:00");         // touches the 3rd
    const std::string day = p.shift("2026-03-04T08:00", "2026-03-04T12:00");
    p.shift("2026-03-04T13:00", "2026-03-04T15:00", 0, "a1", ShiftStatus::Cancelled);  // counts for nothing
    p.shift("2026-03-05T08:00", "2026-03-05T12:00");
    auto v = p.of("during_absence");
    REQUIRE(v.size() == 2);
    CHECK(v[0].shifts == std::vector<std::string>{night});
    CHECK(v[0].args.at("date") == "2026-03-03");
    CHECK(v[1].shifts == std::vector<std::string>{day});
    CHECK(v[1].args.at("absence") == "egenmelding");
    for (AbsenceType t : {AbsenceType::Sykemelding, AbsenceType::ChildSick, AbsenceType::Vacation, AbsenceType::Leave}) {
        Plan q;
        q.absence("a1", "2026-03-04", "2026-03-04", t);
        q.shift("2026-03-04T08:00", "2026-03-04T12:00");
        CHECK(q.of("during_absence").size() == 1);
    }
}

// [SECTION] Weeks against the decision ------------------------------------------------
TEST_CASE("decision hours: a week may use the decided 37.5 h; one minute more is a warning") {
    auto week = [](const char* friday_end) {
        Plan p;
        p.decision("2026-01-01", nullptr, 37.5);
        p.person("a2");
        for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04"})
            p.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T15:30").c_str(), 30, "a1");
        p.shift("2026-03-05T08:00", "2026-03-05T15:30", 30, "a2");
        p.shift("2026-03-06T08:00", friday_end, 30, "a2");
        return p;
    };
    CHECK(week("2026-03-06T15:30").of("decision_hours").empty());
    auto v = week("2026-03-06T15:31").of("decision_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].severity == Severity::Warning);
    CHECK(v[0].assistant.empty());
    CHECK(v[0].at == T("2026-03-02T00:00"));
    CHECK(v[0].shifts.size() == 5);
    CHECK(v[0].message == "Week 2026-W10: 37.52 hours planned; the decision gives 37.5 hours.");
    // Without a decision there is nothing to compare with.
    Plan none = week("2026-03-06T15:31");
    none.doc.arrangement.decisions.clear();
    CHECK(none.of("decision_hours").empty());
}

TEST_CASE("decision hours: a week split by two decisions is prorated per day") {
    // 35 h until Wednesday 4 March, 42 h from Thursday: 3 x 5 h + 4 x 6 h = 39 h that week.
    auto week = [](const char* last_end) {
        Plan p;
        p.decision("2026-01-01", "2026-03-04", 35);
        p.decision("2026-03-05", nullptr, 42);
        p.person("a2");
        p.person("a3");
        p.shift("2026-03-02T08:00", "2026-03-02T16:00", 30, "a1");
        p.shift("2026-03-03T08:00", "2026-03-03T16:00", 30, "a2");
        p.shift("2026-03-04T08:00", "2026-03-04T16:00", 30, "a3");
        p.shift("2026-03-05T08:00", "2026-03-05T16:00", 30, "a1");
        p.shift("2026-03-06T08:00", last_end, 30, "a2");
        return p;
    };
    CHECK(week("2026-03-06T15:00").of("decision_hours").empty());
    auto v = week("2026-03-06T15:01").of("decision_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("decided") == "39");
    CHECK(v[0].args.at("hours") == "39.02");
}

TEST_CASE("decision hours: a shift across Sunday midnight is split between the weeks") {
    Plan p;
    p.decision("2026-01-01", nullptr, 7);
    p.person("a2");
    p.shift("2026-03-08T20:00", "2026-03-09T04:00", 30);  // 4 h in week 10, 4 h in week 11
    p.shift("2026-03-09T08:00", "2026-03-09T11:01", 0, "a2");
    auto v = p.of("decision_hours");
    REQUIRE(v.size() == 1);
    CHECK(v[0].args.at("week") == "2026-W11");
    CHECK(v[0].args.at("hours") == "7.02");
}

TEST_CASE("flex reserve: planning more than 90 % of the decision leaves too little outside the plan") {
    // 37.5 h decided: 10 % is 3 h 45 min, so 33 h 45 min may be planned.
    auto week = [](const char* last_end) {
        Plan p;
        p.decision("2026-01-01", nullptr, 37.5);
        p.person("a2");
        for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04"})
            p.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T15:00").c_str(), 30, "a1");
        p.shift("2026-03-05T08:00", "2026-03-05T14:45", 30, "a2");
        p.shift("2026-03-06T08:00", last_end, 0, "a2");
        return p;
    };
    CHECK(week("2026-03-06T14:00").of("flex_reserve").empty());
    auto v = week("2026-03-06T14:01").of("flex_reserve");
    REQUIRE(v.size() == 1);
    CHECK(v[0].severity == Severity::Warning);
    CHECK(v[0].args.at("hours") == "33.77");
    CHECK(v[0].args.at("reserve") == "3.73");
    CHECK(v[0].args.at("minimum") == "3.75");
    CHECK(v[0].args.at("percent") == "10");
    CHECK(week("2026-03-06T14:01").of("decision_hours").empty());
    // A week over the decision is reported by decision_hours alone.
    Plan over = week("2026-03-06T18:00");
    CHECK(over.of("flex_reserve").empty());
    CHECK(over.of("decision_hours").size() == 1);
    // The percentage follows arrangement.rules; weeks without shifts are not judged.
    Plan p = week("2026-03-06T14:01");
    p.set("flex_reserve_min_percent", 5);
    CHECK(p.of("flex_reserve").empty());
}

TEST_CASE("related share: relatives together at most 20 % of the decided hours in a week") {
    auto plan = [](const char* end, bool second_relative) {
        Plan p;
        p.decision("2026-01-01", nullptr, 37.5);  // 20 % = 7 h 30 min
        p.a1().related_to_user = true;
        p.person("a2").related_to_user = second_relative;
        p.person("a3");
        p.shift("2026-03-02T08:00", "2026-03-02T12:00", 0, "a1");
        p.shift("2026-03-03T08:00", end, 0, "a2");
        p.shift("2026-03-04T08:00", "2026-03-04T16:00", 30, "a3");
        return p;
    };
    CHECK(plan("2026-03-03T11:30", true).of("related_share").empty());
    auto v = plan("2026-03-03T11:31", true).of("related_share");
    REQUIRE(v.size() == 1);
    CHECK(v[0].assistant.empty());  // two relatives together
    CHECK(v[0].args.at("hours") == "7.52");
    CHECK(v[0].args.at("limit") == "7.5");
    CHECK(v[0].shifts == std::vector<std::string>{"s1", "s2"});
    CHECK(plan("2026-03-03T11:31", false).of("related_share").empty());  // only a1's 4 h count
    // One relative alone is named.
    Plan one = plan("2026-03-03T11:31", false);
    one.doc.shifts[0].end = T("2026-03-02T15:31");
    auto w = one.of("related_share");
    REQUIRE(w.size() == 1);
    CHECK(w[0].assistant == "a1");
    one.set("related_share_percent", 25);
    CHECK(one.of("related_share").empty());
}

// [SECTION] check(): order, filter, messages --------------------------------------------
TEST_CASE("violations come in a fixed order: by time, then rule, then assistant") {
    Plan p;
    p.person("a2");
    p.shift("2026-03-03T08:00", "2026-03-03T09:00", 0, "a2");  // short
    p.shift("2026-03-03T08:00", "2026-03-03T09:00", 0, "a1");  // short
    p.shift("2026-03-02T08:00", "2026-03-02T14:00", 0, "a2");  // no break
    auto v = check(p.doc);
    REQUIRE(v.size() == 3);
    CHECK(v[0].rule == "break");
    CHECK(v[1].rule == "short_shift");
    CHECK(v[1].assistant == "a1");
    CHECK(v[2].assistant == "a2");
    CHECK(check(p.doc).size() == 3);
}

TEST_CASE("from and to keep the violations whose time is within those days") {
    Plan p;
    p.shift("2026-03-02T08:00", "2026-03-02T09:00");
    p.shift("2026-03-09T08:00", "2026-03-09T09:00");
    p.shift("2026-03-16T08:00", "2026-03-16T09:00");
    CHECK(check(p.doc).size() == 3);
    CheckOptions o;
    o.from = D("2026-03-09");
    CHECK(check(p.doc, o).size() == 2);
    o.to = D("2026-03-09");
    auto v = check(p.doc, o);
    REQUIRE(v.size() == 1);
    CHECK(v[0].at == T("2026-03-09T08:00"));
}

TEST_CASE("messages in nb and da fill the same values, with a decimal comma") {
    Plan p;
    p.shift("2026-03-02T12:00", "2026-03-02T20:00", 30);
    p.shift("2026-03-03T06:59", "2026-03-03T12:00");
    auto v = p.of("daily_rest");
    REQUIRE(v.size() == 1);
    CHECK(violation_message(v[0], Jurisdiction::NO, "en") == v[0].message);
    CHECK(violation_message(v[0], Jurisdiction::NO, "nb") ==
          "Lengste sammenhengende fri i døgnet fra 02.03.2026 kl. 12:00 er 10,98 timer; minst 11 timer kreves.");
    CHECK(violation_message(v[0], Jurisdiction::NO, "da") ==
          "Længste sammenhængende fri i døgnet fra 02.03.2026 kl. 12:00 er 10,98 timer; mindst 11 timer kræves.");
    CHECK(fill_template("{a} of {b} ({c})", {{"a", "12.5"}, {"b", "2026-03-02"}}, "nb") == "12,5 of 02.03.2026 ({c})");
    CHECK(fill_template("{a}", {{"a", "12.5"}}, "en") == "12.5");
    // An ISO week is its number in nb and da ("Uke 49"), kept in English; a time stays a time.
    CHECK(fill_template("Uke {w} kl. {t}", {{"w", "2026-W09"}, {"t", "12:00"}}, "nb") == "Uke 9 kl. 12:00");
    CHECK(fill_template("Week {w}", {{"w", "2026-W49"}}, "en") == "Week 2026-W49");
    CHECK(fill_template("{w}", {{"w", "2026-Wxx"}}, "da") == "2026-Wxx");
    // A word chosen by its number: 1 time, 1,5 timer.
    CHECK(fill_template("{h} {h|time|timer}", {{"h", "1"}}, "nb") == "1 time");
    CHECK(fill_template("{h} {h|time|timer}", {{"h", "1.5"}}, "nb") == "1,5 timer");
}

TEST_CASE("durations in messages are decimal hours to the hundredth, each minute distinct") {
    CHECK(rules_detail::format_hours(555) == "9.25");
    CHECK(rules_detail::format_hours(630) == "10.5");
    CHECK(rules_detail::format_hours(660) == "11");
    CHECK(rules_detail::format_hours(659) == "10.98");
    CHECK(rules_detail::format_hours(1) == "0.02");
    CHECK(rules_detail::format_hours(-5) == "0");
    for (int m = 0; m < 3000; ++m) CHECK(rules_detail::format_hours(m) != rules_detail::format_hours(m + 1));
}

TEST_CASE("a clean plan in each country has no violations") {
    Plan no;
    no.decision("2026-01-01", nullptr, 37.5);
    no.person("a2");
    for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04"})
        no.shift((std::string(d) + "T08:00").c_str(), (std::string(d) + "T15:00").c_str(), 30, "a1");
    no.shift("2026-03-05T08:00", "2026-03-05T14:00", 30, "a2");
    no.shift("2026-03-06T08:00", "2026-03-06T14:00", 30, "a2");
    CHECK(check(no.doc).empty());

    Plan dk(Jurisdiction::DK);
    dk.decision("2026-01-01", nullptr, 60);
    dk.a1().birth_date = D("1990-01-01");
    for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"})
        dk.shift((std::string(d) + "T07:30").c_str(), (std::string(d) + "T15:30").c_str(), 30);
    CHECK(check(dk.doc).empty());
}
