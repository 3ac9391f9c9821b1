// Leave rules (leave.h). Every function is a pure function of the document and
// the day asked about.
//
// [SECTION] Helpers
// [SECTION] Egenmelding (NO)
// [SECTION] Child-sick days
// [SECTION] Sickness (DK)
// [SECTION] Vacation
// [SECTION] Absence and the plan
// [SECTION] Notice periods
// [SECTION] Maternity-leave notices (DK)
// [SECTION] Summary
#include "core/leave.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "core/command.h"
#include "core/rules/rules.h"

namespace bpa {

namespace {

// [SECTION] Helpers --------------------------------------------------------------------
Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }
Date year_first(int y) { return ymd(y, 1, 1); }
Date year_last(int y) { return ymd(y, 12, 31); }

// Days of from..to inside a..b (inclusive ranges); 0 when they do not meet.
int overlap_days(Date from, Date to, Date a, Date b) {
    const Date s = std::max(from, a), e = std::min(to, b);
    return e < s ? 0 : (e - s).count + 1;
}

bool has_type(const std::vector<AbsenceType>& types, AbsenceType t) {
    return std::find(types.begin(), types.end(), t) != types.end();
}

// The first and last day a shift has time on (a shift ending at 00:00 does not
// touch the day it ends on), as the rule engine counts them.
Date first_day(const Shift& s) { return s.start.date; }

// Clock hours of a shift inside [from 00:00, to_exclusive 00:00) in real time.
double hours_inside(const Shift& s, Date from, Date to_exclusive, Zone z) {
    const LocalDateTime ws{from, 0}, we{to_exclusive, 0};
    const LocalDateTime a = std::max(s.start, ws), b = std::min(s.end, we);
    if (!(a < b)) return 0;
    return elapsed(a, b, z).hours();
}

double round2(double v) { return std::round(v * 100.0) / 100.0; }


int vacation_base_days(const Arrangement& a) {
    const double v = rule_number(a, "vacation_days").value_or(0);
    return int(std::lround(std::clamp(v, 0.0, 366.0)));
}

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

bool absence_active(const Absence& ab) { return !(ab.type == AbsenceType::Vacation && is_vacation_wish(ab)); }

}  // namespace

std::vector<AbsenceRun> absence_runs(const Document& doc, std::string_view assistant,
                                     const std::vector<AbsenceType>& types) {
    std::vector<const Absence*> list;
    for (const auto& ab : doc.absences)
        if (ab.assistant == assistant && has_type(types, ab.type) && !(ab.to < ab.from)) list.push_back(&ab);
    std::stable_sort(list.begin(), list.end(), [](const Absence* x, const Absence* y) {
        return std::tie(x->from, x->to) < std::tie(y->from, y->to);
    });
    std::vector<AbsenceRun> runs;
    for (const Absence* ab : list) {
        if (!runs.empty() && ab->from <= runs.back().to + Days{1}) {
            runs.back().to = std::max(runs.back().to, ab->to);
            runs.back().absences.push_back(ab->id);
        } else {
            runs.push_back(AbsenceRun{ab->from, ab->to, {ab->id}});
        }
    }
    return runs;
}

Date twelve_months_from(Date day) { return add_months(day, -12) + Days{1}; }

Date birthday(Date birth, int years) {
    const Ymd b = birth.ymd();
    if (auto d = Date::from_ymd(b.year + years, b.month, b.day)) return *d;
    return ymd(b.year + years, 3, 1);
}

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

// [SECTION] Child-sick days ----------------------------------------------------------------
namespace {

struct ChildCount {
    int counted = 0;  // NO: under 12 in the year, or chronic under 18; DK: under 18 some day of the year
    int chronic = 0;  // NO: chronic, up to the year they turn 18
};

ChildCount count_children(const Assistant& a, Jurisdiction j, int year) {
    ChildCount n;
    for (const auto& c : a.children) {
        const int born = c.birth_date.year();
        if (born > year) continue;
        if (j == Jurisdiction::DK) {
            if (birthday(c.birth_date, 18) > year_first(year)) ++n.counted;
            continue;
        }
        const bool young = year <= born + 12;              // up to and including the year they turn 12
        const bool chronic = c.chronic && year <= born + 18;  // up to the year they turn 18
        if (young || chronic) ++n.counted;
        if (chronic) ++n.chronic;
    }
    return n;
}

// DK: a child under 18 on the day.
bool has_child_under_18(const Assistant& a, Date d) {
    for (const auto& c : a.children)
        if (c.birth_date <= d && d < birthday(c.birth_date, 18)) return true;
    return false;
}

constexpr int dk_child_sick_days = 2;  // the child's 1st and 2nd sick day

}  // namespace

