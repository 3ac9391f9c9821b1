// Shared state and widgets of the ImGui views. Views draw from the App each
// frame and change it only through its commands; what they keep themselves is
// interface state (the chosen screen, a selected row, text being typed).
//
// [SECTION] Screens
// [SECTION] Context
// [SECTION] Widgets
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "core/commands.h"
#include "core/plan.h"

namespace bpa::ui {

// [SECTION] Screens -----------------------------------------------------------
enum class Screen { Overview, Assistants, Plan, Hours, Absence, People, Year, Settings, Count };
const char* screen_key(Screen s);  // translation key of the screen's name

// [SECTION] Context -----------------------------------------------------------
struct ViolationList;  // ui/list_cache.h
struct PlanDays;       // ui/list_cache.h
// Interface state of the work plan screen.
struct PlanUi {
    std::optional<Date> first_day;        // the first day shown: a Monday, or in the day view the day
    bool four_weeks = false;
    bool one_day = false;                 // the day view (hours across, one day)
    bool by_day = false;                  // the week by day: one row per weekday, hours across
    int days() const { return one_day ? 1 : four_weeks ? 28 : 7; }
    std::string selected_shift;
    std::vector<std::string> highlighted; // shifts of the violation chosen in the panel
    // Pan: a finger on an empty part of the grid scrolls it; held still it opens the new-shift form there.
    enum class Drag { None, Create, Move, ResizeStart, ResizeEnd, Pan } drag = Drag::None;
    double pressed_at = 0;                // seconds, when the finger came down (a long press)
    std::string drag_shift;
    std::string drag_assistant;           // row the drag started on (create) / is over (move)
    int64_t drag_anchor = 0;              // wall minute where the drag started
    int64_t ghost_from = 0, ghost_to = 0; // wall minutes of the shift being dragged
    bool show_need = false, show_rotation = false, show_holiday = false, show_print = false, show_propose = false;
    // "Foreslå plan": the period and who is left out (assistant ids).
    std::optional<Date> propose_from;
    int propose_weeks = 4;
    std::vector<std::string> propose_left_out;
    // New-shift form
    std::string new_assistant;
    std::string new_date, new_from = "08:00", new_to = "16:00";
    std::optional<Date> new_date_for;     // the first day shown when new_date last followed it
    // Laying out the rotation: the period typed, and the rotation start it was proposed for.
    std::string rotation_apply_from, rotation_apply_to;
    std::optional<Date> rotation_apply_for;
    std::string form_error;
};

// The Personal screen's choices (view_people*.cpp); a deadline's button sets them.
struct PeopleUi {
    enum Tab { Recruitment, Onboarding, Talks, Leaving };
    int tab = Onboarding;
    bool switch_tab = false;
    std::string vacancy, candidate, talk;        // ids of what is open
    std::string new_candidate, new_training, new_question, new_talk_date, hire_from;
    std::string talk_kind = "appraisal";
    std::string leave_kind = "resignation", notice_given, last_day, leave_reason;
    int letter_language = -1;                    // nb, da, en; -1: the page's language
};

struct Ui {
    App& app;
    Screen screen = Screen::Overview;
    double now = 0;          // seconds, this frame
    bool touch = false;      // the pointer is a finger (tap, drag and long press instead of hover)
    std::string today;       // "YYYY-MM-DD", this frame
    Date today_date;         // the same day, read once a frame
    std::string selected_assistant;
    PlanUi plan;
    PeopleUi people;
    bool show_demo = false;  // ImGui's demo window, for development
    // Passphrases being typed (encrypted export, opening an encrypted file):
    // emptied as soon as they have been handed to the platform.
    std::string passphrase, passphrase_again;

