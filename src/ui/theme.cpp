#include "ui/theme.h"

#include <cstring>

#include <imgui.h>

#include "platform/platform.h"
#include "ui/palette.h"

namespace bpa::ui {

static ImVec4 v(Colour c) { return ImVec4(c.r, c.g, c.b, c.a); }

void apply_theme(bool high_contrast, float text_scale) {
    ImGuiStyle s;
    const ThemeColours& t = high_contrast ? high_contrast_theme : light_theme;
    if (high_contrast) ImGui::StyleColorsDark(&s);
    else ImGui::StyleColorsLight(&s);
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = v(t.text);
    c[ImGuiCol_TextDisabled] = v(t.text_disabled);
    c[ImGuiCol_WindowBg] = c[ImGuiCol_PopupBg] = v(t.window_bg);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);  // the frame is cleared to the window colour: no second fill
    c[ImGuiCol_Border] = v(t.border);
    c[ImGuiCol_FrameBg] = v(t.frame_bg);
    c[ImGuiCol_Button] = v(t.button);
    c[ImGuiCol_ButtonHovered] = v(t.button_hovered);
    c[ImGuiCol_ButtonActive] = v(t.button_active);
    c[ImGuiCol_Header] = v(t.header);
    c[ImGuiCol_HeaderHovered] = v(t.header_hovered);
    c[ImGuiCol_HeaderActive] = v(t.header_active);
    c[ImGuiCol_TableHeaderBg] = v(t.table_header_bg);
    c[ImGuiCol_CheckMark] = v(t.check_mark);
    c[ImGuiCol_NavHighlight] = v(t.nav_highlight);
    if (high_contrast) {
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.2f, 0.2f, 0.2f, 1);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.3f, 0.3f, 0.3f, 1);
        c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = v(t.check_mark);
        c[ImGuiCol_Separator] = v(t.border);
        c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = v(t.border);
        c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.8f);
        s.FrameBorderSize = 1.5f;
        s.WindowBorderSize = 1.5f;
        s.ChildBorderSize = 1.5f;
        s.PopupBorderSize = 2.0f;
    } else {
        s.FrameBorderSize = 1.0f;
    }
    s.WindowRounding = 0;
    s.FrameRounding = 0;
    s.GrabRounding = 0;
    s.FramePadding = ImVec2(10, 7);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(8, 5);
    s.ScrollbarSize = 18;
    s.GrabMinSize = 16;
    s.WindowPadding = ImVec2(14, 12);
    s.ScaleAllSizes(text_scale);
    ImGui::GetStyle() = s;
}

// Latin, Latin-1 (æ ø å Æ Ø Å é ü ...) and the punctuation and symbols the
// interface uses; assets/fonts/subset.txt lists the same set for the font subset.
static const ImWchar glyph_ranges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF,  // Basic Latin, Latin-1 Supplement
    0x2013, 0x2014,                  // – —
    0x2018, 0x201D,                  // ‘ ’ ‚ ‛ “ ”
    0x2022, 0x2022,                  // •
    0x2026, 0x2026,                  // …
    0x20AC, 0x20AC,                  // €
    0x2190, 0x2193,                  // ← ↑ → ↓
    0x2212, 0x2212,                  // −
    0x25A0, 0x25A0, 0x25B2, 0x25B2, 0x25B6, 0x25B6, 0x25BC, 0x25BC, 0x25C0, 0x25C0,  // ■ ▲ ▶ ▼ ◀
    0x2713, 0x2713, 0x2717, 0x2717,  // ✓ ✗
    0,
};

bool update_fonts(float text_scale, float pixel_ratio) {
    static float built_scale = 0, built_ratio = 0;
    if (built_scale == text_scale && built_ratio == pixel_ratio) return false;
    built_scale = text_scale;
    built_ratio = pixel_ratio;

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    float px = base_font_px * text_scale * pixel_ratio;
    static std::string regular = platform::read_asset("fonts/ui.ttf").value_or("");
    if (!regular.empty()) {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;  // the static string keeps the data
        cfg.OversampleH = 2;
        cfg.OversampleV = 1;
        io.Fonts->AddFontFromMemoryTTF(regular.data(), int(regular.size()), px, &cfg, glyph_ranges);
    } else {
        ImFontConfig cfg;
        cfg.SizePixels = px;
        io.Fonts->AddFontDefault(&cfg);
    }
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.Fonts->Build();
    return true;
}

}  // namespace bpa::ui
