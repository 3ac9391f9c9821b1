// The `bpa` command line (CONTRACT.md, "Command line"): every command reads its
// arguments, prints one line of JSON on standard output (`ics`: an iCalendar
// file) and exits 0; an invalid or unreadable file exits 2 with one line per
// problem on standard error ("FILE: path: message"); a usage error exits 64.
//
// To add a command: write `int run_NAME(const Args&)` and add a row to `commands`.
//
// [SECTION] Exit codes and output
// [SECTION] Arguments
// [SECTION] Reading a file
// [SECTION] Commands
// [SECTION] Command table and main
#include <cerrno>
#include <chrono>
#include <cmath>
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

#include "core/deadlines.h"
#include "core/holidays.h"
#include "core/hours.h"
#include "core/ics.h"
#include "core/json_io.h"
#include "core/leave.h"
#include "core/rules/rules.h"
#include "core/plan.h"
#include "core/propose.h"

namespace {

using namespace bpa;
using Out = nlohmann::ordered_json;

// [SECTION] Exit codes and output ------------------------------------------------
constexpr int exit_ok = 0;
constexpr int exit_rule_errors = 1;   // `check` found a violation of severity "error"
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
    // The plan data (need, rotation, holiday plans) is the project's own part of
    // the file: checked too, so that a file the page would refuse to lay out is not valid.
    if (r.ok()) read_plan(*r.document, &r.problems);
    for (const auto& p : r.problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!r.problems.empty()) return out;
    out.document = std::move(r.document);
    out.exit_code = exit_ok;
    return out;
}

std::optional<Date> parse_date_option(const Args& args, const char* name, int& exit_code) {
    std::string text = *args.option(name);
    auto d = Date::parse(text);
    if (!d) exit_code = usage_error(args.command, "--" + std::string(name) + " \"" + text + "\" is not a date YYYY-MM-DD");
    return d;
}

// Hours rounded to 2 decimals; whole hours as integers (8, not 8.0).
Out hours_json(double hours) {
    double rounded = std::round(hours * 100.0) / 100.0;
    if (rounded == 0) rounded = 0;  // no "-0"
    if (rounded == std::trunc(rounded) && std::fabs(rounded) < 9e15) return Out(static_cast<int64_t>(rounded));
    return Out(rounded);
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

int run_hours(const Args& args) {
    int code = exit_ok;
    auto from = parse_date_option(args, "from", code);
    if (!from) return code;
    auto to = parse_date_option(args, "to", code);
    if (!to) return code;
    if (*to < *from) return usage_error(args.command, "--to " + to->str() + " is before --from " + from->str());

    const std::string& file = args.positional[0];
    Loaded l = load(file);
    if (!l.document) return l.exit_code;
    const Document& doc = *l.document;
    Problems problems;
    double factor = passive_factor_of(doc.arrangement, &problems);
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!problems.empty()) return exit_invalid_file;

    HoursResult h = hours_between(doc, *from, *to, factor);
    Out assistants = Out::array();
    for (const auto& a : h.assistants)
        assistants.push_back(Out{{"id", a.assistant}, {"clock_hours", hours_json(a.clock.hours())},
                                 {"paid_hours", hours_json(a.paid_hours)}});
    Out j = Out::object();
    j["assistants"] = std::move(assistants);
    j["clock_hours"] = hours_json(h.clock.hours());
    j["paid_hours"] = hours_json(h.paid_hours);
    return print_json(j);
}

// check FILE [--from DATE] [--to DATE]: the rule engine's violations. Invalid
// rule overrides (arrangement.rules) make the file invalid for this command.
int run_check(const Args& args) {
    CheckOptions options;
    for (const char* name : {"from", "to"}) {
        auto text = args.option(name);
        if (!text) continue;
        auto date = Date::parse(*text);
        if (!date)
            return usage_error(args.command, std::string("--") + name + " \"" + *text + "\" is not a date YYYY-MM-DD");
        (std::string_view(name) == "from" ? options.from : options.to) = date;
    }
    if (options.from && options.to && *options.to < *options.from)
        return usage_error(args.command, "--to " + options.to->str() + " is before --from " + options.from->str());

    const std::string& file = args.positional[0];
    Loaded l = load(file);
    if (!l.document) return l.exit_code;
    const Document& doc = *l.document;
    Problems problems;
    resolve_params(doc.arrangement, &problems);
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!problems.empty()) return exit_invalid_file;

    bool errors = false;
    Out violations = Out::array();
    for (const Violation& v : check(doc, options)) {
        errors = errors || v.severity == Severity::Error;
        Out item = Out::object();
        item["rule"] = v.rule;
        item["severity"] = to_string(v.severity);
        item["assistant"] = v.assistant.empty() ? Out(nullptr) : Out(v.assistant);  // null: arrangement-wide
        item["shifts"] = v.shifts;
        item["at"] = v.at.str();
        item["message"] = v.message;
        item["source"] = v.source;
        violations.push_back(std::move(item));
    }
    Out j = Out::object();
    j["violations"] = std::move(violations);
    print_json(j);
    return errors ? exit_rule_errors : exit_ok;
}

