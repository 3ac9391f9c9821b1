// Public holidays and supplement days (RULES.md, "Time and calendars").

#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "core/holidays.h"

using namespace bpa;
using namespace bpa::test;

namespace {

struct Expected {
    const char* date;
    const char* key;
    const char* name;
};

void check_list(const std::vector<Holiday>& got, const std::vector<Expected>& want) {
    REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        INFO("entry " << i << ": " << want[i].date << " " << want[i].key);
        CHECK(got[i].date.str() == want[i].date);
        CHECK(got[i].key == want[i].key);
        CHECK(got[i].name == want[i].name);
    }
}

}  // namespace

TEST_CASE("jurisdictions parse from and print as NO and DK, with their zones") {
    CHECK(parse_jurisdiction("NO") == Jurisdiction::NO);
    CHECK(parse_jurisdiction("DK") == Jurisdiction::DK);
    CHECK_FALSE(parse_jurisdiction("no").has_value());
    CHECK_FALSE(parse_jurisdiction("SE").has_value());
    CHECK_FALSE(parse_jurisdiction("").has_value());
    CHECK(std::string(to_string(Jurisdiction::NO)) == "NO");
    CHECK(std::string(to_string(Jurisdiction::DK)) == "DK");
    CHECK(zone_of(Jurisdiction::NO) == Zone::Oslo);
    CHECK(zone_of(Jurisdiction::DK) == Zone::Copenhagen);
}

TEST_CASE("Easter Sunday of known years") {
    CHECK(easter_sunday(1818) == ymd(1818, 3, 22));  // the earliest possible date
    CHECK(easter_sunday(1900) == ymd(1900, 4, 15));
    CHECK(easter_sunday(1943) == ymd(1943, 4, 25));  // the latest possible date
    CHECK(easter_sunday(2000) == ymd(2000, 4, 23));
    CHECK(easter_sunday(2008) == ymd(2008, 3, 23));
    CHECK(easter_sunday(2019) == ymd(2019, 4, 21));
    CHECK(easter_sunday(2024) == ymd(2024, 3, 31));
    CHECK(easter_sunday(2025) == ymd(2025, 4, 20));
    CHECK(easter_sunday(2026) == ymd(2026, 4, 5));
    CHECK(easter_sunday(2038) == ymd(2038, 4, 25));
    CHECK(easter_sunday(2100) == ymd(2100, 3, 28));
    CHECK(easter_sunday(2285) == ymd(2285, 3, 22));
}

TEST_CASE("Easter is a Sunday between 22 March and 25 April in every year 1900..2100") {
    for (int y = 1900; y <= 2100; ++y) {
        const Date e = easter_sunday(y);
        INFO(y);
        CHECK(e.weekday() == Weekday::Sunday);
        CHECK(e >= ymd(y, 3, 22));
        CHECK(e <= ymd(y, 4, 25));
    }
}

TEST_CASE("Norway's public holidays of 2026, complete and in date order") {
    check_list(public_holidays(Jurisdiction::NO, 2026), {
        {"2026-01-01", "new_year",         "Første nyttårsdag"},
        {"2026-04-02", "maundy_thursday",  "Skjærtorsdag"},
        {"2026-04-03", "good_friday",      "Langfredag"},
        {"2026-04-05", "easter_sunday",    "Første påskedag"},
        {"2026-04-06", "easter_monday",    "Andre påskedag"},
        {"2026-05-01", "labour_day",       "Offentlig høytidsdag"},
        {"2026-05-14", "ascension_day",    "Kristi himmelfartsdag"},
        {"2026-05-17", "constitution_day", "Grunnlovsdag"},
        {"2026-05-24", "whit_sunday",      "Første pinsedag"},
        {"2026-05-25", "whit_monday",      "Andre pinsedag"},
        {"2026-12-25", "christmas_day",    "Første juledag"},
        {"2026-12-26", "boxing_day",       "Andre juledag"},
    });
}

TEST_CASE("Denmark's public holidays of 2026: no 1 or 17 May, no Store Bededag") {
    check_list(public_holidays(Jurisdiction::DK, 2026), {
        {"2026-01-01", "new_year",        "Nytårsdag"},
        {"2026-04-02", "maundy_thursday", "Skærtorsdag"},
        {"2026-04-03", "good_friday",     "Langfredag"},
        {"2026-04-05", "easter_sunday",   "Påskedag"},
        {"2026-04-06", "easter_monday",   "2. påskedag"},
        {"2026-05-14", "ascension_day",   "Kristi himmelfartsdag"},
        {"2026-05-24", "whit_sunday",     "Pinsedag"},
        {"2026-05-25", "whit_monday",     "2. pinsedag"},
        {"2026-12-25", "christmas_day",   "Juledag"},
        {"2026-12-26", "boxing_day",      "2. juledag"},
    });
}

TEST_CASE("Store Bededag (Easter + 26) is a Danish holiday in 2023 and an ordinary working day from 2024") {
    const std::optional<Holiday> h = public_holiday_on(Jurisdiction::DK, ymd(2023, 5, 5));
    REQUIRE(h.has_value());
    CHECK(h->key == "great_prayer_day");
    CHECK(h->name == "Store bededag");
    CHECK(public_holidays(Jurisdiction::DK, 2023).size() == 11);

    CHECK(public_holidays(Jurisdiction::DK, 2024).size() == 10);
    CHECK_FALSE(is_public_holiday(Jurisdiction::DK, ymd(2024, 4, 26)));  // Easter 31 March + 26
    for (const Holiday& x : public_holidays(Jurisdiction::DK, 2024)) CHECK(x.key != "great_prayer_day");
    // Never in Norway.
    CHECK_FALSE(is_public_holiday(Jurisdiction::NO, ymd(2023, 5, 5)));
}

