// The rule catalog: the profiles of assets/rules/*.json (compiled in by CMake),
// the parameters in force for an arrangement, and the texts filled in.
//
// [SECTION] Text helpers
// [SECTION] Reading the profiles
// [SECTION] Catalog
// [SECTION] Parameters
// [SECTION] Texts
#include <cctype>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "core/rules/compare.h"
#include "core/rules/format.h"
#include "core/rules/rules.h"
#include "core/wording.h"

namespace bpa::rules_data {
// Defined in the build directory's generated/core/rules_data.cpp (see CMakeLists.txt).
extern const char* const no_json;
extern const char* const dk_json;
}  // namespace bpa::rules_data

namespace bpa {

// [SECTION] Text helpers -----------------------------------------------------------
namespace rules_detail {

std::string format_hours(double minutes) {
    long long m = std::llround(minutes);
    if (m < 0) m = 0;
    // Hundredths of an hour, rounded from whole minutes: 555 -> "9.25", 659 -> "10.98".
    const long long hundredths = (m * 100 + 30) / 60;
    return format_number(double(hundredths) / 100.0);
}

std::string format_number(double value) {
    if (!std::isfinite(value)) return "0";
    char buffer[64];
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
        return buffer;
    }
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    std::string s = buffer;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string format_date(Date d) { return d.str(); }

std::string format_time(const LocalDateTime& t) { return t.str().substr(11); }

std::string localize_arg(std::string_view text, std::string_view lang) {
    if (lang != "nb" && lang != "da") return std::string(text);
    if (auto d = Date::parse(text)) return local_date(*d, lang);
    if (text.size() == 8 && text[4] == '-' && text[5] == 'W' && std::isdigit(static_cast<unsigned char>(text[6])) &&
        std::isdigit(static_cast<unsigned char>(text[7])) && Date::parse(std::string(text.substr(0, 4)) + "-01-01")) {
        const std::string_view week = text.substr(6);
        return std::string(week.front() == '0' ? week.substr(1) : week);
    }
    // Otherwise only a plain decimal number: "-12.5". Times and words stay as they are.
    size_t i = 0, digits_before = 0, dot = std::string_view::npos, digits_after = 0;
    if (i < text.size() && text[i] == '-') ++i;
    for (; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch >= '0' && ch <= '9') {
            (dot == std::string_view::npos ? digits_before : digits_after)++;
        } else if (ch == '.' && dot == std::string_view::npos) {
            dot = i;
        } else {
            return std::string(text);
        }
    }
    std::string out(text);
    if (dot != std::string_view::npos && digits_before > 0 && digits_after > 0) out[dot] = ',';
    return out;
}

}  // namespace rules_detail

using namespace rules_detail;

const char* to_string(Severity s) { return s == Severity::Error ? "error" : "warning"; }

const std::string& RuleText::in(std::string_view lang) const {
    if (lang == "nb" && !nb.empty()) return nb;
    if (lang == "da" && !da.empty()) return da;
    return en;
}

