// The accessible mirror of the interface. Dear ImGui draws on a canvas that
// screen readers cannot see; every frame this collects what was drawn (through
// ImGui's item hooks, IMGUI_ENABLE_TEST_ENGINE, and the wrappers below for what
// the hooks miss: text, headings, combos, values) and the page keeps a hidden
// DOM tree over the canvas in step with it (web/bpa_a11y.js): buttons, inputs,
// tabs, tables, with their names and states, placed over the widgets.
//
// Both ways: DOM focus moves ImGui's keyboard focus, ImGui's focus moves the
// DOM's; a click on a DOM node (a screen reader's activation) activates the
// widget; a value typed into a DOM text field goes into the ImGui field.
// Tab and Shift+Tab move through every widget in the order the mirror lists.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

namespace bpa::ui::a11y {

enum class Role : uint8_t {
    None, Button, Checkbox, Radio, TextInput, Multiline, Slider, Tab, Disclosure, Combo, Option,
    Text, Heading, ColumnHeader,
};

// One node of the mirror, as collected during a frame.
struct Node {
    uint32_t key = 0;     // stable between frames: the ImGui id, or a text's place in its window
    ImGuiID id = 0;       // the ImGui item (0 for text)
    Role role = Role::None;
    std::string name, value;
    ImVec4 rect;          // x, y, w, h in CSS pixels
    ImGuiID window = 0;   // the root window it belongs to
    ImGuiID own_window = 0;  // the window the item is in (a child window): focused and scrolled to reach it
    bool popup = false;   // in a popup, combo list or modal
    bool disabled = false, checked = false, expanded = false, selected = false, has_state = false;
    bool secret = false;  // a passphrase: its length only
    ImGuiID table = 0;    // the table it is in, with its row and column
    int row = -1, column = -1;
};

// Before the frame: applies what the page asked for since the last one (focus,
// activation, a typed value); `tab` is +1 / -1 when Tab / Shift+Tab was pressed.
void begin_frame(int tab);
// After NewFrame: the requests that must see this frame's state.
void after_new_frame();
// After Render: the changes since the last frame sent as JSON ("" when none).
// A frame whose picture is held back and built again at once (main.cpp) is not
// sent (`send` false): the page's mirror then gets one change for what is drawn,
// not one for each frame built, and announcements wait for the frame sent.
std::string end_frame(bool send = true);
// The key of the node the keyboard focus is on, 0 when none.
uint32_t focused_key();

// The page's requests (from web/bpa_a11y.js through platform_web.cpp).
void request_focus(uint32_t key);
void request_activate(uint32_t key);
void request_value(uint32_t key, const std::string& value);
// A value asked for is waiting for its field to take it: text typed meanwhile
// waits too, so that it lands after the value (main.cpp).
bool value_pending();

// Wrappers: what the hooks cannot see.
void text(const char* text, const char* end = nullptr);  // after a drawn text item
void heading(const char* text);                          // after a drawn heading
// The last item is a combo named `name` showing `value`.
void combo(ImGuiID id, const char* name, const char* value, bool open);
// The next hooked item's role, state, value and name (radio buttons, options,
// text fields, numbers whose label ImGui draws after the field).
void next(Role role, bool checked = false, const char* value = nullptr, const char* name = nullptr,
          bool secret = false);
// After a widget `id` (0: not known): describes it from the hint when ImGui's
// hook did not (the widget lies outside its window's visible part, scrolled
// away), so that the tree and Tab still reach it; clears the hint.
void fallback(ImGuiID id, Role role, const char* label);
// A number field's step buttons named after the field and their step
// ("Dager −1", "Dager +1") instead of the bare "-" and "+" they show.
void name_steps(ImGuiID field, ImGuiID minus, ImGuiID plus, int step);
// Says `text` in the page's live region (saved, a new violation, an import's result).
void announce(const std::string& text);
// A custom-drawn thing (a shift in the week grid) as an item over `rect`, with
// a stable ImGui `id`: the arrow keys reach it, it shows the focus ring, and it
// is a node of the mirror. True on the frame it is activated (Enter or Space
// with the focus on it, or a screen reader's click).
bool custom(ImGuiID id, const ImVec4& rect, Role role, const std::string& name, bool selected = false);
// On by default. Off (benchmarks measure its cost): nothing is collected or sent.
void set_enabled(bool on);
bool enabled();

// The last frame's nodes (tests and the keyboard ring).
const std::vector<Node>& nodes();
// The accessible name of an ImGui label: the text before "##".
std::string name_of(const char* label);

}  // namespace bpa::ui::a11y
