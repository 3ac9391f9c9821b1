// What the unit tests share: dates and times from text, files of the source
// tree, and small documents. A bad literal in a test stops that test with a
// message naming it.
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/calendar.h"
#include "core/command.h"
#include "core/hours.h"
#include "core/leave.h"
#include "core/model.h"
#include "core/problem.h"

namespace bpa::test {

// "2026-03-02"
inline Date D(const char* text) {
    auto d = Date::parse(text);
    REQUIRE_MESSAGE(d.has_value(), "bad date in test: " << text);
    return *d;
}

// "2026-03-02T08:00"
inline LocalDateTime T(const char* text) {
    auto t = LocalDateTime::parse(text);
    REQUIRE_MESSAGE(t.has_value(), "bad time in test: " << text);
    return *t;
}

inline Date ymd(int y, int m, int d) {
    const std::optional<Date> date = Date::from_ymd(y, m, d);
    REQUIRE_MESSAGE(date.has_value(), "bad date in test: " << y << "-" << m << "-" << d);
    return *date;
}

// The file's bytes, nullopt when it cannot be read.
inline std::optional<std::string> read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The file's bytes, "" when it cannot be read.
inline std::string slurp(const std::filesystem::path& p) { return read_text(p).value_or(""); }

// A file of the source tree, e.g. "tests/fixtures/examples/no_eksempel.json"; "" when missing.
inline std::string source_file(const std::string& relative) {
    return read_text(std::filesystem::path(BPA_SOURCE_DIR) / relative).value_or("");
}

// A moment after every shift of the tests: "now" for recording what was worked.
inline LocalDateTime after_all() { return T("2099-12-31T23:59"); }

// A planned shift.
inline Shift shift(const char* id, const char* assistant, const char* start, const char* end, int break_minutes = 0) {
    Shift s;
    s.id = id;
    s.assistant = assistant;
    s.start = T(start);
    s.end = T(end);
    s.break_minutes = break_minutes;
    return s;
}

// An empty document of the jurisdiction, named "Test".
inline Document document_in(Jurisdiction j) {
    Document doc;
    doc.arrangement.name = "Test";
    doc.arrangement.jurisdiction = j;
    return doc;
}

// An assistant employed from `from` (ISO date), added to the document.
inline Assistant& employ(Document& doc, const char* id, const char* name, const char* from) {
    Assistant a;
    a.id = id;
    a.name = name;
    a.employed_from = D(from);
    doc.assistants.push_back(a);
    return doc.assistants.back();
}

inline Absence& add_absence(Document& doc, const char* assistant, AbsenceType type, const char* from, const char* to) {
    Absence ab;
    ab.id = doc.next_id("f");
    ab.assistant = assistant;
    ab.type = type;
    ab.from = D(from);
    ab.to = D(to);
    doc.absences.push_back(ab);
    return doc.absences.back();
}

// The week of the hours account that starts on `from`; fails the test when there is none.
inline const AccountWeek& week_from(const HoursAccount& acc, const char* from) {
    for (const auto& w : acc.weeks)
        if (w.from == D(from)) return w;
    FAIL("no week from " << from);
    return acc.weeks.front();
}

// A file of tests/fixtures, whole; the test stops when it cannot be read.
inline std::string fixture(const std::string& name) {
    auto text = read_text(std::filesystem::path(BPA_FIXTURES_DIR) / name);
    REQUIRE_MESSAGE(text.has_value(), "cannot open fixture " << name);
    return *text;
}

// Minutes of the day: hm(8) is 08:00, hm(7, 30) is 07:30.
inline int hm(int h, int m = 0) { return h * 60 + m; }

// A command run as the app runs it: refused when it changes a locked record.
inline Outcome run(Document& doc, const Command& c) { return run_command(doc, c); }

// The codes of leave findings, in their order.
inline std::vector<std::string> codes(const std::vector<LeaveFinding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.code);
    return out;
}

// The {names} in a text to translate ("{n|time|timer}" names n).
inline std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    size_t i = 0;
    while ((i = text.find('{', i)) != std::string::npos) {
        const size_t j = text.find('}', i);
        if (j == std::string::npos) break;
        const std::string inside = text.substr(i + 1, j - i - 1);
        out.insert(inside.substr(0, inside.find('|')));
        i = j + 1;
    }
    return out;
}

// A problem found in a file, by where and what.
struct Found {
    std::string path;
    ProblemKind kind;
    bool operator==(const Found&) const = default;
};

}  // namespace bpa::test

namespace doctest {
template <>
struct StringMaker<bpa::test::Found> {
    static String convert(const bpa::test::Found& f) { return (f.path + " " + bpa::kind_id(f.kind)).c_str(); }
};
}  // namespace doctest