int child_sick_days_per_year(const Assistant& a, int year) {
    const ChildCount n = count_children(a, Jurisdiction::NO, year);
    if (n.counted == 0) return 0;
    const int factor = a.single_parent ? 2 : 1;  // ftrl § 9-6 (1): a single parent has double
    const int base = n.counted <= 2 ? 10 : 15;
    return factor * (base + 10 * n.chronic);      // (2): 10 more per chronically ill child
}

ChildSickStatus child_sick_status(const Document& doc, const Assistant& a, int year) {
    const Jurisdiction j = doc.arrangement.jurisdiction;
    ChildSickStatus st;
    st.year = year;
    const ChildCount n = count_children(a, j, year);
    st.children_counted = n.counted;
    st.chronic_children = n.chronic;
    for (const auto& r : absence_runs(doc, a.id, {AbsenceType::ChildSick})) {
        st.used += overlap_days(r.from, r.to, year_first(year), year_last(year));
        if (r.from.year() == year) ++st.occasions;
    }
    if (j == Jurisdiction::NO) {
        st.days_per_year = child_sick_days_per_year(a, year);
        st.left = std::max(0, *st.days_per_year - st.used);
    } else {
        st.days_per_occasion = dk_child_sick_days;
    }
    return st;
}

std::vector<LeaveFinding> child_sick_findings(const Document& doc, const Assistant& a, int year) {
    std::vector<LeaveFinding> out;
    const std::vector<AbsenceRun> runs = absence_runs(doc, a.id, {AbsenceType::ChildSick});
    const Date y1 = year_first(year), y2 = year_last(year);
    if (doc.arrangement.jurisdiction == Jurisdiction::NO) {
        const int quota = child_sick_days_per_year(a, year);
        int used = 0;
        std::optional<Date> first_over, last;
        for (const auto& r : runs) {
            for (Date d = std::max(r.from, y1); d <= std::min(r.to, y2); d += Days{1}) {
                ++used;
                if (used > quota && !first_over) first_over = d;
                last = d;
            }
            if (quota == 0 && overlap_days(r.from, r.to, y1, y2) > 0)
                out.push_back({"child_sick_no_child", a.id, r.absences.front(), std::max(r.from, y1),
                               std::min(r.to, y2), 0, 0, std::nullopt});
        }
        if (quota > 0 && first_over)
            out.push_back({"child_sick_over_quota", a.id, "", *first_over, *last, used, quota, std::nullopt});
        return out;
    }
    for (const auto& r : runs) {
        if (r.from.year() != year) continue;
        if (!has_child_under_18(a, r.from))
            out.push_back({"child_sick_no_child", a.id, r.absences.front(), r.from, r.to, 0, 0, std::nullopt});
        else if (r.days() > dk_child_sick_days)
            out.push_back({"child_sick_beyond_day_2", a.id, r.absences.front(), r.from + Days{dk_child_sick_days},
                           r.to, r.days(), dk_child_sick_days, std::nullopt});
    }
    return out;
}

// [SECTION] Sickness (DK) ------------------------------------------------------------------
std::vector<DkSickCase> dk_sick_cases(const Document& doc, const Assistant& a) {
    std::vector<DkSickCase> out;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    for (auto& r : absence_runs(doc, a.id, {AbsenceType::Egenmelding, AbsenceType::Sykemelding})) {
        DkSickCase c;
        c.from = r.from;
        c.to = r.to;
        c.absences = std::move(r.absences);
        c.conversation_due = r.from + Days{dk_sick_conversation_days};  // seed 003 § 11.4
        const Date window_from = r.from - Days{dk_sick_pay_weeks * 7};
        c.employed_8_weeks = a.employed_from <= window_from;
        for (const auto& s : doc.shifts)
            if (s.assistant == a.id && s.status != ShiftStatus::Cancelled)
                c.hours_8_weeks += hours_inside(s, window_from, r.from, z);
        c.hours_8_weeks = round2(c.hours_8_weeks);
        c.employer_pays = c.employed_8_weeks && c.hours_8_weeks >= dk_sick_pay_hours;  // seed 003 § 11.7
        out.push_back(std::move(c));
    }
    return out;
}

