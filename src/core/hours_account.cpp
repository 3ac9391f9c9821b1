// The hours account (hours.h): extra grants and the year's account against the
// decision.
//
// [SECTION] Extra grants
// [SECTION] Hours account
#include "hours.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "hours_detail.h"
#include "rules/rules.h"

namespace bpa {

using namespace hours_detail;

// [SECTION] Extra grants ------------------------------------------------------------------------
const char* to_string(GrantKind k) {
    switch (k) {
        case GrantKind::Introduction: return "introduction";
        case GrantKind::SicknessCover: return "sickness_cover";
        case GrantKind::WeekendStay: return "weekend_stay";
        case GrantKind::StayAway: return "stay_away";
        case GrantKind::StayAbroad: return "stay_abroad";
        case GrantKind::Other: return "other";
    }
    return "other";
}

std::optional<GrantKind> parse_grant_kind(std::string_view s) {
    for (GrantKind k : grant_kinds)
        if (s == to_string(k)) return k;
    return std::nullopt;
}

int weekend_stays_in_year(const std::vector<ExtraGrant>& grants, int year) {
    int n = 0;
    for (const auto& g : grants) n += g.kind == GrantKind::WeekendStay && g.from.year() == year;
    return n;
}

std::optional<Date> grant_application_due(const ExtraGrant& g) {
    switch (g.kind) {
        case GrantKind::WeekendStay:
        case GrantKind::StayAway: return add_months(g.from, -1);
        case GrantKind::StayAbroad: return add_months(g.from, -3);
        default: return std::nullopt;
    }
}

std::optional<int> service_act_section(const Arrangement& a) {
    if (!a.extra.is_object()) return std::nullopt;
    auto it = a.extra.find("service_act_section");
    if (it == a.extra.end() || !it->is_number_integer()) return std::nullopt;
    const int v = it->get<int>();
    return v == 95 || v == 96 ? std::optional<int>(v) : std::nullopt;
}

Contact payroll_administrator(const Arrangement& a) {
    Contact c;
    if (!a.extra.is_object()) return c;
    auto it = a.extra.find("payroll_administrator");
    if (it == a.extra.end() || !it->is_object()) return c;
    auto text = [&](const char* key) {
        auto f = it->find(key);
        return f != it->end() && f->is_string() ? f->get<std::string>() : std::string();
    };
    c.name = text("name");
    c.phone = text("phone");
    c.email = text("email");
    c.note = text("note");
    return c;
}

std::string cvr_number(const Arrangement& a) {
    if (!a.extra.is_object()) return {};
    auto it = a.extra.find("cvr");
    return it != a.extra.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool valid_cvr(std::string_view cvr) {
    if (cvr.size() != 8 || cvr[0] == '0') return false;
    for (char c : cvr)
        if (c < '0' || c > '9') return false;
    return true;
}

std::vector<ExtraGrant> read_extra_grants(const Document& doc, Problems* problems) {
    std::vector<std::pair<size_t, ExtraGrant>> read;
    if (!doc.extra.is_object()) return {};
    auto it = doc.extra.find(grants_key);
    if (it == doc.extra.end() || it->is_null()) return {};
    if (!it->is_array()) {
        if (problems) problems->push_back(Problem{grants_key, ProblemKind::WrongType, "", "array"});
        return {};
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const Json& j = (*it)[i];
        const std::string path = element_path(grants_key, i);
        if (!j.is_object()) {
            if (problems) problems->push_back(Problem{path, ProblemKind::WrongType, "", "object"});
            continue;
        }
        ObjectReader r{j, path, problems};
        ExtraGrant g;
        auto from = r.date("from");
        auto to = r.date("to");
        if (from) g.from = *from;
        if (to) g.to = *to;
        if (from && to && *to < *from)
            r.problem(Problem{member_path(path, "to"), ProblemKind::EndBeforeStart, to->str(),
                              member_path(path, "from"), from->str()});
        if (const Json* h = r.member("hours", true)) {
            if (!h->is_number()) {
                r.problem(Problem{member_path(path, "hours"), ProblemKind::WrongType, "", "number"});
            } else {
                g.hours = h->get<double>();
                // At most every hour of the grant's days; a grant of nothing is a typing error.
                const double most = from && to && !(*to < *from) ? 24.0 * ((*to - *from).count + 1) : 1e9;
                if (!(g.hours > 0 && g.hours <= most))
                    r.problem(Problem{member_path(path, "hours"), ProblemKind::OutOfRange, number_text(g.hours),
                                      "more than 0, at most 24 per day of the grant"});
            }
        }
        if (auto v = r.text("reason", false)) g.reason = *v;
        if (auto v = r.text("id", false)) g.id = *v;
        if (const Json* k = r.member("kind", false)) {
            auto kind = k->is_string() ? parse_grant_kind(k->get<std::string>()) : std::nullopt;
            if (kind) g.kind = *kind;
            else
                r.problem(Problem{member_path(path, "kind"), ProblemKind::UnknownValue,
                                  k->is_string() ? k->get<std::string>() : k->dump(),
                                  "introduction, sickness_cover, weekend_stay, stay_away, stay_abroad, other"});
        }
        g.extra = r.rest({"from", "to", "hours", "reason", "id", "kind"});
        if (r.ok) read.emplace_back(i, std::move(g));
    }
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) {
        // Seed 003 § 9.2: "maksimalt 3 weekender pr. år": weekend stays, counted in date order by
        // the year they start. Grants for other reasons (introduction, sickness, ...) do not count.
        std::vector<size_t> order(read.size());
        for (size_t k = 0; k < order.size(); ++k) order[k] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t x, size_t y) { return read[x].second.from < read[y].second.from; });
        std::vector<bool> drop(read.size(), false);
        int year = 0, count = 0;
        for (size_t k : order) {
            if (read[k].second.kind != GrantKind::WeekendStay) continue;
            const int y = read[k].second.from.year();
            count = y == year ? count + 1 : 1;
            year = y;
            if (count > max_extra_grants_per_year) {
                drop[k] = true;
                if (problems)
                    problems->push_back(Problem{element_path(grants_key, read[k].first), ProblemKind::OutOfRange,
                                                "grant " + std::to_string(count) + " in " + std::to_string(y),
                                                "at most 3 extra grants a year, seed 003 § 9.2"});
            }
        }
        std::vector<std::pair<size_t, ExtraGrant>> kept;
        for (size_t k = 0; k < read.size(); ++k)
            if (!drop[k]) kept.push_back(std::move(read[k]));
        read = std::move(kept);
    }
    std::vector<ExtraGrant> out;
    for (auto& [i, g] : read) out.push_back(std::move(g));
    return out;
}

