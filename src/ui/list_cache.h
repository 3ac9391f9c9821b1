// Texts of long lists, prepared once per document revision (and language)
// instead of every frame. Views draw only the rows that are visible
// (ImGuiListClipper) from these.
#pragma once

#include <string>
#include <vector>

#include "core/rules/rules.h"
#include "ui/ui.h"

namespace bpa::ui {

// The violations panel: by rule (in the catalogue's order), then by assistant
// (in order of first appearance), each line "YYYY-MM-DD HH:MM  message".
struct ViolationList {
    struct Line {
        const Violation* violation;  // into App::violations(), valid for the revision
        std::string text;            // shown
        std::string id;              // "violation.<rule>.<assistant>.<n>": ImGui id and test mark
    };
    struct Person {
        std::string assistant;       // id, "" for the whole arrangement
        std::string name;
        std::vector<Line> lines;
    };
    struct Rule {
        const RuleInfo* info;
        std::string title;           // "✗ <title> (<count>)"
        std::string explanation, source;
        std::vector<Person> people;
    };
    std::vector<Rule> rules;
    size_t errors = 0, total = 0;
    uint64_t revision = 0;           // of the document it was made from
    Language language = Language::Nb;
};

// The list for the open document's current revision, kept in the Ui and
// rebuilt when the revision or the language changes.
const ViolationList& violation_list(Ui& ui);

}  // namespace bpa::ui
