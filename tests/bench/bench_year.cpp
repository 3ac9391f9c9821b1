// Native benchmarks on a realistic year: figures only, nothing is asserted.
//
// A generated year (2026) of one arrangement with 12 assistants: a rota for a
// user who needs two assistants from 07:00 to 23:00 (a third at the morning and
// dinner peaks on weekdays; on weekends and public holidays fewer) and one
// passive night, about 4,000 shifts. The generator fills every slot greedily
// with the assistant furthest behind their share of the hours who can take it
// within the Norwegian working-time rules as rules/engine.cpp counts them
// (11 h rest and at most 9 h within 24 h, 35 h rest and at most 40 h within 7
// days, the next Sunday or holiday free after working one, breaks on long
// shifts); only when nobody can it relaxes the Sunday rule, and when still
// nobody can it leaves the slot open (the night's assistant is chosen at the
// start of each day and kept out of the day's slots). It prints how many slots
// it relaxed or left open, and what check() finds in the result. The plan has
// about 290 hours a week against a decision of at most 168 (the file format's
// limit), so every week also has a decision_hours warning: a realistic load
// of ~4,000 shifts for 12 assistants is more than one decision allows.
// Assistants have summer vacation,
// Christmas, egenmelding, child-sick days, sykemelding and a leave; a sick
// assistant's shifts are cancelled (not_worked_reason assistant_sick) and given
// to a substitute. Shifts before "today" are worked (a few corrected with
// overtime, a few cancelled by the leader), later ones planned; the months
// before today have timesheets (sent, approved or signed). The weekly need is
// in Document extra "need" (plan.h).
//
// Timed, each as min/median over several runs: check() of the whole year,
// coverage() over the year, hours_account() for the year, the 144 timesheets
// of the year (12 assistants x 12 periods), suggest_substitutes() for one shift,
// and write/read of the document. The document is written to `year_path` for
// tests/browser/bench.mjs.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "bench_common.h"
#include "core/calendar.h"
#include "core/holidays.h"
#include "core/hours.h"
#include "core/json_io.h"
#include "core/leave.h"
#include "core/model.h"
#include "core/plan.h"
#include "core/rules/rules.h"
#include "core/shift_index.h"

namespace fs = std::filesystem;