void write_extra_grants(Document& doc, const std::vector<ExtraGrant>& grants) {
    if (!doc.extra.is_object()) doc.extra = Json::object();
    if (grants.empty()) {
        doc.extra.erase(grants_key);
        return;
    }
    Json a = Json::array();
    for (const auto& g : grants) {
        Json j = g.extra.is_object() ? g.extra : Json::object();
        j["from"] = g.from.str();
        j["to"] = g.to.str();
        j["hours"] = g.hours;
        if (!g.reason.empty()) j["reason"] = g.reason;
        if (!g.id.empty()) j["id"] = g.id;
        j["kind"] = to_string(g.kind);
        a.push_back(std::move(j));
    }
    doc.extra[grants_key] = std::move(a);
}

// [SECTION] Hours account -------------------------------------------------------------------------
namespace {

// The account counts in sevenths of a minute (1/420 h), a unit in which every
// quantity is a whole number: a day's share of a weekly decision taken to the
// minute (hours_per_week / 7) is the week's minutes in sevenths, a used minute
// is 7, and a grant's minutes × 7 are spread over its days in whole units.
// Range: 24 h are 10 080 units, so a year of 50 assistants working around the
// clock is 366 × 50 × 10 080 ≈ 1.8e8 units; times 10 000 below (the unused_late
// limit) that is still far inside int64_t.
using Units = int64_t;
constexpr Units units_per_minute = 7;
constexpr double units_per_hour = 420.0;

double hours_of(Units u) { return double(u) / units_per_hour; }

// A day's share of the decision in force: hours_per_week × 60 / 7 minutes.
Units decided_per_day(const Decision& d) { return std::llround(d.hours_per_week * 60.0); }

// A grant's hours, taken to the minute.
Units grant_units(const ExtraGrant& g) { return std::llround(g.hours * 60.0) * units_per_minute; }

// Day `day` (0..days-1) of `total` units spread over `days` days by the largest
// remainder: each day's share total / days has the same remainder, so the
// total % days units left over go one each to the first days. The days sum to `total`.
Units share_of_day(Units total, int64_t days, int64_t day) { return total / days + (day < total % days ? 1 : 0); }

// arrangement.rules "unused_late_percent" in hundredths of a percent (0..10 000).
int64_t unused_late_basis_points(const Arrangement& a) {
    return std::llround(rule_number(a, "unused_late_percent").value_or(0) * 100.0);
}

}  // namespace

