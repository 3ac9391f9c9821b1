// Public holidays and holiday-supplement days for Norway and Denmark
// (RULES.md, "Time and calendars").

#include "holidays.h"

#include <algorithm>
#include <set>

namespace bpa {

std::optional<Jurisdiction> parse_jurisdiction(std::string_view text) {
    if (text == "NO") return Jurisdiction::NO;
    if (text == "DK") return Jurisdiction::DK;
    return std::nullopt;
}

const char* to_string(Jurisdiction j) {
    switch (j) {
        case Jurisdiction::NO: return "NO";
        case Jurisdiction::DK: return "DK";
    }
    return "";
}

Zone zone_of(Jurisdiction j) {
    switch (j) {
        case Jurisdiction::NO: return Zone::Oslo;
        case Jurisdiction::DK: return Zone::Copenhagen;
    }
    return Zone::Oslo;
}

Date easter_sunday(int year) {
    // Gregorian computus (the "anonymous" algorithm in Meeus' form). Easter is
    // the first Sunday after the ecclesiastical full moon on or after 21 March.
    const int golden  = year % 19;                          // [0, 18] place in the 19-year Metonic cycle
    const int century = year / 100;
    const int in_cent = year % 100;                          // [0, 99]
    const int skipped_leaps = century / 4;                   // century years that were leap years
    const int century_rest  = century % 4;                   // [0, 3]
    const int moon_shift    = (century + 8) / 25;            // Gregorian lunar correction, part 1
    const int moon_corr     = (century - moon_shift + 1) / 3;  // part 2
    // Days from 21 March to the paschal full moon: [0, 29].
    const int epact = (19 * golden + century - skipped_leaps - moon_corr + 15) % 30;
    const int year_leaps = in_cent / 4;
    const int year_rest  = in_cent % 4;                      // [0, 3]
    // Days from the full moon to the following Sunday, less one: [0, 6].
    const int to_sunday = (32 + 2 * century_rest + 2 * year_leaps - epact - year_rest) % 7;
    // Rare correction that keeps Easter on or before 25 April: [0, 1].
    const int late = (golden + 11 * epact + 22 * to_sunday) / 451;
    const int n = epact + to_sunday - 7 * late + 114;        // [114, 148]: 22 March .. 25 April
    const int month = n / 31;                                // 3 or 4
    const int day = n % 31 + 1;                              // [1, 31]
    return *Date::from_ymd(year, month, day);
}

namespace {

// Keys in their fixed order. Holidays on the same date are listed in this
// order (1 May and 17 May can fall on Ascension or Whitsun).
enum class Key {
    new_year, maundy_thursday, good_friday, easter_sunday, easter_monday, labour_day,
    constitution_day, great_prayer_day, ascension_day, whit_sunday, whit_monday,
    christmas_day, boxing_day, dk_constitution_day, christmas_eve, new_years_eve
};

const char* key_name(Key k) {
    switch (k) {
        case Key::new_year:            return "new_year";
        case Key::maundy_thursday:     return "maundy_thursday";
        case Key::good_friday:         return "good_friday";
        case Key::easter_sunday:       return "easter_sunday";
        case Key::easter_monday:       return "easter_monday";
        case Key::labour_day:          return "labour_day";
        case Key::constitution_day:    return "constitution_day";
        case Key::great_prayer_day:    return "great_prayer_day";
        case Key::ascension_day:       return "ascension_day";
        case Key::whit_sunday:         return "whit_sunday";
        case Key::whit_monday:         return "whit_monday";
        case Key::christmas_day:       return "christmas_day";
        case Key::boxing_day:          return "boxing_day";
        case Key::dk_constitution_day: return "dk_constitution_day";
        case Key::christmas_eve:       return "christmas_eve";
        case Key::new_years_eve:       return "new_years_eve";
    }
    return "";
}

struct Entry {
    Date date;
    Key key;
    const char* name;
};

Date fixed(int year, int month, int day) { return *Date::from_ymd(year, month, day); }

std::vector<Holiday> finish(std::vector<Entry> entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.date != b.date) return a.date < b.date;
        return a.key < b.key;
    });
    std::vector<Holiday> out;
    out.reserve(entries.size());
    for (const Entry& e : entries) out.push_back(Holiday{e.date, key_name(e.key), e.name});
    return out;
}

}  // namespace

