// The `bpa` command line (CONTRACT.md, "Command line"): every command reads its
// arguments, prints one line of JSON on standard output (`ics`: an iCalendar
// file) and exits 0; an invalid or unreadable file exits 2 with one line per
// problem on standard error ("FILE: path: message"); a usage error exits 64.
//
// To add a command: write `int run_NAME(const Args&)` in bpa_commands.cpp, declare
// it in bpa_detail.h and add a row to `commands`.
//
// [SECTION] Exit codes and output
// [SECTION] Arguments
// [SECTION] Reading a file
// [SECTION] Command table and main
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/bpa_detail.h"
#include "core/json_io.h"
#include "core/plan.h"
#include "core/rules/rules.h"

namespace bpa::cli {

namespace {

// [SECTION] Exit codes and output ------------------------------------------------
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

}  // namespace

int print_json(const Out& j) {
    std::string line;
    append_line(line, j);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
    return exit_ok;
}

// [SECTION] Arguments --------------------------------------------------------------
namespace {

void print_command_usage(std::FILE* to, const Command& c) {
    std::fprintf(to, "usage: bpa %s %s\n", c.name, c.synopsis);
}

}  // namespace

int usage_error(const Command* c, const std::string& message) {
    std::fprintf(stderr, "bpa: %s\n", printable(message).c_str());
    if (c)
        print_command_usage(stderr, *c);
    else
        std::fprintf(stderr, "usage: bpa COMMAND ARGS... (bpa --help lists the commands)\n");
    return exit_usage;
}

namespace {

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

}  // namespace

std::optional<int> parse_int(std::string_view s) {
    int v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

// [SECTION] Reading a file ---------------------------------------------------------
Loaded load(const std::string& file) {
    Loaded out;
    out.exit_code = exit_invalid_file;
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (!f) {
        std::fprintf(stderr, "%s: cannot read: %s\n", printable(file).c_str(), std::strerror(errno));
        return out;
    }
    std::string text;
    char buffer[1 << 16];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
    int error = std::ferror(f) ? errno : 0;
    std::fclose(f);
    if (error) {
        std::fprintf(stderr, "%s: cannot read: %s\n", printable(file).c_str(), std::strerror(error));
        return out;
    }
    ReadResult r = read_document(text);
    // The plan data (need, rotation, holiday plans) is the project's own part of
    // the file: checked too, so that a file the page would refuse to lay out is not valid.
    if (r.ok()) read_plan(*r.document, &r.problems);
    for (const auto& p : r.problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!r.problems.empty()) return out;
    out.document = std::move(r.document);
    out.exit_code = exit_ok;
    return out;
}

Loaded load_with_rules(const std::string& file) {
    Loaded l = load(file);
    if (!l.document) return l;
    Problems problems;
    resolve_params(l.document->arrangement, &problems);
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!problems.empty()) return Loaded{std::nullopt, exit_invalid_file};
    return l;
}

std::optional<Date> parse_date_option(const Args& args, const char* name, int& exit_code) {
    std::string text = *args.option(name);
    auto d = Date::parse(text);
    if (!d) exit_code = usage_error(args.command, "--" + std::string(name) + " \"" + text + "\" is not a date YYYY-MM-DD");
    return d;
}

Out hours_json(double hours) {
    double rounded = std::round(hours * 100.0) / 100.0;
    if (rounded == 0) rounded = 0;  // no "-0"
    if (rounded == std::trunc(rounded) && std::fabs(rounded) < 9e15) return Out(static_cast<int64_t>(rounded));
    return Out(rounded);
}

namespace {

// [SECTION] Command table and main ----------------------------------------------------
const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"validate", "FILE", "check FILE; count its assistants, shifts and absences",
         {"FILE"}, {}, run_validate},
        {"check", "FILE [--from DATE] [--to DATE]",
         "check FILE's plan against the working-time rules; violations whose time is within from..to",
         {"FILE"}, {{"from", false}, {"to", false}}, run_check},
        {"hours", "FILE --from DATE --to DATE",
         "clock and paid hours of planned and worked shifts on the days from..to, per assistant",
         {"FILE"}, {{"from", true}, {"to", true}}, run_hours},
        {"holidays", "--jurisdiction NO|DK --year Y",
         "public holidays and supplement days of year Y (1900..2100)",
         {}, {{"jurisdiction", true}, {"year", true}}, run_holidays},
        {"timekonto", "FILE --year Y [--today DATE]",
         "the hours account of year Y per ISO week: decided, used, saved and the running balance",
         {"FILE"}, {{"year", true}, {"today", false}}, run_timekonto},
        {"leave", "FILE --assistant ID --on DATE",
         "an assistant's egenmelding, child-sick days and vacation on a day (null where the country has none)",
         {"FILE"}, {{"assistant", true}, {"on", true}}, run_leave},
        {"notice", "FILE --assistant ID --on DATE [--by employer|employee]",
         "the notice period for notice given on DATE (default by the employer), and when it ends",
         {"FILE"}, {{"assistant", true}, {"on", true}, {"by", false}}, run_notice},
        {"propose", "FILE --from DATE --weeks N [--seed S]",
         "a proposed work plan for N weeks (1..12) from a Monday that covers the weekly need within the rules",
         {"FILE"}, {{"from", true}, {"weeks", true}, {"seed", false}}, run_propose},
        {"deadlines", "FILE --from DATE --to DATE",
         "every deadline dated from..to: kind, assistant, what it is about and a title",
         {"FILE"}, {{"from", true}, {"to", true}}, run_deadlines},
        {"ics", "FILE --from DATE --to DATE",
         "the same deadlines as an iCalendar file (RFC 5545) for calendar programs",
         {"FILE"}, {{"from", true}, {"to", true}}, run_ics},
    };
    return table;
}

void print_help() {
    std::printf(
        "usage: bpa COMMAND ARGS...\n"
        "\n"
        "Reads files of the BPA arbeidsleder tool (format \"%s\", version %d) and prints JSON\n"
        "on standard output (ics: an iCalendar file).\n"
        "\n"
        "commands:\n",
        format_name, format_version);
    for (const auto& c : commands()) {
        std::string left = std::string(c.name) + " " + c.synopsis;
        std::printf("  %-42s %s\n", left.c_str(), c.summary);
    }
    std::printf(
        "\n"
        "exit status: 0 success; 1 check found rule errors; 2 the file is not valid or cannot be\n"
        "read (one line per problem on standard error: FILE: path: message); 64 usage error.\n"
        "bpa COMMAND --help shows one command's usage.\n");
}

}  // namespace

}  // namespace bpa::cli

int main(int argc, char** argv) {
    using namespace bpa::cli;
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
