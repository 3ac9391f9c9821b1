// The screens. One file per screen (view_*.cpp); view_shell.cpp draws the frame
// around them: top bar, navigation, notices and dialogs.
#pragma once

#include <string>

#include "platform/platform.h"
#include "ui/ui.h"

namespace bpa {
struct TeachingSituation;  // core/example_year.h
}

namespace bpa::ui {

void start(Ui& ui);           // once, after the app has started
void draw_app(Ui& ui);        // every frame
std::string state_text(Ui& ui);  // a JSON summary for the browser tests

void view_start(Ui& ui);      // no arrangement open: create, examples, import, stored ones
void view_overview(Ui& ui);
void view_assistants(Ui& ui);
void view_settings(Ui& ui);
// Settings → Rules (view_settings_rules.cpp).
void rules_section(Ui& ui);
void view_plan(Ui& ui);
void view_hours(Ui& ui);
void hours_account_tab(Ui& ui, bool opened);
void economy_tab(Ui& ui);  // the Økonomi tab of view_hours: budget, actual cost, annual account  // the Timekonto tab of view_hours; `opened`: shown this frame first
void view_absence(Ui& ui);
void plan_windows(Ui& ui);  // need, rotation, holiday-plan and print windows of the plan screen
void view_year(Ui& ui);
void view_people(Ui& ui);
// Teaching (view_teach.cpp): an example's "learn with this example" panel,
// going to a situation (the screen, week and shift or absence chosen), the
// projector mode's bar, and the first steps of a new arrangement.
void learn_panel(Ui& ui);
void teach_jump(Ui& ui, const TeachingSituation& t);
void projector_bar(Ui& ui);
void first_steps_panel(Ui& ui);
// Exports the open arrangement as a backup file (and remembers the day).
void export_backup(Ui& ui);
// Settings → Data: the encrypted export's button and its question (passphrase twice).
void export_encrypted(Ui& ui);
void crypto_outcome(Ui& ui, const platform::CryptoOutcome& o);
// How long since the last backup (red when a reminder is due), and a button to make one now, marked `id`.
void backup_line(Ui& ui, const char* id);  // Personal: recruitment, onboarding, talks, leaving

// A deadline's done box (ticks it done today, or unticks it) and the button to
// where it is dealt with; shared by the Årshjul screen and the overview.
bool deadline_done_box(Ui& ui, const YearDeadline& y, const std::string& id);
bool deadline_go_button(Ui& ui, const YearDeadline& y, const std::string& id);
float deadline_go_width(Ui& ui);  // screens that later work fills in

}  // namespace bpa::ui
