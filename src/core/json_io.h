// Reading and writing the file format (CONTRACT.md, version 1).
//
// Reading never trusts its input: every problem is collected with its JSON path,
// and a document is returned only when there are none. Unknown fields are kept.
// Writing is stable: the same document always gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model.h"
#include "problem.h"

namespace bpa {

// Deepest nesting of arrays and objects a file may have. The format itself
// needs six levels; deeper input is refused while it is parsed, before any
// copy or dump of the value could recurse that deep.
constexpr int max_json_depth = 100;

// Parses JSON text with at most max_json_depth levels of nesting. On failure
// `json` is empty and `problem` is a ParseError (the parser's position and
// reason) or a TooDeep problem naming the path of the first value too deep.
struct ParsedJson {
    std::optional<Json> json;
    std::optional<Problem> problem;
};
ParsedJson parse_json(std::string_view text);

struct ReadResult {
    std::optional<Document> document;  // set only when `problems` is empty
    Problems problems;
    bool ok() const { return document.has_value(); }
};

ReadResult read_document(std::string_view text);
ReadResult read_document(const Json& json);
// Text, not a JSON string value (Json converts implicitly from both).
inline ReadResult read_document(const std::string& text) { return read_document(std::string_view(text)); }
inline ReadResult read_document(const char* text) { return read_document(std::string_view(text)); }

Json to_json(const Document& doc);
// One shift in the CONTRACT.md form, unknown fields kept (also used inside holiday plans).
Json shift_to_json(const Shift& s);
std::string write_document(const Document& doc);  // two-space indented, ends with "\n"

// "FILE: path: message", the command line's form of a problem, printable():
// bytes that are not UTF-8 and control characters appear as "\xNN".
std::string format_problem(std::string_view file, const Problem& p);

}  // namespace bpa
