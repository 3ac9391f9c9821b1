// Reading JSON input (internal to the core): paths for problems, values as
// text for messages, and readers of one object's members that collect Problems.
// Used by the document (json_io.cpp) and the plan data (plan.cpp), so that the
// same mistake gets the same message in both; the hours files (hours_detail.h)
// use only the paths.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "calendar.h"
#include "model.h"
#include "problem.h"

namespace bpa::json_read {

// [SECTION] Paths and values as text -------------------------------------------
// "base.key"; just "key" when base is empty (the document's top level).
std::string member_path(const std::string& base, std::string_view key);
// "base[index]".
std::string element_path(const std::string& base, size_t index);

// A JSON number as the user would write it: 20, 37.5, -3.
std::string number_text(const Json& j);

// Any JSON value, short and on one line, for messages about values of the wrong kind.
std::string short_text(const Json& j);

// Strict "HH:MM", 00:00..23:59; "24:00" (= 1440) only when allow_24.

// [SECTION] One object's members -----------------------------------------------
enum class Need { Optional, Required };

// Reads the members of one JSON object. Each reader adds its problems and
// returns true when it added none; the output is changed only by a valid value.
// ok() tells whether the object as a whole read without problems (through this
// reader). The members asked for are known; the others are kept by extra().

// "a,b,c" for the allowed values of an enum, as UnknownValue's detail.
template <class E, size_t N>
std::string allowed_list(const E (&values)[N]) {
    std::string out;
    for (E v : values) {
        if (!out.empty()) out += ',';
        out += to_string(v);
    }
    return out;
}

class Fields {
public:
    Fields(Problems& out, const Json& obj, std::string path) : out_(out), obj_(obj), path_(std::move(path)) {
        known_.reserve(16);  // one allocation per object read (a file of 200,000 shifts reads 200,000)
    }

    Problems& problems() { return out_; }
    bool ok() const { return ok_; }
    std::string path(std::string_view key) const { return member_path(path_, key); }

    void add(std::string path, ProblemKind kind, std::string value = {}, std::string detail = {},
             std::string other = {});

    // The member, or nullptr when absent (MissingField when required).
    const Json* get(std::string_view key, Need need);

    // The members not asked for; call after all the others.
    Json extra() const;

    bool wrong_type(std::string_view key, const Json& j, const char* expected);

    bool text(std::string_view key, std::string& out, Need need, bool non_empty = false);
    bool date(std::string_view key, Date& out, Need need);
    // A date that may be null or absent: nullopt.
    bool nullable_date(std::string_view key, std::optional<Date>& out);
    // Required.
    bool date_time(std::string_view key, LocalDateTime& out);
    // Required; a local date and time that exists in the zone (not in the spring gap).
    bool date_time(std::string_view key, LocalDateTime& out, Zone z);
    // Required "HH:MM" (TimeOfDay::parse_exact).
    bool time(std::string_view key, TimeOfDay& out, bool allow_24);
    bool boolean(std::string_view key, bool& out);
    bool number(std::string_view key, double& out, Need need, double lo, double hi);
    // An integer lo..hi; a number with an integral value written as 30.0 is accepted.
    bool integer(std::string_view key, int& out, Need need, int lo, int hi);
    // Required; an assistant id of the document.
    bool assistant(std::string_view key, std::string& out, const Document& doc);

    // One of an enum's names, parsed by `parse`; `allowed` lists them for the
    // message (allowed_list).
    template <class E, class Parse>
    bool choice(std::string_view key, E& out, Need need, Parse parse, const std::string& allowed) {
        const Json* j = get(key, need);
        if (!j) return need == Need::Optional;
        if (!j->is_string()) return wrong_type(key, *j, "string");
        const auto& s = j->get_ref<const std::string&>();
        std::optional<E> v = parse(s);
        if (!v) {
            add(path(key), ProblemKind::UnknownValue, s, allowed);
            return false;
        }
        out = *v;
        return true;
    }

    // The member when it is an array; nullptr when absent or not an array.
    const Json* array(std::string_view key);
    // The member when it is an object; nullptr when absent or not an object.
    const Json* object(std::string_view key, Need need);

private:
    bool parse_date(std::string_view key, const Json& j, Date& out);
    bool out_of_range(std::string_view key, const Json& j, double lo, double hi);

    Problems& out_;
    const Json& obj_;
    std::string path_;
    std::vector<std::string> known_;  // the members asked for: a few short names, searched in order
    bool ok_ = true;
};

// Calls f(element, path) for each element of an array that is an object; the
// others are WrongType.
template <class F>
void for_each_object(Problems& out, const Json& array, const std::string& path, F&& f) {
    for (size_t i = 0; i < array.size(); ++i) {
        std::string p = element_path(path, i);
        if (!array[i].is_object())
            out.push_back(Problem{p, ProblemKind::WrongType, short_text(array[i]), "object"});
        else
            f(array[i], p);
    }
}

}  // namespace bpa::json_read
