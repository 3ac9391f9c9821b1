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

// "FILE: path: message", the command line's form of a problem.
std::string format_problem(std::string_view file, const Problem& p);

}  // namespace bpa
