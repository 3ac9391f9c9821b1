// The economy (economy.h): parameters, hours by time of day, the hourly cost,
// and the year's budget and account.
#include "economy.h"

#include <algorithm>
#include <cmath>

#include "holidays.h"
#include "hours.h"
#include "hours_detail.h"

namespace bpa {

using namespace hours_detail;

// [SECTION] Parameters --------------------------------------------------------------
namespace {

constexpr const char* budget_key = "budget";
constexpr double max_amount = 10000;  // kr per hour: far above any wage, below a typing error's 6 digits

bool is_percent(std::string_view name) { return name.ends_with("_percent"); }

double* budget_number(BudgetParams& p, std::string_view name) {
    if (name == "hourly_wage") return &p.hourly_wage;
    if (name == "evening_supplement") return &p.evening_supplement;
    if (name == "night_supplement") return &p.night_supplement;
    if (name == "saturday_supplement") return &p.saturday_supplement;
    if (name == "sunday_supplement") return &p.sunday_supplement;
    if (name == "holiday_supplement") return &p.holiday_supplement;
    if (name == "pension_percent") return &p.pension_percent;
    if (name == "holiday_pay_percent") return &p.holiday_pay_percent;
    if (name == "employer_tax_percent") return &p.employer_tax_percent;
    if (name == "atp_per_hour") return &p.atp_per_hour;
    return nullptr;
}

TimeOfDay* budget_time(BudgetParams& p, std::string_view name) {
    if (name == "evening_from") return &p.evening_from;
    if (name == "evening_to") return &p.evening_to;
    if (name == "night_from") return &p.night_from;
    if (name == "night_to") return &p.night_to;
    if (name == "saturday_from") return &p.saturday_from;
    return nullptr;
}

// Applies one stored value to `p`; false when it is not valid for the name.
bool apply(BudgetParams& p, std::string_view name, const Json& v) {
    if (double* f = budget_number(p, name)) {
        if (!v.is_number()) return false;
        const double x = v.get<double>();
        if (!(x >= 0 && x <= (is_percent(name) ? 100 : max_amount))) return false;
        *f = x;
        return true;
    }
    if (TimeOfDay* t = budget_time(p, name)) {
        if (!v.is_string()) return false;
        auto parsed = TimeOfDay::parse_exact(v.get<std::string>(), true);
        if (!parsed) return false;
        *t = *parsed;
        return true;
    }
    if (name == "wage_step") {
        if (!v.is_string() || v.get<std::string>().size() > 20) return false;
        p.wage_step = v.get<std::string>();
        return true;
    }
    return false;
}

}  // namespace

// DK: the figures seed 003 gives. It gives no amounts for the supplements by
// time of day (§ 6.5 lists only the holidays that pay one, from 12:00 on the
// supplement days; § 13.2 names "arbejdstidsbestemte tillæg" without rates) and
// none for ATP (§ 13.6: paid quarterly by the payroll office): those stay 0 until
// the leader enters the collective agreement's rates. AM (§ 13.5: 8 % of the
// helper's gross wage after ATP) is withheld from the helper's pay, not a cost on
// top of it, so it is not a parameter. Norway: nothing until entered.
BudgetParams default_budget_params(Jurisdiction j) {
    BudgetParams p;
    if (j == Jurisdiction::DK) {
        p.wage_step = "11";             // seed 003 § 13.2: løntrin 11 (12 after 3 years)
        p.pension_percent = 12.6 * 2 / 3;  // seed 003 § 13.8: 12.6 % of the base wage, 2/3 paid by the employer
        p.holiday_pay_percent = 12.5;   // seed 003 § 6.1: "12,5% feriepenge"
    }
    return p;
}

BudgetParams budget_params(const Arrangement& a) {
    BudgetParams p = default_budget_params(a.jurisdiction);
    if (!a.extra.is_object()) return p;
    auto it = a.extra.find(budget_key);
    if (it == a.extra.end() || !it->is_object()) return p;
    for (auto m = it->begin(); m != it->end(); ++m) {
        BudgetParams tried = p;
        if (apply(tried, m.key(), m.value())) p = tried;
    }
    return p;
}

Outcome set_budget_parameter(Document& doc, const std::string& name, const Json& value) {
    BudgetParams probe;
    if (!budget_number(probe, name) && !budget_time(probe, name) && name != "wage_step") return Refusal::UnknownItem;
    if (!value.is_null() && !apply(probe, name, value)) return Refusal::OutOfRange;
    Arrangement& a = doc.arrangement;
    if (!a.extra.is_object()) a.extra = Json::object();
    Json& b = a.extra[budget_key];
    if (!b.is_object()) b = Json::object();
    if (value.is_null()) b.erase(name);
    else b[name] = value;
    if (b.empty()) a.extra.erase(budget_key);
    return {};
}

// [SECTION] Hours by time of day -------------------------------------------------------
namespace {

// Minutes of `span` in from..to of day d; a period ending at or before it starts runs into the next day.
int64_t in_period(Span span, Date d, TimeOfDay from, TimeOfDay to, Zone z) {
    if (from < to) return overlap(span, local_window(d, from, to, z));
    return overlap(span, local_window(d, from, TimeOfDay(1440), z)) + overlap(span, local_window(d + Days{1}, TimeOfDay(0), to, z));
}

void add_shift(BandHours& b, const Document& doc, const BudgetParams& p, const Shift& s, Date from, Date to) {
    const Jurisdiction j = doc.arrangement.jurisdiction;
    const Zone z = zone_of(j);
    const Span whole = utc_span(s, z);
    const Span part{std::max(whole.from, day_span(from, z).from), std::min(whole.to, day_span(to, z).to)};
    if (part.to <= part.from) return;
    int64_t total = 0, evening = 0, night = 0, saturday = 0, sunday = 0, holiday = 0;
    total = part.to - part.from;
    // Each local day the part touches, and the day before (a night starting then runs into it):
    // the days of from..to only, however long the shift (the file format does not bound it).
    const Date first = std::max(s.start.date, from) - Days{1}, last = std::min(last_day_of(s), to);
    for (Date d = first; d <= last; d += Days{1}) {
        evening += in_period(part, d, p.evening_from, p.evening_to, z);
        night += in_period(part, d, p.night_from, p.night_to, z);
        const Span day = day_span(d, z);
        const int64_t on_day = overlap(part, day);
        if (on_day == 0) continue;
        bool supplement_day = false;
        for (const auto& h : supplement_days(j, d.year())) supplement_day = supplement_day || h.date == d;
        const int64_t holiday_here = is_public_holiday(j, d) ? on_day
                                    : supplement_day ? overlap(part, local_window(d, supplement_from, TimeOfDay(1440), z)) : 0;
        holiday += holiday_here;
        if (holiday_here > 0 && holiday_here == on_day) continue;  // the holiday supplement instead
        if (d.weekday() == Weekday::Sunday) sunday += on_day - holiday_here;
        if (d.weekday() == Weekday::Saturday) {
            // The Saturday period less its part with the holiday supplement (a supplement day's afternoon).
            const TimeOfDay holiday_from = holiday_here > 0 ? std::max(p.saturday_from, supplement_from) : TimeOfDay(1440);
            saturday += overlap(part, local_window(d, p.saturday_from, TimeOfDay(1440), z)) -
                        overlap(part, local_window(d, holiday_from, TimeOfDay(1440), z));
        }
    }
    b.total += total / 60.0;
    b.evening += evening / 60.0;
    b.night += night / 60.0;
    b.saturday += saturday / 60.0;
    b.sunday += sunday / 60.0;
    b.holiday += holiday / 60.0;
}

}  // namespace

BandHours band_hours(const Document& doc, const BudgetParams& p, const Shift& s) {
    BandHours b;
    add_shift(b, doc, p, s, s.start.date, last_day_of(s));
    return b;
}

BandHours band_hours(const Document& doc, const BudgetParams& p, Date from, Date to, bool planned, bool worked) {
    BandHours b;
    for (const auto& s : doc.shifts) {
        if (!((planned && s.status == ShiftStatus::Planned) || (worked && s.status == ShiftStatus::Worked))) continue;
        if (last_day_of(s) < from || to < s.start.date) continue;
        add_shift(b, doc, p, s, from, to);
    }
    return b;
}

// [SECTION] The hourly cost ---------------------------------------------------------------
HourlyCost hourly_cost(const BudgetParams& p, const BandHours& mix) {
    HourlyCost c;
    c.base = p.hourly_wage;
    if (mix.total > 0)
        c.supplements = (p.evening_supplement * mix.evening + p.night_supplement * mix.night +
                         p.saturday_supplement * mix.saturday + p.sunday_supplement * mix.sunday +
                         p.holiday_supplement * mix.holiday) / mix.total;
    c.wage = c.base + c.supplements;
    c.pension = c.base * p.pension_percent / 100;  // of the base wage (seed 003 § 13.8: "grundløn")
    c.holiday_pay = c.wage * p.holiday_pay_percent / 100;
    c.employer_tax = (c.wage + c.holiday_pay + c.pension) * p.employer_tax_percent / 100;
    c.atp = p.atp_per_hour;
    c.total = c.wage + c.pension + c.holiday_pay + c.employer_tax + c.atp;
    return c;
}

// [SECTION] The year's budget and account --------------------------------------------------
YearEconomy year_economy(const Document& doc, int year, Date today) {
    YearEconomy e;
    e.year = year;
    e.jurisdiction = doc.arrangement.jurisdiction;
    e.params = budget_params(doc.arrangement);
    const Date first = *Date::from_ymd(year, 1, 1), last = *Date::from_ymd(year, 12, 31);
    e.plan = band_hours(doc, e.params, first, last, true, true);
    e.rate = hourly_cost(e.params, e.plan);
    e.decided_hours = hours_account(doc, year, today).decided;
    e.budget = e.decided_hours * e.rate.total;
    e.worked = band_hours(doc, e.params, first, last, false, true);
    e.worked_rate = hourly_cost(e.params, e.worked);
    e.actual = e.worked.total * e.worked_rate.total;
    e.unused_hours = std::max(0.0, e.decided_hours - e.worked.total);
    e.over_hours = std::max(0.0, e.worked.total - e.decided_hours);
    if (e.jurisdiction == Jurisdiction::DK) {
        e.pay_back = e.unused_hours * e.rate.total;  // seed 003 § 6.2: "færre timer end udmålt ... tilbagebetales"
        e.account_due = *Date::from_ymd(year + 1, 3, 31);
    }
    e.wage_missing = e.params.hourly_wage <= 0;
    return e;
}

}  // namespace bpa
