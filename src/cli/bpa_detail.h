// Internals of the `bpa` command line, shared by bpa.cpp (arguments, reading a
// file, the command table and main) and bpa_commands.cpp (the commands).
//
// [SECTION] Exit codes and output
// [SECTION] Arguments
// [SECTION] Reading a file
// [SECTION] Commands
#pragma once

#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/model.h"

namespace bpa::cli {

using Out = nlohmann::ordered_json;

// [SECTION] Exit codes and output ------------------------------------------------
inline constexpr int exit_ok = 0;
inline constexpr int exit_rule_errors = 1;   // `check` found a violation of severity "error"
inline constexpr int exit_invalid_file = 2;  // not valid, or cannot be read
inline constexpr int exit_usage = 64;        // EX_USAGE of sysexits.h

// Prints JSON on one line in CONTRACT.md's spacing: {"ok": true, "assistants": 2}; returns exit_ok.
int print_json(const Out& j);

// Hours rounded to 2 decimals; whole hours as integers (8, not 8.0).
Out hours_json(double hours);

// [SECTION] Arguments --------------------------------------------------------------
struct OptionSpec {
    const char* name;  // without "--"
    bool required;
};

struct Args;

struct Command {
    const char* name;
    const char* synopsis;  // the arguments after the command's name
    const char* summary;
    std::vector<const char*> positional;  // names of the positional arguments, all required
    std::vector<OptionSpec> options;      // each takes one value: --name VALUE or --name=VALUE
    int (*run)(const Args&);
};

struct Args {
    const Command* command = nullptr;
    std::vector<std::string> positional;
    std::map<std::string, std::string, std::less<>> options;

    std::optional<std::string> option(std::string_view name) const {
        auto it = options.find(name);
        if (it == options.end()) return std::nullopt;
        return it->second;
    }
};

// Prints "bpa: MESSAGE" and the command's usage on standard error; returns exit_usage.
int usage_error(const Command* c, const std::string& message);

// A whole decimal number, nothing else.
std::optional<int> parse_int(std::string_view s);

// The date of option --NAME (which must be given); a usage error sets exit_code when it is not a date.
std::optional<Date> parse_date_option(const Args& args, const char* name, int& exit_code);

// [SECTION] Reading a file ---------------------------------------------------------
struct Loaded {
    std::optional<Document> document;
    int exit_code = exit_ok;  // exit_invalid_file when `document` is empty
};

// Reads and validates FILE (the plan data too); prints "FILE: path: message" lines on failure.
Loaded load(const std::string& file);
// load(), and the rule overrides must be valid too (for the commands that apply
// the rules: check, propose, deadlines, ics).
Loaded load_with_rules(const std::string& file);

// [SECTION] Commands (bpa_commands.cpp) ----------------------------------------------
int run_validate(const Args& args);
int run_check(const Args& args);
int run_hours(const Args& args);
int run_holidays(const Args& args);
int run_timekonto(const Args& args);
int run_leave(const Args& args);
int run_notice(const Args& args);
int run_propose(const Args& args);
int run_deadlines(const Args& args);
int run_ics(const Args& args);

}  // namespace bpa::cli