HoursAccount hours_account(const Document& doc, int year, Date today) {
    HoursAccount out;
    out.year = year;
    out.today = today;
    const auto first = Date::from_ymd(year, 1, 1);
    if (!first) return out;
    const Date jan1 = *first;
    const Date dec31 = *Date::from_ymd(year, 12, 31);
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const int32_t n = (dec31 - jan1).count + 1;  // 365..366

    std::vector<Span> day(static_cast<size_t>(n));
    for (int32_t i = 0; i < n; ++i) day[size_t(i)] = day_span(jan1 + Days{i}, z);

    // Decided units per day: the decision in force that day (seed 000 § 4.4: hours per week).
    std::vector<Units> decided(size_t(n), 0), grant(size_t(n), 0), dropped(size_t(n), 0);
    for (int32_t i = 0; i < n; ++i)
        if (const Decision* dec = doc.arrangement.decision_on(jan1 + Days{i})) decided[size_t(i)] = decided_per_day(*dec);

    // Used units per day. CONTRACT.md: worked shifts up to today, planned ones after it;
    // a shift is "up to today" when it starts on or before today.
    // Planned shifts up to today that were never confirmed count nothing, but
    // are kept apart (unconfirmed) so that the account can say so.
    std::vector<Units> used(size_t(n), 0), unconfirmed(size_t(n), 0);
    Units worked = 0, planned = 0, unconfirmed_total = 0;
    for (const auto& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        const bool before = !(today < s.start.date);
        const bool never_confirmed = before && s.status != ShiftStatus::Worked;
        if (last_day_of(s) < jan1 || dec31 < s.start.date) continue;
        const Span span = utc_span(s, z);
        for (Date d = std::max(s.start.date, jan1); d <= std::min(last_day_of(s), dec31); d += Days{1}) {
            const size_t i = size_t((d - jan1).count);
            const Units m = overlap(span, day[i]) * units_per_minute;
            if (never_confirmed) {
                unconfirmed[i] += m;
                unconfirmed_total += m;
                continue;
            }
            used[i] += m;
            (before ? worked : planned) += m;
        }
    }

    // Extra grants (seed 003 § 9.2): decided on their days; the hours used on those days
    // are taken from the grant first; what is left after its last day is dropped.
    std::vector<Units> free_used = used;  // units of each day not yet taken by a grant
    auto grants = read_extra_grants(doc);
    std::stable_sort(grants.begin(), grants.end(), [](const ExtraGrant& a, const ExtraGrant& b) { return a.from < b.from; });
    for (const auto& g : grants) {
        if (g.to < jan1 || dec31 < g.from) continue;
        const Units total = grant_units(g);
        const int64_t days = (g.to - g.from).count + 1;  // >= 1
        Units left = 0;
        const Date a = std::max(g.from, jan1), b = std::min(g.to, dec31);
        for (Date d = a; d <= b; d += Days{1}) {
            const size_t i = size_t((d - jan1).count);
            const Units share = share_of_day(total, days, (d - g.from).count);
            grant[i] += share;
            left += share;
            const Units take = std::min(free_used[i], left);
            free_used[i] -= take;
            left -= take;
        }
        dropped[size_t((b - jan1).count)] += left;
    }

    // ISO weeks cut at the year's edges.
    struct Sums {
        Units decided = 0, grant = 0, used = 0, dropped = 0, unconfirmed = 0;
    };
    Sums week, whole;
    AccountWeek w;
    Units balance = 0, balance_today = 0;
    for (int32_t i = 0; i < n; ++i) {
        const Date d = jan1 + Days{i};
        const size_t k = size_t(i);
        if (i == 0 || d.weekday() == Weekday::Monday) {
            w = AccountWeek{};
            w.week = d.iso_week();
            w.from = d;
            week = Sums{};
        }
        week.decided += decided[k] + grant[k];
        week.grant += grant[k];
        week.used += used[k];
        week.unconfirmed += unconfirmed[k];
        week.dropped += dropped[k];
        balance += decided[k] + grant[k] - used[k] - dropped[k];
        if (!(today < d)) balance_today = balance;
        if (d.weekday() == Weekday::Sunday || i == n - 1) {
            w.to = d;
            w.decided = hours_of(week.decided);
            w.grant = hours_of(week.grant);
            w.used = hours_of(week.used);
            w.unconfirmed = hours_of(week.unconfirmed);
            w.grant_dropped = hours_of(week.dropped);
            w.saved = hours_of(week.decided - week.used - week.dropped);
            w.balance = hours_of(balance);
            out.weeks.push_back(w);
            whole.decided += week.decided;
            whole.grant += week.grant;
            whole.used += week.used;
            whole.dropped += week.dropped;
        }
    }
    out.decided = hours_of(whole.decided);
    out.grant = hours_of(whole.grant);
    out.used = hours_of(whole.used);
    out.grant_dropped = hours_of(whole.dropped);
    out.balance = hours_of(balance);
    out.balance_today = hours_of(balance_today);
    out.worked = hours_of(worked);
    out.planned = hours_of(planned);
    out.unconfirmed = hours_of(unconfirmed_total);

    if (balance < 0) out.warnings.push_back(AccountWarning{"forecast_overspend", hours_of(-balance), 0});
    const Date oct1 = *Date::from_ymd(year, 10, 1);
    if (oct1 < today && !(dec31 < today)) {
        // balance > percent / 100 × the ordinary decided units, in whole numbers:
        // balance × 10 000 > basis points × ordinary.
        const int64_t basis_points = unused_late_basis_points(doc.arrangement);
        const Units ordinary = whole.decided - whole.grant;
        if (balance * 10000 > basis_points * ordinary)
            out.warnings.push_back(AccountWarning{"unused_late", hours_of(balance),
                                                  double(basis_points) * double(ordinary) / 10000.0 / units_per_hour});
    }
    return out;
}

std::optional<size_t> account_week_of(const HoursAccount& acc, Date day) {
    for (size_t i = 0; i < acc.weeks.size(); ++i)
        if (!(day < acc.weeks[i].from) && !(acc.weeks[i].to < day)) return i;
    return std::nullopt;
}

}  // namespace bpa
