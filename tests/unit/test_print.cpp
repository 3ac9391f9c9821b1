// The printable pages: the work plan (seed 000, appendix 1), the timesheet
// (appendix 2; DK with its sygetimer column), the year, the hours bank and the
// economy (budget and account).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/print.h"
#include "core/commands.h"
#include "core/economy.h"
#include "core/hours.h"
#include "core/json_io.h"
#include "support.h"

using namespace bpa;

namespace {

size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + what.size())) ++n;
    return n;
}

I18n in_language(Language l) {
    I18n i18n;
    Problems p;
    const std::string file = std::string("assets/i18n/") + to_string(l) + ".json";
    i18n.set_table(l, TranslationTable::parse(test::source_file(file), p));
    i18n.language = l;
    REQUIRE(p.empty());
    return i18n;
}

I18n norwegian() {
    I18n i18n;
    std::ifstream in(std::filesystem::path(BPA_SOURCE_DIR) / "assets/i18n/nb.json");
    std::stringstream ss;
    ss << in.rdbuf();
    Problems p;
    i18n.set_table(Language::Nb, TranslationTable::parse(ss.str(), p));
    return i18n;
}

Document plan() {
    Document doc;
    doc.arrangement.name = "Kari & <Ola>";
    doc.arrangement.leader.name = "Kari Nordmann";
    Assistant a;
    a.id = "a1";
    a.name = "Åse \"Bjørnstad\"";
    a.employed_from = *Date::parse("2026-01-01");
    doc.assistants.push_back(a);
    auto shift = [&](const char* id, const char* from, const char* to, ShiftStatus st = ShiftStatus::Planned) {
        Shift s;
        s.id = id;
        s.assistant = "a1";
        s.start = *LocalDateTime::parse(from);
        s.end = *LocalDateTime::parse(to);
        s.status = st;
        doc.shifts.push_back(s);
    };
    shift("s1", "2026-03-02T07:30", "2026-03-02T11:30");
    shift("s2", "2026-03-02T15:00", "2026-03-02T20:00");
    shift("s3", "2026-03-02T21:00", "2026-03-02T22:00");
    shift("s4", "2026-03-28T22:00", "2026-03-29T07:00");  // 8 h across the spring change
    shift("s5", "2026-03-10T08:00", "2026-03-10T12:00", ShiftStatus::Cancelled);
    shift("s6", "2026-04-01T08:00", "2026-04-01T12:00");
    return doc;
}

}  // namespace

TEST_CASE("the work plan form has a row per day of the month, both shifts of a split day and the month's sum") {
    I18n i18n = norwegian();
    std::string html = work_plan_html(plan(), i18n, "a1", 2026, 3);
    CHECK(count(html, "<tr") == 2 + 31 + 1);  // two header rows, 31 days, the sum
    CHECK(html.find("<td>07:30</td><td>11:30</td><td>15:00</td><td>20:00</td>") != std::string::npos);
    CHECK(html.find("21:00–22:00") != std::string::npos);  // a third shift goes to "more shifts"
    CHECK(html.find("<td class=\"n\">10</td>") != std::string::npos);  // 4 + 5 + 1 hours on the 2nd
    CHECK(html.find("<td class=\"n\">8</td>") != std::string::npos);   // the night over the change is 8 h
    CHECK(html.find("08:00") == std::string::npos);                     // cancelled, and April's shift: not here
    CHECK(html.find("<b>18</b>") != std::string::npos);                 // month total 10 + 8
    CHECK(html.find("Sted, dato, signatur assistent") != std::string::npos);
    CHECK(html.find("Sted, dato, signatur arbeidsleder") != std::string::npos);
    CHECK(html.find("mars") != std::string::npos);
    CHECK(html.find("Åse &quot;Bjørnstad&quot;") != std::string::npos);
}

TEST_CASE("February has 28 rows in 2026 and 29 in 2028") {
    I18n i18n = norwegian();
    CHECK(count(work_plan_html(plan(), i18n, "a1", 2026, 2), "<tr") == 2 + 28 + 1);
    CHECK(count(work_plan_html(plan(), i18n, "a1", 2028, 2), "<tr") == 2 + 29 + 1);
}