namespace bpa::bench {

namespace {

constexpr int64_t minutes_per_day = 1440;
constexpr int64_t minutes_per_week = 7 * minutes_per_day;

Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

// [SECTION] The rota's slots and the weekly need ------------------------------------
// Minutes from midnight of the day; an end past 1440 is on the next day.
struct SlotDef {
    int start, end, break_minutes;
    bool passive_night;
};

// Weekdays: two lines of 3-3.5 h shifts from 07:00 to 23:00, a third assistant
// 07:00-09:00 (morning care) and 16:00-19:00 (dinner, activities), and on
// Tuesdays and Thursdays 12:00-14:30 (swimming). Weekends and public holidays:
// one line of long shifts (07-15, 15-23) and a second in the morning (on
// Saturdays also at midday and in the evening). Every day the passive night.
// In start order.
std::vector<SlotDef> slots_of(Date d, bool rest_pattern) {
    std::vector<SlotDef> s;
    const int h = 60;
    if (!rest_pattern) {
        s = {{7 * h, 10 * h, 0, false}, {7 * h, 10 * h + 30, 0, false}, {7 * h, 9 * h, 0, false},
             {10 * h, 13 * h + 30, 0, false}, {10 * h + 30, 14 * h, 0, false}};
        if (d.weekday() == Weekday::Tuesday || d.weekday() == Weekday::Thursday)
            s.push_back({12 * h, 14 * h + 30, 0, false});
        s.insert(s.end(), {{13 * h + 30, 17 * h, 0, false}, {14 * h, 17 * h + 30, 0, false}, {16 * h, 19 * h, 0, false},
                           {17 * h, 20 * h, 0, false}, {17 * h + 30, 20 * h + 30, 0, false},
                           {20 * h, 23 * h, 0, false}, {20 * h + 30, 23 * h, 0, false}});
    } else {
        s = {{7 * h, 15 * h, 30, false}, {8 * h, 12 * h, 0, false}};
        if (d.weekday() == Weekday::Saturday) s.push_back({11 * h, 15 * h, 0, false});  // outing, shopping
        s.push_back({15 * h, 23 * h, 30, false});
        if (d.weekday() == Weekday::Saturday) s.push_back({17 * h, 21 * h, 0, false});
    }
    s.push_back({23 * h, 31 * h, 30, true});  // 23:00-07:00, passive night
    return s;
}

Json need_block(int weekday, const char* from, const char* to, const char* task, int assistants) {
    return Json{{"weekday", weekday}, {"from", from}, {"to", to}, {"task", task}, {"assistants", assistants}};
}

// Document extra "need" in the form plan.cpp reads (read_need).
Json weekly_need() {
    Json need = Json::array();
    for (int wd = 1; wd <= 5; ++wd) {
        need.push_back(need_block(wd, "07:00", "10:00", "Morgenstell og frokost", 2));
        need.push_back(need_block(wd, "10:00", "15:00", "Dagaktiviteter, trening", 2));
        need.push_back(need_block(wd, "15:00", "19:00", "Middag, aktiviteter", 2));
        need.push_back(need_block(wd, "19:00", "23:00", "Kveldsstell", 2));
        need.push_back(need_block(wd, "23:00", "07:00", "Natt (passiv)", 1));
    }
    need.push_back(need_block(6, "07:00", "08:00", "Morgen", 1));
    need.push_back(need_block(6, "08:00", "15:00", "Morgenstell, tur og handling", 2));
    need.push_back(need_block(6, "15:00", "17:00", "Ettermiddag", 1));
    need.push_back(need_block(6, "17:00", "21:00", "Middag og kveldsstell", 2));
    need.push_back(need_block(6, "21:00", "23:00", "Kveld", 1));
    need.push_back(need_block(7, "07:00", "08:00", "Morgen", 1));
    need.push_back(need_block(7, "08:00", "12:00", "Morgenstell og frokost", 2));
    need.push_back(need_block(7, "12:00", "23:00", "Dag og kveld", 1));
    for (int wd = 6; wd <= 7; ++wd) need.push_back(need_block(wd, "23:00", "07:00", "Natt (passiv)", 1));
    return need;
}

// [SECTION] Sunday and holiday periods (as rules/engine.cpp: 18:00 the evening before to 22:00) --------
struct RestPeriod {
    int64_t start = 0, end = 0;  // UTC minutes
};

std::vector<RestPeriod> rest_periods(Date from, Date to, Zone z) {
    std::vector<int32_t> days;
    for (Date d = from; d <= to; d += Days{1})
        if (d.weekday() == Weekday::Sunday || is_public_holiday(Jurisdiction::NO, d)) days.push_back(d.days());
    std::vector<RestPeriod> out;
    for (size_t k = 0; k < days.size(); ++k) {
        const Date d = Date::from_days(days[k]);
        const bool after = k > 0 && days[k - 1] == days[k] - 1;
        const bool before = k + 1 < days.size() && days[k + 1] == days[k] + 1;
        const LocalDateTime s = after ? LocalDateTime{d, 0} : LocalDateTime{d - Days{1}, 18 * 60};
        const LocalDateTime e = before ? LocalDateTime{d + Days{1}, 0} : LocalDateTime{d, 22 * 60};
        out.push_back(RestPeriod{to_utc(s, z).count, to_utc(e, z).count});
    }
    return out;
}

// [SECTION] One assistant's work so far, and whether a shift fits the rules --------------------------
struct Person {
    double target_hours = 0;                      // share of the hours per week (balancing weight)
    std::vector<std::pair<int64_t, int64_t>> work;  // UTC minutes, in start order, never overlapping
    std::vector<char> rest_worked;                // per rest period: has work in it
    std::vector<std::pair<Date, Date>> away;      // vacation, leave, sickness: not available
    std::vector<std::pair<Date, Date>> sick;      // of which sickness (shifts cancelled and replaced)
    int32_t sick_cancel_day = -1;                 // the last day a shift of theirs was cancelled for sickness
};

bool covers(const std::vector<std::pair<Date, Date>>& ranges, Date first, Date last) {
    for (const auto& [f, t] : ranges)
        if (f <= last && first <= t) return true;
    return false;
}

// The rest periods that [s, e) has time in.
std::pair<size_t, size_t> rest_range(const std::vector<RestPeriod>& rest, int64_t s, int64_t e) {
    auto lo = std::lower_bound(rest.begin(), rest.end(), s, [](const RestPeriod& r, int64_t t) { return r.end <= t; });
    auto hi = lo;
    while (hi != rest.end() && hi->start < e) ++hi;
    return {size_t(lo - rest.begin()), size_t(hi - rest.begin())};
}

// Whether `p` can take [s, e) within the rules; `s` is not before any start of
// theirs (slots are filled in time order), so only the windows that start in
// the 24 hours / 7 days before s (and at s) change.
bool fits(const Person& p, int64_t s, int64_t e, const std::vector<RestPeriod>& rest, bool sunday_rule) {
    std::vector<std::pair<int64_t, int64_t>> iv;  // the work of the last 7 days, and the candidate
    size_t k = p.work.size();
    while (k > 0 && p.work[k - 1].second > s - minutes_per_week - minutes_per_day) --k;
    for (; k < p.work.size(); ++k) {
        const auto& w = p.work[k];
        if (w.second > s - 60 && w.first < e + 60) return false;  // overlapping, touching or under an hour apart
        iv.push_back(w);
    }
    iv.emplace_back(s, e);
    auto window_ok = [&](int64_t length, int64_t max_worked, int64_t min_free) {
        for (const auto& [ws, ignored] : iv) {
            if (ws <= s - length) continue;
            const int64_t we = ws + length;
            int64_t worked = 0, free = 0, cursor = ws;
            for (const auto& [a, b] : iv) {
                if (b <= ws || a >= we) continue;
                const int64_t x = std::max(a, ws), y = std::min(b, we);
                free = std::max(free, x - cursor);
                worked += y - x;
                cursor = std::max(cursor, y);
            }
            free = std::max(free, we - cursor);
            if (worked > max_worked || free < min_free) return false;
        }
        return true;
    };
    if (!window_ok(minutes_per_day, 9 * 60, 11 * 60)) return false;    // daily_hours, daily_rest
    if (!window_ok(minutes_per_week, 40 * 60, 35 * 60)) return false;  // weekly_hours, weekly_rest
    if (sunday_rule) {
        auto [lo, hi] = rest_range(rest, s, e);
        for (size_t r = lo; r < hi; ++r) {
            if (r > 0 && p.rest_worked[r - 1]) return false;
            if (r + 1 < rest.size() && p.rest_worked[r + 1]) return false;
        }
    }
    return true;
}

double recent_minutes(const Person& p, int64_t s, int64_t span) {
    double m = 0;
    for (size_t k = p.work.size(); k > 0; --k) {
        const auto& [a, b] = p.work[k - 1];
        if (b <= s - span) break;
        m += double(b - std::max(a, s - span));
    }
    return m;
}

// [SECTION] The generated year ---------------------------------------------------------------
const char* const first_names[] = {"Åse", "Jørgen", "Mari", "Håkon", "Ingrid", "Ola",
                                   "Kari", "Sindre", "Sofie", "Emil", "Nora", "Lars"};
const char* const last_names[] = {"Bjørnstad", "Lie", "Sæther", "Øvrebø", "Dahl", "Hansen",
                                  "Johansen", "Berg", "Haugen", "Strand", "Moen", "Solberg"};

struct YearStats {
    int slots = 0, unfilled = 0, relaxed_sunday = 0, sick_replaced = 0, corrected = 0, cancelled_by_leader = 0;
};

Document generate_year(int year, Date today, uint64_t seed, YearStats& stats) {
    Rng rng{seed};
    const Zone zone = zone_of(Jurisdiction::NO);
    const Date first = ymd(year, 1, 1), last = ymd(year, 12, 31);
    Document doc;
    Arrangement& a = doc.arrangement;
    a.name = "Ytelsestest – helår " + std::to_string(year) + ", 12 assistenter";
    a.jurisdiction = Jurisdiction::NO;
    // The plan has about 290 hours a week (two assistants most of the day); a
    // decision has at most 168 (the file format's limit, 24/7 with one), so
    // every week is over the decision (decision_hours warnings).
    a.decisions.push_back(Decision{ymd(year - 1, 7, 1), ymd(year, 6, 30), 160, "Vedtak 2025/1234", Json::object()});
    a.decisions.push_back(Decision{ymd(year, 7, 1), std::nullopt, 168, "Vedtak 2026/77", Json::object()});
    a.rules = Json{{"egenmelding_policy", "extended"}, {"vacation_days", 25}};
    a.leader = Contact{"Kari Nordmann", "+47 123 45 678", "kari.nordmann@example.com", "", Json::object()};
    a.deputy = Contact{"Per Nordmann", "+47 987 65 432", "per@example.com", "Bror, medarbeidsleder", Json::object()};
    a.employer_model = EmployerModel::Kommune;
    a.employer = Contact{"Eksempel kommune", "+47 123 45 600", "post@eksempel.kommune.no", "", Json::object()};
    a.municipality = Contact{"Ingrid Dahl", "+47 123 45 601", "ingrid.dahl@example.com",
                             "Saksbehandler, tildelingskontoret. Telefontid mandag–fredag kl. 09–14.", Json::object()};

    // Eight permanent, two substitutes (vikar), two on call; targets are hours a week.
    const double targets[12] = {35, 35, 32, 32, 30, 30, 28, 28, 24, 24, 16, 16};
    std::vector<Person> people(12);
    for (int i = 0; i < 12; ++i) {
        Assistant as;
        as.id = "a" + std::to_string(i + 1);
        as.name = std::string(first_names[i]) + " " + last_names[(i * 5) % 12];
        as.birth_date = ymd(1965 + rng.below(38), 1 + rng.below(12), 1 + rng.below(28));
        as.employed_from = i == 11 ? ymd(year - 1, 11, 1) : first - Days{60 + rng.below(1500)};
        as.employment = i < 8 ? Employment::Fast : i < 10 ? Employment::Vikar : Employment::Tilkalling;
        as.contract_hours_per_week = i < 8 ? targets[i] : 0;
        if (i == 11) as.probation_until = ymd(year, 4, 30);
        as.single_parent = i == 3;
        if (i % 3 == 0)
            as.children.push_back(Child{ymd(2012 + rng.below(12), 1 + rng.below(12), 1 + rng.below(28)), i == 6, Json::object()});
        if (i % 4 == 0)
            as.children.push_back(Child{ymd(2014 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28)), false, Json::object()});
        as.phone = "+47 4" + std::to_string(1000000 + i * 7919);
        as.email = "assistent" + std::to_string(i + 1) + "@example.com";
        as.address = "Eksempelveien " + std::to_string(i + 1) + ", 6150 Ørsta";
        if (i % 4 == 1) as.note = "Kan ta ekstravakter i helgene.";
        people[i].target_hours = targets[i];
        doc.assistants.push_back(std::move(as));
    }

