// Commands on the arrangement, its decisions, the assistants, their absences
// and the DK extra grants.
//
// [SECTION] Arrangement and decisions
// [SECTION] Assistants
// [SECTION] Absences and substitutes
// [SECTION] Extra grants (DK)
#include <algorithm>
#include <cmath>

#include "core/commands.h"
#include "core/people.h"
#include "core/people_detail.h"
#include "core/rules/rules.h"

namespace bpa {

namespace {

using people_detail::blank;

Absence* find_absence(Document& doc, std::string_view id) {
    for (auto& a : doc.absences)
        if (a.id == id) return &a;
    return nullptr;
}

}  // namespace

// [SECTION] Arrangement and decisions ------------------------------------------------
Outcome set_arrangement_name(Document& doc, const std::string& name) {
    if (blank(name)) return Refusal::Required;
    doc.arrangement.name = name;
    return {};
}

Outcome set_jurisdiction(Document& doc, Jurisdiction j) {
    doc.arrangement.jurisdiction = j;
    if (!employer_model_allowed(j, doc.arrangement.employer_model)) doc.arrangement.employer_model = EmployerModel::Unset;
    return {};
}

Outcome set_employer_model(Document& doc, EmployerModel m) {
    if (!employer_model_allowed(doc.arrangement.jurisdiction, m)) return Refusal::OutOfRange;
    doc.arrangement.employer_model = m;
    return {};
}

Outcome set_contact(Document& doc, ContactRole role, const Contact& c) {
    Arrangement& a = doc.arrangement;
    switch (role) {
    case ContactRole::Leader: a.leader = c; break;
    case ContactRole::Deputy: a.deputy = c; break;
    case ContactRole::Employer: a.employer = c; break;
    case ContactRole::Municipality: a.municipality = c; break;
    case ContactRole::PayrollAdministrator: {
        if (!a.extra.is_object()) a.extra = Json::object();
        if (c.empty()) {
            a.extra.erase("payroll_administrator");
            break;
        }
        Json j = a.extra.contains("payroll_administrator") && a.extra["payroll_administrator"].is_object()
                     ? a.extra["payroll_administrator"] : Json::object();
        j["name"] = c.name;
        j["phone"] = c.phone;
        j["email"] = c.email;
        j["note"] = c.note;
        a.extra["payroll_administrator"] = std::move(j);
        break;
    }
    }
    return {};
}

Outcome set_service_act_section(Document& doc, std::optional<int> section) {
    if (section && *section != 95 && *section != 96) return Refusal::OutOfRange;
    Arrangement& a = doc.arrangement;
    if (!a.extra.is_object()) a.extra = Json::object();
    if (section) a.extra["service_act_section"] = *section;
    else a.extra.erase("service_act_section");
    return {};
}

Outcome set_cvr_number(Document& doc, const std::string& cvr) {
    std::string digits;
    for (char c : cvr)
        if (c != ' ') digits += c;
    if (!digits.empty() && !valid_cvr(digits)) return Refusal::OutOfRange;
    Arrangement& a = doc.arrangement;
    if (!a.extra.is_object()) a.extra = Json::object();
    if (digits.empty()) a.extra.erase("cvr");
    else a.extra["cvr"] = digits;
    return {};
}

Outcome set_rule_parameter(Document& doc, const std::string& name, const Json& value) {
    Arrangement a = doc.arrangement;
    if (!a.rules.is_object()) a.rules = Json::object();
    if (value.is_null()) a.rules.erase(name);
    else a.rules[name] = value;
    Problems problems;
    resolve_params(a, &problems);
    for (const auto& p : problems)
        if (p.path == "arrangement.rules." + name) return Refusal::OutOfRange;
    doc.arrangement.rules = std::move(a.rules);
    return {};
}

namespace {

// Sorted by `from`, none overlapping, each with to >= from and hours 0..336.
Refusal check_decisions(const std::vector<Decision>& ds) {
    for (size_t i = 0; i < ds.size(); ++i) {
        const Decision& d = ds[i];
        if (d.to && *d.to < d.from) return Refusal::BadDate;
        if (!(d.hours_per_week >= 0 && d.hours_per_week <= max_decision_hours)) return Refusal::OutOfRange;
        if (i > 0) {
            const Decision& prev = ds[i - 1];
            if (prev.from > d.from) return Refusal::Overlapping;
            if (!prev.to || *prev.to >= d.from) return Refusal::Overlapping;
        }
    }
    return Refusal::None;
}

}  // namespace

Outcome add_decision(Document& doc, Date from, double hours_per_week) {
    std::vector<Decision> ds = doc.arrangement.decisions;
    Decision d;
    d.from = from;
    d.hours_per_week = hours_per_week;
    ds.push_back(d);
    std::stable_sort(ds.begin(), ds.end(), [](const Decision& a, const Decision& b) { return a.from < b.from; });
    if (Refusal r = check_decisions(ds); r != Refusal::None) return r;
    doc.arrangement.decisions = std::move(ds);
    return {};
}

Outcome update_decision(Document& doc, size_t index, const Decision& d) {
    std::vector<Decision> ds = doc.arrangement.decisions;
    if (index >= ds.size()) return Refusal::UnknownItem;
    ds[index] = d;
    if (Refusal r = check_decisions(ds); r != Refusal::None) return r;
    doc.arrangement.decisions = std::move(ds);
    return {};
}

Outcome remove_decision(Document& doc, size_t index) {
    auto& ds = doc.arrangement.decisions;
    if (index >= ds.size()) return Refusal::UnknownItem;
    ds.erase(ds.begin() + long(index));
    return {};
}

// [SECTION] Assistants ------------------------------------------------------------
Outcome add_assistant(Document& doc, const std::string& name, Date from) {
    if (blank(name)) return Refusal::Required;
    Assistant a;
    a.id = doc.next_id("a");
    a.name = name;
    a.employed_from = from;
    Outcome o;
    o.id = a.id;
    doc.assistants.push_back(std::move(a));
    return o;
}

Outcome update_assistant(Document& doc, const Assistant& a) {
    Assistant* old = doc.find_assistant(a.id);
    if (!old) return Refusal::UnknownAssistant;
    if (blank(a.name)) return Refusal::Required;
    if (a.employed_to && *a.employed_to < a.employed_from) return Refusal::BadDate;
    if (a.probation_until && *a.probation_until < a.employed_from) return Refusal::BadDate;
    if (!(a.contract_hours_per_week >= 0 && a.contract_hours_per_week <= 168)) return Refusal::OutOfRange;
    *old = a;
    return {};
}

Outcome edit_assistant(Document& doc, std::string_view id, const std::function<void(Assistant&)>& change) {
    const Assistant* a = doc.find_assistant(id);
    if (!a) return Refusal::UnknownAssistant;
    Assistant copy = *a;
    change(copy);
    return update_assistant(doc, copy);
}

Outcome delete_assistant(Document& doc, std::string_view id) {
    const Assistant* a = doc.find_assistant(id);
    if (!a) return Refusal::UnknownAssistant;
    LockIndex lock(doc);
    for (const auto& s : doc.shifts)
        if (s.assistant == id && lock.days_locked(id, s.start.date, s.end.date)) return Refusal::Locked;
    if (has_records(doc, *a)) return Refusal::HasRecords;  // archive_assistant keeps them
    std::erase_if(doc.assistants, [&](const Assistant& x) { return x.id == id; });
    std::erase_if(doc.shifts, [&](const Shift& x) { return x.assistant == id; });
    std::erase_if(doc.absences, [&](const Absence& x) { return x.assistant == id; });
    return {};
}

// [SECTION] Absences and substitutes --------------------------------------------
Outcome register_absence(Document& doc, Absence a, Date today) {
    const Assistant* who = doc.find_assistant(a.assistant);
    if (!who) return Refusal::UnknownAssistant;
    if (a.to < a.from) return Refusal::BadDate;
    if (!who->employed_on(a.from)) return Refusal::NotEmployed;
    if (!a.extra.is_object()) a.extra = Json::object();
    if (a.type == AbsenceType::Vacation) {
        if (!a.extra.contains("status")) a.extra["status"] = "approved";
        if (!a.extra.contains("requested_on")) {
            a.extra["requested_on"] = today.str();
        } else {
            const std::optional<Date> asked = vacation_requested_on(a);
            if (!asked || *asked > a.from) return Refusal::BadDate;
        }
    }
    a.id = doc.next_id("f");
    Outcome o;
    o.id = a.id;
    doc.absences.push_back(std::move(a));
    return o;
}

Outcome approve_vacation_wish(Document& doc, std::string_view absence_id) {
    Absence* a = find_absence(doc, absence_id);
    if (!a) return Refusal::UnknownAbsence;
    if (!is_vacation_wish(*a)) return Refusal::NotAllowed;
    a->extra["status"] = "approved";
    return {};
}

Outcome delete_absence(Document& doc, std::string_view absence_id) {
    auto n = std::erase_if(doc.absences, [&](const Absence& a) { return a.id == absence_id; });
    return n ? Outcome{} : Outcome{Refusal::UnknownAbsence};
}

Outcome set_expected_birth(Document& doc, std::string_view assistant, std::optional<Date> date) {
    return edit_assistant(doc, assistant, [&](Assistant& a) {
        if (!a.extra.is_object()) a.extra = Json::object();
        if (date) a.extra["expected_birth"] = date->str();
        else a.extra.erase("expected_birth");
    });
}

Outcome give_to_substitute(Document& doc, std::string_view shift_id, std::string_view assistant, bool anyway) {
    auto it = std::find_if(doc.shifts.begin(), doc.shifts.end(), [&](const Shift& s) { return s.id == shift_id; });
    if (it == doc.shifts.end()) return Refusal::UnknownShift;
    const Assistant* who = doc.find_assistant(assistant);
    if (!who) return Refusal::UnknownAssistant;
    if (it->status != ShiftStatus::Planned) return Refusal::NotAllowed;
    if (it->assistant == assistant) return Refusal::SameShift;
    const Date first = it->start.date, last = last_day_of(*it);
    for (Date d = first; d <= last; d += Days{1}) {
        if (!who->employed_on(d)) return Refusal::NotEmployed;
        for (const auto& a : doc.absences)
            if (a.assistant == assistant && a.from <= d && d <= a.to) return Refusal::Absent;
    }
    if (!anyway) {
        for (const auto& c : find_substitutes(doc, shift_id).candidates)
            if (c.assistant == assistant && !c.can_take) return Refusal::BreaksRule;
    }
    auto id = assign_substitute(doc, shift_id, assistant);
    if (!id) return Refusal::NotAllowed;
    Outcome o;
    o.id = *id;
    return o;
}

// [SECTION] Extra grants (DK) -------------------------------------------------------
Outcome add_extra_grant(Document& doc, const ExtraGrant& g) {
    if (g.to < g.from) return Refusal::BadDate;
    const double days = (g.to - g.from).count + 1;
    if (!(g.hours > 0 && g.hours <= 168 * days)) return Refusal::OutOfRange;
    auto grants = read_extra_grants(doc);
    if (doc.arrangement.jurisdiction == Jurisdiction::DK) {
        // Seed 003 § 9.2: at most 3 weekend stays a year; § 9.3: a § 95 arrangement cannot be taken abroad.
        if (g.kind == GrantKind::WeekendStay && weekend_stays_in_year(grants, g.from.year()) >= max_extra_grants_per_year)
            return Refusal::TooMany;
        if (g.kind == GrantKind::StayAbroad && service_act_section(doc.arrangement) == 95) return Refusal::NotAllowed;
    }
    ExtraGrant added = g;
    Outcome o;
    o.id = added.id = IdAllocator(doc).next("g");
    grants.push_back(std::move(added));
    write_extra_grants(doc, grants);
    return o;
}

Outcome remove_extra_grant(Document& doc, size_t index) {
    auto grants = read_extra_grants(doc);
    if (index >= grants.size()) return Refusal::UnknownItem;
    grants.erase(grants.begin() + long(index));
    write_extra_grants(doc, grants);
    return {};
}

}  // namespace bpa
