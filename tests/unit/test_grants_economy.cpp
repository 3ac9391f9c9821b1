// Extra grants and stays (seed 003 §§ 6.1, 9.2-9.3), the DK arrangement's
// facts (§ 95 / § 96, lønadministrator, CVR), and the economy (§ 6): hours by
// time of day, the hourly cost, the budget, the actual cost and the annual account.
#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "app/print.h"
#include "core/commands.h"
#include "core/deadlines.h"
#include "core/economy.h"
#include "core/hours.h"
#include "core/json_io.h"

using namespace bpa;
using namespace bpa::test;

namespace {


ExtraGrant grant(GrantKind kind, const char* from, const char* to, double hours = 10) {
    ExtraGrant g;
    g.from = D(from);
    g.to = D(to);
    g.hours = hours;
    g.kind = kind;
    return g;
}

Document dk_year() {
    Document doc = document_in(Jurisdiction::DK);
    doc.arrangement.decisions.push_back(Decision{D("2026-01-01"), D("2026-12-31"), 14, "", Json::object()});
    employ(doc, "a1", "Mette", "2025-01-01");
    return doc;
}

}  // namespace

// [SECTION] Grants -------------------------------------------------------------------------------
TEST_CASE("the cap of 3 a year holds for weekend stays only") {
    Document doc = dk_year();
    for (int i = 0; i < 4; ++i)
        CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::Introduction, "2026-02-02", "2026-02-06")); }).ok());
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::SicknessCover, "2026-03-02", "2026-03-06")); }).ok());
    for (int i = 0; i < 3; ++i)
        CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::WeekendStay, "2026-06-06", "2026-06-07")); }).ok());
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::WeekendStay, "2026-09-05", "2026-09-06")); })
              .refusal == Refusal::TooMany);
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::WeekendStay, "2027-01-02", "2027-01-03")); }).ok());
    Problems problems;
    const auto read = read_extra_grants(doc, &problems);
    CHECK(problems.empty());
    CHECK(read.size() == 9);
    CHECK(read[0].id == "g1");
    CHECK(read[8].id == "g9");
    CHECK(weekend_stays_in_year(read, 2026) == 3);
}

TEST_CASE("grants in a file: a grant without a kind is a weekend stay; an unknown kind is named") {
    Document doc = dk_year();
    Json grants = Json::array();
    for (const char* from : {"2026-01-10", "2026-02-14", "2026-03-14", "2026-04-11"})
        grants.push_back(Json{{"from", from}, {"to", from}, {"hours", 10}});
    grants.push_back(Json{{"from", "2026-05-01"}, {"to", "2026-05-01"}, {"hours", 10}, {"kind", "introduction"}});
    doc.extra["extra_grants"] = grants;
    Problems problems;
    auto read = read_extra_grants(doc, &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "extra_grants[3]");  // the 4th weekend stay
    CHECK(read.size() == 4);
    CHECK(read.back().kind == GrantKind::Introduction);
    doc.extra["extra_grants"] = Json::array({Json{{"from", "2026-05-01"}, {"to", "2026-05-01"}, {"hours", 10}, {"kind", "holiday"}}});
    problems.clear();
    CHECK(read_extra_grants(doc, &problems).empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "extra_grants[0].kind");
    CHECK(problems[0].kind == ProblemKind::UnknownValue);
    // Written back with the kind; read again the same.
    write_extra_grants(doc, {grant(GrantKind::StayAway, "2026-07-01", "2026-07-14")});
    CHECK(doc.extra["extra_grants"][0]["kind"] == "stay_away");
    CHECK(read_extra_grants(doc)[0].kind == GrantKind::StayAway);
}

