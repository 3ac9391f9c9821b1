// The colours of the two themes and of the work plan, as plain values, with
// WCAG 2's contrast measure: theme.cpp and the views draw with them, and a unit
// test (tests/unit/test_contrast.cpp) measures every pair a reader meets. Text
// and controls reach 4.5:1 in the normal theme and 7:1 in high contrast.
#pragma once

#include <cmath>
#include <utility>

namespace bpa::ui {

struct Colour {
    float r = 0, g = 0, b = 0, a = 1;
};

struct ThemeColours {
    Colour text, text_disabled, window_bg, frame_bg, border;
    Colour button, button_hovered, button_active;
    Colour header, header_hovered, header_active, table_header_bg;
    Colour check_mark;     // also the colour of headings
    Colour nav_highlight;  // the keyboard focus ring
    Colour error;          // error text
    // A button that deletes or overwrites: white text on red, unlike the others.
    Colour danger_text, danger_button, danger_button_hovered, danger_button_active;
};

inline constexpr ThemeColours light_theme{
    .text = {0.08f, 0.09f, 0.11f},
    .text_disabled = {0.35f, 0.37f, 0.40f},
    .window_bg = {0.97f, 0.97f, 0.96f},
    .frame_bg = {1.00f, 1.00f, 1.00f},
    .border = {0.42f, 0.44f, 0.47f},
    .button = {0.87f, 0.91f, 0.96f},
    .button_hovered = {0.74f, 0.83f, 0.95f},
    .button_active = {0.60f, 0.74f, 0.93f},
    .header = {0.80f, 0.87f, 0.97f},
    .header_hovered = {0.72f, 0.82f, 0.96f},
    .header_active = {0.62f, 0.76f, 0.95f},
    .table_header_bg = {0.78f, 0.87f, 0.98f},
    .check_mark = {0.05f, 0.30f, 0.60f},
    .nav_highlight = {0.05f, 0.35f, 0.80f},
    .error = {0.70f, 0.05f, 0.05f},
    .danger_text = {1.00f, 1.00f, 1.00f},
    .danger_button = {0.70f, 0.05f, 0.05f},
    .danger_button_hovered = {0.78f, 0.10f, 0.10f},
    .danger_button_active = {0.55f, 0.02f, 0.02f},
};

inline constexpr ThemeColours high_contrast_theme{
    .text = {1.00f, 1.00f, 1.00f},
    .text_disabled = {0.85f, 0.85f, 0.85f},
    .window_bg = {0.00f, 0.00f, 0.00f},
    .frame_bg = {0.00f, 0.00f, 0.00f},
    .border = {1.00f, 1.00f, 1.00f},
    .button = {0.00f, 0.00f, 0.00f},
    .button_hovered = {0.25f, 0.25f, 0.00f},
    .button_active = {0.30f, 0.30f, 0.00f},
    .header = {0.25f, 0.25f, 0.00f},
    .header_hovered = {0.35f, 0.35f, 0.00f},
    .header_active = {0.33f, 0.33f, 0.00f},
    .table_header_bg = {0.15f, 0.15f, 0.15f},
    .check_mark = {1.00f, 0.92f, 0.00f},
    .nav_highlight = {0.30f, 0.90f, 1.00f},
    .error = {1.00f, 0.55f, 0.55f},
    .danger_text = {1.00f, 1.00f, 1.00f},
    .danger_button = {0.45f, 0.00f, 0.00f},
    .danger_button_hovered = {0.55f, 0.00f, 0.00f},
    .danger_button_active = {0.35f, 0.00f, 0.00f},
};

// One colour per assistant in the work plan (an Okabe–Ito set, told apart with
// the common colour-vision deficiencies); a shift's text on it is black or white,
// whichever reads better (readable_on).
inline constexpr Colour assistant_colours[] = {
    {0.90f, 0.62f, 0.00f}, {0.34f, 0.71f, 0.91f}, {0.00f, 0.62f, 0.45f}, {0.94f, 0.89f, 0.26f},
    {0.00f, 0.45f, 0.70f}, {0.84f, 0.37f, 0.00f}, {0.80f, 0.47f, 0.65f}, {0.60f, 0.60f, 0.60f},
};

// WCAG 2 relative luminance of an opaque colour.
inline double relative_luminance(Colour c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

// WCAG 2 contrast ratio, 1 to 21.
inline double contrast_ratio(Colour a, Colour b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

// `fg` drawn with its alpha over the opaque `bg`.
inline Colour over(Colour fg, Colour bg) {
    return {fg.r * fg.a + bg.r * (1 - fg.a), fg.g * fg.a + bg.g * (1 - fg.a), fg.b * fg.a + bg.b * (1 - fg.a), 1};
}

// Black or white, whichever contrasts more with `bg`.
inline Colour readable_on(Colour bg) {
    const Colour black{0, 0, 0}, white{1, 1, 1};
    return contrast_ratio(black, bg) >= contrast_ratio(white, bg) ? black : white;
}

// The alpha of the light hour numbers and lines drawn in the text colour over the grid.
inline constexpr float faint_text_alpha = 0.72f;

}  // namespace bpa::ui
