// Internals of the hours after the plan (hours.h), shared by hours_actual.cpp,
// timesheet_flow.cpp, timesheet_lines.cpp, hours_account.cpp and payroll_csv.cpp.
// Times are UTC minutes (real elapsed time); days are local calendar days.
//
// [SECTION] Keys of the project's extension in `extra`
// [SECTION] Spans and days
// [SECTION] Text and JSON members
// [SECTION] Overtime
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "hours.h"
#include "json_read.h"
#include "utc_span.h"

namespace bpa::hours_detail {

// [SECTION] Keys of the project's extension in `extra` (hours.h) ---------------------
inline constexpr const char* origin_key = "origin";
inline constexpr const char* planned_start_key = "planned_start";
inline constexpr const char* planned_end_key = "planned_end";
inline constexpr const char* reason_key = "not_worked_reason";
inline constexpr const char* note_key = "note";
inline constexpr const char* timesheets_key = "timesheets";
inline constexpr const char* grants_key = "extra_grants";


// Local day d from `from` to `to` (24:00 = the next midnight) in UTC.
inline Span local_window(Date d, TimeOfDay from, TimeOfDay to, Zone z) {
    auto at = [&](TimeOfDay t) { return t.minutes() >= 1440 ? to_utc(LocalDateTime{d + Days{1}, 0}, z).count
                                                            : to_utc(LocalDateTime{d, t.minutes()}, z).count; };
    return {at(from), at(to)};
}
inline Span day_span(Date d, Zone z) { return local_window(d, TimeOfDay(0), TimeOfDay(1440), z); }

// [SECTION] Text and JSON members ----------------------------------------------------
inline bool is_blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

// Paths for problems (json_read.h); every base here is a non-empty path.
using json_read::element_path;
using json_read::member_path;

// Reads the members of one JSON object, collecting problems with their paths.
struct ObjectReader {
    const Json& object;
    std::string path;
    Problems* problems;
    bool ok = true;

    void problem(Problem p) {
        ok = false;
        if (problems) problems->push_back(std::move(p));
    }
    const Json* member(std::string_view key, bool required) {
        auto it = object.find(key);
        if (it == object.end() || (!required && it->is_null())) {
            if (required) problem(Problem{member_path(path, key), ProblemKind::MissingField});
            return nullptr;
        }
        return &*it;
    }
    std::optional<std::string> text(std::string_view key, bool required) {
        const Json* j = member(key, required);
        if (!j) return std::nullopt;
        if (!j->is_string()) {
            problem(Problem{member_path(path, key), ProblemKind::WrongType, "", "string"});
            return std::nullopt;
        }
        return j->get<std::string>();
    }
    std::optional<Date> date(std::string_view key) {
        auto t = text(key, true);
        if (!t) return std::nullopt;
        auto d = Date::parse(*t);
        if (!d) problem(Problem{member_path(path, key), ProblemKind::NotADate, *t});
        return d;
    }
    std::optional<LocalDateTime> date_time(std::string_view key) {
        auto t = text(key, true);
        if (!t) return std::nullopt;
        auto d = LocalDateTime::parse(*t);
        if (!d) problem(Problem{member_path(path, key), ProblemKind::NotADateTime, *t});
        return d;
    }
    template <class E>
    std::optional<E> choice(std::string_view key, std::optional<E> (*parse)(std::string_view), const char* allowed) {
        auto t = text(key, true);
        if (!t) return std::nullopt;
        auto v = parse(*t);
        if (!v) problem(Problem{member_path(path, key), ProblemKind::UnknownValue, *t, allowed});
        return v;
    }
    // The object without the members this reader knows.
    Json rest(std::initializer_list<const char*> known) const {
        Json out = Json::object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool is_known = false;
            for (const char* k : known) is_known = is_known || it.key() == k;
            if (!is_known) out[it.key()] = it.value();
        }
        return out;
    }
};

// A JSON number as written: 20, 37.5.
inline std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

inline Shift* find_shift(Document& doc, const std::string& id) {
    for (auto& s : doc.shifts)
        if (s.id == id) return &s;
    return nullptr;
}

// [SECTION] Overtime -----------------------------------------------------------------
// The minutes beyond the plan: all of an extra shift, the corrected time beyond
// the planned times, nothing for a cancelled shift (hours_actual.cpp).
Minutes overtime_of(const Shift& s, const ShiftActual& a, Zone z);
// The overtime's place: the last minutes of the shift.
Span overtime_span(const Shift& s, const ShiftActual& a, Zone z);

}  // namespace bpa::hours_detail