TEST_CASE("a grant is listed with what it was granted for, its days and hours, and the leader's note") {
    Document doc = dk_year();
    ExtraGrant away = grant(GrantKind::StayAway, "2026-07-01", "2026-07-14", 37.5);
    away.reason = "Sommerhus i Skagen";
    REQUIRE(run(doc, [&](Document& d) { return add_extra_grant(d, away); }).ok());
    REQUIRE(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::SicknessCover, "2026-03-02", "2026-03-06", 20)); }).ok());
    // The note travels with the file.
    const ReadResult back = read_document(write_document(doc));
    REQUIRE(back.ok());
    const std::vector<ExtraGrant> grants = read_extra_grants(*back.document);
    REQUIRE(grants.size() == 2);
    CHECK(grants[0].reason == "Sommerhus i Skagen");
    auto table = [](Language l) {
        I18n i18n;
        Problems p;
        i18n.set_table(l, TranslationTable::parse(source_file(std::string("assets/i18n/") + to_string(l) + ".json"), p));
        REQUIRE(p.empty());
        i18n.language = l;
        i18n.jurisdiction = Jurisdiction::DK;
        return i18n;
    };
    const I18n da = table(Language::Da), nb = table(Language::Nb);
    CHECK(grant_line(da, grants[0]) == "Ferie eller ophold uden for hjemmet: 01.07.2026 – 14.07.2026, 37,5 t – Sommerhus i Skagen");
    CHECK(grant_line(da, grants[1]) == "Sygdom: 02.03.2026 – 06.03.2026, 20 t");
    CHECK(grant_line(nb, grants[1]) == "Sykdom: 02.03.2026 – 06.03.2026, 20 t");
    CHECK(grant_line(da, grant(GrantKind::Introduction, "2026-02-02", "2026-02-06", 12)) ==
          "Introduktion af ny hjælper: 02.02.2026 – 06.02.2026, 12 t");
    CHECK(grant_line(da, grant(GrantKind::WeekendStay, "2026-06-06", "2026-06-07", 24)) ==
          "Weekendophold: 06.06.2026 – 07.06.2026, 24 t");
}

TEST_CASE("a stay abroad needs a § 96 arrangement") {
    Document doc = dk_year();
    CHECK(run(doc, [](Document& d) { return set_service_act_section(d, 95); }).ok());
    CHECK(service_act_section(doc.arrangement) == 95);
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::StayAbroad, "2026-08-01", "2026-08-10")); })
              .refusal == Refusal::NotAllowed);
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::StayAway, "2026-08-01", "2026-08-10")); }).ok());
    CHECK(run(doc, [](Document& d) { return set_service_act_section(d, 96); }).ok());
    CHECK(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::StayAbroad, "2026-08-01", "2026-08-10")); }).ok());
    CHECK(run(doc, [](Document& d) { return set_service_act_section(d, 97); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_service_act_section(d, std::nullopt); }).ok());
    CHECK_FALSE(service_act_section(doc.arrangement));
}

TEST_CASE("application deadlines: a month before a weekend stay or a stay away, three before a stay abroad") {
    CHECK(grant_application_due(grant(GrantKind::WeekendStay, "2026-06-05", "2026-06-07")) == D("2026-05-05"));
    CHECK(grant_application_due(grant(GrantKind::StayAway, "2026-03-31", "2026-04-05")) == D("2026-02-28"));
    CHECK(grant_application_due(grant(GrantKind::StayAbroad, "2026-08-31", "2026-09-20")) == D("2026-05-31"));
    CHECK_FALSE(grant_application_due(grant(GrantKind::Introduction, "2026-08-31", "2026-09-20")));
    Document doc = dk_year();
    REQUIRE(run(doc, [&](Document& d) { return add_extra_grant(d, grant(GrantKind::StayAbroad, "2026-08-31", "2026-09-20")); }).ok());
    std::vector<std::string> found;
    for (const auto& d : deadlines(doc, D("2026-05-31"), D("2026-05-31"), DeadlineOptions{true}))
        if (d.kind.starts_with("grant")) found.push_back(d.kind + " " + d.ref);
    CHECK(found == std::vector<std::string>{"grant_application g1"});
    CHECK(deadlines(doc, D("2026-05-31"), D("2026-05-31")).empty());  // not one of the command line's kinds
}

TEST_CASE("the CVR number and the lønadministrator are kept in the arrangement") {
    Document doc = dk_year();
    CHECK(run(doc, [](Document& d) { return set_cvr_number(d, "1234 5678"); }).ok());
    CHECK(cvr_number(doc.arrangement) == "12345678");
    CHECK(run(doc, [](Document& d) { return set_cvr_number(d, "01234567"); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_cvr_number(d, "1234567"); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_cvr_number(d, "1234567a"); }).refusal == Refusal::OutOfRange);
    CHECK(cvr_number(doc.arrangement) == "12345678");
    Contact admin{"Fællescenter Økonomi", "99 88 77 66", "loen@example.dk", "", Json::object()};
    CHECK(run(doc, [&](Document& d) { return set_contact(d, ContactRole::PayrollAdministrator, admin); }).ok());
    ReadResult back = read_document(write_document(doc));
    REQUIRE(back.ok());
    CHECK(payroll_administrator(back.document->arrangement).name == "Fællescenter Økonomi");
    CHECK(cvr_number(back.document->arrangement) == "12345678");
    CHECK(run(doc, [](Document& d) { return set_cvr_number(d, ""); }).ok());
    CHECK(cvr_number(doc.arrangement).empty());
    CHECK(run(doc, [](Document& d) { return set_contact(d, ContactRole::PayrollAdministrator, Contact{}); }).ok());
    CHECK(payroll_administrator(doc.arrangement).empty());
}

