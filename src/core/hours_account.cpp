// The hours account (hours.h): extra grants and the year's account against the
// decision.
//
// [SECTION] Extra grants
// [SECTION] Hours account
#include "hours.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "hours_detail.h"
#include "rules/rules.h"

namespace bpa {

using namespace hours_detail;

// [SECTION] Extra grants ------------------------------------------------------------------------
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
        g.extra = r.rest({"from", "to", "hours", "reason"});
        if (r.ok) read.emplace_back(i, std::move(g));
    }
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) {
        // Seed 003 § 9.2: "maksimalt 3 weekender pr. år": counted in date order by the year a grant starts.
        std::vector<size_t> order(read.size());
        for (size_t k = 0; k < order.size(); ++k) order[k] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t x, size_t y) { return read[x].second.from < read[y].second.from; });
        std::vector<bool> drop(read.size(), false);
        int year = 0, count = 0;
        for (size_t k : order) {
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
        a.push_back(std::move(j));
    }
    doc.extra[grants_key] = std::move(a);
}

// [SECTION] Hours account -------------------------------------------------------------------------
namespace {

double unused_late_percent(const Arrangement& a) { return rule_number(a, "unused_late_percent").value_or(0); }

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

    // Decided hours per day: the decision in force that day (seed 000 § 4.4: hours per week).
    std::vector<double> decided(size_t(n), 0.0), grant(size_t(n), 0.0), dropped(size_t(n), 0.0);
    for (int32_t i = 0; i < n; ++i)
        if (const Decision* dec = doc.arrangement.decision_on(jan1 + Days{i})) decided[size_t(i)] = dec->hours_per_week / 7.0;

    // Used minutes per day. CONTRACT.md: worked shifts up to today, planned ones after it;
    // a shift is "up to today" when it starts on or before today.
    std::vector<int64_t> used(size_t(n), 0);
    int64_t worked_minutes = 0, planned_minutes = 0;
    for (const auto& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        const bool before = !(today < s.start.date);
        if (before && s.status != ShiftStatus::Worked) continue;  // never confirmed
        if (last_day_of(s) < jan1 || dec31 < s.start.date) continue;
        const Span span = utc_span(s, z);
        for (Date d = std::max(s.start.date, jan1); d <= std::min(last_day_of(s), dec31); d += Days{1}) {
            const size_t i = size_t((d - jan1).count);
            const int64_t m = overlap(span, day[i]);
            used[i] += m;
            (before ? worked_minutes : planned_minutes) += m;
        }
    }

    // Extra grants (seed 003 § 9.2): decided on their days; the hours used on those days
    // are taken from the grant first; what is left after its last day is dropped.
    std::vector<double> free_used(static_cast<size_t>(n));  // hours of each day not yet taken by a grant
    for (int32_t i = 0; i < n; ++i) free_used[size_t(i)] = double(used[size_t(i)]) / 60.0;
    auto grants = read_extra_grants(doc);
    std::stable_sort(grants.begin(), grants.end(), [](const ExtraGrant& a, const ExtraGrant& b) { return a.from < b.from; });
    for (const auto& g : grants) {
        if (g.to < jan1 || dec31 < g.from) continue;
        const double per_day = g.hours / double((g.to - g.from).count + 1);
        double left = 0;
        const Date a = std::max(g.from, jan1), b = std::min(g.to, dec31);
        for (Date d = a; d <= b; d += Days{1}) {
            const size_t i = size_t((d - jan1).count);
            grant[i] += per_day;
            left += per_day;
            const double take = std::min(free_used[i], left);
            free_used[i] -= take;
            left -= take;
        }
        dropped[size_t((b - jan1).count)] += left;
    }

    // ISO weeks cut at the year's edges.
    AccountWeek w;
    double balance = 0;
    for (int32_t i = 0; i < n; ++i) {
        const Date d = jan1 + Days{i};
        const size_t k = size_t(i);
        if (i == 0 || d.weekday() == Weekday::Monday) {
            w = AccountWeek{};
            w.week = d.iso_week();
            w.from = d;
        }
        const double used_h = double(used[k]) / 60.0;
        w.decided += decided[k] + grant[k];
        w.grant += grant[k];
        w.used += used_h;
        w.grant_dropped += dropped[k];
        balance += decided[k] + grant[k] - used_h - dropped[k];
        if (!(today < d)) out.balance_today = balance;
        if (d.weekday() == Weekday::Sunday || i == n - 1) {
            w.to = d;
            w.saved = w.decided - w.used - w.grant_dropped;
            w.balance = balance;
            out.weeks.push_back(w);
            out.decided += w.decided;
            out.grant += w.grant;
            out.used += w.used;
            out.grant_dropped += w.grant_dropped;
        }
    }
    out.balance = balance;
    out.worked = double(worked_minutes) / 60.0;
    out.planned = double(planned_minutes) / 60.0;

    constexpr double epsilon = 0.005;  // below the 2 decimals shown
    if (out.balance < -epsilon) out.warnings.push_back(AccountWarning{"forecast_overspend", -out.balance, 0});
    const Date oct1 = *Date::from_ymd(year, 10, 1);
    if (oct1 < today && !(dec31 < today)) {
        const double limit = unused_late_percent(doc.arrangement) / 100.0 * (out.decided - out.grant);
        if (out.balance > limit + epsilon) out.warnings.push_back(AccountWarning{"unused_late", out.balance, limit});
    }
    return out;
}

}  // namespace bpa
