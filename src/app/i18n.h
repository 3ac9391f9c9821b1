// Translation tables (assets/i18n/<lang>.json) and lookup.
//
// A table is a flat JSON object from key to text. A text may instead be an
// object {"NO": "...", "DK": "..."} where the word follows the jurisdiction
// (assistent / hjelper, vedtak / afgørelse). Placeholders are written {name}.
#pragma once

#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/holidays.h"
#include "core/problem.h"

namespace bpa {

enum class Language { Nb, Da, En };
inline constexpr std::array<Language, 3> all_languages = {Language::Nb, Language::Da, Language::En};
const char* to_string(Language l);                          // "nb" | "da" | "en"
std::optional<Language> parse_language(std::string_view s);

struct TranslationTable {
    struct Entry {
        std::string text;                    // used when no jurisdiction variant applies
        std::optional<std::string> no, dk;   // jurisdiction variants
    };
    std::map<std::string, Entry, std::less<>> entries;

    // Problems (with the key as path) for values that are neither strings nor {"NO","DK"} objects.
    static TranslationTable parse(std::string_view json_text, Problems& problems);
    const std::string* find(std::string_view key, Jurisdiction j) const;
};

class I18n {
public:
    void set_table(Language l, TranslationTable t) {
        tables_[index(l)] = std::move(t);
        sources_[index(l)].reset();
        problems_[index(l)].clear();
    }
    // A table given as its JSON text is read the first time it is needed.
    void set_source(Language l, std::string json_text) {
        tables_[index(l)] = {};
        sources_[index(l)] = std::move(json_text);
        problems_[index(l)].clear();
    }
    const TranslationTable& table(Language l) const {
        read(l);
        return tables_[index(l)];
    }
    // The problems of the table's text (read now if not yet read).
    const Problems& problems(Language l) const {
        read(l);
        return problems_[index(l)];
    }

    Language language = Language::Nb;
    Jurisdiction jurisdiction = Jurisdiction::NO;

    // The text for `key` in the current language, falling back to English and
    // then to the key itself (so a missing text is visible, never empty).
    const char* tr(std::string_view key) const;
    // tr() with {name} placeholders replaced.
    std::string fmt(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> args) const;
    // A number with at most `decimals` decimals, trailing zeros dropped, with a
    // decimal comma in nb and da: 37.5 -> "37,5", 20.0 -> "20".
    std::string number(double v, int decimals = 2) const;
    // An amount of money with two decimals always: 0 -> "0,00", 1234.5 -> "1234,50".
    std::string amount(double v) const;
    // A date as written in the language: "30.11.2026" in nb and da, "2026-11-30" in en.
    std::string date(Date d) const;
    // A date and time: "30.11.2026 08:00" in nb and da, "2026-11-30 08:00" in en.
    std::string date_time(const LocalDateTime& t) const;
    // A problem from the JSON reader in the current language: "path: message".
    std::string describe(const Problem& p) const;

private:
    static size_t index(Language l) { return static_cast<size_t>(l); }
    void read(Language l) const;
    // Tables are read on first use, from const lookups too.
    mutable std::array<TranslationTable, 3> tables_;
    mutable std::array<std::optional<std::string>, 3> sources_;
    mutable std::array<Problems, 3> problems_;
};

std::string replace_placeholders(std::string_view text,
                                 std::initializer_list<std::pair<std::string_view, std::string>> args);

}  // namespace bpa
