// The colours a reader meets, measured with WCAG 2's contrast ratio: text and
// controls at least 4.5:1 in the normal theme and 7:1 in high contrast.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "ui/palette.h"

using namespace bpa::ui;

namespace {

struct Pair {
    std::string what;
    Colour fg, bg;
};

// Every text and control colour against what it is drawn on.
std::vector<Pair> pairs(const ThemeColours& t) {
    return {
        {"text on the window", t.text, t.window_bg},
        {"text in a field", t.text, t.frame_bg},
        {"text on a button", t.text, t.button},
        {"text on a hovered button", t.text, t.button_hovered},
        {"text on a pressed button", t.text, t.button_active},
        {"text on a chosen row", t.text, t.header},
        {"text on a hovered row", t.text, t.header_hovered},
        {"text on a pressed row", t.text, t.header_active},
        {"text in a table header", t.text, t.table_header_bg},
        {"muted text on the window", t.text_disabled, t.window_bg},
        {"a heading on the window", t.check_mark, t.window_bg},
        {"an error on the window", t.error, t.window_bg},
        {"a field's border on the window", t.border, t.window_bg},
        {"a field's border around its inside", t.border, t.frame_bg},
        {"a check mark in its box", t.check_mark, t.frame_bg},
        {"the focus ring on the window", t.nav_highlight, t.window_bg},
        {"the focus ring on a button", t.nav_highlight, t.button},
        {"text on a delete button", t.danger_text, t.danger_button},
        {"text on a hovered delete button", t.danger_text, t.danger_button_hovered},
        {"text on a pressed delete button", t.danger_text, t.danger_button_active},
        {"faint hour numbers on the grid", over(Colour{t.text.r, t.text.g, t.text.b, faint_text_alpha}, t.window_bg),
         t.window_bg},
    };
}

void check_theme(const ThemeColours& t, double least) {
    for (const Pair& p : pairs(t)) {
        CAPTURE(p.what);
        const double ratio = contrast_ratio(p.fg, p.bg);
        CAPTURE(ratio);
        CHECK(ratio >= least);
    }
}

}  // namespace

TEST_CASE("contrast: the WCAG measure at its known points") {
    const Colour black{0, 0, 0}, white{1, 1, 1};
    CHECK(contrast_ratio(black, white) == doctest::Approx(21.0));
    CHECK(contrast_ratio(white, white) == doctest::Approx(1.0));
    CHECK(contrast_ratio(white, black) == contrast_ratio(black, white));
    // #777777 on white is the classic just-too-light grey: 4.48:1.
    const Colour grey{0x77 / 255.0f, 0x77 / 255.0f, 0x77 / 255.0f};
    CHECK(contrast_ratio(grey, white) == doctest::Approx(4.48).epsilon(0.005));
    CHECK(contrast_ratio(grey, white) < 4.5);
    // Half-transparent black over white is a mid grey.
    const Colour half = over(Colour{0, 0, 0, 0.5f}, white);
    CHECK(half.r == doctest::Approx(0.5));
}

TEST_CASE("contrast: the normal theme, text and controls at least 4.5:1") { check_theme(light_theme, 4.5); }

TEST_CASE("contrast: the high-contrast theme, text and controls at least 7:1") { check_theme(high_contrast_theme, 7.0); }

TEST_CASE("contrast: a shift's text on each assistant's colour at least 4.5:1") {
    for (const Colour& c : assistant_colours) {
        const Colour text = readable_on(c);
        CAPTURE(c.r);
        CAPTURE(c.g);
        CAPTURE(c.b);
        CHECK(contrast_ratio(text, c) >= 4.5);
    }
    // The choice is the better of black and white, not a brightness guess:
    // on this orange, white reads 3.8:1 and black 5.5:1.
    const Colour orange = assistant_colours[5];
    CHECK(contrast_ratio(Colour{1, 1, 1}, orange) < 4.5);
    CHECK(readable_on(orange).r == 0.0f);
}