// [SECTION] Reading the profiles ---------------------------------------------------
namespace {

using Ordered = nlohmann::ordered_json;

// The profiles are part of the program, checked by CMake (valid JSON) and by the
// unit tests (every field present): a broken profile is a build error, so this
// reader reports nothing and takes what it finds.
RuleText read_text(const Ordered& j) {
    RuleText t;
    if (!j.is_object()) return t;
    t.nb = j.value("nb", "");
    t.da = j.value("da", "");
    t.en = j.value("en", "");
    return t;
}

std::vector<RuleInfo> read_profile(const char* text) {
    std::vector<RuleInfo> rules;
    const Ordered doc = Ordered::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_array()) return rules;
    for (const auto& r : doc) {
        RuleInfo info;
        info.id = r.value("id", "");
        info.severity = r.value("severity", "error") == "warning" ? Severity::Warning : Severity::Error;
        if (auto p = r.find("params"); p != r.end() && p->is_object()) {
            for (auto it = p->begin(); it != p->end(); ++it) {
                RuleParam param;
                param.name = it.key();
                const Ordered& spec = it.value();
                if (auto d = spec.find("default"); d != spec.end()) param.value = Json::parse(d->dump());
                if (auto l = spec.find("label"); l != spec.end()) param.label = read_text(*l);
                if (auto m = spec.find("min"); m != spec.end() && m->is_number()) param.min = m->get<double>();
                if (auto m = spec.find("max"); m != spec.end() && m->is_number()) param.max = m->get<double>();
                if (auto c = spec.find("choices"); c != spec.end() && c->is_array())
                    for (const auto& choice : *c)
                        if (choice.is_string()) param.choices.push_back(choice.get<std::string>());
                info.params.push_back(std::move(param));
            }
        }
        info.source = r.value("source", "");
        if (auto t = r.find("title"); t != r.end()) info.title = read_text(*t);
        if (auto t = r.find("explanation"); t != r.end()) info.explanation = read_text(*t);
        if (auto t = r.find("message"); t != r.end()) info.message = read_text(*t);
        if (auto m = r.find("messages"); m != r.end() && m->is_object())
            for (auto it = m->begin(); it != m->end(); ++it) info.messages.emplace(it.key(), read_text(it.value()));
        rules.push_back(std::move(info));
    }
    return rules;
}

RuleParam other_param(std::string name, Json value, RuleText label, std::optional<double> min = std::nullopt,
                      std::optional<double> max = std::nullopt, std::vector<std::string> choices = {}) {
    RuleParam p;
    p.name = std::move(name);
    p.value = std::move(value);
    p.label = std::move(label);
    p.min = min;
    p.max = max;
    p.choices = std::move(choices);
    return p;
}

// The known parameters that are not working-time rules (README, "Rule
// parameters"), with a value of the right type. Which jurisdiction has a
// default is decided in other_params().
const std::vector<RuleParam>& all_other_params() {
    static const std::vector<RuleParam> params = {
        other_param("egenmelding_policy", "statutory",
                    {"Egenmelding: lovens regler (\"statutory\") eller utvidet (\"extended\")",
                     "Egenmelding: lovens regler (\"statutory\") eller udvidet (\"extended\")",
                     "Self-certified sick leave: statutory (\"statutory\") or extended (\"extended\")"},
                    std::nullopt, std::nullopt, {"statutory", "extended"}),
        other_param("vacation_days", 25, {"Feriedager per år", "Feriedage pr. år", "Vacation days a year"}, 0, 366),
        other_param("plan_notice_days", 14,
                    {"Varsel om ny arbeidsplan (dager)", "Varsel om ny arbejdsplan (dage)", "Notice of a new work plan (days)"},
                    0, 366),
        other_param("holiday_plan_notice_days", 28,
                    {"Varsel om ferie- og høytidsplan (dager)", "Varsel om ferie- og helligdagsplan (dage)",
                     "Notice of a holiday plan (days)"},
                    0, 366),
        other_param("passive_factor", 1.0 / 3.0,
                    {"Hvilende nattevakt teller som (andel av timen)", "Sovende nattevagt tæller som (andel af timen)",
                     "Passive night work counts as (share of the hour)"},
                    0, 1),
        other_param("timesheet_due_day", 15,
                    {"Timelisten leveres senest denne dagen i måneden etter", "Timesedlen afleveres senest denne dag i måneden efter",
                     "The timesheet is due by this day of the following month"},
                    1, 28),
        other_param("unused_late_percent", 10,
                    {"Advarsel når mer enn denne andelen av årets timer er ubrukt etter 1. oktober (%)",
                     "Advarsel, når mere end denne andel af årets timer er ubrugt efter 1. oktober (%)",
                     "Warn when more than this share of the year's hours is unused after 1 October (%)"},
                    0, 100),
        other_param("pay_day", 20,
                    {"Lønningsdag (dag i måneden)", "Lønudbetaling (dag i måneden)", "Pay day (day of the month)"},
                    1, 31),
    };
    return params;
}

}  // namespace