// [SECTION] Economy ------------------------------------------------------------------------------
TEST_CASE("hours by time of day: a Saturday into Sunday night") {
    Document doc = dk_year();
    const BudgetParams p = default_budget_params(Jurisdiction::DK);
    const BandHours b = band_hours(doc, p, shift("s1", "a1", "2026-03-07T10:00", "2026-03-08T02:00"));
    CHECK(b.total == 16);
    CHECK(b.evening == 6);   // 17-23
    CHECK(b.night == 3);     // 23-02
    CHECK(b.saturday == 14); // 10-24
    CHECK(b.sunday == 2);
    CHECK(b.holiday == 0);
}

TEST_CASE("holiday hours: all of a public holiday, from 12:00 on Christmas Eve, none on Store Bededag from 2024") {
    Document doc = dk_year();
    BudgetParams p = default_budget_params(Jurisdiction::DK);
    CHECK(band_hours(doc, p, shift("s1", "a1", "2026-12-24T08:00", "2026-12-24T20:00")).holiday == 8);
    CHECK(band_hours(doc, p, shift("s1", "a1", "2026-12-25T08:00", "2026-12-25T20:00")).holiday == 12);
    CHECK(band_hours(doc, p, shift("s1", "a1", "2026-05-01T08:00", "2026-05-01T16:00")).holiday == 0);  // Store Bededag gone
    // 24 December 2022 was a Saturday: the Saturday supplement before 12:00, the holiday one after.
    const BandHours sat = band_hours(doc, p, shift("s1", "a1", "2022-12-24T08:00", "2022-12-24T16:00"));
    CHECK(sat.saturday == 4);
    CHECK(sat.holiday == 4);
    // 25 December 2022 was a Sunday: the holiday supplement instead of the Sunday one.
    const BandHours sun = band_hours(doc, p, shift("s1", "a1", "2022-12-25T08:00", "2022-12-25T16:00"));
    CHECK(sun.sunday == 0);
    CHECK(sun.holiday == 8);
}

TEST_CASE("the hourly cost: wage, supplements by their share of the hours, pension and holiday pay") {
    BudgetParams p = default_budget_params(Jurisdiction::DK);
    CHECK(p.wage_step == "11");
    CHECK(p.pension_percent == doctest::Approx(8.4));
    CHECK(p.holiday_pay_percent == 12.5);
    p.hourly_wage = 150;
    p.evening_supplement = 30;
    BandHours mix;
    mix.total = 40;
    mix.evening = 10;
    const HourlyCost c = hourly_cost(p, mix);
    CHECK(c.supplements == 7.5);
    CHECK(c.wage == 157.5);
    CHECK(c.pension == doctest::Approx(12.6));  // 8.4 % of the base wage, not of the supplements
    CHECK(c.holiday_pay == doctest::Approx(19.6875));
    CHECK(c.total == doctest::Approx(189.7875));
    CHECK(hourly_cost(p, BandHours{}).total == doctest::Approx(150 * 1.209));  // no hours: the base wage
    const BudgetParams no = default_budget_params(Jurisdiction::NO);
    CHECK(no == BudgetParams{});  // Norway: no rates until the leader enters them
    BudgetParams n = no;
    n.hourly_wage = 200;
    n.holiday_pay_percent = 12;
    n.employer_tax_percent = 14.1;
    CHECK(hourly_cost(n, BandHours{}).total == doctest::Approx(224 * 1.141));
}

