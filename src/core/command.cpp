#include "core/command.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <unordered_map>

#include "core/hours.h"

namespace bpa {

// [SECTION] Outcome ---------------------------------------------------------------
const char* refusal_key(Refusal r) {
    switch (r) {
    case Refusal::None: return "refusal.none";
    case Refusal::UnknownShift: return "refusal.unknown_shift";
    case Refusal::UnknownAssistant: return "refusal.unknown_assistant";
    case Refusal::UnknownAbsence: return "refusal.unknown_absence";
    case Refusal::UnknownItem: return "refusal.unknown_item";
    case Refusal::Locked: return "refusal.locked";
    case Refusal::BadTimes: return "refusal.bad_times";
    case Refusal::NonexistentTime: return "refusal.nonexistent_time";
    case Refusal::EndBeforeStart: return "refusal.end_before_start";
    case Refusal::ZeroLength: return "refusal.zero_length";
    case Refusal::TooLong: return "refusal.too_long";
    case Refusal::NotEmployed: return "refusal.not_employed";
    case Refusal::Absent: return "refusal.absent";
    case Refusal::BadDate: return "refusal.bad_date";
    case Refusal::Overlapping: return "refusal.overlapping";
    case Refusal::OutOfRange: return "refusal.out_of_range";
    case Refusal::Required: return "refusal.required";
    case Refusal::NoRotation: return "refusal.no_rotation";
    case Refusal::NotMonday: return "refusal.not_monday";
    case Refusal::TooMany: return "refusal.too_many";
    case Refusal::SameShift: return "refusal.same_shift";
    case Refusal::NotAllowed: return "refusal.not_allowed";
    case Refusal::WrongActor: return "refusal.wrong_actor";
    case Refusal::NoteRequired: return "refusal.note_required";
    case Refusal::BadPeriod: return "refusal.bad_period";
    case Refusal::OverlappingTimesheet: return "refusal.overlapping_timesheet";
    case Refusal::BreaksRule: return "refusal.breaks_rule";
    case Refusal::HasRecords: return "refusal.has_records";
    case Refusal::NotEnded: return "refusal.not_ended";
    case Refusal::PeriodNotEnded: return "refusal.period_not_ended";
    }
    return "refusal.none";
}

// [SECTION] Lock -----------------------------------------------------------------
Date last_day_of(const Shift& s) {
    // A shift ending at 00:00 has no time on its end day.
    if (s.end.date > s.start.date && s.end.minute_of_day == 0) return s.end.date - Days{1};
    return std::max(s.start.date, s.end.date);
}

LockIndex::LockIndex(const Document& doc) {
    if (!doc.extra.is_object() || !doc.extra.contains("timesheets")) return;
    for (const auto& r : read_timesheets(doc))
        if (r.locks()) periods_[r.assistant].emplace_back(r.from, r.to);
}

bool LockIndex::days_locked(std::string_view assistant, Date first, Date last) const {
    auto it = periods_.find(assistant);
    if (it == periods_.end()) return false;
    for (const auto& [from, to] : it->second)
        if (from <= last && first <= to) return true;
    return false;
}

bool LockIndex::day_locked(std::string_view assistant, Date d) const { return days_locked(assistant, d, d); }

bool LockIndex::shift_locked(const Shift& s) const { return days_locked(s.assistant, s.start.date, last_day_of(s)); }

int locked_changes(const Document& before, const Document& after) {
    const LockIndex old_locks(before), new_locks(after);
    if (!old_locks.any() && !new_locks.any()) return 0;
    std::unordered_map<std::string_view, const Shift*> old_by_id, new_by_id;
    old_by_id.reserve(before.shifts.size());
    new_by_id.reserve(after.shifts.size());
    for (const auto& s : before.shifts) old_by_id.emplace(s.id, &s);
    for (const auto& s : after.shifts) new_by_id.emplace(s.id, &s);
    int n = 0;
    for (const auto& s : before.shifts) {
        if (!old_locks.shift_locked(s)) continue;
        auto it = new_by_id.find(s.id);
        if (it == new_by_id.end() || !(*it->second == s)) ++n;  // removed or changed
    }
    for (const auto& s : after.shifts) {
        if (!new_locks.shift_locked(s)) continue;
        auto it = old_by_id.find(s.id);
        if (it == old_by_id.end()) ++n;                           // added
        else if (!(*it->second == s) && !old_locks.shift_locked(*it->second)) ++n;  // moved into a locked period
    }
    return n;
}

// [SECTION] Running a command ---------------------------------------------------
Outcome check_command(const Document& before, const Document& work, Outcome done) {
    if (!done.ok()) return done;
    if (locked_changes(before, work) > 0) return Refusal::Locked;
    return done;
}

Outcome run_command(Document& doc, const Command& command) {
    Document work = doc;
    Outcome o = check_command(doc, work, command(work));
    if (o.ok()) doc = std::move(work);
    return o;
}

// [SECTION] Ids -------------------------------------------------------------------
namespace {

// Every "id" string in extension data. Depth is bounded: the file reader
// refuses deeper nesting, and an id deeper than this is no id the program made.
void collect_ids(const Json& j, std::vector<std::string>& out, int depth = 0) {
    if (depth > 32) return;
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "id" && it->is_string()) out.push_back(it->get<std::string>());
            else if (it->is_structured()) collect_ids(*it, out, depth + 1);
        }
    } else if (j.is_array()) {
        for (const auto& e : j)
            if (e.is_structured()) collect_ids(e, out, depth + 1);
    }
}

}  // namespace

IdAllocator::IdAllocator(const Document& doc) {
    ids_.reserve(doc.assistants.size() + doc.shifts.size() + doc.absences.size());
    for (const auto& a : doc.assistants) {
        ids_.push_back(a.id);
        collect_ids(a.extra, ids_);
    }
    for (const auto& s : doc.shifts) ids_.push_back(s.id);
    for (const auto& a : doc.absences) ids_.push_back(a.id);
    collect_ids(doc.extra, ids_);
    collect_ids(doc.arrangement.extra, ids_);
}

std::string IdAllocator::next(std::string_view prefix) {
    auto it = largest_.find(prefix);
    if (it == largest_.end()) {
        long long largest = 0;  // 0..LLONG_MAX - 1
        for (const auto& id : ids_) {
            if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) continue;
            const char* first = id.data() + prefix.size();
            const char* last = id.data() + id.size();
            if (*first < '0' || *first > '9') continue;
            long long n = 0;
            auto [end, ec] = std::from_chars(first, last, n);
            if (ec == std::errc() && end == last) largest = std::max(largest, n);
        }
        it = largest_.emplace(std::string(prefix), largest).first;
    }
    if (it->second < std::numeric_limits<long long>::max()) {
        ++it->second;
        return std::string(prefix) + std::to_string(it->second);
    }
    // Only numbers at LLONG_MAX get here: take the first free one from 1.
    for (long long k = 1;; ++k) {
        std::string id = std::string(prefix) + std::to_string(k);
        if (std::find(ids_.begin(), ids_.end(), id) == ids_.end()) {
            ids_.push_back(id);
            return id;
        }
    }
}

}  // namespace bpa