// [SECTION] Vacation -------------------------------------------------------------------------
namespace {

// Public holidays of the years from..to, as day numbers.
std::set<int32_t> holiday_days(Jurisdiction j, Date from, Date to) {
    std::set<int32_t> out;
    for (int y = from.year(); y <= to.year(); ++y)
        for (const auto& h : public_holidays(j, y)) out.insert(h.date.days());
    return out;
}

bool counts(Jurisdiction j, const std::set<int32_t>& holidays, Date d) {
    const Weekday w = d.weekday();
    if (w == Weekday::Sunday) return false;
    if (j == Jurisdiction::DK && w == Weekday::Saturday) return false;
    return holidays.count(d.days()) == 0;
}

// Days of the assistant's vacation absences (wishes only, or wishes excluded).
std::set<int32_t> vacation_days_of(const Document& doc, std::string_view assistant, bool wishes) {
    std::set<int32_t> out;
    for (const auto& ab : doc.absences) {
        if (ab.assistant != assistant || ab.type != AbsenceType::Vacation) continue;
        if (is_vacation_wish(ab) != wishes) continue;
        for (Date d = ab.from; d <= ab.to; d += Days{1}) out.insert(d.days());
    }
    return out;
}

struct VacationSpan {
    Date from, to;       // the first and last vacation day
    int counted = 0;     // counted days inside the limits
};

// The continuous vacation through `d` (a vacation day): vacation days joined
// across days that do not count (Sundays, holidays; DK also Saturdays), limited
// to lo..hi; counted days inside lo..hi.
VacationSpan span_through(Jurisdiction j, const std::set<int32_t>& holidays, const std::set<int32_t>& vacation,
                          Date d, Date lo, Date hi) {
    VacationSpan s{d, d, 0};
    for (Date p = d - Days{1}; p >= lo; p = p - Days{1}) {
        if (vacation.count(p.days())) s.from = p;
        else if (counts(j, holidays, p)) break;
    }
    for (Date p = d + Days{1}; p <= hi; p += Days{1}) {
        if (vacation.count(p.days())) s.to = p;
        else if (counts(j, holidays, p)) break;
    }
    for (Date p = s.from; p <= s.to; p += Days{1})
        if (vacation.count(p.days()) && counts(j, holidays, p)) ++s.counted;
    return s;
}

Date main_period_from(Jurisdiction j, int year) { return j == Jurisdiction::DK ? ymd(year, 5, 1) : ymd(year, 6, 1); }
Date main_period_to(int year) { return ymd(year, 9, 30); }
int main_required(Jurisdiction j) { return j == Jurisdiction::DK ? 15 : 18; }

// DK: months of employment in from..to (whole calendar months), a partly employed month by its share of days.
double months_employed(const Assistant& a, Date from, Date to) {
    double months = 0;
    for (Date m = from; m <= to; m = add_months(m, 1)) {
        const Date last = add_months(m, 1) - Days{1};
        const Date e = a.employed_to ? std::min(last, *a.employed_to) : last;
        const int days = overlap_days(a.employed_from, e, m, last);
        months += double(days) / double((last - m).count + 1);
    }
    return months;
}

}  // namespace

bool counts_as_vacation_day(Jurisdiction j, Date d) {
    const Weekday w = d.weekday();
    if (w == Weekday::Sunday) return false;
    if (j == Jurisdiction::DK && w == Weekday::Saturday) return false;
    return !is_public_holiday(j, d);
}

int count_vacation_days(Jurisdiction j, Date from, Date to) {
    if (to < from) return 0;
    const std::set<int32_t> holidays = holiday_days(j, from, to);
    int n = 0;
    for (Date d = from; d <= to; d += Days{1}) n += counts(j, holidays, d) ? 1 : 0;
    return n;
}

bool is_vacation_wish(const Absence& a) {
    auto it = a.extra.find("status");
    return it != a.extra.end() && it->is_string() && it->get<std::string>() == "wish";
}

std::optional<Date> vacation_requested_on(const Absence& a) {
    auto it = a.extra.find("requested_on");
    if (it == a.extra.end() || !it->is_string()) return std::nullopt;
    return Date::parse(it->get<std::string>());
}

