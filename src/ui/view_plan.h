// The plan screen's parts (one file each, like the rest of the screens): the
// screen and its toolbar (view_plan.cpp), the grid (view_plan_grid.cpp), the
// coverage strip, the shift form and the violations panel. This header holds
// what they share: the grid's geometry, colours and small helpers.
#pragma once

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/commands.h"
#include "ui/palette.h"
#include "ui/views.h"

namespace bpa::ui::plan_view {

inline constexpr int snap_minutes = 15;
inline constexpr float edge_px = 6.0f;
inline constexpr double long_press_seconds = 0.6;

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
inline ImVec4 to_imvec(Colour c) { return ImVec4(c.r, c.g, c.b, c.a); }
inline const ImVec4 palette[] = {
    to_imvec(assistant_colours[0]), to_imvec(assistant_colours[1]), to_imvec(assistant_colours[2]),
    to_imvec(assistant_colours[3]), to_imvec(assistant_colours[4]), to_imvec(assistant_colours[5]),
    to_imvec(assistant_colours[6]), to_imvec(assistant_colours[7]),
};
inline const ImVec4 error_red(0.80f, 0.05f, 0.05f, 1), warn_amber(0.95f, 0.60f, 0.00f, 1);

inline ImU32 col(ImVec4 c, float alpha = 1.0f) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }
// Black or white text on `c`, whichever contrasts more (palette.h).
inline ImVec4 text_on(ImVec4 c) { return to_imvec(readable_on(Colour{c.x, c.y, c.z, 1})); }

// A wall minute rounded to the nearest 15 minutes.
inline int64_t snap(int64_t wall) {
    return (wall + (wall >= 0 ? snap_minutes / 2 : -snap_minutes / 2)) / snap_minutes * snap_minutes;
}

struct Geometry {
    ImVec2 origin;      // top-left of the grid (below the day header)
    float label_w = 0;  // the assistant names column
    float day_w = 0;
    float row_h = 0;
    int days = 7;
    Date first;
    int64_t first_wall = 0;  // wall minute of first day 00:00

    float x_of(int64_t wall) const {
        return origin.x + label_w + static_cast<float>(wall - first_wall) * day_w / 1440.0f;
    }
    // The wall minute under the mouse at x: the pointer's whole pixel [x, x + 1)
    // stands for its middle, so that the nearest quarter hour is the one meant.
    int64_t wall_at(float x) const {
        return first_wall + static_cast<int64_t>(std::lround((std::floor(x) + 0.5 - origin.x - label_w) * 1440.0 / day_w));
    }
    float right() const { return origin.x + label_w + day_w * days; }
};

std::string day_label(Ui& ui, Date d, bool short_form);
// A day's heading in one of four forms: "man 6.4", "ma 6.4", "6.4", "6".
std::string day_heading(Ui& ui, Date d, int form);
const Shift* find_shift(const Document& doc, std::string_view id);
// Adds a new shift (empty id) or changes one through the commands; a refused
// shift leaves the plan as it was and the form says why.
Outcome commit_shift(Ui& ui, const Shift& s, const char* label);
// The assistants shown as rows: employed in the range or with shifts in it.
std::vector<const Assistant*> rows_for(const Document& doc, const ShiftIndex& index, Date first, Date last);
size_t colour_index(const Document& doc, std::string_view assistant);

void toolbar(Ui& ui, Date first, int days);
void grid(Ui& ui, Date first, int days);
void by_day_grid(Ui& ui, Date first);  // the week by day (view_plan_byday.cpp)
void coverage_strip(Ui& ui, Date first, int days);
void shift_form(Ui& ui);
void violations_panel(Ui& ui);
// "Foreslå plan": the window, and the proposed shifts drawn over the grid.
void propose_window(Ui& ui);
void proposal_ghosts(Ui& ui, const Geometry& g, const std::vector<const Assistant*>& rows);

// Shared by the plan's windows (view_plan_windows.cpp).
bool begin_window(Ui& ui, const char* title_key, const char* id, bool* open, float width_em, bool at_right = false);
// A date field: typed text stays (marked) until it is a date. True when it changed to a valid date.
bool date_field(Ui& ui, const char* id, Date value, float width, Date& out);

}  // namespace bpa::ui::plan_view
