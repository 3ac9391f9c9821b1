// The pay day of a timesheet (hours.h), moved back past weekends and public holidays.
#include "hours.h"

#include <algorithm>

namespace bpa {

Date pay_date(Jurisdiction j, int year, int month, int day_of_month) {
    const int day = std::clamp(day_of_month, 1, days_in_month(year, month));
    Date d = *Date::from_ymd(year, month, day);
    // At most a few steps back: Easter gives the longest run (Thursday to Monday).
    while (d.weekday() == Weekday::Saturday || d.weekday() == Weekday::Sunday || is_public_holiday(j, d))
        d = d - Days{1};
    return d;
}

std::optional<Date> timesheet_pay_day(const Arrangement& a, Date period_to) {
    if (a.jurisdiction != Jurisdiction::NO) return std::nullopt;
    int day = default_pay_day_no;
    if (a.rules.is_object())
        if (auto it = a.rules.find("pay_day"); it != a.rules.end() && it->is_number_integer()) {
            const int v = it->get<int>();
            if (v >= 1 && v <= 31) day = v;
        }
    const int year = period_to.year() + (period_to.month() == 12 ? 1 : 0);  // the month after the period
    const int month = period_to.month() == 12 ? 1 : period_to.month() + 1;
    return pay_date(Jurisdiction::NO, year, month, day);
}

}  // namespace bpa