double vacation_entitlement(const Document& doc, const Assistant& a, int year) {
    const int base = vacation_base_days(doc.arrangement);
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) {
        // Ferieloven 2020 § 5: 2.08 days per month; earning year 1 Sep Y-1 .. 31 Aug Y.
        const double months = months_employed(a, ymd(year - 1, 9, 1), ymd(year, 8, 31));
        if (months >= 12.0 - 1e-9) return base;
        return round2(2.08 * double(base) / 25.0 * months);
    }
    const Date y1 = year_first(year), y2 = year_last(year);
    if (a.employed_from > y2 || (a.employed_to && *a.employed_to < y1)) return 0;
    int days = base;
    if (a.birth_date && year >= a.birth_date->year() + 60) days += 6;  // ferieloven § 5 (1)
    if (a.employed_from.year() == year && a.employed_from > ymd(year, 9, 30))
        days = std::min(days, 6);                                       // ferieloven § 5 (2)
    return days;
}

VacationStatus vacation_status(const Document& doc, const Assistant& a, int year) {
    const Jurisdiction j = doc.arrangement.jurisdiction;
    VacationStatus st;
    st.year = year;
    st.base_days = vacation_base_days(doc.arrangement);
    st.entitled = vacation_entitlement(doc, a, year);
    st.use_by = year_last(year);
    const Date y1 = year_first(year), y2 = year_last(year);
    if (j == Jurisdiction::NO) {
        st.senior_extra = a.birth_date && year >= a.birth_date->year() + 60;
        const bool started = a.employed_from.year() == year;
        st.main_vacation_right = !(started && a.employed_from > ymd(year, 8, 15));  // ferieloven § 7 (1)
        st.late_start_cap = started && a.employed_from > ymd(year, 9, 30);
        st.earning_from = year_first(year - 1);
        st.earning_to = year_last(year - 1);
    } else {
        st.earning_from = ymd(year - 1, 9, 1);
        st.earning_to = ymd(year, 8, 31);
        st.months_earned = round2(months_employed(a, st.earning_from, st.earning_to));
        st.earned_ahead = round2(2.08 * double(st.base_days) / 25.0 *
                                 months_employed(a, ymd(year, 9, 1), ymd(year, 11, 30)));
    }
    const std::set<int32_t> holidays = holiday_days(j, y1, y2);
    std::set<int32_t> sick;  // NO: 100 % sick (sykemelding) during vacation: taken later (ferieloven § 9 (2))
    if (j == Jurisdiction::NO)
        for (const auto& ab : doc.absences)
            if (ab.assistant == a.id && ab.type == AbsenceType::Sykemelding)
                for (Date d = std::max(ab.from, y1); d <= std::min(ab.to, y2); d += Days{1}) sick.insert(d.days());
    for (int32_t n : vacation_days_of(doc, a.id, false)) {
        const Date d = Date::from_days(n);
        if (d < y1 || d > y2 || !counts(j, holidays, d)) continue;
        if (sick.count(n)) ++st.sick_days_to_take_later;
        else ++st.taken_or_planned;
    }
    for (int32_t n : vacation_days_of(doc, a.id, true)) {
        const Date d = Date::from_days(n);
        if (d >= y1 && d <= y2 && counts(j, holidays, d)) ++st.wished;
    }
    st.left = std::max(0.0, round2(st.entitled - st.taken_or_planned));
    return st;
}

MainVacationCheck main_vacation_check(const Document& doc, const Assistant& a, int year) {
    const Jurisdiction j = doc.arrangement.jurisdiction;
    MainVacationCheck mc;
    mc.year = year;
    mc.period_from = main_period_from(j, year);
    mc.period_to = main_period_to(year);
    mc.required = main_required(j);
    const bool employed = overlap_days(a.employed_from, a.employed_to.value_or(mc.period_to), mc.period_from,
                                       mc.period_to) > 0;
    const bool late_start =
        j == Jurisdiction::NO && a.employed_from.year() == year && a.employed_from > ymd(year, 8, 15);
    mc.applies = employed && !late_start;
    const std::set<int32_t> holidays = holiday_days(j, mc.period_from, mc.period_to);
    const std::set<int32_t> vacation = vacation_days_of(doc, a.id, false);
    for (Date d = mc.period_from; d <= mc.period_to; d += Days{1}) {
        if (!vacation.count(d.days())) continue;
        const VacationSpan s = span_through(j, holidays, vacation, d, mc.period_from, mc.period_to);
        if (s.counted > mc.longest) {
            mc.longest = s.counted;
            mc.longest_from = s.from;
            mc.longest_to = s.to;
        }
        d = s.to;
    }
    mc.ok = !mc.applies || mc.longest >= mc.required;
    return mc;
}