// timekonto FILE --year Y [--today DATE]: the hours account (core/hours.h).
// CONTRACT.md names no default for --today; without it the whole year is past
// (today = 31 December of Y), so the output does not depend on the day it runs
// and only worked shifts count. Invalid extra grants (a 4th Danish grant in a
// year) make the file invalid for this command.
int run_timekonto(const Args& args) {
    std::string year_text = *args.option("year");
    auto year = parse_int(year_text);
    if (!year || *year < 1900 || *year > 2100)
        return usage_error(args.command, "year \"" + year_text + "\" is not a year 1900..2100");
    Date today = *Date::from_ymd(*year, 12, 31);
    if (args.option("today")) {
        int code = exit_ok;
        auto d = parse_date_option(args, "today", code);
        if (!d) return code;
        today = *d;
    }

    const std::string& file = args.positional[0];
    Loaded l = load(file);
    if (!l.document) return l.exit_code;
    const Document& doc = *l.document;
    Problems problems;
    read_extra_grants(doc, &problems);
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!problems.empty()) return exit_invalid_file;

    const HoursAccount account = hours_account(doc, *year, today);
    Out weeks = Out::array();
    for (const auto& w : account.weeks)
        weeks.push_back(Out{{"week", w.week.week}, {"from", w.from.str()}, {"to", w.to.str()},
                            {"decided", hours_json(w.decided)}, {"used", hours_json(w.used)},
                            {"saved", hours_json(w.saved)}, {"balance", hours_json(w.balance)}});
    Out j = Out::object();
    j["year"] = *year;
    j["decided"] = hours_json(account.decided);
    j["used"] = hours_json(account.used);
    j["balance"] = hours_json(account.balance);
    j["weeks"] = std::move(weeks);
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
    const std::string from = TimeOfDay(supplement_from_minute).str();
    Out supplements = Out::array();
    for (const auto& h : supplement_days(*jurisdiction, *year))
        supplements.push_back(Out{{"date", h.date.str()}, {"name", h.name}, {"from", from}});
    Out j = Out::object();
    j["holidays"] = std::move(holidays);
    j["supplement_days"] = std::move(supplements);
    return print_json(j);
}

// The assistant named by --assistant; a usage error (exit 64) when the file has none by that id.
const Assistant* assistant_option(const Args& args, const Document& doc, int& exit_code) {
    std::string id = *args.option("assistant");
    const Assistant* a = doc.find_assistant(id);
    if (!a) exit_code = usage_error(args.command, "unknown assistant \"" + id + "\" in " + args.positional[0]);
    return a;
}

Out optional_int(const std::optional<int>& v) { return v ? Out(*v) : Out(nullptr); }

int run_leave(const Args& args) {
    int code = exit_ok;
    auto on = parse_date_option(args, "on", code);
    if (!on) return code;
    Loaded l = load(args.positional[0]);
    if (!l.document) return l.exit_code;
    const Assistant* a = assistant_option(args, *l.document, code);
    if (!a) return code;
    const LeaveSummary s = leave_summary(*l.document, *a, *on);
    Out j = Out::object();
    if (s.egenmelding) {
        const EgenmeldingStatus& e = *s.egenmelding;
        j["egenmelding"] = Out{{"policy", to_string(e.policy)}, {"eligible", e.eligible},
                               {"days_used", e.days_used}, {"occasions_used", e.occasions_used},
                               {"days_left", optional_int(e.days_left)}, {"occasions_left", optional_int(e.occasions_left)}};
    } else {
        j["egenmelding"] = nullptr;  // NO only
    }
    j["child_sick"] = Out{{"days_per_year", optional_int(s.child_sick.days_per_year)}, {"used", s.child_sick.used},
                          {"left", optional_int(s.child_sick.left)}};
    j["vacation"] = Out{{"year", s.vacation.year}, {"entitled", hours_json(s.vacation.entitled)},
                        {"taken_or_planned", s.vacation.taken_or_planned}, {"left", hours_json(s.vacation.left)}};
    return print_json(j);
}

int run_notice(const Args& args) {
    int code = exit_ok;
    auto on = parse_date_option(args, "on", code);
    if (!on) return code;
    NoticeBy by = NoticeBy::Employer;
    if (auto text = args.option("by")) {
        if (*text == "employee") by = NoticeBy::Employee;
        else if (*text != "employer")
            return usage_error(args.command, "--by \"" + *text + "\" is not employer or employee");
    }
    Loaded l = load(args.positional[0]);
    if (!l.document) return l.exit_code;
    const Assistant* a = assistant_option(args, *l.document, code);
    if (!a) return code;
    const NoticePeriod p = notice_period(l.document->arrangement.jurisdiction, *a, *on, by);
    Out j = Out::object();
    j[p.unit == NoticePeriod::Unit::Days ? "days" : "months"] = p.count;
    if (p.ends) j["ends"] = p.ends->str();
    return print_json(j);
}

