// Filling a text's placeholders, shared by the page's translations and the rule
// catalog's messages.
//
// "{name}" is replaced by the argument's value. "{name|one|other}" chooses a word
// by the argument: "one" when the value is 1, else "other", so that a text reads
// "1 vakt" and "3 vakter" ("{n} {n|vakt|vakter}"). Unknown names are kept as written.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace bpa {

// Looks up an argument's value by name; nullptr when there is none.
using PlaceholderLookup = std::function<const std::string*(std::string_view name)>;

std::string fill_placeholders(std::string_view text, const PlaceholderLookup& lookup);

// True when a number as written ("1", "-1", "1,0", "1.00") is one.
bool is_one(std::string_view number);

}  // namespace bpa
