// The Fravær og ferie screen's parts (view_absence*.cpp): the absence register,
// the vacation planner and the open shifts, with the interface state they share.
#pragma once

#include <map>
#include <string>

#include "core/leave.h"
#include "ui/ui.h"

namespace bpa::ui {

struct AbsenceUi {
    std::string assistant;           // the chosen assistant (the register; a row dragged on in the planner)
    int type = 0;                    // index into absence_types; absence_choices - 1: pregnancy-related sickness
    std::string from, to;
    std::string requested_on;        // vacation: the day the wish was made or notice given ("" = today)
    bool wish = false;
    int year = 0;
    int tab = 0;                     // 0 absences, 1 vacation, 2 open shifts: chosen by the program after registering
    bool switch_tab = false;
    // Vacation planner
    std::string selected_wish;       // a vacation clicked in the year view
    std::string drag_assistant;      // the row a drag started on
    int drag_from = -1, drag_to = -1;  // day indexes of the year while dragging
    // Open shifts
    std::map<std::string, std::string> split_at;  // shift id -> "HH:MM" typed
    std::string anyway_shift, anyway_assistant;   // "assign anyway" waiting for confirmation
};
AbsenceUi& absence_ui();

inline constexpr AbsenceType absence_types[] = {AbsenceType::Egenmelding, AbsenceType::Sykemelding, AbsenceType::ChildSick,
                                                AbsenceType::Vacation, AbsenceType::Leave};
// The form's choices: the five types, then pregnancy-related sickness (a
// sykemelding with extra "pregnancy_related", leave.h).
inline constexpr int absence_choices = 6;
inline constexpr int pregnancy_choice = 5;
// "absence.<type>", or "absence.pregnancy_sick" for a pregnancy-related sykemelding.
std::string absence_key(const Absence& a);
ImVec4 absence_colour(AbsenceType t);
std::string finding_text(Ui& ui, const Document& doc, const LeaveFinding& f);
int absence_year(Ui& ui, const Document& doc);  // the year the screen shows

void absences_tab(Ui& ui);
// DK: each illness of the assistant with its deadlines and what the leader records (view_absence_sickness.cpp).
void dk_sickness_section(Ui& ui, const Document& doc, const Assistant& a);
void vacation_tab(Ui& ui);
void open_shifts_tab(Ui& ui);

}  // namespace bpa::ui
