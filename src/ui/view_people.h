// The Personal / Personale screen's parts (view_people.cpp: the tabs,
// onboarding, talks, leaving; view_people_recruit.cpp: recruitment).
#pragma once

#include <string>

#include "ui/views.h"

namespace bpa::ui {

void recruitment_tab(Ui& ui);

// The setters of a form over one stored item: `on(change)` gives an edit_*
// setter that applies `change` to a copy of `item` and stores the copy with
// `command(document, copy)`. A copy, because a step may replace the document.
template <typename T, typename Command>
auto setters_for(T item, Command command) {
    return [item, command](auto change) {
        return [item, command, change](Document& d, auto value) {
            T copy = item;
            change(copy, value);
            return command(d, copy);
        };
    };
}
// Opens a print page, or says that the browser blocked the window.
void open_print(Ui& ui, const std::string& html);
// A date field's text: the date, or "" for none.
std::string date_or_blank(const Ui& ui, const std::optional<Date>& d);

}  // namespace bpa::ui
