// Writing the file format (CONTRACT.md, version 1): members in a stable order,
// unknown members kept. Reading it is in json_io.cpp.
#include "json_io.h"

#include <cmath>
#include <initializer_list>
#include <string>

namespace bpa {

namespace {

using OrderedJson = nlohmann::ordered_json;

// [SECTION] Writing --------------------------------------------------------------
// Integral values as integers (20, not 20.0); others in the shortest form that
// reads back as the same double (37.5).
OrderedJson number_json(double d) {
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9e15) return OrderedJson(static_cast<int64_t>(d));
    return OrderedJson(d);
}

OrderedJson date_or_null(const std::optional<Date>& d) { return d ? OrderedJson(d->str()) : OrderedJson(nullptr); }

void put_if_set(OrderedJson& o, const char* key, const std::string& s) {
    if (!s.empty()) o[key] = s;
}

// Unknown members after the known ones, in sorted order. A member named like a
// known field of the same object is never written from `extra`.
void put_extra(OrderedJson& o, const Json& extra, std::initializer_list<const char*> known) {
    if (!extra.is_object()) return;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const std::string& key = it.key();
        if (o.contains(key) || std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; }))
            continue;
        o[key] = OrderedJson(it.value());
    }
}

void put_contact(OrderedJson& o, const char* key, const Contact& c) {
    if (c.empty() && (!c.extra.is_object() || c.extra.empty())) return;
    OrderedJson j = OrderedJson::object();
    put_if_set(j, "name", c.name);
    put_if_set(j, "phone", c.phone);
    put_if_set(j, "email", c.email);
    put_if_set(j, "note", c.note);
    put_extra(j, c.extra, {"name", "phone", "email", "note"});
    o[key] = std::move(j);
}

OrderedJson arrangement_json(const Arrangement& a) {
    OrderedJson o = OrderedJson::object();
    o["name"] = a.name;
    o["jurisdiction"] = to_string(a.jurisdiction);
    OrderedJson decisions = OrderedJson::array();
    for (const auto& d : a.decisions) {
        OrderedJson j = OrderedJson::object();
        j["from"] = d.from.str();
        j["to"] = date_or_null(d.to);
        j["hours_per_week"] = number_json(d.hours_per_week);
        put_if_set(j, "reference", d.reference);
        put_extra(j, d.extra, {"reference"});
        decisions.push_back(std::move(j));
    }
    o["decisions"] = std::move(decisions);
    o["rules"] = a.rules.is_object() ? OrderedJson(a.rules) : OrderedJson::object();
    if (a.employer_model != EmployerModel::Unset) o["employer_model"] = to_string(a.employer_model);
    put_contact(o, "leader", a.leader);
    put_contact(o, "deputy", a.deputy);
    put_contact(o, "employer", a.employer);
    put_contact(o, "municipality", a.municipality);
    put_extra(o, a.extra, {"employer_model", "leader", "deputy", "employer", "municipality"});
    return o;
}

OrderedJson assistant_json(const Assistant& a) {
    OrderedJson o = OrderedJson::object();
    o["id"] = a.id;
    o["name"] = a.name;
    o["birth_date"] = date_or_null(a.birth_date);
    o["employed_from"] = a.employed_from.str();
    o["employed_to"] = date_or_null(a.employed_to);
    o["employment"] = to_string(a.employment);
    o["contract_hours_per_week"] = number_json(a.contract_hours_per_week);
    o["probation_until"] = date_or_null(a.probation_until);
    o["related_to_user"] = a.related_to_user;
    o["single_parent"] = a.single_parent;
    OrderedJson children = OrderedJson::array();
    for (const auto& c : a.children) {
        OrderedJson j = OrderedJson::object();
        j["birth_date"] = c.birth_date.str();
        j["chronic"] = c.chronic;
        put_extra(j, c.extra, {});
        children.push_back(std::move(j));
    }
    o["children"] = std::move(children);
    put_if_set(o, "phone", a.phone);
    put_if_set(o, "email", a.email);
    put_if_set(o, "address", a.address);
    put_if_set(o, "note", a.note);
    put_extra(o, a.extra, {"phone", "email", "address", "note"});
    return o;
}

OrderedJson shift_json(const Shift& s) {
    OrderedJson o = OrderedJson::object();
    o["id"] = s.id;
    o["assistant"] = s.assistant;
    o["start"] = s.start.str();
    o["end"] = s.end.str();
    o["break_minutes"] = s.break_minutes;
    o["passive_night"] = s.passive_night;
    o["status"] = to_string(s.status);
    put_extra(o, s.extra, {});
    return o;
}

OrderedJson absence_json(const Absence& a) {
    OrderedJson o = OrderedJson::object();
    o["id"] = a.id;
    o["assistant"] = a.assistant;
    o["type"] = to_string(a.type);
    o["from"] = a.from.str();
    o["to"] = a.to.str();
    put_extra(o, a.extra, {});
    return o;
}

// Members in the order of CONTRACT.md's example, then the project's own, then
// unknown members sorted by name.
OrderedJson document_json(const Document& doc) {
    OrderedJson o = OrderedJson::object();
    o["format"] = format_name;
    o["version"] = format_version;
    o["arrangement"] = arrangement_json(doc.arrangement);
    OrderedJson assistants = OrderedJson::array();
    for (const auto& a : doc.assistants) assistants.push_back(assistant_json(a));
    o["assistants"] = std::move(assistants);
    OrderedJson shifts = OrderedJson::array();
    for (const auto& s : doc.shifts) shifts.push_back(shift_json(s));
    o["shifts"] = std::move(shifts);
    OrderedJson absences = OrderedJson::array();
    for (const auto& a : doc.absences) absences.push_back(absence_json(a));
    o["absences"] = std::move(absences);
    put_extra(o, doc.extra, {});
    return o;
}

}  // namespace

Json shift_to_json(const Shift& s) { return Json(shift_json(s)); }

Json to_json(const Document& doc) { return Json(document_json(doc)); }

std::string write_document(const Document& doc) {
    // ensure_ascii off: æøå stay UTF-8. Invalid UTF-8 (never read from a file,
    // which the parser checks) is replaced rather than thrown.
    return document_json(doc).dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

}  // namespace bpa