    // ---- absences, known before the plan is made (sickness is not, but is simply in the file)
    int next_absence = 1;
    auto absence = [&](int i, AbsenceType type, Date from, int length, Json extra = Json::object()) {
        const Date to = from + Days{length - 1};
        doc.absences.push_back(Absence{"f" + std::to_string(next_absence++), doc.assistants[i].id, type, from, to,
                                       std::move(extra)});
        people[i].away.emplace_back(from, to);
        if (type == AbsenceType::Egenmelding || type == AbsenceType::Sykemelding || type == AbsenceType::ChildSick)
            people[i].sick.emplace_back(from, to);
    };
    // A free start for `length` days in the year, not touching the assistant's other absences.
    auto free_start = [&](int i, int length) -> std::optional<Date> {
        for (int attempt = 0; attempt < 40; ++attempt) {
            Date from = first + Days{5 + rng.below(350 - length)};
            if (!covers(people[i].away, from - Days{1}, from + Days{length})) return from;
        }
        return std::nullopt;
    };
    const int summer_week[12] = {0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14};  // three weeks each, from 1 June
    const Date june1_monday = ymd(year, 6, 1) - Days{int(ymd(year, 6, 1).weekday()) - 1};
    for (int i = 0; i < 12; ++i) {
        const Date from = june1_monday + Days{7 * summer_week[i]};
        absence(i, AbsenceType::Vacation, from, 21, Json{{"requested_on", (from - Days{100}).str()}});
        if (i % 3 == 0) {  // four of them take days off at Christmas, two and two
            const Date christmas = ymd(year, 12, i % 2 ? 28 : 21);
            absence(i, AbsenceType::Vacation, christmas, 4, Json{{"requested_on", ymd(year, 9, 15).str()}});
        }
    }
    for (int i = 0; i < 12; ++i) {
        for (int e = 0, n = 2 + rng.below(2); e < n; ++e) {
            int length = 1 + rng.below(3);
            if (auto from = free_start(i, length)) absence(i, AbsenceType::Egenmelding, *from, length);
        }
        if (!doc.assistants[i].children.empty()) {
            for (int e = 0, n = 1 + rng.below(2); e < n; ++e) {
                int length = 1 + rng.below(2);
                if (auto from = free_start(i, length)) absence(i, AbsenceType::ChildSick, *from, length);
            }
        }
        if (i % 4 == 2) {
            int length = 5 + rng.below(16);
            if (auto from = free_start(i, length)) absence(i, AbsenceType::Sykemelding, *from, length);
        }
        if (i == 7) {
            if (auto from = free_start(i, 14)) absence(i, AbsenceType::Leave, *from, 14);
        }
    }