TEST_CASE("all assistants on one sheet: a column each, names escaped") {
    I18n i18n = norwegian();
    std::string html = work_plan_all_html(plan(), i18n, 2026, 3);
    CHECK(count(html, "<tr") == 1 + 31);
    CHECK(html.find("Kari &amp; &lt;Ola&gt;") != std::string::npos);
    CHECK(html.find("07:30–11:30<br>15:00–20:00<br>21:00–22:00") != std::string::npos);
    CHECK(html_escape("<a href='x'>&") == "&lt;a href=&#39;x&#39;&gt;&amp;");
}

// plan() with a decision of `hours` a week from 2026-01-01.
static Document plan_with_decision(double hours) {
    Document doc = plan();
    Decision d;
    d.from = *Date::parse("2026-01-01");
    d.hours_per_week = hours;
    doc.arrangement.decisions.push_back(d);
    return doc;
}

TEST_CASE("the year on one sheet: the four periods, twelve months, every deadline in its month, done ones ticked") {
    Document doc = plan_with_decision(20);
    const Date today = *Date::parse("2026-04-01");
    auto list = year_deadlines(doc, *Date::parse("2026-01-01"), *Date::parse("2026-12-31"), today);
    REQUIRE(list.size() >= 6);
    REQUIRE(set_deadline_done(doc, list.front().key, today).ok());
    list = year_deadlines(doc, *Date::parse("2026-01-01"), *Date::parse("2026-12-31"), today);
    const std::string h = year_html(doc, norwegian(), 2026, list);
    CHECK(count(h, "<section") == 12);
    CHECK(count(h, "<li") == list.size());
    CHECK(count(h, "class=\"done\"") == 1);
    CHECK(count(h, "Periode ") == 4);
    CHECK(h.find("Kari &amp; &lt;Ola&gt;") != std::string::npos);
    CHECK(h.find("påskeplanen klar") != std::string::npos);
    CHECK(h.find("gjort 01.04.2026") != std::string::npos);
}

TEST_CASE("the hours bank form of appendix 5 has the decision per week and month and a row per week from the account") {
    Document doc = plan_with_decision(24);
    const HoursAccount acc = hours_account(doc, 2026, *Date::parse("2026-03-15"));
    const HoursBankForm form = hours_bank_form(doc, acc);
    const std::string h = hours_bank_html(doc, norwegian(), form);
    CHECK(h.find("Timevedtak pr. uke:</b> 24<") != std::string::npos);
    CHECK(h.find("Timevedtak pr. mnd.:</b> 104<") != std::string::npos);  // 24 × 52 / 12
    CHECK(count(h, "<tr><td>") == acc.weeks.size());
    CHECK(h.find("<b>" + norwegian().number(acc.balance, 2) + "</b>") != std::string::npos);
    CHECK(h.find("Oppsparte timer totalt") != std::string::npos);
}

TEST_CASE("the timesheet print labels its time columns planned and worked, and leaves a line for a missing leader") {
    Document doc = plan();
    // s1 happened later than planned, s2 as planned; s3 is still only planned.
    REQUIRE(correct_shift(doc, "s1", *LocalDateTime::parse("2026-03-02T08:00"), *LocalDateTime::parse("2026-03-02T12:00"),
                          *LocalDateTime::parse("2026-04-01T00:00")) == Refusal::None);
    REQUIRE(confirm_worked(doc, "s2", *LocalDateTime::parse("2026-04-01T00:00")) == Refusal::None);
    const I18n i18n = norwegian();
    const Timesheet ts = timesheet(doc, "a1", *Date::parse("2026-03-01"), *Date::parse("2026-03-31"));
    std::string html = timesheet_html(doc, i18n, ts);
    CHECK(html.find("<th colspan=\"2\">Planlagt</th><th colspan=\"2\">Arbeidet (bekreftet)</th>") != std::string::npos);
    CHECK(html.find("<tr><th>Fra</th><th>Til</th><th>Fra</th><th>Til</th></tr>") != std::string::npos);
    // 2 March: three planned shifts, two of them worked (one at other times), one not confirmed.
    CHECK(html.find("<td>2 man</td><td>07:30<br>15:00<br>21:00</td><td>11:30<br>20:00<br>22:00</td>"
                    "<td>08:00<br>15:00</td><td>12:00<br>20:00</td>") != std::string::npos);
    CHECK(html.find("ikke bekreftet") != std::string::npos);
    CHECK(html.find("Kari Nordmann") != std::string::npos);
    CHECK(count(html, "<span class=\"fill\"></span>") == 0);

    doc.arrangement.leader.name = " ";
    html = timesheet_html(doc, i18n, ts);
    CHECK(html.find("<b>Arbeidsleder:</b> <span class=\"fill\"></span>") != std::string::npos);
}