// [SECTION] Catalog ------------------------------------------------------------------
const std::vector<RuleInfo>& rule_catalog(Jurisdiction j) {
    static const std::vector<RuleInfo> no = read_profile(rules_data::no_json);
    static const std::vector<RuleInfo> dk = read_profile(rules_data::dk_json);
    return j == Jurisdiction::DK ? dk : no;
}

const RuleInfo* find_rule(Jurisdiction j, std::string_view id) {
    for (const auto& r : rule_catalog(j))
        if (r.id == id) return &r;
    return nullptr;
}

std::vector<const RuleInfo*> rules_only_in(Jurisdiction there, Jurisdiction here) {
    std::vector<const RuleInfo*> out;
    for (const auto& r : rule_catalog(there))
        if (!find_rule(here, r.id)) out.push_back(&r);
    return out;
}

// [SECTION] Parameters ---------------------------------------------------------------
const std::vector<RuleParam>& other_params(Jurisdiction j) {
    // README, "Rule parameters": egenmelding_policy, plan notice and passive night
    // pay are Norwegian; vacation days are in both. NO has no timesheet due day
    // (the municipality sets its own, seed 002 § 3.7); DK's is the 15th (seed 003
    // § 13.1). DK pays passive hours in full (RULES.md has no Danish passive rule).
    // The pay day has no default.
    static const std::vector<RuleParam> no = [] {
        std::vector<RuleParam> out;
        for (const auto& p : all_other_params())
            if (p.name != "timesheet_due_day" && p.name != "pay_day") out.push_back(p);
        return out;
    }();
    static const std::vector<RuleParam> dk = [] {
        std::vector<RuleParam> out;
        for (const auto& p : all_other_params())
            if (p.name == "vacation_days" || p.name == "unused_late_percent" || p.name == "timesheet_due_day")
                out.push_back(p);
            else if (p.name == "passive_factor") {
                out.push_back(p);
                out.back().value = 1.0;
            }
        return out;
    }();
    return j == Jurisdiction::DK ? dk : no;
}

double RuleParams::number(std::string_view name) const {
    auto it = values.find(name);
    return it != values.end() && it->second.is_number() ? it->second.get<double>() : 0.0;
}

bool RuleParams::flag(std::string_view name) const {
    auto it = values.find(name);
    return it != values.end() && it->second.is_boolean() && it->second.get<bool>();
}

std::string RuleParams::text(std::string_view name) const {
    auto it = values.find(name);
    return it != values.end() && it->second.is_string() ? it->second.get<std::string>() : std::string();
}

namespace {

const char* type_name(const Json& v) {
    if (v.is_boolean()) return "boolean";
    if (v.is_number()) return "number";
    return "string";
}

bool same_type(const Json& exemplar, const Json& v) {
    if (exemplar.is_boolean()) return v.is_boolean();
    if (exemplar.is_number()) return v.is_number();
    return v.is_string();
}

}  // namespace

