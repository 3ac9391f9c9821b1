// Notice periods, Danish maternity-leave notices and the leave summary of one
// assistant on one day (leave.h).
//
// [SECTION] Notice periods
// [SECTION] Maternity-leave notices (DK)
// [SECTION] Summary
#include "core/leave.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/leave_detail.h"

namespace bpa {

using namespace leave_detail;

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
