// The rule engine: working-time law and handbook guidance checked against the
// plan (RULES.md: "Working time — Norway", "Working time — Denmark", "Both").
//
// Every rule is data plus a small function. The data (id, severity, parameters
// with their defaults, source, plain-words explanation and message templates in
// nb, da and en) is in assets/rules/no.json and dk.json, compiled into the core;
// the function is in rules/engine*.cpp. An arrangement overrides parameters in
// `arrangement.rules` by name.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/problem.h"

namespace bpa {

enum class Severity { Error, Warning };  // error = law, warning = guidance
const char* to_string(Severity s);       // "error" | "warning"

struct RuleText {
    std::string nb, da, en;
    const std::string& in(std::string_view lang) const;  // "nb" | "da" | "en"; falls back to en
};

struct RuleParam {
    std::string name;   // as in arrangement.rules, e.g. "daily_rest_hours"
    Json value;         // the default for the jurisdiction (number, bool or string)
    RuleText label;     // what the parameter is, for the settings screen
    std::optional<double> min, max;    // numbers: the allowed range, inclusive
    std::vector<std::string> choices;  // strings: the allowed values (empty = any)
};

struct RuleInfo {
    std::string id;                 // e.g. "daily_rest"
    Severity severity = Severity::Error;
    std::vector<RuleParam> params;  // defaults for the jurisdiction
    std::string source;             // e.g. "AML § 10-8 (1); seed 000 § 4.3"
    RuleText title;                 // short name
    RuleText explanation;           // plain words, for the violations panel and teaching
    RuleText message;               // one violation, with {placeholders} filled from Violation::args
    std::map<std::string, RuleText, std::less<>> messages;  // other wordings, by Violation::variant
};

// The rules in force in a jurisdiction, in a stable order.
const std::vector<RuleInfo>& rule_catalog(Jurisdiction j);
const RuleInfo* find_rule(Jurisdiction j, std::string_view id);

// Parameters in force: the jurisdiction's defaults with the arrangement's overrides.
// Overrides with an unknown name or the wrong type are reported (path "arrangement.rules.<name>").
struct RuleParams {
    std::map<std::string, Json, std::less<>> values;
    double number(std::string_view name) const;
    bool flag(std::string_view name) const;
    std::string text(std::string_view name) const;
};
RuleParams resolve_params(const Arrangement& a, Problems* problems = nullptr);

// One parameter in force, the way every reader in the program gets it: the
// arrangement's override when it is valid (name, type, range, choices),
// else the jurisdiction's default from the catalog; nullopt when it has
// neither. `problems` receives what is wrong with this parameter's override.
std::optional<Json> rule_parameter(const Arrangement& a, std::string_view name, Problems* problems = nullptr);
std::optional<double> rule_number(const Arrangement& a, std::string_view name, Problems* problems = nullptr);

// Parameters that belong to other parts of the program (leave, vacation, plan
// notice, passive night pay), not to a working-time rule: accepted and
// type-checked by resolve_params, with their defaults where the jurisdiction has one.
const std::vector<RuleParam>& other_params(Jurisdiction j);

// The explanation in a language with {parameter} placeholders filled from `params`.
std::string rule_explanation(const RuleInfo& rule, const RuleParams& params, std::string_view lang);

struct Violation {
    std::string rule;                        // rule id
    Severity severity = Severity::Error;
    std::string assistant;                   // assistant id; "" for arrangement-wide rules
    std::vector<std::string> shifts;         // ids of the shifts involved
    LocalDateTime at;                        // where it happens (start of the window or shift)
    std::map<std::string, std::string> args; // values for the message template, e.g. {"rest": "10.98", "limit": "11"}
    std::string variant;                     // "" = RuleInfo::message, else a key of RuleInfo::messages
    std::string message;                     // English, for the command line
    std::string source;
};

struct CheckOptions {
    std::optional<Date> from;  // only violations whose `at` is within from..to (inclusive days)
    std::optional<Date> to;
};

// Checks the whole document. Cancelled shifts count for nothing. Deterministic
// order: by `at`, then rule id, then assistant.
std::vector<Violation> check(const Document& doc, const CheckOptions& options = {});

// The message in a language: the rule's template with the violation's args.
// Durations are decimal hours; in nb and da numbers get a decimal comma, dates
// are written "30.11.2026" and ISO weeks by their number; English keeps
// "2026-11-30" and "2026-W49" (the command line's messages).
std::string violation_message(const Violation& v, Jurisdiction j, std::string_view lang);

// `text` with each {name} replaced by args[name] as the language writes it, and
// {name|one|other} by the word for that number (wording.h); unknown names stay as written.
std::string fill_template(std::string_view text, const std::map<std::string, std::string>& args,
                          std::string_view lang);

}  // namespace bpa
