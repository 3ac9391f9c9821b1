// Egenmelding (leave.h, NO): the policy and its limits, the status on a day and
// the findings, with the sickness cases of ftrl § 8-19 (3).
#include "core/leave.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "core/leave_detail.h"
#include "core/rules/rules.h"

namespace bpa {

using namespace leave_detail;

namespace {

// A sickness case (NO, ftrl § 8-19 (3)): sick stretches (egenmelding and
// sykemelding) with less than 16 days back at work between them.
struct SickCase {
    Date from, to;
    std::vector<AbsenceRun> runs;
    int days_through(Date d) const {  // sick days of the case up to and including d
        int n = 0;
        for (const auto& r : runs) n += overlap_days(r.from, r.to, from, d);
        return n;
    }
};

std::vector<SickCase> sick_cases(const Document& doc, const Assistant& a) {
    std::vector<SickCase> cases;
    for (auto& r : absence_runs(doc, a.id, {AbsenceType::Egenmelding, AbsenceType::Sykemelding})) {
        if (!cases.empty() && (r.from - cases.back().to).count - 1 < employer_period_days) {
            cases.back().to = std::max(cases.back().to, r.to);
            cases.back().runs.push_back(std::move(r));
        } else {
            SickCase c{r.from, r.to, {}};
            c.runs.push_back(std::move(r));
            cases.push_back(std::move(c));
        }
    }
    return cases;
}

// The case a sick day on `d` belongs to or would join; nullptr if none.
const SickCase* case_for(const std::vector<SickCase>& cases, Date d) {
    const SickCase* found = nullptr;
    for (const auto& c : cases) {
        if (c.from > d) break;
        if (d <= c.to || (d - c.to).count - 1 < employer_period_days) found = &c;
    }
    return found;
}

// The last sick day of a case before `d`.
std::optional<Date> last_sick_before(const SickCase& c, Date d) {
    std::optional<Date> last;
    for (const auto& r : c.runs)
        if (r.from < d) last = std::max(last.value_or(r.from), std::min(r.to, d - Days{1}));
    return last;
}

}  // namespace

// [SECTION] Egenmelding (NO) -------------------------------------------------------------
const char* to_string(EgenmeldingPolicy p) { return p == EgenmeldingPolicy::Extended ? "extended" : "statutory"; }

EgenmeldingPolicy egenmelding_policy(const Arrangement& a) {
    auto v = rule_parameter(a, "egenmelding_policy");
    return v && *v == "extended" ? EgenmeldingPolicy::Extended : EgenmeldingPolicy::Statutory;
}

EgenmeldingLimits egenmelding_limits(EgenmeldingPolicy p) {
    if (p == EgenmeldingPolicy::Extended) return {8, std::nullopt, 24};  // IA scheme (seed 000 § 4.5, 002 § 4.2)
    return {3, 4, std::nullopt};                                          // ftrl § 8-24
}

EgenmeldingStatus egenmelding_status(const Document& doc, const Assistant& a, Date on) {
    EgenmeldingStatus st;
    st.policy = egenmelding_policy(doc.arrangement);
    st.limits = egenmelding_limits(st.policy);
    // ftrl § 8-23 (2): employed at least two months.
    st.eligible_from = add_months(a.employed_from, egenmelding_employment_months);
    st.eligible = a.employed_on(on) && st.eligible_from <= on;
    st.window_from = twelve_months_from(on);
    st.window_to = on;
    for (const auto& r : absence_runs(doc, a.id, {AbsenceType::Egenmelding})) {
        const int n = overlap_days(r.from, r.to, st.window_from, st.window_to);
        if (n == 0) continue;
        st.days_used += n;
        ++st.occasions_used;
    }
    if (st.limits.days_per_12_months) st.days_left = std::max(0, *st.limits.days_per_12_months - st.days_used);
    if (st.limits.occasions_per_12_months)
        st.occasions_left = std::max(0, *st.limits.occasions_per_12_months - st.occasions_used);

    const std::vector<SickCase> cases = sick_cases(doc, a);
    if (const SickCase* c = case_for(cases, on)) {
        const int days = c->days_through(on);
        st.employer_period_days = std::min(days, employer_period_days);
        // ftrl § 8-23 (3): after a full employer period, 16 days at work first.
        if (days >= employer_period_days && c->to + Days{employer_period_days + 1} > on)
            st.blocked_until = c->to + Days{employer_period_days + 1};
    }
    return st;
}

std::vector<LeaveFinding> egenmelding_findings(const Document& doc, const Assistant& a) {
    std::vector<LeaveFinding> out;
    const EgenmeldingLimits limits = egenmelding_limits(egenmelding_policy(doc.arrangement));
    const Date eligible_from = add_months(a.employed_from, egenmelding_employment_months);
    const std::vector<AbsenceRun> runs = absence_runs(doc, a.id, {AbsenceType::Egenmelding});
    const std::vector<SickCase> cases = sick_cases(doc, a);

    auto days_in_12_months = [&](Date d) {
        const Date from = twelve_months_from(d);
        int n = 0;
        for (const auto& s : runs) n += overlap_days(s.from, s.to, from, d);
        return n;
    };

    for (const auto& r : runs) {
        const std::string& id = r.absences.front();
        if (r.from < eligible_from)
            out.push_back({"egenmelding_not_eligible", a.id, id, r.from, std::min(r.to, eligible_from - Days{1}),
                           0, egenmelding_employment_months, eligible_from});
        if (r.days() > limits.days_at_a_time)
            out.push_back({"egenmelding_too_long", a.id, id, r.from + Days{limits.days_at_a_time}, r.to, r.days(),
                           limits.days_at_a_time, std::nullopt});
        if (limits.occasions_per_12_months) {
            const Date from = twelve_months_from(r.from);
            int occasions = 0;
            for (const auto& s : runs) occasions += (s.from <= r.from && s.to >= from) ? 1 : 0;
            if (occasions > *limits.occasions_per_12_months)
                out.push_back({"egenmelding_too_many_occasions", a.id, id, r.from, r.to, occasions,
                               *limits.occasions_per_12_months, std::nullopt});
        }
        if (limits.days_per_12_months) {
            for (Date d = r.from; d <= r.to; d += Days{1}) {
                if (days_in_12_months(d) <= *limits.days_per_12_months) continue;
                out.push_back({"egenmelding_too_many_days", a.id, id, d, r.to, days_in_12_months(r.to),
                               *limits.days_per_12_months, std::nullopt});
                break;
            }
        }
        if (const SickCase* c = case_for(cases, r.from)) {
            const int before = c->days_through(r.from - Days{1});
            const std::optional<Date> last = last_sick_before(*c, r.from);
            if (before >= employer_period_days && last)
                out.push_back({"egenmelding_after_full_employer_period", a.id, id, r.from, r.to,
                               (r.from - *last).count - 1, employer_period_days,
                               *last + Days{employer_period_days + 1}});
        }
    }
    return out;
}

}  // namespace bpa
