#include "app/i18n.h"

#include "core/wording.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace bpa {

const char* to_string(Language l) {
    switch (l) {
        case Language::Nb: return "nb";
        case Language::Da: return "da";
        case Language::En: return "en";
    }
    return "nb";
}

std::optional<Language> parse_language(std::string_view s) {
    if (s == "nb") return Language::Nb;
    if (s == "da") return Language::Da;
    if (s == "en") return Language::En;
    return std::nullopt;
}

TranslationTable TranslationTable::parse(std::string_view json_text, Problems& problems) {
    TranslationTable t;
    nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problems.push_back({"", ProblemKind::ParseError, "", "a translation table must be a JSON object"});
        return t;
    }
    for (auto& [key, value] : j.items()) {
        Entry e;
        if (value.is_string()) {
            e.text = value.get<std::string>();
        } else if (value.is_object() && value.contains("NO") && value.contains("DK") &&
                   value["NO"].is_string() && value["DK"].is_string() && value.size() == 2) {
            e.no = value["NO"].get<std::string>();
            e.dk = value["DK"].get<std::string>();
            e.text = *e.no;
        } else {
            problems.push_back({key, ProblemKind::WrongType, "", "a string or {\"NO\": ..., \"DK\": ...}"});
            continue;
        }
        t.entries.emplace(key, std::move(e));
    }
    return t;
}

const std::string* TranslationTable::find(std::string_view key, Jurisdiction j) const {
    auto it = entries.find(key);
    if (it == entries.end()) return nullptr;
    const Entry& e = it->second;
    if (j == Jurisdiction::NO && e.no) return &*e.no;
    if (j == Jurisdiction::DK && e.dk) return &*e.dk;
    return &e.text;
}

void I18n::read(Language l) const {
    auto& source = sources_[index(l)];
    if (!source) return;
    std::string text = std::move(*source);
    source.reset();
    tables_[index(l)] = TranslationTable::parse(text, problems_[index(l)]);
}

const char* I18n::tr(std::string_view key) const {
    if (const std::string* s = table(language).find(key, jurisdiction)) return s->c_str();
    if (const std::string* s = table(Language::En).find(key, jurisdiction)) return s->c_str();
    // Keep missing keys visible; they are also caught by the completeness test.
    static thread_local std::string missing;
    missing.assign(key);
    return missing.c_str();
}

std::string replace_placeholders(std::string_view text,
                                 std::initializer_list<std::pair<std::string_view, std::string>> args) {
    return fill_placeholders(text, [&](std::string_view name) -> const std::string* {
        for (const auto& [k, v] : args)
            if (k == name) return &v;
        return nullptr;
    });
}

std::string I18n::fmt(std::string_view key,
                      std::initializer_list<std::pair<std::string_view, std::string>> args) const {
    return replace_placeholders(tr(key), args);
}

std::string I18n::number(double v, int decimals) const {
    char buf[64];
    snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    if (language != Language::En)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string I18n::amount(double v) const {
    char buf[64];
    snprintf(buf, sizeof buf, "%.2f", std::fabs(v) < 0.005 ? 0.0 : v);
    std::string s = buf;
    if (language != Language::En)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string I18n::date(Date d) const { return local_date(d, to_string(language)); }

std::string I18n::date_time(const LocalDateTime& t) const { return date(t.date) + " " + t.time().str(); }

std::string I18n::describe(const Problem& p) const {
    std::string key = std::string("problem.") + kind_id(p.kind);
    std::string detail = p.detail;
    if (p.kind == ProblemKind::WrongType) {
        // JSON type names ("string", "string or null") in the reader's words.
        std::string type_key = "type." + detail;
        for (char& c : type_key) if (c == ' ') c = '_';
        if (table(language).find(type_key, jurisdiction)) detail = tr(type_key);
    }
    std::string msg = fmt(key, {{"value", p.value}, {"detail", detail}, {"other", p.other}});
    if (p.path.empty()) return msg;
    return p.path + ": " + msg;
}

}  // namespace bpa
