// The plan: reading and writing the need, rotation and holiday plans kept in
// Document::extra; laying them out as shifts. Hours and coverage: plan_hours.cpp.
//
// [SECTION] Reading: paths and one object's members
// [SECTION] Reading: need, rotation, holiday plans
// [SECTION] Writing
// [SECTION] Rotation and holiday plans (helpers)
// [SECTION] Reading and writing the plan data
// [SECTION] Rotation and holiday plans
#include "plan.h"
#include "command.h"
#include "rules/rules.h"

#include "json_io.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "holidays.h"
#include "json_read.h"
#include "hours_detail.h"
#include "plan_detail.h"

namespace bpa {

using namespace plan_detail;

namespace {

using hours_detail::origin_key;
constexpr const char* holiday_plan_key = "holiday_plan";


// [SECTION] Reading: paths and one object's members ----------------------------
// Paths, values as text, "HH:MM" and one object's members (Fields, which
// collects problems and tells ok()): json_read.h.
using json_read::Fields;
using json_read::for_each_object;
using json_read::Need;
using json_read::number_text;
using json_read::short_text;

// minute 0..1440 -> "HH:MM" ("24:00" for 1440).
// [SECTION] Reading: need, rotation, holiday plans -------------------------------
void read_need(const Json& j, Problems& out, std::vector<NeedBlock>& need) {
    if (!j.is_array()) {
        out.push_back(Problem{"need", ProblemKind::WrongType, short_text(j), "array"});
        return;
    }
    for_each_object(out, j, "need", [&](const Json& o, const std::string& p) {
        Fields m(out, o, p);
        NeedBlock b;
        int weekday = 1;
        if (m.integer("weekday", weekday, Need::Required, 1, 7)) b.weekday = static_cast<Weekday>(weekday);
        m.time("from", b.from, false);
        m.time("to", b.to, true);
        m.text("task", b.task, Need::Optional);
        m.integer("assistants", b.assistants, Need::Optional, 1, 2);
        m.boolean("passive_night", b.passive_night);
        b.extra = m.extra();
        if (m.ok()) need.push_back(std::move(b));
    });
}

std::optional<Rotation> read_rotation(const Json& j, const Document& doc, Problems& out) {
    if (j.is_null()) return std::nullopt;
    if (!j.is_object()) {
        out.push_back(Problem{"rotation", ProblemKind::WrongType, short_text(j), "object"});
        return std::nullopt;
    }
    Fields m(out, j, "rotation");
    Rotation r;
    bool weeks_ok = m.integer("weeks", r.weeks, Need::Required, 1, 12);
    bool start_ok = m.date("start", r.start, Need::Required);
    if (start_ok && r.start.weekday() != Weekday::Monday) {
        m.add(m.path("start"), ProblemKind::NotAMonday, r.start.str());
        start_ok = false;
    }
    if (const Json* shifts = m.array("shifts")) {
        for_each_object(out, *shifts, m.path("shifts"), [&](const Json& o, const std::string& p) {
            Fields t(out, o, p);
            TemplateShift s;
            t.integer("week", s.week, Need::Optional, 1, weeks_ok ? r.weeks : 12);
            int weekday = 1;
            if (t.integer("weekday", weekday, Need::Required, 1, 7)) s.weekday = static_cast<Weekday>(weekday);
            t.time("from", s.from, false);
            t.time("to", s.to, true);
            t.assistant("assistant", s.assistant, doc);
            t.integer("break_minutes", s.break_minutes, Need::Optional, 0, 1440);
            t.boolean("passive_night", s.passive_night);
            s.extra = t.extra();
            if (t.ok()) r.shifts.push_back(std::move(s));
        });
    }
    r.extra = m.extra();
    if (!weeks_ok || !start_ok) return std::nullopt;
    return r;
}

void read_holiday_plans(const Json& j, const Document& doc, Zone z, Problems& out, std::vector<HolidayPlan>& plans) {
    if (!j.is_array()) {
        out.push_back(Problem{"holiday_plans", ProblemKind::WrongType, short_text(j), "array"});
        return;
    }
    std::unordered_map<std::string, std::string> plan_ids;  // id -> path of its first use
    for_each_object(out, j, "holiday_plans", [&](const Json& o, const std::string& p) {
        Fields m(out, o, p);
        HolidayPlan h;
        if (m.text("id", h.id, Need::Required, true)) {
            auto [it, inserted] = plan_ids.emplace(h.id, m.path("id"));
            if (!inserted) m.add(m.path("id"), ProblemKind::DuplicateId, h.id, it->second);
        }
        m.text("name", h.name, Need::Optional);
        bool period_ok = m.date("from", h.from, Need::Required);
        period_ok = m.date("to", h.to, Need::Required) && period_ok;
        if (period_ok && h.to < h.from) {
            m.add(m.path("to"), ProblemKind::EndBeforeStart, h.to.str(), m.path("from"), h.from.str());
            period_ok = false;
        }
        if (const Json* shifts = m.array("shifts")) {
            std::unordered_map<std::string, std::string> shift_ids;  // local to the plan
            for_each_object(out, *shifts, m.path("shifts"), [&](const Json& so, const std::string& sp) {
                Fields f(out, so, sp);
                Shift s;
                if (f.text("id", s.id, Need::Required, true)) {
                    auto [it, inserted] = shift_ids.emplace(s.id, f.path("id"));
                    if (!inserted) f.add(f.path("id"), ProblemKind::DuplicateId, s.id, it->second);
                }
                f.assistant("assistant", s.assistant, doc);
                bool start_ok = f.date_time("start", s.start, z);
                bool end_ok = f.date_time("end", s.end, z);
                if (start_ok && end_ok) {
                    Minutes length = elapsed(s.start, s.end, z);
                    if (length.count < 0)
                        f.add(f.path("end"), ProblemKind::EndBeforeStart, s.end.str(), f.path("start"), s.start.str());
                    else if (length.count == 0)
                        f.add(f.path("end"), ProblemKind::ZeroLength, s.end.str(), f.path("start"), s.start.str());
                }
                // A holiday plan's shift starts on one of its days (it may end the day after).
                if (start_ok && period_ok && (s.start.date < h.from || h.to < s.start.date))
                    f.add(f.path("start"), ProblemKind::OutOfRange, s.start.str(), h.from.str() + ".." + h.to.str());
                f.integer("break_minutes", s.break_minutes, Need::Optional, 0, 1440);
                f.boolean("passive_night", s.passive_night);
                f.choice("status", s.status, Need::Optional, parse_shift_status, json_read::allowed_list(all_shift_statuses));
                s.extra = f.extra();
                if (f.ok()) h.shifts.push_back(std::move(s));
            });
        }
        h.extra = m.extra();
        if (m.ok()) plans.push_back(std::move(h));  // its shifts with problems are left out
    });
}

// [SECTION] Writing ------------------------------------------------------------------
// Document::extra is a Json whose objects keep their members sorted by name, so
// the written order is alphabetical whatever the order here: stable either way.
Json with_extra(Json o, const Json& extra) {
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it)
            if (!o.contains(it.key())) o[it.key()] = it.value();
    return o;
}

Json need_json(const NeedBlock& b) {
    Json o = Json::object();
    o["weekday"] = static_cast<int>(b.weekday);
    o["from"] = b.from.str();
    o["to"] = b.to.str();
    o["task"] = b.task;
    o["assistants"] = b.assistants;
    o["passive_night"] = b.passive_night;
    return with_extra(std::move(o), b.extra);
}

Json template_shift_json(const TemplateShift& s) {
    Json o = Json::object();
    o["week"] = s.week;
    o["weekday"] = static_cast<int>(s.weekday);
    o["from"] = s.from.str();
    o["to"] = s.to.str();
    o["assistant"] = s.assistant;
    o["break_minutes"] = s.break_minutes;
    o["passive_night"] = s.passive_night;
    return with_extra(std::move(o), s.extra);
}

Json rotation_json(const Rotation& r) {
    Json o = Json::object();
    o["weeks"] = r.weeks;
    o["start"] = r.start.str();
    Json shifts = Json::array();
    for (const auto& s : r.shifts) shifts.push_back(template_shift_json(s));
    o["shifts"] = std::move(shifts);
    return with_extra(std::move(o), r.extra);
}

Json holiday_plan_json(const HolidayPlan& h) {
    Json o = Json::object();
    o["id"] = h.id;
    o["name"] = h.name;
    o["from"] = h.from.str();
    o["to"] = h.to.str();
    Json shifts = Json::array();
    for (const auto& s : h.shifts) shifts.push_back(shift_to_json(s));
    o["shifts"] = std::move(shifts);
    return with_extra(std::move(o), h.extra);
}

// [SECTION] Rotation and holiday plans (helpers) -----------------------------------
// A local time in the spring gap (02:00..02:59 on the last Sunday of March) moved
// to 03:00, the instant the clock jumps to; other times unchanged.
LocalDateTime out_of_gap(LocalDateTime t, Zone z) {
    if (classify(t, z) == LocalKind::Nonexistent) t.minute_of_day = 3 * 60;
    return t;
}

bool in_days(Date d, Date from, Date to) { return from <= d && d <= to; }

// Spans of the kept shifts, per assistant, that block laying out a new one.
class Blockers {
public:
    void add(const std::string& assistant, Span s) { by_assistant_[assistant].push_back(s); }
    bool blocks(const std::string& assistant, Span s) const {
        auto it = by_assistant_.find(assistant);
        if (it == by_assistant_.end()) return false;
        for (const Span& k : it->second)
            if (k.from < s.to && s.from < k.to) return true;
        return false;
    }

private:
    std::unordered_map<std::string, std::vector<Span>> by_assistant_;
};

}  // namespace