int vacation_notice_months(const Document& doc, const Absence& vacation) {
    const Jurisdiction j = doc.arrangement.jurisdiction;
    if (j == Jurisdiction::NO) return 2;  // ferieloven § 6 (2)
    // DK ferieloven § 15: 3 months for the main vacation, 1 month for the rest.
    const int year = vacation.from.year();
    const Date lo = main_period_from(j, year), hi = main_period_to(year);
    if (vacation.to < lo || vacation.from > hi) return 1;
    std::set<int32_t> days = vacation_days_of(doc, vacation.assistant, false);
    for (Date d = vacation.from; d <= vacation.to; d += Days{1}) days.insert(d.days());
    const std::set<int32_t> holidays = holiday_days(j, lo, hi);
    const Date start = std::max(vacation.from, lo);
    return span_through(j, holidays, days, start, lo, hi).counted >= main_required(j) ? 3 : 1;
}

std::vector<LeaveFinding> vacation_findings(const Document& doc, const Assistant& a, int year) {
    std::vector<LeaveFinding> out;
    for (const auto& ab : doc.absences) {
        if (ab.assistant != a.id || ab.type != AbsenceType::Vacation || ab.from.year() != year) continue;
        if (is_vacation_wish(ab)) continue;
        const std::optional<Date> requested = vacation_requested_on(ab);
        if (!requested) continue;
        const int months = vacation_notice_months(doc, ab);
        const Date deadline = add_months(ab.from, -months);
        if (*requested > deadline)
            out.push_back({"vacation_notice_short", a.id, ab.id, ab.from, ab.to, (ab.from - *requested).count, months,
                           deadline});
    }
    std::stable_sort(out.begin(), out.end(), [](const LeaveFinding& x, const LeaveFinding& y) { return x.from < y.from; });

    const VacationStatus st = vacation_status(doc, a, year);
    // DK: days earned in September–November are usable in the year too.
    const double allowed = st.entitled + (doc.arrangement.jurisdiction == Jurisdiction::DK ? st.earned_ahead : 0.0);
    if (double(st.taken_or_planned) > allowed + 1e-9) {
        const Jurisdiction j = doc.arrangement.jurisdiction;
        const std::set<int32_t> holidays = holiday_days(j, year_first(year), year_last(year));
        std::optional<Date> first_over, last;
        int n = 0;
        for (int32_t d : vacation_days_of(doc, a.id, false)) {
            const Date day = Date::from_days(d);
            if (day.year() != year || !counts(j, holidays, day)) continue;
            ++n;
            if (double(n) > allowed + 1e-9 && !first_over) first_over = day;
            last = day;
        }
        if (first_over)
            out.push_back({"vacation_over_entitlement", a.id, "", *first_over, *last, st.taken_or_planned,
                           int(std::floor(allowed + 1e-9)), std::nullopt});
    }
    return out;
}

std::vector<AwayDay> away_days(const Document& doc, Date from, Date to, int max_away, bool vacation_only) {
    std::vector<AwayDay> out;
    for (Date d = from; d <= to; d += Days{1}) {
        AwayDay day{d, {}, 0};
        for (const auto& a : doc.assistants) {
            if (!a.employed_on(d)) continue;
            ++day.employed;
            for (const auto& ab : doc.absences) {
                if (ab.assistant != a.id || d < ab.from || d > ab.to || !absence_active(ab)) continue;
                if (vacation_only && ab.type != AbsenceType::Vacation) continue;
                day.assistants.push_back(a.id);
                break;
            }
        }
        if (int(day.assistants.size()) > max_away) out.push_back(std::move(day));
    }
    return out;
}

