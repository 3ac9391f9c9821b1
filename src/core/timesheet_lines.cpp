// Timesheets (hours.h): one line per day with clock, overtime, passive,
// holiday and sick minutes, and the entries of the shifts behind them.
#include "hours.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "hours_detail.h"
#include "leave.h"
#include "plan.h"

namespace bpa {

using namespace hours_detail;

// [SECTION] Timesheets: lines per day ------------------------------------------------------------
namespace {

bool sick_type(AbsenceType t) {
    return t == AbsenceType::Egenmelding || t == AbsenceType::Sykemelding || t == AbsenceType::ChildSick;
}

// Public holidays and supplement days of the years from..to touch.
struct HolidayDays {
    std::set<Date> holidays;
    std::set<Date> supplement;
    HolidayDays(Jurisdiction j, Date from, Date to) {
        for (int y = from.year(); y <= to.year(); ++y) {
            for (const auto& h : public_holidays(j, y)) holidays.insert(h.date);
            for (const auto& h : supplement_days(j, y)) supplement.insert(h.date);
        }
    }
};

// Minutes of `span` inside local day d that carry a holiday supplement.
int64_t holiday_minutes(const HolidayDays& h, Span span, Date d, Zone z) {
    if (h.holidays.count(d)) return overlap(span, day_span(d, z));
    if (h.supplement.count(d)) return overlap(span, local_window(d, supplement_from, TimeOfDay(1440), z));
    return 0;
}

// Minute of the local day at UTC instant t, given the day's span (1440 at its end).
TimeOfDay time_of_day_at(int64_t t, Span day, Zone z) {
    if (t >= day.to) return TimeOfDay(1440);
    if (t <= day.from) return TimeOfDay(0);
    return to_local(UtcMinutes{t}, z).time();
}

Timesheet timesheet_raw(const Document& doc, std::string_view assistant, Date from, Date to, Counting counting) {
    Timesheet out;
    out.assistant = std::string(assistant);
    out.from = from;
    out.to = to;
    out.passive_factor = passive_factor_of(doc.arrangement);
    if (to < from) return out;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    for (const auto& r : read_timesheets(doc))
        if (r.assistant == assistant && r.from == from && r.to == to) out.status = r.status;

    const int32_t n = (to - from).count + 1;
    out.lines.resize(size_t(n));
    std::vector<Span> days(static_cast<size_t>(n));
    for (int32_t i = 0; i < n; ++i) {
        out.lines[size_t(i)].date = from + Days{i};
        days[size_t(i)] = day_span(from + Days{i}, z);
    }
    // The absence of each day; the first in document order wins where they overlap.
    std::vector<const Absence*> absence(size_t(n), nullptr);
    for (const auto& a : doc.absences) {
        if (a.assistant != assistant) continue;
        for (Date d = std::max(a.from, from); d <= std::min(a.to, to); d += Days{1}) {
            auto& slot = absence[size_t((d - from).count)];
            if (!slot) slot = &a;
        }
    }
    const HolidayDays holidays(doc.arrangement.jurisdiction, from, to);

    for (const auto& s : doc.shifts) {
        if (s.assistant != assistant || last_day_of(s) < from || to < s.start.date) continue;
        const ShiftActual a = shift_actual(s);
        const Span span = utc_span(s, z);
        const Span extra_time = overtime_span(s, a, z);
        for (Date d = std::max(s.start.date, from); d <= std::min(last_day_of(s), to); d += Days{1}) {
            const size_t i = size_t((d - from).count);
            TimesheetLine& line = out.lines[i];
            const Span day = days[i];
            const int64_t m = overlap(span, day);
            if (m <= 0) continue;
            TimesheetEntry e;
            e.shift_id = s.id;
            e.status = s.status;
            e.start = s.start;
            e.end = s.end;
            e.from = time_of_day_at(std::max(span.from, day.from), day, z);
            e.to = time_of_day_at(std::min(span.to, day.to), day, z);
            e.minutes = Minutes{m};
            e.extra_shift = a.extra_shift;
            e.corrected = a.corrected();
            e.not_worked = a.not_worked;
            const Absence* abs = absence[i];
            const bool taken_by_absence = s.status == ShiftStatus::Cancelled && abs && sick_type(abs->type) &&
                                          a.not_worked == NotWorkedReason::AssistantAbsent;  // given to a substitute
            if (!a.extra_shift && (s.status != ShiftStatus::Cancelled || a.not_worked == NotWorkedReason::AssistantSick ||
                                   taken_by_absence)) {
                // The plan's time on this day: the planned times of a corrected shift.
                const Span planned = a.corrected() ? utc_span(*a.planned_start, *a.planned_end, z) : span;
                line.plan += Minutes{overlap(planned, day)};
            }
            const bool plan_counts = counting == Counting::PlannedAndWorked;
            e.counts = s.status == ShiftStatus::Worked || (plan_counts && s.status == ShiftStatus::Planned && !abs);
            if (e.counts) {
                line.clock += Minutes{m};
                line.overtime += Minutes{overlap(extra_time, day)};
                if (s.passive_night) line.passive += Minutes{overlap(span, local_window(d, TimeOfDay(0), TimeOfDay(6 * 60), z))};
                line.holiday += Minutes{holiday_minutes(holidays, span, d, z)};
                if (s.status == ShiftStatus::Planned) line.confirmed = false;
            } else if ((s.status == ShiftStatus::Cancelled && a.not_worked == NotWorkedReason::AssistantSick) || taken_by_absence ||
                       (plan_counts && s.status == ShiftStatus::Planned && abs && sick_type(abs->type))) {
                line.sick += Minutes{m};
            }
            line.entries.push_back(std::move(e));
        }
    }
    for (size_t i = 0; i < out.lines.size(); ++i) {
        TimesheetLine& line = out.lines[i];
        std::stable_sort(line.entries.begin(), line.entries.end(),
                         [](const TimesheetEntry& x, const TimesheetEntry& y) { return x.start < y.start; });
        if (absence[i]) {
            line.absence = is_pregnancy_related(*absence[i]) ? "pregnancy_sick" : to_string(absence[i]->type);
            line.vacation = absence[i]->type == AbsenceType::Vacation;
        }
        line.paid_hours = (double(line.clock.count) - double(line.passive.count) * (1.0 - out.passive_factor)) / 60.0;
    }
    return out;
}

// DK (seed 003 § 11.7, § 11.11): the sick time of each illness as it is paid,
// worked out over the whole illness (its 37-hour weeks may start before the period).
void dk_paid_sick_time(const Document& doc, Timesheet& ts, Counting counting) {
    const Assistant* a = doc.find_assistant(ts.assistant);
    if (!a) return;
    for (const DkSickCase& c : dk_sick_cases(doc, *a)) {
        if (c.to < ts.from || ts.to < c.from) continue;
        const Timesheet whole = timesheet_raw(doc, ts.assistant, c.from, c.to, counting);
        std::vector<int64_t> sick, plan, worked;
        for (const auto& l : whole.lines) {
            sick.push_back(l.sick.count);
            plan.push_back(l.plan.count);
            worked.push_back(l.clock.count);
        }
        const std::vector<int64_t> paid = dk_paid_sick_minutes(c, c.from, sick, plan, worked);
        for (auto& line : ts.lines)
            if (c.from <= line.date && line.date <= c.to) line.sick = Minutes{paid[size_t((line.date - c.from).count)]};
    }
}

}  // namespace

Timesheet timesheet(const Document& doc, std::string_view assistant, Date from, Date to, Counting counting) {
    Timesheet out = timesheet_raw(doc, assistant, from, to, counting);
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) dk_paid_sick_time(doc, out, counting);
    for (auto& line : out.lines) {
        out.clock += line.clock;
        out.overtime += line.overtime;
        out.passive += line.passive;
        out.holiday += line.holiday;
        out.sick += line.sick;
        out.paid_hours += line.paid_hours;
        if (line.vacation) ++out.vacation_days;
    }
    return out;
}

}  // namespace bpa