    // Text typed into a field that is not (yet) a valid value: kept here, by
    // widget id, so that the document only ever holds valid values.
    std::map<ImGuiID, std::string> pending_text;
    // The multi-line text being edited (edit_multiline), 0 for none; focus it next frame.
    ImGuiID editing_text = 0;
    bool editing_focus = false;
    // The month an open calendar shows (its first day).
    Date calendar_month;
    // Settings → Rules shows the other country's rule beside each one.
    bool rules_compare = false;
    // The example's teaching situation shown last (projector mode steps from it); -1 none yet.
    int teach_step = -1;

    // Rectangles (and shown text, where given) of marked widgets in the last
    // frame, for the browser tests; recorded only while `marking` (a test has
    // switched the hooks on), else mark() returns at once.
    bool marking = false;
    std::map<std::string, ImVec4> marks;
    std::map<std::string, std::string> mark_texts;
    std::map<std::string, ImVec4> mark_clips;  // the visible part of each mark's window: x0, y0, x1, y1
    std::map<ImGuiID, std::string> mark_ids;  // the widget behind each mark, to name the focused one

    // Texts of the violations panel, made once per document revision and
    // language (ui/list_cache.h).
    std::shared_ptr<const ViolationList> violation_texts;
    // The work plan's rows, headings and shift texts (ui/list_cache.h).
    std::shared_ptr<const PlanDays> plan_days;

    const char* tr(std::string_view key) const { return app.i18n.tr(key); }
    // The shown language's code ("nb", "da", "en"), for texts the core words.
    const char* lang() const { return to_string(app.settings.language); }
    const char* country(Jurisdiction j) const { return tr(j == Jurisdiction::NO ? "jurisdiction.NO" : "jurisdiction.DK"); }
    std::string date(Date d) const { return app.i18n.date(d); }
    std::string date_time(const LocalDateTime& t) const { return app.i18n.date_time(t); }
    std::string fmt(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> a) const {
        return app.i18n.fmt(key, a);
    }
};

// Seconds until the screen changes by itself (a notice goes away); negative
// when nothing is due. The frame loop sleeps until then when nothing happens.
double seconds_until_change(const Ui& ui);

// [SECTION] Widgets -----------------------------------------------------------
// Dear ImGui's text and basic widgets, each also described to the accessible
// mirror (ui/a11y.h; widgets_basic.cpp). Views use these, not ImGui's own.
void show_text(const char* text, const char* end = nullptr);
void show_text(const std::string& text);
void show_wrapped(const char* fmt, ...) IM_FMTARGS(1);
void show_textf(const char* fmt, ...) IM_FMTARGS(1);
void show_disabled(const char* fmt, ...) IM_FMTARGS(1);
void show_colored(const ImVec4& colour, const char* fmt, ...) IM_FMTARGS(2);
void show_bullet(const char* fmt, ...) IM_FMTARGS(1);
bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool small_button(const char* label);
// Whether the pointer is a finger: a small button is then as tall as any other
// (a finger needs the room), not a line of text (main.cpp sets it each frame).
void set_finger_targets(bool on);
bool checkbox(const char* label, bool* value);
bool radio(const char* label, bool active);
bool radio(const char* label, int* value, int button);
bool selectable(const char* label, bool selected = false, ImGuiSelectableFlags flags = 0, const ImVec2& size = ImVec2(0, 0));
// `name`: what a screen reader calls the field when no label is drawn next to it.
bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags = 0, const char* name = nullptr);
bool input_text_hint(const char* label, const char* hint, std::string* text, ImGuiInputTextFlags flags = 0);
bool input_multiline(const char* label, std::string* text, const ImVec2& size = ImVec2(0, 0), ImGuiInputTextFlags flags = 0);
bool input_int(const char* label, int* value, int step = 1, int step_fast = 100, ImGuiInputTextFlags flags = 0);
bool slider_int(const char* label, int* value, int min, int max, const char* format = "%d");
// `name`: what a screen reader calls it when the label shows none ("###id").
bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags = 0, const char* name = nullptr);
bool combo(const char* label, int* current, const char* const items[], int count);

