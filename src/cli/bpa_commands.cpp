// The commands of `bpa` (bpa_detail.h): each reads its arguments and a file,
// prints one line of JSON (`ics`: an iCalendar file) and returns the exit code.
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "cli/bpa_detail.h"
#include "core/deadlines.h"
#include "core/holidays.h"
#include "core/hours.h"
#include "core/ics.h"
#include "core/json_io.h"
#include "core/leave.h"
#include "core/plan.h"
#include "core/propose.h"
#include "core/rules/rules.h"

namespace bpa::cli {

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

    Loaded l = load_with_rules(args.positional[0]);
    if (!l.document) return l.exit_code;
    const Document& doc = *l.document;

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
    const std::string from = supplement_from.str();
    Out supplements = Out::array();
    for (const auto& h : supplement_days(*jurisdiction, *year))
        supplements.push_back(Out{{"date", h.date.str()}, {"name", h.name}, {"from", from}});
    Out j = Out::object();
    j["holidays"] = std::move(holidays);
    j["supplement_days"] = std::move(supplements);
    return print_json(j);
}

namespace {

// The assistant named by --assistant; a usage error (exit 64) when the file has none by that id.
const Assistant* assistant_option(const Args& args, const Document& doc, int& exit_code) {
    std::string id = *args.option("assistant");
    const Assistant* a = doc.find_assistant(id);
    if (!a) exit_code = usage_error(args.command, "unknown assistant \"" + id + "\" in " + args.positional[0]);
    return a;
}

Out optional_int(const std::optional<int>& v) { return v ? Out(*v) : Out(nullptr); }

}  // namespace

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
    // Dates are written YYYY-MM-DD: a period ending after year 9999 has no date to print.
    if (p.ends && *p.ends > *Date::from_ymd(9999, 12, 31))
        return usage_error(args.command, "--on " + on->str() + ": the notice period would end after 9999-12-31");
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

    Loaded l = load_with_rules(args.positional[0]);
    if (!l.document) return l.exit_code;
    const Document& doc = *l.document;

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

namespace {

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
    Loaded l = load_with_rules(args.positional[0]);
    if (!l.document) {
        out.exit_code = l.exit_code;
        return out;
    }
    out.deadlines = deadlines(*l.document, *from, *to);
    out.document = std::move(l.document);
    return out;
}

Out null_if_empty(const std::string& s) { return s.empty() ? Out(nullptr) : Out(s); }

}  // namespace

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

namespace {

// DTSTAMP is the time of the export (RFC 5545 3.8.7.2), in UTC.
UtcMinutes utc_now() {
    using namespace std::chrono;
    return UtcMinutes{duration_cast<minutes>(system_clock::now().time_since_epoch()).count()};
}

}  // namespace

int run_ics(const Args& args) {
    LoadedDeadlines l = load_deadlines(args);
    if (!l.document) return l.exit_code;
    const std::string text = ics_calendar(l.deadlines, IcsOptions{l.document->arrangement.name, utc_now()});
    std::fwrite(text.data(), 1, text.size(), stdout);
    return exit_ok;
}

}  // namespace bpa::cli