TEST_CASE("17 May on Ascension Day (2012): both are listed, Grunnlovsdag first") {
    const std::vector<Holiday> hs = public_holidays(Jurisdiction::NO, 2012);
    REQUIRE(hs.size() == 12);
    std::vector<std::string> on_17_may;
    for (const Holiday& h : hs)
        if (h.date == ymd(2012, 5, 17)) on_17_may.push_back(h.key);
    CHECK(on_17_may == std::vector<std::string>{"constitution_day", "ascension_day"});
    CHECK(public_holiday_on(Jurisdiction::NO, ymd(2012, 5, 17))->key == "constitution_day");
}

TEST_CASE("17 May on Whit Monday (2027) and on Whit Sunday (2043): both are listed") {
    const auto keys_on = [](int year, Date d) {
        std::vector<std::string> keys;
        for (const Holiday& h : public_holidays(Jurisdiction::NO, year))
            if (h.date == d) keys.push_back(h.key);
        return keys;
    };
    CHECK(keys_on(2027, ymd(2027, 5, 17)) == std::vector<std::string>{"constitution_day", "whit_monday"});
    CHECK(keys_on(2043, ymd(2043, 5, 17)) == std::vector<std::string>{"constitution_day", "whit_sunday"});
    // 2029 is not such a year: Ascension 10 May, Whitsun 20-21 May.
    CHECK(keys_on(2029, ymd(2029, 5, 17)) == std::vector<std::string>{"constitution_day"});
}

TEST_CASE("1 May on Ascension Day (2008): Norway lists both, Denmark only Ascension") {
    std::vector<std::string> no_keys;
    for (const Holiday& h : public_holidays(Jurisdiction::NO, 2008))
        if (h.date == ymd(2008, 5, 1)) no_keys.push_back(h.key);
    CHECK(no_keys == std::vector<std::string>{"labour_day", "ascension_day"});
    CHECK(public_holiday_on(Jurisdiction::DK, ymd(2008, 5, 1))->key == "ascension_day");
}

TEST_CASE("every year 1900..2100 has 12 Norwegian and 10 or 11 Danish holidays, sorted by date") {
    for (int y = 1900; y <= 2100; ++y) {
        INFO(y);
        const std::vector<Holiday> no = public_holidays(Jurisdiction::NO, y);
        const std::vector<Holiday> dk = public_holidays(Jurisdiction::DK, y);
        CHECK(no.size() == 12);
        CHECK(dk.size() == (y <= 2023 ? 11u : 10u));
        for (const std::vector<Holiday>* list : {&no, &dk}) {
            for (size_t i = 0; i < list->size(); ++i) {
                CHECK((*list)[i].date.year() == y);
                if (i > 0) CHECK((*list)[i - 1].date <= (*list)[i].date);
            }
        }
    }
}

TEST_CASE("1 and 17 May are public holidays in Norway, not in Denmark; an ordinary Sunday is neither") {
    CHECK(is_public_holiday(Jurisdiction::NO, ymd(2026, 5, 1)));
    CHECK(is_public_holiday(Jurisdiction::NO, ymd(2026, 5, 17)));
    CHECK_FALSE(is_public_holiday(Jurisdiction::DK, ymd(2026, 5, 1)));
    CHECK_FALSE(is_public_holiday(Jurisdiction::DK, ymd(2026, 5, 17)));
    CHECK_FALSE(is_public_holiday(Jurisdiction::NO, ymd(2026, 5, 10)));  // Sunday: a rest day, not a holiday
    CHECK_FALSE(public_holiday_on(Jurisdiction::NO, ymd(2026, 12, 24)).has_value());
    CHECK(public_holiday_on(Jurisdiction::NO, ymd(2026, 12, 26))->name == "Andre juledag");
}

TEST_CASE("Danish supplement days from 12:00: Grundlovsdag, 24 and 31 December; none in Norway") {
    CHECK(supplement_from == TimeOfDay(12 * 60));
    check_list(supplement_days(Jurisdiction::DK, 2026), {
        {"2026-06-05", "dk_constitution_day", "Grundlovsdag"},
        {"2026-12-24", "christmas_eve",       "Juleaftensdag"},
        {"2026-12-31", "new_years_eve",       "Nytårsaftensdag"},
    });
    CHECK(supplement_days(Jurisdiction::NO, 2026).empty());
    // Supplement days are not public holidays.
    CHECK_FALSE(is_public_holiday(Jurisdiction::DK, ymd(2026, 6, 5)));
    CHECK_FALSE(is_public_holiday(Jurisdiction::DK, ymd(2026, 12, 24)));
    CHECK_FALSE(is_public_holiday(Jurisdiction::DK, ymd(2026, 12, 31)));
}

TEST_CASE("Grundlovsdag on Whit Monday (2017) stays in the supplement list; the day is a holiday anyway") {
    CHECK(supplement_days(Jurisdiction::DK, 2017).size() == 3);
    CHECK(public_holiday_on(Jurisdiction::DK, ymd(2017, 6, 5))->key == "whit_monday");
}
