// Child-sick days (leave.h): the Norwegian quota per year (ftrl § 9-6) and the
// Danish child's 1st and 2nd sick day.
#include "core/leave.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/leave_detail.h"

namespace bpa {

using namespace leave_detail;

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
        st.eligible_from = a.employed_from + Days{child_sick_employment_days};
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
        const Date eligible_from = a.employed_from + Days{child_sick_employment_days};
        int used = 0;
        std::optional<Date> first_over, last;
        for (const auto& r : runs) {
            const Date first = std::max(r.from, y1), early_last = std::min({r.to, y2, eligible_from - Days{1}});
            if (first <= early_last)
                out.push_back({"child_sick_not_eligible", a.id, r.absences.front(), first, early_last, 0,
                               child_sick_employment_days, eligible_from});
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

}  // namespace bpa