    // ---- the rota, slot by slot in time order
    const std::vector<RestPeriod> rest = rest_periods(first - Days{1}, last + Days{2}, zone);
    for (auto& p : people) p.rest_worked.assign(rest.size(), 0);
    int next_shift = 1;
    int previous_night = -1;  // who had the previous night
    // The assistant furthest behind their share (last two weeks) who can take
    // [s, e) within the rules, with the Sunday rule (pass 0) or without (pass 1);
    // -1 when nobody can. `reserved` is kept for the night.
    auto pick = [&](int64_t s, int64_t e, Date first_day, Date last_day, bool night, int reserved) -> std::pair<int, int> {
        for (int pass = 0; pass < 2; ++pass) {
            int chosen = -1;
            double best = 1e18;
            for (int i = 0; i < 12; ++i) {
                const Person& p = people[i];
                if (i == reserved) continue;
                if (!doc.assistants[i].employed_on(first_day) || covers(p.away, first_day, last_day)) continue;
                if (!fits(p, s, e, rest, pass == 0)) continue;
                double score = (recent_minutes(p, s, 2 * minutes_per_week) + double(e - s)) / (p.target_hours * 120.0);
                score += 0.08 * rng.unit();
                if (night && i == previous_night) score -= 0.25;  // nights in blocks
                if (!p.work.empty() && p.work.back().second > s - 12 * 60) score += 0.1;  // a second shift the same day
                // Sundays and holidays: keep them with those already working this one.
                auto [lo, hi] = rest_range(rest, s, e);
                for (size_t r = lo; r < hi; ++r)
                    if (p.rest_worked[r]) score -= 0.3;
                // Every other weekend: two teams by week, and the Monday after a worked weekend free.
                const Weekday wd = first_day.weekday();
                const bool team_week = (first_day.iso_week().week + i) % 2 == 0;
                if (wd >= Weekday::Saturday && !team_week) score += 0.6;
                if (wd == Weekday::Friday && team_week && night) score += 0.6;
                if (wd == Weekday::Monday && !team_week && s - to_utc(LocalDateTime{first_day, 0}, zone).count < 14 * 60)
                    score += 0.4;
                if (score < best) {
                    best = score;
                    chosen = i;
                }
            }
            if (chosen >= 0) return {chosen, pass};
        }
        return {-1, 2};
    };
    for (Date day = first; day <= last; day += Days{1}) {
        const bool rest_pattern = day.weekday() >= Weekday::Saturday || is_public_holiday(Jurisdiction::NO, day);
        const std::vector<SlotDef> slots = slots_of(day, rest_pattern);
        // Whoever takes tonight's night must not work in the day: chosen first, kept out of the day's slots.
        int night_reserved = -1;
        {
            const SlotDef& n = slots.back();
            const LocalDateTime ns{day + Days{n.start / 1440}, n.start % 1440}, ne{day + Days{n.end / 1440}, n.end % 1440};
            night_reserved = pick(to_utc(ns, zone).count, to_utc(ne, zone).count, day, ne.date, true, -1).first;
        }
        for (const SlotDef& slot : slots) {
            ++stats.slots;
            const LocalDateTime ls{day + Days{slot.start / 1440}, slot.start % 1440};
            LocalDateTime le{day + Days{slot.end / 1440}, slot.end % 1440};
            const bool past = day < today;
            // A few worked shifts ran over (15 or 30 min) and were corrected; a few were cancelled.
            const bool cancelled_by_leader = past && rng.below(250) == 0;
            const int overtime = past && !cancelled_by_leader && rng.below(40) == 0 ? 15 * (1 + rng.below(2)) : 0;
            if (overtime) le = LocalDateTime::from_wall_minutes(le.wall_minutes() + overtime);
            const int64_t s = to_utc(ls, zone).count, e = to_utc(le, zone).count;
            const Date first_day = ls.date;
            const Date last_day = le.minute_of_day == 0 ? le.date - Days{1} : le.date;

            int chosen = -1, pass = 0;
            if (slot.passive_night && night_reserved >= 0 && fits(people[night_reserved], s, e, rest, true))
                chosen = night_reserved;
            else
                std::tie(chosen, pass) = pick(s, e, first_day, last_day, slot.passive_night,
                                              slot.passive_night ? -1 : night_reserved);
            if (pass == 1) ++stats.relaxed_sunday;
            if (chosen < 0) {
                ++stats.unfilled;
                continue;
            }
            if (slot.passive_night) previous_night = chosen;

            // Someone sick today whose shift this was: theirs is cancelled, the chosen one substitutes.
            std::optional<std::string> replaces;
            if (!cancelled_by_leader && rng.below(100) < 35) {
                for (int i = 0; i < 12; ++i) {
                    Person& p = people[i];
                    if (i == chosen || p.sick_cancel_day == first_day.days() || !covers(p.sick, first_day, first_day)) continue;
                    p.sick_cancel_day = first_day.days();
                    Shift c;
                    c.id = "s" + std::to_string(next_shift++);
                    c.assistant = doc.assistants[i].id;
                    c.start = ls;
                    c.end = LocalDateTime{day + Days{slot.end / 1440}, slot.end % 1440};
                    c.break_minutes = slot.break_minutes;
                    c.passive_night = slot.passive_night;
                    c.status = ShiftStatus::Cancelled;
                    c.extra["not_worked_reason"] = "assistant_sick";
                    replaces = c.id;
                    doc.shifts.push_back(std::move(c));
                    ++stats.sick_replaced;
                    break;
                }
            }

            Shift sh;
            sh.id = "s" + std::to_string(next_shift++);
            sh.assistant = doc.assistants[chosen].id;
            sh.start = ls;
            sh.end = le;
            sh.break_minutes = slot.break_minutes;
            sh.passive_night = slot.passive_night;
            if (replaces) {
                sh.extra["origin"] = "substitute";
                sh.extra["replaces"] = *replaces;
            }
            if (cancelled_by_leader) {
                sh.status = ShiftStatus::Cancelled;
                sh.extra["not_worked_reason"] = "cancelled_by_leader";
                sh.extra["note"] = "Brukeren på sykehus";
                ++stats.cancelled_by_leader;
            } else {
                sh.status = past ? ShiftStatus::Worked : ShiftStatus::Planned;
                if (overtime) {
                    sh.extra["planned_start"] = ls.str();
                    sh.extra["planned_end"] = LocalDateTime{day + Days{slot.end / 1440}, slot.end % 1440}.str();
                    ++stats.corrected;
                }
                Person& p = people[chosen];
                p.work.emplace_back(s, e);
                auto [lo, hi] = rest_range(rest, s, e);
                for (size_t r = lo; r < hi; ++r) p.rest_worked[r] = 1;
            }
            doc.shifts.push_back(std::move(sh));
        }
    }