RuleParams resolve_params(const Arrangement& a, Problems* problems) {
    const Jurisdiction j = a.jurisdiction;
    RuleParams out;
    std::vector<const RuleParam*> known;  // accepted names, in a stable order
    for (const auto& rule : rule_catalog(j))
        for (const auto& p : rule.params) {
            out.values.emplace(p.name, p.value);
            known.push_back(&p);
        }
    for (const auto& p : other_params(j)) out.values.emplace(p.name, p.value);
    // Every non-working-time name is accepted in both jurisdictions (a DK file
    // may carry the contract example's "egenmelding_policy"); it just has no
    // default where it does not apply.
    for (const auto& p : all_other_params()) known.push_back(&p);

    auto report = [&](Problem p) {
        if (problems) problems->push_back(std::move(p));
    };
    if (!a.rules.is_object()) {
        if (!a.rules.is_null()) report(Problem{"arrangement.rules", ProblemKind::WrongType, a.rules.dump(), "object", ""});
        return out;
    }
    for (auto it = a.rules.begin(); it != a.rules.end(); ++it) {
        const std::string& name = it.key();
        const Json& value = it.value();
        const std::string path = "arrangement.rules." + name;
        const RuleParam* spec = nullptr;
        for (const RuleParam* p : known)
            if (p->name == name) spec = p;
        if (!spec) {
            std::string names;
            for (const RuleParam* p : known) names += (names.empty() ? "" : ",") + p->name;
            report(Problem{path, ProblemKind::UnknownValue, name, names, ""});
            continue;
        }
        if (!same_type(spec->value, value)) {
            report(Problem{path, ProblemKind::WrongType, value.dump(), type_name(spec->value), ""});
            continue;
        }
        if (value.is_number()) {
            const double v = value.get<double>();
            if ((spec->min && v < *spec->min) || (spec->max && v > *spec->max) || !std::isfinite(v)) {
                report(Problem{path, ProblemKind::OutOfRange, value.dump(),
                               format_number(spec->min.value_or(0)) + ".." + format_number(spec->max.value_or(1e9)), ""});
                continue;
            }
        }
        if (value.is_string() && !spec->choices.empty()) {
            const std::string v = value.get<std::string>();
            bool allowed = false;
            std::string choices;
            for (const auto& c : spec->choices) {
                allowed = allowed || c == v;
                choices += (choices.empty() ? "" : ",") + c;
            }
            if (!allowed) {
                report(Problem{path, ProblemKind::UnknownValue, v, choices, ""});
                continue;
            }
        }
        out.values[name] = value;
    }
    return out;
}

std::optional<Json> rule_parameter(const Arrangement& a, std::string_view name, Problems* problems) {
    Problems found;
    RuleParams params = resolve_params(a, &found);
    if (problems) {
        const std::string path = "arrangement.rules." + std::string(name);
        for (auto& p : found)
            if (p.path == path) problems->push_back(std::move(p));
    }
    auto it = params.values.find(name);
    if (it == params.values.end()) return std::nullopt;
    return it->second;
}

std::optional<double> rule_number(const Arrangement& a, std::string_view name, Problems* problems) {
    auto v = rule_parameter(a, name, problems);
    if (!v || !v->is_number()) return std::nullopt;
    return v->get<double>();
}

// [SECTION] Texts ----------------------------------------------------------------------
std::string fill_template(std::string_view text, const std::map<std::string, std::string>& args,
                          std::string_view lang) {
    std::string local;
    return fill_placeholders(text, [&](std::string_view name) -> const std::string* {
        auto it = args.find(std::string(name));
        if (it == args.end()) return nullptr;
        local = localize_arg(it->second, lang);
        return &local;
    });
}

std::string rule_explanation(const RuleInfo& rule, const RuleParams& params, std::string_view lang) {
    std::map<std::string, std::string> args;
    for (const auto& [name, value] : params.values) {
        if (value.is_number())
            args[name] = format_number(value.get<double>());
        else if (value.is_boolean())
            args[name] = value.get<bool>() ? "true" : "false";
        else if (value.is_string())
            args[name] = value.get<std::string>();
    }
    return fill_template(rule.explanation.in(lang), args, lang);
}

std::string violation_message(const Violation& v, Jurisdiction j, std::string_view lang) {
    const RuleInfo* rule = find_rule(j, v.rule);
    if (!rule) return v.message;
    const RuleText* text = &rule->message;
    if (!v.variant.empty())
        if (auto it = rule->messages.find(v.variant); it != rule->messages.end()) text = &it->second;
    return fill_template(text->in(lang), v.args, lang);
}

}  // namespace bpa