// propose FILE --from DATE --weeks N [--seed S]: a work plan for N weeks from a
// Monday that covers the weekly need (core/propose.h). Invalid rule overrides
// make the file invalid for this command, as for `check`.
int run_propose(const Args& args) {
    int code = exit_ok;
    auto from = parse_date_option(args, "from", code);
    if (!from) return code;
    if (from->weekday() != Weekday::Monday)
        return usage_error(args.command, "--from " + from->str() + " is not a Monday");
    const std::string weeks_text = *args.option("weeks");
    auto weeks = parse_int(weeks_text);
    if (!weeks || *weeks < 1 || *weeks > 12)
        return usage_error(args.command, "--weeks \"" + weeks_text + "\" is not a number of weeks 1..12");
    uint64_t seed = 1;
    if (auto text = args.option("seed")) {
        auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), seed);
        if (text->empty() || ec != std::errc() || end != text->data() + text->size())
            return usage_error(args.command, "--seed \"" + *text + "\" is not a whole number 0 or more");
    }

    const std::string& file = args.positional[0];
    Loaded l = load(file);
    if (!l.document) return l.exit_code;
    const Document& doc = *l.document;
    Problems problems;
    resolve_params(doc.arrangement, &problems);
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!problems.empty()) return exit_invalid_file;

    ProposeOptions options;
    options.from = *from;
    options.weeks = *weeks;
    options.seed = seed;
    const Proposal proposal = propose(doc, options);
    Out shifts = Out::array();
    for (const Shift& s : proposal.shifts)
        shifts.push_back(Out{{"assistant", s.assistant}, {"start", s.start.str()}, {"end", s.end.str()},
                             {"break_minutes", s.break_minutes}, {"passive_night", s.passive_night}});
    Out assistants = Out::array();
    for (const ProposedHours& h : proposal.assistants)
        assistants.push_back(Out{{"id", h.assistant}, {"hours", hours_json(h.hours)},
                                 {"contract_hours", hours_json(h.contract_hours)}});
    Out j = Out::object();
    j["shifts"] = std::move(shifts);
    j["uncovered_minutes"] = proposal.uncovered_minutes;
    j["assistants"] = std::move(assistants);
    return print_json(j);
}

// deadlines FILE --from DATE --to DATE and ics FILE --from DATE --to DATE: the
// contract's deadline kinds (core/deadlines.h), as JSON or as an iCalendar file.
// Invalid rule overrides (plan_notice_days, ...) make the file invalid, as for `check`.
struct LoadedDeadlines {
    std::optional<Document> document;
    std::vector<Deadline> deadlines;
    int exit_code = exit_ok;
};

LoadedDeadlines load_deadlines(const Args& args) {
    LoadedDeadlines out;
    auto from = parse_date_option(args, "from", out.exit_code);
    if (!from) return out;
    auto to = parse_date_option(args, "to", out.exit_code);
    if (!to) return out;
    if (*to < *from) {
        out.exit_code = usage_error(args.command, "--to " + to->str() + " is before --from " + from->str());
        return out;
    }
    const std::string& file = args.positional[0];
    Loaded l = load(file);
    if (!l.document) {
        out.exit_code = l.exit_code;
        return out;
    }
    Problems problems;
    resolve_params(l.document->arrangement, &problems);
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", format_problem(file, p).c_str());
    if (!problems.empty()) {
        out.exit_code = exit_invalid_file;
        return out;
    }
    out.deadlines = deadlines(*l.document, *from, *to);
    out.document = std::move(l.document);
    return out;
}

Out null_if_empty(const std::string& s) { return s.empty() ? Out(nullptr) : Out(s); }

int run_deadlines(const Args& args) {
    LoadedDeadlines l = load_deadlines(args);
    if (!l.document) return l.exit_code;
    Out list = Out::array();
    for (const Deadline& d : l.deadlines)
        list.push_back(Out{{"date", d.date.str()}, {"kind", d.kind}, {"assistant", null_if_empty(d.assistant)},
                           {"ref", null_if_empty(d.ref)}, {"title", d.title}});
    Out j = Out::object();
    j["deadlines"] = std::move(list);
    return print_json(j);
}

// DTSTAMP is the time of the export (RFC 5545 3.8.7.2), in UTC.
UtcMinutes utc_now() {
    using namespace std::chrono;
    return UtcMinutes{duration_cast<minutes>(system_clock::now().time_since_epoch()).count()};
}

int run_ics(const Args& args) {
    LoadedDeadlines l = load_deadlines(args);
    if (!l.document) return l.exit_code;
    const std::string text = ics_calendar(l.deadlines, IcsOptions{l.document->arrangement.name, utc_now()});
    std::fwrite(text.data(), 1, text.size(), stdout);
    return exit_ok;
}

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