namespace {

// The public holidays of a year as entries (no texts made), in no order.
std::vector<Entry> public_entries(Jurisdiction j, int year) {
    const Date easter = easter_sunday(year);
    const auto from_easter = [&](int days) { return easter + Days{days}; };
    std::vector<Entry> e;
    switch (j) {
        case Jurisdiction::NO:
            // Lov om helligdager og helligdagsfred § 1; 1 and 17 May by lov om
            // 1. og 17. mai som høgtidsdager (treated like Sundays).
            e = {
                {fixed(year, 1, 1),   Key::new_year,         "Første nyttårsdag"},
                {from_easter(-3),     Key::maundy_thursday,  "Skjærtorsdag"},
                {from_easter(-2),     Key::good_friday,      "Langfredag"},
                {easter,              Key::easter_sunday,    "Første påskedag"},
                {from_easter(1),      Key::easter_monday,    "Andre påskedag"},
                {fixed(year, 5, 1),   Key::labour_day,       "Offentlig høytidsdag"},
                {fixed(year, 5, 17),  Key::constitution_day, "Grunnlovsdag"},
                {from_easter(39),     Key::ascension_day,    "Kristi himmelfartsdag"},
                {from_easter(49),     Key::whit_sunday,      "Første pinsedag"},
                {from_easter(50),     Key::whit_monday,      "Andre pinsedag"},
                {fixed(year, 12, 25), Key::christmas_day,    "Første juledag"},
                {fixed(year, 12, 26), Key::boxing_day,       "Andre juledag"},
            };
            break;
        case Jurisdiction::DK:
            e = {
                {fixed(year, 1, 1),   Key::new_year,        "Nytårsdag"},
                {from_easter(-3),     Key::maundy_thursday, "Skærtorsdag"},
                {from_easter(-2),     Key::good_friday,     "Langfredag"},
                {easter,              Key::easter_sunday,   "Påskedag"},
                {from_easter(1),      Key::easter_monday,   "2. påskedag"},
                {from_easter(39),     Key::ascension_day,   "Kristi himmelfartsdag"},
                {from_easter(49),     Key::whit_sunday,     "Pinsedag"},
                {from_easter(50),     Key::whit_monday,     "2. pinsedag"},
                {fixed(year, 12, 25), Key::christmas_day,   "Juledag"},
                {fixed(year, 12, 26), Key::boxing_day,      "2. juledag"},
            };
            // Store Bededag was abolished as a public holiday from 2024.
            if (year <= 2023) e.push_back({from_easter(26), Key::great_prayer_day, "Store bededag"});
            break;
    }
    return e;
}

}  // namespace

std::vector<Holiday> public_holidays(Jurisdiction j, int year) { return finish(public_entries(j, year)); }

std::vector<Holiday> supplement_days(Jurisdiction j, int year) {
    // Always the three days, even in a year where 5 June is also Whit Sunday
    // or Whit Monday: the public holiday then covers the whole day anyway.
    if (j != Jurisdiction::DK) return {};
    // Rebild, seed 003 § 6.5: supplement from 12:00 on these days.
    return finish({
        {fixed(year, 6, 5),   Key::dk_constitution_day, "Grundlovsdag"},
        {fixed(year, 12, 24), Key::christmas_eve,       "Juleaftensdag"},
        {fixed(year, 12, 31), Key::new_years_eve,       "Nytårsaftensdag"},
    });
}

std::optional<Holiday> public_holiday_on(Jurisdiction j, Date d) {
    // The first by key order when two holidays share the date (asked for every
    // day shown and checked: only the one found is made into a Holiday).
    const Entry* found = nullptr;
    const std::vector<Entry> entries = public_entries(j, d.year());
    for (const Entry& e : entries)
        if (e.date == d && (!found || e.key < found->key)) found = &e;
    if (!found) return std::nullopt;
    return Holiday{found->date, key_name(found->key), found->name};
}

bool is_public_holiday(Jurisdiction j, Date d) {
    const std::vector<Entry> entries = public_entries(j, d.year());
    return std::any_of(entries.begin(), entries.end(), [d](const Entry& e) { return e.date == d; });
}

std::vector<RestDay> rest_days(Jurisdiction j, Zone zone, Date from, Date to) {
    std::set<int32_t> days;
    for (int y = from.year(); y <= to.year(); ++y)
        for (const auto& h : public_entries(j, y))
            if (from <= h.date && h.date <= to) days.insert(h.date.days());
    for (Date d = from; d <= to; d += Days{1})
        if (d.weekday() == Weekday::Sunday) days.insert(d.days());
    std::vector<RestDay> out;
    out.reserve(days.size());
    auto utc = [zone](Date d, int minute) { return to_utc(LocalDateTime{d, minute}, zone).count; };
    for (int32_t n : days) {
        const Date d = Date::from_days(n);
        const bool after_rest_day = days.count(n - 1) > 0;
        const bool before_rest_day = days.count(n + 1) > 0;
        const int64_t start = after_rest_day ? utc(d, 0) : utc(d - Days{1}, 18 * 60);
        const int64_t end = before_rest_day ? utc(d + Days{1}, 0) : utc(d, 22 * 60);
        out.push_back(RestDay{d, start, end});
    }
    return out;
}

}  // namespace bpa