TEST_CASE("the Danish defaults are the figures of Rebild's handbook; the rates it does not give are left to the leader") {
    const BudgetParams dk = default_budget_params(Jurisdiction::DK);
    CHECK(dk.wage_step == "11");                          // seed 003 § 13.2
    CHECK(dk.pension_percent == doctest::Approx(8.4));    // § 13.8: 2/3 of 12,6 %
    CHECK(dk.holiday_pay_percent == 12.5);                // § 6.1
    // § 6.5 and § 13.2 give no supplement amounts, § 13.6 no ATP amount: 0 until entered.
    CHECK(dk.evening_supplement == 0);
    CHECK(dk.night_supplement == 0);
    CHECK(dk.saturday_supplement == 0);
    CHECK(dk.sunday_supplement == 0);
    CHECK(dk.holiday_supplement == 0);
    CHECK(dk.atp_per_hour == 0);
    CHECK(dk.employer_tax_percent == 0);  // a Norwegian tax
    CHECK(dk.hourly_wage == 0);           // the amount of løntrin 11 is in the municipal pay scale, not the seed
    // Every supplement and ATP is a parameter the leader can set from the agreement.
    Document doc = dk_year();
    for (const char* name : {"evening_supplement", "night_supplement", "saturday_supplement", "sunday_supplement",
                             "holiday_supplement", "atp_per_hour"})
        CHECK(run(doc, [&](Document& d) { return set_budget_parameter(d, name, 12.5); }).ok());
    const BudgetParams set = budget_params(doc.arrangement);
    CHECK(set.evening_supplement == 12.5);
    CHECK(set.holiday_supplement == 12.5);
    CHECK(set.atp_per_hour == 12.5);
}

TEST_CASE("the year: budget from the decided hours, actual from the confirmed hours, unused hours paid back in Denmark") {
    Document doc = dk_year();  // 14 h a week all of 2026: 730 h
    REQUIRE(run(doc, [](Document& d) { return set_budget_parameter(d, "hourly_wage", 150); }).ok());
    Shift a = shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T18:00");  // Monday: 1 evening hour
    a.status = ShiftStatus::Worked;
    Shift b = shift("s2", "a1", "2026-03-03T08:00", "2026-03-03T18:00");  // planned: in the mix, not in the actual
    doc.shifts = {a, b};
    const YearEconomy e = year_economy(doc, 2026, D("2026-12-31"));
    CHECK(e.decided_hours == doctest::Approx(730));
    CHECK(e.plan.total == 20);
    CHECK(e.worked.total == 10);
    CHECK(e.rate.total == doctest::Approx(150 * 1.209));
    CHECK(e.budget == doctest::Approx(730 * 150 * 1.209));
    CHECK(e.actual == doctest::Approx(10 * 150 * 1.209));
    CHECK(e.unused_hours == doctest::Approx(720));
    CHECK(e.pay_back == doctest::Approx(720 * 150 * 1.209));
    CHECK(e.account_due == D("2027-03-31"));
    CHECK_FALSE(e.wage_missing);
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    const YearEconomy no = year_economy(doc, 2026, D("2026-12-31"));
    CHECK(no.pay_back == 0);
    CHECK_FALSE(no.account_due);
    CHECK(no.rate.total == 150);  // Norway's defaults: nothing on top until entered
}

TEST_CASE("budget parameters: known names, numbers in range, times, removal") {
    Document doc = dk_year();
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "bonus", 1); }).refusal == Refusal::UnknownItem);
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "pension_percent", 100.5); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "hourly_wage", -1); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "hourly_wage", "150"); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "evening_from", "25:00"); }).refusal == Refusal::OutOfRange);
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "evening_from", "18:00"); }).ok());
    CHECK(budget_params(doc.arrangement).evening_from == TimeOfDay(18 * 60));
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "pension_percent", 0); }).ok());
    CHECK(budget_params(doc.arrangement).pension_percent == 0);
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "pension_percent", nullptr); }).ok());
    CHECK(budget_params(doc.arrangement).pension_percent == doctest::Approx(8.4));
    CHECK(run(doc, [](Document& d) { return set_budget_parameter(d, "evening_from", nullptr); }).ok());
    CHECK_FALSE(doc.arrangement.extra.contains("budget"));
    // A stored value out of range keeps the default.
    doc.arrangement.extra["budget"] = Json{{"holiday_pay_percent", 140}, {"hourly_wage", 160}};
    CHECK(budget_params(doc.arrangement).holiday_pay_percent == 12.5);
    CHECK(budget_params(doc.arrangement).hourly_wage == 160);
}
