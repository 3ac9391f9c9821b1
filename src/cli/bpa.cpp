// The `bpa` command line (CONTRACT.md, "Command line"): every command reads its
// arguments, prints one line of JSON on standard output and exits 0; an invalid
// or unreadable file exits 2 with one line per problem on standard error
// ("FILE: path: message"); a usage error exits 64.
//
// To add a command: write `int run_NAME(const Args&)` and add a row to `commands`.
//
// [SECTION] Exit codes and output
// [SECTION] Arguments
// [SECTION] Reading a file
// [SECTION] Commands
// [SECTION] Command table and main
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/holidays.h"
#include "core/json_io.h"

namespace {

using namespace bpa;
using Out = nlohmann::ordered_json;

// [SECTION] Exit codes and output ------------------------------------------------
constexpr int exit_ok = 0;
constexpr int exit_invalid_file = 2;  // not valid, or cannot be read
constexpr int exit_usage = 64;        // EX_USAGE of sysexits.h

void append_line(std::string& out, const Out& j) {
    if (j.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!first) out += ", ";
            first = false;
            out += Out(it.key()).dump(-1, ' ', false, Out::error_handler_t::replace);
            out += ": ";
            append_line(out, it.value());
        }
        out += '}';
    } else if (j.is_array()) {
        out += '[';
        for (size_t i = 0; i < j.size(); ++i) {
            if (i > 0) out += ", ";
            append_line(out, j[i]);
        }
        out += ']';
    } else {
        out += j.dump(-1, ' ', false, Out::error_handler_t::replace);
    }
}

// Prints JSON on one line in CONTRACT.md's spacing: {"ok": true, "assistants": 2}.
int print_json(const Out& j) {
    std::string line;
    append_line(line, j);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
    return exit_ok;
}

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

void print_command_usage(std::FILE* to, const Command& c) {
    std::fprintf(to, "usage: bpa %s %s\n", c.name, c.synopsis);
}

int usage_error(const Command* c, const std::string& message) {
    std::fprintf(stderr, "bpa: %s\n", message.c_str());
    if (c)
        print_command_usage(stderr, *c);
    else
        std::fprintf(stderr, "usage: bpa COMMAND ARGS... (bpa --help lists the commands)\n");
    return exit_usage;
}

// Fills `args` from argv[first..]; returns an exit code when the command must not run.
std::optional<int> parse_args(const Command& c, int argc, char** argv, int first, Args& args) {
    args.command = &c;
    for (int i = first; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            print_command_usage(stdout, c);
            std::printf("%s\n", c.summary);
            return exit_ok;
        }
        if (a.size() > 2 && a.substr(0, 2) == "--") {
            std::string name(a.substr(2));
            std::optional<std::string> value;
            if (auto eq = name.find('='); eq != std::string::npos) {
                value = name.substr(eq + 1);
                name.resize(eq);
            }
            bool known = false;
            for (const auto& o : c.options) known = known || name == o.name;
            if (!known) return usage_error(&c, "unknown option --" + name);
            if (!value) {
                if (i + 1 >= argc) return usage_error(&c, "option --" + name + " needs a value");
                value = argv[++i];
            }
            if (!args.options.emplace(name, *value).second)
                return usage_error(&c, "option --" + name + " is given twice");
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error(&c, "unknown option " + std::string(a));
        } else {
            args.positional.emplace_back(a);
        }
    }
    if (args.positional.size() < c.positional.size())
        return usage_error(&c, std::string("missing ") + c.positional[args.positional.size()]);
    if (args.positional.size() > c.positional.size())
        return usage_error(&c, "unexpected argument \"" + args.positional[c.positional.size()] + "\"");
    for (const auto& o : c.options)
        if (o.required && !args.options.count(o.name))
            return usage_error(&c, std::string("missing option --") + o.name);
    return std::nullopt;
}

