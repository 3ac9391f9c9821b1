// Vacation (leave.h): entitlement, status, the main vacation, notice, findings
// and the days too many assistants are away.
#include <functional>
#include "core/leave.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "core/leave_detail.h"
#include "core/rules/rules.h"

namespace bpa {

using namespace leave_detail;

// [SECTION] Vacation -------------------------------------------------------------------------
namespace {

int vacation_base_days(const Arrangement& a) {
    const double v = rule_number(a, "vacation_days").value_or(0);
    return int(std::lround(std::clamp(v, 0.0, 366.0)));
}

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

// Days from..to of the assistant's vacation absences (wishes only, or wishes
// excluded): the work is bounded by the days asked about, however long an absence is.
std::set<int32_t> vacation_days_of(const Document& doc, std::string_view assistant, bool wishes, Date from, Date to) {
    std::set<int32_t> out;
    for (const auto& ab : doc.absences) {
        if (ab.assistant != assistant || ab.type != AbsenceType::Vacation) continue;
        if (is_vacation_wish(ab) != wishes) continue;
        for (Date d = std::max(ab.from, from); d <= std::min(ab.to, to); d += Days{1}) out.insert(d.days());
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

void set_vacation_request(Absence& a, bool wish, Date requested_on) {
    if (!a.extra.is_object()) a.extra = Json::object();
    a.extra["status"] = wish ? "wish" : "approved";
    a.extra["requested_on"] = requested_on.str();
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
    for (int32_t n : vacation_days_of(doc, a.id, false, y1, y2)) {
        const Date d = Date::from_days(n);
        if (d < y1 || d > y2 || !counts(j, holidays, d)) continue;
        if (sick.count(n)) ++st.sick_days_to_take_later;
        else ++st.taken_or_planned;
    }
    for (int32_t n : vacation_days_of(doc, a.id, true, y1, y2)) {
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
    const std::set<int32_t> vacation = vacation_days_of(doc, a.id, false, mc.period_from, mc.period_to);
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
    std::set<int32_t> days = vacation_days_of(doc, vacation.assistant, false, lo, hi);
    for (Date d = std::max(vacation.from, lo); d <= std::min(vacation.to, hi); d += Days{1}) days.insert(d.days());
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
        for (int32_t d : vacation_days_of(doc, a.id, false, year_first(year), year_last(year))) {
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

std::vector<AwayDay> leave_detail::away_days_over(const Document& doc, Date from, Date to, const std::function<bool(const Absence&)>& counts,
                                    const std::function<int(int employed)>& limit) {
    std::vector<AwayDay> out;
    for (Date d = from; d <= to; d += Days{1}) {
        AwayDay day{d, {}, 0};
        for (const auto& a : doc.assistants) {
            if (!a.employed_on(d)) continue;
            ++day.employed;
            for (const auto& ab : doc.absences) {
                if (ab.assistant != a.id || d < ab.from || d > ab.to || !counts(ab)) continue;
                day.assistants.push_back(a.id);
                break;
            }
        }
        if (int(day.assistants.size()) > limit(day.employed)) out.push_back(std::move(day));
    }
    return out;
}

std::vector<AwayDay> away_days(const Document& doc, Date from, Date to, int max_away, bool vacation_only) {
    return leave_detail::away_days_over(
        doc, from, to, [&](const Absence& ab) { return absence_active(ab) && (!vacation_only || ab.type == AbsenceType::Vacation); },
        [&](int) { return max_away; });
}

}  // namespace bpa