// [SECTION] Reading and writing the plan data ------------------------------------------
PlanData read_plan(const Document& doc, Problems* problems) {
    PlanData plan;
    Problems found;
    Zone z = zone_of(doc.arrangement.jurisdiction);
    if (doc.extra.is_object()) {
        if (auto it = doc.extra.find("need"); it != doc.extra.end()) read_need(*it, found, plan.need);
        if (auto it = doc.extra.find("rotation"); it != doc.extra.end()) plan.rotation = read_rotation(*it, doc, found);
        if (auto it = doc.extra.find("holiday_plans"); it != doc.extra.end())
            read_holiday_plans(*it, doc, z, found, plan.holiday_plans);
    }
    if (problems) problems->insert(problems->end(), found.begin(), found.end());
    return plan;
}

void write_plan(Document& doc, const PlanData& plan) {
    if (!doc.extra.is_object()) doc.extra = Json::object();
    if (plan.need.empty()) {
        doc.extra.erase("need");
    } else {
        Json need = Json::array();
        for (const auto& b : plan.need) need.push_back(need_json(b));
        doc.extra["need"] = std::move(need);
    }
    if (!plan.rotation)
        doc.extra.erase("rotation");
    else
        doc.extra["rotation"] = rotation_json(*plan.rotation);
    if (plan.holiday_plans.empty()) {
        doc.extra.erase("holiday_plans");
    } else {
        Json plans = Json::array();
        for (const auto& h : plan.holiday_plans) plans.push_back(holiday_plan_json(h));
        doc.extra["holiday_plans"] = std::move(plans);
    }
}