    // ---- the weekly need, and timesheets for the months before today
    doc.extra["need"] = weekly_need();
    for (int m = 1; m <= 12; ++m) {
        const Period period = timesheet_period(Jurisdiction::NO, ymd(year, m, 1));
        if (period.to >= today) break;
        const bool last_month = period.to + Days{31} >= today;
        for (const auto& as : doc.assistants) {
            const Date d = period.to + Days{1};
            set_timesheet_status(doc, as.id, period.from, period.to, TimesheetStatus::Signed, LocalDateTime{d, 9 * 60},
                                 Actor::Assistant, "");
            if (last_month) continue;
            set_timesheet_status(doc, as.id, period.from, period.to, TimesheetStatus::Approved,
                                 LocalDateTime{d + Days{2}, 20 * 60}, Actor::Leader, "");
            if (m % 4 != 0 || m < 6)
                set_timesheet_status(doc, as.id, period.from, period.to, TimesheetStatus::Sent,
                                     LocalDateTime{d + Days{3}, 8 * 60}, Actor::Leader, "");
        }
    }
    return doc;
}

}  // namespace

// [SECTION] The benchmark -----------------------------------------------------------------------
void bench_year(const fs::path& year_path) {
    const int year = 2026;
    const Date today = ymd(year, 11, 16);
    std::printf("# a realistic year: %d, 12 assistants, today %s\n", year, today.str().c_str());

    YearStats stats;
    auto t0 = std::chrono::steady_clock::now();
    const Document doc = generate_year(year, today, 2026, stats);
    auto t1 = std::chrono::steady_clock::now();
    const std::string text = write_document(doc);
    print_value("rota_generate", std::chrono::duration<double, std::milli>(t1 - t0).count(), "ms", 1);
    int planned = 0, worked = 0, cancelled = 0;
    for (const auto& s : doc.shifts)
        (s.status == ShiftStatus::Planned ? planned : s.status == ShiftStatus::Worked ? worked : cancelled)++;
    print_value("rota_assistants", double(doc.assistants.size()), "assistants");
    std::printf("rota_shifts: %zu shifts (%d worked, %d planned, %d cancelled)\n", doc.shifts.size(), worked, planned,
                cancelled);
    print_value("rota_absences", double(doc.absences.size()), "absences");
    std::printf("rota_generator: %d slots, %d unfilled, %d with the Sunday rule relaxed, %d sick shifts replaced, "
                "%d corrected with overtime, %d cancelled by the leader\n",
                stats.slots, stats.unfilled, stats.relaxed_sunday, stats.sick_replaced, stats.corrected,
                stats.cancelled_by_leader);
    print_value("rota_doc_size", double(text.size()) / 1e6, "MB", 2);

    // The file must be one the app accepts, or the page figures mean nothing.
    {
        ReadResult r = read_document(std::string_view(text));
        if (!r.ok() || !(*r.document == doc)) {
            std::printf("# WARNING: the year does not read back unchanged (%zu problems)\n", r.problems.size());
            if (!r.problems.empty()) std::printf("# %s\n", format_problem("bench-year", r.problems.front()).c_str());
        }
        Problems plan_problems;
        PlanData plan = read_plan(doc, &plan_problems);
        if (!plan_problems.empty() || plan.need.empty())
            std::printf("# WARNING: the need does not read (%zu problems)\n", plan_problems.size());
        std::error_code ec;
        if (year_path.has_parent_path()) fs::create_directories(year_path.parent_path(), ec);
        std::ofstream out(year_path, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (out) std::printf("# wrote %s (%zu bytes)\n", year_path.string().c_str(), text.size());
        else std::printf("# WARNING: could not write %s\n", year_path.string().c_str());
    }

    // What the rules say about the generated plan (how "realistic" it is).
    {
        const std::vector<Violation> v = check(doc);
        std::map<std::string, int> by_rule;
        int errors = 0;
        for (const auto& x : v) {
            ++by_rule[x.rule];
            errors += x.severity == Severity::Error ? 1 : 0;
        }
        std::printf("rota_violations: %zu (%d errors, %zu warnings)", v.size(), errors, v.size() - size_t(errors));
        for (const auto& [rule, n] : by_rule) std::printf(" %s=%d", rule.c_str(), n);
        std::printf("\n");
    }

    // ---- the timed work -----------------------------------------------------------------
    print("rota_check_full_year", measure(7, [&] { g_sink = g_sink + check(doc).size(); }));

    const std::vector<NeedBlock> need = read_plan(doc).need;
    const Date first = ymd(year, 1, 1), last = ymd(year, 12, 31);
    {
        Coverage c = coverage(doc, need, first, last);
        long long uncovered = 0, understaffed = 0;
        for (const auto& d : c.days) {
            uncovered += d.uncovered.count;
            understaffed += d.understaffed.count;
        }
        std::printf("rota_coverage_result: %zu days, %zu weeks, %.1f h with nobody, %.1f h understaffed\n",
                    c.days.size(), c.weeks.size(), double(uncovered) / 60.0, double(understaffed) / 60.0);
    }
    print("rota_coverage_year", measure(7, [&] { g_sink = g_sink + coverage(doc, need, first, last).days.size(); }));
    print("rota_read_plan", measure(21, [&] { g_sink = g_sink + read_plan(doc).need.size(); }));

    {
        HoursAccount acc = hours_account(doc, year, today);
        std::printf("rota_hours_account_result: decided %.1f h, used %.1f h (worked %.1f, planned %.1f), "
                    "balance %.1f h, %zu weeks\n",
                    acc.decided, acc.used, acc.worked, acc.planned, acc.balance, acc.weeks.size());
    }
    print("rota_hours_account_year", measure(11, [&] { g_sink = g_sink + hours_account(doc, year, today).weeks.size(); }));

    print("rota_timesheets_all_year_144", measure(5, [&] {
              for (const auto& as : doc.assistants)
                  for (int m = 1; m <= 12; ++m) {
                      const Period p = timesheet_period(doc.arrangement.jurisdiction, ymd(year, m, 1));
                      g_sink = g_sink + timesheet(doc, as.id, p.from, p.to).lines.size();
                  }
          }));
    {
        const Period p = timesheet_period(doc.arrangement.jurisdiction, ymd(year, 3, 1));
        print("rota_timesheet_one_month", measure(21, [&] {
                  g_sink = g_sink + timesheet(doc, doc.assistants[0].id, p.from, p.to).lines.size();
              }));
    }

    // One planned day shift on a weekday after today (a Wednesday 10:00, as a leader would look for cover).
    const Shift* target = nullptr;
    for (const auto& s : doc.shifts)
        if (s.status == ShiftStatus::Planned && s.start.date > today + Days{7} &&
            s.start.date.weekday() == Weekday::Wednesday && s.start.minute_of_day == 10 * 60) {
            target = &s;
            break;
        }
    if (!target) {
        std::printf("rota_suggest_substitutes: skipped (no planned Wednesday 10:00 shift)\n");
    } else {
        const auto sug = suggest_substitutes(doc, target->id);
        int clean = 0;
        for (const auto& x : sug) clean += x.new_warnings == 0 ? 1 : 0;
        std::printf("rota_suggest_substitutes_result: shift %s (%s, %s), %zu suggestions (%d without new warnings)\n",
                    target->id.c_str(), target->assistant.c_str(), target->start.str().c_str(), sug.size(), clean);
        print("rota_suggest_substitutes_one_shift",
              measure(21, [&] { g_sink = g_sink + suggest_substitutes(doc, target->id).size(); }));
    }

    print("rota_write_document", measure(11, [&] { g_sink = g_sink + write_document(doc).size(); }));
    print("rota_read_document", measure(11, [&] {
              ReadResult r = read_document(std::string_view(text));
              g_sink = g_sink + (r.ok() ? r.document->shifts.size() : 0);
          }));

    bench_decade(doc);
}

// ---- a decade of history ------------------------------------------------------------------
// The year repeated back over earlier years in 364-day steps (weekdays stay),
// every assistant employed throughout, as tests/browser/bench.mjs makes it for
// the page: 50,000 shifts (a decade) and 200,000. Times what opening such a
// file costs before the work plan is drawn: reading, the rules over the whole
// file, the shift index, and writing it back (every save).
namespace {

Document repeated_back(const Document& year, size_t count) {
    Document d = year;
    d.shifts.clear();
    d.shifts.reserve(count);
    for (int k = 0; d.shifts.size() < count; ++k)
        for (const Shift& s : year.shifts) {
            if (d.shifts.size() >= count) break;
            Shift c = s;
            if (k > 0) {
                c.id = s.id + "-" + std::to_string(k);
                c.start.date = s.start.date - Days{364 * k};
                c.end.date = s.end.date - Days{364 * k};
                for (const char* f : {"planned_start", "planned_end"})
                    if (auto it = c.extra.find(f); it != c.extra.end() && it->is_string()) {
                        auto t = LocalDateTime::parse(it->get<std::string>());
                        if (t) *it = LocalDateTime{t->date - Days{364 * k}, t->minute_of_day}.str();
                    }
                c.extra.erase("replaces");
            }
            d.shifts.push_back(std::move(c));
        }
    Date earliest = d.shifts.front().start.date;
    for (const Shift& s : d.shifts) earliest = std::min(earliest, s.start.date);
    for (Assistant& a : d.assistants) a.employed_from = std::min(a.employed_from, earliest);
    return d;
}

}  // namespace

void bench_decade(const Document& year) {
    for (const size_t count : {size_t(50000), size_t(200000)}) {
        const std::string name = "history_" + std::to_string(count / 1000) + "k";
        const Document d = repeated_back(year, count);
        const std::string text = write_document(d);
        print_value(name + "_size", double(text.size()) / 1e6, "MB", 1);
        const int runs = count > 100000 ? 3 : 5;
        print(name + "_read_document", measure(runs, [&] {
                  ReadResult r = read_document(std::string_view(text));
                  g_sink = g_sink + (r.ok() ? r.document->shifts.size() : 0);
              }));
        print(name + "_check", measure(runs, [&] { g_sink = g_sink + check(d).size(); }));
        print(name + "_shift_index", measure(runs, [&] { g_sink = g_sink + ShiftIndex(d).size(); }));
        print(name + "_write_document", measure(runs, [&] { g_sink = g_sink + write_document(d).size(); }));
    }
}

}  // namespace bpa::bench