TEST_CASE("the Danish timeseddel has a sygetimer column: the sick days' planned hours and their sum; the Norwegian has none") {
    Document doc = test::document_in(Jurisdiction::DK);
    test::employ(doc, "a1", "Mette <M>", "2025-01-01");
    Shift worked = test::shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T16:00");
    worked.status = ShiftStatus::Worked;
    doc.shifts = {worked, test::shift("s2", "a1", "2026-03-03T08:00", "2026-03-03T16:00"),
                  test::shift("s3", "a1", "2026-03-04T08:00", "2026-03-04T14:30")};
    test::add_absence(doc, "a1", AbsenceType::Sykemelding, "2026-03-03", "2026-03-04");
    I18n da = in_language(Language::Da);
    da.jurisdiction = Jurisdiction::DK;
    const Timesheet ts = timesheet(doc, "a1", test::D("2026-03-01"), test::D("2026-03-31"));
    REQUIRE(ts.sick.hours() == 14.5);
    const std::string html = timesheet_html(doc, da, ts);
    CHECK(html.find("<th rowspan=\"2\">Sygetimer</th>") != std::string::npos);
    const std::string sick_word = da.tr("absence.sykemelding");
    // 2 March worked 8 h, no sick hours; 3 and 4 March sick: the plan's 8 and 6.5 hours in the column.
    CHECK(html.find("<td class=\"n\">8</td><td class=\"n\"></td><td class=\"n\"></td><td class=\"n\"></td><td>") !=
          std::string::npos);
    CHECK(html.find("<td class=\"n\"></td><td class=\"n\"></td><td class=\"n\"></td><td class=\"n\">8</td><td>" +
                    html_escape(sick_word) + "</td>") != std::string::npos);
    CHECK(html.find("<td class=\"n\">6,5</td><td>" + html_escape(sick_word) + "</td>") != std::string::npos);
    // The sums: 8 h worked, 14,5 sick hours.
    CHECK(html.find("<td class=\"n\"><b>8</b></td><td class=\"n\"><b>0</b></td><td class=\"n\"><b>0</b></td>"
                    "<td class=\"n\"><b>14,5</b></td><td></td></tr>") != std::string::npos);
    CHECK(html.find("Mette &lt;M&gt;") != std::string::npos);

    doc.arrangement.jurisdiction = Jurisdiction::NO;
    const std::string no = timesheet_html(doc, norwegian(), timesheet(doc, "a1", test::D("2026-03-01"), test::D("2026-03-31")));
    CHECK(no.find("Sygetimer") == std::string::npos);
    CHECK(no.find(norwegian().tr("hours.sick_column")) == std::string::npos);
    CHECK(count(no, "<th") == count(html, "<th") - 1);
}

namespace {

// A DK year of 14 decided hours a week (730 h), wage 160 kr and 40 kr an evening
// hour; one 10-hour day worked with an evening hour, one planned the same.
Document economy_year() {
    Document doc = test::document_in(Jurisdiction::DK);
    doc.arrangement.name = "Jens & <Co>";
    doc.arrangement.decisions.push_back(Decision{test::D("2026-01-01"), test::D("2026-12-31"), 14, "", Json::object()});
    test::employ(doc, "a1", "Mette", "2025-01-01");
    REQUIRE(set_budget_parameter(doc, "hourly_wage", 160).ok());
    REQUIRE(set_budget_parameter(doc, "evening_supplement", 40).ok());
    Shift a = test::shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T18:00");
    a.status = ShiftStatus::Worked;
    doc.shifts = {a, test::shift("s2", "a1", "2026-03-03T08:00", "2026-03-03T18:00")};
    return doc;
}

std::vector<std::string> shown(const I18n& i18n, const YearEconomy& e) {
    std::vector<std::string> out;
    for (const auto& r : economy_rows(i18n, e)) out.push_back(std::string(r.total ? "* " : "") + i18n.tr(r.key) + ": " + r.value);
    return out;
}

}  // namespace

