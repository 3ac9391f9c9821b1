// The translation tables: complete in all three languages, every key the
// interface asks for exists, placeholders agree, and jurisdiction words follow.
#include "core/people.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/i18n.h"
#include "core/wording.h"
#include "core/problem.h"
#include "core/hours.h"
#include "core/leave.h"
#include "core/commands.h"
#include "core/json_io.h"

using namespace bpa;
using namespace bpa::test;
namespace fs = std::filesystem;

namespace {

TranslationTable load(Language l) {
    Problems problems;
    auto t = TranslationTable::parse(slurp(fs::path(BPA_SOURCE_DIR) / "assets/i18n" / (std::string(to_string(l)) + ".json")),
                                     problems);
    CHECK(problems.empty());
    return t;
}

// Keys the interface asks for with a literal: tr("..."), fmt("..."), and the
// key tables in the views.
std::set<std::string> keys_used_in_sources() {
    std::set<std::string> keys;
    std::regex call("(?:tr|fmt)\\(\"([a-z_]+\\.[a-z_.0-9A-Z]*[a-z_0-9A-Z])\"\\s*[,)]");
    for (const char* dir : {"src/ui", "src/app"}) {
        for (auto& e : fs::directory_iterator(fs::path(BPA_SOURCE_DIR) / dir)) {
            std::string text = slurp(e.path());
            for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it)
                keys.insert((*it)[1]);
        }
    }
    return keys;
}

}  // namespace

TEST_CASE("nb, da and en have the same keys, the same placeholders and no empty text") {
    auto nb = load(Language::Nb), da = load(Language::Da), en = load(Language::En);
    REQUIRE(nb.entries.size() > 100);
    for (const TranslationTable* t : {&da, &en}) {
        for (auto& entry : nb.entries) {
            const std::string& k = entry.first;  // a name INFO's lambda can take
            const auto& e = entry.second;
            INFO("key " << k);
            REQUIRE(t->entries.count(k) == 1);
            const auto& o = t->entries.find(k)->second;
            CHECK(placeholders(e.text) == placeholders(o.text));
            CHECK(!o.text.empty());
            if (o.no) {
                CHECK(placeholders(*o.no) == placeholders(*o.dk));
            }
        }
        CHECK(t->entries.size() == nb.entries.size());
    }
}

TEST_CASE("every key the interface uses exists in every language") {
    auto used = keys_used_in_sources();
    REQUIRE(used.size() > 50);
    for (Language l : all_languages) {
        auto t = load(l);
        for (const auto& k : used) {
            INFO(std::string(to_string(l)) << " " << k);
            CHECK(t.entries.count(k) == 1);
        }
    }
}

