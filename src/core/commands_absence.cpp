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

namespace bpa {

// [SECTION] Sickness (DK) -----------------------------------------------------------------------
namespace {

struct SickCaseOf {
    Refusal refusal = Refusal::None;
    std::optional<DkSickCase> c;
};

SickCaseOf sick_case_of(const Document& doc, std::string_view absence_id) {
    auto it = std::find_if(doc.absences.begin(), doc.absences.end(), [&](const Absence& a) { return a.id == absence_id; });
    if (it == doc.absences.end()) return {Refusal::UnknownAbsence, {}};
    if (doc.arrangement.jurisdiction != Jurisdiction::DK) return {Refusal::NotAllowed, {}};
    if (it->type != AbsenceType::Egenmelding && it->type != AbsenceType::Sykemelding) return {Refusal::NotAllowed, {}};
    const Assistant* a = doc.find_assistant(it->assistant);
    if (!a) return {Refusal::UnknownAssistant, {}};
    for (auto& c : dk_sick_cases(doc, *a))
        if (std::find(c.absences.begin(), c.absences.end(), it->id) != c.absences.end()) return {Refusal::None, std::move(c)};
    return {Refusal::UnknownAbsence, {}};
}

Absence* absence_by_id(Document& doc, std::string_view id) {
    for (auto& a : doc.absences)
        if (a.id == id) return &a;
    return nullptr;
}

}  // namespace

Outcome set_dk_sick_record(Document& doc, std::string_view absence_id, const DkSickRecord& record) {
    SickCaseOf found = sick_case_of(doc, absence_id);
    if (found.refusal != Refusal::None) return found.refusal;
    const DkSickCase& c = *found.c;
    for (const auto& d : {record.conversation, record.reported, record.mulighedserklaering, record.raskmelding})
        if (d && *d < c.from) return Refusal::BadDate;
    if (record.partial_from) {
        if (*record.partial_from < c.from || c.to < *record.partial_from) return Refusal::BadDate;
        if (!(record.partial_hours_per_day > 0 && record.partial_hours_per_day <= 24)) return Refusal::OutOfRange;
    }
    if (record.last_sick_day && *record.last_sick_day < c.from) return Refusal::BadDate;
    write_dk_sick_record(*absence_by_id(doc, c.absences.front()), record);
    return {};
}

Outcome report_well(Document& doc, std::string_view absence_id, Date last_sick_day, Date sent_on) {
    SickCaseOf found = sick_case_of(doc, absence_id);
    if (found.refusal != Refusal::None) return found.refusal;
    const DkSickCase c = *found.c;
    if (last_sick_day < c.from || sent_on < c.from) return Refusal::BadDate;
    DkSickRecord r = c.record;
    r.raskmelding = sent_on;
    r.last_sick_day = last_sick_day;
    if (r.partial_from && last_sick_day < *r.partial_from) r.partial_from.reset();
    // The illness's absences in date order: those starting after the last sick day go,
    // the last one left ends on it.
    std::vector<std::string> ids = c.absences;
    std::erase_if(doc.absences, [&](const Absence& a) {
        return std::find(ids.begin(), ids.end(), a.id) != ids.end() && a.id != c.absences.front() && last_sick_day < a.from;
    });
    Absence* last = nullptr;
    for (auto& a : doc.absences)
        if (std::find(ids.begin(), ids.end(), a.id) != ids.end() && (!last || last->from < a.from)) last = &a;
    for (auto& a : doc.absences)  // the others end by the last sick day too
        if (std::find(ids.begin(), ids.end(), a.id) != ids.end() && last_sick_day < a.to) a.to = last_sick_day;
    if (last) last->to = last_sick_day;
    write_dk_sick_record(*absence_by_id(doc, c.absences.front()), r);
    return {};
}

Outcome set_s56_agreement(Document& doc, std::string_view assistant, std::optional<Date> from) {
    if (doc.arrangement.jurisdiction != Jurisdiction::DK) return Refusal::NotAllowed;
    return edit_assistant(doc, assistant, [&](Assistant& a) {
        if (!a.extra.is_object()) a.extra = Json::object();
        if (from) a.extra["s56_agreement"] = from->str();
        else a.extra.erase("s56_agreement");
    });
}

}  // namespace bpa
