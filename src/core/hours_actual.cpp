// Actual time of shifts (hours.h): confirmed, corrected, not worked, extra
// shifts, and their overtime.
#include "hours.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "hours_detail.h"

namespace bpa {

using namespace hours_detail;

const char* to_string(NotWorkedReason r) {
    switch (r) {
    case NotWorkedReason::AssistantSick: return "assistant_sick";
    case NotWorkedReason::CancelledByLeader: return "cancelled_by_leader";
    case NotWorkedReason::AssistantAbsent: return "assistant_absent";
    case NotWorkedReason::Other: return "other";
    }
    return "other";
}

std::optional<NotWorkedReason> parse_not_worked_reason(std::string_view s) {
    for (auto r : {NotWorkedReason::AssistantSick, NotWorkedReason::CancelledByLeader,
                   NotWorkedReason::AssistantAbsent, NotWorkedReason::Other})
        if (s == to_string(r)) return r;
    return std::nullopt;
}

// [SECTION] Actual time of shifts -----------------------------------------------------
ShiftActual shift_actual(const Shift& s) {
    ShiftActual out;
    if (!s.extra.is_object()) return out;
    auto text = [&](const char* key) -> std::optional<std::string> {
        auto it = s.extra.find(key);
        if (it == s.extra.end() || !it->is_string()) return std::nullopt;
        return it->get<std::string>();
    };
    out.extra_shift = text(origin_key) == std::optional<std::string>("extra");
    if (auto t = text(planned_start_key)) out.planned_start = LocalDateTime::parse(*t);
    if (auto t = text(planned_end_key)) out.planned_end = LocalDateTime::parse(*t);
    if (s.status == ShiftStatus::Cancelled)
        if (auto t = text(reason_key)) out.not_worked = parse_not_worked_reason(*t);
    return out;
}

Minutes hours_detail::overtime_of(const Shift& s, const ShiftActual& a, Zone z) {
    if (s.status == ShiftStatus::Cancelled) return {};
    const Minutes actual = elapsed(s.start, s.end, z);
    if (a.extra_shift) return std::max(actual, Minutes{});
    if (!a.corrected()) return {};
    const Minutes planned = elapsed(*a.planned_start, *a.planned_end, z);
    return std::max(actual - planned, Minutes{});
}

Span hours_detail::overtime_span(const Shift& s, const ShiftActual& a, Zone z) {
    const int64_t end = to_utc(s.end, z).count;
    return {end - overtime_of(s, a, z).count, end};
}

namespace {

bool valid_times(LocalDateTime start, LocalDateTime end, Zone z) {
    if (classify(start, z) == LocalKind::Nonexistent || classify(end, z) == LocalKind::Nonexistent) return false;
    return elapsed(start, end, z) > Minutes{};
}

}  // namespace

Minutes overtime_of(const Shift& s, Zone z) { return overtime_of(s, shift_actual(s), z); }

bool has_ended(const Shift& s, LocalDateTime now, Zone z) { return !(to_utc(now, z).count < to_utc(s.end, z).count); }

namespace {

// Confirming a shift that has not ended would record as worked what has not happened.
Refusal confirm(Shift& s, const LockIndex& locks, LocalDateTime now, Zone z) {
    if (locks.shift_locked(s)) return Refusal::Locked;
    if (!has_ended(s, now, z)) return Refusal::NotEnded;
    s.status = ShiftStatus::Worked;
    if (s.extra.is_object()) s.extra.erase(reason_key);
    return Refusal::None;
}

}  // namespace

Refusal confirm_worked(Document& doc, const std::string& shift_id, LocalDateTime now) {
    Shift* s = find_shift(doc, shift_id);
    if (!s) return Refusal::UnknownShift;
    return confirm(*s, LockIndex(doc), now, zone_of(doc.arrangement.jurisdiction));
}

ConfirmedPeriod confirm_ended(Document& doc, const std::string& assistant, Date from, Date to, LocalDateTime now) {
    ConfirmedPeriod out;
    if (!doc.find_assistant(assistant)) {
        out.error = Refusal::UnknownAssistant;
        return out;
    }
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const LockIndex locks(doc);
    std::vector<Shift*> ended;
    for (auto& s : doc.shifts) {
        if (s.assistant != assistant || s.status != ShiftStatus::Planned || s.start.date < from || to < s.start.date)
            continue;
        if (!has_ended(s, now, z)) {
            ++out.not_ended;
            continue;
        }
        if (locks.shift_locked(s)) return {Refusal::Locked, 0, 0};  // checked before anything changes
        ended.push_back(&s);
    }
    for (Shift* s : ended) {
        s->status = ShiftStatus::Worked;
        if (s->extra.is_object()) s->extra.erase(reason_key);
    }
    out.confirmed = int(ended.size());
    return out;
}

Refusal correct_shift(Document& doc, const std::string& shift_id, LocalDateTime actual_start,
                         LocalDateTime actual_end, LocalDateTime now) {
    Shift* s = find_shift(doc, shift_id);
    if (!s) return Refusal::UnknownShift;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    if (!valid_times(actual_start, actual_end, z)) return Refusal::BadTimes;
    if (to_utc(now, z).count < to_utc(actual_end, z).count) return Refusal::NotEnded;
    const LockIndex locks(doc);
    Shift after = *s;
    after.start = actual_start;
    after.end = actual_end;
    if (locks.shift_locked(*s) || locks.shift_locked(after)) return Refusal::Locked;

    if (!s->extra.is_object()) s->extra = Json::object();
    const ShiftActual a = shift_actual(*s);
    LocalDateTime planned_start = s->start, planned_end = s->end;
    if (a.corrected()) {
        planned_start = *a.planned_start;
        planned_end = *a.planned_end;
    }
    if (!a.extra_shift) {  // an extra shift has no plan to remember
        if (planned_start == actual_start && planned_end == actual_end) {
            s->extra.erase(planned_start_key);
            s->extra.erase(planned_end_key);
        } else {
            s->extra[planned_start_key] = planned_start.str();
            s->extra[planned_end_key] = planned_end.str();
        }
    }
    s->start = actual_start;
    s->end = actual_end;
    s->status = ShiftStatus::Worked;
    s->extra.erase(reason_key);
    return Refusal::None;
}

Refusal mark_not_worked(Document& doc, const std::string& shift_id, NotWorkedReason reason,
                           const std::string& note) {
    Shift* s = find_shift(doc, shift_id);
    if (!s) return Refusal::UnknownShift;
    const ShiftActual a = shift_actual(*s);
    const LockIndex locks(doc);
    Shift after = *s;
    if (a.corrected()) {  // not worked at all: back to the planned times
        after.start = *a.planned_start;
        after.end = *a.planned_end;
    }
    if (locks.shift_locked(*s) || locks.shift_locked(after)) return Refusal::Locked;
    if (!after.extra.is_object()) after.extra = Json::object();
    after.extra.erase(planned_start_key);
    after.extra.erase(planned_end_key);
    after.status = ShiftStatus::Cancelled;
    after.extra[reason_key] = to_string(reason);
    if (!is_blank(note)) after.extra[note_key] = note;
    *s = std::move(after);
    return Refusal::None;
}

AddedShift add_extra_shift(Document& doc, const std::string& assistant, LocalDateTime start, LocalDateTime end,
                           int break_minutes, bool passive_night, const std::string& note, LocalDateTime now) {
    if (!doc.find_assistant(assistant)) return {"", Refusal::UnknownAssistant};
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    if (!valid_times(start, end, z) || break_minutes < 0) return {"", Refusal::BadTimes};
    if (to_utc(now, z).count < to_utc(end, z).count) return {"", Refusal::NotEnded};
    Shift s;
    s.id = doc.next_id("s");
    s.assistant = assistant;
    s.start = start;
    s.end = end;
    s.break_minutes = break_minutes;
    s.passive_night = passive_night;
    s.status = ShiftStatus::Worked;
    s.extra = Json::object();
    s.extra[origin_key] = "extra";
    if (!is_blank(note)) s.extra[note_key] = note;
    if (LockIndex(doc).shift_locked(s)) return {"", Refusal::Locked};
    doc.shifts.push_back(s);
    return {s.id, Refusal::None};
}

}  // namespace bpa
