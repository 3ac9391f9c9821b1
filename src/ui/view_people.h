// The Personal / Personale screen's parts (view_people.cpp: the tabs,
// onboarding, talks, leaving; view_people_recruit.cpp: recruitment).
#pragma once

#include <string>

#include "ui/views.h"

namespace bpa::ui {

void recruitment_tab(Ui& ui);
// Opens a print page, or says that the browser blocked the window.
void open_print(Ui& ui, const std::string& html);
// A date field's text: the date, or "" for none.
std::string date_or_blank(const std::optional<Date>& d);

}  // namespace bpa::ui
