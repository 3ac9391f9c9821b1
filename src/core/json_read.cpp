#include "json_read.h"

#include <algorithm>
#include <cmath>

namespace bpa::json_read {

// [SECTION] Paths and values as text -------------------------------------------
std::string member_path(const std::string& base, std::string_view key) {
    std::string p = base;
    if (!p.empty()) p += '.';
    p += key;
    return p;
}

std::string element_path(const std::string& base, size_t index) {
    return base + "[" + std::to_string(index) + "]";
}

std::string number_text(const Json& j) {
    if (j.is_number_float()) {
        double d = j.get<double>();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 1e15)
            return std::to_string(static_cast<long long>(d));
    }
    return j.dump();
}

std::string short_text(const Json& j) {
    if (j.is_number()) return number_text(j);
    std::string s = j.dump(-1, ' ', true, Json::error_handler_t::replace);  // ASCII: safe to cut anywhere
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return s;
}

// [SECTION] One object's members -----------------------------------------------
void Fields::add(std::string path, ProblemKind kind, std::string value, std::string detail, std::string other) {
    out_.push_back(Problem{std::move(path), kind, std::move(value), std::move(detail), std::move(other)});
    ok_ = false;
}

const Json* Fields::get(std::string_view key, Need need) {
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) known_.emplace_back(key);
    auto it = obj_.find(key);
    if (it == obj_.end()) {
        if (need == Need::Required) add(path(key), ProblemKind::MissingField);
        return nullptr;
    }
    return &*it;
}

Json Fields::extra() const {
    Json out = Json::object();
    for (auto it = obj_.begin(); it != obj_.end(); ++it)
        if (std::find(known_.begin(), known_.end(), it.key()) == known_.end()) out[it.key()] = it.value();
    return out;
}

bool Fields::wrong_type(std::string_view key, const Json& j, const char* expected) {
    add(path(key), ProblemKind::WrongType, short_text(j), expected);
    return false;
}

bool Fields::text(std::string_view key, std::string& out, Need need, bool non_empty) {
    const Json* j = get(key, need);
    if (!j) return need == Need::Optional;
    if (!j->is_string()) return wrong_type(key, *j, "string");
    const auto& s = j->get_ref<const std::string&>();
    if (non_empty && s.empty()) {
        add(path(key), ProblemKind::EmptyText);
        return false;
    }
    out = s;
    return true;
}

bool Fields::date(std::string_view key, Date& out, Need need) {
    const Json* j = get(key, need);
    if (!j) return need == Need::Optional;
    if (!j->is_string()) return wrong_type(key, *j, "string");
    return parse_date(key, *j, out);
}

bool Fields::nullable_date(std::string_view key, std::optional<Date>& out) {
    const Json* j = get(key, Need::Optional);
    if (!j || j->is_null()) return true;
    if (!j->is_string()) return wrong_type(key, *j, "string or null");
    Date d;
    if (!parse_date(key, *j, d)) return false;
    out = d;
    return true;
}

bool Fields::date_time(std::string_view key, LocalDateTime& out) {
    const Json* j = get(key, Need::Required);
    if (!j) return false;
    if (!j->is_string()) return wrong_type(key, *j, "string");
    const auto& s = j->get_ref<const std::string&>();
    auto t = LocalDateTime::parse(s);
    if (!t) {
        add(path(key), ProblemKind::NotADateTime, s);
        return false;
    }
    out = *t;
    return true;
}

bool Fields::date_time(std::string_view key, LocalDateTime& out, Zone z) {
    LocalDateTime t;
    if (!date_time(key, t)) return false;
    if (classify(t, z) == LocalKind::Nonexistent) {
        add(path(key), ProblemKind::NonexistentLocalTime, t.str());
        return false;
    }
    out = t;
    return true;
}

bool Fields::time(std::string_view key, TimeOfDay& out, bool allow_24) {
    const Json* j = get(key, Need::Required);
    if (!j) return false;
    if (!j->is_string()) return wrong_type(key, *j, "string");
    const auto& s = j->get_ref<const std::string&>();
    auto t = TimeOfDay::parse_exact(s, allow_24);
    if (!t) {
        add(path(key), ProblemKind::NotATime, s);
        return false;
    }
    out = *t;
    return true;
}

bool Fields::boolean(std::string_view key, bool& out) {
    const Json* j = get(key, Need::Optional);
    if (!j) return true;
    if (!j->is_boolean()) return wrong_type(key, *j, "boolean");
    out = j->get<bool>();
    return true;
}

bool Fields::number(std::string_view key, double& out, Need need, double lo, double hi) {
    const Json* j = get(key, need);
    if (!j) return need == Need::Optional;
    if (!j->is_number()) return wrong_type(key, *j, "number");
    double d = j->get<double>();
    if (!(d >= lo && d <= hi)) return out_of_range(key, *j, lo, hi);
    out = d;
    return true;
}

bool Fields::integer(std::string_view key, int& out, Need need, int lo, int hi) {
    const Json* j = get(key, need);
    if (!j) return need == Need::Optional;
    if (!j->is_number()) return wrong_type(key, *j, "integer");
    double d = j->get<double>();
    if (j->is_number_float() && d != std::trunc(d)) return wrong_type(key, *j, "integer");
    if (!(d >= lo && d <= hi)) return out_of_range(key, *j, lo, hi);
    out = static_cast<int>(d);
    return true;
}

bool Fields::assistant(std::string_view key, std::string& out, const Document& doc) {
    if (!text(key, out, Need::Required)) return false;
    if (!doc.find_assistant(out)) {
        add(path(key), ProblemKind::UnknownAssistant, out);
        return false;
    }
    return true;
}

const Json* Fields::array(std::string_view key) {
    const Json* j = get(key, Need::Optional);
    if (!j) return nullptr;
    if (!j->is_array()) {
        wrong_type(key, *j, "array");
        return nullptr;
    }
    return j;
}

const Json* Fields::object(std::string_view key, Need need) {
    const Json* j = get(key, need);
    if (!j) return nullptr;
    if (!j->is_object()) {
        wrong_type(key, *j, "object");
        return nullptr;
    }
    return j;
}

bool Fields::parse_date(std::string_view key, const Json& j, Date& out) {
    const auto& s = j.get_ref<const std::string&>();
    auto d = Date::parse(s);
    if (!d) {
        add(path(key), ProblemKind::NotADate, s);
        return false;
    }
    out = *d;
    return true;
}

// The bounds as numbers the user would write: 0..168, 1..7.
bool Fields::out_of_range(std::string_view key, const Json& j, double lo, double hi) {
    Json bounds = Json::array({lo, hi});
    add(path(key), ProblemKind::OutOfRange, number_text(j), number_text(bounds[0]) + ".." + number_text(bounds[1]));
    return false;
}

}  // namespace bpa::json_read
