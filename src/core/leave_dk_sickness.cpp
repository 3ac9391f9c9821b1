// Sickness in Denmark (leave.h): each case with its conversation and report
// dates, whether the employer pays, what the leader recorded about it, and the
// sick hours paid (seed 003 § 11).
#include "core/leave.h"

#include <cmath>
#include <utility>
#include <vector>

#include "core/command.h"
#include "core/leave_detail.h"
#include "core/people_detail.h"

namespace bpa {

using namespace leave_detail;

// [SECTION] The record kept on the case's first absence --------------------------------------
namespace {

constexpr const char* record_key = "dk_sickness";

const Json& member(const Json& o, const char* key) {
    static const Json none;
    if (!o.is_object()) return none;
    auto it = o.find(key);
    return it == o.end() ? none : *it;
}

}  // namespace

DkSickRecord dk_sick_record(const Absence& first) {
    DkSickRecord r;
    const Json& j = member(first.extra, record_key);
    if (!j.is_object()) return r;
    const Json& conv = member(j, "conversation");
    r.conversation = people_detail::date_field(conv, "date");
    r.conversation_note = people_detail::text_field(conv, "note");
    r.reported = people_detail::date_field(j, "reported");
    const Json& mul = member(j, "mulighedserklaering");
    r.mulighedserklaering = people_detail::date_field(mul, "date");
    r.mulighedserklaering_note = people_detail::text_field(mul, "note");
    const Json& part = member(j, "partial_return");
    const Json& hours = member(part, "hours_per_day");
    if (auto from = people_detail::date_field(part, "from"); from && hours.is_number() && hours.get<double>() > 0 && hours.get<double>() <= 24) {
        r.partial_from = from;
        r.partial_hours_per_day = hours.get<double>();
    }
    const Json& rask = member(j, "raskmelding");
    r.raskmelding = people_detail::date_field(rask, "date");
    r.last_sick_day = people_detail::date_field(rask, "last_sick_day");
    return r;
}

void write_dk_sick_record(Absence& first, const DkSickRecord& r) {
    if (!first.extra.is_object()) first.extra = Json::object();
    Json j = first.extra.contains(record_key) && first.extra[record_key].is_object() ? first.extra[record_key] : Json::object();
    auto set = [&](const char* key, Json value) {
        if (value.is_null()) j.erase(key);
        else j[key] = std::move(value);
    };
    auto dated = [](const std::optional<Date>& d, const std::string& note) {
        if (!d) return Json();
        Json o{{"date", d->str()}};
        if (!note.empty()) o["note"] = note;
        return o;
    };
    set("conversation", dated(r.conversation, r.conversation_note));
    set("reported", r.reported ? Json(r.reported->str()) : Json());
    set("mulighedserklaering", dated(r.mulighedserklaering, r.mulighedserklaering_note));
    set("partial_return", r.partial_from ? Json{{"from", r.partial_from->str()}, {"hours_per_day", r.partial_hours_per_day}} : Json());
    Json rask;
    if (r.raskmelding || r.last_sick_day) {
        rask = Json::object();
        if (r.raskmelding) rask["date"] = r.raskmelding->str();
        if (r.last_sick_day) rask["last_sick_day"] = r.last_sick_day->str();
    }
    set("raskmelding", rask);
    if (j.empty()) first.extra.erase(record_key);
    else first.extra[record_key] = std::move(j);
}

void set_pregnancy_related(Absence& a) {
    if (!a.extra.is_object()) a.extra = Json::object();
    a.extra["pregnancy_related"] = true;
}

bool is_pregnancy_related(const Absence& a) {
    const Json& p = member(a.extra, "pregnancy_related");
    return p.is_boolean() && p.get<bool>();
}

std::optional<std::pair<Date, Date>> s56_agreement(const Assistant& a) {
    const Json& j = member(a.extra, "s56_agreement");
    if (!j.is_string()) return std::nullopt;
    auto from = Date::parse(j.get<std::string>());
    if (!from) return std::nullopt;
    return std::make_pair(*from, add_months(*from, 12) - Days{1});  // seed 003 § 11.3: "gælder i 1 år fra 1. sygedag"
}

// [SECTION] Cases ----------------------------------------------------------------------------
std::vector<DkSickCase> dk_sick_cases(const Document& doc, const Assistant& a) {
    std::vector<DkSickCase> out;
    const Zone z = zone_of(doc.arrangement.jurisdiction);
    const auto s56 = s56_agreement(a);
    for (auto& r : absence_runs(doc, a.id, {AbsenceType::Egenmelding, AbsenceType::Sykemelding})) {
        DkSickCase c;
        c.from = r.from;
        c.to = r.to;
        c.absences = std::move(r.absences);
        c.conversation_due = r.from + Days{dk_sick_conversation_days};  // seed 003 § 11.4
        // Sygedagpengeloven § 7 a (3): not owed when the employment ends within 8 weeks.
        c.conversation_owed = !a.employed_to || *a.employed_to >= r.from + Days{8 * 7};
        c.report_due = r.from + Days{dk_sick_report_days};
        c.pay_cap_from = r.from + Days{dk_sick_plan_pay_days};
        const Date window_from = r.from - Days{dk_sick_pay_weeks * 7};
        c.employed_8_weeks = a.employed_from <= window_from;
        for (const auto& s : doc.shifts)
            if (s.assistant == a.id && s.status != ShiftStatus::Cancelled)
                c.hours_8_weeks += hours_inside(s, window_from, r.from, z);
        c.hours_8_weeks = round2(c.hours_8_weeks);
        c.employer_pays = c.employed_8_weeks && c.hours_8_weeks >= dk_sick_pay_hours;  // seed 003 § 11.7
        for (const auto& ab : doc.absences) {
            if (std::find(c.absences.begin(), c.absences.end(), ab.id) == c.absences.end()) continue;
            c.pregnancy_related = c.pregnancy_related || is_pregnancy_related(ab);
            if (ab.id == c.absences.front()) c.record = dk_sick_record(ab);
        }
        if (s56 && s56->first <= r.from && r.from <= s56->second) {
            c.s56_from = s56->first;
            c.s56_to = s56->second;
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<DkSickCase> dk_sick_case_on(const Document& doc, const Assistant& a, Date day) {
    for (auto& c : dk_sick_cases(doc, a))
        if (c.from <= day && day <= c.to) return std::move(c);
    return std::nullopt;
}

// [SECTION] Sick hours paid ------------------------------------------------------------------
std::vector<int64_t> dk_paid_sick_minutes(const DkSickCase& c, Date from, const std::vector<int64_t>& sick,
                                          const std::vector<int64_t>& plan, const std::vector<int64_t>& worked) {
    std::vector<int64_t> out = sick;
    const int64_t n = int64_t(sick.size());
    auto index = [&](Date d) { return int64_t((d - from).count); };
    auto at = [](const std::vector<int64_t>& v, int64_t i) { return size_t(i) < v.size() ? v[size_t(i)] : 0; };
    // Partial return: the plan's time less what was worked, at least the agreed hours.
    if (c.record.partial_from) {
        const int64_t agreed = std::llround(c.record.partial_hours_per_day * 60);
        for (Date d = std::max(*c.record.partial_from, c.from); d <= c.to; d += Days{1}) {
            const int64_t i = index(d);
            if (i < 0 || i >= n) continue;
            out[size_t(i)] = std::max<int64_t>(0, at(plan, i) - std::max(at(worked, i), agreed));
        }
    }
    // From day 22: each block of 7 days pays at most 37 hours (pro rata for a shorter last block).
    for (Date block = c.pay_cap_from; block <= c.to; block += Days{7}) {
        const Date last = std::min(c.to, block + Days{6});
        const int days = (last - block).count + 1;
        const int64_t cap = std::llround(dk_sick_max_weekly_hours * 60 * days / 7.0);  // minutes, 0..2220
        int64_t sum = 0;
        for (Date d = block; d <= last; d += Days{1})
            if (int64_t i = index(d); i >= 0 && i < n) sum += out[size_t(i)];
        if (sum <= cap) continue;
        // Scaled down evenly; the rounding remainder goes to the block's first days.
        int64_t given = 0;
        std::vector<int64_t> scaled;
        for (Date d = block; d <= last; d += Days{1}) {
            const int64_t i = index(d);
            const int64_t v = i >= 0 && i < n ? out[size_t(i)] * cap / sum : 0;
            scaled.push_back(v);
            given += v;
        }
        int64_t k = 0;
        for (Date d = block; d <= last; d += Days{1}, ++k) {
            const int64_t i = index(d);
            if (i < 0 || i >= n) continue;
            int64_t v = scaled[size_t(k)];
            if (given < cap && out[size_t(i)] > v) {
                ++v;
                ++given;
            }
            out[size_t(i)] = v;
        }
    }
    return out;
}

}  // namespace bpa