TEST_CASE("keys built at run time exist: screens, holidays, problems, employment, employer models") {
    std::vector<std::string> keys = {"employment.fast", "employment.tilkalling", "employment.vikar",
                                     "jurisdiction.NO", "jurisdiction.DK"};
    // People (core/people.h): kinds, topics, statuses, checklist items, what to tell in an interview.
    for (const char* k : talk_kinds) {
        keys.push_back(std::string("talk.kind.") + k);
        keys.push_back(std::string("talk.kind_help.") + k);
    }
    for (const char* t : appraisal_topics) keys.push_back(std::string("talk.topic.") + t);
    for (const char* s : candidate_statuses) keys.push_back(std::string("candidate.status.") + s);
    for (const char* i : interview_information) keys.push_back(std::string("interview.info.") + i);
    for (const char* k : {"resignation", "dismissal", "temporary_end"}) keys.push_back(std::string("leaving.kind.") + k);
    for (const char* g : {"interview", "references", "certificate", "child_certificate"}) keys.push_back(std::string("candidate.gap.") + g);
    for (const char* i : {"contract", "contract_complete", "confidentiality", "certificate", "child_certificate", "work_permit",
                          "bank_account", "probation_talk"})
        keys.push_back(std::string("onboarding.item.") + i);
    for (const char* m : {"unset", "kommune", "leverandor", "selv", "naertstaaende", "forening", "privat"})
        keys.push_back(std::string("employer.") + m);
    for (int y : {2023, 2026})
        for (Jurisdiction j : {Jurisdiction::NO, Jurisdiction::DK}) {
            for (auto& h : public_holidays(j, y)) keys.push_back("holiday." + h.key);
            for (auto& h : supplement_days(j, y)) keys.push_back("holiday." + h.key);
        }
    for (Refusal i : {Refusal::UnknownAssistant, Refusal::NonexistentTime, Refusal::ZeroLength,
                         Refusal::EndBeforeStart, Refusal::TooLong, Refusal::NotEmployed})
        keys.push_back(refusal_key(i));
    // The start screen's steps for a leader starting from nothing (view_overview.cpp).
    for (const char* s : {"create", "decision", "assistants", "need", "plan"}) keys.push_back(std::string("start.steps.") + s);
    for (int m = 1; m <= 12; ++m) keys.push_back("month." + std::to_string(m));
    for (int d = 1; d <= 7; ++d) keys.push_back("weekday.short." + std::to_string(d));
    for (const char* s : {"planned", "worked", "cancelled"}) keys.push_back(std::string("shift_status.") + s);
    for (const char* s : {"draft", "signed", "approved", "sent"}) keys.push_back(std::string("timesheet_status.") + s);
    for (const char* s : {"assistant", "leader", "employer"}) keys.push_back(std::string("actor.") + s);
    for (const char* s : {"assistant_sick", "cancelled_by_leader", "assistant_absent", "other"}) keys.push_back(std::string("reason.") + s);
    for (const char* s : {"egenmelding", "sykemelding", "child_sick", "vacation", "leave"}) keys.push_back(std::string("absence.") + s);
    for (const char* s : {"forecast_overspend", "unused_late"}) keys.push_back(std::string("account_warning.") + s);
    for (const char* s : {"egenmelding_not_eligible", "egenmelding_too_long", "egenmelding_too_many_occasions",
                          "egenmelding_too_many_days", "egenmelding_after_full_employer_period", "child_sick_over_quota",
                          "child_sick_no_child", "child_sick_beyond_day_2", "vacation_notice_short", "vacation_over_entitlement",
                          "tab_absences", "tab_vacation", "tab_open", "policy_statutory", "policy_extended", "dk_employer_pays",
                          "dk_employer_not_pays", "notice_months", "notice_days", "notice_by_employer", "notice_by_employee",
                          "main_period_no", "main_period_dk", "approved", "side_before", "side_after"})
        keys.push_back(std::string("leave.") + s);
    for (const auto& n : maternity_notices(*Date::parse("2026-06-01"))) keys.push_back("maternity." + n.key);
    for (int e = 1; e <= static_cast<int>(Refusal::PeriodNotEnded); ++e) keys.push_back(refusal_key(static_cast<Refusal>(e)));
    for (int k = 0; k <= static_cast<int>(ProblemKind::EmptyText); ++k)
        keys.push_back(std::string("problem.") + kind_id(static_cast<ProblemKind>(k)));
    for (Language l : all_languages) {
        auto t = load(l);
        for (const auto& k : keys) {
            INFO(std::string(to_string(l)) << " " << k);
            CHECK(t.entries.count(k) == 1);
        }
    }
}

TEST_CASE("the words follow the jurisdiction: assistent in Norway, hjælper in Denmark") {
    I18n i18n;
    i18n.set_table(Language::Da, load(Language::Da));
    i18n.set_table(Language::Nb, load(Language::Nb));
    i18n.language = Language::Da;
    i18n.jurisdiction = Jurisdiction::DK;
    CHECK(std::string(i18n.tr("nav.assistants")) == "Hjælpere");
    CHECK(std::string(i18n.tr("settings.decisions")) == "Afgørelser");
    i18n.jurisdiction = Jurisdiction::NO;
    CHECK(std::string(i18n.tr("nav.assistants")) == "Assistenter");
    i18n.language = Language::Nb;
    CHECK(std::string(i18n.tr("settings.decisions")) == "Vedtak");
    CHECK(std::string(i18n.tr("nav.year")) == "Årshjul");
}

