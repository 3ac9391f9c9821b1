#include "app/i18n.h"

#include "core/wording.h"

#include <cctype>
#include <cmath>
#include <cstdio>

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

namespace {

// A reader of exactly the translation table's shape: one JSON object whose
// values are strings or {"NO": string, "DK": string}. The tables are read
// before the page's first frame, and the general JSON reader would first build
// a tree of every value (and its code would be compiled for that first).
class TableReader {
public:
    explicit TableReader(std::string_view text) : s_(text) {}

    bool read(TranslationTable& t, Problems& problems) {
        if (!eat('{')) return fail("expected '{'");
        if (eat('}')) return end();
        std::string key;
        do {
            if (!string(key) || !eat(':')) return fail("expected a key and ':'");
            space();
            TranslationTable::Entry e;
            const Value v = peek('"') ? (string(e.text) ? Value::Text : Value::Broken) : pair(e);
            if (v == Value::Broken) return false;
            if (v == Value::Other) {
                problems.push_back({key, ProblemKind::WrongType, "", "a string or {\"NO\": ..., \"DK\": ...}"});
                continue;
            }
            t.entries.insert_or_assign(key, std::move(e));
        } while (eat(','));
        if (!eat('}')) return fail("expected ',' or '}'");
        return end();
    }
    const std::string& error() const { return error_; }

private:
    enum class Value { Text, Other, Broken };  // the entry's kind, Broken for text that is not JSON

    // {"NO": "...", "DK": "..."} into e; Other for any other well-formed value.
    Value pair(TranslationTable::Entry& e) {
        if (!peek('{')) return skip(0) ? Value::Other : Value::Broken;
        ++i_;
        std::string k, v;
        int seen = 0;
        bool shape = true;
        if (!eat('}')) do {
            if (!string(k) || !eat(':')) return fail("expected a key and ':'"), Value::Broken;
            space();
            if (!peek('"')) {
                if (!skip(1)) return Value::Broken;
                shape = false;
                continue;
            }
            if (!string(v)) return Value::Broken;
            if (k == "NO" && !e.no) e.no = std::move(v), seen |= 1;
            else if (k == "DK" && !e.dk) e.dk = std::move(v), seen |= 2;
            else shape = false;
        } while (eat(','));
        if (!eat('}')) return fail("expected ',' or '}'"), Value::Broken;
        if (!shape || seen != 3) return Value::Other;
        e.text = *e.no;
        return Value::Text;
    }

    // Skips any JSON value (depth-limited); false when it is not well-formed.
    bool skip(int depth) {
        if (depth > 64) return fail("nested too deeply");
        space();
        if (i_ >= s_.size()) return fail("unexpected end");
        const char c = s_[i_];
        if (c == '"') {
            std::string ignored;
            return string(ignored);
        }
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++i_;
            if (eat(close)) return true;
            do {
                std::string ignored;
                if (c == '{' && (!string(ignored) || !eat(':'))) return fail("expected a key and ':'");
                if (!skip(depth + 1)) return false;
            } while (eat(','));
            return eat(close) || fail("expected ',' or a closing bracket");
        }
        const size_t from = i_;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' || s_[i_] == '+' || s_[i_] == '.'))
            ++i_;
        const std::string_view word = s_.substr(from, i_ - from);
        if (word == "true" || word == "false" || word == "null") return true;
        if (!word.empty() && (std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '-')) return true;
        return fail("expected a value");
    }

    bool string(std::string& out) {
        space();
        if (!peek('"')) return fail("expected a string");
        ++i_;
        out.clear();
        while (i_ < s_.size()) {
            const char c = s_[i_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return fail("a control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) break;
            switch (const char esc = s_[i_++]) {
                case '"': case '\\': case '/': out += esc; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = 0;
                    if (!hex4(cp)) return fail("a bad \\u escape");
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        unsigned low = 0;
                        if (!(s_.substr(i_, 2) == "\\u") || (i_ += 2, !hex4(low)) || low < 0xDC00 || low > 0xDFFF)
                            return fail("a lone surrogate in a \\u escape");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return fail("a lone surrogate in a \\u escape");
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: return fail("a bad escape in a string");
            }
        }
        return fail("a string without its end");
    }
    bool hex4(unsigned& v) {
        if (i_ + 4 > s_.size()) return false;
        for (int k = 0; k < 4; ++k) {
            const char h = s_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') v |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= unsigned(h - 'A' + 10);
            else return false;
        }
        return true;
    }
    static void append_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    void space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
    }
    bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
    bool eat(char c) {
        space();
        if (!peek(c)) return false;
        ++i_;
        return true;
    }
    bool end() {
        space();
        return i_ == s_.size() || fail("text after the table");
    }
    bool fail(const char* what) {
        if (error_.empty()) error_ = "byte " + std::to_string(i_) + ": " + what;
        return false;
    }

    std::string_view s_;
    size_t i_ = 0;
    std::string error_;
};

}  // namespace

TranslationTable TranslationTable::parse(std::string_view json_text, Problems& problems) {
    TranslationTable t;
    TableReader reader(json_text);
    if (!reader.read(t, problems)) {
        problems.push_back({"", ProblemKind::ParseError, "", "a translation table must be a JSON object (" + reader.error() + ")"});
        return TranslationTable{};
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