std::string shift_origin(const Shift& s) {
    if (s.extra.is_object())
        if (auto it = s.extra.find(origin_key); it != s.extra.end() && it->is_string()) return it->get<std::string>();
    return "manual";
}

// [SECTION] Rotation and holiday plans --------------------------------------------------
std::vector<Shift> expand_rotation(const Rotation& r, Date from, Date to, Zone z) {
    std::vector<Shift> out;
    if (to < from) return out;
    const int weeks = std::max(1, r.weeks);
    // The template shifts of each (week, weekday), by start time.
    std::vector<std::vector<const TemplateShift*>> slots(size_t(weeks) * 7);
    for (const auto& t : r.shifts) {
        const int wd = static_cast<int>(t.weekday);  // 1..7
        if (t.week < 1 || t.week > weeks || wd < 1 || wd > 7) continue;
        slots[size_t(t.week - 1) * 7 + size_t(wd - 1)].push_back(&t);
    }
    for (auto& list : slots)
        std::stable_sort(list.begin(), list.end(),
                         [](const TemplateShift* a, const TemplateShift* b) { return a->from < b->from; });

    for (Date d = from; d <= to; d += Days{1}) {
        const int64_t week = floor_mod(floor_div((d - r.start).count, 7), weeks);  // 0..weeks-1, also before start
        const auto& list = slots[size_t(week) * 7 + size_t(static_cast<int>(d.weekday()) - 1)];
        for (const TemplateShift* t : list) {
            auto [start, end] = local_span(d, t->from, t->to);
            Shift s;
            s.assistant = t->assistant;
            s.start = out_of_gap(start, z);
            s.end = out_of_gap(end, z);
            if (elapsed(s.start, s.end, z).count <= 0) continue;  // only inside the gap: no time at all
            s.break_minutes = t->break_minutes;
            s.passive_night = t->passive_night;
            s.status = ShiftStatus::Planned;
            s.extra = Json::object({{origin_key, "rotation"}});
            out.push_back(std::move(s));
        }
    }
    return out;
}