TEST_CASE("a missing key shows the key, placeholders are replaced, problems read in the language") {
    I18n i18n;
    i18n.set_table(Language::Nb, load(Language::Nb));
    i18n.set_table(Language::En, load(Language::En));
    CHECK(std::string(i18n.tr("no.such.key")) == "no.such.key");
    CHECK(i18n.fmt("overview.count_of", {{"n", "3"}, {"total", "4"}}) == "3 av 4");
    CHECK(replace_placeholders("{a} og {b} og {c}", {{"a", "1"}, {"b", "2"}}) == "1 og 2 og {c}");
    Problem p{"assistants[1].employed_from", ProblemKind::NotADate, "2026-13-01", "", ""};
    CHECK(i18n.describe(p) == "assistants[1].employed_from: «2026-13-01» er ikke en dato ÅÅÅÅ-MM-DD.");
    i18n.language = Language::En;
    CHECK(i18n.describe(p) == "assistants[1].employed_from: “2026-13-01” is not a date YYYY-MM-DD.");
}

TEST_CASE("a value of the wrong type in a file is named in the reader's words: ja eller nej, en tekst eller intet") {
    // A DK file with a yes/no field given as text and a date-or-nothing field given as a number.
    Json file = Json::parse(source_file("tests/fixtures/examples/dk_eksempel.json"));
    file["assistants"][0]["related_to_user"] = "ja";
    file["assistants"][0]["employed_to"] = 5;
    const ReadResult r = read_document(file);
    REQUIRE(r.problems.size() == 2);
    I18n i18n;
    i18n.set_table(Language::Da, load(Language::Da));
    i18n.set_table(Language::Nb, load(Language::Nb));
    i18n.set_table(Language::En, load(Language::En));
    std::vector<std::string> da, nb, en;
    for (const Problem& p : r.problems) {
        CHECK(p.kind == ProblemKind::WrongType);
        i18n.language = Language::Da;
        da.push_back(i18n.describe(p));
        i18n.language = Language::Nb;
        nb.push_back(i18n.describe(p));
        i18n.language = Language::En;
        en.push_back(i18n.describe(p));
    }
    std::sort(da.begin(), da.end());
    std::sort(nb.begin(), nb.end());
    std::sort(en.begin(), en.end());
    CHECK(da == std::vector<std::string>{"assistants[0].employed_to: Forkert type (forventet en tekst eller intet).",
                                         "assistants[0].related_to_user: Forkert type (forventet ja eller nej)."});
    CHECK(nb == std::vector<std::string>{"assistants[0].employed_to: Feil type (forventet en tekst eller ingenting).",
                                         "assistants[0].related_to_user: Feil type (forventet ja eller nei)."});
    CHECK(en == std::vector<std::string>{"assistants[0].employed_to: Wrong type (expected text or null).",
                                         "assistants[0].related_to_user: Wrong type (expected true or false)."});
    // Never the JSON words in Danish or Norwegian.
    for (const auto& m : da) {
        CHECK(m.find("true") == std::string::npos);
        CHECK(m.find("null") == std::string::npos);
    }
}

TEST_CASE("the table reader gives what the general JSON reader gives, for each real table") {
    for (Language l : all_languages) {
        const std::string text = slurp(fs::path(BPA_SOURCE_DIR) / "assets/i18n" / (std::string(to_string(l)) + ".json"));
        Problems problems;
        const TranslationTable t = TranslationTable::parse(text, problems);
        CHECK(problems.empty());
        const nlohmann::json j = nlohmann::json::parse(text);
        REQUIRE(t.entries.size() == j.size());
        for (const auto& [key, value] : j.items()) {
            const auto it = t.entries.find(key);
            REQUIRE(it != t.entries.end());
            if (value.is_string()) {
                CHECK(it->second.text == value.get<std::string>());
                CHECK_FALSE(it->second.no);
            } else {
                CHECK(*it->second.no == value["NO"].get<std::string>());
                CHECK(*it->second.dk == value["DK"].get<std::string>());
            }
        }
    }
}