// [SECTION] Absence and the plan ---------------------------------------------------------------
std::vector<OpenShift> open_shifts(const Document& doc, const Absence& absence) {
    std::vector<OpenShift> out;
    if (!absence_active(absence)) return out;
    for (const auto& s : doc.shifts) {
        if (s.assistant != absence.assistant || s.status != ShiftStatus::Planned) continue;
        if (first_day(s) <= absence.to && last_day_of(s) >= absence.from) out.push_back({s.id, absence.id});
    }
    return out;
}

std::vector<OpenShift> open_shifts(const Document& doc) {
    std::map<std::string, std::vector<const Absence*>, std::less<>> by_assistant;
    for (const auto& ab : doc.absences)
        if (absence_active(ab)) by_assistant[ab.assistant].push_back(&ab);
    for (auto& [id, list] : by_assistant)
        std::stable_sort(list.begin(), list.end(), [](const Absence* x, const Absence* y) { return x->from < y->from; });
    std::vector<OpenShift> out;
    for (const auto& s : doc.shifts) {
        if (s.status != ShiftStatus::Planned) continue;
        auto it = by_assistant.find(s.assistant);
        if (it == by_assistant.end()) continue;
        for (const Absence* ab : it->second) {
            if (first_day(s) <= ab->to && last_day_of(s) >= ab->from) {
                out.push_back({s.id, ab->id});
                break;
            }
        }
    }
    return out;
}

namespace {

// A violation as a comparable value: the same rule at the same place with the
// same shifts and numbers is the same problem.
using ViolationKey = std::tuple<std::string, int, int64_t, std::vector<std::string>, std::string,
                                std::map<std::string, std::string>>;
ViolationKey key_of(const Violation& v) {
    return {v.rule, int(v.severity), v.at.wall_minutes(), v.shifts, v.variant, v.args};
}

// Violations for one assistant, as a multiset of keys.
std::multiset<ViolationKey> violations_for(const Document& doc, std::string_view assistant) {
    std::multiset<ViolationKey> out;
    for (const auto& v : check(doc))
        if (v.assistant == assistant) out.insert(key_of(v));
    return out;
}

int employment_rank(Employment e) {
    switch (e) {
    case Employment::Fast: return 0;
    case Employment::Vikar: return 1;
    case Employment::Tilkalling: return 2;
    }
    return 3;
}

// The days around a shift whose shifts can change what check() says about it.
std::pair<Date, Date> check_window(const Document& doc, const Shift& s) {
    constexpr int margin = 8;  // the 7-day windows (weekly rest and hours) and the 24-hour ones, with a day to spare
    Date lo = first_day(s) - Days{margin}, hi = last_day_of(s) + Days{margin};
    const Jurisdiction j = doc.arrangement.jurisdiction;
    const RuleParams params = resolve_params(doc.arrangement);
    if (find_rule(j, "average_weekly_hours")) {
        // DK: fixed reference periods from 1 January (rules/engine.cpp): include the whole period(s).
        const int months = int(std::clamp<long long>(std::llround(params.number("average_period_months")), 1, 12));
        auto period_start = [&](Date d) { return ymd(d.year(), ((d.month() - 1) / months) * months + 1, 1); };
        lo = std::min(lo, period_start(first_day(s)));
        const Date ps = period_start(last_day_of(s));
        hi = std::max(hi, std::min(add_months(ps, months), year_first(ps.year() + 1)) - Days{1});
    }
    if (find_rule(j, "sunday_rest") && params.text("sunday_rule") == "every_other") {
        lo = lo - Days{26 * 7 + 1};  // 26 weeks of Sundays and holidays, AML § 10-10 (4)
        hi = hi + Days{26 * 7 + 1};
    }
    return {lo, hi};
}

}  // namespace

