// Commands on absences that the absence screen's flows need: the vacation
// notice date, splitting a shift for two substitutes, and the planner's
// "too many away at once" (commands.h).
#include <algorithm>

#include "core/commands.h"
#include "core/leave_detail.h"

namespace bpa {

Outcome set_vacation_notice_date(Document& doc, std::string_view absence_id, Date requested_on) {
    auto it = std::find_if(doc.absences.begin(), doc.absences.end(), [&](const Absence& a) { return a.id == absence_id; });
    if (it == doc.absences.end()) return Refusal::UnknownAbsence;
    if (it->type != AbsenceType::Vacation) return Refusal::NotAllowed;
    if (requested_on > it->from) return Refusal::BadDate;
    if (!it->extra.is_object()) it->extra = Json::object();
    it->extra["requested_on"] = requested_on.str();
    return {};
}

TimeOfDay middle_of_shift(const Shift& s) {
    const int64_t middle = (s.start.wall_minutes() + s.end.wall_minutes()) / 2;  // wall minutes since 1970
    const int64_t half_hour = middle - ((middle % 30) + 30) % 30;
    return LocalDateTime::from_wall_minutes(half_hour).time();
}

Outcome split_shift(Document& doc, std::string_view shift_id, TimeOfDay at) {
    auto it = std::find_if(doc.shifts.begin(), doc.shifts.end(), [&](const Shift& s) { return s.id == shift_id; });
    if (it == doc.shifts.end()) return Refusal::UnknownShift;
    if (it->status != ShiftStatus::Planned) return Refusal::NotAllowed;
    // The first `at` after the start: the same day, or the next one.
    LocalDateTime cut{it->start.date, at.minutes() % 1440};
    if (cut.wall_minutes() <= it->start.wall_minutes()) cut.date += Days{1};
    if (cut.wall_minutes() >= it->end.wall_minutes()) return Refusal::BadTimes;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    if (classify(cut, z) == LocalKind::Nonexistent) return Refusal::NonexistentTime;

    Shift first = *it, second = *it;
    first.end = cut;
    second.start = cut;
    first.break_minutes = default_break_minutes(doc, elapsed(first.start, first.end, z));
    second.break_minutes = default_break_minutes(doc, elapsed(second.start, second.end, z));
    if (Refusal r = validate_shift(doc, first); r != Refusal::None) return r;
    if (Refusal r = validate_shift(doc, second); r != Refusal::None) return r;
    second.id = doc.next_id("s");
    if (!second.extra.is_object()) second.extra = Json::object();
    second.extra["origin"] = "split";
    second.extra["split_from"] = first.id;
    Outcome o;
    o.id = second.id;
    *it = std::move(first);
    doc.shifts.insert(it + 1, std::move(second));
    return o;
}

int max_away_at_once(int employed) { return std::max(1, employed / 2); }

AwayLimit away_limit(const Document& doc, Date on) {
    AwayLimit out;
    for (const auto& a : doc.assistants) out.employed += a.employed_on(on) ? 1 : 0;
    out.max_away = max_away_at_once(out.employed);
    return out;
}

std::vector<AwayDay> too_many_away(const Document& doc, Date from, Date to, bool wishes) {
    return leave_detail::away_days_over(
        doc, from, to, [&](const Absence& ab) { return ab.type == AbsenceType::Vacation && (wishes || !is_vacation_wish(ab)); },
        max_away_at_once);
}

}  // namespace bpa