TEST_CASE("the table reader: escapes, other values skipped, broken text refused whole") {
    Problems problems;
    auto t = TranslationTable::parse(R"( {"q": "a \"b\" \\ \/ \n\t\u00e6\u00F8\u00e5 \ud83d\ude00",
        "n": 1.5e3, "l": [1, {"x": [true, false, null]}], "o": {"NO": "n", "DK": "d", "X": "x"},
        "p": {"DK": "d", "NO": "n"}} )", problems);
    CHECK(t.entries.at("q").text == "a \"b\" \\ / \n\tæøå 😀");
    CHECK(*t.entries.at("p").no == "n");
    CHECK(*t.entries.at("p").dk == "d");
    CHECK(t.entries.size() == 2);
    REQUIRE(problems.size() == 3);  // n, l, o: neither text nor exactly an NO/DK pair
    CHECK(problems[0].path == "n");
    CHECK(problems[2].path == "o");
    for (const char* broken : {"", "{", R"({"a": "x",})", R"({"a" "x"})", R"({"a": "x"} x)", R"({"a": "\q"})",
                                R"({"a": "\ud83d"})", "{\"a\": \"x\ny\"}", R"({"a": [1, 2})", R"({"a": tru})", "[]"}) {
        Problems p;
        const TranslationTable b = TranslationTable::parse(broken, p);
        CHECK_MESSAGE(b.entries.empty(), broken);
        REQUIRE_MESSAGE(p.size() == 1, broken);
        CHECK(p[0].kind == ProblemKind::ParseError);
        CHECK(p[0].detail.find("byte ") != std::string::npos);
    }
}

TEST_CASE("a table entry that is neither text nor an NO/DK pair is reported") {
    Problems problems;
    auto t = TranslationTable::parse(R"({"a": "x", "b": 3, "c": {"NO": "n"}})", problems);
    CHECK(t.entries.size() == 1);
    CHECK(problems.size() == 2);
}

TEST_CASE("a table given as text is read when first needed, with its problems") {
    I18n i18n;
    i18n.set_source(Language::En, R"({"a": "from English", "b": 3})");
    i18n.set_source(Language::Nb, R"({"a": "fra bokmål"})");
    i18n.language = Language::Nb;
    CHECK(std::string(i18n.tr("a")) == "fra bokmål");
    i18n.set_source(Language::Nb, R"({})");
    CHECK(std::string(i18n.tr("a")) == "from English");  // falls back to English, read now
    CHECK(i18n.problems(Language::Nb).empty());
    CHECK(i18n.problems(Language::En).size() == 1);
    CHECK(i18n.table(Language::En).entries.size() == 1);
    i18n.set_source(Language::Da, "not json");
    CHECK(i18n.problems(Language::Da).size() == 1);
}

TEST_CASE("numbers use a decimal comma in Norwegian and Danish, a point in English") {
    I18n i18n;
    i18n.language = Language::Nb;
    CHECK(i18n.number(37.5) == "37,5");
    CHECK(i18n.number(20.0) == "20");
    CHECK(i18n.number(7.25) == "7,25");
    CHECK(i18n.number(1.0 / 3.0) == "0,33");
    CHECK(i18n.number(-0.001) == "0");
    i18n.language = Language::Da;
    CHECK(i18n.number(37.5) == "37,5");
    i18n.language = Language::En;
    CHECK(i18n.number(37.5) == "37.5");
}

namespace {

// The code points of UTF-8 text.
std::vector<char32_t> code_points(const std::string& s) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += static_cast<size_t>(len);
    }
    return out;
}

}  // namespace

TEST_CASE("every character of the interface's texts is in the font subset") {
    // assets/fonts/subset.txt: "U+0020-007E,U+00A0-00FF,U+2013,..."
    std::string spec = slurp(fs::path(BPA_SOURCE_DIR) / "assets/fonts/subset.txt");
    std::vector<std::pair<char32_t, char32_t>> ranges;
    std::regex item("U\\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?");
    for (auto it = std::sregex_iterator(spec.begin(), spec.end(), item); it != std::sregex_iterator(); ++it) {
        char32_t a = static_cast<char32_t>(std::stoul((*it)[1], nullptr, 16));
        char32_t b = (*it)[2].matched ? static_cast<char32_t>(std::stoul((*it)[2], nullptr, 16)) : a;
        ranges.push_back({a, b});
    }
    REQUIRE(ranges.size() > 5);
    auto covered = [&](char32_t c) {
        if (c == '\n') return true;
        for (auto [a, b] : ranges)
            if (c >= a && c <= b) return true;
        return false;
    };
    for (const char* file : {"assets/i18n/nb.json", "assets/i18n/da.json", "assets/i18n/en.json", "assets/rules/no.json",
                             "assets/rules/dk.json", "tests/fixtures/examples/no_eksempel.json", "tests/fixtures/examples/dk_eksempel.json"}) {
        for (char32_t c : code_points(slurp(fs::path(BPA_SOURCE_DIR) / file))) {
            INFO(file << " U+" << std::hex << static_cast<unsigned>(c));
            CHECK(covered(c));
        }
    }
}

