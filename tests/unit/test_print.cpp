// The printable work plan (seed 000, appendix 1).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/print.h"
#include "core/hours.h"
#include "core/json_io.h"

using namespace bpa;

namespace {

size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + what.size())) ++n;
    return n;
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