// Records the last item's rectangle under `id` (see Ui::marks).
void mark(Ui& ui, const std::string& id);
void mark(Ui& ui, const std::string& id, const std::string& shown_text);
// The mark of the widget that has the keyboard focus, "" if none.
std::string focused_mark(const Ui& ui);

// "label###id": a label that can change with the language while the id stays.
std::string label_id(const char* label, const char* id);

void help_marker(const char* text);
void heading(const char* text);
void error_text(const char* text);
void muted_text(const char* text);

// Editors bound to one document field. Each applies a Session step (merged
// while typing) when the value changes and is valid; invalid input stays in the
// field, is marked, and is not stored. Return true when they changed the document.
bool edit_text(Ui& ui, const char* label, const char* id, const std::string& value,
               const std::function<Outcome(Document&, const std::string&)>& set, bool required = false);
bool edit_date(Ui& ui, const char* label, const char* id, std::optional<Date> value, bool optional,
               const std::function<Outcome(Document&, std::optional<Date>)>& set,
               std::optional<Date> not_before = std::nullopt, const char* not_before_key = nullptr);
bool edit_number(Ui& ui, const char* label, const char* id, double value, double min, double max,
                 const std::function<Outcome(Document&, double)>& set);
// A text of several lines (`lines` high).
bool edit_multiline(Ui& ui, const char* label, const char* id, const std::string& value, float lines,
                    const std::function<Outcome(Document&, const std::string&)>& set);
bool edit_bool(Ui& ui, const char* label, const char* id, bool value, const std::function<Outcome(Document&, bool)>& set);

// A list of the document's assistants; returns the id chosen this frame. With
// `on`, assistants not employed that day are marked so. Entries are marked "<id>.<assistant id>".
// With `new_work`, archived assistants (people.h) are left out unless current.
std::optional<std::string> assistant_combo(Ui& ui, const char* id, const std::string& current, float width,
                                           std::optional<Date> on = std::nullopt, bool new_work = false);

// A bullet with its text wrapped at the window's edge (ImGui::BulletText does not wrap).
void bullet_wrapped(const char* text);
// "label [text field]" on one line, the field `width` wide and marked `id`. True when edited.
bool inline_input(Ui& ui, const char* label, const char* id, std::string& buffer, float width);
// The same for a date typed as text, with a calendar button after the field
// (calendar_button); a picked day is written into `buffer` in the language's form.
bool inline_date(Ui& ui, const char* label, const char* id, std::string& buffer, float width);
// The field and its calendar button alone, without a label.
bool date_box(Ui& ui, const char* id, std::string& buffer, float width);
// The height of a table that scrolls sideways only (ImGuiTableFlags_ScrollX):
// its header, `rows` rows of fields and the scrollbar, so it needs no scrolling down.
float sideways_table_height(int rows);
// A button that opens a month calendar (weeks numbered, Monday first, today
// outlined, `current` selected; arrows and Enter work in it). True on the frame a
// day is picked, `picked` set. Marked "<id>.calendar", its days "<id>.calendar.<YYYY-MM-DD>".
bool calendar_button(Ui& ui, const char* id, std::optional<Date> current, Date& picked);
// The width calendar_button takes with the spacing before it.
float calendar_button_width();

// Puts the next item on the same line when `next_width` still fits there, else
// on a new line: rows of buttons wrap at large text sizes instead of running off.
void same_line_if_fits(float next_width);
float button_width(const char* label);

// The language chooser; each entry is marked "<id>.<nb|da|en>".
void language_combo(Ui& ui, const char* id, float width);

// A button of at least the large click-target size.
bool big_button(Ui& ui, const char* label, const char* id, float width = 0);
// A big button that deletes or overwrites what cannot be had back: white on red,
// so that it is not taken for the safe choice beside it.
bool danger_button(Ui& ui, const char* label, const char* id);
// A masked text field with its label above it (passphrases).
bool passphrase_input(Ui& ui, const char* label, const char* id, std::string& buffer);

}  // namespace bpa::ui