TEST_CASE("a word follows its number: 1 vakt, 2 vakter, 1,5 timer; dates as the language writes them") {
    I18n i18n;
    i18n.set_table(Language::Nb, load(Language::Nb));
    i18n.language = Language::Nb;
    CHECK(replace_placeholders("{n} {n|vakt|vakter}", {{"n", "1"}}) == "1 vakt");
    CHECK(replace_placeholders("{n} {n|vakt|vakter}", {{"n", "2"}}) == "2 vakter");
    CHECK(replace_placeholders("{n} {n|vakt|vakter}", {{"n", "0"}}) == "0 vakter");
    CHECK(replace_placeholders("{h} {h|time|timer}", {{"h", i18n.number(1.5)}}) == "1,5 timer");
    CHECK(replace_placeholders("{h} {h|time|timer}", {{"h", i18n.number(1.0)}}) == "1 time");
    CHECK(replace_placeholders("{x|a|b}", {}) == "{x|a|b}");  // an unknown name is kept as written
    CHECK(is_one("1"));
    CHECK(is_one("-1"));
    CHECK(is_one("1,00"));
    CHECK_FALSE(is_one("1,5"));
    CHECK_FALSE(is_one("11"));
    CHECK_FALSE(is_one("1."));
    CHECK(i18n.fmt("hours.shifts_count", {{"n", "1"}}) == "1 vakt");
    CHECK(i18n.fmt("hours.shifts_count", {{"n", "3"}}) == "3 vakter");
    CHECK(i18n.date(Date::from_ymd(2026, 12, 1).value()) == "01.12.2026");
    CHECK(i18n.amount(0) == "0,00");
    CHECK(i18n.amount(-0.001) == "0,00");
    CHECK(i18n.amount(1234.5) == "1234,50");
    i18n.language = Language::En;
    CHECK(i18n.date(Date::from_ymd(2026, 12, 1).value()) == "2026-12-01");
}

TEST_CASE("counts of one take the singular: 1 advarsel, 1 ny vagt, 1 day") {
    // Every count these texts show can be 1; with each number 1 no plural noun remains.
    const std::vector<std::string> keys = {"plan.violations_title", "leave.with_warnings", "plan.kept_locked",
                                           "propose.summary", "sick.case_title", "plan.rotation_preview",
                                           "leaving.dismissal_no", "leaving.dismissal_dk", "leave.too_many_away",
                                           "assistants.delete_question"};
    const std::vector<std::pair<Language, std::vector<std::string>>> plurals = {
        {Language::Nb, {"1 advarsler", "vakter", "dager", "daterte", "samtalenotater"}},
        {Language::Da, {"1 advarsler", "vagter", "dage)", "daterede", "samtalenotater"}},
        {Language::En, {"1 warnings", "shifts", "days", "notes", "There are", "were", "have", "absences"}}};
    for (const auto& [language, words] : plurals) {
        I18n i18n;
        i18n.set_table(language, load(language));
        i18n.language = language;
        const std::string date = i18n.date(Date::from_ymd(2026, 3, 2).value());
        auto with = [&](const std::string& key, const std::string& warnings) {
            return i18n.fmt(key, {{"errors", "1"}, {"warnings", warnings}, {"n", "1"}, {"days", "1"}, {"added", "1"},
                                  {"replaced", "1"}, {"locked", "1"}, {"manual", "1"}, {"done", "1"}, {"shifts", "1"},
                                  {"absences", "1"}, {"from", date}, {"to", date}, {"first", date}, {"last", date},
                                  {"names", "Ola"}, {"away", "1"}, {"max", "1"}, {"name", "Ola"}});
        };
        for (const std::string& key : keys) {
            const std::string text = with(key, "1");
            CAPTURE(key);
            CAPTURE(text);
            CHECK(text.find('{') == std::string::npos);
            for (const std::string& w : words) CHECK(text.find(w) == std::string::npos);
        }
        // Two takes the plural again.
        CHECK(with("plan.violations_title", "2").find(language == Language::En ? "2 warnings" : "2 advarsler") !=
              std::string::npos);
    }
}