std::vector<SubstituteSuggestion> suggest_substitutes(const Document& doc, std::string_view shift_id) {
    std::vector<SubstituteSuggestion> out;
    const Shift* shift = nullptr;
    for (const auto& s : doc.shifts)
        if (s.id == shift_id) shift = &s;
    if (!shift || shift->status == ShiftStatus::Cancelled) return out;
    const Shift& s = *shift;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const Date first = first_day(s), last = last_day_of(s);
    const auto [lo, hi] = check_window(doc, s);
    const UtcMinutes s_start = to_utc(s.start, z), s_end = to_utc(s.end, z);
    const Date monday = iso_week_monday(s.start.date.iso_week());
    const std::string new_id = doc.next_id("s");

    std::map<std::string, std::vector<const Shift*>, std::less<>> shifts_of;
    for (const auto& t : doc.shifts)
        if (t.status != ShiftStatus::Cancelled) shifts_of[t.assistant].push_back(&t);

    std::set<std::string, std::less<>> seen;
    std::vector<std::pair<size_t, SubstituteSuggestion>> ranked;  // document order, suggestion
    for (size_t i = 0; i < doc.assistants.size(); ++i) {
        const Assistant& c = doc.assistants[i];
        if (c.id == s.assistant || !seen.insert(c.id).second) continue;
        bool available = true;
        for (Date d = first; d <= last && available; d += Days{1}) available = c.employed_on(d);
        for (const auto& ab : doc.absences)
            if (ab.assistant == c.id && absence_active(ab) && ab.from <= last && ab.to >= first) available = false;
        if (!available) continue;

        Document reduced;
        reduced.arrangement = doc.arrangement;
        reduced.assistants.push_back(c);
        for (const auto& ab : doc.absences)
            if (ab.assistant == c.id) reduced.absences.push_back(ab);
        SubstituteSuggestion sug;
        sug.assistant = c.id;
        sug.employment = c.employment;
        bool overlaps = false;
        if (auto it = shifts_of.find(c.id); it != shifts_of.end()) {
            for (const Shift* t : it->second) {
                if (to_utc(t->start, z) < s_end && s_start < to_utc(t->end, z)) overlaps = true;
                sug.week_hours += hours_inside(*t, monday, monday + Days{7}, z);
                if (first_day(*t) <= hi && last_day_of(*t) >= lo) reduced.shifts.push_back(*t);
            }
        }
        if (overlaps) continue;
        sug.week_hours = round2(sug.week_hours);

        const std::multiset<ViolationKey> before = violations_for(reduced, c.id);
        Shift moved = s;
        moved.id = new_id;
        moved.assistant = c.id;
        moved.status = ShiftStatus::Planned;
        moved.extra = Json{{"origin", "substitute"}, {"replaces", s.id}};
        reduced.shifts.push_back(std::move(moved));
        bool new_error = false;
        std::multiset<ViolationKey> remaining = before;
        for (const auto& v : check(reduced)) {
            if (v.assistant != c.id) continue;
            auto it = remaining.find(key_of(v));
            if (it != remaining.end()) {
                remaining.erase(it);
                continue;
            }
            if (v.severity == Severity::Error) {
                new_error = true;
                break;
            }
            ++sug.new_warnings;
            sug.warning_rules.push_back(v.rule);
        }
        if (new_error) continue;
        ranked.emplace_back(i, std::move(sug));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
        return std::make_tuple(x.second.new_warnings, x.second.week_hours, employment_rank(x.second.employment), x.first) <
               std::make_tuple(y.second.new_warnings, y.second.week_hours, employment_rank(y.second.employment), y.first);
    });
    for (auto& [i, sug] : ranked) out.push_back(std::move(sug));
    return out;
}

std::optional<std::string> assign_substitute(Document& doc, std::string_view shift_id, std::string_view assistant) {
    auto it = std::find_if(doc.shifts.begin(), doc.shifts.end(), [&](const Shift& s) { return s.id == shift_id; });
    if (it == doc.shifts.end() || it->status != ShiftStatus::Planned) return std::nullopt;
    if (!doc.find_assistant(assistant) || it->assistant == assistant) return std::nullopt;
    Shift replacement = *it;
    replacement.id = doc.next_id("s");
    replacement.assistant = std::string(assistant);
    replacement.status = ShiftStatus::Planned;
    replacement.extra = Json{{"origin", "substitute"}, {"replaces", it->id}};
    it->status = ShiftStatus::Cancelled;
    it->extra["not_worked_reason"] = "assistant_absent";
    std::string id = replacement.id;
    doc.shifts.insert(it + 1, std::move(replacement));
    return id;
}

// [SECTION] Notice periods -------------------------------------------------------------------------
const char* to_string(NoticeBy b) { return b == NoticeBy::Employee ? "employee" : "employer"; }

int whole_months_between(Date from, Date to) {
    if (to < from) return 0;
    int k = (to.year() - from.year()) * 12 + (to.month() - from.month());  // an upper bound, >= 0
    while (k > 0 && add_months(from, k) > to) --k;
    return k;
}

