#include "problem.h"

#include <string_view>

#include <nlohmann/json.hpp>

#include "model.h"

namespace bpa {

namespace {

// The text in double quotes, escaped as in JSON so that a value holding quotes
// or line breaks keeps the message on one line. UTF-8 is kept as it is.
std::string quote(std::string_view text) {
    return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The last member name of a path: "shifts[3].end" -> "end".
std::string_view last_name(std::string_view path) {
    auto dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

// "a,b,c" -> "\"a\", \"b\" or \"c\"".
std::string quoted_alternatives(std::string_view comma_separated) {
    std::vector<std::string_view> items;
    while (!comma_separated.empty()) {
        auto comma = comma_separated.find(',');
        auto item = comma_separated.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        items.push_back(item);
        if (comma == std::string_view::npos) break;
        comma_separated.remove_prefix(comma + 1);
    }
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
        out += quote(items[i]);
    }
    return out;
}

std::string expected_type(std::string_view type) {
    if (type == "string") return "expected a string";
    if (type == "number") return "expected a number";
    if (type == "integer") return "expected an integer";
    if (type == "boolean") return "expected true or false";
    if (type == "object") return "expected an object";
    if (type == "array") return "expected an array";
    if (type == "string or null") return "expected a string or null";
    return "expected " + std::string(type);
}

std::string nonexistent_time(const std::string& text) {
    auto t = LocalDateTime::parse(text);
    if (!t) return quote(text) + " does not exist (the clock jumps from 02:00 to 03:00)";
    std::string s = t->str();
    return quote(s.substr(11)) + " does not exist on " + t->date.str() +
           " (the clock jumps from 02:00 to 03:00)";
}

std::string compared_to_start(const Problem& p, std::string_view relation) {
    std::string s(last_name(p.path));
    s.append(" ").append(quote(p.value)).append(" ").append(relation).append(" ").append(last_name(p.detail));
    if (!p.other.empty()) s.append(" ").append(quote(p.other));
    return s;
}

}  // namespace

std::string describe_en(const Problem& p) {
    switch (p.kind) {
    case ProblemKind::ParseError:
        return "not valid JSON: " + p.detail;
    case ProblemKind::NotOurFormat:
        return quote(p.value) + " is not this program's format (expected " + quote(format_name) + ")";
    case ProblemKind::NewerVersion:
        return "version " + p.value + " is newer than this program reads (" + std::to_string(format_version) +
               "); update the program";
    case ProblemKind::BadVersion:
        return "version " + p.value + " is not a positive integer";
    case ProblemKind::MissingField:
        return "missing required field";
    case ProblemKind::WrongType:
        return expected_type(p.detail);
    case ProblemKind::NotADate:
        return quote(p.value) + " is not a date YYYY-MM-DD";
    case ProblemKind::NotADateTime:
        return quote(p.value) + " is not a date and time YYYY-MM-DDTHH:MM";
    case ProblemKind::NotATime:
        return quote(p.value) + " is not a time HH:MM";
    case ProblemKind::NotAMonday:
        return quote(p.value) + " is not a Monday";
    case ProblemKind::NonexistentLocalTime:
        return nonexistent_time(p.value);
    case ProblemKind::EndBeforeStart:
        return compared_to_start(p, "is before");
    case ProblemKind::ZeroLength:
        return compared_to_start(p, "is not after");
    case ProblemKind::UnknownAssistant:
        return "unknown assistant " + quote(p.value);
    case ProblemKind::DuplicateId:
        return "duplicate id " + quote(p.value) + " (first used at " + p.detail + ")";
    case ProblemKind::UnknownJurisdiction:
        return "unknown jurisdiction " + quote(p.value) + " (expected \"NO\" or \"DK\")";
    case ProblemKind::UnknownValue:
        return quote(p.value) + " is not a valid value (expected " + quoted_alternatives(p.detail) + ")";
    case ProblemKind::OutOfRange:
        return p.value + " is out of range (" + p.detail + ")";
    case ProblemKind::OverlappingDecisions:
        return "overlaps the decision at " + p.detail;
    case ProblemKind::EmptyText:
        return "must not be empty";
    case ProblemKind::TooDeep:
        return "nested too deeply (more than " + p.detail + " levels of arrays and objects)";
    case ProblemKind::Encrypted:
        return "encrypted with a passphrase: open it in the page (Import) and give the passphrase";
    }
    return "invalid";
}

std::string printable(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    auto escape = [&](unsigned char c) {
        out += "\\x";
        out += hex[c >> 4];
        out += hex[c & 15];
    };
    size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F) escape(c);
            else out += char(c);
            ++i;
            continue;
        }
        // RFC 3629: the length from the lead byte, then the ranges that
        // exclude overlong forms, surrogates and values above U+10FFFF.
        size_t n = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) n = 2;
        else if (c >= 0xE0 && c <= 0xEF) { n = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        bool ok = n > 0 && i + n <= text.size();
        for (size_t k = 1; ok && k < n; ++k) {
            const unsigned char b = static_cast<unsigned char>(text[i + k]);
            ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        }
        if (!ok) {
            escape(c);
            ++i;
            continue;
        }
        // C1 control characters (U+0080..U+009F) are escaped as well.
        if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            escape(c);
            escape(static_cast<unsigned char>(text[i + 1]));
        } else {
            out.append(text.substr(i, n));
        }
        i += n;
    }
    return out;
}

const char* kind_id(ProblemKind k) {
    switch (k) {
    case ProblemKind::ParseError: return "parse_error";
    case ProblemKind::NotOurFormat: return "not_our_format";
    case ProblemKind::NewerVersion: return "newer_version";
    case ProblemKind::BadVersion: return "bad_version";
    case ProblemKind::MissingField: return "missing_field";
    case ProblemKind::WrongType: return "wrong_type";
    case ProblemKind::NotADate: return "not_a_date";
    case ProblemKind::NotADateTime: return "not_a_date_time";
    case ProblemKind::NotATime: return "not_a_time";
    case ProblemKind::NotAMonday: return "not_a_monday";
    case ProblemKind::NonexistentLocalTime: return "nonexistent_local_time";
    case ProblemKind::EndBeforeStart: return "end_before_start";
    case ProblemKind::ZeroLength: return "zero_length";
    case ProblemKind::UnknownAssistant: return "unknown_assistant";
    case ProblemKind::DuplicateId: return "duplicate_id";
    case ProblemKind::UnknownJurisdiction: return "unknown_jurisdiction";
    case ProblemKind::UnknownValue: return "unknown_value";
    case ProblemKind::OutOfRange: return "out_of_range";
    case ProblemKind::OverlappingDecisions: return "overlapping_decisions";
    case ProblemKind::EmptyText: return "empty_text";
    case ProblemKind::TooDeep: return "too_deep";
    case ProblemKind::Encrypted: return "encrypted";
    }
    return "unknown";
}

}  // namespace bpa