std::optional<int> parse_int(std::string_view s) {
    int v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

// [SECTION] Reading a file ---------------------------------------------------------
struct Loaded {
    std::optional<Document> document;
    int exit_code = exit_ok;  // exit_invalid_file when `document` is empty
};

// Reads and validates FILE; prints "FILE: path: message" lines on failure.
Loaded load(const std::string& file) {
    Loaded out;
    out.exit_code = exit_invalid_file;
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (!f) {
        std::fprintf(stderr, "%s: cannot read: %s\n", file.c_str(), std::strerror(errno));
        return out;
    }
    std::string text;
    char buffer[1 << 16];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
    int error = std::ferror(f) ? errno : 0;
    std::fclose(f);
    if (error) {
        std::fprintf(stderr, "%s: cannot read: %s\n", file.c_str(), std::strerror(error));
        return out;
    }
    ReadResult r = read_document(text);
    for (const auto& p : r.problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!r.ok()) return out;
    out.document = std::move(r.document);
    out.exit_code = exit_ok;
    return out;
}

// [SECTION] Commands -----------------------------------------------------------------
int run_validate(const Args& args) {
    Loaded l = load(args.positional[0]);
    if (!l.document) return l.exit_code;
    const Document& doc = *l.document;
    Out j = Out::object();
    j["ok"] = true;
    j["assistants"] = doc.assistants.size();
    j["shifts"] = doc.shifts.size();
    j["absences"] = doc.absences.size();
    return print_json(j);
}

int run_holidays(const Args& args) {
    std::string code = *args.option("jurisdiction");
    auto jurisdiction = parse_jurisdiction(code);
    if (!jurisdiction) return usage_error(args.command, "unknown jurisdiction \"" + code + "\" (expected NO or DK)");
    std::string year_text = *args.option("year");
    auto year = parse_int(year_text);
    if (!year || *year < 1900 || *year > 2100)
        return usage_error(args.command, "year \"" + year_text + "\" is not a year 1900..2100");

    Out holidays = Out::array();
    for (const auto& h : public_holidays(*jurisdiction, *year))
        holidays.push_back(Out{{"date", h.date.str()}, {"name", h.name}});
    char from[6];
    std::snprintf(from, sizeof from, "%02d:%02d", supplement_from_minute / 60 % 100, supplement_from_minute % 60);
    Out supplements = Out::array();
    for (const auto& h : supplement_days(*jurisdiction, *year))
        supplements.push_back(Out{{"date", h.date.str()}, {"name", h.name}, {"from", from}});
    Out j = Out::object();
    j["holidays"] = std::move(holidays);
    j["supplement_days"] = std::move(supplements);
    return print_json(j);
}

// [SECTION] Command table and main ----------------------------------------------------
const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"validate", "FILE", "check FILE; count its assistants, shifts and absences",
         {"FILE"}, {}, run_validate},
        {"holidays", "--jurisdiction NO|DK --year Y",
         "public holidays and supplement days of year Y (1900..2100)",
         {}, {{"jurisdiction", true}, {"year", true}}, run_holidays},
    };
    return table;
}

void print_help() {
    std::printf(
        "usage: bpa COMMAND ARGS...\n"
        "\n"
        "Reads files of the BPA arbeidsleder tool (format \"%s\", version %d) and prints JSON\n"
        "on standard output.\n"
        "\n"
        "commands:\n",
        format_name, format_version);
    for (const auto& c : commands()) {
        std::string left = std::string(c.name) + " " + c.synopsis;
        std::printf("  %-42s %s\n", left.c_str(), c.summary);
    }
    std::printf(
        "\n"
        "exit status: 0 success; 2 the file is not valid or cannot be read (one line per problem\n"
        "on standard error: FILE: path: message); 64 usage error.\n"
        "bpa COMMAND --help shows one command's usage.\n");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage_error(nullptr, "missing command");
    std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        print_help();
        return exit_ok;
    }
    for (const auto& c : commands()) {
        if (name != c.name) continue;
        Args args;
        if (auto code = parse_args(c, argc, argv, 2, args)) return *code;
        return c.run(args);
    }
    return usage_error(nullptr, "unknown command \"" + std::string(name) + "\"");
}
