// Placeholders and plural words (wording.h).
#include "core/wording.h"

namespace bpa {

bool is_one(std::string_view n) {
    if (!n.empty() && n.front() == '-') n.remove_prefix(1);
    if (n.empty() || n.front() != '1') return false;
    n.remove_prefix(1);
    if (n.empty()) return true;
    if (n.front() != ',' && n.front() != '.') return false;
    n.remove_prefix(1);
    if (n.empty()) return false;
    for (char c : n)
        if (c != '0') return false;
    return true;
}

std::string fill_placeholders(std::string_view text, const PlaceholderLookup& lookup) {
    std::string out;
    out.reserve(text.size() + 32);
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const size_t close = text.find('}', open + 1);
        if (close == std::string_view::npos) break;
        out.append(text.substr(i, open - i));
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        const size_t bar = inside.find('|');
        const std::string* value = lookup(inside.substr(0, bar));
        if (!value) {
            out.append(text.substr(open, close - open + 1));
        } else if (bar == std::string_view::npos) {
            out += *value;
        } else {
            // {name|one|other}: the word that goes with the value.
            const std::string_view forms = inside.substr(bar + 1);
            const size_t second = forms.find('|');
            if (second == std::string_view::npos) out.append(forms);
            else out.append(is_one(*value) ? forms.substr(0, second) : forms.substr(second + 1));
        }
        i = close + 1;
    }
    out.append(text.substr(i));
    return out;
}

}  // namespace bpa
