// Texts of long lists, prepared once per document revision (and language)
// instead of every frame. Views draw only the rows that are visible
// (ImGuiListClipper) from these.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
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
        std::string node_label;      // "<name>###rule.<rule>.<assistant>": its tree node
    };
    struct Rule {
        const RuleInfo* info;
        std::string title;           // "✗ <title> (<count>)"
        std::string explanation, source;
        std::vector<Person> people;
        std::string node_label;      // "<title>###rule.<rule>": its tree node
        std::string mark_id;         // "plan.rule.<rule>": the tests' mark
    };
    std::vector<Rule> rules;
    size_t errors = 0, total = 0;
    uint64_t revision = 0;           // of the document it was made from
    Language language = Language::Nb;
};

// The list for the open document's current revision, kept in the Ui and
// rebuilt when the revision or the language changes.
const ViolationList& violation_list(Ui& ui);

// The work plan's days shown: its rows, day headings and each shift's texts
// (the label's forms with their widths, what the accessible mirror says),
// made once per revision, language, period and text size. The grid only
// places them each frame.
struct PlanDays {
    struct Away {
        const Absence* absence;
        int first, last;             // days of the period, 0-based
        bool sick;
        std::string name;            // "Ferie", "Egenmelding", ...
        float name_w;
    };
    struct Row {
        const Assistant* assistant;
        size_t colour;               // into plan_view::palette
        std::vector<bool> employed;  // per day shown
        std::vector<Away> away;
    };
    struct Day {
        Date date;
        bool weekend = false;
        const char* holiday = nullptr;  // its translated name, on a public holiday
        std::string heading[4];      // "man 6.4", "ma 6.4", "6.4", "6"
        float heading_w[4] = {};
    };
    struct Item {
        const Shift* shift;
        int row;                     // into rows, -1 when the assistant has no row
        size_t colour;
        const Severity* severity;    // the worst rule broken, or null
        std::string mirror_id;       // "shift.<id>"
        std::string spoken;          // for the accessible mirror
        std::string label[5];        // "! 08:00–16:00", "! 8–16", "! 08:00", "! 8", "!" (longest first)
        float label_w[5] = {};
        // Where the assistant's next shift starts (wall minutes), for the room
        // the times under the bar may take; none: no later shift in the days shown.
        std::optional<int64_t> next_start;
        // The longest label that fits `width`, "" when none does.
        const std::string& fitting(float width) const;
    };
    std::vector<Row> rows;
    std::vector<Day> days;
    std::vector<Item> shifts;        // every shift with time in the days shown, by start
    uint64_t revision = 0;
    Language language = Language::Nb;
    Date first;
    int count = 0;
    float font_size = 0;
};

// The days `first` .. `first + days - 1` of the open document, rebuilt when
// any part of its key changes. The shared pointer keeps it for the caller's
// frame even if another view asks for other days.
std::shared_ptr<const PlanDays> plan_days(Ui& ui, Date first, int days);

}  // namespace bpa::ui