NoticePeriod notice_period(Jurisdiction j, const Assistant& a, Date on, NoticeBy by) {
    NoticePeriod p;
    auto days = [&](int n, const char* basis) {
        p.unit = NoticePeriod::Unit::Days;
        p.count = n;
        p.ends = on + Days{n};
        p.basis = basis;
    };
    if (j == Jurisdiction::NO) {
        // AML § 15-3 (7): in a probation period 14 days from the day notice is given.
        if (a.probation_until && *a.probation_until >= on) {
            days(14, "probation");
            return p;
        }
        const int service = whole_months_between(a.employed_from, on);
        p.unit = NoticePeriod::Unit::Months;
        p.count = 1;
        p.basis = "aml_15_3";                                   // (1)
        if (service >= 5 * 12) { p.count = 2; p.basis = "aml_15_3_5_years"; }   // (2)
        if (service >= 10 * 12) { p.count = 3; p.basis = "aml_15_3_10_years"; }
        if (service >= 10 * 12 && by == NoticeBy::Employer && a.birth_date) {  // (3): the employer's notice only
            if (birthday(*a.birth_date, 60) <= on) { p.count = 6; p.basis = "aml_15_3_age_60"; }
            else if (birthday(*a.birth_date, 55) <= on) { p.count = 5; p.basis = "aml_15_3_age_55"; }
            else if (birthday(*a.birth_date, 50) <= on) { p.count = 4; p.basis = "aml_15_3_age_50"; }
        }
        // (4): the period runs from the first day of the month after notice is given.
        p.ends = add_months(ymd(on.year(), on.month(), 1), p.count + 1) - Days{1};
        return p;
    }
    // DK: seed 003 § 5.5, the same for both sides.
    if (a.employment == Employment::Tilkalling) {
        days(0, "dk_loose_substitute");
        return p;
    }
    if (a.employed_to) {
        // A temporary employment ends without notice when its period ends.
        days(std::max(0, (*a.employed_to - on).count), "dk_temporary");
        p.ends = std::max(*a.employed_to, on);
        return p;
    }
    const int months = whole_months_between(a.employed_from, on);
    if (months < 3) days(months, "dk_months_employed");
    else if (months < 6) days(8, "dk_3_months");
    else if (months < 12) days(14, "dk_6_months");
    else {
        p.unit = NoticePeriod::Unit::Months;
        p.count = 1;
        p.ends = add_months(on, 1);
        p.basis = "dk_12_months";
    }
    return p;
}

// [SECTION] Maternity-leave notices (DK) -------------------------------------------------------------
std::optional<Date> expected_birth(const Assistant& a) {
    auto it = a.extra.find("expected_birth");
    if (it == a.extra.end() || !it->is_string()) return std::nullopt;
    return Date::parse(it->get<std::string>());
}

std::vector<MaternityNotice> maternity_notices(Date birth) {
    return {
        {"expected_birth", "Forventet fødselstermin: 3 mdr. før", add_months(birth, -3), std::nullopt},
        {"return_from_leave", "Tilbagevenden fra orlov: 8 uger efter fødslen", birth + Days{8 * 7}, std::nullopt},
        {"paternity_leave", "Fædreorlov 0.-14. uge: 4 ugers varsel", std::nullopt, 4},
        {"extended_paternity_leave", "Udv. fædreorlov før 46. uge: 8 ugers varsel", std::nullopt, 8},
        {"postponed_leave_right", "Udskudt orlov (ret): 16 ugers varsel", std::nullopt, 16},
        {"postponed_leave_agreement", "Udskudt orlov (aftale): 8 ugers varsel", std::nullopt, 8},
    };
}

std::optional<Date> due_for_start(const MaternityNotice& n, Date leave_start) {
    if (n.due) return n.due;
    if (!n.weeks_before_start) return std::nullopt;
    return leave_start - Days{*n.weeks_before_start * 7};
}

// [SECTION] Summary --------------------------------------------------------------------------------
LeaveSummary leave_summary(const Document& doc, const Assistant& a, Date on) {
    LeaveSummary s;
    if (doc.arrangement.jurisdiction == Jurisdiction::NO) s.egenmelding = egenmelding_status(doc, a, on);
    s.child_sick = child_sick_status(doc, a, on.year());
    s.vacation = vacation_status(doc, a, on.year());
    return s;
}

}  // namespace bpa
