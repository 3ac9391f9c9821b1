// Commands on the plan: single shifts, the need, the rotation and holiday plans.
//
// [SECTION] Shifts in the plan
// [SECTION] Plan data
// [SECTION] Rotation
// [SECTION] Holiday plans
#include <algorithm>
#include <cmath>
#include <set>

#include "core/commands.h"
#include "core/rules/rules.h"

namespace bpa {

namespace {

Shift* find_shift(Document& doc, std::string_view id) {
    for (auto& s : doc.shifts)
        if (s.id == id) return &s;
    return nullptr;
}

}  // namespace

// [SECTION] Shifts in the plan ------------------------------------------------------
Refusal validate_shift(const Document& doc, const Shift& s) {
    const Assistant* a = doc.find_assistant(s.assistant);
    if (!a) return Refusal::UnknownAssistant;
    Zone z = zone_of(doc.arrangement.jurisdiction);
    if (classify(s.start, z) == LocalKind::Nonexistent || classify(s.end, z) == LocalKind::Nonexistent)
        return Refusal::NonexistentTime;
    Minutes len = elapsed(s.start, s.end, z);
    if (len.count == 0) return Refusal::ZeroLength;
    if (len.count < 0) return Refusal::EndBeforeStart;
    if (len.count > max_shift_minutes) return Refusal::TooLong;
    if (s.break_minutes < 0 || s.break_minutes > len.count) return Refusal::OutOfRange;
    if (!a->employed_on(s.start.date)) return Refusal::NotEmployed;
    return Refusal::None;
}

Shift shift_on(Date d, TimeOfDay from, TimeOfDay to) {
    Shift s;
    s.start = {d, from.minutes() % 1440};
    s.end = LocalDateTime::from_wall_minutes(s.start.wall_minutes() + wall_length(s.start.time(), to).count);
    return s;
}

Outcome add_shift(Document& doc, Shift s) {
    if (Refusal r = validate_shift(doc, s); r != Refusal::None) return r;
    s.id = doc.next_id("s");
    if (!s.extra.is_object()) s.extra = Json::object();
    if (!s.extra.contains("origin")) s.extra["origin"] = "manual";
    Outcome o;
    o.id = s.id;
    doc.shifts.push_back(std::move(s));
    return o;
}

Outcome update_shift(Document& doc, const Shift& s) {
    Shift* old = find_shift(doc, s.id);
    if (!old) return Refusal::UnknownShift;
    if (Refusal r = validate_shift(doc, s); r != Refusal::None) return r;
    *old = s;
    return {};
}

Outcome delete_shift(Document& doc, std::string_view id) {
    auto n = std::erase_if(doc.shifts, [&](const Shift& s) { return s.id == id; });
    return n ? Outcome{} : Outcome{Refusal::UnknownShift};
}

Outcome swap_shifts(Document& doc, std::string_view a, std::string_view b) {
    Shift* x = find_shift(doc, a);
    Shift* y = find_shift(doc, b);
    if (!x || !y) return Refusal::UnknownShift;
    if (x == y || x->assistant == y->assistant) return Refusal::SameShift;
    std::swap(x->assistant, y->assistant);
    if (Refusal r = validate_shift(doc, *x); r != Refusal::None) return r;
    if (Refusal r = validate_shift(doc, *y); r != Refusal::None) return r;
    return {};
}

Outcome add_proposed_shifts(Document& doc, const std::vector<Shift>& shifts) {
    Document work = doc;
    IdAllocator ids(work);
    std::set<std::string> added;
    Outcome o;
    for (Shift s : shifts) {
        if (Refusal r = validate_shift(work, s); r != Refusal::None) return r;
        for (const Absence& a : work.absences)
            if (a.assistant == s.assistant && a.from <= last_day_of(s) && s.start.date <= a.to) return Refusal::Absent;
        s.id = ids.next("s");
        s.status = ShiftStatus::Planned;
        if (!s.extra.is_object()) s.extra = Json::object();
        s.extra["origin"] = "proposal";
        if (o.id.empty()) o.id = s.id;
        added.insert(s.id);
        work.shifts.push_back(std::move(s));
    }
    for (const Violation& v : check(work))
        if (v.severity == Severity::Error)
            for (const auto& id : v.shifts)
                if (added.count(id)) return Refusal::BreaksRule;
    doc = std::move(work);
    return o;
}

// [SECTION] Plan data ----------------------------------------------------------------
Outcome edit_plan(Document& doc, const std::function<void(PlanData&)>& change) {
    PlanData plan = read_plan(doc);
    change(plan);
    // Holiday plans: ids unique in the document, whatever a caller gave them.
    {
        IdAllocator ids(doc);
        std::vector<std::string> seen;
        for (auto& h : plan.holiday_plans) {
            if (h.id.empty() || std::find(seen.begin(), seen.end(), h.id) != seen.end()) h.id = ids.next("hp");
            seen.push_back(h.id);
            // A plan's own shift ids ("h1", "h2", ...) are unique within the plan.
            std::vector<std::string> shift_ids;
            long long largest = 0;
            for (const auto& s : h.shifts)
                if (s.id.size() > 1 && s.id[0] == 'h' && s.id.find_first_not_of("0123456789", 1) == std::string::npos &&
                    s.id.size() < 18)
                    largest = std::max(largest, std::stoll(s.id.substr(1)));
            for (auto& s : h.shifts) {
                if (s.id.empty() || std::find(shift_ids.begin(), shift_ids.end(), s.id) != shift_ids.end())
                    s.id = "h" + std::to_string(++largest);
                shift_ids.push_back(s.id);
            }
        }
    }
    Document work = doc;
    write_plan(work, plan);
    Problems problems;
    PlanData back = read_plan(work, &problems);
    if (!problems.empty() || !(back == plan)) return Refusal::OutOfRange;
    doc = std::move(work);
    return {};
}

void copy_monday_need_to_weekdays(PlanData& plan) {
    std::vector<NeedBlock> monday;
    for (const auto& b : plan.need)
        if (b.weekday == Weekday::Monday) monday.push_back(b);
    std::erase_if(plan.need, [](const NeedBlock& b) { return b.weekday >= Weekday::Tuesday && b.weekday <= Weekday::Friday; });
    for (int d = 2; d <= 5; ++d)
        for (auto b : monday) {
            b.weekday = static_cast<Weekday>(d);
            plan.need.push_back(b);
        }
}

NeedBlock next_need_block(const PlanData& plan) {
    NeedBlock b;
    if (plan.need.empty()) {
        b.from = TimeOfDay(7 * 60);
        b.to = TimeOfDay(9 * 60);
        return b;
    }
    const NeedBlock& last = plan.need.back();
    b.weekday = last.weekday;
    b.assistants = last.assistants;
    b.from = TimeOfDay(last.to.minutes() % 1440);
    b.to = TimeOfDay(b.from.minutes() + 120);
    return b;
}

// [SECTION] Rotation -------------------------------------------------------------------
Outcome create_rotation_from(Document& doc, const std::vector<Shift>& shifts, int weeks, Date start) {
    if (weeks < 1 || weeks > 12) return Refusal::OutOfRange;
    if (start.weekday() != Weekday::Monday) return Refusal::NotMonday;
    Rotation r;
    r.weeks = weeks;
    r.start = start;
    for (const auto& s : shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        int32_t off = (s.start.date - start).count;
        if (off < 0 || off >= 7 * weeks) continue;
        TemplateShift t;
        t.week = off / 7 + 1;
        t.weekday = s.start.date.weekday();
        t.from = s.start.time();
        t.to = end_time(s);
        t.assistant = s.assistant;
        t.break_minutes = s.break_minutes;
        t.passive_night = s.passive_night;
        r.shifts.push_back(t);
    }
    return edit_plan(doc, [&](PlanData& p) { p.rotation = r; });
}

Outcome create_rotation(Document& doc, int weeks, Date start) {
    const std::vector<Shift> shifts = doc.shifts;
    return create_rotation_from(doc, shifts, weeks, start);
}

int default_break_minutes(const Document& doc, Minutes length) {
    const RuleParams params = resolve_params(doc.arrangement);
    if (!params.values.count("break_after_hours")) return 0;
    const double after = params.number("break_after_hours") * 60;
    int minutes = 0;
    if (double(length.count) > after) minutes = 30;  // a break of some length; 30 min is the practice
    if (params.values.count("long_day_hours") && double(length.count) >= params.number("long_day_hours") * 60)
        minutes = std::max(minutes, int(std::lround(params.number("long_day_break_minutes"))));
    return minutes;
}

TemplateShift next_rotation_row(const Document& doc, const Rotation& r, int week) {
    const TemplateShift* last = nullptr;
    for (const auto& t : r.shifts)
        if (t.week == week && (!last || std::make_pair(t.weekday, t.from) >= std::make_pair(last->weekday, last->from)))
            last = &t;
    TemplateShift t;
    t.week = week;
    if (last) {
        t = *last;
        t.extra = Json::object();
        t.weekday = static_cast<Weekday>(std::min(7, static_cast<int>(last->weekday) + 1));
    } else {
        t.from = TimeOfDay(8 * 60);
        t.to = TimeOfDay(16 * 60);
        if (!doc.assistants.empty()) t.assistant = doc.assistants.front().id;
    }
    t.break_minutes = default_break_minutes(doc, wall_length(t.from, t.to));
    return t;
}

Outcome lay_out_rotation(Document& doc, Date from, Date to) {
    if (to < from) return Refusal::BadDate;
    const PlanData plan = read_plan(doc);
    if (!plan.rotation) return Refusal::NoRotation;
    Outcome o;
    o.kept_locked = apply_rotation(doc, *plan.rotation, from, to);
    return o;
}

LayOutPreview preview_lay_out_rotation(const Document& doc, Date from, Date to) {
    LayOutPreview out;
    Document work = doc;
    const Outcome o = run_command(work, [&](Document& d) { return lay_out_rotation(d, from, to); });
    if (!o.ok()) return out;
    out.kept_locked = o.kept_locked;
    // Kept: the same shift, unchanged, before and after (a new shift may reuse a replaced one's id).
    auto key = [](const Shift& s) {
        return s.id + '|' + s.assistant + '|' + s.start.str() + '|' + s.end.str() + '|' + to_string(s.status) + '|' +
               std::to_string(s.break_minutes) + (s.passive_night ? "|p" : "|") + s.extra.dump(-1, ' ', false, Json::error_handler_t::replace);
    };
    std::set<std::string> before, after;
    for (const Shift& s : doc.shifts) before.insert(key(s));
    for (const Shift& s : work.shifts) {
        after.insert(key(s));
        if (!before.count(key(s))) ++out.added;
    }
    for (const Shift& s : doc.shifts) {
        if (!after.count(key(s))) {
            ++out.replaced;
            continue;
        }
        if (s.start.date < from || s.start.date > to) continue;
        if (s.status != ShiftStatus::Planned) ++out.kept_done;
        else if (!s.extra.is_object() || s.extra.value("origin", "") != "rotation") ++out.kept_by_hand;
    }
    return out;
}

// [SECTION] Holiday plans ----------------------------------------------------------------
Outcome add_holiday_plan(Document& doc, const std::string& name, Date from, Date to) {
    if (to < from) return Refusal::BadDate;
    HolidayPlan h;
    h.id = doc.next_id("hp");
    h.name = name;
    h.from = from;
    h.to = to;
    Outcome o = edit_plan(doc, [&](PlanData& p) { p.holiday_plans.push_back(h); });
    if (o) o.id = h.id;
    return o;
}

Outcome take_holiday_shifts(Document& doc, std::string_view plan_id) {
    const PlanData plan = read_plan(doc);
    auto it = std::find_if(plan.holiday_plans.begin(), plan.holiday_plans.end(), [&](const HolidayPlan& h) { return h.id == plan_id; });
    if (it == plan.holiday_plans.end()) return Refusal::UnknownItem;
    std::vector<Shift> shifts;
    for (const auto& s : doc.shifts)
        if (s.status != ShiftStatus::Cancelled && s.start.date >= it->from && s.start.date <= it->to) {
            Shift c = s;
            c.id = "h" + std::to_string(shifts.size() + 1);
            c.status = ShiftStatus::Planned;
            c.extra = Json::object();
            shifts.push_back(c);
        }
    return edit_plan(doc, [&](PlanData& p) {
        for (auto& h : p.holiday_plans)
            if (h.id == plan_id) h.shifts = shifts;
    });
}

Outcome lay_out_holiday_plan(Document& doc, std::string_view plan_id) {
    const PlanData plan = read_plan(doc);
    for (const auto& h : plan.holiday_plans)
        if (h.id == plan_id) {
            Outcome o;
            o.kept_locked = apply_holiday_plan(doc, h);
            return o;
        }
    return Refusal::UnknownItem;
}

}  // namespace bpa