int apply_rotation(Document& doc, const Rotation& r, Date from, Date to) {
    if (to < from) return 0;
    const LockIndex locks(doc);
    int kept_locked = 0;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const PlanData plan = read_plan(doc);
    auto holiday_day = [&](Date d) {
        return std::any_of(plan.holiday_plans.begin(), plan.holiday_plans.end(),
                           [&](const HolidayPlan& h) { return in_days(d, h.from, h.to); });
    };

    // Locked shifts (in an approved or sent timesheet) stay as they are.
    std::erase_if(doc.shifts, [&](const Shift& s) {
        if (s.status != ShiftStatus::Planned || shift_origin(s) != "rotation" || !in_days(s.start.date, from, to))
            return false;
        if (locks.shift_locked(s)) {
            ++kept_locked;
            return false;
        }
        return true;
    });
    // Kept rotation shifts (worked, cancelled, locked) hold their slot; a night
    // from the day before the period may reach into it, hence the day's margin.
    Blockers kept;
    for (const auto& s : doc.shifts)
        if ((s.status != ShiftStatus::Planned || locks.shift_locked(s)) && shift_origin(s) == "rotation" &&
            in_days(s.start.date, from - Days{2}, to + Days{1}))
            kept.add(s.assistant, utc_span(s, z));

    IdAllocator ids(doc);
    for (Shift& s : expand_rotation(r, from, to, z)) {
        if (holiday_day(s.start.date) || kept.blocks(s.assistant, utc_span(s, z))) continue;
        if (locks.shift_locked(s)) continue;  // a locked day gets nothing new (counted above when it had a shift)
        s.id = ids.next("s");
        doc.shifts.push_back(std::move(s));
    }
    return kept_locked;
}

int apply_holiday_plan(Document& doc, const HolidayPlan& h) {
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const LockIndex locks(doc);
    int kept_locked = 0;
    auto of_this_plan = [&](const Shift& s) {
        if (shift_origin(s) != "holiday_plan" || !s.extra.is_object()) return false;
        auto it = s.extra.find(holiday_plan_key);
        return it != s.extra.end() && it->is_string() && it->get_ref<const std::string&>() == h.id;
    };
    std::erase_if(doc.shifts, [&](const Shift& s) {
        if (s.status != ShiftStatus::Planned) return false;
        if (!((shift_origin(s) == "rotation" && in_days(s.start.date, h.from, h.to)) || of_this_plan(s))) return false;
        if (locks.shift_locked(s)) {
            ++kept_locked;
            return false;
        }
        return true;
    });
    Blockers kept;
    for (const auto& s : doc.shifts)
        if (of_this_plan(s)) kept.add(s.assistant, utc_span(s, z));
    IdAllocator ids(doc);
    for (const Shift& plan_shift : h.shifts) {
        if (kept.blocks(plan_shift.assistant, utc_span(plan_shift, z))) continue;
        if (locks.shift_locked(plan_shift)) continue;
        Shift s = plan_shift;
        if (!s.extra.is_object()) s.extra = Json::object();
        s.extra[origin_key] = "holiday_plan";
        s.extra[holiday_plan_key] = h.id;
        s.id = ids.next("s");
        doc.shifts.push_back(std::move(s));
    }
    return kept_locked;
}

void swap_assistants(Document& doc, const std::string& shift_a, const std::string& shift_b) {
    Shift* a = nullptr;
    Shift* b = nullptr;
    for (auto& s : doc.shifts) {
        if (s.id == shift_a) a = &s;
        if (s.id == shift_b) b = &s;
    }
    if (a && b) std::swap(a->assistant, b->assistant);
}

}  // namespace bpa