TEST_CASE("the economy in Danish: the hourly cost and its parts, budget, cost so far, unused hours paid back by 31 March") {
    const Document doc = economy_year();
    const I18n da = in_language(Language::Da);
    const YearEconomy e = year_economy(doc, 2026, test::D("2026-12-31"));
    // Evening 2 of the plan's 20 hours: 40 × 2/20 = 4 kr an hour on average; wage 164;
    // pension 8,4 % (2/3 of 12,6 %) of the base wage 160 = 13,44; holiday pay 12,5 % = 20,5;
    // hourly cost 197,94.
    CHECK(shown(da, e) == std::vector<std::string>{
                              "Timeløn: 160,00 kr",
                              "Tillæg i gennemsnit pr. time: 4,00 kr",
                              "Pension pr. time: 13,44 kr",
                              "Feriepenge pr. time: 20,50 kr",
                              "ATP pr. time: 0,00 kr",
                              "* Timepris: 197,94 kr",
                              "Bevilgede timer: 730 t",
                              "* Budget: 144496,20 kr",          // 730 × 197,94
                              "Timer bekræftet som arbejdet: 10 t",
                              "* Forbrug indtil nu: 1979,40 kr",  // 10 × 197,94
                              "Tilbage af budgettet: 142516,80 kr",
                              "Ubrugte timer: 720 t",
                              "* Tilbagebetales (ubrugte timer): 142516,80 kr",
                              "Regnskab til kommunen senest: 31.03.2027"});
    const std::string html = economy_html(doc, da, e);
    CHECK(html.find("<h1>Budget og regnskab 2026</h1>") != std::string::npos);
    CHECK(html.find("<b>Løntrin:</b> 11") != std::string::npos);
    CHECK(html.find("Jens &amp; &lt;Co&gt;") != std::string::npos);
    CHECK(html.find("<tr><td>Timeløn</td><td class=\"n\">160,00 kr</td></tr>") != std::string::npos);
    CHECK(html.find("<tr><td><b>Timepris</b></td><td class=\"n\"><b>197,94 kr</b></td></tr>") != std::string::npos);
    CHECK(html.find("<tr><td><b>Tilbagebetales (ubrugte timer)</b></td><td class=\"n\"><b>142516,80 kr</b></td></tr>") !=
          std::string::npos);
    CHECK(html.find(html_escape(da.tr("economy.account_help_dk"))) != std::string::npos);
    CHECK(html.find(html_escape(da.tr("economy.wage_missing"))) == std::string::npos);
    CHECK(count(html, "<tr>") == 14);
}

TEST_CASE("the economy in Norwegian: the employer's tax instead of ATP, nothing paid back, a missing wage said") {
    Document doc = economy_year();
    doc.arrangement.jurisdiction = Jurisdiction::NO;
    REQUIRE(set_budget_parameter(doc, "holiday_pay_percent", 12).ok());
    REQUIRE(set_budget_parameter(doc, "employer_tax_percent", 14.1).ok());
    const I18n nb = norwegian();
    const YearEconomy e = year_economy(doc, 2026, test::D("2026-12-31"));
    // No pension by default; holiday pay 12 % of 164 = 19,68; employer's tax 14,1 % of 183,68 = 25,90.
    CHECK(shown(nb, e) == std::vector<std::string>{
                              "Timelønn: 160,00 kr",
                              "Tillegg i snitt per time: 4,00 kr",
                              "Pensjon per time: 0,00 kr",
                              "Feriepenger per time: 19,68 kr",
                              "Arbeidsgiveravgift per time: 25,90 kr",
                              "* Timepris: 209,58 kr",
                              "Bevilgede timer: 730 t",
                              "* Budsjett: 152992,58 kr",  // 730 × 209,57888
                              "Timer bekreftet arbeidet: 10 t",
                              "* Kostnad så langt: 2095,79 kr",
                              "Igjen av budsjettet: 150896,79 kr"});
    std::string html = economy_html(doc, nb, e);
    CHECK(html.find("<h1>Budsjett og regnskap 2026</h1>") != std::string::npos);
    CHECK(html.find("Lønnstrinn") == std::string::npos);  // the Danish wage step is not shown for Norway
    CHECK(html.find(html_escape(nb.tr("economy.account_help_no"))) != std::string::npos);
    CHECK(html.find(html_escape(nb.tr("economy.wage_missing"))) == std::string::npos);
    REQUIRE(set_budget_parameter(doc, "hourly_wage", nullptr).ok());
    html = economy_html(doc, nb, year_economy(doc, 2026, test::D("2026-12-31")));
    CHECK(html.find(html_escape(nb.tr("economy.wage_missing"))) != std::string::npos);
}
